#include "claimcheck/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "claimcheck/pinyin_table.h"

namespace claimcheck {
namespace {

const icu::Normalizer2& Nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  // ICU's data is linked in; failing here is a broken installation.
  if (U_FAILURE(status) || n == nullptr) std::abort();
  return *n;
}

constexpr UChar32 kFullwidthComma = 0xFF0C;

// The ASCII replacement of a dash, minus or typographic quote, or nullptr.
const char* FoldPunctuation(UChar32 c) {
  switch (c) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63:
      return "-";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
      return "\"";
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:
      return "'";
    default:
      return nullptr;
  }
}

bool IsFullwidthDigit(UChar32 c) { return c >= 0xFF10 && c <= 0xFF19; }

// Whether the code point at s[begin, end) has full-width digits on both sides.
bool BetweenFullwidthDigits(std::string_view s, int32_t begin, int32_t end) {
  UChar32 before = 0, after = 0;
  int32_t i = begin;
  if (i > 0) U8_PREV(s.data(), 0, i, before);
  i = end;
  if (i < static_cast<int32_t>(s.size())) U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), after);
  return IsFullwidthDigit(before) && IsFullwidthDigit(after);
}

bool IsHan(UChar32 c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FFFF);
}

// A CJK unified ideograph of the BMP (extension A or the main block): ICU's
// NFKC data calls every one inert, and Unicode's normalization stability
// policy keeps it so. (IsHan's compatibility ideographs are not.)
bool IsInertHan(UChar32 c) { return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF); }

// Where the run of IsInertHan code points that starts at i ends; *last is
// its last code point (unchanged when the run is empty).
int32_t InertHanRunEnd(std::string_view s, int32_t i, int32_t n, UChar32& last) {
  while (i < n) {
    int32_t next = i;
    UChar32 c;
    U8_NEXT(s.data(), next, n, c);
    if (!IsInertHan(c)) break;
    last = c;
    i = next;
  }
  return i;
}

bool IsPinyinLetter(UChar32 c) {
  if (c >= 'a' && c <= 'z') return true;
  // Tone-marked vowels and ü (Latin-1 Supplement, Latin Extended-A/B).
  return (c >= 0xE0 && c <= 0xFC) || (c >= 0x101 && c <= 0x16B) || (c >= 0x1CE && c <= 0x1DC);
}

// Length of a pinyin reading "(quán)" / "（jīng）" starting at pos, or 0.
size_t PinyinReadingLength(std::string_view s, size_t pos) {
  auto i = static_cast<int32_t>(pos);
  auto n = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_NEXT(s.data(), i, n, c);
  if (c != '(' && c != 0xFF08) return 0;
  int letters = 0;
  while (i < n) {
    U8_NEXT(s.data(), i, n, c);
    if (c == ')' || c == 0xFF09) return letters > 0 && letters <= 8 ? static_cast<size_t>(i) - pos : 0;
    if (!IsPinyinLetter(c)) return 0;
    ++letters;
  }
  return 0;
}

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool NeedsFolding(std::string_view s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  UChar32 prev = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (FoldPunctuation(c)) return true;
    if (IsHan(prev) && (c == '(' || c == 0xFF08)) return true;
    prev = c;
  }
  return false;
}

// Copies that continue one another are appended as one: NormalizeSlow copies
// text that stays as it is one code point at a time (most Chinese text).
class Builder {
 public:
  Builder(std::string_view original, NormalizedText& out) : original_(original), out_(out) {}
  void Copy(size_t begin, size_t end) {
    if (begin != copy_end_) Flush();
    if (copy_begin_ == copy_end_) copy_begin_ = begin;
    copy_end_ = end;
  }
  void Replace(size_t begin, size_t end, std::string_view with) {
    Flush();
    copy_begin_ = copy_end_ = end;
    size_t nb = out_.changed.size();
    out_.changed.append(with);
    out_.to_original.AddEdit(nb, out_.changed.size(), begin, end);
  }
  // Appends the pending copy; call once all is built.
  void Flush() {
    if (out_.changed.empty()) out_.changed.reserve(original_.size());
    out_.changed.append(original_.substr(copy_begin_, copy_end_ - copy_begin_));
    copy_begin_ = copy_end_;
  }
  // Whether all that was built is one copy of the whole original, not yet
  // appended: then nothing need be.
  bool Unchanged() const {
    return out_.changed.empty() && out_.to_original.identity() && copy_begin_ == 0 && copy_end_ == original_.size();
  }

