// The rule files compiled into the binary at build time (see
// lib/embed_rules.cmake), so claimcheck works from any directory.
#pragma once

#include <vector>

#include "claimcheck/rules/load_rules.h"

namespace claimcheck {

// Every file under rules/, with its repository path ("rules/de/money.yaml").
std::vector<RuleFile> EmbeddedRuleFiles();

}  // namespace claimcheck
