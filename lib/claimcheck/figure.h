// Figure: a parsed money, percent or date value with the span it came from,
// before it is attributed to a subject. Produced by parse_money,
// parse_percent and parse_date from a Mention.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "claimcheck/decimal.h"
#include "claimcheck/rules/rule_set.h"
#include "claimcheck/span.h"

namespace claimcheck {

// A date figure's first and last day where it spans several ("Q1 2025":
// "2025-01-01" to "2025-03-31").
struct DateRange {
  std::string low, high;
};

// The small members stand together, so that padding does not round each up
// to 8 bytes: a claim-dense document holds one Figure per figure until its
// claims are built.
struct Figure {
  FigureKind kind = FigureKind::kMoney;
  bool unit_inferred = false;
  bool relative = false;  // date: depends on the anchor date
  bool resolved = false;  // date: relative and resolved against an anchor
  bool unit_by_default = false;  // money: a currency word read as its default ("Kronen" as SEK)
  Span span;              // normalized text
  const PatternRule* rule = nullptr;

  // money and percent: value, or low and high for a range
  std::optional<Decimal> value, low, high;
  std::string unit;           // ISO 4217 code, "%" or "" (unknown)
  std::string unit_evidence;  // why this unit: "stated", "default for '$'", "inferred: ..."

  // date: ISO text, "YYYY-MM-DD", "YYYY-MM", "YYYY" or "--MM-DD" (no year known)
  std::string date;
  // Null but for a range. Behind a pointer: few figures are ranges, and two
  // empty strings in each Figure were a fifth of its size.
  std::unique_ptr<DateRange> date_range;
};

}  // namespace claimcheck
