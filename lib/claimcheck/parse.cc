#include "claimcheck/parse.h"

#include <algorithm>

#include "claimcheck/parse_date.h"
#include "claimcheck/parse_money.h"
#include "claimcheck/parse_percent.h"

namespace claimcheck {

std::vector<Figure> ParseFigures(std::string_view text, const std::vector<Mention>& mentions,
                                 const LanguageRules& lang, const std::optional<CivilDate>& anchor) {
  std::vector<Figure> figures;
  // Sized once, as the claims are (claims.cc): at most one figure a mention.
  figures.reserve(std::count_if(mentions.begin(), mentions.end(), [](const Mention& m) {
    return m.rule->kind != FigureKind::kHorizon && m.rule->kind != FigureKind::kSkip;
  }));
  for (const auto& m : mentions) {
    std::optional<Figure> f;
    switch (m.rule->kind) {
      case FigureKind::kMoney: f = ParseMoney(text, m, lang); break;
      case FigureKind::kPercent: f = ParsePercent(text, m, lang); break;
      case FigureKind::kDate: f = ParseDate(text, m, lang, anchor); break;
      case FigureKind::kHorizon:
      case FigureKind::kSkip: break;  // qualifiers and non-figures, never claims
    }
    if (f) figures.push_back(std::move(*f));
  }
  return figures;
}

std::optional<CivilDate> FindDateline(std::string_view text, const std::vector<Figure>& figures) {
  // "Near the top": within the headline and lead, before the story proper.
  constexpr size_t kLeadBytes = 600;
  for (const auto& f : figures) {
    if (f.kind != FigureKind::kDate || f.relative || f.date.size() != 10) continue;
    size_t line_begin = text.rfind('\n', f.span.begin);
    line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
    size_t line_end = text.find('\n', f.span.end);
    line_end = line_end == std::string_view::npos ? text.size() : line_end;
    bool alone = text.substr(line_begin, f.span.begin - line_begin).find_first_not_of(" \t") == std::string_view::npos &&
                 text.substr(f.span.end, line_end - f.span.end).find_first_not_of(" \t\r") == std::string_view::npos;
    if (f.span.begin < kLeadBytes || alone) return ParseIsoDate(f.date);
  }
  return std::nullopt;
}

}  // namespace claimcheck
