#include "claimcheck/parse_percent.h"

#include "claimcheck/parse_money.h"

namespace claimcheck {

std::optional<Figure> ParsePercent(std::string_view text, const Mention& m, const LanguageRules& lang) {
  Figure f;
  f.kind = FigureKind::kPercent;
  f.span = m.span;
  f.rule = m.rule;
  f.unit = "%";
  if (!ReadAmounts(text, m, lang, f)) return std::nullopt;
  return f;
}

}  // namespace claimcheck
