#include "claimcheck/parse.h"

#include <algorithm>
#include <map>
#include <set>

#include "claimcheck/normalize.h"

#include "claimcheck/parse_date.h"
#include "claimcheck/parse_money.h"
#include "claimcheck/parse_percent.h"

namespace claimcheck {
namespace {

// The word a currency is named by, without what says whose it is:
// "dänischen Kronen" and "Kronen" -> "kronen", "Singapur-Dollar" -> "dollar".
// A symbol or a single character ("$", "元") names too many currencies to
// be one: "".
std::string CurrencyWord(std::string_view written) {
  size_t cut = written.find_last_of(" -");
  std::string_view word = cut == std::string_view::npos ? written : written.substr(cut + 1);
  bool one_character = !word.empty() && NextCodePoint(word, 0) >= word.size();
  return one_character ? "" : FoldCase(word);
}

// Whether only an opening parenthesis stands between two figures: the
// second converts the first ("22 Milliarden Real (rund 370 Millionen Euro)").
bool ConversionPair(std::string_view text, const Figure& first, const Figure& second) {
  if (second.span.begin < first.span.end) return false;
  std::string_view between = text.substr(first.span.end, second.span.begin - first.span.end);
  return between.find('(') != std::string_view::npos && between.size() <= 12 &&
         between.find_first_of(".;") == std::string_view::npos;
}

// "bei einem Umsatz von 14,8 Milliarden dänischen Kronen ein operatives
// Ergebnis von 1,9 Milliarden Kronen": a currency word alone ("Kronen",
// read as SEK by default) means the one currency of that word the document
// names in full. Not where it converts a figure in that currency, or one
// converts it: the two of a pair differ by what the pair says. A dollar stays the US
// dollar: news gives amounts in US dollars beside the local currency ("2,6
// Milliarden Dollar" in a story that also names Hongkong-Dollar).
void ResolveDefaultCurrencies(std::string_view text, std::vector<Figure>& figures,
                              const std::vector<std::string>& words) {
  std::map<std::string, std::set<std::string>> named;  // currency word -> units named in full
  for (size_t i = 0; i < figures.size(); ++i) {
    if (!words[i].empty() && !figures[i].unit_by_default) named[words[i]].insert(figures[i].unit);
  }
  for (size_t i = 0; i < figures.size(); ++i) {
    Figure& f = figures[i];
    auto it = named.find(words[i]);
    if (!f.unit_by_default || f.unit == "USD" || it == named.end() || it->second.size() != 1) continue;
    const std::string& unit = *it->second.begin();
    bool pair_in_unit = (i > 0 && figures[i - 1].unit == unit && ConversionPair(text, figures[i - 1], f)) ||
                        (i + 1 < figures.size() && figures[i + 1].unit == unit && ConversionPair(text, f, figures[i + 1]));
    if (unit == f.unit || pair_in_unit) continue;
    // "'Kronen' read as SEK by default" -> "'Kronen' read as DKK, ...".
    f.unit_evidence = f.unit_evidence.substr(0, f.unit_evidence.find(" read as ")) + " read as " + unit +
                      ", the currency of that word the document names in full";
    f.unit = unit;
  }
}

}  // namespace

std::vector<Figure> ParseFigures(std::string_view text, const std::vector<Mention>& mentions,
                                 const LanguageRules& lang, const std::optional<CivilDate>& anchor) {
  std::vector<Figure> figures;
  // Sized once, as the claims are (claims.cc): at most one figure a mention.
  figures.reserve(std::count_if(mentions.begin(), mentions.end(), [](const Mention& m) {
    return m.rule->kind != FigureKind::kHorizon && m.rule->kind != FigureKind::kSkip;
  }));
  std::vector<std::string> currency_words;  // of each figure, "" but for money
  currency_words.reserve(figures.capacity());
  for (const auto& m : mentions) {
    std::optional<Figure> f;
    switch (m.rule->kind) {
      case FigureKind::kMoney: f = ParseMoney(text, m, lang); break;
      case FigureKind::kPercent: f = ParsePercent(text, m, lang); break;
      case FigureKind::kDate: f = ParseDate(text, m, lang, anchor); break;
      case FigureKind::kHorizon:
      case FigureKind::kSkip: break;  // qualifiers and non-figures, never claims
    }
    if (!f) continue;
    currency_words.push_back(f->kind == FigureKind::kMoney ? CurrencyWord(m.Group(text, "currency")) : "");
    figures.push_back(std::move(*f));
  }
  ResolveDefaultCurrencies(text, figures, currency_words);
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
