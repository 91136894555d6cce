// Stage reconcile: claims of many documents -> findings.
// Claims are compared only within one subject (and, where both are known,
// one attribute family); dates and claims without a subject are never
// compared. Each check yields findings with a verdict and a one-line message
// that shows its arithmetic:
//   same_figure       equal figures agree (ranges and bounds overlap, or one is the
//                     other rounded to the digits it states), or conflict; a factor
//                     of 1,000 / 10,000 is called a probable scale confusion;
//                     conversions take no part (the conversion check has them)
//   initial_vs_total  an initial figure at most the total: explained
//   parts_vs_total    holders x each (or listed parts) against the total
//   stakes            stakes of one subject sum to at most 100 %; one holder, one stake;
//                     several holders without "each" hold their stake together
//   conversion        the rate a "(1,7 Milliarden Euro)" conversion implies, against the
//                     other conversions of the batch and the band in rules/common
//   annual_vs_total   an annual figure times its horizon explains a total it
//                     reaches within 10 %; above or well below it conflicts
// A sentence repeated within a document counts once; the same sentence in
// several documents (syndicated copy) is one source.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "claimcheck/claim.h"
#include "claimcheck/rules/rule_set.h"

namespace claimcheck {

enum class Verdict { kConsistent, kExplained, kConflict };
const char* VerdictName(Verdict v);

struct Finding {
  std::string id;  // "F1", "F2", ... in report order
  Verdict verdict = Verdict::kConsistent;
  std::string check;
  std::string subject;
  std::string attribute;
  std::vector<std::string> claims;  // claim ids
  std::string message;
};

struct ReconcileSummary {
  size_t documents = 0;  // every document read, with or without claims
  size_t claims = 0;
  size_t compared = 0;  // claims that took part in a check
  size_t sources = 0;   // independent statements among compared claims
  std::map<std::string, size_t> findings_by_verdict;
};

struct ReconcileResult {
  std::vector<Claim> claims;
  std::vector<Finding> findings;
  ReconcileSummary summary;
};

// REQUIRES: claim ids are unique. documents names every document read,
// including those that yielded no claims (claims only name the documents
// they come from); the summary counts the union of both. Findings come in a
// stable order: by subject, then check, then the first claim's position.
ReconcileResult Reconcile(std::vector<Claim> claims, const RuleSet& rules,
                          const std::vector<std::string>& documents = {});

// Reconcile reads only some claims; the others can be dropped as they are
// read, so that memory follows the claims that may be compared rather than
// all claims read. It reads a claim that MayBeCompared, that IsConversion,
// the claim a conversion names in `converts`, and, of the claims that
// NamesGuessedSubject, one per subject (the subject ids are all it reads).
// A claim without subject MayBeCompared where it measures a deal (a stake,
// money paid or invested, a total): articles that state two of the same
// such amounts tell one unnamed story, which it is then about.
bool MayBeCompared(const Claim& c);
bool IsConversion(const Claim& c);
bool NamesGuessedSubject(const Claim& c);

// What the summary counts of all claims read, kept or not.
struct ClaimCounts {
  size_t documents = 0;  // distinct documents, with claims or not
  size_t claims = 0;
};

// Reconcile over the claims kept as above, in the order read. The result's
// claims are the kept ones; its summary counts come from counts.
ReconcileResult ReconcileKept(std::vector<Claim> kept, const RuleSet& rules, const ClaimCounts& counts);

}  // namespace claimcheck
