// The rule files compiled into the binary at build time (see
// lib/embed_rules.cmake), so claimcheck works from any directory, and the
// snapshot of the rules they load into (lib/tools/rules_snapshot.cc), which
// a run reads instead: ReadSnapshot(EmbeddedSnapshot()).
#pragma once

#include <string_view>
#include <vector>

#include "claimcheck/rules/load_rules.h"

namespace claimcheck {

// Every file under rules/, with its repository path ("rules/de/money.yaml").
std::vector<RuleFile> EmbeddedRuleFiles();

// What LoadRules(EmbeddedRuleFiles(), LoadMode::kRunChecked) builds, as
// WriteSnapshot wrote it (claimcheck/rules/snapshot.h).
std::string_view EmbeddedSnapshot();

}  // namespace claimcheck
