// Stage parse, dates: a date Mention -> Figure with an ISO date.
// The meaning of a date rule lies in its group names, the same in every
// language: year, month, day (digits, month names, ordinals or number
// words), weekday, reld (today/yesterday), count + unit + dir ("vor 3
// Tagen"), unit + dir ("next month"), quarter, holiday ("12-25" or
// "easter+1" from the holidays table), and year2/month2/day2 for the
// end of a range. Relative dates resolve against the anchor; weekday names
// alone mean the most recent such day on or before it, as news reports past
// events; "this/next/last Friday" (dir) is the Friday of the current, next or
// last ISO week, "upcoming/this past Friday" (toward) the nearest one after or
// before the anchor. Without an anchor they stay relative and unresolved.
#pragma once

#include <optional>
#include <string_view>

#include "claimcheck/date.h"
#include "claimcheck/figure.h"
#include "claimcheck/match.h"

namespace claimcheck {

std::optional<Figure> ParseDate(std::string_view text, const Mention& mention, const LanguageRules& lang,
                                const std::optional<CivilDate>& anchor);

}  // namespace claimcheck
