// Reading claims back: reconcile accepts claim JSONL written by `extract`
// as well as articles, so extraction can run on many machines and
// reconciliation on the collected claims with the same result.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "claimcheck/claim.h"
#include "claimcheck/error.h"

namespace claimcheck {

// True if path is a *.jsonl file whose first non-blank line is a claim.
bool IsClaimsFile(const std::string& path);

// Every claim of a claims file; a bad line goes to on_error and is skipped.
std::vector<Claim> ReadClaimsFile(const std::string& path, const std::function<void(const Error&)>& on_error);

}  // namespace claimcheck
