// A loaded RuleSet written out as JSON and read back. The build loads the
// embedded rules/*.yaml once (lib/tools/rules_snapshot.cc) and embeds the
// snapshot, so that a run reads its rules with simdjson in a few
// milliseconds instead of parsing YAML with yaml-cpp (~6 MB/s, most of
// start-up). `--rules DIR` still reads YAML: only YAML knows where in a
// file a mistake stands.
//
// A snapshot holds what LoadRules builds for a run (LoadMode::kRunChecked):
// no examples or counterexamples, and patterns not compiled (they compile
// on first use, as after LoadRules).
#pragma once

#include <string>
#include <string_view>

#include "claimcheck/error.h"
#include "claimcheck/rules/rule_set.h"

namespace claimcheck {

// The snapshot of rules; the same rules give the same bytes.
std::string WriteSnapshot(const RuleSet& rules);

// The rules a snapshot holds; an error (kind kRules, file "snapshot") if it
// is not one WriteSnapshot wrote.
Result<RuleSet> ReadSnapshot(std::string_view json);

}  // namespace claimcheck
