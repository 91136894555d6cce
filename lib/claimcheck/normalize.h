// Stage normalize: original bytes -> NormalizedText that later stages match on.
// NFKC (full-width digits and punctuation, compatibility spaces; but the
// full-width comma "，" stays unless it groups full-width digits), dashes and
// minus signs to '-', typographic quotes to '"' and '\'', and pinyin readings
// in parentheses after Han characters ("股權(quán)") removed. Paragraphs that
// are ASCII or already normal are copied untouched, so most text costs one
// scan. The OffsetMap records every change, so any span maps back exactly.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/span.h"

namespace claimcheck {

// Where normalization changed nothing (most text), text() is the original
// itself rather than a copy, so that a document is not held twice.
struct NormalizedText {
  std::string_view original;  // what Normalize read
  std::string changed;        // the normalized bytes, unless unchanged
  bool unchanged = false;     // the normalized bytes are the original's
  OffsetMap to_original;

  std::string_view text() const { return unchanged ? original : std::string_view(changed); }
};

// REQUIRES: original is valid UTF-8 (source::CheckText passed) and outlives
// the result, which may view it.
NormalizedText Normalize(std::string_view original);

// Whether the code point that ends before pos (StartsInsideWord) or starts at
// pos (EndsInsideWord) is a letter or digit in any script. RE2's \b knows
// only ASCII; these tell whether "année" or "für" continues past a span.
bool LetterOrDigitBefore(std::string_view text, size_t pos);
bool LetterOrDigitAt(std::string_view text, size_t pos);

// The start of the code point after the one at pos (or text.size()).
size_t NextCodePoint(std::string_view text, size_t pos);

// The code points of valid UTF-8 text, sorted, without duplicates.
std::vector<char32_t> SortedCodePoints(std::string_view text);

// Unicode simple case folding ("US-Dollar" and "us-dollar" compare equal);
// rule tables are keyed by folded text.
std::string FoldCase(std::string_view text);

// text without its combining marks ("Aéro" -> "Aero", "Müller" -> "Muller"):
// English copy drops the accents French and German names carry.
std::string WithoutMarks(std::string_view text);

// Han text in toneless pinyin, one syllable per character and nothing
// between them ("海韵" -> "haiyun", "黃海" -> "huanghai"): Chinese
// companies spell their names so in English copy. Other text passes
// through without its accents.
std::string Romanized(std::string_view text);

}  // namespace claimcheck
