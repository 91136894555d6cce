#include "claimcheck/attribute.h"

#include <algorithm>
#include <bitset>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <span>

#include <fmt/format.h>

#include "claimcheck/normalize.h"
#include "claimcheck/parse_number.h"
#include "claimcheck/proper_names.h"
#include "claimcheck/segment.h"

namespace claimcheck {
namespace {

constexpr size_t kInvesteeReach = 24;     // bytes between "in" and the entity it introduces
constexpr size_t kInvesteeWordsReach = 48;  // or bytes of at most three words ("am französischen Fußball-Erstligisten X")
constexpr size_t kShareOfGap = 24;        // bytes of a name's tail before its shares' percentage ("）海上风电项目")
constexpr size_t kAcquiredReach = 96;     // bytes between "buys" and the company bought ("kauft das Bostoner Biotech-Unternehmen X")
constexpr size_t kContextReach = 600;
constexpr int kBoughtUnnamed = -2;  // PurchasedAfter: a purchase of something the clause does not name     // bytes before a sentence searched for its project

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// string_view::rfind(needle, pos): libstdc++ calls memcmp at every
// position; this compares only where the needle's first byte stands,
// found by memrchr (those calls were 5 % of a steady run's time).
size_t FindLast(std::string_view text, std::string_view needle, size_t pos = std::string_view::npos) {
  if (needle.size() > text.size()) return std::string_view::npos;
  size_t at = std::min(pos, text.size() - needle.size());
  if (needle.empty()) return at;
  for (size_t end = at + 1; end > 0; end = at) {
    const void* first = memrchr(text.data(), needle.front(), end);
    if (!first) return std::string_view::npos;
    at = static_cast<size_t>(static_cast<const char*>(first) - text.data());
    if (text.substr(at, needle.size()) == needle) return at;
  }
  return std::string_view::npos;
}

// Qualifiers that say how a number relates to the true amount, as opposed
// to what the amount covers (total, each, annual, initial).
bool IsBoundQualifier(const std::string& value) {
  return value == "approx" || value == "more_than" || value == "up_to";
}

constexpr std::string_view kIdeographicComma = "\xEF\xBC\x8C";  // "，", kept by normalize

// Length of a clause delimiter that starts at text[i], or 0: ',' (but not
// inside "1,5"), ';', ':', '!', '?' and the ideographic comma. Parentheses
// are not: a conversion stays in the clause of its figure.
size_t ClauseBreakAt(std::string_view text, size_t i) {
  // Most bytes are none of these; the walk over a clause tests every one.
  if (std::string_view(";:!?,\xEF").find(text[i]) == std::string_view::npos) return 0;
  if (text.substr(i, kIdeographicComma.size()) == kIdeographicComma) return kIdeographicComma.size();
  char c = text[i];
  if (c == ';' || c == ':' || c == '!' || c == '?') return 1;
  if (c != ',') return 0;
  bool digits_around = i > 0 && i + 1 < text.size() && IsDigit(text[i - 1]) && IsDigit(text[i + 1]);
  return digits_around ? 0 : 1;
}

bool ClauseBreakEndsAt(std::string_view text, size_t end) {
  if (end == 0 || std::string_view(";:!?,\x8C").find(text[end - 1]) == std::string_view::npos) return false;
  if (end >= kIdeographicComma.size() && ClauseBreakAt(text, end - kIdeographicComma.size()) == kIdeographicComma.size())
    return true;
  return end > 0 && ClauseBreakAt(text, end - 1) == 1;
}

Span ClauseAround(std::string_view text, Span sentence, Span figure) {
  size_t begin = figure.begin;
  while (begin > sentence.begin && !ClauseBreakEndsAt(text, begin)) --begin;
  size_t end = figure.end;
  while (end < sentence.end && ClauseBreakAt(text, end) == 0) ++end;
  return {begin, end};
}

bool IsWordByte(char c) {
  auto u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || IsDigit(c) || u >= 0x80;
}

// The key of markers that folded text has at pos, whose value (its kind)
// accept takes, with that kind; in Latin script only as a whole word ("an"
// is a marker, "angekündigt" is not). nullopt if none.
std::optional<std::pair<std::string_view, std::string_view>> MarkerAt(std::string_view folded, size_t pos,
                                                                      const Table& markers,
                                                                      bool (*accept)(std::string_view kind)) {
  for (const auto& [word, kind] : markers.entries) {
    if (!accept(kind) || folded.compare(pos, word.size(), word) != 0) continue;
    bool latin = static_cast<unsigned char>(word.back()) < 0x80;
    if (latin && pos + word.size() < folded.size() && IsWordByte(folded[pos + word.size()])) continue;
    return std::pair<std::string_view, std::string_view>(word, kind);
  }
  return std::nullopt;
}

struct Cue {
  size_t pos, end;  // offsets in the folded window
  std::string value;
};

// The byte pairs that occur in a text, hashed into a bit set: a word whose
// first or last two bytes are not among them cannot occur in the text, so
// most of a cue table's keys are ruled out without searching for them.
class BytePairs {
 public:
  explicit BytePairs(std::string_view text) {
    for (size_t i = 0; i + 1 < text.size(); ++i) bits_.set(Slot(text[i], text[i + 1]));
  }
  bool MayContain(std::string_view word) const {
    if (word.size() < 2) return true;
    return bits_.test(Slot(word[0], word[1])) && bits_.test(Slot(word[word.size() - 2], word.back()));
  }

 private:
  static size_t Slot(char a, char b) {
    return (static_cast<unsigned char>(a) * 61u + static_cast<unsigned char>(b)) % kSlots;
  }
  static constexpr size_t kSlots = 4096;
  std::bitset<kSlots> bits_;
};

// Cue words of a table inside a case-folded window, as positions in it. In
// Latin script a cue must stand as a whole word.
std::vector<Cue> FindFoldedCues(std::string_view folded, const LanguageRules& lang, const char* table_name) {
  std::vector<Cue> cues;
  const Table* table = lang.FindTable(table_name);
  if (!table || folded.empty()) return cues;
  BytePairs pairs(folded);
  bool whole_words = lang.script != "Hani";
  for (const auto& [key, value] : table->entries) {
    if (!pairs.MayContain(key)) continue;
    for (size_t pos = folded.find(key); pos != std::string::npos; pos = folded.find(key, pos + 1)) {
      size_t end = pos + key.size();
      bool bounded = (pos == 0 || !IsWordByte(folded[pos - 1]) || !IsWordByte(key.front())) &&
                     (end == folded.size() || !IsWordByte(folded[end]) || !IsWordByte(key.back()));
      if (!whole_words || bounded) cues.push_back({pos, end, value});
    }
  }
  std::sort(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) { return a.pos < b.pos; });
  return cues;
}

// The same for a window not yet folded.
std::vector<Cue> FindCues(std::string_view window, const LanguageRules& lang, const char* table_name) {
  return FindFoldedCues(FoldCase(window), lang, table_name);
}

// Whether a purchase cue buys the percentage at figure_pos (positions in
// folded_window): it stands before it with two words at most between
// ("buy 33% of", "bought an 85% share", "收购…60%" needs no word).
bool BoughtShare(std::string_view folded_window, const Cue& purchase, size_t figure_pos) {
  constexpr size_t kWordsBetween = 2;
  if (purchase.end > figure_pos) return false;
  std::string_view between = folded_window.substr(purchase.end, figure_pos - purchase.end);
  size_t words = 0;
  for (size_t at = between.find_first_not_of(' '); at != std::string_view::npos;
       at = between.find_first_not_of(' ', between.find(' ', at))) {
    if (++words > kWordsBetween) return false;
    if (between.find(' ', at) == std::string_view::npos) break;
  }
  return between.find_first_of(",;:()") == std::string_view::npos;
}

// An entity mention with its reference resolved to an entity.
struct Resolved {
  Span span;
  int entity = -1;
  std::string type;  // the entity's type; "holders" for "beide", "兩者"
  bool guessed = false;  // a heuristic name as written (a reference to one is not guessed)
  bool reference = false;  // "der Konzern", resolved
};

// The document's heuristic names (proper_names.h), numbered after the listed
// entities so that one index space holds both.
struct NamedHere {
  std::string id, type;  // type "" until a type word or a reference fixes it
  bool typed_by_name = false;  // ProperName::typed_by_name
  bool government = false;     // a place's government: "der finnische Staat" (rules: places)
};

bool IsActor(const std::string& type) { return type == "company" || type == "fund" || type == "institution"; }
bool IsProject(const std::string& type) { return type == "project" || type == "venture"; }

// Listed entities, heuristic names and references in text order. A
// reference stands for the entity of its type named last before it; where
// none of its type was named, for the last name whose type nothing fixed
// and that money went to ("... an Baltic Crown. Das Projekt ..."), which
// takes the reference's type. A reference right before a name introduces
// it ("le groupe norvégien Haldor Metals") and refers to nothing before.
class EntityResolver {
 public:
  EntityResolver(std::string_view text, const LanguageRules& lang, const RuleSet& rules,
                 std::vector<NamedHere>& named_here)
      : text_(text), lang_(lang), rules_(rules), named_here_(named_here) {}

  // "das Projekt", "the operating company" where no project is named.
  const std::vector<Span>& unresolved_projects() const { return unresolved_projects_; }

  std::vector<Resolved> Run(const std::vector<EntityMention>& mentions, const std::vector<ProperName>& names) {
    auto next_name = names.begin();
    for (const auto& m : mentions) {
      for (; next_name != names.end() && next_name->span.begin < m.span.begin; ++next_name) AddName(*next_name);
      bool introduces = m.entity < 0 && next_name != names.end() && !NamedAsOther(*next_name, m.reference_type) &&
                        Introduces(m.span, next_name->span, m.reference_type);
      if (!introduces) AddMention(m);
    }
    for (; next_name != names.end(); ++next_name) AddName(*next_name);
    return std::move(out_);
  }

 private:
  // Whether the story named the name before as a thing of another type
  // than the reference: "An dem Gemeinschaftsunternehmen hält Haldrup 60
  // Prozent" does not introduce the company Haldrup as the venture.
  // ("三方中以馬洛港口持股45%": the parties are none of the things named.)
  bool NamedAsOther(const ProperName& name, const std::string& reference_type) const {
    if (reference_type == "holders") return false;
    auto it = index_.find(name.id);
    if (it == index_.end()) return false;
    const std::string& type = named_here_[it->second].type;
    return !type.empty() && type != reference_type;
  }

  // "das Projekt Aurora", "le fabricant chinois de cellules Hanjiang": at
  // most three words between the reference and the name, and none of them a word
  // like "et" ("la coentreprise et Qingyu" does not introduce Qingyu).
  bool Introduces(Span reference, Span name, const std::string& reference_type) const {
    if (name.begin < reference.end) return true;
    // "The government of Oman" names the country it governs, not itself;
    // "son concurrent Bréhat Rail" names a company, which stays one.
    if (reference_type == "institution" || reference_type == "other") return false;
    std::string_view between = text_.substr(reference.end, name.begin - reference.end);
    // "Le projet, baptisé Selat Data Campus": a naming word bridges a comma.
    if (between.starts_with(", ") && between.size() <= 32 &&
        lang_.Lookup("name_words", FoldCase(between.substr(2, between.find_last_not_of(' ') - 1))) == "naming")
      return true;
    if (between.size() > 32 || between.find_first_of(",.;:!?") != std::string_view::npos) return false;
    // Chinese has no spaces to count words by: "合資公司命名為Skarvik H2"
    // introduces within a few characters, and never across "，" or "。".
    if (lang_.script == "Hani") return between.size() <= 12 && between.find("\xEF\xBC\x8C") == std::string_view::npos &&
                    between.find("\xE3\x80\x82") == std::string_view::npos;
    size_t words = 0;
    for (size_t i = 0; i < between.size();) {
      size_t j = between.find(' ', i);
      if (j == std::string_view::npos) j = between.size();
      if (j > i) {
        ++words;
        // "Das Projekt nahe der Hafenstadt Sur": a place is no name of it.
        auto role = lang_.Lookup("name_words", FoldCase(between.substr(i, j - i)));
        if (role == "stop" || role == "place") return false;
      }
      i = j + 1;
    }
    return words <= 3;
  }

  void AddName(const ProperName& n) {
    auto [known, added] = index_.try_emplace(n.id, named_here_.size());
    size_t k = known->second;
    if (added) named_here_.push_back({n.id, ""});
    // A name keeps the type it was introduced with: "Calanque détiendra
    // 40 % du consortium, Straits Fibre 36 %" does not make the company
    // named before a consortium. A type word of its own says more than
    // one around it: "group wins Pasig …" is about "the Pasig Line".
    NamedHere& named = named_here_[k];
    if (named.type.empty() || (n.typed_by_name && !named.typed_by_name && !n.type.empty())) {
      named.type = n.type;
      named.typed_by_name = n.typed_by_name;
    }
    int entity = static_cast<int>(rules_.entities.size() + k);
    NoteDescription(n.span, entity);
    const std::string& type = named_here_[k].type;
    // A name nothing types acts as a company ("The company expects ...").
    Remember(type.empty() ? "company" : type, entity);
    NoteFirstCompany(type, entity);
    if (type.empty() && n.investee) last_untyped_ = entity;
    out_.push_back({n.span, entity, type.empty() ? "company" : type, true});
    last_named_ = out_.back();
  }

  void AddMention(const EntityMention& m) {
    if (m.entity >= 0) {
      NoteDescription(m.span, m.entity);
      const std::string& type = rules_.entities[m.entity].type;
      Remember(type, m.entity);
      NoteFirstCompany(type, m.entity);
      out_.push_back({m.span, m.entity, type});
      last_named_ = out_.back();
    } else if (auto place = m.reference_type == "institution" ? GovernmentPlace(m.span) : std::nullopt) {
      AddGovernment(m.span, *place);
    } else if (m.reference_type == "holders" || m.reference_type == "other" || m.reference_type == "institution") {
      // "der Staat", "the government", "政府" give money without a name the
      // story introduces; they stand for no earlier entity.
      out_.push_back({m.span, -1, m.reference_type});
    } else if (m.reference_type == "latest") {
      // "Cette dernière", "the latter", "後者": whatever was named last.
      if (last_named_) out_.push_back({m.span, last_named_->entity, last_named_->type, false, true});
    } else if (m.reference_type == "issuer") {
      // "，公司持股45%" in a company's announcement: the company the story
      // names first, whoever was named since.
      if (first_company_) out_.push_back({m.span, first_company_->entity, "company", false, true});
    } else if (auto described = LastDescribedAs(m)) {
      out_.push_back({m.span, described->entity, described->type, false, true});
    } else if (auto last = LastReferredTo(m.reference_type == "facility" ? "project" : m.reference_type)) {
      out_.push_back({m.span, last->entity, last->type, false, true});
    } else if (m.reference_type == "facility") {
      // "das Werk", "the plant", "l'usine" with no project named before: the
      // plant the story is about, not whatever name money went to last
      // ("… in Oman. The plant …" does not make Oman a project).
      unresolved_projects_.push_back(m.span);
    } else if (last_untyped_ >= 0 && named_here_[last_untyped_ - rules_.entities.size()].type.empty()) {
      named_here_[last_untyped_ - rules_.entities.size()].type = m.reference_type;
      Remember(m.reference_type, last_untyped_);
      out_.push_back({m.span, last_untyped_, m.reference_type, false, true});
      last_untyped_ = -1;
    } else if (IsProject(m.reference_type)) {
      unresolved_projects_.push_back(m.span);
    }
  }

  struct Named {
    int entity;
    std::string type;
    size_t order;  // later names have higher numbers
  };

