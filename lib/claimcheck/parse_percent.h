// Stage parse, percent: a percent Mention -> Figure with the number as
// written (40 for "40 %", "百分之四十") and unit "%", or a low/high range.
#pragma once

#include <optional>
#include <string_view>

#include "claimcheck/figure.h"
#include "claimcheck/match.h"

namespace claimcheck {

std::optional<Figure> ParsePercent(std::string_view text, const Mention& mention, const LanguageRules& lang);

}  // namespace claimcheck
