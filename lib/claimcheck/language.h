// Which language's rules read a document: --lang, else the JSONL "lang",
// else a guess from the text (share of Han characters; for Chinese the
// script from characters only one script uses; for Latin script the
// language whose frequent words occur most). Detect words live in the rules.
#pragma once

#include <string>
#include <string_view>

#include "claimcheck/rules/rule_set.h"

namespace claimcheck {

struct LanguageChoice {
  const LanguageRules* rules = nullptr;  // nullptr: no rules for the language
  std::string code;                      // as reported: "de", "zh-Hant", ...
};

// hint: "auto", a rules language code, or "zh-Hans"/"zh-Hant".
LanguageChoice ChooseLanguage(std::string_view text, const std::string& hint, const RuleSet& rules);

}  // namespace claimcheck
