#include "claimcheck/extract.h"

#include "claimcheck/attribute.h"
#include "claimcheck/claims.h"
#include "claimcheck/language.h"
#include "claimcheck/match.h"
#include "claimcheck/normalize.h"
#include "claimcheck/parse.h"
#include "claimcheck/segment.h"

namespace claimcheck {
namespace {

struct Anchor {
  std::optional<CivilDate> date;
  std::string source;
};

// --anchor-date wins, then the JSONL date, then the article's own dateline.
Anchor ChooseAnchor(const Context& context, const Document& doc, std::string_view text,
                    const std::vector<Figure>& unanchored) {
  if (context.anchor_date) return {context.anchor_date, "--anchor-date"};
  if (doc.date) return {doc.date, "document date"};
  if (auto d = FindDateline(text, unanchored)) return {d, "dateline"};
  return {};
}

// Of its mentions, attribution reads only the horizons ("in den nächsten
// vier Jahren"): the rest are in the figures by now, and in a claim-dense
// document they cost as much memory as the figures do.
void KeepOnlyHorizons(std::vector<Mention>& mentions) {
  std::erase_if(mentions, [](const Mention& m) { return m.rule->kind != FigureKind::kHorizon; });
  mentions.shrink_to_fit();
}

// Real news articles are a few kilobytes; a piece of this size holds any
// of them whole, and bounds what a huge document costs at a time (a
// megabyte of claim-dense text: about 17 MB of figures, names and claims).
constexpr size_t kPieceBytes = 1 << 20;

}  // namespace

Result<ExtractResult> Extract(const Document& doc, const RuleSet& rules, const Context& context,
                              const ClaimSink& emit) {
  // An empty document has no claims, whatever its language.
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) return ExtractResult{};
  LanguageChoice lang = ChooseLanguage(doc.text, doc.language && context.language == "auto" ? *doc.language : context.language, rules);
  if (!lang.rules) return Error{Error::Kind::kInput, doc.name, 0, 0, "no rules for language '" + lang.code + "'"};
  NormalizedText norm = Normalize(doc.text);
  // A document is read a piece at a time (see Pieces); a news article is
  // one piece. The first piece holds the dateline; names and references
  // are resolved within a piece.
  std::vector<Span> pieces = Pieces(norm.text(), kPieceBytes);
  ClaimEmitter claims(doc, norm, lang.code, emit);
  Anchor anchor;
  for (size_t k = 0; k < pieces.size(); ++k) {
    std::string_view piece = std::string_view(norm.text()).substr(pieces[k].begin, pieces[k].size());
    std::vector<Mention> mentions = FindMentions(piece, *lang.rules);
    std::vector<Figure> figures = ParseFigures(piece, mentions, *lang.rules, std::nullopt);
    if (k == 0) anchor = ChooseAnchor(context, doc, piece, figures);
    if (anchor.date) figures = ParseFigures(piece, mentions, *lang.rules, anchor.date);
    KeepOnlyHorizons(mentions);
    claims.StartPiece(figures, pieces[k].begin);
    Attribute(piece, mentions, figures, *lang.rules, rules, lang.code,
              [&](size_t i, const Attribution& a) { claims.Add(i, a); });
  }
  return ExtractResult{lang.code, anchor.date, anchor.source, {}};
}

Result<ExtractResult> Extract(const Document& doc, const RuleSet& rules, const Context& context) {
  std::vector<Claim> claims;
  auto result = Extract(doc, rules, context, [&](Claim&& c) { claims.push_back(std::move(c)); });
  if (!result.ok()) return result;
  ExtractResult collected = std::move(result).value();
  collected.claims = std::move(claims);
  return collected;
}

}  // namespace claimcheck