  // "der finnische Staat", "l'État finlandais", "la Ville de Genève",
  // "日內瓦市政府": the place (rules: places) whose government a reference
  // is, the same id in every language ("finland", "geneva"), or nullopt.
  std::optional<std::string> GovernmentPlace(Span reference) const {
    const Table* places = lang_.FindTable("places");
    if (!places) return std::nullopt;
    auto place = [&](size_t begin, size_t end) -> std::optional<std::string> {
      if (begin >= end) return std::nullopt;
      auto id = places->Find(FoldCase(text_.substr(begin, end - begin)));
      return id ? std::optional<std::string>(*id) : std::nullopt;
    };
    if (lang_.script == "Hani") {
      // The place right before it: "芬兰" in "芬兰政府", "日內瓦" in "日內瓦市政府".
      constexpr int kPlaceChars = 6;
      size_t begin = reference.begin;
      for (int k = 0; k < kPlaceChars && begin > 0; ++k) {
        do --begin;
        while (begin > 0 && (static_cast<unsigned char>(text_[begin]) & 0xC0) == 0x80);
        if (auto id = place(begin, reference.begin)) return id;
      }
      return std::nullopt;
    }
    // The word before ("finnische Staat"), the word after ("État
    // finlandais", "Stadt Genf"), or the one after a short joining word
    // ("Ville de Genève", "City of Geneva").
    // One word may stand between: "the German federal government",
    // "l'État fédéral allemand", "der Stadt Genf".
    size_t end = reference.begin;
    for (int word = 0; word < 2; ++word) {
      while (end > 0 && text_[end - 1] == ' ') --end;
      size_t begin = end;
      while (begin > 0 && IsWordByte(text_[begin - 1])) --begin;
      if (begin == end) break;
      if (auto id = place(begin, end)) return id;
      end = begin;
    }
    // After it, one short joining word ("Ville de Genève", "City of
    // Geneva") or one adjective before an adjective of the place ("l'État
    // fédéral allemand"), but no verb before a country ("the government
    // said Germany").
    constexpr size_t kJoiningWord = 3;  // bytes: "of", "de", "von"
    size_t from = reference.end;
    bool skipped_adjective = false;
    for (int word = 0; word < 2; ++word) {
      while (from < text_.size() && text_[from] == ' ') ++from;
      size_t to = from;
      while (to < text_.size() && (IsWordByte(text_[to]) || text_[to] == '-')) ++to;
      if (to == from) break;
      bool lower = text_[from] >= 'a' && text_[from] <= 'z';
      if (auto id = place(from, to); id && (!skipped_adjective || lower)) return id;
      if (to - from > kJoiningWord && !lower) break;
      skipped_adjective = to - from > kJoiningWord;
      from = to;
    }
    return std::nullopt;
  }

  // A government as a party of its own: a name the story writes, typed as
  // an institution.
  void AddGovernment(Span span, const std::string& place) {
    auto [known, added] = index_.try_emplace(place, named_here_.size());
    if (added) named_here_.push_back({place, "institution", false, true});
    int entity = static_cast<int>(rules_.entities.size() + known->second);
    out_.push_back({span, entity, "institution"});
  }

  // The words that describe a name right before it in its clause ("der
  // Fernleitungsnetzbetreiber", "German gas grid operator"), folded.
  void NoteDescription(Span name, int entity) {
    constexpr size_t kReach = 48;  // bytes: a few describing words
    // (Not past the name before: "der Netzbetreiber X und der Versorger Y".)
    size_t from = std::max(name.begin > kReach ? name.begin - kReach : 0, std::min(described_until_, name.begin));
    described_until_ = name.end;
    std::string_view before = text_.substr(from, name.begin - from);
    size_t stop = before.find_last_of(".,;:()\n");
    if (stop != std::string_view::npos) before.remove_prefix(stop + 1);
    descriptions_.push_back({entity, FoldCase(before)});
  }

  // "der Netzbetreiber", "the carmaker": the company the story last
  // described by that trade ("der Fernleitungsnetzbetreiber Vellmar Netz
  // und der Versorger Suvanto" … "Der Netzbetreiber investiert"), rather
  // than the one named last. A type word ("der Konzern", "the company")
  // is a trade only where a compound on it described a name ("der
  // Spezialchemiekonzern Haldrup" … "mit Ganli will der Konzern"); "oil
  // company Rosneft" names too many to tell "the company" apart.
  std::optional<Named> LastDescribedAs(const EntityMention& m) const {
    constexpr size_t kShortestTrade = 5;
    if (m.reference_type != "company") return std::nullopt;
    std::string reference = FoldCase(text_.substr(m.span.begin, m.span.size()));
    std::string head = reference.substr(reference.find_last_of(' ') + 1);
    if (head.size() < kShortestTrade) return std::nullopt;
    bool compound_only = lang_.Lookup("name_words", head).has_value();
    // (The names of the last few paragraphs: a document of a million
    // references would otherwise read every name for each.)
    constexpr long kLookBack = 64;
    auto stop = descriptions_.rbegin() + std::min<long>(kLookBack, static_cast<long>(descriptions_.size()));
    for (auto it = descriptions_.rbegin(); it != stop; ++it) {
      if (!DescribesAs(it->second, head, compound_only)) continue;
      const std::string& type = it->first < static_cast<int>(rules_.entities.size())
                                    ? rules_.entities[it->first].type
                                    : named_here_[it->first - rules_.entities.size()].type;
      return Named{it->first, type.empty() ? "company" : type, 0};
    }
    return std::nullopt;
  }

  // Whether a word of the description ends in the trade: "netzbetreiber" in
  // "der fernleitungsnetzbetreiber"; with compound_only, not the trade as a
  // word of its own.
  static bool DescribesAs(std::string_view description, std::string_view trade, bool compound_only) {
    for (size_t at = description.find(trade); at != std::string_view::npos; at = description.find(trade, at + 1)) {
      size_t end = at + trade.size();
      bool ends_word = end == description.size() || !IsWordByte(description[end]);
      bool starts_word = at == 0 || !IsWordByte(description[at - 1]);
      if (ends_word && !(compound_only && starts_word)) return true;
    }
    return false;
  }

  void Remember(const std::string& type, int entity) { last_of_type_[type] = {entity, type, ++names_seen_}; }

  // The first company the story names as one: listed, or typed by its own
  // words ("海韵新能源", "Brandauer AG"), not a name nothing types ("滑铁卢").
  void NoteFirstCompany(const std::string& type, int entity) {
    if (type == "company" && !first_company_) first_company_ = Named{entity, type, names_seen_};
  }

  // A joint venture is a company ("該公司" right after "合資公司Frostline")
  // and a project ("the venture"): a reference takes the latest of the
  // types it may stand for.
  std::optional<Named> LastReferredTo(const std::string& reference_type) const {
    std::vector<std::string> types = {reference_type};
    if (reference_type == "company" || reference_type == "project") types.push_back("venture");
    if (reference_type == "venture") types.push_back("project");
    std::optional<Named> latest;
    for (const auto& type : types) {
      auto it = last_of_type_.find(type);
      if (it != last_of_type_.end() && (!latest || it->second.order > latest->order)) latest = it->second;
    }
    return latest;
  }

  std::vector<std::pair<int, std::string>> descriptions_;  // entity, its describing words, in text order
  size_t described_until_ = 0;  // the end of the last name described
  std::optional<Named> first_company_;  // for `issuer` references
  std::string_view text_;
  const LanguageRules& lang_;
  const RuleSet& rules_;
  std::vector<NamedHere>& named_here_;
  size_t names_seen_ = 0;
  std::vector<Resolved> out_;
  std::map<std::string, Named> last_of_type_;
  int last_untyped_ = -1;
  std::optional<Resolved> last_named_;
  std::vector<Span> unresolved_projects_;
  std::unordered_map<std::string, size_t> index_;  // id -> index into named_here_
};

// A text stored once in the Attributor's pool: read and compared like a
// string_view, in half its size.
class InternedText {
 public:
  explicit InternedText(const std::string& stored) : text_(&stored) {}
  operator std::string_view() const { return *text_; }
  bool empty() const { return text_->empty(); }
  bool operator==(std::string_view other) const { return *text_ == other; }

 private:
  const std::string* text_;
};

// What later figures read of an earlier figure's attribution. The rest
// (holders, qualifiers, horizon, ...) only the next figure reads, so it is
// passed on as soon as the figure is done rather than held for all figures.
// A document has few distinct units, attributes and subjects, but may have
// a million figures: 40 bytes each.
struct Recalled {
  bool keep = true;
  int converts = -1;
  InternedText unit;  // stated or inferred
  InternedText attribute, subject, subject_source;
};

// The folded month names of a language: "dem 8. Oktober" goes on after "8.".
std::vector<std::string> MonthNames(const LanguageRules& lang) {
  std::vector<std::string> names;
  if (const Table* months = lang.FindTable("months")) {
    for (const auto& [name, month] : months->entries) names.push_back(name);
  }
  return names;
}

class Attributor {
 public:
  Attributor(std::string_view text, const std::vector<Mention>& mentions, const std::vector<Figure>& figures,
             const LanguageRules& lang, const RuleSet& rules, const std::string& lang_code)
      : text_(text),
        mentions_(mentions),
        figures_(figures),
        lang_(lang),
        rules_(rules),
        sentences_(lang_code, MonthNames(lang)) {}

  void Run(const AttributionSink& sink);

 private:
  void FindEntities(size_t end);
  // Reads cues, subject and holders of money or percent figure i.
  void Attribute(size_t i, Attribution& a, const Attribution& previous);
  void FindSentences();
  void InferUnit(size_t i, Attribution& a, const std::vector<Recalled>& done);
  std::string ListingUnit(size_t i, const std::vector<Recalled>& done) const;
  void ReadCues(size_t i, Attribution& a);
  std::string WithoutHorizons(Span w) const;
  bool CueFits(const Cue& cue, std::string_view folded_window, size_t figure_pos) const;
  int InheritAttribute(size_t i, Attribution& a, const std::vector<Recalled>& done) const;
  int ChangeBefore(size_t i, const std::vector<Recalled>& done) const;
  bool SentenceSubjectBefore(size_t i, const std::vector<Recalled>& done, Attribution& a) const;
  void ContinueSubject(size_t i, Attribution& a, const std::vector<Recalled>& done) const;
  void ReadHorizon(size_t i, Attribution& a);
  void ReadPeriod(size_t i, Attribution& a) const;
  std::string YearNear(size_t i, Span within) const;
  bool BoundsSpan(const Figure& date) const;
  void FindSubject(size_t i, Attribution& a, const std::vector<Recalled>& done);
  void FindHolders(size_t i, Attribution& a, const Attribution& previous);
  size_t PartnerCount(Span reference) const;
  bool OnlyAVerbBetween(size_t j, size_t i) const;
  std::vector<std::string> LastActors(Span reference, size_t n, const std::string& subject) const;
  bool LinkConversion(size_t i, Attribution& a, const Attribution& previous);
  std::vector<std::string> ConversionQualifiers(size_t i, const Attribution& from);
  bool OnlyParenthesisBetween(size_t begin, size_t end) const;
  void InferTotal(size_t i, Attribution& a) const;

  std::optional<std::pair<size_t, std::string>> InvesteeMarkerAfter(size_t i) const;
  size_t MarkerSearchStart(const std::string& after) const;
  bool ShareOfSomethingUnnamed(size_t i) const;
  int InvesteeAfter(size_t i, bool* marks_stake = nullptr) const;
  bool WithinInvesteeReach(size_t from, const Resolved& e) const;
  bool JoinerBetween(size_t begin, size_t end) const;
  bool PossessiveAt(size_t end) const;
  bool UnnamedInvesteeAfter(size_t i, bool* marks_stake) const;
  int VentureRightAfter(size_t i, bool* marks_stake) const;
  int InvesteeBefore(size_t i) const;
  int PurchasedAfter(size_t i) const;
  int StoryPurchase() const;
  bool PurchaseJustBefore(size_t i) const;
  bool TakenOfACompany(size_t i, int investee) const;
  bool TakingVerbBefore(size_t i) const;
  bool SoldShare(size_t i) const;
  bool AfterBeforeMarker(const Resolved& e) const;
  bool AgentOfAnAside(const Resolved& e) const;
  bool AfterPurchaseWord(std::string_view folded_before) const;
  bool AfterSaleWord(std::string_view folded_before) const;
  bool PriceOfStakeBefore(size_t i, const std::vector<Recalled>& done) const;
  bool EndsWithPriceWord(Span span) const;
  int StakeBoughtWith(size_t i) const;
  std::optional<size_t> ShareOfBefore(size_t i) const;
  bool OtherProjectBefore(size_t i) const;
  bool OtherProjectAfter(size_t i) const;
  bool UnresolvedReferenceBefore(size_t i) const;
  int ActorAfter(size_t i) const;
  std::vector<int> ActorsAfter(size_t i) const;
  bool OpensClause(size_t i) const;
  int HolderAfter(size_t i) const;
  bool GrantedBy(size_t i, int actor, const Attribution& a) const;
  bool StateActsOn(size_t i) const;
  bool GivenByTheState(size_t i, const Attribution& a) const;
  bool SubjectOfGrant(size_t i, Attribution& a, const std::vector<Recalled>& done) const;
  bool FirstMoneySubject(size_t i, Attribution& a, const std::vector<Recalled>& done) const;
  bool NamedBefore(int entity, size_t pos) const;
  bool ActorBetween(size_t begin, size_t end) const;
  size_t NamePhraseBegin(size_t k) const;
  bool IsNameTail(std::string_view gap) const;
  bool EndsWithTypeWord(std::string_view text) const;
  bool ShareOfUnnamed(size_t i) const;
  bool ShareMarkedAfter(size_t i) const;
  int AcquiredBefore(size_t i, size_t from) const;
  bool SubjectFromContext(size_t i, bool guessed, Attribution& a, const std::vector<Recalled>& done) const;
  bool ProjectOnlyReferredToAfter(size_t i, Span within) const;
  int NearestOfType(Span within, Span figure, bool (*accept)(const std::string&), bool guessed) const;
  int DocumentProject() const;
  std::string UnnamedProject();
  std::vector<std::string> JointlyNamedActors() const;
  bool OpensWithWith(Span name, const Table& joiners) const;
  bool FrontedPartners(const Resolved& with, const Resolved& e, const Table& joiners) const;
  bool AboutTheUnnamedProject(size_t i, const Attribution& a) const;
  bool SetUnnamedProject(Attribution& a) const;
  bool IsPartner(int entity) const;
  int RecentProject(size_t i, bool guessed) const;
  std::vector<int> ActorsBefore(size_t i, bool guessed) const;
  bool ActorNamedBefore(size_t i, int except = -1) const;
  std::vector<int> ActorsIn(Span within, bool guessed) const;
  bool PartnersBefore(size_t i) const;
  Span LeadWindow(size_t i) const;
  bool Heuristic(int entity) const { return entity >= static_cast<int>(rules_.entities.size()); }
  // Sets a's subject to entity (false when there is none): a guessed name
  // is always "heuristic", a listed one says how it was found (source).
  // (A government named by its place, "the French government", holds and
  // gives money; what it buys or funds is what the figure is about.)
  bool SetSubject(Attribution& a, int entity, const char* source) const {
    if (entity < 0 || IsGovernment(entity)) return false;
    a.subject = EntityId(entity);
    a.subject_source = Heuristic(entity) ? "heuristic" : source;
    return true;
  }
  const NamedHere& Named(int entity) const { return named_here_[entity - rules_.entities.size()]; }
  bool IsGovernment(int entity) const { return Heuristic(entity) && Named(entity).government; }
  std::string EntityId(int entity) const {
    if (entity < 0) return "";
    return Heuristic(entity) ? Named(entity).id : rules_.entities[entity].id;
  }
  std::string SubjectType(const std::string& id) const;
  // text as stored once in interned_, valid as long as this Attributor.
  InternedText Intern(const std::string& text) { return InternedText(*interned_.insert(text).first); }
  // The text around figure i bounded by its clause and neighbouring figures.
  Span CueWindow(size_t i) const;
  // The entity mentions that lie inside within, in text order. They do not
  // overlap (FindProperNames drops names inside listed ones or each other,
  // and a reference that overlaps a name introduces it and is left out), so
  // both their starts and their ends grow: bisection finds the range, and a
  // figure costs the same however many entities the document names.
  std::span<const Resolved> EntitiesIn(Span within) const {
    auto first = std::partition_point(entities_.begin(), entities_.end(),
                                      [&](const Resolved& e) { return e.span.begin < within.begin; });
    auto last = std::partition_point(first, entities_.end(), [&](const Resolved& e) { return e.span.end <= within.end; });
    return {first, last};
  }
  // Mentions do not overlap and are in text order, so their ends grow too:
  // the first one that ends after pos, found by bisection.
  std::vector<Mention>::const_iterator FirstMentionEndingAfter(size_t pos) const {
    return std::partition_point(mentions_.begin(), mentions_.end(), [pos](const Mention& m) { return m.span.end <= pos; });
  }

