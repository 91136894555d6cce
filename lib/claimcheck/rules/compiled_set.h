// The RE2::Set of a language's rules, kept behind an opaque type so that
// rule_set.h does not expose RE2. Included only by load_rules.cc (which
// builds it) and match.cc (which runs it).
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

namespace claimcheck {

// All rules of a language, anchored at both ends: which rules fit a
// candidate span, found in one DFA pass instead of one per rule.
struct CompiledRuleSet {
  explicit CompiledRuleSet(const RE2::Options& options) : set(options, RE2::ANCHOR_BOTH) {}
  RE2::Set set;
};

}  // namespace claimcheck
