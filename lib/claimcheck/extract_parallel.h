// Extract over a stream of documents on several threads, results in input
// order. Each thread has its own RuleSet: RE2 keeps a DFA cache per object
// behind a lock, so threads sharing one set wait on each other. At most a
// few documents per thread are in flight, so memory stays bounded whatever
// the size of the input.
#pragma once

#include <functional>
#include <variant>
#include <vector>

#include "claimcheck/context.h"
#include "claimcheck/error.h"
#include "claimcheck/extract.h"
#include "claimcheck/rules/rule_set.h"
#include "claimcheck/source.h"

namespace claimcheck {

// A document's claims, or why it has none.
using ExtractItem = std::variant<ExtractResult, Errors>;

// Reads every document of reader, extracts with rules[i] on thread i, and
// calls emit for each in input order. emit returns false to stop early
// (stdout closed). REQUIRES: !rules.empty(); one thread runs inline.
void ExtractInOrder(DocumentReader& reader, const std::vector<const RuleSet*>& rules, const Context& context,
                    const std::function<bool(const ExtractItem&)>& emit);

}  // namespace claimcheck