  std::string_view text_;
  const std::vector<Mention>& mentions_;
  const std::vector<Figure>& figures_;
  const LanguageRules& lang_;
  const RuleSet& rules_;
  SentenceFinder sentences_;
  std::vector<Span> sentence_of_;
  std::vector<Span> clause_of_;
  std::vector<Resolved> entities_;
  std::vector<NamedHere> named_here_;
  std::unordered_map<std::string, std::string> named_type_;  // heuristic id -> type
  int last_stake_ = -1;  // the last figure that is a stake with a subject
  // By figure: where the phrase naming the company whose shares a
  // percentage measures begins (ShareOfBefore), or npos.
  std::vector<size_t> share_phrase_begin_;
  std::vector<Recalled> done_;  // by figure, for the figures attributed so far
  std::unordered_set<std::string> interned_;  // what done_ views; a node set, so views stay valid
  int document_project_ = -1;  // the project the document names most, or -1
  int story_purchase_ = -1;     // the company the story says is bought, or -1
  std::string unnamed_project_;  // the project the story refers to but never names, or ""
  std::vector<std::string> partners_;  // who is behind it: two partners, or one company
  std::vector<Span> unresolved_projects_;  // project references that found no project
};

void Attributor::FindSentences() {
  sentence_of_.reserve(figures_.size());
  clause_of_.reserve(figures_.size());
  for (const auto& f : figures_) {
    Span s = sentences_.SentenceAt(text_, f.span);
    sentence_of_.push_back(s);
    clause_of_.push_back(ClauseAround(text_, s, f.span));
  }
}

// "A first phase, budgeted at €18 billion, would link ...": a clause set
// off by commas describes the noun phrase that opens the sentence, so that
// phrase's words ("first phase") qualify the figure too.
Span WithOpeningPhrase(std::string_view text, Span sentence, Span clause) {
  bool inserted = clause.begin > sentence.begin && clause.end < sentence.end && text[clause.end] == ',' &&
                  ClauseBreakEndsAt(text, clause.begin);
  if (!inserted) return clause;
  Span opening = ClauseAround(text, sentence, {sentence.begin, sentence.begin});
  bool follows_opening = opening.end < clause.begin && ClauseBreakAt(text, opening.end) == clause.begin - opening.end;
  return follows_opening ? Span{sentence.begin, clause.end} : clause;
}

// "La première phase, longue de 12 kilomètres, représente un investissement
// de 1,9 milliard": the noun phrase that opens the sentence, when one clause
// set off by commas stands between it and the figure's clause, or an empty
// span. (Only what it says of a phase counts: its other words, "Unilever,
// which owns brands, said profit fell 36%", are no cue of the figure.)
Span OpeningNounPhrase(std::string_view text, Span sentence, Span clause) {
  constexpr long kOpeningWords = 4;  // a noun phrase, not a clause of its own
  if (clause.begin <= sentence.begin || !ClauseBreakEndsAt(text, clause.begin)) return {};
  Span opening = ClauseAround(text, sentence, {sentence.begin, sentence.begin});
  if (opening.end >= clause.begin || text[opening.end] != ',') return {};
  Span middle = ClauseAround(text, sentence, {opening.end + 1, opening.end + 1});
  bool goes_on = middle.end < clause.begin && text[middle.end] == ',' && middle.end + 1 == clause.begin;
  bool short_phrase = std::count(text.begin() + static_cast<long>(opening.begin),
                                 text.begin() + static_cast<long>(opening.end), ' ') < kOpeningWords;
  return goes_on && short_phrase ? opening : Span{};
}

Span Attributor::CueWindow(size_t i) const {
  Span w = WithOpeningPhrase(text_, sentence_of_[i], clause_of_[i]);
  if (i > 0 && figures_[i - 1].span.end > w.begin && figures_[i - 1].span.end <= figures_[i].span.begin)
    w.begin = figures_[i - 1].span.end;
  // A conversion in parentheses right after the figure shares its cues:
  // "1200亿日元（约57.7亿元人民币）的补贴".
  size_t next = i + 1;
  if (next < figures_.size() && OnlyParenthesisBetween(figures_[i].span.end, figures_[next].span.begin)) ++next;
  if (next < figures_.size() && figures_[next].span.begin < w.end && figures_[next].span.begin >= figures_[i].span.end)
    w.end = figures_[next].span.begin;
  return w;
}

void Attributor::InferUnit(size_t i, Attribution& a, const std::vector<Recalled>& done) {
  const Figure& f = figures_[i];
  if (f.kind != FigureKind::kMoney || !f.unit.empty()) return;
  std::map<std::string, int> stated;
  for (const auto& g : figures_) {
    if (g.kind != FigureKind::kMoney || g.unit.empty()) continue;
    ++stated[g.unit];
    if (g.value && f.value && *g.value == *f.value) {
      a.unit_override = g.unit;
      a.unit_evidence = "inferred: the document states '" + std::string(text_.substr(g.span.begin, g.span.size())) +
                        "' for the same amount";
      return;
    }
  }
  if (std::string unit = ListingUnit(i, done); !unit.empty()) {
    a.unit_override = unit;
    a.unit_evidence = "inferred: the listing it continues is in " + unit;
    return;
  }
  Span clause = clause_of_[i];
  if (FindCues(text_.substr(clause.begin, clause.size()), lang_, "money_cues").empty()) {
    a.keep = false;
    return;
  }
  auto top = std::max_element(stated.begin(), stated.end(),
                              [](const auto& x, const auto& y) { return x.second < y.second; });
  a.unit_override = top == stated.end() ? "" : top->first;
  a.unit_evidence = top == stated.end() ? "no currency stated; a money cue stands beside it"
                                        : "inferred: the document's currency, and a money cue stands beside it";
}

// "Calanque apporte 500 millions de dollars, Straits Fibre 450 millions et
// Golfe Infra 300 millions": a listing names its currency once. A bare
// amount continues one when the money figure before it in the sentence has
// a currency and nothing but a clause mark or "et" follows it ("3 millions
// de clients" is a count). The listing's currency, or "".
std::string Attributor::ListingUnit(size_t i, const std::vector<Recalled>& done) const {
  if (i == 0 || sentence_of_[i - 1] != sentence_of_[i]) return "";
  // Past figures in parentheses to the one they convert: "1,546 trillion
  // rials ($175.6bn; £93.6bn) from 1,070 trillion" lists rials.
  size_t j = i - 1;
  auto in_parentheses = [&](size_t k) {
    return text_.substr(figures_[k].span.end, figures_[i].span.begin - figures_[k].span.end).find(')') !=
           std::string_view::npos;
  };
  while (j > 0 && sentence_of_[j - 1] == sentence_of_[i] && in_parentheses(j)) --j;
  const Figure& prev = figures_[j];
  if (prev.kind != FigureKind::kMoney || !done[j].keep) return "";
  std::string unit(done[j].unit);
  size_t at = figures_[i].span.end;
  while (at < text_.size() && text_[at] == ' ') ++at;
  if (at >= sentence_of_[i].end || std::string_view(",.;:)").find(text_[at]) != std::string_view::npos) return unit;
  size_t word_end = at;
  while (word_end < text_.size() && IsWordByte(text_[word_end])) ++word_end;
  return lang_.Lookup("number_connectors", FoldCase(text_.substr(at, word_end - at))) ? unit : "";
}

// The text of w with horizon phrases blanked out: the "over" of "over the
// next four years" names a period, not a lower bound.
std::string Attributor::WithoutHorizons(Span w) const {
  std::string out(text_.substr(w.begin, w.size()));
  for (auto it = FirstMentionEndingAfter(w.begin); it != mentions_.end() && it->span.begin < w.end; ++it) {
    const Mention& m = *it;
    if (m.rule->kind != FigureKind::kHorizon) continue;
    size_t begin = std::max(m.span.begin, w.begin), end = std::min(m.span.end, w.end);
    std::fill(out.begin() + (begin - w.begin), out.begin() + (end - w.begin), ' ');
  }
  return out;
}

// "près de", "rund", "more than", "bis zu" bound the number they stand next
// to: "une usine de batteries près de Magdebourg" is no estimate. figure is
// where the figure stands in the folded cue window.
bool BoundsAnotherNumber(std::string_view folded, const Cue& cue, Span figure, bool han) {
  if (!IsBoundQualifier(cue.value)) return false;
  auto words_between = [&](size_t begin, size_t end) {
    return std::any_of(folded.begin() + static_cast<long>(begin), folded.begin() + static_cast<long>(end), IsWordByte);
  };
  if (cue.pos >= figure.end) {
    // "45亿欧元（约合人民币351亿元）": the conversion's own estimate.
    std::string_view after = folded.substr(figure.end, cue.pos - figure.end);
    if (after.find('(') != std::string_view::npos || after.find("\uFF08") != std::string_view::npos) return true;
  }
  // Chinese puts words and units between: "大约是1000欧元", "2.5万元每平米以上".
  if (han) return false;
  if (cue.end <= figure.begin) return words_between(cue.end, figure.begin);
  // After the number only right after it: "4 milliards environ".
  return cue.pos < figure.end || folded.find_first_not_of(' ', figure.end) < cue.pos;
}

// Han text has no word boundaries, so a one-character cue (超, 近, 约, 逾)
// is also part of many words (超级, 最近, 纽约): it qualifies a figure only
// where it stands directly before it ("超500亿美元").
bool Attributor::CueFits(const Cue& cue, std::string_view folded_window, size_t figure_pos) const {
  if (lang_.script != "Hani" || cue.end - cue.pos > 4 || static_cast<unsigned char>(folded_window[cue.pos]) < 0x80)
    return true;
  if (cue.end > figure_pos) return false;
  return folded_window.substr(cue.end, figure_pos - cue.end).find_first_not_of(' ') == std::string_view::npos;
}

void Attributor::ReadCues(size_t i, Attribution& a) {
  Span w = CueWindow(i);
  std::string_view window = text_.substr(w.begin, w.size());
  std::string plain = WithoutHorizons(w);
  std::string folded = FoldCase(plain);
  size_t figure_at = FoldCase(std::string_view(plain).substr(0, figures_[i].span.begin - w.begin)).size();
  std::vector<Cue> cues = FindFoldedCues(folded, lang_, "qualifiers");
  // "ein Darlehen über 1,5 Milliarden": a phrase the rules mark `none` uses a
  // cue word in another sense, and no cue inside it counts.
  auto masked = [&](const Cue& c) {
    return std::any_of(cues.begin(), cues.end(), [&](const Cue& n) {
      return n.value == "none" && &n != &c && n.pos <= c.pos && c.end <= n.end;
    });
  };
  // A cue between the figure and a neighbour that bounds the window: one
  // right next to a figure (no word between) is that figure's ("NT$15
  // billion a year"); one next to neither opens the phrase of the figure
  // after it ("$17.7m and total takings of $137m", "NT$15 billion a year
  // over eight years for a total of NT$120 billion").
  size_t figure_end_at = FoldCase(std::string_view(plain).substr(0, figures_[i].span.end - w.begin)).size();
  bool figure_at_start = i > 0 && figures_[i - 1].span.end == w.begin;
  // (CueWindow ends at the next figure, or at the one after a conversion.)
  bool figure_at_end = false;
  for (size_t k = i + 1; k < figures_.size() && k <= i + 2; ++k) figure_at_end |= figures_[k].span.begin == w.end;
  auto no_word = [&](size_t begin, size_t end) {
    return std::none_of(folded.begin() + static_cast<long>(begin), folded.begin() + static_cast<long>(end),
                        [](char ch) { return IsWordByte(ch); });
  };
  auto belongs_to_neighbour = [&](const Cue& c) {
    if (c.end <= figure_at) return figure_at_start && no_word(0, c.pos) && !no_word(c.end, figure_at);
    if (c.pos >= figure_end_at) return figure_at_end && !no_word(figure_end_at, c.pos);
    return false;
  };
  for (const auto& cue : cues) {
    if (cue.value == "none" || masked(cue) || !CueFits(cue, folded, figure_at) || belongs_to_neighbour(cue) ||
        BoundsAnotherNumber(folded, cue, {figure_at, figure_end_at}, lang_.script == "Hani"))
      continue;
    if (std::find(a.qualifiers.begin(), a.qualifiers.end(), cue.value) == a.qualifiers.end())
      a.qualifiers.push_back(cue.value);
  }
  Span opening = OpeningNounPhrase(text_, sentence_of_[i], clause_of_[i]);
  for (const Cue& cue : FindCues(text_.substr(opening.begin, opening.size()), lang_, "qualifiers")) {
    bool added = std::find(a.qualifiers.begin(), a.qualifiers.end(), cue.value) != a.qualifiers.end();
    if (cue.value == "initial" && !added) a.qualifiers.push_back(cue.value);
  }
  std::sort(a.qualifiers.begin(), a.qualifiers.end());
  auto attributes = FindCues(window, lang_, "attributes");
  // An amount of money is no stake: in "trägt 500 Millionen Dollar bei und
  // hält 40 Prozent" the stake cue belongs to the percentage. A percentage
  // is no amount of money: "Féerval 30 per cent and an investment platform".
  static const std::set<std::string> kMoneyOnly = {"investment", "contribution", "funding", "subsidy",
                                                   "price",      "cost",         "spending"};
  if (figures_[i].kind == FigureKind::kMoney)
    std::erase_if(attributes, [](const Cue& c) { return c.value == "stake"; });
  else
    std::erase_if(attributes, [](const Cue& c) { return kMoneyOnly.count(c.value) > 0; });
  // A purchase is the price of what is bought, and a percentage bought is
  // a stake: "will buy 40% of Skylace", "bought an 85% share". A purchase
  // further from a percentage says nothing of it ("shares jumped 15% on
  // speculation that it will be bought").
  // Cue positions are in the folded window, where the figure starts here:
  size_t figure_pos = FoldCase(text_.substr(w.begin, figures_[i].span.begin - w.begin)).size();
  std::string folded_window = FoldCase(window);
  for (auto& c : attributes) {
    if (c.value != "purchase") continue;
    bool percent = figures_[i].kind == FigureKind::kPercent;
    c.value = !percent ? "price" : BoughtShare(folded_window, c, figure_pos) ? "stake" : "";
  }
  std::erase_if(attributes, [](const Cue& c) { return c.value.empty(); });
  if (figures_[i].kind == FigureKind::kPercent) {
    for (const auto& c : attributes) {
      if (c.value == "stake") a.attribute = "stake";
    }
  }
  if (a.attribute.empty() && !attributes.empty()) {
    // The cue nearest to the figure, before its start or after its end:
    // "apporteront 480 millions d'euros de subventions" is a subsidy. A cue
    // after a clause break counts only where none stands before the figure
    // ("Gewinn … stieg auf 771,2 Mio. Euro – ein … Wachstum wie beim Umsatz").
    size_t figure_end = figure_pos + FoldCase(text_.substr(figures_[i].span.begin, figures_[i].span.size())).size();
    constexpr size_t kBeyondClause = 1 << 20;
    auto distance = [&](const Cue& c) {
      if (c.pos < figure_end) return figure_pos - std::min(c.end, figure_pos);
      std::string_view between = std::string_view(folded_window).substr(figure_end, c.pos - figure_end);
      bool other_clause = between.find_first_of(",;:") != std::string_view::npos ||
                          between.find(" - ") != std::string_view::npos || between.find("\u2013") != std::string_view::npos ||
                          between.find("\u2014") != std::string_view::npos;
      return c.pos - figure_end + (other_clause ? kBeyondClause : 0);
    };
    const Cue* best = &attributes.front();
    for (const auto& c : attributes) {
      if (distance(c) < distance(*best)) best = &c;
    }
    a.attribute = best->value;
    // Money given that the clause also calls a subsidy is one: "apporteront
    // 480 millions d'euros de subventions".
    bool subsidy = std::any_of(attributes.begin(), attributes.end(), [](const Cue& c) { return c.value == "subsidy"; });
    if (subsidy && (a.attribute == "contribution" || a.attribute == "funding")) a.attribute = "subsidy";
  }
}

// A listing names what it measures, and of what, once: "Nordwind will hold
// a 40% stake in Baltic Crown, while Helion takes 45%"; "A invests 10
// billion in X, B 15 billion". A figure without a cue of its own measures
// what the figure of its kind before it in the sentence measures (for
// percentages only a stake: "revenue rose 12 %, the shares 3 %" lists no
// stakes). Returns the index of that figure, or -1.
int Attributor::InheritAttribute(size_t i, Attribution& a, const std::vector<Recalled>& done) const {
  if (!a.attribute.empty()) return -1;
  if (int change = ChangeBefore(i, done); change >= 0) {
    a.attribute = done[change].attribute;
    return change;
  }
  for (size_t j = i; j-- > 0 && sentence_of_[j] == sentence_of_[i];) {
    // "持有越南子公司70%股權，去年合併營收新台幣865億元，年增14%": past a
    // figure of another kind that measures something of its own, only an
    // item that names its actor continues the listing ("SAM détiendra 20 %
    // … apportera 320 millions de dollars, aux côtés de Marlowe (45 %)").
    if (figures_[j].kind != figures_[i].kind && figures_[j].kind != FigureKind::kDate && !done[j].attribute.empty() &&
        !ActorBetween(figures_[j].span.end, figures_[i].span.begin))
      return -1;
    if (figures_[j].kind != figures_[i].kind || done[j].converts >= 0) continue;
    std::string_view inherited = done[j].attribute;
    if (inherited.empty() || (figures_[i].kind != FigureKind::kMoney && inherited != "stake")) return -1;
    a.attribute = inherited;
    return static_cast<int>(j);
  }
  return -1;
}

// "European revenue rose 14% to €38 billion", "Umsatz stieg um 14 Prozent
// auf 38 Milliarden Euro": the amount a change ends at measures what the
// change does. The percentage right before an amount, with at most a short
// word between them, or -1.
int Attributor::ChangeBefore(size_t i, const std::vector<Recalled>& done) const {
  if (i == 0 || figures_[i].kind != FigureKind::kMoney || sentence_of_[i - 1] != sentence_of_[i]) return -1;
  const Figure& change = figures_[i - 1];
  std::string_view measured = done[i - 1].attribute;
  if (change.kind != FigureKind::kPercent || measured.empty() || measured == "stake") return -1;
  if (figures_[i].span.begin < change.span.end || figures_[i].span.begin - change.span.end > 6) return -1;
  std::string_view between = text_.substr(change.span.end, figures_[i].span.begin - change.span.end);
  return between.find_first_of(",;:()") == std::string_view::npos ? static_cast<int>(i - 1) : -1;
}

// "每年將投入250億歐元，4年內累計投資1000億歐元": a money figure whose
// subject nothing names continues the sentence's figure before it.
void Attributor::ContinueSubject(size_t i, Attribution& a, const std::vector<Recalled>& done) const {
  if (figures_[i].kind == FigureKind::kMoney) SentenceSubjectBefore(i, done, a);
}

// "revenue rose to €38 billion in 2024", "2024年营收": the year a figure is
// for, from a date in its clause that is a year. "by 2031", "ab 2025",
// "2040年前" bound a span rather than name a period (rules: date_bounds).
void Attributor::ReadPeriod(size_t i, Attribution& a) const {
  // The figure's clause first; then the sentence ("For 2004 as a whole,
  // eBay earned $778.2m on sales of $3.27bn").
  a.period = YearNear(i, clause_of_[i]);
  if (a.period.empty()) a.period = YearNear(i, sentence_of_[i]);
}

std::string Attributor::YearNear(size_t i, Span within) const {
  std::string year;
  size_t nearest = std::string::npos;
  // Figures come in text order: only those that start within are looked at.
  auto first = std::lower_bound(figures_.begin(), figures_.end(), within.begin,
                                [](const Figure& f, size_t at) { return f.span.begin < at; });
  for (auto it = first; it != figures_.end() && it->span.begin < within.end; ++it) {
    const Figure& d = *it;
    if (d.kind != FigureKind::kDate || d.span.end > within.end) continue;
    // A year ("in 2024", "im vergangenen Jahr"); a day's date is when it was said.
    if (d.date.size() != 4 || (d.date_range && !d.date_range->low.empty()) || BoundsSpan(d)) continue;
    size_t distance = d.span.begin > figures_[i].span.begin ? d.span.begin - figures_[i].span.end
                                                            : figures_[i].span.begin - d.span.end;
    if (distance < nearest) {
      nearest = distance;
      year = d.date;
    }
  }
  return year;
}

// Whether a date bounds a span: a word of the date_bounds table opens it
// ("by 2031", "from 2025") or follows it ("2040年前", "2025年起").
bool Attributor::BoundsSpan(const Figure& date) const {
  const Table* bounds = lang_.FindTable("date_bounds");
  if (!bounds) return false;
  std::string folded = FoldCase(text_.substr(date.span.begin, date.span.size()));
  std::string after = FoldCase(text_.substr(date.span.end, std::min<size_t>(12, text_.size() - date.span.end)));
  return std::any_of(bounds->entries.begin(), bounds->entries.end(), [&](const auto& entry) {
    const std::string& word = entry.first;
    bool opens = folded.starts_with(word) && (folded.size() == word.size() || folded[word.size()] == ' ');
    return opens || (entry.second == "after" && after.starts_with(word));
  });
}

void Attributor::ReadHorizon(size_t i, Attribution& a) {
  const Figure& f = figures_[i];
  Span sentence = sentence_of_[i];
  size_t begin = sentence.begin;
  if (i > 0 && figures_[i - 1].span.end > begin && figures_[i - 1].span.end <= f.span.begin) begin = figures_[i - 1].span.end;
  size_t end = clause_of_[i].end;
  for (auto it = FirstMentionEndingAfter(begin); it != mentions_.end() && it->span.begin < end; ++it) {
    const Mention& m = *it;
    if (m.rule->kind != FigureKind::kHorizon || m.span.begin < begin || m.span.end > end) continue;
    std::string unit = lang_.Lookup("date_units", FoldCase(m.Group(text_, "unit"))).value_or("year");
    auto years = [&](const char* group) -> long {
      auto n = ParseNumber(m.Group(text_, group), lang_);
      if (!n || !n->FitsInt64()) return 0;
      return unit == "month" ? n->ToInt64() / 12 : n->ToInt64();
    };
    long n = years("count"), n_max = m.Has("count2") ? years("count2") : 0;
    if (n <= 0 || n > 100 || n_max < 0 || n_max > 100) continue;
    a.horizon = Horizon{static_cast<int>(n), static_cast<int>(n_max > n ? n_max : 0),
                        std::string(text_.substr(m.span.begin, m.span.size()))};
  }
}

// Where the investee may begin after figure i ("in", "an" right after it,
// or after the word that says what it measures), and the marker's kind
// ("after" or "stake"); nullopt without a marker.
std::optional<std::pair<size_t, std::string>> Attributor::InvesteeMarkerAfter(size_t i) const {
  const Figure& f = figures_[i];
  Span clause = clause_of_[i];
  const Table* markers = lang_.FindTable("investee_markers");
  if (!markers) return std::nullopt;
  std::string after = FoldCase(text_.substr(f.span.end, clause.end - f.span.end));
  size_t start = MarkerSearchStart(after);
  if (start == std::string::npos) return std::nullopt;
  auto marker = MarkerAt(after, start, *markers, [](std::string_view kind) { return kind == "after" || kind == "stake"; });
  if (!marker) return std::nullopt;
  return std::make_pair(f.span.end + start + marker->first.size(), std::string(marker->second));
}

// Where in the folded text after a figure an investee marker may start:
// past the spaces, and past the word that says what the figure measures
// ("a 40% stake in Baltic Crown", "$5bn investment in X"); npos for none.
size_t Attributor::MarkerSearchStart(const std::string& after) const {
  size_t start = after.find_first_not_of(' ');
  if (start == std::string::npos) return start;
  size_t word_end = start;
  while (word_end < after.size() && IsWordByte(after[word_end])) ++word_end;
  if (word_end > start && word_end < after.size() && after[word_end] == ' ' &&
      lang_.Lookup("attributes", after.substr(start, word_end - start)))
    start = word_end + 1;
  return start;
}

// "owns 35% of a Thai resort chain", "60 Prozent an einem polnischen
// Kühlhausbetreiber": a share of something an indefinite article brings in
// (rules: investee_markers, unnamed) is of nothing the story names, unless
// that is the project the story refers to ("51% of a joint venture").
bool Attributor::ShareOfSomethingUnnamed(size_t i) const {
  const Table* markers = lang_.FindTable("investee_markers");
  if (!markers || figures_[i].kind != FigureKind::kPercent) return false;
  const Span f = figures_[i].span;
  std::string after = FoldCase(text_.substr(f.end, clause_of_[i].end - f.end));
  size_t start = MarkerSearchStart(after);
  if (start == std::string::npos) return false;
  auto marker = MarkerAt(after, start, *markers, [](std::string_view kind) { return kind == "unnamed"; });
  if (!marker) return false;
  size_t from = f.end + start + marker->first.size();
  Span reach{from, std::min(clause_of_[i].end, from + kInvesteeReach)};
  bool project = std::any_of(unresolved_projects_.begin(), unresolved_projects_.end(),
                             [&](Span r) { return r.begin >= reach.begin && r.begin < reach.end; });
  auto named = EntitiesIn(reach);
  return !project && std::none_of(named.begin(), named.end(), [](const Resolved& e) { return e.entity >= 0; });
}

// Whether an entity is close enough to the investee marker ending at
// `from` to be what it introduces: a few bytes, or, for a company or
// project, up to three words that describe it (German adjectives and
// compounds run long: "am französischen Fußball-Erstligisten X"). Not a
// person or place beyond the short reach: "42 pct of those surveyed
// approved Reagan's".
// Whether a word that joins two partners (rules: partner_joiners, "and")
// stands in text[begin, end).
bool Attributor::JoinerBetween(size_t begin, size_t end) const {
  std::string_view between = text_.substr(begin, end - begin);
  for (size_t at = 0; at < between.size();) {
    size_t space = std::min(between.find(' ', at), between.size());
    if (space > at && lang_.Lookup("partner_joiners", FoldCase(between.substr(at, space - at))) == "and") return true;
    at = space + 1;
  }
  return false;
}

bool Attributor::WithinInvesteeReach(size_t from, const Resolved& e) const {
  if (e.span.begin < from) return false;
  // "prendra 29 % du capital et Kong Yuen Water 20 %": a name after "and"
  // starts the next item of a listing, not what the share is of.
  if (JoinerBetween(from, e.span.begin)) return false;
  if (e.span.begin <= from + kInvesteeReach) return true;
  if (e.span.begin > from + kInvesteeWordsReach || (e.type != "company" && !IsProject(e.type))) return false;
  int spaces = 0;
  for (size_t pos = from; pos < e.span.begin; pos = NextCodePoint(text_, pos)) {
    if (text_[pos] == ' ') ++spaces;
    else if (!LetterOrDigitAt(text_, pos) && !(text_[pos] == '-' && LetterOrDigitBefore(text_, pos))) return false;
  }
  // Describing words only: a type word may stand there ("in telephone
  // directory company PagesJaunes"), but a preposition or article the rules
  // know starts another phrase ("in KI-Rechenzentren in den Vereinigten
  // Staaten").
  // The first word may be a determiner ("of its mobile tower business
  // TorreNova"), but a project referred to there is the investee itself
  // ("an der Projektgesellschaft hält Aquenta").
  std::string_view between = text_.substr(from, e.span.begin - from);
  if (!FindCues(between, lang_, "references").empty()) return false;
  bool first = true;
  for (size_t at = 0; at < between.size();) {
    size_t space = std::min(between.find(' ', at), between.size());
    auto role = space > at ? lang_.Lookup("name_words", FoldCase(between.substr(at, space - at))) : std::nullopt;
    if (role && *role != "company" && !IsProject(*role) && !(first && *role == "stop")) return false;
    if (space > at) first = false;
    at = space + 1;
  }
  // A possessive names the owner of what the figure is in.
  // ("of its mobile tower business TorreNova": five spaces.)
  return spaces <= 5 && !PossessiveAt(e.span.end);
}

// "Veltara's", "Veltara’s": a name at `end` is in the possessive.
bool Attributor::PossessiveAt(size_t end) const {
  return text_.substr(end, 2) == "'s" || text_.substr(end, 4) == "\u2019s";
}

int Attributor::InvesteeAfter(size_t i, bool* marks_stake) const {
  auto marker = InvesteeMarkerAfter(i);
  if (!marker) return VentureRightAfter(i, marks_stake);
  size_t from = marker->first;
  // A reference there must name a venture: in "51 % de la société
  // d'exploitation" the company is the new one, not the one named last.
  auto after = EntitiesIn({from, clause_of_[i].end});
  for (auto e = after.begin(); e != after.end(); ++e) {
    if (e->entity < 0 || !WithinInvesteeReach(from, *e) || (e->reference && !IsProject(e->type))) continue;
    // "40% of Veltara's … Skylace", "Peru's Cerro Anco mine": the owner
    // named in the possessive is not the investee named after it.
    if (PossessiveAt(e->span.end) && std::next(e) != after.end() && std::next(e)->entity >= 0) continue;
    if (marks_stake) *marks_stake = marker->second == "stake";
    return e->entity;
  }
  return -1;
}

// "60 Prozent des Gemeinschaftsunternehmens": a reference to a venture or
// project right after a percentage, with only spaces between, is what the
// stake is in; or -1.
int Attributor::VentureRightAfter(size_t i, bool* marks_stake) const {
  if (figures_[i].kind != FigureKind::kPercent) return -1;
  size_t from = figures_[i].span.end;
  while (from < clause_of_[i].end && text_[from] == ' ') ++from;
  auto after = EntitiesIn({from, clause_of_[i].end});
  if (after.empty() || after.front().span.begin != from || !after.front().reference || !IsProject(after.front().type))
    return -1;
  if (marks_stake) *marks_stake = true;
  return after.front().entity;
}

// "Morgental will own 60% of the venture": a reference to a project the
// story names nowhere before, right after the marker, is the investee.
bool Attributor::UnnamedInvesteeAfter(size_t i, bool* marks_stake) const {
  auto marker = InvesteeMarkerAfter(i);
  if (!marker) return false;
  size_t from = marker->first;
  auto reference = std::lower_bound(unresolved_projects_.begin(), unresolved_projects_.end(), from,
                                    [](Span r, size_t at) { return r.begin < at; });
  if (reference == unresolved_projects_.end() || reference->begin > from + kInvesteeReach ||
      reference->end > clause_of_[i].end)
    return false;
  auto named = EntitiesIn({from, reference->begin});
  if (!named.empty()) return false;
  *marks_stake = marker->second == "stake";
  return true;
}

int Attributor::InvesteeBefore(size_t i) const {
  const Table* markers = lang_.FindTable("investee_markers");
  if (!markers) return -1;
  Span clause = clause_of_[i];
  for (const auto& e : EntitiesIn({clause.begin, figures_[i].span.begin})) {
    if (e.entity < 0) continue;
    size_t at = e.span.begin;
    while (at > clause.begin && (text_[at - 1] == '"' || text_[at - 1] == ' ')) --at;
    for (const auto& [word, where] : markers->entries) {
      if (where == "before" && at >= word.size() && FoldCase(text_.substr(at - word.size(), word.size())) == word)
        return e.entity;
    }
  }
  return -1;
}

// "万特穆尔（Vantmoor）海上风电项目35%的股权", "持有平潭风电场49%的股份":
// the company whose shares a percentage measures stands right before it
// when a `share_of` marker follows the figure, with nothing but the
// name's own tail between.
std::optional<size_t> Attributor::ShareOfBefore(size_t i) const {
  auto before = EntitiesIn({clause_of_[i].begin, figures_[i].span.begin});
  if (!ShareMarkedAfter(i) || before.empty()) return std::nullopt;
  const Resolved& e = before.back();
  if (e.entity < 0 || (e.reference && !IsProject(e.type))) return std::nullopt;
  std::string_view gap = text_.substr(e.span.end, figures_[i].span.begin - e.span.end);
  if (gap.size() > kShareOfGap || !IsNameTail(gap)) return std::nullopt;
  return static_cast<size_t>(&e - entities_.data());
}

// Where the phrase that names the company of entities_[k] begins: names
// joined to it by a few characters ("英国布里斯伯恩能源（Brisbourne
// Energy）旗下万特穆尔（Vantmoor）") describe it and hold none of its shares.
size_t Attributor::NamePhraseBegin(size_t k) const {
  constexpr size_t kLink = 9;  // bytes: "）旗下"
  const Table* markers = lang_.FindTable("investee_markers");
  for (; k > 0; --k) {
    const Resolved& previous = entities_[k - 1];
    if (previous.entity < 0 || previous.type == "holders") break;
    Span gap{previous.span.end, entities_[k].span.begin};
    std::string_view between = text_.substr(gap.begin, gap.size());
    // "兩者均持有合資企業": a verb of holding stands between holder and company.
    bool holds = markers && std::any_of(markers->entries.begin(), markers->entries.end(), [&](const auto& entry) {
      return between.find(entry.first) != std::string_view::npos;
    });
    bool linked = gap.size() <= kLink && !holds && between.find_first_of(",;.") == std::string_view::npos &&
                  between.find("\uFF0C") == std::string_view::npos && between.find("\u3001") == std::string_view::npos;
    if (!linked) break;
  }
  return entities_[k].span.begin;
}

// Whether only the rest of a name stands in gap: closing parentheses, then
// nothing or words ending in a type word ("）海上风电项目"), and perhaps
// "的". "布里斯伯恩能源将继续持有" ends in a verb: its name holds the shares.
bool Attributor::IsNameTail(std::string_view gap) const {
  if (gap.ends_with("\u7684")) gap.remove_suffix(3);  // 的
  // "TorreNova共49%股權": a qualifier of the figure ("共", "合计") ends the gap.
  for (size_t bytes : {6, 3}) {
    if (gap.size() >= bytes && lang_.Lookup("qualifiers", std::string(gap.substr(gap.size() - bytes)))) {
      gap.remove_suffix(bytes);
      break;
    }
  }
  auto drop_closing = [&gap] {
    for (std::string_view close : {")", " ", "\uFF09"}) {
      if (gap.starts_with(close)) return gap.remove_prefix(close.size()), true;
    }
    return false;
  };
  while (drop_closing()) {
  }
  return gap.empty() || EndsWithTypeWord(gap);
}

// Whether text ends in a type word of the rules ("项目", "风电场"): one of
// its last one to six characters, shortest first.
bool Attributor::EndsWithTypeWord(std::string_view text) const {
  const Table* names = lang_.FindTable("name_words");
  if (!names) return false;
  size_t start = text.size();
  for (int n = 0; n < 6 && start > 0; ++n) {
    do --start;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80);
    auto role = names->Find(text.substr(start));
    if (role && (IsActor(std::string(*role)) || IsProject(std::string(*role)))) return true;
  }
  return false;
}

