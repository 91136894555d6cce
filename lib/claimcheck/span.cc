#include "claimcheck/span.h"

#include <algorithm>

namespace claimcheck {

void OffsetMap::AddEdit(size_t nb, size_t ne, size_t ob, size_t oe) {
  edits_.push_back({nb, ne, ob, oe});
}

long OffsetMap::FindEdit(size_t offset) const {
  auto it = std::upper_bound(edits_.begin(), edits_.end(), offset,
                             [](size_t o, const OffsetEdit& e) { return o < e.norm_begin; });
  return static_cast<long>(it - edits_.begin()) - 1;
}

size_t OffsetMap::OriginalBegin(size_t norm_offset) const {
  long i = FindEdit(norm_offset);
  if (i < 0) return norm_offset;
  const OffsetEdit& e = edits_[i];
  // Inside a changed region a position has no exact original; take its start.
  if (norm_offset < e.norm_end) return e.orig_begin;
  return e.orig_end + (norm_offset - e.norm_end);
}

size_t OffsetMap::OriginalEnd(size_t norm_offset) const {
  if (norm_offset == 0) return 0;
  long i = FindEdit(norm_offset - 1);
  if (i < 0) return norm_offset;
  const OffsetEdit& e = edits_[i];
  // An end inside a changed region takes in the whole original region.
  if (norm_offset <= e.norm_end) return e.orig_end;
  return e.orig_end + (norm_offset - e.norm_end);
}

Span OffsetMap::ToOriginal(Span normalized) const {
  return {OriginalBegin(normalized.begin), OriginalEnd(normalized.end)};
}

}  // namespace claimcheck
