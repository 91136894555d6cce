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

Claim MakeClaim(const Document& doc, const NormalizedText& norm, LineIndex& lines, const Figure& f,
                const Attribution& a, const std::string& lang_code) {
  Claim c;
  c.doc = doc.name;
  c.lang = lang_code;
  c.kind = f.kind;
  c.span = norm.to_original.ToOriginal(f.span);
  c.id = ClaimId(doc, c.span.begin);
  c.text = doc.text.substr(c.span.begin, c.span.size());
  LineCol lc = lines.At(c.span.begin);
  c.line = lc.line;
  c.column = lc.col;
  Span sentence = norm.to_original.ToOriginal(a.sentence);
  c.sentence = doc.text.substr(sentence.begin, sentence.size());
  c.rule = f.rule ? f.rule->id : "";
  c.value = f.value;
  c.low = f.low;
  c.high = f.high;
  c.unit = a.unit_override ? *a.unit_override : f.unit;
  c.unit_evidence = a.unit_override ? a.unit_evidence : f.unit_evidence;
  c.unit_inferred = a.unit_override.has_value();
  c.date = f.date;
  c.date_low = f.date_low;
  c.date_high = f.date_high;
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

void EmitClaims(const Document& doc, const NormalizedText& norm, const std::vector<Figure>& figures,
                const std::vector<Attribution>& attributions, const std::string& lang_code, const ClaimSink& emit) {
  LineIndex lines(doc.text);
  // A sentence that stands several times (a headline repeated as a teaser)
  // is one statement: later copies point at the first claim. Keyed by views
  // of doc.text and valued by offsets, not copies of sentences and ids: a
  // claim-dense document has as many entries as claims.
  std::map<std::pair<std::string_view, size_t>, size_t> first_statement;
  for (size_t i = 0; i < figures.size(); ++i) {
    if (!attributions[i].keep) continue;
    Claim c = MakeClaim(doc, norm, lines, figures[i], attributions[i], lang_code);
    int converted = attributions[i].converts;
    if (converted >= 0 && attributions[converted].keep)
      c.converts = ClaimId(doc, norm.to_original.OriginalBegin(figures[converted].span.begin));
    size_t sentence_begin = norm.to_original.OriginalBegin(attributions[i].sentence.begin);
    std::string_view sentence = std::string_view(doc.text).substr(sentence_begin, c.sentence.size());
    auto [it, inserted] = first_statement.emplace(std::make_pair(sentence, c.span.begin - sentence_begin), c.span.begin);
    if (!inserted) c.statement = ClaimId(doc, it->second);
    emit(std::move(c));
  }
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