// "持有福建平潭三期海上风电场49%的股权": a share of a company or project that
// the text describes but does not name is in none the story names.
bool Attributor::ShareOfUnnamed(size_t i) const {
  if (!ShareMarkedAfter(i)) return false;
  size_t from = clause_of_[i].begin;
  auto before = EntitiesIn({from, figures_[i].span.begin});
  if (!before.empty()) from = before.back().span.end;
  return EndsWithTypeWord(text_.substr(from, figures_[i].span.begin - from));
}

// Whether a marker of a share ("的股权") follows percentage i.
bool Attributor::ShareMarkedAfter(size_t i) const {
  const Table* markers = lang_.FindTable("investee_markers");
  if (!markers || figures_[i].kind != FigureKind::kPercent) return false;
  std::string_view after = text_.substr(figures_[i].span.end);
  return std::any_of(markers->entries.begin(), markers->entries.end(), [&](const auto& entry) {
    return entry.second == "share_of" && after.starts_with(entry.first);
  });
}

// "its 315 million euro ($368 million) purchase of 70% of Racing Club de
// Montval": a price right before a purchase word (a conversion in
// parentheses may stand between) is about the first company named after
// it; kBoughtUnnamed where the clause names none ("斥资4.6亿美元收购塞尔维亚
// 一座铜矿"); or -1 without a purchase word.
int Attributor::PurchasedAfter(size_t i) const {
  const Table* markers = lang_.FindTable("investee_markers");
  if (!markers || figures_[i].kind != FigureKind::kMoney) return -1;
  Span clause = clause_of_[i];
  size_t at = figures_[i].span.end;
  while (at < clause.end && text_[at] == ' ') ++at;
  if (at < clause.end && text_[at] == '(') {
    size_t close = text_.substr(0, clause.end).find(')', at);
    if (close == std::string_view::npos) return -1;
    at = close + 1;
    while (at < clause.end && text_[at] == ' ') ++at;
  }
  std::string after = FoldCase(text_.substr(at, std::min<size_t>(clause.end - at, 32)));
  auto marker = MarkerAt(after, 0, *markers, [](std::string_view kind) { return kind == "acquires"; });
  if (!marker) return -1;
  size_t marker_end = at + marker->first.size();
  for (const auto& e : EntitiesIn({marker_end, clause.end})) {
    if (e.span.begin > marker_end + kAcquiredReach) break;
    if (e.entity >= 0 && !e.reference && IsActor(e.type)) return e.entity;
  }
  return kBoughtUnnamed;
}

