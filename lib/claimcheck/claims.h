// Stage claims: Figures + Attributions -> Claims. Here spans leave normalized
// text for good: every span is mapped to original bytes, and text, line,
// column and sentence are cut from the original document, so what a claim
// says it quotes is exactly what the file holds.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "claimcheck/attribute.h"
#include "claimcheck/claim.h"
#include "claimcheck/figure.h"
#include "claimcheck/normalize.h"
#include "claimcheck/source.h"

namespace claimcheck {

// Receives each claim as it is built, in document order.
using ClaimSink = std::function<void(Claim&&)>;

// Passes each claim to emit as soon as it is built, so that a claim-dense
// document's claims need not all be held (extract writes them as they come).
// REQUIRES: figures.size() == attributions.size().
void EmitClaims(const Document& doc, const NormalizedText& norm, const std::vector<Figure>& figures,
                const std::vector<Attribution>& attributions, const std::string& lang_code, const ClaimSink& emit);

// The same claims, collected. REQUIRES: figures.size() == attributions.size().
std::vector<Claim> BuildClaims(const Document& doc, const NormalizedText& norm, const std::vector<Figure>& figures,
                               const std::vector<Attribution>& attributions, const std::string& lang_code);

}  // namespace claimcheck
