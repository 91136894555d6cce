#include "claimcheck/segment.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstring>
#include <map>

#include "claimcheck/normalize.h"

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

// ICU finds the break before a position by backing up to a "safe" point,
// which in sentence rules is often the start of the text it was given, and
// then reading forward again; and its cache forgets all but the breaks near
// the last position asked for. Figures are asked for in text order, so the
// breaks are read forward once from the start of the context and kept.
struct SentenceFinder::Impl {
  std::unique_ptr<icu::BreakIterator> iter;
  UText* text = nullptr;
  std::vector<int32_t> breaks;  // of the current context, ascending, from its start
  bool all_breaks = false;      // the context's end is in breaks
  ~Impl() { utext_close(text); }

  void Reset() {
    breaks.assign(1, iter->first());
    all_breaks = false;
  }
  // Reads breaks until one lies past offset or the context ends.
  void ReadPast(int32_t offset) {
    while (!all_breaks && breaks.back() <= offset) {
      int32_t next = iter->next();
      if (next == icu::BreakIterator::DONE) all_breaks = true;
      else breaks.push_back(next);
    }
  }
  // BreakIterator::preceding: the last break before offset, or DONE.
  int32_t Preceding(int32_t offset) {
    ReadPast(offset);
    auto it = std::lower_bound(breaks.begin(), breaks.end(), offset);
    return it == breaks.begin() ? icu::BreakIterator::DONE : *(it - 1);
  }
  // BreakIterator::following: the first break after offset, or DONE.
  int32_t Following(int32_t offset) {
    ReadPast(offset);
    auto it = std::upper_bound(breaks.begin(), breaks.end(), offset);
    return it == breaks.end() ? icu::BreakIterator::DONE : *it;
  }
};

SentenceFinder::SentenceFinder(const std::string& language, std::vector<std::string> ordinal_followers)
    : impl_(std::make_unique<Impl>()), ordinal_followers_(std::move(ordinal_followers)) {
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
  if (impl_->iter) impl_->Reset();
}

