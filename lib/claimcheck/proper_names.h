// Stage match, second part: names the entity list does not know.
// A newsroom's list never holds every company a story names, and a figure
// about "Helion Grid" is still about something. A Latin-script proper name
// is a run of capitalised words ("Helion Grid", "Aurora Compute AG"), an
// acronym ("MGX") or a word with an inner capital ("OpenAI"). What makes it
// credible, by language (rules/<lang>/cues.yaml, table name_words):
//  - no word of the run is a stop word, a word of the language's own tables
//    ("Milliarden", "Januar") or a frequent word;
//  - a single word at a sentence start, any run in a title-case headline,
//    and in German any run at a sentence start ("Neue Fabriken ...") count
//    only if the document also writes them mid-sentence;
//  - where the language capitalises nouns (German), a single capitalised
//    word is a noun unless it is an acronym, has an inner capital, or is the
//    first word of a name the document wrote in full ("Helion Grid" ... "Helion");
//  - a title before it ("CEO", "Konzernchef") makes it a person, and a
//    preposition of place ("a plant in Saxony", not "$12bn in Kestrel") a
//    place; neither is an entity.
// Its id is the name without type
// words, case-folded and hyphenated, so that "Helion Grid AG" in one article
// and "Helion Grid" in another are one entity.
// Its type comes from a type word in or next to it ("AG", "Fonds",
// "Projekt", "公司"); without one it is left open.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/match.h"
#include "claimcheck/rules/rule_set.h"

namespace claimcheck {

struct ProperName {
  Span span;         // in normalized text, type words included
  std::string id;    // "helion-grid"
  std::string type;  // company | project | venture | fund | institution, or "" when nothing says
  bool investee = false;  // right after an investee marker ("in Baltic Crown"): money goes there
  // Typed by a word of its own ("the Pasig Line", "Helion Grid AG"), not only
  // by what stands around it ("group wins Pasig").
  bool typed_by_name = false;
};

// Proper names in text[0, end) that no listed entity's name in known
// overlaps, in text order and not overlapping each other. (The words around
// a name, which type it, may be read a little past end.) known: the document's entity mentions (FindEntityMentions).
std::vector<ProperName> FindProperNames(std::string_view text, size_t end, const LanguageRules& lang,
                                        const std::vector<EntityMention>& known);

}  // namespace claimcheck
