#include "claimcheck/segment.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>

namespace claimcheck {

struct SentenceFinder::Impl {
  std::unique_ptr<icu::BreakIterator> iter;
};

SentenceFinder::SentenceFinder(const std::string& language) : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  // Not "@ss=standard": its abbreviation filter also swallows real breaks
  // ("bekanntgab. Die" stays one sentence with ICU 72), and abbreviations
  // inside a figure ("Mio.") are kept whole by SentenceAt anyway.
  icu::Locale locale = icu::Locale::createFromName(language.c_str());
  impl_->iter.reset(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status)) impl_->iter.reset();
}

SentenceFinder::~SentenceFinder() = default;

void SentenceFinder::BreakParagraph(std::string_view text, Span paragraph) {
  paragraph_ = paragraph;
  text_data_ = text.data();
  breaks_.clear();
  breaks_.push_back(paragraph.begin);
  if (impl_->iter) {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data() + paragraph.begin,
                               static_cast<int64_t>(paragraph.size()), &status);
    if (U_SUCCESS(status)) {
      impl_->iter->setText(ut, status);
      for (int32_t p = impl_->iter->next(); p != icu::BreakIterator::DONE; p = impl_->iter->next()) {
        breaks_.push_back(paragraph.begin + static_cast<size_t>(p));
      }
    }
    utext_close(ut);
  }
  if (breaks_.back() != paragraph.end) breaks_.push_back(paragraph.end);
}

Span SentenceFinder::SentenceAt(std::string_view text, Span span) {
  size_t at = std::min(span.begin, text.size());
  if (text.data() != text_data_ || at < paragraph_.begin || at >= paragraph_.end || breaks_.empty()) {
    size_t begin = text.rfind('\n', at == 0 ? 0 : at - 1);
    begin = (begin == std::string_view::npos || at == 0) ? 0 : begin + 1;
    if (at < text.size() && text[at] == '\n') begin = at;
    size_t end = text.find('\n', at);
    end = end == std::string_view::npos ? text.size() : end;
    BreakParagraph(text, {begin, end});
  }
  auto it = std::upper_bound(breaks_.begin(), breaks_.end(), at);
  size_t begin = it == breaks_.begin() ? paragraph_.begin : *(it - 1);
  size_t end = it == breaks_.end() ? paragraph_.end : *it;
  // A figure may run past a break ICU saw inside it ("Mio. in"); keep it whole.
  while (it != breaks_.end() && end < span.end) {
    ++it;
    end = it == breaks_.end() ? paragraph_.end : *it;
  }
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t' || text[begin] == '\r')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r' || text[end - 1] == '\n')) --end;
  return {begin, end};
}

}  // namespace claimcheck
