#include "claimcheck/segment.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <map>

namespace claimcheck {

namespace {

// Creating a sentence iterator loads and builds ICU's break rules (about a
// tenth of a millisecond); cloning one that exists is cheap. Each thread
// keeps one prototype per language, so a document pays only for the clone.
std::unique_ptr<icu::BreakIterator> NewSentenceIterator(const std::string& language) {
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> prototypes;
  auto& prototype = prototypes[language];
  if (!prototype) {
    UErrorCode status = U_ZERO_ERROR;
    // Not "@ss=standard": its abbreviation filter also swallows real breaks
    // ("bekanntgab. Die" stays one sentence with ICU 72), and abbreviations
    // inside a figure ("Mio.") are kept whole by SentenceAt anyway.
    icu::Locale locale = icu::Locale::createFromName(language.c_str());
    prototype.reset(icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status)) prototype.reset();
    if (!prototype) return nullptr;
  }
  return std::unique_ptr<icu::BreakIterator>(prototype->clone());
}

}  // namespace

struct SentenceFinder::Impl {
  std::unique_ptr<icu::BreakIterator> iter;
  UText* text = nullptr;
  ~Impl() { utext_close(text); }
};

SentenceFinder::SentenceFinder(const std::string& language) : impl_(std::make_unique<Impl>()) {
  impl_->iter = NewSentenceIterator(language);
}

SentenceFinder::~SentenceFinder() = default;

void SentenceFinder::SetParagraph(std::string_view text, Span paragraph) {
  paragraph_ = paragraph;
  text_data_ = text.data();
  if (!impl_->iter) return;
  UErrorCode status = U_ZERO_ERROR;
  impl_->text = utext_openUTF8(impl_->text, text.data() + paragraph.begin, static_cast<int64_t>(paragraph.size()),
                               &status);
  if (U_SUCCESS(status)) impl_->iter->setText(impl_->text, status);
  if (U_FAILURE(status)) impl_->iter.reset();
}

Span SentenceFinder::SentenceAt(std::string_view text, Span span) {
  size_t at = std::min(span.begin, text.size());
  if (text.data() != text_data_ || at < paragraph_.begin || at >= paragraph_.end) {
    size_t begin = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
    begin = begin == std::string_view::npos ? 0 : begin + 1;
    size_t end = text.find('\n', at);
    SetParagraph(text, {begin, end == std::string_view::npos ? text.size() : end});
  }
  size_t begin = paragraph_.begin, end = paragraph_.end;
  if (impl_->iter) {
    // preceding/following look only at the text around the figure, so a
    // one-line article is not broken into sentences as a whole.
    auto local = static_cast<int32_t>(at - paragraph_.begin);
    int32_t before = impl_->iter->preceding(local + 1);
    if (before != icu::BreakIterator::DONE) begin = paragraph_.begin + static_cast<size_t>(before);
    // A figure may run past a break ICU sees inside it ("Mio. in"); keep it whole.
    int32_t after = impl_->iter->following(static_cast<int32_t>(std::max(span.end, at + 1) - 1 - paragraph_.begin));
    if (after != icu::BreakIterator::DONE) end = paragraph_.begin + static_cast<size_t>(after);
  }
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t' || text[begin] == '\r')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r' || text[end - 1] == '\n')) --end;
  return {begin, end};
}

}  // namespace claimcheck
