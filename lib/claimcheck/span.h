// Byte spans and the map from normalized text back to the original bytes.
// Every stage after normalize works on normalized text; a Claim carries
// original offsets only, mapped here, so that text[start,end) of a claim is
// exactly what the user's file holds whatever normalization did.
#pragma once

#include <cstddef>
#include <vector>

namespace claimcheck {

struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  bool operator==(const Span&) const = default;
};

// A changed region: normalized [norm_begin, norm_end) came from original
// [orig_begin, orig_end). Bytes between changed regions map one to one.
struct OffsetEdit {
  size_t norm_begin, norm_end;
  size_t orig_begin, orig_end;
};

class OffsetMap {
 public:
  // Records that normalized [nb, ne) replaces original [ob, oe). Edits must
  // be added in increasing order.
  void AddEdit(size_t nb, size_t ne, size_t ob, size_t oe);
  // Maps a span of normalized text to the smallest original span covering it.
  Span ToOriginal(Span normalized) const;
  size_t OriginalBegin(size_t norm_offset) const;
  size_t OriginalEnd(size_t norm_offset) const;
  bool identity() const { return edits_.empty(); }

 private:
  // Index of the last edit with norm_begin <= offset, or -1.
  long FindEdit(size_t offset) const;
  std::vector<OffsetEdit> edits_;
};

}  // namespace claimcheck
