#include "claimcheck/rules/check_examples.h"

#include <fmt/format.h>

#include "claimcheck/extract.h"
#include "claimcheck/match.h"
#include "claimcheck/normalize.h"

namespace claimcheck {
namespace {

Error Fail(const SourceLoc& loc, const std::string& message) {
  return {Error::Kind::kRules, loc.file, loc.line, loc.col, message};
}

bool SameNumber(const std::optional<Decimal>& got, const std::string& want) {
  auto w = Decimal::Parse(want);
  return got && w && *got == *w;
}

std::string Show(const std::optional<Decimal>& d) { return d ? d->ToString() : "none"; }

// Compares the values an example states with the claim; "" when they agree.
std::string CompareValues(const Example& ex, const Claim& c) {
  bool date = c.kind == FigureKind::kDate;
  auto check = [&](const std::optional<std::string>& want, const std::optional<Decimal>& got_num,
                   const std::string& got_text, const char* what) -> std::string {
    if (!want) return "";
    bool same = date ? got_text == (*want == "null" ? "" : *want) : SameNumber(got_num, *want);
    if (same) return "";
    return fmt::format("{} {} where {} was expected", what, date ? (got_text.empty() ? "none" : got_text) : Show(got_num), *want);
  };
  for (const auto& msg : {check(ex.value, c.value, c.date, "value"), check(ex.low, c.low, c.date_low, "low"),
                          check(ex.high, c.high, c.date_high, "high")}) {
    if (!msg.empty()) return msg;
  }
  if (ex.unit && (*ex.unit == "null" ? "" : *ex.unit) != c.unit)
    return fmt::format("unit '{}' where '{}' was expected", c.unit, *ex.unit);
  if (ex.rule && !c.rule.ends_with("." + *ex.rule)) return fmt::format("rule {} fired, not {}", c.rule, *ex.rule);
  if (ex.relative != c.relative && date) return fmt::format("relative is {}", c.relative);
  return "";
}

std::optional<Error> CheckHorizon(const Example& ex, const LanguageRules& lang) {
  NormalizedText norm = Normalize(ex.text);
  for (const auto& m : FindMentions(norm.text(), lang)) {
    if (m.rule->kind == FigureKind::kHorizon && m.span.begin == 0 && m.span.end == norm.text().size()) return std::nullopt;
  }
  return Fail(ex.loc, "no match: '" + ex.text + "' is not a horizon");
}

std::optional<Error> CheckExample(const Example& ex, const LanguageRules& lang, const RuleSet& rules) {
  if (ex.kind == "horizon") return CheckHorizon(ex, lang);
  Context context;
  context.language = lang.code;
  if (ex.anchor) context.anchor_date = ParseIsoDate(*ex.anchor);
  auto result = Extract(Document{ex.loc.file, ex.text, {}, {}}, rules, context);
  if (!result.ok()) return Fail(ex.loc, result.errors().front().message);
  std::vector<const Claim*> of_kind;
  for (const auto& c : result.value().claims) {
    if (FigureKindName(c.kind) == ex.kind) of_kind.push_back(&c);
  }
  if (of_kind.empty()) return Fail(ex.loc, fmt::format("no match: '{}' yields no {} claim", ex.text, ex.kind));
  if (of_kind.size() > 1) return Fail(ex.loc, fmt::format("{} ambiguous parses of '{}'", of_kind.size(), ex.text));
  const Claim& c = *of_kind.front();
  if (c.text != ex.text) return Fail(ex.loc, fmt::format("partial match: '{}' of '{}'", c.text, ex.text));
  std::string diff = CompareValues(ex, c);
  if (!diff.empty()) return Fail(ex.loc, fmt::format("'{}': {}", ex.text, diff));
  return std::nullopt;
}

std::optional<Error> CheckCounterexample(const Counterexample& cx, const LanguageRules& lang, const RuleSet& rules) {
  Context context;
  context.language = lang.code;
  context.anchor_date = CivilDate{2025, 1, 24};
  auto result = Extract(Document{cx.loc.file, cx.text, {}, {}}, rules, context);
  if (!result.ok()) return Fail(cx.loc, result.errors().front().message);
  if (result.value().claims.empty()) return std::nullopt;
  const Claim& c = result.value().claims.front();
  return Fail(cx.loc, fmt::format("counterexample '{}' yields a {} claim '{}' ({})", cx.text, FigureKindName(c.kind),
                                  c.text, c.rule));
}

}  // namespace

Errors CheckExamples(const RuleSet& rules) {
  Errors errors;
  for (const auto& lang : rules.languages) {
    for (const auto& ex : lang.examples) {
      if (auto e = CheckExample(ex, lang, rules)) errors.push_back(*e);
    }
    for (const auto& cx : lang.counterexamples) {
      if (auto e = CheckCounterexample(cx, lang, rules)) errors.push_back(*e);
    }
  }
  return errors;
}

size_t CountExamples(const RuleSet& rules) {
  size_t n = 0;
  for (const auto& lang : rules.languages) n += lang.examples.size() + lang.counterexamples.size();
  return n;
}

}  // namespace claimcheck