// "Helmsau übernimmt gemeinsam mit dem Pensionsfonds Laurentia die
// Klinikkette Clarimed", "have agreed to buy hospital group Clarimed": the
// company the story says is bought, the first actor named a few words after
// a purchase word in its sentence, not a partner brought in by "with"
// ("gemeinsam mit … Laurentia"), nor one after a passive ("bought by").
int Attributor::StoryPurchase() const {
  constexpr size_t kReach = 160;  // bytes from the purchase word: buyers' partners may stand between
  // What is sold stands right after the sale word: "sell half of Ruta
  // Austral", "la cession de la moitié de la société … Ruta Austral".
  constexpr size_t kSaleReach = 64;
  size_t previous_end = 0;  // of the actor named before
  for (const auto& e : entities_) {
    if (e.entity < 0 || e.reference || !IsActor(e.type)) continue;
    size_t reach_from = e.span.begin > kReach ? e.span.begin - kReach : 0;
    size_t near_from = std::max(previous_end, reach_from);
    previous_end = e.span.end;
    std::string folded_before = FoldCase(text_.substr(reach_from, e.span.begin - reach_from));
    size_t sale_from = e.span.begin > kSaleReach ? e.span.begin - kSaleReach : 0;
    if (!AfterPurchaseWord(folded_before) &&
        !AfterSaleWord(FoldCase(text_.substr(sale_from, e.span.begin - sale_from))))
      continue;
    // "gemeinsam mit dem Pensionsfonds Laurentia": a co-buyer.
    auto joiners = FindCues(text_.substr(near_from, e.span.begin - near_from), lang_, "partner_joiners");
    bool partner = std::any_of(joiners.begin(), joiners.end(), [](const Cue& j) { return j.value == "with"; });
    if (!partner) return e.entity;
  }
  return -1;
}

// The part of a window after its last sentence end: what a purchase or
// sale word before a name may be read from.
std::string_view SentenceTail(std::string_view window) {
  size_t stop = window.find_last_of(".!?\n");
  return stop == std::string_view::npos ? window : window.substr(stop + 1);
}

// Whether the last purchase word of the folded text (its sentence part)
// buys what follows it: `acquires`, not `acquired_by`.
bool Attributor::AfterPurchaseWord(std::string_view folded_before) const {
  folded_before = SentenceTail(folded_before);
  // The one that ends last, as in AcquiredBefore: "bought by" outweighs the
  // "bought" in it.
  std::vector<Cue> markers = FindFoldedCues(folded_before, lang_, "investee_markers");
  const Cue* last = nullptr;
  for (const Cue& m : markers) {
    if ((m.value == "acquires" || m.value == "acquired_by") && (!last || m.end > last->end)) last = &m;
  }
  return last && last->value == "acquires";
}

// Whether a sale word (rules: sale_words) stands in the folded text's
// sentence part: what "agreed to sell half of Ruta Austral" sells is what
// the story's buyers buy.
bool Attributor::AfterSaleWord(std::string_view folded_before) const {
  folded_before = SentenceTail(folded_before);
  return !FindFoldedCues(folded_before, lang_, "sale_words").empty();
}

// Whether the folded text of span ends with a `price` word of
// investee_markers ("for", "pour", "für") standing as a word of its own.
bool Attributor::EndsWithPriceWord(Span span) const {
  const Table* markers = lang_.FindTable("investee_markers");
  if (!markers || span.begin >= span.end) return false;
  std::string text = FoldCase(text_.substr(span.begin, span.size()));
  while (!text.empty() && text.back() == ' ') text.pop_back();
  for (const auto& [word, where] : markers->entries) {
    if (where != "price" || !text.ends_with(word)) continue;
    if (text.size() == word.size() || !IsWordByte(text[text.size() - word.size() - 1])) return true;
  }
  return false;
}

// "is paying €180m for 24.9% of Azuréa", "Für 2,3 Milliarden Euro gehen 49
// Prozent der TorreNova an …": money a price word ties to the percentage
// after it in its clause pays for that stake; its index, or -1.
int Attributor::StakeBoughtWith(size_t i) const {
  size_t j = i + 1;
  if (figures_[i].kind != FigureKind::kMoney || j >= figures_.size() || figures_[j].kind != FigureKind::kPercent ||
      figures_[j].span.begin >= clause_of_[i].end)
    return -1;
  constexpr size_t kPriceWordBytes = 8;  // " for ", " pour ", " für "
  bool price_word_between = EndsWithPriceWord({figures_[i].span.end, figures_[j].span.begin}) &&
                            figures_[j].span.begin - figures_[i].span.end <= kPriceWordBytes;
  bool price_word_before = EndsWithPriceWord({clause_of_[i].begin, figures_[i].span.begin});
  return price_word_between || price_word_before ? static_cast<int>(j) : -1;
}

// "take a 20% stake for SEK 4 billion", "prend 20 % du capital pour 4
// milliards", "steigt mit 20 Prozent ein und zahlt dafür 4 Milliarden": money
// right after a `price` word of investee_markers, with a stake before it in
// its clause, is what the stake costs.
bool Attributor::PriceOfStakeBefore(size_t i, const std::vector<Recalled>& done) const {
  if (i == 0 || figures_[i].kind != FigureKind::kMoney) return false;
  size_t j = i - 1;
  // (In its sentence: "la cession de 49 % de sa filiale TorreNova, qui
  // détient 8 400 pylônes, pour 2,3 milliards d'euros".)
  if (figures_[j].kind != FigureKind::kPercent || done[j].attribute != "stake" ||
      figures_[j].span.end < sentence_of_[i].begin)
    return false;
  return EndsWithPriceWord({figures_[j].span.end, figures_[i].span.begin});
}

// "Corwen has agreed to buy Lumeris Oncology for $3 billion", "将以…收购…卢梅里斯
// …，交易总价30亿美元": a price is about the company bought, the first one
// named after the last purchase word (`acquires` in investee_markers)
// before the figure in its sentence (and after from); the buyer named
// before it is not, nor the one after a passive (`acquired_by`: "bought by").
int Attributor::AcquiredBefore(size_t i, size_t from) const {
  const Table* markers = lang_.FindTable("investee_markers");
  if (!markers || figures_[i].kind != FigureKind::kMoney || from >= figures_[i].span.begin) return -1;
  Span before{std::max(from, sentence_of_[i].begin), figures_[i].span.begin};
  // "buy X for $9.3bn to settle a $27.5bn claim": the price stands right
  // after what it buys, so no other amount may stand between.
  for (size_t j = i; j-- > 0 && sentence_of_[j] == sentence_of_[i];) {
    if (figures_[j].kind == FigureKind::kMoney) {
      before.begin = std::max(before.begin, figures_[j].span.end);
      break;
    }
  }
  std::string folded = FoldCase(text_.substr(before.begin, before.size()));
  size_t marker_end = std::string::npos;
  bool passive = false;  // "being bought by SBC": the buyer follows
  for (const auto& [word, where] : markers->entries) {
    if (std::string_view(where) != "acquires" && std::string_view(where) != "acquired_by") continue;
    for (size_t at = FindLast(folded, word); at != std::string::npos; at = at == 0 ? std::string::npos : FindLast(folded, word, at - 1)) {
      bool latin = static_cast<unsigned char>(word.back()) < 0x80;
      bool whole = !latin || ((at == 0 || !IsWordByte(folded[at - 1])) &&
                              (at + word.size() == folded.size() || !IsWordByte(folded[at + word.size()])));
      if (!whole) continue;
      // (Case folding keeps the length of these words.)
      size_t end = before.begin + at + word.size();
      if (marker_end == std::string::npos || end > marker_end) marker_end = end, passive = where == "acquired_by";
      break;
    }
  }
  if (marker_end == std::string::npos || passive) return -1;
  for (const auto& e : EntitiesIn({marker_end, before.end})) {
    if (e.span.begin > marker_end + kAcquiredReach) break;
    if (e.entity >= 0 && !e.reference && IsActor(e.type)) return e.entity;
  }
  return -1;
}

int Attributor::NearestOfType(Span within, Span figure, bool (*accept)(const std::string&), bool guessed) const {
  int best = -1;
  size_t best_distance = SIZE_MAX;
  for (const auto& e : EntitiesIn(within)) {
    if (e.entity < 0 || e.guessed != guessed || !accept(e.type)) continue;
    bool before = e.span.end <= figure.begin;
    size_t d = before ? figure.begin - e.span.end : e.span.begin - figure.end;
    if (!before) d += within.size();  // prefer what stands before the figure
    if (d < best_distance) best = e.entity, best_distance = d;
  }
  return best;
}

int Attributor::DocumentProject() const {
  std::map<int, int> counts;
  for (const auto& e : entities_) {
    if (e.entity >= 0 && IsProject(e.type)) ++counts[e.entity];
  }
  auto top = std::max_element(counts.begin(), counts.end(),
                              [](const auto& x, const auto& y) { return x.second < y.second; });
  return top == counts.end() ? -1 : top->first;
}


// "Cyclion and Haldor Metals will build a €1.5bn plant ... Cyclion will own
// 51% of the operating company": a story about what two partners build
// together may never name it. It has one when the document names no
// project, names two companies together ("A and B", "A gemeinsam mit B",
// "A與B"), and refers to a project it does not name ("das Projekt", "the
// operating company") or to both partners ("beide Unternehmen", "雙方").
// Its id, "cyclion+haldor-metals", is one the same story meets in any
// language. Without two partners, a project the story refers to but never
// names is the project of the company it names first.
std::string Attributor::UnnamedProject() {
  bool signalled = !unresolved_projects_.empty();
  for (const auto& e : entities_) {
    if (e.entity >= 0 && IsProject(e.type)) return "";
    if (e.type == "holders") signalled = true;
  }
  if (!signalled) return "";
  partners_ = JointlyNamedActors();
  if (partners_.size() >= 2) {
    std::sort(partners_.begin(), partners_.end());
    return fmt::format("{}", fmt::join(partners_, "+"));
  }
  // "Ungarn unterstützt das Vorhaben mit 120 Millionen Euro": a project with
  // one company behind it is that company's, the first the story names.
  partners_.clear();
  if (unresolved_projects_.empty()) return "";
  for (const auto& e : entities_) {
    if (e.entity >= 0 && !e.reference && e.type == "company") {
      partners_.push_back(EntityId(e.entity));
      return partners_.front();
    }
  }
  return "";
}

// "寰海港口集团（Huanhai Port Group）与…": the text between two names after
// the closing parenthesis of a Latin name that stands with the first.
std::string_view AfterClosingParenthesis(std::string_view between) {
  for (std::string_view close : {")", "\uFF09"}) {
    if (between.starts_with(close)) return between.substr(close.size());
  }
  return between;
}

// Whether the folded text between two names opens with a word that joins
// partners ("und", "gemeinsam mit", "與") and holds no clause mark.
// Whether text holds a clause mark: a comma, colon, semicolon or a full
// stop. The dots of initials ("u.s. reactor developer") end no clause.
bool HasClauseMark(std::string_view text) {
  if (text.find_first_of(",;:") != std::string_view::npos) return true;
  for (size_t dot = text.find('.'); dot != std::string_view::npos; dot = text.find('.', dot + 1)) {
    bool initial = dot >= 1 && IsWordByte(text[dot - 1]) && (dot == 1 || text[dot - 2] == ' ' || text[dot - 2] == '.');
    if (!initial) return true;
  }
  return false;
}

// Whether a joiner (a `with` one where with_only) stands as a word at `at`
// of folded text.
bool JoinerAt(std::string_view folded, size_t at, const Table& joiners, bool with_only) {
  return std::any_of(joiners.entries.begin(), joiners.entries.end(), [&](const auto& entry) {
    const std::string& word = entry.first;
    if ((with_only && entry.second != "with") || folded.compare(at, word.size(), word) != 0) return false;
    size_t after = at + word.size();
    // Han words need no space after them.
    return after == folded.size() || folded[after] == ' ' || static_cast<unsigned char>(word.back()) >= 0x80;
  });
}

bool OpensWithJoiner(std::string_view between, const Table& joiners) {
  between = AfterClosingParenthesis(between);
  size_t from = between.find_first_not_of(' ');
  if (from == std::string_view::npos || HasClauseMark(between)) return false;
  if (JoinerAt(between, from, joiners, false)) return true;
  // "Aquenta baut gemeinsam mit … Hongquan", "Féerval construira avec …
  // Ka Wui": a "with" after the verb joins too, an "and" there does not.
  size_t second = between.find(' ', from);
  return second != std::string_view::npos && JoinerAt(between, second + 1, joiners, true);
}

