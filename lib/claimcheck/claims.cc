#include "claimcheck/claims.h"

#include <algorithm>
#include <map>
#include <string_view>

namespace claimcheck {
namespace {

// "<doc>#<start>": a claim's id, from the original offset it starts at.
std::string ClaimId(const Document& doc, size_t original_begin) {
  return doc.name + "#" + std::to_string(original_begin);
}

// f and a as they stand in their piece of the normalized text, and span and
// sentence, theirs in the whole of it.
Claim MakeClaim(const Document& doc, const NormalizedText& norm, LineIndex& lines, const Figure& f, Span span,
                const Attribution& a, Span sentence_span, const std::string& lang_code) {
  Claim c;
  c.doc = doc.name;
  c.lang = lang_code;
  c.kind = f.kind;
  c.span = norm.to_original.ToOriginal(span);
  c.id = ClaimId(doc, c.span.begin);
  c.text = doc.text.substr(c.span.begin, c.span.size());
  LineCol lc = lines.At(c.span.begin);
  c.line = lc.line;
  c.column = lc.col;
  Span sentence = norm.to_original.ToOriginal(sentence_span);
  c.sentence = doc.text.substr(sentence.begin, sentence.size());
  c.rule = f.rule ? f.rule->id : "";
  c.value = f.value;
  c.low = f.low;
  c.high = f.high;
  c.unit = a.unit_override ? *a.unit_override : f.unit;
  c.unit_evidence = a.unit_override ? a.unit_evidence : f.unit_evidence;
  c.unit_inferred = a.unit_override.has_value();
  c.date = f.date;
  if (f.date_range) {
    c.date_low = f.date_range->low;
    c.date_high = f.date_range->high;
  }
  c.relative = f.relative;
  c.resolved = f.resolved;
  c.subject = a.subject;
  c.subject_source = a.subject_source;
  c.holders = a.holders;
  c.attribute = a.attribute;
  c.qualifiers = a.qualifiers;
  c.horizon = a.horizon;
  c.period = a.period;
  return c;
}

}  // namespace

ClaimEmitter::ClaimEmitter(const Document& doc, const NormalizedText& norm, const std::string& lang_code,
                           const ClaimSink& emit)
    : doc_(doc), norm_(norm), lang_code_(lang_code), emit_(emit), lines_(doc.text) {}

void ClaimEmitter::StartPiece(const std::vector<Figure>& figures, size_t offset) {
  figures_ = &figures;
  offset_ = offset;
  kept_.clear();
  kept_.reserve(figures.size());
}

void ClaimEmitter::Add(size_t i, const Attribution& a) {
  kept_.push_back(a.keep);
  if (!a.keep) return;
  const std::vector<Figure>& figures = *figures_;
  Claim c = MakeClaim(doc_, norm_, lines_, figures[i], InText(figures[i].span), a, InText(a.sentence), lang_code_);
  if (a.converts >= 0 && kept_[a.converts])
    c.converts = ClaimId(doc_, norm_.to_original.OriginalBegin(InText(figures[a.converts].span).begin));
  size_t sentence_begin = norm_.to_original.OriginalBegin(InText(a.sentence).begin);
  std::string_view sentence = std::string_view(doc_.text).substr(sentence_begin, c.sentence.size());
  auto [it, inserted] = first_statement_.emplace(std::make_pair(sentence, c.span.begin - sentence_begin), c.span.begin);
  if (!inserted) c.statement = ClaimId(doc_, it->second);
  emit_(std::move(c));
}

void EmitClaims(const Document& doc, const NormalizedText& norm, const std::vector<Figure>& figures,
                const std::vector<Attribution>& attributions, const std::string& lang_code, const ClaimSink& emit) {
  ClaimEmitter emitter(doc, norm, lang_code, emit);
  emitter.StartPiece(figures, 0);
  for (size_t i = 0; i < figures.size(); ++i) emitter.Add(i, attributions[i]);
}

std::vector<Claim> BuildClaims(const Document& doc, const NormalizedText& norm, const std::vector<Figure>& figures,
                               const std::vector<Attribution>& attributions, const std::string& lang_code) {
  std::vector<Claim> claims;
  // Sized once: a growing vector of claims holds them up to three times over.
  claims.reserve(std::count_if(attributions.begin(), attributions.end(), [](const Attribution& a) { return a.keep; }));
  EmitClaims(doc, norm, figures, attributions, lang_code, [&](Claim&& c) { claims.push_back(std::move(c)); });
  return claims;
}

}  // namespace claimcheck
