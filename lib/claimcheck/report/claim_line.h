// Reading a claim line in the exact form ClaimToJsonLine writes it: keys in
// their order, no spaces, strings escaped only where the writer escapes,
// numbers as the writer prints them. reconcile reads millions of such lines,
// and a general JSON parser reads them at ~80 MB/s (nlohmann's SAX interface;
// its document tree at ~30 MB/s). This is no general parser: any line that
// is not in that form is refused, and the caller falls back to
// ClaimFromJsonLine (report/json.h), which reads any JSON.
#pragma once

#include <string_view>

#include "claimcheck/claim.h"

namespace claimcheck::report {

// Reads a line in the writer's exact form into claim (every field is set,
// so one Claim can be reused from line to line). Returns true only when
// ClaimFromJsonLine would read the same claim and ClaimToJsonLine(claim)
// gives back the line byte for byte, so the line can be passed on as it is.
// Returns false otherwise, leaving claim in an unspecified state.
bool ReadCanonicalClaimLine(std::string_view line, Claim& claim);

}  // namespace claimcheck::report