// Whether the folded text between two names is a list comma ("A, B and C",
// "A（a）、B（b）和C") and a few describing words: no other clause mark.
bool OpensWithListComma(std::string_view between) {
  between = AfterClosingParenthesis(between);
  for (std::string_view comma : {",", "\u3001"}) {
    if (!between.starts_with(comma)) continue;
    std::string_view rest = between.substr(comma.size());
    return rest.find_first_of(",.;:") == std::string_view::npos && rest.find("\uFF0C") == std::string_view::npos &&
           rest.find("\u3001") == std::string_view::npos;
  }
  return false;
}

// The first companies named one right after the other with a word that
// joins partners between the last two (rules: partner_joiners) and list
// commas between the others ("A, B and C"), or none.
// "Gemeinsam mit … Ganli will der Konzern … errichten": the one named (or
// referred to) a few words after a name that a fronted "with" brings in is
// its partner.
bool Attributor::FrontedPartners(const Resolved& with, const Resolved& e, const Table& joiners) const {
  constexpr size_t kReach = 32;  // bytes between them: a verb and an article ("will der")
  if (with.entity == e.entity || e.span.begin <= with.span.end || e.span.begin - with.span.end > kReach) return false;
  return !HasClauseMark(text_.substr(with.span.end, e.span.begin - with.span.end)) && OpensWithWith(with.span, joiners);
}

// Whether the clause before a name opens with a "with" joiner and a few
// describing words: "Gemeinsam mit dem chinesischen Lithiumverarbeiter
// Ganli", "Together with Danish utility Orsted".
bool Attributor::OpensWithWith(Span name, const Table& joiners) const {
  constexpr size_t kReach = 64;  // bytes: the joiner and a few describing words
  // (Read in scripts with spaces only: "攜手…" opens no such clause here.)
  if (lang_.script == "Hani") return false;
  size_t from = name.begin > kReach ? name.begin - kReach : 0;
  std::string_view lead = text_.substr(from, name.begin - from);
  size_t stop = lead.find_last_of(".!?;:\n");
  if (stop == std::string_view::npos && from > 0) return false;
  lead.remove_prefix(stop == std::string_view::npos ? 0 : stop + 1);
  std::string folded = FoldCase(lead);
  size_t word = folded.find_first_not_of(' ');
  return word != std::string::npos && JoinerAt(folded, word, joiners, true);
}

std::vector<std::string> Attributor::JointlyNamedActors() const {
  const Table* joiners = lang_.FindTable("partner_joiners");
  if (!joiners) return {};
  const Resolved* previous = nullptr;
  int before_previous = -1;  // the company named before `previous`, another one
  std::vector<std::string> chain;
  bool joined = false;  // a joining word, not only list commas, links the chain
  for (const auto& e : entities_) {
    bool company = e.entity >= 0 && (e.type == "company" || e.type == "fund");
    // "Elbkai Logistik steigt ein: Gemeinsam mit … Huanhai will das
    // Unternehmen …": the reference after the partner named in the "with"
    // phrase stands for the company named before that partner.
    if (company && previous && e.reference && e.entity == previous->entity && before_previous >= 0) {
      Resolved other = e;
      other.entity = before_previous;
      if (FrontedPartners(*previous, other, *joiners)) return {EntityId(before_previous), EntityId(previous->entity)};
    }
    if (company && previous && FrontedPartners(*previous, e, *joiners)) {
      if (joined && chain.size() >= 2) return chain;
      return {EntityId(previous->entity), EntityId(e.entity)};
    }
    bool actor = company && !e.reference;
    if (!actor) continue;
    if (previous && previous->entity != e.entity) before_previous = previous->entity;
    // (A Chinese name and its Latin name in parentheses are one mention.)
    if (previous && previous->entity == e.entity) {
      previous = &e;
      continue;
    }
    bool near = previous && e.span.begin > previous->span.end && e.span.begin - previous->span.end <= 64;
    std::string between = near ? FoldCase(text_.substr(previous->span.end, e.span.begin - previous->span.end)) : "";
    bool by_word = near && OpensWithJoiner(between, *joiners);
    if (by_word || (near && OpensWithListComma(between))) {
      joined |= by_word;
      chain.push_back(EntityId(e.entity));
    } else {
      if (joined && chain.size() >= 2) return chain;
      chain = {EntityId(e.entity)};
      joined = false;
    }
    previous = &e;
  }
  if (joined && chain.size() >= 2) return chain;
  return {};
}

// Whether a figure nothing else ties to a subject measures the unnamed
// project: money put into it or a stake in it, not a company's revenue, in
// a sentence that speaks of the partners or of the project.
bool Attributor::AboutTheUnnamedProject(size_t i, const Attribution& a) const {
  static const std::set<std::string> kVentureAttributes = {
      "", "investment", "contribution", "funding", "cost", "spending", "subsidy", "stake"};
  if (unnamed_project_.empty() || !kVentureAttributes.count(a.attribute)) return false;
  if (a.attribute.empty() && a.qualifiers.empty()) return false;
  // "Fjordhal steigt mit 20 Prozent ein": a stake someone takes that names
  // nothing it is in ("20% of KFB", "a stake in a new network") is one in
  // what the story is about.
  if (a.attribute == "stake" && ActorNamedBefore(i) && !InvesteeMarkerAfter(i)) return true;
  // "The first phase, costing $650 million": a first phase is a phase of
  // what the partners build.
  if (std::find(a.qualifiers.begin(), a.qualifiers.end(), "initial") != a.qualifiers.end()) return true;
  Span sentence = sentence_of_[i];
  for (const auto& e : EntitiesIn(sentence)) {
    if (e.type == "holders" || (e.entity >= 0 && std::find(partners_.begin(), partners_.end(), EntityId(e.entity)) !=
                                                      partners_.end()))
      return true;
  }
  auto reference = std::lower_bound(unresolved_projects_.begin(), unresolved_projects_.end(), sentence.begin,
                                    [](Span r, size_t at) { return r.begin < at; });
  return reference != unresolved_projects_.end() && reference->end <= sentence.end;
}

// Companies acting on figure i: named or referred to in its sentence before
// it, after any earlier figure of the same sentence.
std::vector<int> Attributor::ActorsBefore(size_t i, bool guessed) const { return ActorsIn(LeadWindow(i), guessed); }

std::vector<int> Attributor::ActorsIn(Span within, bool guessed) const {
  std::vector<int> actors;
  for (const auto& e : EntitiesIn(within)) {
    if (e.entity >= 0 && e.guessed == guessed && IsActor(e.type) && !AgentOfAnAside(e) &&
        std::find(actors.begin(), actors.end(), e.entity) == actors.end())
      actors.push_back(e.entity);
  }
  return actors;
}

// Whether figure i opens its clause: one word at most before it ("Insgesamt
// ", "Mit "), or a qualifier ("Bis zu "), and no entity.
bool Attributor::OpensClause(size_t i) const {
  Span clause = clause_of_[i];
  std::string_view opening = text_.substr(clause.begin, figures_[i].span.begin - clause.begin);
  // "MAINZ (dpa-AFX) - Insgesamt 2,1 Milliarden Euro": the dateline, which
  // ends in an agency or a date, is no part of the clause ("Pernod - at
  // 7.5bn euros" has none).
  for (std::string_view dash : {" - ", " \u2013 ", " \u2014 "}) {
    size_t at = FindLast(opening, dash);
    bool dateline = at != std::string_view::npos && at > 0 &&
                    (opening[at - 1] == ')' || (opening[at - 1] >= '0' && opening[at - 1] <= '9'));
    if (dateline) {
      clause.begin += at + dash.size();
      opening.remove_prefix(at + dash.size());
    }
  }
  if (!EntitiesIn({clause.begin, figures_[i].span.begin}).empty()) return false;
  if (opening.find(' ') == opening.rfind(' ')) return true;
  std::string folded = FoldCase(opening);
  folded.erase(folded.find_last_not_of(' ') + 1);
  return lang_.Lookup("qualifiers", folded).has_value();
}

// The listed actors (or references to one) named in figure i's clause
// after it, when the clause opens with the figure (nothing but a cue word
// before it), in text order.
std::vector<int> Attributor::ActorsAfter(size_t i) const {
  std::vector<int> actors;
  if (figures_[i].kind != FigureKind::kMoney || !OpensClause(i)) return actors;
  Span clause = clause_of_[i];
  for (const auto& e : EntitiesIn({figures_[i].span.end, clause.end})) {
    // A guessed name counts where a type word made it a company ("der
    // Telekomkonzern Opalis Télécom"), not a bare one ("£50m for Gerrard?").
    bool typed = !e.guessed || (Heuristic(e.entity) && !Named(e.entity).type.empty());
    if (e.entity < 0 || !typed || !IsActor(e.type)) continue;
    if (std::find(actors.begin(), actors.end(), e.entity) == actors.end()) actors.push_back(e.entity);
  }
  return actors;
}

int Attributor::ActorAfter(size_t i) const {
  std::vector<int> actors = ActorsAfter(i);
  return actors.size() == 1 ? actors.front() : -1;
}

// The one actor, listed or guessed, named in figure i's clause after it, or -1.
int Attributor::HolderAfter(size_t i) const {
  int holder = -1;
  for (const auto& e : EntitiesIn({figures_[i].span.end, clause_of_[i].end})) {
    if (e.entity < 0 || !IsActor(e.type)) continue;
    if (holder >= 0 && holder != e.entity) return -1;
    holder = e.entity;
  }
  return holder;
}

// "Die Partner", "both companies": several actors, whoever they are.
bool Attributor::PartnersBefore(size_t i) const {
  for (const auto& e : EntitiesIn(LeadWindow(i))) {
    if (e.type == "holders") return true;
  }
  return false;
}

// The sentence before figure i, after the figure before it: a date between
// the actors and their figure ("X and Y said on Tuesday they would build a
// $12 billion fab") does not end the lead.
Span Attributor::LeadWindow(size_t i) const {
  Span lead{sentence_of_[i].begin, figures_[i].span.begin};
  for (size_t j = i; j-- > 0 && sentence_of_[j] == sentence_of_[i];) {
    if (figures_[j].kind == FigureKind::kDate || figures_[j].span.end > lead.end) continue;
    lead.begin = std::max(lead.begin, figures_[j].span.end);
    break;
  }
  return lead;
}

// The project named or referred to shortly before the sentence ("Dieses
// Projekt ..." followed by "Der Betrag ..."), or -1.
int Attributor::RecentProject(size_t i, bool guessed) const {
  int project = -1;
  size_t begin = sentence_of_[i].begin;
  // Those that end in [begin - kContextReach, begin]; a mention is shorter than the reach.
  size_t from = begin > 2 * kContextReach ? begin - 2 * kContextReach : 0;
  for (const auto& e : EntitiesIn({from, begin})) {
    if (e.entity >= 0 && e.guessed == guessed && IsProject(e.type) && e.span.end + kContextReach >= begin)
      project = e.entity;
  }
  return project;
}

// Where the money goes ("in SB Energy") decides first, whether the entity
// is listed or only a capitalised name. Then the context: listed entities
// and references first, and names the list does not know only where no
// listed entity fits.
void Attributor::FindSubject(size_t i, Attribution& a, const std::vector<Recalled>& done) {
  bool marks_stake = false;
  int investee = -1;
  if (auto k = ShareOfBefore(i)) {
    investee = entities_[*k].entity;
    marks_stake = true;
    share_phrase_begin_[i] = NamePhraseBegin(*k);
  }
  if (investee < 0 && (ShareOfUnnamed(i) || OtherProjectAfter(i) || ShareOfSomethingUnnamed(i))) return;
  bool found = investee < 0 && UnnamedInvesteeAfter(i, &marks_stake) &&
               (SetSubject(a, document_project_, "context") || SetUnnamedProject(a));
  if (!found && investee < 0) investee = InvesteeAfter(i, &marks_stake);
  if (!found && investee < 0) investee = InvesteeBefore(i);
  // Money spent right before a purchase word is a price ("斥資1億8千萬歐元購入…").
  int bought = PurchasedAfter(i);
  if (bought != -1 && (a.attribute.empty() || a.attribute == "investment")) a.attribute = "price";
  if (!found && investee < 0) investee = bought;
  // The price of something the story does not name is about nothing it names.
  if (investee == kBoughtUnnamed) return;
  if (!found && investee < 0) investee = AcquiredBefore(i, sentence_of_[i].begin);
  if (found || SetSubject(a, investee, "entity")) {
    // "35 Prozent an Jadeite": a share in a company is a stake ("50 % of
    // Europeans" is not, so only markers the rules say so of count), and
    // so is one someone takes of a company: "Brightmoor will take 34% of
    // TorreNova".
    if (figures_[i].kind == FigureKind::kPercent && a.attribute.empty() &&
        (marks_stake || (!found && TakenOfACompany(i, investee))))
      a.attribute = "stake";
    return;
  }
  // "ein ähnliches Projekt …, in das 3 Milliarden Euro fließen sollten": a
  // project the sentence brings in unnamed is what its figure is about.
  if (OtherProjectBefore(i)) return;
  if (SubjectOfGrant(i, a, done)) return;
  for (bool guessed : {false, true}) {
    if (SubjectFromContext(i, guessed, a, done)) return;
  }
  // "該計畫首期投資17億歐元", written before the story names the venture: a
  // project reference with nothing named before it means the project the
  // document names.
  if (UnresolvedReferenceBefore(i) && SetSubject(a, document_project_, "context")) return;
  // "… übernimmt die Klinikkette Clarimed. Der Kaufpreis liegt bei 2,9
  // Milliarden Euro": a price in a sentence that names no one, shortly
  // after the purchase, is what the purchase costs.
  if (a.attribute == "price" && PurchaseJustBefore(i) && SetSubject(a, story_purchase_, "context")) return;
  if (AboutTheUnnamedProject(i, a)) SetUnnamedProject(a);
}

bool Attributor::PurchaseJustBefore(size_t i) const {
  constexpr size_t kReach = 300;  // bytes: the sentence after the purchase, or the one after that
  if (story_purchase_ < 0 || figures_[i].kind != FigureKind::kMoney ||
      ActorBetween(sentence_of_[i].begin, sentence_of_[i].end))
    return false;
  size_t from = sentence_of_[i].begin > kReach ? sentence_of_[i].begin - kReach : 0;
  auto before = EntitiesIn({from, sentence_of_[i].begin});
  return std::any_of(before.begin(), before.end(), [&](const Resolved& e) { return e.entity == story_purchase_; });
}

// Whether a verb of taking (rules: taking_verbs) stands right before figure
// i, or with only words that say how much or when between them (rules:
// taking_fillers, and qualifiers of bounds and approximation): "will take
// 34% of", "übernimmt dabei rund 47,5 Prozent", "détiendra ainsi 30 %".
bool Attributor::TakingVerbBefore(size_t i) const {
  constexpr int kMaxBetween = 3;  // words: "übernimmt dabei bis zu"
  auto word_before = [&](size_t end) {
    while (end > 0 && text_[end - 1] == ' ') --end;
    size_t begin = end;
    while (begin > 0 && IsWordByte(text_[begin - 1])) --begin;
    return Span{begin, end};
  };
  auto skippable = [&](std::string_view folded) {
    if (lang_.Lookup("taking_fillers", folded)) return true;
    auto qualifier = lang_.Lookup("qualifiers", folded);
    return qualifier && (*qualifier == "approx" || *qualifier == "up_to" || *qualifier == "more_than" ||
                         *qualifier == "initial");
  };
  size_t end = figures_[i].span.begin;
  for (int between = 0; between <= kMaxBetween; ++between) {
    Span word = word_before(end);
    if (word.begin == word.end) return false;
    std::string folded = FoldCase(text_.substr(word.begin, word.end - word.begin));
    if (lang_.Lookup("taking_verbs", folded)) return true;
    if (skippable(folded)) {
      end = word.begin;
      continue;
    }
    Span pair = word_before(word.begin);  // a two-word qualifier: "bis zu", "près de"
    if (pair.begin == pair.end || !skippable(FoldCase(text_.substr(pair.begin, word.end - pair.begin)))) return false;
    end = pair.begin;
  }
  return false;
}

