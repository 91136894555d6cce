// Stage match: normalized text -> Mentions, one pass.
// All rules of a language are scanned as one leftmost-longest alternation
// would scan them (CompiledLanguage::scanners: date rules and the others in
// two DFAs, their matches merged); only where it matches are the individual
// rules tried, anchored on the candidate span, to learn which rule it was and
// where its named groups lie.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/rules/rule_set.h"
#include "claimcheck/span.h"

namespace claimcheck {

// A named group that took part in a mention. The name is the compiled
// rule's own, which outlives every mention: a copy per group made the
// mentions of a figure-dense document twice as large.
struct MentionGroup {
  const std::string* name;
  Span span;
};

struct Mention {
  const PatternRule* rule = nullptr;
  Span span;  // in normalized text
  std::vector<MentionGroup> groups;  // named groups that took part

  // The text of a named group, or "" when it did not take part.
  std::string_view Group(std::string_view text, std::string_view name) const;
  bool Has(std::string_view name) const;
};

// Every non-overlapping mention in text, in order.
std::vector<Mention> FindMentions(std::string_view text, const LanguageRules& lang);

// A named entity ("SoftBank") or a reference to one ("der Konzern").
struct EntityMention {
  Span span;
  int entity = -1;            // index into RuleSet::entities, or -1 for a reference
  std::string reference_type;  // for references: company | project | fund | holders | ...
};

// Entity names and reference phrases in text[0, end), in order.
std::vector<EntityMention> FindEntityMentions(std::string_view text, size_t end, const LanguageRules& lang,
                                              const RuleSet& rules);

}  // namespace claimcheck
