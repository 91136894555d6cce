// Tests for lib/claimcheck/rules/load_rules.cc: schema checks, and every
// error located at file:line:col of the YAML node at fault.
#include "claimcheck/rules/embedded_rules.h"
#include "claimcheck/rules/load_rules.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_rules.h"

namespace claimcheck {
namespace {

// A minimal valid language header; rules and tables follow from line 7.
const std::string kHeader =
    "language: xx\n"           // 1
    "settings:\n"              // 2
    "  script: Latn\n"         // 3
    "  decimal: \",\"\n"       // 4
    "  group: [\".\"]\n"       // 5
    "  detect: [foo]\n";       // 6

std::vector<std::string> ErrorsOf(const std::vector<RuleFile>& files) {
  auto result = LoadRules(files);
  std::vector<std::string> out;
  if (result.ok()) return out;
  for (const auto& e : result.errors()) out.push_back(e.ToString());
  return out;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

bool AnyStartsWith(const std::vector<std::string>& errors, const std::string& prefix) {
  for (const auto& e : errors) {
    if (e.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

TEST_CASE("LoadRules accepts a minimal language", "[rules]") {
  const std::string text = kHeader +
                           "tables:\n"
                           "  scales:\n"
                           "    Mega: 1e6\n"
                           "rules:\n"
                           "  - id: plain\n"
                           "    kind: percent\n"
                           "    pattern: '{number:amount}\\s*%'\n";
  auto result = LoadRules({{"rules/xx/percent.yaml", text}});
  INFO(Joined(ErrorsOf({{"rules/xx/percent.yaml", text}})));
  REQUIRE(result.ok());
  const LanguageRules* xx = result.value().FindLanguage("xx");
  REQUIRE(xx != nullptr);
  REQUIRE(xx->rules.size() == 1);
  CHECK(xx->rules[0].id == "xx.percent.plain");
  CHECK(xx->rules[0].loc.file == "rules/xx/percent.yaml");
  CHECK(xx->rules[0].loc.line == 13);
  CHECK(xx->rules[0].loc.col == 14);
  CHECK(xx->number_format.decimal == ",");
  CHECK(xx->Lookup("scales", "mega") == std::optional<std::string>("1e6"));
}

TEST_CASE("LoadRules locates a pattern RE2 cannot compile at the pattern scalar", "[rules]") {
  const std::string text = kHeader +
                           "rules:\n"                    // 7
                           "  - id: broken\n"            // 8
                           "    kind: money\n"           // 9
                           "    pattern: '(\\d+'\n";     // 10, the scalar starts at column 14
  auto errors = ErrorsOf({{"rules/xx/money.yaml", text}});
  INFO(Joined(errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rfind("rules/xx/money.yaml:10:14: pattern of rule 'xx.money.broken' does not compile: ", 0) == 0);
}

TEST_CASE("LoadRules locates a preceded_by pattern RE2 cannot compile at its scalar", "[rules]") {
  const std::string text = kHeader +
                           "rules:\n"                    // 7
                           "  - id: broken\n"            // 8
                           "    kind: skip\n"            // 9
                           "    preceded_by: 'a(b'\n"    // 10, the scalar starts at column 18
                           "    pattern: 'c'\n";
  auto errors = ErrorsOf({{"rules/xx/dates.yaml", text}});
  INFO(Joined(errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rfind("rules/xx/dates.yaml:10:18: preceded_by pattern of rule 'xx.dates.broken' does not compile: ", 0) == 0);
}

TEST_CASE("LoadRules reports a missing key at the mapping that lacks it", "[rules]") {
  struct Row {
    std::string body, error;
  };
  const Row rows[] = {
      {"rules:\n  - id: r\n    kind: money\n", "rules/xx/money.yaml:8:5: missing key 'pattern' in a rule"},
      {"examples:\n  - kind: money\n", "rules/xx/money.yaml:8:5: missing key 'text' in an example"},
      {"entities:\n  - id: x\n    names: [a]\n", "rules/xx/money.yaml:8:5: missing key 'type' in an entity"},
  };
  for (const auto& row : rows) {
    INFO(row.body);
    auto errors = ErrorsOf({{"rules/xx/money.yaml", kHeader + row.body}});
    INFO(Joined(errors));
    CHECK(std::find(errors.begin(), errors.end(), row.error) != errors.end());
  }
}

TEST_CASE("LoadRules reports an unknown key at its line and column", "[rules]") {
  SECTION("in a rule") {
    const std::string text = kHeader +
                             "rules:\n"               // 7
                             "  - id: r\n"            // 8
                             "    kind: money\n"      // 9
                             "    pattern: 'x'\n"     // 10
                             "    colour: red\n";     // 11
    auto errors = ErrorsOf({{"rules/xx/money.yaml", text}});
    INFO(Joined(errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0] == "rules/xx/money.yaml:11:5: unknown key 'colour' in a rule");
  }
  SECTION("at the top of a file") {
    const std::string text = kHeader + "extras: 1\n";  // 7
    auto errors = ErrorsOf({{"rules/xx/language.yaml", text}});
    INFO(Joined(errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0] == "rules/xx/language.yaml:7:1: unknown key 'extras' in a rule file");
  }
  SECTION("in settings") {
    const std::string text = kHeader + "  decimals: \".\"\n";  // 7
    auto errors = ErrorsOf({{"rules/xx/language.yaml", text}});
    INFO(Joined(errors));
    CHECK(AnyStartsWith(errors, "rules/xx/language.yaml:7:3: unknown key 'decimals' in settings"));
  }
}

TEST_CASE("LoadRules locates a YAML syntax error", "[rules]") {
  SECTION("unclosed flow sequence") {
    const std::string text = kHeader +
                             "tables:\n"                    // 7
                             "  scales: {Mega: 1e6\n"       // 8
                             "rules: []\n";                 // 9
    auto errors = ErrorsOf({{"rules/xx/bad.yaml", text}});
    INFO(Joined(errors));
    REQUIRE(errors.size() == 1);
    CHECK(AnyStartsWith(errors, "rules/xx/bad.yaml:"));
    CHECK(errors[0].find(": YAML: ") != std::string::npos);
    CHECK(errors[0].find("yaml-cpp") == std::string::npos);  // our own position, not e.what()
  }
  SECTION("a value where a key was expected") {
    const std::string text = "language: xx\n"   // 1
                             "a: b: c\n";       // 2
    auto errors = ErrorsOf({{"rules/xx/bad.yaml", text}});
    INFO(Joined(errors));
    REQUIRE(errors.size() == 1);
    CHECK(AnyStartsWith(errors, "rules/xx/bad.yaml:2:"));
    CHECK(errors[0].find(": YAML: ") != std::string::npos);
  }
}

TEST_CASE("LoadRules reports a key listed twice in a table", "[rules]") {
  const std::string text = kHeader +
                           "tables:\n"          // 7
                           "  scales:\n"        // 8
                           "    Mega: 1e6\n"    // 9
                           "    mega: 1e6\n";   // 10, the same key after case folding
  auto errors = ErrorsOf({{"rules/xx/scales.yaml", text}});
  INFO(Joined(errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "rules/xx/scales.yaml:10:5: 'mega' is listed twice in table 'scales'");
}

TEST_CASE("LoadRules reports a duplicate YAML mapping key", "[rules]") {
  // YAML requires unique keys; yaml-cpp keeps both, so a loader that only
  // looks up root["tables"] would silently drop the second table block.
  const std::string text = kHeader +
                           "tables:\n"          // 7
                           "  scales:\n"        // 8
                           "    Mega: 1e6\n"    // 9
                           "tables:\n"          // 10
                           "  scales:\n"        // 11
                           "    Giga: 1e9\n";   // 12
  auto errors = ErrorsOf({{"rules/xx/scales.yaml", text}});
  INFO(Joined(errors));
  CHECK(AnyStartsWith(errors, "rules/xx/scales.yaml:10:1: "));
}

TEST_CASE("LoadRules reports a duplicate rule id", "[rules]") {
  const std::string text = kHeader +
                           "rules:\n"              // 7
                           "  - id: r\n"           // 8
                           "    kind: money\n"     // 9
                           "    pattern: 'x'\n"    // 10
                           "  - id: r\n"           // 11
                           "    kind: money\n"     // 12
                           "    pattern: 'y'\n";   // 13
  auto errors = ErrorsOf({{"rules/xx/money.yaml", text}});
  INFO(Joined(errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "rules/xx/money.yaml:11:9: rule id 'xx.money.r' already defined");
}

TEST_CASE("LoadRules reports an unknown table name", "[rules]") {
  const std::string text = kHeader +
                           "tables:\n"           // 7
                           "  scalez:\n"         // 8
                           "    Mega: 1e6\n";    // 9
  auto errors = ErrorsOf({{"rules/xx/scales.yaml", text}});
  INFO(Joined(errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "rules/xx/scales.yaml:8:3: unknown table 'scalez'");
}

TEST_CASE("LoadRules checks table values and macros", "[rules]") {
  const std::string text = kHeader +
                           "tables:\n"                       // 7
                           "  scales:\n"                     // 8
                           "    Mega: lots\n"                // 9
                           "rules:\n"                        // 10
                           "  - id: r\n"                     // 11
                           "    kind: money\n"               // 12
                           "    pattern: '{nosuch:amount} y'\n";  // 13
  auto errors = ErrorsOf({{"rules/xx/money.yaml", text}});
  INFO(Joined(errors));
  REQUIRE(errors.size() == 2);
  CHECK(errors[0] == "rules/xx/money.yaml:9:11: value 'lots' in table 'scales' must be a number");
  CHECK(errors[1] ==
        "rules/xx/money.yaml:13:14: pattern uses {nosuch}, but no table of that name is defined for 'xx'");
}

TEST_CASE("LoadRules collects every error of every file", "[rules]") {
  const std::string money = kHeader +
                            "tables:\n"              // 7
                            "  scalez:\n"            // 8
                            "    Mega: 1e6\n"        // 9
                            "rules:\n"               // 10
                            "  - id: broken\n"       // 11
                            "    kind: money\n"      // 12
                            "    pattern: '[x'\n"    // 13
                            "  - id: other\n"        // 14
                            "    kind: cash\n"       // 15
                            "    pattern: 'x'\n"     // 16
                            "  - id: third\n"        // 17
                            "    kind: money\n"      // 18
                            "    pattern: 'x'\n"     // 19
                            "    colour: red\n";     // 20
  const std::string percent = "language: xx\n"                // 1
                              "rules:\n"                      // 2
                              "  - id: p\n"                   // 3
                              "    kind: percent\n"           // 4
                              "    pattern: '*x'\n";         // 5: nothing to repeat
  auto errors = ErrorsOf({{"rules/xx/money.yaml", money}, {"rules/xx/percent.yaml", percent}});
  INFO(Joined(errors));
  CHECK(errors.size() == 5);
  CHECK(AnyStartsWith(errors, "rules/xx/money.yaml:8:3: unknown table 'scalez'"));
  CHECK(AnyStartsWith(errors, "rules/xx/money.yaml:13:14: pattern of rule 'xx.money.broken' does not compile: "));
  CHECK(AnyStartsWith(errors, "rules/xx/money.yaml:15:11: rule kind must be money, percent, date"));
  CHECK(AnyStartsWith(errors, "rules/xx/money.yaml:20:5: unknown key 'colour' in a rule"));
  CHECK(AnyStartsWith(errors, "rules/xx/percent.yaml:5:14: pattern of rule 'xx.percent.p' does not compile: "));
}

TEST_CASE("LoadRules requires settings for each language", "[rules]") {
  auto errors = ErrorsOf({{"rules/yy/money.yaml", "language: yy\n"}});
  INFO(Joined(errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "rules/yy: language 'yy' has no settings (decimal, group, script, detect)");
}

TEST_CASE("The embedded rules load and define German", "[rules]") {
  const RuleSet& rules = testing::EmbeddedRuleSet();
  const LanguageRules* de = rules.FindLanguage("de");
  REQUIRE(de != nullptr);
  CHECK(de->number_format.decimal == ",");
  CHECK(de->Lookup("scales", "milliarden") == std::optional<std::string>("1e9"));
  CHECK(de->Lookup("scales", "billionen") == std::optional<std::string>("1e12"));
  CHECK_FALSE(de->rules.empty());
  CHECK(rules.currencies.count("USD") == 1);
  CHECK(rules.currencies.count("EUR") == 1);
}

}  // namespace
}  // namespace claimcheck

namespace claimcheck {

TEST_CASE("WithoutExamples blanks the example sections and keeps every line number", "[rules]") {
  const std::string yaml =
      "language: xx\n"
      "examples:\n"
      "  - {text: \"5 Euro\", kind: money}\n"
      "# a comment\n"
      "- {text: \"6 Euro\", kind: money}\n"
      "rules:\n"
      "  - id: r\n"
      "counterexamples:\n"
      "  - \"nothing\"\n"
      "tables: {}\n";
  CHECK(WithoutExamples(yaml) ==
        "language: xx\n"
        "\n\n\n\n"
        "rules:\n"
        "  - id: r\n"
        "\n\n"
        "tables: {}\n");
}

TEST_CASE("The embedded rules load for a run as they load for a check, without the examples", "[rules]") {
  auto checked = LoadRules(EmbeddedRuleFiles(), LoadMode::kCheck);
  auto run = LoadRules(EmbeddedRuleFiles(), LoadMode::kRunChecked);
  REQUIRE(checked.ok());
  REQUIRE(run.ok());
  REQUIRE(run.value().languages.size() == checked.value().languages.size());
  for (size_t i = 0; i < run.value().languages.size(); ++i) {
    const LanguageRules& a = checked.value().languages[i];
    const LanguageRules& b = run.value().languages[i];
    INFO(a.code);
    CHECK(b.code == a.code);
    CHECK(b.examples.empty());
    CHECK(b.counterexamples.empty());
    REQUIRE(b.rules.size() == a.rules.size());
    for (size_t r = 0; r < a.rules.size(); ++r) {
      CHECK(b.rules[r].id == a.rules[r].id);
      CHECK(b.rules[r].pattern == a.rules[r].pattern);
      CHECK(b.rules[r].loc.line == a.rules[r].loc.line);
    }
    CHECK(b.tables.size() == a.tables.size());
  }
  CHECK(run.value().entities.size() == checked.value().entities.size());
}

}  // namespace claimcheck
