// Reading claims back: reconcile accepts claim JSONL written by `extract`
// as well as articles, so extraction can run on many machines and
// reconciliation on the collected claims with the same result. Claims are
// read one line at a time, so a file of ten million claims streams.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claim.h"
#include "claimcheck/error.h"

namespace claimcheck {

// True if path is a *.jsonl file whose first non-blank line is a claim.
bool IsClaimsFile(const std::string& path);

using ClaimCallback = std::function<void(const Claim&, std::string_view line)>;
using ErrorCallback = std::function<void(const Error&)>;

// Calls on_claim for every claim of a claims file, in order, with the claim
// and the line it was read from; a bad line goes to on_error and is
// skipped. The claim and the view are valid during the call only. With
// jobs > 1 lines are parsed on that many threads; the calls still come
// from the calling thread, in file order. Returns false if the file could
// not be read (after reporting it).
bool ForEachClaim(const std::string& path, const ClaimCallback& on_claim, const ErrorCallback& on_error, int jobs = 1);

// Every claim of a claims file; a bad line goes to on_error and is skipped.
std::vector<Claim> ReadClaimsFile(const std::string& path, const std::function<void(const Error&)>& on_error);

}  // namespace claimcheck
