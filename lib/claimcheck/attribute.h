// Stage attribute: what each figure is about.
// Works on normalized text with the cue tables of the language:
//  - a bare scaled figure ("500 Milliarden") becomes money only when the
//    document states a currency for the same amount or a money cue stands in
//    its clause; its unit is then inferred and marked so;
//  - subject: an entity the money goes to ("in SB Energy", "向星際之門"),
//    else a project named or referred to ("該計劃") in the clause, then in
//    the sentence, else the company the clause names or refers to ("der
//    Konzern" = the company named last), else the project of the recent
//    sentences; no guess beyond that (subject stays empty);
//  - holders: companies acting in the clause ("OpenAI und SoftBank ... je");
//  - attribute, qualifiers and horizon from cue words next to the figure;
//  - a money figure in parentheses right after one in another currency
//    converts it.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claim.h"
#include "claimcheck/figure.h"
#include "claimcheck/match.h"
#include "claimcheck/rules/rule_set.h"

namespace claimcheck {

// Small members first, together (see Figure): one per figure is held.
struct Attribution {
  bool keep = true;  // false: a bare scaled figure without money context
  int converts = -1;  // index of the figure this one converts
  Span sentence;      // normalized text
  std::optional<std::string> unit_override;  // an inferred unit ("" = unknown)
  std::string unit_evidence;
  std::string subject, subject_source;
  std::vector<std::string> holders;
  std::string attribute;
  std::vector<std::string> qualifiers;
  std::optional<Horizon> horizon;
  std::string period;  // a year, or ""
};

// Receives figure i's attribution once it is final, in figure order.
using AttributionSink = std::function<void(size_t figure, const Attribution&)>;

// Passes one Attribution per figure to sink, in figure order, as each is
// done: a claim-dense document's attributions need not all be held. Of
// mentions only the horizon mentions are read; they may be all of the
// document's or only those.
void Attribute(std::string_view text, const std::vector<Mention>& mentions, const std::vector<Figure>& figures,
               const LanguageRules& lang, const RuleSet& rules, const std::string& lang_code,
               const AttributionSink& sink);

// The same, collected: one Attribution per figure, same order.
std::vector<Attribution> Attribute(std::string_view text, const std::vector<Mention>& mentions,
                                   const std::vector<Figure>& figures, const LanguageRules& lang,
                                   const RuleSet& rules, const std::string& lang_code);

}  // namespace claimcheck
