#include "claimcheck/language.h"

#include <unicode/utf8.h>

#include <map>

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

bool Contains(std::string_view chars, std::string_view ch) { return chars.find(ch) != std::string_view::npos; }

std::string ChineseScript(std::string_view sample, const LanguageRules& zh) {
  int hant = 0, hans = 0;
  int32_t i = 0, n = static_cast<int32_t>(sample.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(sample.data(), i, n, c);
    if (!IsHan(c)) continue;
    std::string_view ch = sample.substr(start, i - start);
    hant += Contains(zh.hant_chars, ch);
    hans += Contains(zh.hans_chars, ch);
  }
  return hant > hans ? "zh-Hant" : "zh-Hans";
}

std::string GuessLatin(std::string_view sample, const RuleSet& rules) {
  std::map<std::string, int> hits;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    std::string folded = FoldCase(word);
    for (const auto& lang : rules.languages) {
      for (const auto& w : lang.detect_words) hits[lang.code] += 2 * (w == folded);
      hits[lang.code] += lang.vocabulary.count(folded);
    }
    word.clear();
  };
  for (char c : sample) {
    bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (static_cast<unsigned char>(c) >= 0x80) || c == '\'';
    if (letter) word += c;
    else flush();
  }
  flush();
  std::string best = "en";
  int best_hits = 0;
  for (const auto& [code, n] : hits) {
    if (n > best_hits) best = code, best_hits = n;
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