namespace {

// ICU is given the paragraph around a figure, but at most this much on
// either side of it: backing up from a position can cost ICU time in
// proportion to the text before it, so a document that is one long line
// would take quadratic time. A sentence is cut at this distance.
constexpr size_t kContextReach = 2048;

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Where ICU moves an offset inside a UTF-8 sequence: to the sequence's start.
int32_t CodePointStart(std::string_view context, int32_t offset) {
  if (offset >= static_cast<int32_t>(context.size())) return static_cast<int32_t>(context.size());
  while (offset > 0 && IsContinuationByte(context[static_cast<size_t>(offset)])) --offset;
  return offset;
}

// Where the last newline of text[low, at) stands, or npos. glibc's memrchr
// reads a word at a time; string_view::rfind goes byte by byte, and on a
// one-line article it walks the whole reach for every figure.
size_t LastNewline(std::string_view text, size_t low, size_t at) {
  const void* found = memrchr(text.data() + low, '\n', at - low);
  return found ? static_cast<size_t>(static_cast<const char*>(found) - text.data()) : std::string_view::npos;
}

// The paragraph (line) around [at, until), cut at reach on each side at a
// code point boundary.
Span ContextAround(std::string_view text, size_t at, size_t until, size_t reach) {
  size_t low = at > reach ? at - reach : 0;
  size_t newline = LastNewline(text, low, at);
  size_t begin = newline == std::string_view::npos ? low : newline + 1;
  while (begin < at && IsContinuationByte(text[begin])) ++begin;
  size_t high = std::min(text.size(), until + reach);
  newline = text.substr(until, high - until).find('\n');
  size_t end = newline == std::string_view::npos ? high : until + newline;
  while (end > until && end < text.size() && IsContinuationByte(text[end])) --end;
  return {begin, end};
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

// Whether a sentence ICU starts at pos follows the stop of a one- or
// two-digit ordinal before a month name: "dem 8. |Oktober".
bool SentenceFinder::OrdinalStopBefore(std::string_view text, size_t pos) const {
  if (ordinal_followers_.empty()) return false;
  size_t stop = pos;
  while (stop > 0 && text[stop - 1] == ' ') --stop;
  if (stop == pos || stop == 0 || text[stop - 1] != '.') return false;
  size_t digits = stop - 1;
  while (digits > 0 && IsAsciiDigit(text[digits - 1])) --digits;
  size_t count = stop - 1 - digits;
  if (count < 1 || count > 2 || (digits > 0 && (IsWordByte(text[digits - 1]) || IsAsciiDigit(text[digits - 1]))))
    return false;
  size_t end = pos;
  while (end < text.size() && IsWordByte(text[end])) ++end;
  std::string word = FoldCase(text.substr(pos, end - pos));
  return std::find(ordinal_followers_.begin(), ordinal_followers_.end(), word) != ordinal_followers_.end();
}

namespace {

// Where a piece of text[begin, limit) best ends (see Pieces).
size_t PieceEnd(std::string_view text, size_t begin, size_t limit) {
  std::string_view piece = text.substr(begin, limit - begin);
  if (size_t nl = piece.rfind('\n'); nl != std::string_view::npos) return begin + nl + 1;
  size_t sentence_end = 0;
  for (std::string_view stop : {". ", "\u3002", "\uFF01", "\uFF1F"}) {
    if (size_t at = piece.rfind(stop); at != std::string_view::npos) sentence_end = std::max(sentence_end, at + stop.size());
  }
  if (sentence_end > 0) return begin + sentence_end;
  if (size_t space = piece.rfind(' '); space != std::string_view::npos) return begin + space + 1;
  auto continues = [&](size_t at) { return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80; };
  size_t end = limit;
  while (end > begin && continues(end)) --end;
  if (end > begin) return end;
  // (A code point longer than the piece: the piece is that code point.)
  for (end = begin + 1; continues(end);) ++end;
  return end;
}

}  // namespace

std::vector<Span> Pieces(std::string_view text, size_t max_bytes) {
  std::vector<Span> pieces;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = text.size() - begin <= max_bytes ? text.size() : PieceEnd(text, begin, begin + max_bytes);
    pieces.push_back({begin, end});
    begin = end;
  }
  return pieces;
}

Span SentenceFinder::SentenceAt(std::string_view text, Span span) {
  size_t at = std::min(span.begin, text.size());
  size_t until = std::min(std::max(span.end, at + 1), text.size());
  // The current context serves while it holds half the reach around the
  // figure (or up to the paragraph's end on that side); a new one gets the
  // full reach, so that ICU is handed new text once per half reach at most.
  Span needed = ContextAround(text, at, until, kContextReach / 2);
  if (text.data() != text_data_ || needed.begin < paragraph_.begin || needed.end > paragraph_.end) {
    SetParagraph(text, ContextAround(text, at, until, kContextReach));
  }
  size_t begin = paragraph_.begin, end = paragraph_.end;
  if (impl_->iter) {
    // preceding/following look only at the text around the figure, so a
    // one-line article is not broken into sentences as a whole.
    std::string_view context = text.substr(paragraph_.begin, paragraph_.size());
    auto local = static_cast<int32_t>(at - paragraph_.begin);
    int32_t before = impl_->Preceding(CodePointStart(context, local + 1));
    while (before != icu::BreakIterator::DONE && before > 0 &&
           OrdinalStopBefore(text, paragraph_.begin + static_cast<size_t>(before)))
      before = impl_->Preceding(before);
    if (before != icu::BreakIterator::DONE) begin = paragraph_.begin + static_cast<size_t>(before);
    // A figure may run past a break ICU sees inside it ("Mio. in"); keep it whole.
    auto last = static_cast<int32_t>(std::max(span.end, at + 1) - 1 - paragraph_.begin);
    int32_t after = impl_->Following(CodePointStart(context, last));
    while (after != icu::BreakIterator::DONE && OrdinalStopBefore(text, paragraph_.begin + static_cast<size_t>(after)))
      after = impl_->Following(after);
    if (after != icu::BreakIterator::DONE) end = paragraph_.begin + static_cast<size_t>(after);
  }
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t' || text[begin] == '\r')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r' || text[end - 1] == '\n')) --end;
  return {begin, end};
}

}  // namespace claimcheck
