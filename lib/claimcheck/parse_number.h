// Stage parse, numbers: the text of an {number} or {scales} group -> Decimal.
// Digits follow the language's separators, with one rule for the ambiguous
// case: a group separator must be followed by exactly three digits, so
// "1.5 Milliarden" in German text is 1.5, not 15. Number words are read by one
// algorithm for every language: 'add' words sum, 'small' multipliers (hundred,
// 十, 百, 千) scale the current group, 'big' ones (thousand, 萬, 億) close it.
#pragma once

#include <optional>
#include <string_view>

#include "claimcheck/decimal.h"
#include "claimcheck/rules/rule_set.h"

namespace claimcheck {

// nullopt when text is neither a digit number nor a sequence of number words.
std::optional<Decimal> ParseNumber(std::string_view text, const LanguageRules& lang);

// Digits only: "1.000.000,50", "1,000.5", "12 500"; nullopt otherwise.
std::optional<Decimal> ParseDigits(std::string_view text, const NumberFormat& format);

// Number words only ("achtundsiebzig", "quatre-vingt-dix", "四十九兆九千五百九十二億").
std::optional<Decimal> ParseNumberWords(std::string_view text, const LanguageRules& lang);

// The product of one or more scale words ("Milliarden" 1e9, "万亿" 1e12).
std::optional<Decimal> ParseScale(std::string_view text, const LanguageRules& lang);

// Splits folded text into entries of table, longest first, skipping spaces,
// hyphens and the language's connectors; nullopt if something is left over.
std::optional<std::vector<std::string>> SplitIntoWords(std::string_view folded, const Table& table,
                                                       const Table* connectors);

}  // namespace claimcheck
