// Extract: one document -> its claims. The whole pipeline in one place:
// read language -> normalize -> match -> parse -> attribute -> claims.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claimcheck/claim.h"
#include "claimcheck/claims.h"
#include "claimcheck/context.h"
#include "claimcheck/error.h"
#include "claimcheck/rules/rule_set.h"
#include "claimcheck/source.h"

namespace claimcheck {

struct ExtractResult {
  std::string language;  // as reported: "de", "zh-Hant", ...
  std::optional<CivilDate> anchor;
  std::string anchor_source;  // "--anchor-date" | "document date" | "dateline" | ""
  std::vector<Claim> claims;  // in document order
};

// Fails only when no rules exist for the document's language.
Result<ExtractResult> Extract(const Document& doc, const RuleSet& rules, const Context& context);

// The same, passing each claim to emit as it is built (in document order)
// instead of collecting them: result.claims stays empty, and a claim-dense
// document's claims need not all be held at once.
Result<ExtractResult> Extract(const Document& doc, const RuleSet& rules, const Context& context,
                              const ClaimSink& emit);

}  // namespace claimcheck