 private:
  std::string_view original_;
  NormalizedText& out_;
  size_t copy_begin_ = 0, copy_end_ = 0;  // the copy not yet appended
};

// Normalizes original[begin, end) one NFKC segment at a time so that each
// change becomes its own small edit.
void NormalizeSlow(std::string_view s, size_t begin, size_t end, Builder& out) {
  const icu::Normalizer2& nfkc = Nfkc();
  auto i = static_cast<int32_t>(begin);
  auto n = static_cast<int32_t>(end);
  UChar32 prev = 0;
  while (i < n) {
    // ASCII other than '(' stays as it is: copy the run at once, but the
    // last letter before a non-ASCII byte may compose with a combining mark
    // ("u" + U+0308 is "ü"), so it goes through the segment path.
    int32_t run_end = i;
    while (run_end < n && static_cast<unsigned char>(s[run_end]) < 0x80 && s[run_end] != '(') ++run_end;
    if (run_end < n && static_cast<unsigned char>(s[run_end]) >= 0x80) --run_end;
    if (run_end > i) {
      out.Copy(i, run_end);
      prev = static_cast<unsigned char>(s[run_end - 1]);
      i = run_end;
      continue;
    }
    // Most of Chinese text: Han characters, each copied as it is below,
    // and now a run at once.
    if (int32_t han_end = InertHanRunEnd(s, i, n, prev); han_end > i) {
      out.Copy(i, han_end);
      i = han_end;
      continue;
    }
    int32_t seg_begin = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    if (IsHan(prev)) {
      if (size_t len = PinyinReadingLength(s.substr(0, end), seg_begin)) {
        out.Replace(seg_begin, seg_begin + len, "");
        i = seg_begin + static_cast<int32_t>(len);
        continue;  // prev stays Han: "經(jīng)濟(jì)" reads on
      }
    }
    prev = c;
    if (const char* folded = FoldPunctuation(c)) {
      out.Replace(seg_begin, i, folded);
      continue;
    }
    // The full-width comma "，" separates clauses ("$20，300美圆": two figures),
    // except between full-width digits ("１，２００元"); NFKC would always
    // make it a digit separator.
    if ((c == kFullwidthComma && !BetweenFullwidthDigits(s, seg_begin, i)) || nfkc.isInert(c)) {
      out.Copy(seg_begin, i);
      continue;
    }
    // Extend to the whole segment: up to the next code point with a boundary.
    while (i < n) {
      int32_t next = i;
      UChar32 d;
      U8_NEXT(s.data(), next, n, d);
      if (nfkc.hasBoundaryBefore(d)) break;
      i = next;
      prev = d;
    }
    std::string_view seg = s.substr(seg_begin, i - seg_begin);
    UErrorCode status = U_ZERO_ERROR;
    if (nfkc.isNormalizedUTF8(icu::StringPiece(seg.data(), static_cast<int32_t>(seg.size())), status)) {
      out.Copy(seg_begin, i);
      continue;
    }
    std::string normalized;
    icu::StringByteSink<std::string> sink(&normalized);
    status = U_ZERO_ERROR;
    nfkc.normalizeUTF8(0, icu::StringPiece(seg.data(), static_cast<int32_t>(seg.size())), sink, nullptr, status);
    out.Replace(seg_begin, i, U_SUCCESS(status) ? normalized : std::string(seg));
  }
}

bool IsNormalized(std::string_view para) {
  // Typographic quotes and dashes are common: they are found without ICU.
  if (NeedsFolding(para)) return false;
  UErrorCode status = U_ZERO_ERROR;
  bool normal = Nfkc().isNormalizedUTF8(icu::StringPiece(para.data(), static_cast<int32_t>(para.size())), status);
  return U_SUCCESS(status) && normal;
}

}  // namespace

