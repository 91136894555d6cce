// The embedded rules (rules/ compiled into the library), loaded once per
// test run. A load failure fails the calling test with every error listed.
#pragma once

#include <catch2/catch.hpp>

#include <optional>

#include "claimcheck/rules/embedded_rules.h"
#include "claimcheck/rules/load_rules.h"

namespace claimcheck::testing {

inline const RuleSet& EmbeddedRuleSet() {
  static std::optional<RuleSet> rules;
  if (!rules) {
    auto loaded = LoadRules(EmbeddedRuleFiles());
    if (!loaded.ok()) {
      for (const auto& e : loaded.errors()) UNSCOPED_INFO(e.ToString());
    }
    REQUIRE(loaded.ok());
    rules = std::move(loaded).value();
  }
  return *rules;
}

}  // namespace claimcheck::testing
