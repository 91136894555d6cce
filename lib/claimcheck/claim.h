// Claim: one figure of one document, attributed and located. This is what
// extract prints and what reconcile compares. Spans are byte offsets into the
// original document; value fields are exact decimals.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimcheck/decimal.h"
#include "claimcheck/rules/rule_set.h"
#include "claimcheck/span.h"

namespace claimcheck {

struct Horizon {
  int years = 0;      // the period a figure spans ("in den nächsten vier Jahren" -> 4)
  int years_max = 0;  // the upper end of "drei bis fünf Jahren" (5); 0 when not a range
  std::string text;   // as written
};

struct Claim {
  std::string id;   // "<doc>#<start>": unique and stable for the same input
  std::string doc;  // path as given, "-", or the JSONL id
  std::string lang;
  FigureKind kind = FigureKind::kMoney;
  Span span;         // original bytes
  std::string text;  // original bytes [span.begin, span.end)
  int line = 0, column = 0;
  std::string sentence;
  std::string rule;

  std::optional<Decimal> value, low, high;
  std::string unit;  // ISO 4217, "%", or "" when unknown
  std::string unit_evidence;
  bool unit_inferred = false;

  std::string date, date_low, date_high;
  bool relative = false, resolved = false;

  // Attribution: what the figure is about.
  std::string subject;         // entity id, or "" when unknown
  std::string subject_source;  // "entity" | "reference" | "heuristic" | ""
  std::vector<std::string> holders;
  std::string attribute;  // investment | stake | contribution | spending | revenue | valuation | ...
  std::vector<std::string> qualifiers;  // initial | total | each | annual | up_to | more_than | approx
  std::optional<Horizon> horizon;
  std::string period;    // the year a figure is for ("revenue of €38bn in 2024"), or ""
  std::string converts;  // id of the claim this one restates in another currency
  std::string statement;  // id of the first claim of an identical sentence in this document

  bool HasQualifier(const std::string& q) const {
    for (const auto& x : qualifiers) {
      if (x == q) return true;
    }
    return false;
  }
};

}  // namespace claimcheck
