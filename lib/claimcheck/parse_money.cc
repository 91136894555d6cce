#include "claimcheck/parse_money.h"

#include "claimcheck/normalize.h"
#include "claimcheck/parse_number.h"

namespace claimcheck {
namespace {

std::string CollapseSpaces(std::string_view s, bool drop) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n') {
      space = true;
      continue;
    }
    if (space && !out.empty() && !drop) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::optional<CurrencyReading> Reading(const std::optional<std::string>& value, bool hundredths) {
  if (!value) return std::nullopt;
  if (value->ends_with("?")) return CurrencyReading{value->substr(0, value->size() - 1), true, hundredths};
  return CurrencyReading{*value, false, hundredths};
}

}  // namespace

std::optional<CurrencyReading> ReadCurrency(std::string_view written, const LanguageRules& lang) {
  std::string folded = FoldCase(written);
  for (bool drop : {false, true}) {
    std::string key = CollapseSpaces(folded, drop);
    for (const char* table : {"currencies", "currency_symbols", "currency_codes"}) {
      if (auto r = Reading(lang.Lookup(table, key), false)) return r;
    }
    if (auto r = Reading(lang.Lookup("minor_currencies", key), true)) return r;
  }
  return std::nullopt;
}

std::optional<Decimal> ScaledAmount(std::string_view amount, std::string_view scale, const LanguageRules& lang) {
  auto value = ParseNumber(amount, lang);
  if (!value) return std::nullopt;
  if (scale.empty()) return value;
  auto factor = ParseScale(scale, lang);
  return factor ? value->Mul(*factor) : std::nullopt;
}

bool ReadAmounts(std::string_view text, const Mention& m, const LanguageRules& lang, Figure& figure) {
  std::string_view scale = m.Group(text, "scale");
  if (m.Has("low") && m.Has("high")) {
    std::string_view scale_low = m.Has("scale_low") ? m.Group(text, "scale_low") : scale;
    figure.low = ScaledAmount(m.Group(text, "low"), scale_low, lang);
    figure.high = ScaledAmount(m.Group(text, "high"), scale, lang);
    if (!figure.low || !figure.high || *figure.high < *figure.low) return false;
  } else {
    figure.value = ScaledAmount(m.Group(text, "amount"), scale, lang);
    if (!figure.value) return false;
  }
  // A sign group ("-", "minus", "负") makes the figure negative: "-22,2 %".
  if (!m.Group(text, "sign").empty()) {
    static const Decimal kMinusOne = Decimal::FromInt(-1);
    for (auto* v : {&figure.value, &figure.low, &figure.high}) {
      if (*v) *v = (*v)->Mul(kMinusOne);
    }
    if (figure.low) std::swap(figure.low, figure.high);
  }
  return true;
}

std::optional<Figure> ParseMoney(std::string_view text, const Mention& m, const LanguageRules& lang) {
  Figure f;
  f.kind = FigureKind::kMoney;
  f.span = m.span;
  f.rule = m.rule;
  if (!ReadAmounts(text, m, lang, f)) return std::nullopt;
  // Minor units: "15 Dollar und 15 Cent", "五元三毛".
  for (auto [group, fraction] : {std::pair{"minor", "0.01"}, std::pair{"tenth", "0.1"}}) {
    if (!m.Has(group) || !f.value) continue;
    auto minor = ParseNumber(m.Group(text, group), lang);
    auto part = minor ? minor->Mul(*Decimal::Parse(fraction)) : std::nullopt;
    auto sum = part ? f.value->Add(*part) : std::nullopt;
    if (!sum) return std::nullopt;
    f.value = sum;
  }
  std::optional<CurrencyReading> unit;
  for (const char* group : {"currency2", "currency"}) {
    if (!m.Has(group)) continue;
    auto reading = ReadCurrency(m.Group(text, group), lang);
    if (reading && (!unit || unit->ambiguous)) unit = reading;
  }
  if (unit && unit->hundredths) {
    static const Decimal kHundredth = *Decimal::Parse("0.01");
    for (auto* v : {&f.value, &f.low, &f.high}) {
      if (*v) *v = (*v)->Mul(kHundredth);
    }
  }
  if (unit) {
    f.unit = unit->code;
    f.unit_by_default = unit->ambiguous;
    f.unit_evidence = unit->ambiguous
                          ? "'" + std::string(m.Group(text, "currency")) + "' read as " + unit->code + " by default"
                          : "stated";
  } else if (!m.rule->needs_context) {
    return std::nullopt;  // a currency group that names no known currency
  }
  return f;
}

}  // namespace claimcheck