// Whether percentage i is sold (rules: sale_words, with two words at most
// between: "la cession de 49 %", "to sell a 49% stake"): its seller is no
// holder of it.
bool Attributor::SoldShare(size_t i) const {
  constexpr size_t kReach = 32;  // bytes before the figure
  if (figures_[i].kind != FigureKind::kPercent) return false;
  size_t from = std::max(clause_of_[i].begin, figures_[i].span.begin > kReach ? figures_[i].span.begin - kReach : 0);
  std::string before = FoldCase(text_.substr(from, figures_[i].span.begin - from));
  for (const Cue& sale : FindFoldedCues(before, lang_, "sale_words")) {
    if (BoughtShare(before, sale, before.size())) return true;
  }
  return false;
}

// Whether an actor before percentage i holds or takes it of the company or
// venture `investee` named after it.
bool Attributor::TakenOfACompany(size_t i, int investee) const {
  // A name nothing types is as often a group of people ("90% of PCs"),
  // unless a verb of taking stands right before the percentage.
  const std::string type = SubjectType(EntityId(investee));
  if (type != "company" && type != "venture" && !(type.empty() && TakingVerbBefore(i))) return false;
  return ActorNamedBefore(i, investee);
}

// Whether an actor other than `except`, listed or guessed, is named before
// figure i in its lead (ActorsBefore).
bool Attributor::ActorNamedBefore(size_t i, int except) const {
  for (bool guessed : {false, true}) {
    for (int actor : ActorsBefore(i, guessed))
      if (actor != except) return true;
  }
  return false;
}

bool Attributor::UnresolvedReferenceBefore(size_t i) const {
  auto reference = std::lower_bound(unresolved_projects_.begin(), unresolved_projects_.end(), sentence_of_[i].begin,
                                    [](Span r, size_t at) { return r.begin < at; });
  return reference != unresolved_projects_.end() && reference->end <= figures_[i].span.begin;
}

// Whether figure i is money an institution gives rather than spends on
// itself: a subsidy, funding or contribution, or money nothing says more of.
bool Attributor::GrantedBy(size_t i, int actor, const Attribution& a) const {
  static const std::vector<std::string> kGiven = {"", "subsidy", "funding", "contribution"};
  return figures_[i].kind == FigureKind::kMoney && SubjectType(EntityId(actor)) == "institution" &&
         std::find(kGiven.begin(), kGiven.end(), a.attribute) != kGiven.end();
}

// Whether a government the story does not name ("der Staat", "Japan's
// trade ministry", "政府") acts on figure i: it opens the figure's clause
// (a few words at most before it), or stands after the figure in a clause
// that opens with the figure ("Bis zu 120 Milliarden Yen … übernimmt der
// japanische Staat"). "sue the Russian government for $28bn" does not.
bool Attributor::StateActsOn(size_t i) const {
  constexpr size_t kOpeningWords = 2;  // "Japan's trade ministry", "Le ministère"
  constexpr size_t kOpeningHan = 12;   // bytes: "日本经济产业省", "德國聯邦"
  // (Or one named by its place: "der japanische Staat" is Japan's.)
  auto is_state = [&](const Resolved& e) {
    return (e.entity < 0 && e.type == "institution") || (e.entity >= 0 && IsGovernment(e.entity));
  };
  Span clause = clause_of_[i];
  auto before = EntitiesIn({clause.begin, figures_[i].span.begin});
  auto state = std::find_if(before.begin(), before.end(), is_state);
  if (state != before.end()) {
    std::string_view opening = text_.substr(clause.begin, state->span.begin - clause.begin);
    bool han = lang_.script == "Hani";
    return han ? opening.size() <= kOpeningHan
               : static_cast<size_t>(std::count(opening.begin(), opening.end(), ' ')) <= kOpeningWords;
  }
  if (!OpensClause(i)) return false;
  auto after = EntitiesIn({figures_[i].span.end, clause.end});
  return std::any_of(after.begin(), after.end(), is_state);
}

// Whether figure i is money a government gives: it acts on the figure, and
// the figure is a subsidy, funding or contribution, or a verb of giving
// (rules: grant_verbs) stands beside it ("will cover", "übernimmt",
// "prendra en charge", "提供").
bool Attributor::GivenByTheState(size_t i, const Attribution& a) const {
  static const std::vector<std::string> kGiven = {"subsidy", "funding", "contribution"};
  if (figures_[i].kind != FigureKind::kMoney || !StateActsOn(i)) return false;
  if (std::find(kGiven.begin(), kGiven.end(), a.attribute) != kGiven.end()) return true;
  Span w = CueWindow(i);
  // "übernimmt" is a purchase too; with the state as actor it covers a cost.
  bool vague = a.attribute.empty() || a.attribute == "cost" || a.attribute == "price";
  return vague && !FindCues(text_.substr(w.begin, w.size()), lang_, "grant_verbs").empty();
}

// Money a government gives goes to the project in context, or else to what
// the story is about: the project it names, the one it refers to unnamed,
// or whoever the story's first money figure is about. Without another
// cue, or with one that only places it in the project's cost ("will cover
// up to ¥120 billion of the cost"), it is a subsidy.
bool Attributor::SubjectOfGrant(size_t i, Attribution& a, const std::vector<Recalled>& done) const {
  if (!GivenByTheState(i, a)) return false;
  // The document's project only once the story has named it: "mit dem
  // neuen Werk Lieferengpässe vermeiden" after the figure names nothing.
  int named_project = NamedBefore(document_project_, figures_[i].span.begin) ? document_project_ : -1;
  bool found = SetSubject(a, RecentProject(i, false), "context") || SetSubject(a, RecentProject(i, true), "context") ||
               SetSubject(a, named_project, "context") || SetUnnamedProject(a) || FirstMoneySubject(i, a, done);
  if (found && (a.attribute.empty() || a.attribute == "cost" || a.attribute == "price")) a.attribute = "subsidy";
  return found;
}

// "Hoshimura Electric will spend ¥480 billion … Japan's trade ministry will
// cover up to ¥120 billion": the subject of the story's first money figure,
// when it comes before figure i, copied into a.
bool Attributor::FirstMoneySubject(size_t i, Attribution& a, const std::vector<Recalled>& done) const {
  for (size_t j = 0; j < i; ++j) {
    if (figures_[j].kind != FigureKind::kMoney || !done[j].keep) continue;
    if (done[j].subject.empty()) return false;
    a.subject = done[j].subject;
    a.subject_source = "context";
    return true;
  }
  return false;
}

bool Attributor::NamedBefore(int entity, size_t pos) const {
  return entity >= 0 && std::any_of(entities_.begin(), entities_.end(),
                                    [&](const Resolved& e) { return e.entity == entity && e.span.begin < pos; });
}

bool Attributor::ActorBetween(size_t begin, size_t end) const {
  auto between = EntitiesIn({begin, end});
  return std::any_of(between.begin(), between.end(), [](const Resolved& e) { return e.entity >= 0 && IsActor(e.type); });
}

// "investiert jährlich 1,4 Milliarden Euro in das eigene Netz": money that
// goes into a project the story does not name (the first entity after the
// figure in its clause) is about none it names.
bool Attributor::OtherProjectAfter(size_t i) const {
  size_t from = figures_[i].span.end;
  auto after = EntitiesIn({from, clause_of_[i].end});
  return !after.empty() && after.front().type == "other" && after.front().span.begin <= from + kInvesteeReach;
}

bool Attributor::OtherProjectBefore(size_t i) const {
  auto before = EntitiesIn({sentence_of_[i].begin, figures_[i].span.begin});
  // "rival Northcliffe shelved its own Dogger project, estimated at $3
  // billion": a project named after the rival is what the figure is about.
  auto other = std::find_if(before.rbegin(), before.rend(), [](const Resolved& e) { return e.type == "other"; });
  return other != before.rend() &&
         std::none_of(before.rbegin(), other, [](const Resolved& e) { return e.entity >= 0 && IsProject(e.type); });
}

// Whether entity is one of two or more partners the story names together.
bool Attributor::IsPartner(int entity) const {
  return partners_.size() >= 2 && std::find(partners_.begin(), partners_.end(), EntityId(entity)) != partners_.end();
}

bool Attributor::SetUnnamedProject(Attribution& a) const {
  if (unnamed_project_.empty()) return false;
  a.subject = unnamed_project_;
  a.subject_source = "heuristic";
  return true;
}

// "Suvanto … said it would spend 1.8 billion euros on wind farms to feed
// the line": a project only referred to after the figure is what the money
// serves, not what it is about, where someone named before spends it.
bool Attributor::ProjectOnlyReferredToAfter(size_t i, Span within) const {
  bool referred_after = false;
  for (const auto& e : EntitiesIn(within)) {
    if (e.entity < 0 || !IsProject(e.type)) continue;
    if (e.span.begin < figures_[i].span.end || !e.reference) return false;
    referred_after = true;
  }
  return referred_after;
}

bool Attributor::SubjectFromContext(size_t i, bool guessed, Attribution& a,
                                    const std::vector<Recalled>& done) const {
  const Span f = figures_[i].span;
  auto set = [&](int entity, const char* source) { return SetSubject(a, entity, source); };
  for (Span within : {clause_of_[i], sentence_of_[i]}) {
    bool serves = ProjectOnlyReferredToAfter(i, within) && ActorNamedBefore(i);
    if (!serves && set(NearestOfType(within, f, IsProject, guessed), "entity")) return true;
  }
  std::vector<int> actors = ActorsBefore(i, guessed);
  // Several companies putting up one figure together act through a venture:
  // the one just named, listed or not, or else the one the document is about.
  // "4,5 Milliarden Euro wollen der Autobauer A und der Zellhersteller B …
  // stecken" names them after the figure.
  if (actors.size() >= 2 || PartnersBefore(i) || (actors.empty() && ActorsAfter(i).size() >= 2)) {
    // ("Die Baukosten für die Pipeline Baltyra beziffern die Partner auf …":
    // the sentence's own project, even a guessed one, before those named
    // earlier.)
    if (set(NearestOfType(sentence_of_[i], f, IsProject, true), "entity") || set(RecentProject(i, false), "context") ||
        set(RecentProject(i, true), "context") || set(document_project_, "context"))
      return true;
    // "Die beiden Partner bringen jeweils 1,45 Milliarden Euro auf" for the
    // company they buy.
    bool for_purchase = PartnersBefore(i) && figures_[i].kind == FigureKind::kMoney && document_project_ < 0;
    if (for_purchase && NamedBefore(story_purchase_, f.begin) && set(story_purchase_, "context")) return true;
    return SetUnnamedProject(a);
  }
  // "X由A持股60%，B持股35%", "Orchid Stone Ventures hält 15 Prozent": a
  // company before a stake holds it; the stake is in what the stake before
  // it in the article is in.
  // Not where the sentence names a project of its own, even a guessed one
  // ("den Windpark Helgoland Ost, … an dem der Konzern 100 Prozent hält").
  bool project_here = NearestOfType(sentence_of_[i], f, IsProject, true) >= 0;
  if (a.attribute == "stake" && actors.size() == 1 && last_stake_ >= 0 && !project_here &&
      done[last_stake_].subject != EntityId(actors.front())) {
    a.subject = done[last_stake_].subject;
    a.subject_source = done[last_stake_].subject_source;
    return true;
  }
  // "… agreed to sell half of Ruta Austral to Hantong and Rideau. Hantong
  // will take 37.5%": before any stake has a subject, a buyer's stake is
  // in what the story's deal buys.
  if (a.attribute == "stake" && actors.size() == 1 && last_stake_ < 0 && !project_here &&
      actors.front() != story_purchase_ && NamedBefore(story_purchase_, f.begin) && set(story_purchase_, "context"))
    return true;
  // "Qasr contributes $1 billion" to the venture just named: the company is
  // the holder, the venture the subject.
  if (actors.size() == 1 && a.attribute == "contribution" && set(RecentProject(i, guessed), "context")) return true;
  // "Haldrup will contribute 1.3 billion euros": what one of the partners
  // puts up goes into what they build together.
  if (actors.size() == 1 && a.attribute == "contribution" && IsPartner(actors.front()) && SetUnnamedProject(a))
    return true;
  // "Laurentia will put up 1.7 billion euros" of what the partners pay for
  // the company they buy.
  if (actors.size() == 1 && a.attribute == "contribution" && document_project_ < 0 &&
      actors.front() != story_purchase_ && NamedBefore(story_purchase_, f.begin) && set(story_purchase_, "context"))
    return true;
  // "La Commission européenne a promis une aide de 250 millions d'euros": a
  // government or agency gives money to the project in context; it holds
  // the figure and is not what the figure is about.
  // Where the story names no project, the grant is about what it does not
  // name, and never about the one who grants it.
  if (actors.size() == 1 && GrantedBy(i, actors.front(), a)) {
    if (!set(RecentProject(i, false), "context") && !set(RecentProject(i, true), "context") &&
        !set(document_project_, "context"))
      SetUnnamedProject(a);
    return true;
  }
  // "Cyclion will own 51% of the operating company": the company before a
  // stake in the partners' venture is its holder.
  // "Féerval détiendra 30 % du parc": who holds a stake is not what it is in.
  if (actors.size() == 1 && a.attribute != "stake" && set(actors.front(), "entity")) return true;
  // "Der Konzern setzte 2,1 Milliarden Euro um und will eine Milliarde Euro
  // ... investieren": who acts on the sentence's figure before acts on this
  // one too, rather than the project of the sentences before.
  if (SentenceSubjectBefore(i, done, a)) return true;
  // "Insgesamt 1,5 Milliarden Euro will der Konzern … investieren": a
  // clause that opens with its amount names who acts on it after it. Only
  // a listed entity or a reference: a name guessed there is as often a
  // person or a product ("£50m for Gerrard?", "The $499 Macintosh").
  if (!guessed && actors.empty() && set(ActorAfter(i), "entity")) return true;
  // A project the sentence names before the figure, even one only guessed
  // ("rival Northcliffe shelved its own North Sea project, estimated at £3
  // billion"), says more than the one the sentences before named.
  if (!guessed && NearestOfType({sentence_of_[i].begin, f.begin}, f, IsProject, true) >= 0) return false;
  return set(RecentProject(i, guessed), "context");
}

// The subject of the money figure before figure i in its sentence, when that
// one has a subject, copied into a.
bool Attributor::SentenceSubjectBefore(size_t i, const std::vector<Recalled>& done, Attribution& a) const {
  for (size_t j = i; j-- > 0 && sentence_of_[j] == sentence_of_[i];) {
    if (figures_[j].kind != FigureKind::kMoney || done[j].converts >= 0) continue;
    if (done[j].subject.empty()) return false;
    a.subject = done[j].subject;
    a.subject_source = "context";
    return true;
  }
  return false;
}

