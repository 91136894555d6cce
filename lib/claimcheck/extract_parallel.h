// Extract over a stream of documents on several threads, results in input
// order. Threads may share one RuleSet (claimcheck extract passes the same
// set to all): RE2 keeps a DFA cache per object and builds its states under
// a lock, so sharing threads wait on each other while the DFA warms up, but
// a set per thread builds every state once per thread, and warm-up is most
// of the scan on news (en, 3 MB, -j 2: 6.8G instructions with a set per
// thread, 4.4G shared; wall time no worse on two busy cores). At most a few
// documents per thread are in flight, so memory stays bounded whatever the
// size of the input.
#pragma once

#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "claimcheck/context.h"
#include "claimcheck/error.h"
#include "claimcheck/extract.h"
#include "claimcheck/rules/rule_set.h"
#include "claimcheck/source.h"

namespace claimcheck {

// A document's output, made by render on the thread that extracted it, so
// that its claims are freed where they were allocated (glibc's per-thread
// arenas take a lock when another thread frees) and the emitting thread
// only writes strings. Each claim is rendered as soon as it is built, so a
// claim-dense document holds its output lines, not its claims.
struct RenderedDocument {
  // The lines, in pieces of about a megabyte: one string for a claim-dense
  // document would be copied as it grows and briefly held three times.
  std::vector<std::string> output;
  size_t claims = 0;
  bool empty = false;  // nothing to read in it
  Errors errors;       // why it failed; empty on success
  // Set on the filled pieces of a document that is still being extracted;
  // its rest, with the counts above, comes in a later call.
  bool more_follows = false;
};

// Appends one claim's output to its document's.
using ClaimRenderer = std::function<void(const Claim&, RenderedDocument&)>;

// Reads every document of reader, extracts with rules[i] on thread i (the
// same set may stand at several i), renders each claim there, and calls
// emit for each document in input order. emit returns false to stop early
// (stdout closed). REQUIRES: !rules.empty(); one thread runs inline, and
// then passes a document's output on a piece at a time as the pieces fill
// (more_follows), so a 16 MB line of claims is never held as 270 MB of
// lines; with several threads a document waits for its turn whole.
void ExtractInOrder(DocumentReader& reader, const std::vector<const RuleSet*>& rules, const Context& context,
                    const ClaimRenderer& render, const std::function<bool(RenderedDocument&)>& emit);

}  // namespace claimcheck
