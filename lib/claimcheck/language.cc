#include "claimcheck/language.h"

#include <unicode/utf8.h>

#include <algorithm>

#include "claimcheck/normalize.h"

namespace claimcheck {
namespace {

constexpr size_t kSampleBytes = 8192;

bool IsHan(UChar32 c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

std::string_view Sample(std::string_view text) {
  if (text.size() <= kSampleBytes) return text;
  size_t end = kSampleBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

bool Contains(const std::vector<char32_t>& chars, UChar32 c) {
  return std::binary_search(chars.begin(), chars.end(), static_cast<char32_t>(c));
}

std::string ChineseScript(std::string_view sample, const LanguageRules& zh) {
  int hant = 0, hans = 0;
  int32_t i = 0, n = static_cast<int32_t>(sample.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(sample.data(), i, n, c);
    if (!IsHan(c)) continue;
    hant += Contains(zh.hant_chars, c);
    hans += Contains(zh.hans_chars, c);
  }
  return hant > hans ? "zh-Hant" : "zh-Hans";
}

bool IsWordByte(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80 || c == '\'';
}

// The language whose words the sample holds most of; ties go to the code
// first in alphabetical order, no evidence to English.
std::string GuessLatin(std::string_view sample, const RuleSet& rules) {
  std::vector<int> hits(rules.languages.size(), 0);
  size_t pos = 0;
  while (pos < sample.size()) {
    while (pos < sample.size() && !IsWordByte(sample[pos])) ++pos;
    size_t end = pos;
    while (end < sample.size() && IsWordByte(sample[end])) ++end;
    if (end == pos) break;
    auto it = rules.detect_weights.find(FoldCase(sample.substr(pos, end - pos)));
    if (it != rules.detect_weights.end()) {
      for (size_t i = 0; i < hits.size(); ++i) hits[i] += it->second[i];
    }
    pos = end;
  }
  std::string best = "en";
  int best_hits = 0;
  for (size_t i = 0; i < hits.size(); ++i) {
    const std::string& code = rules.languages[i].code;
    if (hits[i] > best_hits || (hits[i] == best_hits && best_hits > 0 && code < best)) best = code, best_hits = hits[i];
  }
  return best;
}

std::string GuessLanguage(std::string_view text, const RuleSet& rules) {
  std::string_view sample = Sample(text);
  int han = 0, letters = 0;
  int32_t i = 0, n = static_cast<int32_t>(sample.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(sample.data(), i, n, c);
    if (IsHan(c)) ++han;
    else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) ++letters;
  }
  // A Latin letter carries about a fifth of a Han character's text.
  if (han * 5 > letters) {
    const LanguageRules* zh = rules.FindLanguage("zh");
    return zh ? ChineseScript(sample, *zh) : "zh-Hans";
  }
  return GuessLatin(sample, rules);
}

}  // namespace

LanguageChoice ChooseLanguage(std::string_view text, const std::string& hint, const RuleSet& rules) {
  std::string code = hint == "auto" || hint.empty() ? GuessLanguage(text, rules) : hint;
  std::string base = code.substr(0, code.find('-'));
  if (code == "zh" && hint != "auto") {
    const LanguageRules* zh = rules.FindLanguage("zh");
    if (zh) code = ChineseScript(Sample(text), *zh);
  }
  return {rules.FindLanguage(base), code};
}

}  // namespace claimcheck
