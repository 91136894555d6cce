// Human and tabular output of claims: `text` for a journalist reading a
// terminal ("path:line:col  kind  value unit  \"text\""), `tsv` with a header
// for cut and awk. Formatting of values lives in fmt::formatter<Claim>.
#pragma once

#include <fmt/format.h>

#include <string>

#include "claimcheck/claim.h"
#include "claimcheck/reconcile.h"

namespace claimcheck::report {

// The value as a reader writes it: "500000000000 USD", "2000000000..3000000000 USD",
// "40 %", "2025-05-26", "(relative, unresolved)".
std::string ValueText(const Claim& claim);

std::string ClaimTextLine(const Claim& claim);

// The reconcile report for a journalist: findings grouped by subject, each
// with its verdict, arithmetic and every figure as path:line:col "text"
// (value) and its sentence; a summary line at the end.
std::string ReconcileText(const ReconcileResult& result);
std::string ClaimTsvHeader();
std::string ClaimTsvLine(const Claim& claim);

}  // namespace claimcheck::report

template <>
struct fmt::formatter<claimcheck::Claim> : fmt::formatter<std::string> {
  auto format(const claimcheck::Claim& c, format_context& ctx) const {
    return fmt::formatter<std::string>::format(claimcheck::report::ClaimTextLine(c), ctx);
  }
};
