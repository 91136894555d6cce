// Runs the examples: and counterexamples: of every rule file through the
// real pipeline. An example must yield exactly one claim of its kind that
// covers its whole text with the stated value; a counterexample must yield
// no claim at all. Failures read like Duckling's: "no match", "partial
// match", "2 ambiguous parses", "value 5 where 7 was expected".
#pragma once

#include "claimcheck/error.h"
#include "claimcheck/rules/rule_set.h"

namespace claimcheck {

// One Error per failing example, located at the example in its rule file.
Errors CheckExamples(const RuleSet& rules);

// Number of examples and counterexamples CheckExamples runs.
size_t CountExamples(const RuleSet& rules);

}  // namespace claimcheck
