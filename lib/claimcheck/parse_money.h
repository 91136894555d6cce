// Stage parse, money: a money Mention -> Figure with an exact amount (or a
// low/high range, the scale and currency applying to both ends) and an ISO
// 4217 unit. Ambiguous names ("$", "Dollar", "元") take the code their table
// marks as the default ("USD?") and say so in unit_evidence.
#pragma once

#include <optional>
#include <string_view>

#include "claimcheck/figure.h"
#include "claimcheck/match.h"

namespace claimcheck {

// nullopt when a group does not parse (the mention is then not a claim).
std::optional<Figure> ParseMoney(std::string_view text, const Mention& mention, const LanguageRules& lang);

struct CurrencyReading {
  std::string code;
  bool ambiguous = false;
  bool hundredths = false;  // a minor unit: "50 cents" is 0.50 of code
};
// A currency name, symbol or ISO code as written -> its code, or nullopt.
std::optional<CurrencyReading> ReadCurrency(std::string_view written, const LanguageRules& lang);

// amount x scale for the named groups, nullopt on a parse failure or overflow.
std::optional<Decimal> ScaledAmount(std::string_view amount, std::string_view scale, const LanguageRules& lang);

// Fills value or low/high from the groups amount | low, high and scale |
// scale_low; false if nothing parses.
bool ReadAmounts(std::string_view text, const Mention& mention, const LanguageRules& lang, Figure& figure);

}  // namespace claimcheck
