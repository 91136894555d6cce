// Tests for lib/claimcheck/match.cc: which rule names a candidate span,
// with rules defined in the test.
#include "claimcheck/match.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "claimcheck/rules/load_rules.h"

namespace claimcheck {
namespace {

// A date rule "in N years", and a skip rule for the same span where a
// superlative a few words before makes it a period up to now.
const std::string kRules =
    "language: xx\n"
    "settings:\n"
    "  script: Latn\n"
    "  decimal: \".\"\n"
    "  group: [\",\"]\n"
    "  detect: [foo]\n"
    "rules:\n"
    "  - id: no_period\n"
    "    kind: skip\n"
    "    preceded_by: '\\b(?:highest|first)\\b(?:\\s+[a-z]+){0,4}?\\s+'\n"
    "    pattern: '\\bin\\s+\\d+\\s+years\\b'\n"
    "  - id: in_years\n"
    "    kind: date\n"
    "    pattern: '\\bin\\s+(?P<count>\\d+)\\s+(?P<unit>years)\\b(?P<dir>)'\n";

// The rule id naming each mention of text, in order.
std::vector<std::string> RulesNaming(const std::string& text) {
  static const RuleSet rules = [] {
    auto loaded = LoadRules({{"rules/xx/dates.yaml", kRules}});
    if (!loaded.ok()) FAIL(loaded.errors().front().ToString());
    return std::move(loaded).value();
  }();
  std::vector<std::string> ids;
  for (const auto& m : FindMentions(text, *rules.FindLanguage("xx"))) ids.push_back(m.rule->id);
  return ids;
}

TEST_CASE("FindMentions: a preceded_by rule names a span only after its context", "[match]") {
  using V = std::vector<std::string>;
  CHECK(RulesNaming("Prices will rise in 3 years.") == V{"xx.dates.in_years"});
  CHECK(RulesNaming("Its highest level in 3 years.") == V{"xx.dates.no_period"});
  CHECK(RulesNaming("The first time since the war in 3 years.") == V{"xx.dates.no_period"});
  // Five words between are too many; "highest" must be a whole word.
  CHECK(RulesNaming("The first of many more such rises in 3 years.") == V{"xx.dates.in_years"});
  CHECK(RulesNaming("The nighest in 3 years.") == V{"xx.dates.in_years"});
}

TEST_CASE("FindMentions: the same span answers by its own context each time it stands", "[match]") {
  // The second and third spans are the same bytes in the same one-byte
  // context as the first, which the cache of named spans keys by.
  CHECK(RulesNaming("Its highest level in 3 years. It will fall in 3 years. The first time in 3 years.") ==
        std::vector<std::string>{"xx.dates.no_period", "xx.dates.in_years", "xx.dates.no_period"});
}

}  // namespace
}  // namespace claimcheck
