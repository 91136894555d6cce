#include "claimcheck/claims.h"

#include <algorithm>
#include <map>

namespace claimcheck {
namespace {

Claim MakeClaim(const Document& doc, const NormalizedText& norm, LineIndex& lines, const Figure& f,
                const Attribution& a, const std::string& lang_code) {
  Claim c;
  c.doc = doc.name;
  c.lang = lang_code;
  c.kind = f.kind;
  c.span = norm.to_original.ToOriginal(f.span);
  c.id = doc.name + "#" + std::to_string(c.span.begin);
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
  std::vector<std::string> id_of_figure(figures.size());  // "" for a figure that is no claim
  // A sentence that stands several times (a headline repeated as a teaser)
  // is one statement: later copies point at the first claim.
  std::map<std::pair<std::string, size_t>, std::string> first_statement;
  for (size_t i = 0; i < figures.size(); ++i) {
    if (!attributions[i].keep) continue;
    Claim c = MakeClaim(doc, norm, lines, figures[i], attributions[i], lang_code);
    if (attributions[i].converts >= 0) c.converts = id_of_figure[attributions[i].converts];
    size_t sentence_begin = norm.to_original.OriginalBegin(attributions[i].sentence.begin);
    auto key = std::make_pair(c.sentence, c.span.begin - sentence_begin);
    auto [it, inserted] = first_statement.emplace(key, c.id);
    if (!inserted) c.statement = it->second;
    id_of_figure[i] = c.id;
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
