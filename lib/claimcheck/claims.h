// Stage claims: Figures + Attributions -> Claims. Here spans leave normalized
// text for good: every span is mapped to original bytes, and text, line,
// column and sentence are cut from the original document, so what a claim
// says it quotes is exactly what the file holds.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/attribute.h"
#include "claimcheck/claim.h"
#include "claimcheck/figure.h"
#include "claimcheck/normalize.h"
#include "claimcheck/source.h"

namespace claimcheck {

// Receives each claim as it is built, in document order.
using ClaimSink = std::function<void(Claim&&)>;

// Builds the claims of one document a figure at a time, as attribution
// finishes each, and passes each to emit at once, so that neither a
// claim-dense document's attributions nor its claims are all held.
class ClaimEmitter {
 public:
  // doc, norm and emit must outlive the emitter.
  ClaimEmitter(const Document& doc, const NormalizedText& norm, const std::string& lang_code, const ClaimSink& emit);

  // Starts on the figures of a piece of the normalized text (the whole of
  // it, or one of Pieces in segment.h), whose spans and sentences count
  // from offset; a sentence that stood in an earlier piece is still the
  // same statement. figures must outlive its calls to Add.
  void StartPiece(const std::vector<Figure>& figures, size_t offset);

  // Emits the claim of figures[i] of the piece as a attributes it; nothing
  // when !a.keep. REQUIRES: called once per figure, in increasing i.
  void Add(size_t i, const Attribution& a);

 private:
  Span InText(Span in_piece) const { return {in_piece.begin + offset_, in_piece.end + offset_}; }

  const Document& doc_;
  const NormalizedText& norm_;
  const std::vector<Figure>* figures_ = nullptr;
  size_t offset_ = 0;  // where the figures' piece begins in norm_
  const std::string& lang_code_;
  const ClaimSink& emit_;
  LineIndex lines_;
  std::vector<bool> kept_;  // by figure of the piece so far: whether it is a claim
  // A sentence that stands several times (a headline repeated as a teaser)
  // is one statement: later copies point at the first claim. Keyed by the
  // sentence in doc.text and the claim's place in it, valued by the first
  // claim's start, not copies of sentences and ids: a claim-dense document
  // has as many entries as claims.
  std::map<std::pair<std::string_view, size_t>, size_t> first_statement_;
};

// Passes each claim to emit as soon as it is built, so that a claim-dense
// document's claims need not all be held (extract writes them as they come).
// REQUIRES: figures.size() == attributions.size().
void EmitClaims(const Document& doc, const NormalizedText& norm, const std::vector<Figure>& figures,
                const std::vector<Attribution>& attributions, const std::string& lang_code, const ClaimSink& emit);

// The same claims, collected. REQUIRES: figures.size() == attributions.size().
std::vector<Claim> BuildClaims(const Document& doc, const NormalizedText& norm, const std::vector<Figure>& figures,
                               const std::vector<Attribution>& attributions, const std::string& lang_code);

}  // namespace claimcheck
