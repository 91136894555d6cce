// Figure: a parsed money, percent or date value with the span it came from,
// before it is attributed to a subject. Produced by parse_money,
// parse_percent and parse_date from a Mention.
#pragma once

#include <optional>
#include <string>

#include "claimcheck/decimal.h"
#include "claimcheck/rules/rule_set.h"
#include "claimcheck/span.h"

namespace claimcheck {

struct Figure {
  FigureKind kind = FigureKind::kMoney;
  Span span;  // normalized text
  const PatternRule* rule = nullptr;

  // money and percent: value, or low and high for a range
  std::optional<Decimal> value, low, high;
  std::string unit;           // ISO 4217 code, "%" or "" (unknown)
  std::string unit_evidence;  // why this unit: "stated", "default for '$'", "inferred: ..."
  bool unit_inferred = false;

  // date: ISO text, "YYYY-MM-DD", "YYYY-MM", "YYYY" or "--MM-DD" (no year known)
  std::string date;
  std::string date_low, date_high;  // for ranges
  bool relative = false;            // depends on the anchor date
  bool resolved = false;            // relative and resolved against an anchor
};

}  // namespace claimcheck