// Holders are the companies of the figure's own clause: "OpenAI、軟銀、甲骨文和
// MGX總共投入450億美元" belongs to those four, but the companies earlier in
// the sentence ("SoftBank hat ... erworben, um die 500 Milliarden schwere
// Initiative ...") do not own a figure of a later clause.
// A reference counts only where no actor is named: in "51 % de la société
// d'exploitation et Haldor Metals 49 %" the holder is Haldor Metals, not the
// company "la société" would refer to.
void Attributor::FindHolders(size_t i, Attribution& a, const Attribution& previous) {
  if (SoldShare(i)) return;
  Span lead = LeadWindow(i);
  lead.begin = std::max(lead.begin, clause_of_[i].begin);
  bool share_phrase = share_phrase_begin_[i] != std::string_view::npos;
  if (share_phrase) lead.end = std::min(lead.end, share_phrase_begin_[i]);
  std::span<const Resolved> in_lead = EntitiesIn(lead);
  bool named = std::any_of(in_lead.begin(), in_lead.end(),
                           [&](const Resolved& e) { return e.entity >= 0 && !e.reference && IsActor(e.type); });
  for (const auto& e : in_lead) {
    if (e.type == "holders") {
      // "兩者", "beide": the holders of the previous figure in this sentence,
      // or else, where the word counts them ("雙方", "die drei Partner"),
      // the actors named last.
      if (i > 0 && sentence_of_[i - 1] == sentence_of_[i]) a.holders = previous.holders;
      else a.holders = LastActors(e.span, PartnerCount(e.span), a.subject);
      continue;
    }
    std::string id = EntityId(e.entity);
    if (e.entity < 0 || !IsActor(e.type) || id == a.subject || (named && e.reference) || AfterBeforeMarker(e) ||
        AgentOfAnAside(e))
      continue;
    if (std::find(a.holders.begin(), a.holders.end(), id) == a.holders.end()) a.holders.push_back(id);
  }
  // "Wie das Unternehmen mitteilte, übernimmt es 35 Prozent": the holder of
  // a stake or contribution may stand earlier in the sentence than its
  // clause, but not in the phrase that names whose shares they are
  // ("海韵新能源…称，公司将认购英国布里斯伯恩能源…旗下万特穆尔…35%的股权").
  // "Calanque trägt 500 Millionen Dollar bei und hält 40 Prozent": one
  // figure's holder holds the next one too when nothing names another.
  bool total = std::find(a.qualifiers.begin(), a.qualifiers.end(), "total") != a.qualifiers.end();
  bool held = (a.attribute == "stake" || a.attribute == "contribution") && !total;
  // "60 Prozent an der Projektgesellschaft hält Aquenta": a clause that
  // opens with its figure names the holder after it.
  if (a.holders.empty() && held && OpensClause(i)) {
    if (int holder = HolderAfter(i); holder >= 0 && EntityId(holder) != a.subject) a.holders.push_back(EntityId(holder));
  }
  if (a.holders.empty() && held) {
    Span before = LeadWindow(i);
    if (share_phrase) before.end = std::min(before.end, share_phrase_begin_[i]);
    std::vector<int> actors = ActorsIn(before, false);
    // (A reference to a guessed name and the name are one actor.)
    for (int g : ActorsIn(before, true)) {
      if (std::find(actors.begin(), actors.end(), g) == actors.end()) actors.push_back(g);
    }
    if (actors.size() == 1 && EntityId(actors.front()) != a.subject) a.holders.push_back(EntityId(actors.front()));
    if (actors.empty() && i > 0 && sentence_of_[i - 1] == sentence_of_[i] && previous.holders.size() == 1 &&
        previous.holders.front() != a.subject && OnlyAVerbBetween(i - 1, i))
      a.holders = previous.holders;
  }
  // A company's figure that names nothing else is about the company, not
  // held by it; but a stake it takes is its own, whatever it is in
  // ("Hantong prendra 37,5 %", "Frostvik will take 45%").
  bool taken = a.attribute == "stake" && TakingVerbBefore(i) && !OtherProjectBefore(i) && !OtherProjectAfter(i);
  // So is a stake in what the story describes but never names ("公司将收购…
  // 卫星星座项目45%的股权", "公司将持有该项目45%的股权").
  bool in_unnamed = a.attribute == "stake" && (ShareOfUnnamed(i) || UnresolvedReferenceBefore(i)) &&
                    !OtherProjectBefore(i) && !OtherProjectAfter(i);
  if (a.holders.size() == 1 && a.subject.empty() && !taken && !in_unnamed) a.holders.clear();
}

// "向葡萄牙電信商Tarvela收購", "持有X": an entity a few characters after a
// `before` investee marker is what is bought, held or invested in, or who
// sells it, never a holder of the figure.
bool Attributor::AfterBeforeMarker(const Resolved& e) const {
  constexpr size_t kDescribed = 24;  // bytes: "葡萄牙電信商" between marker and name
  const Table* markers = lang_.FindTable("investee_markers");
  if (!markers || lang_.script != "Hani") return false;
  size_t from = e.span.begin > kDescribed ? e.span.begin - kDescribed : 0;
  while (from < e.span.begin && (static_cast<unsigned char>(text_[from]) & 0xC0) == 0x80) ++from;
  std::string_view before = text_.substr(from, e.span.begin - from);
  for (const auto& [word, where] : markers->entries) {
    size_t at = before.rfind(word);
    if (where != "before" || at == std::string_view::npos) continue;
    std::string_view between = before.substr(at + word.size());
    if (between.find("\uFF0C") == std::string_view::npos && between.find("\u3002") == std::string_view::npos &&
        !ActorBetween(from + at + word.size(), e.span.begin))
      return true;
  }
  return false;
}

// "The media giant, run by Rupert Murdoch, owns 82%", "Reliance Energy,
// headed by Anil, jumped 7%": a name after an agent marker that a comma
// closes stands in an aside about who runs the sentence's actor; it is no
// actor of the sentence, and its figures are neither its nor about it.
bool Attributor::AgentOfAnAside(const Resolved& e) const {
  const Table* markers = lang_.FindTable("agent_markers");
  if (!markers || !text_.substr(e.span.end).starts_with(",")) return false;
  std::string_view before = text_.substr(0, e.span.begin);
  if (!before.ends_with(" ")) return false;
  before.remove_suffix(1);
  size_t word = before.find_last_of(" ,(\n");
  word = word == std::string_view::npos ? 0 : word + 1;
  return markers->Find(FoldCase(before.substr(word))).has_value();
}

// "trägt 500 Millionen Dollar bei und hält 40 Prozent": a few words and no
// clause mark between two figures, so no item of a listing that names its
// own holder ("Ka Wui 6 billion yuan, the city 2.4 billion yuan").
bool Attributor::OnlyAVerbBetween(size_t j, size_t i) const {
  constexpr size_t kWords = 3;
  std::string_view between = text_.substr(figures_[j].span.end, figures_[i].span.begin - figures_[j].span.end);
  if (between.find_first_of(",;") != std::string_view::npos || between.find("\uFF0C") != std::string_view::npos ||
      between.find("\u3001") != std::string_view::npos)
    return false;
  return static_cast<size_t>(std::count(between.begin(), between.end(), ' ')) <= kWords + 1;
}

// How many actors a holders reference names ("雙方" 2, "die drei Partner"
// 3), or 0 where the rules do not say.
size_t Attributor::PartnerCount(Span reference) const {
  auto count = lang_.Lookup("partner_counts", FoldCase(text_.substr(reference.begin, reference.size())));
  return count ? std::stoul(*count) : 0;
}

// The last n distinct actors named before a reference, other than the
// subject, in the order the text names them; none unless there are n.
std::vector<std::string> Attributor::LastActors(Span reference, size_t n, const std::string& subject) const {
  std::vector<std::string> ids;
  auto end = std::lower_bound(entities_.begin(), entities_.end(), reference.begin,
                              [](const Resolved& e, size_t at) { return e.span.begin < at; });
  for (auto it = end; it != entities_.begin() && ids.size() < n;) {
    --it;
    std::string id = EntityId(it->entity);
    // (The company the partners buy is none of them.)
    if (it->entity < 0 || !IsActor(it->type) || id == subject || it->entity == story_purchase_) continue;
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  if (n == 0 || ids.size() < n) return {};
  std::reverse(ids.begin(), ids.end());
  return ids;
}

// A project's own investment figure, with no word that makes it a part
// ("initial", "each", "annual"), is its total: "Stargate, das 500 Milliarden
// US-Dollar investieren soll".
void Attributor::InferTotal(size_t i, Attribution& a) const {
  // The partners' venture is what its partners build together: their joint
  // figure ("Cyclion and Haldor will build a €1.5bn plant") is its total.
  bool partners_figure = a.subject == unnamed_project_ && a.holders.size() >= 2;
  if (figures_[i].kind != FigureKind::kMoney || a.subject.empty() || (!a.holders.empty() && !partners_figure)) return;
  if (!IsProject(SubjectType(a.subject))) return;
  // A contribution or a loan is a part whoever makes it: never the project's total.
  static const std::vector<std::string> kSpending = {"", "investment", "cost"};
  if (std::find(kSpending.begin(), kSpending.end(), a.attribute) == kSpending.end()) return;
  for (const char* q : {"initial", "each", "annual", "total", "up_to", "more_than"}) {
    if (std::find(a.qualifiers.begin(), a.qualifiers.end(), q) != a.qualifiers.end()) return;
  }
  a.qualifiers.push_back("total");
  std::sort(a.qualifiers.begin(), a.qualifiers.end());
  // "a $2.1 billion desalination plant": what a project costs in all is
  // what is invested in it.
  if (a.attribute.empty()) a.attribute = "investment";
}

std::string Attributor::SubjectType(const std::string& id) const {
  if (int entity = rules_.FindEntityById(id); entity >= 0) return rules_.entities[entity].type;
  auto it = named_type_.find(id);
  return it == named_type_.end() ? "" : it->second;
}

// "2 Milliarden Dollar (1,7 Milliarden Euro)", also with approximation cues
// or conversion markers inside: "(environ 11,1 milliards d'euros)",
// "(umgerechnet rund 3,8 Milliarden Euro)", "（约合3亿美元）".
bool Attributor::OnlyParenthesisBetween(size_t begin, size_t end) const {
  if (end < begin) return false;
  std::string_view between = text_.substr(begin, end - begin);
  size_t open = between.find('(');
  if (open == std::string_view::npos || between.substr(0, open).find_first_not_of(' ') != std::string_view::npos)
    return false;
  std::string inside = FoldCase(between.substr(open + 1));
  // Take the words off the front one by one: "umgerechnet rund", "约合".
  const Table* qualifiers = lang_.FindTable("qualifiers");
  const Table* markers = lang_.FindTable("conversion_markers");
  size_t at = 0;
  while (at < inside.size()) {
    if (inside[at] == ' ') {
      ++at;
      continue;
    }
    size_t longest = 0;
    for (const Table* t : {qualifiers, markers}) {
      if (!t) continue;
      for (const auto& [key, value] : t->entries) {
        if (key.size() > longest && inside.compare(at, key.size(), key) == 0 && (t == markers || value == "approx"))
          longest = key.size();
      }
    }
    if (longest == 0) return false;
    at += longest;
  }
  return true;
}

// A conversion covers what the amount it converts covers (a total, a
// year's), but is bounded by its own words: "30 Milliarden Rubel
// (umgerechnet etwa 367 Millionen Euro)" is an estimate only in euros.
std::vector<std::string> Attributor::ConversionQualifiers(size_t i, const Attribution& from) {
  Attribution own;
  ReadCues(i, own);
  std::vector<std::string> qualifiers;
  for (const auto& q : from.qualifiers)
    if (!IsBoundQualifier(q)) qualifiers.push_back(q);
  for (const auto& q : own.qualifiers)
    if (IsBoundQualifier(q)) qualifiers.push_back(q);
  std::sort(qualifiers.begin(), qualifiers.end());
  return qualifiers;
}

bool Attributor::LinkConversion(size_t i, Attribution& a, const Attribution& previous) {
  if (i == 0) return false;
  const Figure& prev = figures_[i - 1];
  const Figure& f = figures_[i];
  if (prev.kind != FigureKind::kMoney || f.kind != FigureKind::kMoney || !previous.keep) return false;
  if (!OnlyParenthesisBetween(prev.span.end, f.span.begin)) return false;
  std::string prev_unit = previous.unit_override.value_or(prev.unit);
  std::string unit = a.unit_override.value_or(f.unit);
  if (prev_unit.empty() || unit.empty() || prev_unit == unit) return false;
  const Attribution& from = previous;
  a.converts = static_cast<int>(i - 1);
  a.subject = from.subject;
  a.subject_source = from.subject_source;
  a.holders = from.holders;
  a.attribute = from.attribute;
  a.qualifiers = ConversionQualifiers(i, from);
  a.horizon = from.horizon;
  a.period = from.period;
  return true;
}

void Attributor::Run(const AttributionSink& sink) {
  if (figures_.empty()) return;
  share_phrase_begin_.assign(figures_.size(), std::string_view::npos);
  FindSentences();
  // Only money and percent figures get a subject, so names past the last of
  // them matter to none; a document of dates alone needs no names at all.
  size_t end = 0;
  for (size_t i = 0; i < figures_.size(); ++i) {
    if (figures_[i].kind != FigureKind::kDate) end = std::max(end, sentence_of_[i].end);
  }
  if (end > 0) FindEntities(end);
  // Made only now: name finding holds every word of the text for a while.
  done_.reserve(figures_.size());
  Attribution previous;
  for (size_t i = 0; i < figures_.size(); ++i) {
    Attribution a;
    a.sentence = sentence_of_[i];
    InferUnit(i, a, done_);
    if (a.keep && figures_[i].kind != FigureKind::kDate) Attribute(i, a, previous);
    done_.push_back({a.keep, a.converts, Intern(a.unit_override.value_or(figures_[i].unit)), Intern(a.attribute),
                     Intern(a.subject), Intern(a.subject_source)});
    sink(i, a);
    previous = std::move(a);
  }
}

void Attributor::FindEntities(size_t end) {
  std::vector<EntityMention> listed = FindEntityMentions(text_, end, lang_, rules_);
  EntityResolver resolver(text_, lang_, rules_, named_here_);
  entities_ = resolver.Run(listed, FindProperNames(text_, end, lang_, listed));
  unresolved_projects_ = resolver.unresolved_projects();
  for (const auto& n : named_here_) named_type_[n.id] = n.type;
  document_project_ = DocumentProject();
  story_purchase_ = StoryPurchase();
  unnamed_project_ = UnnamedProject();
  if (partners_.size() >= 2) named_type_[unnamed_project_] = "venture";
}

void Attributor::Attribute(size_t i, Attribution& a, const Attribution& previous) {
  if (LinkConversion(i, a, previous)) return;
  ReadCues(i, a);
  bool stake_price = a.attribute.empty() && PriceOfStakeBefore(i, done_);
  if (stake_price) a.attribute = "price";
  // What the money buys: the stake after it and what that stake is in.
  int bought_stake = StakeBoughtWith(i);
  int bought_of = bought_stake >= 0 ? InvesteeAfter(static_cast<size_t>(bought_stake), nullptr) : -1;
  if (bought_of >= 0 && (a.attribute.empty() || a.attribute == "investment")) a.attribute = "price";
  int inherited_from = InheritAttribute(i, a, done_);
  // "qui prendra 34 %": a share someone takes; one of something named
  // after it is weighed by what that is (FindSubject).
  if (a.attribute.empty() && figures_[i].kind == FigureKind::kPercent && TakingVerbBefore(i) && !InvesteeMarkerAfter(i))
    a.attribute = "stake";
  // "has agreed to sell 49% of TorreNova": a share of something that changes
  // hands is a stake, as one bought is ("sold 2.1% more cars" is none), and
  // so is one money pays for ("paying €180m for 24.9% of Azuréa").
  bool paid_for = i > 0 && StakeBoughtWith(i - 1) == static_cast<int>(i);
  if (a.attribute.empty() && (SoldShare(i) || paid_for) && InvesteeMarkerAfter(i)) a.attribute = "stake";
  ReadHorizon(i, a);
  ReadPeriod(i, a);
  // A figure that takes its attribute from the one before takes its subject
  // too, unless a purchase stands between them ("48美元…收购X，交易总价30亿美元").
  int acquired = inherited_from >= 0 ? AcquiredBefore(i, figures_[inherited_from].span.end) : -1;
  if (acquired >= 0) {
    SetSubject(a, acquired, "entity");
  } else if (bought_of >= 0) {
    SetSubject(a, bought_of, "entity");
  } else if (stake_price && !done_[i - 1].subject.empty()) {
    // "sell 49% of TorreNova … for 2.3 billion euros": the price of the
    // stake is about what the stake is in.
    a.subject = done_[i - 1].subject;
    a.subject_source = done_[i - 1].subject_source;
  } else if (inherited_from >= 0 && !done_[inherited_from].subject.empty()) {
    a.subject = done_[inherited_from].subject;
    a.subject_source = done_[inherited_from].subject_source;
  } else {
    FindSubject(i, a, done_);
    if (a.subject.empty() && !OtherProjectBefore(i)) ContinueSubject(i, a, done_);
  }
  FindHolders(i, a, previous);
  // "Rideau will buy 12.5% for $400 million": who holds the stake pays its price.
  if (stake_price && a.holders.empty() && a.subject == previous.subject) a.holders = previous.holders;
  InferTotal(i, a);
  if (a.attribute == "stake" && !a.subject.empty()) last_stake_ = static_cast<int>(i);
}

}  // namespace

void Attribute(std::string_view text, const std::vector<Mention>& mentions, const std::vector<Figure>& figures,
               const LanguageRules& lang, const RuleSet& rules, const std::string& lang_code,
               const AttributionSink& sink) {
  Attributor(text, mentions, figures, lang, rules, lang_code).Run(sink);
}

std::vector<Attribution> Attribute(std::string_view text, const std::vector<Mention>& mentions,
                                   const std::vector<Figure>& figures, const LanguageRules& lang,
                                   const RuleSet& rules, const std::string& lang_code) {
  std::vector<Attribution> out;
  out.reserve(figures.size());
  Attribute(text, mentions, figures, lang, rules, lang_code, [&](size_t, const Attribution& a) { out.push_back(a); });
  return out;
}

}  // namespace claimcheck