NormalizedText Normalize(std::string_view original) {
  NormalizedText out;
  out.original = original;
  Builder builder(original, out);
  size_t pos = 0;
  while (pos < original.size()) {
    size_t nl = original.find('\n', pos);
    size_t end = nl == std::string_view::npos ? original.size() : nl + 1;
    std::string_view para = original.substr(pos, end - pos);
    if (IsAscii(para) || IsNormalized(para)) {
      builder.Copy(pos, end);
    } else {
      NormalizeSlow(original, pos, end, builder);
    }
    pos = end;
  }
  // Unchanged text is read from the original, never copied.
  out.unchanged = builder.Unchanged();
  if (!out.unchanged) builder.Flush();
  return out;
}

bool LetterOrDigitBefore(std::string_view text, size_t pos) {
  if (pos == 0 || pos > text.size()) return false;
  auto i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_PREV(text.data(), 0, i, c);
  return c >= 0 && u_isalnum(c);
}

bool LetterOrDigitAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  auto i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return c >= 0 && u_isalnum(c);
}

size_t NextCodePoint(std::string_view text, size_t pos) {
  ++pos;
  while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

std::vector<char32_t> SortedCodePoints(std::string_view text) {
  std::vector<char32_t> out;
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c >= 0) out.push_back(static_cast<char32_t>(c));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

namespace {

int32_t AsciiRunEnd(std::string_view text, int32_t i) {
  while (static_cast<size_t>(i) < text.size() && (text[static_cast<size_t>(i)] & 0x80) == 0) ++i;
  return i;
}

void AppendAsciiLower(std::string_view ascii, std::string& out) {
  size_t at = out.size();
  out.resize(at + ascii.size());
  // Through a local pointer: a store through out[i] may alias out's own
  // data pointer, so the compiler reloaded it for every byte and could not
  // vectorize the loop.
  char* to = out.data() + at;
  for (char c : ascii) *to++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

std::string FoldCase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  while (i < n) {
    // Most text folded here is ASCII (words, cue windows), even within
    // words like "für": its runs are lowered in place, without ICU.
    if (int32_t ascii_end = AsciiRunEnd(text, i); ascii_end > i) {
      AppendAsciiLower(text.substr(static_cast<size_t>(i), static_cast<size_t>(ascii_end - i)), out);
      i = ascii_end;
      continue;
    }
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0) continue;
    c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    char buf[4];
    int32_t len = 0;
    UBool unused_error = false;
    U8_APPEND(buf, len, 4, c, unused_error);
    (void)unused_error;
    out.append(buf, len);
  }
  return out;
}

std::string WithoutMarks(std::string_view text) {
  if (IsAscii(text)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) || nfd == nullptr) std::abort();  // ICU's data is linked in
  std::string decomposed;
  icu::StringByteSink<std::string> sink(&decomposed);
  nfd->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink, nullptr, status);
  if (U_FAILURE(status)) return std::string(text);
  std::string out;
  out.reserve(decomposed.size());
  for (int32_t i = 0, n = static_cast<int32_t>(decomposed.size()); i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(decomposed.data(), i, n, c);
    if (c >= 0 && u_charType(c) == U_NON_SPACING_MARK) continue;
    out.append(decomposed, static_cast<size_t>(start), static_cast<size_t>(i - start));
  }
  return out;
}

std::string Romanized(std::string_view text) {
  std::string out;
  for (int32_t i = 0, n = static_cast<int32_t>(text.size()); i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c >= static_cast<UChar32>(kPinyinFirst) && c <= static_cast<UChar32>(kPinyinLast) &&
        *kPinyin[c - kPinyinFirst] != '\0') {
      out += kPinyin[c - kPinyinFirst];
      continue;
    }
    out += FoldCase(WithoutMarks(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start))));
  }
  return out;
}

}  // namespace claimcheck
