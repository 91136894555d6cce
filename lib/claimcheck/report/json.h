// JSON output and input of claims (the contract in docs/json.md).
// extract writes one claim object per line; reconcile reads those lines back
// so extraction and reconciliation can run on different machines.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "claimcheck/claim.h"
#include "claimcheck/error.h"
#include "claimcheck/reconcile.h"

namespace claimcheck::report {

// One claim as a single-line JSON object, without the newline.
std::string ClaimToJsonLine(const Claim& claim);

// Parses a line written by ClaimToJsonLine. path and line_no locate errors.
Result<Claim> ClaimFromJsonLine(std::string_view line, const std::string& path, int line_no);

// The reconcile report: {"claims": [...], "findings": [...], "summary": {...}}
// on one line.
std::string ReconcileToJson(const ReconcileResult& result);

// The same report in pieces, so that its claims can be written as they are
// read rather than held: ReconcileJsonHead(), the claims' JSON lines joined
// by ',', then ReconcileJsonTail(findings, summary).
std::string_view ReconcileJsonHead();
std::string ReconcileJsonTail(const std::vector<Finding>& findings, const ReconcileSummary& summary);

// True if a line looks like a claim object rather than an article.
bool LooksLikeClaimLine(std::string_view line);

}  // namespace claimcheck::report
