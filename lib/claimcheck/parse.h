// Stage parse: Mentions -> Figures, dispatching on the rule's kind to
// parse_money, parse_percent and parse_date. A mention whose groups do not
// parse (an impossible date, an overflowing amount) yields no figure.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "claimcheck/date.h"
#include "claimcheck/figure.h"
#include "claimcheck/match.h"

namespace claimcheck {

std::vector<Figure> ParseFigures(std::string_view text, const std::vector<Mention>& mentions,
                                 const LanguageRules& lang, const std::optional<CivilDate>& anchor);

// The article's own date: the first full calendar date near its top, or a
// line that holds nothing but a date. nullopt if there is none.
std::optional<CivilDate> FindDateline(std::string_view text, const std::vector<Figure>& figures);

}  // namespace claimcheck
