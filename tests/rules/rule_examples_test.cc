// Runs every examples: and counterexamples: entry of the embedded rules
// through the real pipeline (claimcheck/rules/check_examples.h). A failing
// example fails the test, and every failure is listed as file:line:col,
// grouped by language so that one language's work in progress is told apart.
#include "claimcheck/rules/check_examples.h"

#include <catch2/catch.hpp>

#include <string>

#include "../unit/test_rules.h"

namespace claimcheck {
namespace {

TEST_CASE("Every rule example matches fully and unambiguously", "[rules][examples]") {
  const RuleSet& rules = testing::EmbeddedRuleSet();
  REQUIRE(rules.FindLanguage("de") != nullptr);
  REQUIRE(CountExamples(rules) > 0);
  const Errors errors = CheckExamples(rules);
  for (const auto& lang : rules.languages) {
    DYNAMIC_SECTION("language " << lang.code) {
      const std::string dir = "rules/" + lang.code + "/";
      std::string listing;
      size_t failed = 0;
      for (const auto& e : errors) {
        if (e.file.rfind(dir, 0) != 0) continue;
        listing += e.ToString() + "\n";
        ++failed;
      }
      INFO(failed << " of " << lang.examples.size() + lang.counterexamples.size() << " examples in " << dir
                  << " fail:\n"
                  << listing);
      CHECK(failed == 0);
    }
  }
  SECTION("errors outside a language directory") {
    std::string listing;
    for (const auto& e : errors) {
      bool in_language = false;
      for (const auto& lang : rules.languages) in_language |= e.file.rfind("rules/" + lang.code + "/", 0) == 0;
      if (!in_language) listing += e.ToString() + "\n";
    }
    INFO(listing);
    CHECK(listing.empty());
  }
}

TEST_CASE("Each language with rules has examples", "[rules][examples]") {
  for (const auto& lang : testing::EmbeddedRuleSet().languages) {
    INFO("language " << lang.code);
    CHECK_FALSE(lang.examples.empty());
  }
}

}  // namespace
}  // namespace claimcheck
