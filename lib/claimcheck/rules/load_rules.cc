#include "claimcheck/rules/load_rules.h"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <thread>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "claimcheck/decimal.h"
#include "claimcheck/rules/compiled_set.h"
#include "claimcheck/rules/factor_pattern.h"
#include "claimcheck/normalize.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

// Table names and how their values are read.
enum class ValueType { kDecimal, kInt, kCurrency, kWord, kNumberRole, kHoliday, kNameRole };
const std::map<std::string, ValueType>& KnownTables() {
  static const std::map<std::string, ValueType> kTables = {
      {"number_words", ValueType::kNumberRole},  // "1e9" or "10 small" / "1e4 big"
      {"number_connectors", ValueType::kWord},   // "und", "and", "et"
      {"ordinals", ValueType::kInt},
      {"scales", ValueType::kDecimal},
      {"currencies", ValueType::kCurrency},  // "USD", or "USD?" where the name is ambiguous
      {"currency_symbols", ValueType::kCurrency},
      {"minor_currencies", ValueType::kCurrency},  // Cent, centimes: 1/100 of the named code
      {"months", ValueType::kInt},
      {"weekdays", ValueType::kInt},
      {"holidays", ValueType::kHoliday},  // "12-25", or "easter+1" for moveable feasts
      {"relative_days", ValueType::kInt},
      {"date_units", ValueType::kWord},  // day | week | month | year
      {"directions", ValueType::kInt},   // -1 last, 0 this, +1 next
      {"range_separators", ValueType::kWord},
      {"percent_signs", ValueType::kWord},
      {"qualifiers", ValueType::kWord},   // cue -> initial | total | each | annual | up_to | more_than | approx
      {"attributes", ValueType::kWord},   // cue -> investment | stake | revenue | ...
      {"references", ValueType::kWord},   // "der Konzern" -> company
      {"partner_counts", ValueType::kInt},  // "die drei Partner" -> 3: how many actors a holders reference names
      {"partner_joiners", ValueType::kWord},  // "und", "gemeinsam mit", "與": two companies named together
      {"taking_verbs", ValueType::kWord},  // "take", "prend" right before "34% of X": a share taken of a company
      {"taking_fillers", ValueType::kWord},  // "dabei", "ainsi": may stand between a taking verb and its share
      {"sale_words", ValueType::kWord},    // "sells", "cession de" right before a share: its seller holds it no more
      {"agent_markers", ValueType::kWord},  // "by", "par" before a name set off by commas: who runs the subject, not it
      {"date_bounds", ValueType::kWord},  // "by", "from" before | "前" after a date: a span's end, not a period
      {"money_cues", ValueType::kWord},   // words that make a bare scaled figure money
      {"horizon_units", ValueType::kWord},
      {"investee_markers", ValueType::kWord},  // "in" after | "向" before: marks whom money goes to
      {"grant_verbs", ValueType::kWord},       // "übernimmt", "will cover": a government gives the money
      {"name_words", ValueType::kNameRole},    // what a word says of a proper name next to it
      {"name_trades", ValueType::kWord},       // "新能源" -> "new energy": a trade word after a Han brand
      {"conversion_markers", ValueType::kWord},  // "umgerechnet", "约合": a figure in parentheses converts
      {"region_words", ValueType::kWord},  // "state", "province" after a name a place preposition leads: a place
      {"places", ValueType::kWord},  // "finnische", "Genève", "芬兰" -> finland, geneva: whose government it is
  };
  return kTables;
}

const std::set<std::string> kFileKeys = {"language", "settings", "tables", "rules", "examples", "counterexamples",
                                         "currencies", "fx_bands", "entities"};

// One rule file as YAML, or why it is not YAML.
struct ParsedFile {
  const RuleFile* file = nullptr;
  YAML::Node root;
  std::optional<Error> error;
};

class Loader {
 public:
  explicit Loader(Errors& errors) : errors_(errors) {}

  void LoadFile(const ParsedFile& parsed);
  RuleSet Finish();

 private:
  SourceLoc Loc(const YAML::Node& node) const {
    // A key missing from a const map reads as an invalid node, whose Mark()
    // throws; Field() reports those at the map, this is the last guard.
    if (!node.IsDefined()) return {file_, 0, 0};
    return {file_, node.Mark().line + 1, node.Mark().column + 1};
  }
  void Fail(const YAML::Node& node, const std::string& message) {
    SourceLoc loc = Loc(node);
    errors_.push_back({Error::Kind::kRules, loc.file, loc.line, loc.col, message});
  }
  void Fail(const SourceLoc& loc, const std::string& message) {
    errors_.push_back({Error::Kind::kRules, loc.file, loc.line, loc.col, message});
  }
  bool CheckKeys(const YAML::Node& map, const std::set<std::string>& allowed, const std::string& what);
  std::optional<std::string> Scalar(const YAML::Node& node, const std::string& what);
  bool Bool(const YAML::Node& node, const std::string& what);
  // The scalar under key of map (what names it in messages), or nullopt after
  // reporting that it is missing or not a scalar.
  std::optional<std::string> Field(const YAML::Node& map, const char* key, const std::string& container,
                                   const std::string& what);
  LanguageRules& Language(const std::string& code);

  void LoadSettings(const YAML::Node& node, LanguageRules& lang);
  void LoadTables(const YAML::Node& node, LanguageRules& lang);
  bool CheckValue(const YAML::Node& value, ValueType type, const std::string& table);
  void LoadRules(const YAML::Node& node, LanguageRules& lang, const std::string& file_stem);
  void LoadExamples(const YAML::Node& node, LanguageRules& lang);
  void LoadCounterexamples(const YAML::Node& node, LanguageRules& lang);
  void LoadCurrencies(const YAML::Node& node);
  void LoadFxBands(const YAML::Node& node);
  void LoadEntities(const YAML::Node& node);

  void MergeCommonTables(LanguageRules& lang);
  void PrepareLanguage(LanguageRules& lang);
  std::string Expand(const std::string& pattern, const LanguageRules& lang, const SourceLoc& loc);
  std::string NumberPattern(const LanguageRules& lang);
  std::string TablesPattern(const std::string& names, const LanguageRules& lang, const SourceLoc& loc);

  Errors& errors_;
  std::string file_;
  std::vector<LanguageRules> languages_;
  LanguageRules common_;
  std::map<std::string, SourceLoc> rule_ids_;
  RuleSet out_;
  std::map<std::string, SourceLoc> settings_seen_;
  std::map<std::string, SourceLoc> entity_ids_;
};

bool Loader::CheckKeys(const YAML::Node& map, const std::set<std::string>& allowed, const std::string& what) {
  if (!map.IsMap()) {
    Fail(map, what + " must be a mapping");
    return false;
  }
  bool ok = true;
  std::set<std::string> seen;
  for (auto it = map.begin(); it != map.end(); ++it) {
    std::string key = it->first.IsScalar() ? it->first.Scalar() : "";
    if (!allowed.count(key)) {
      Fail(it->first, "unknown key '" + key + "' in " + what);
      ok = false;
    } else if (!seen.insert(key).second) {
      // yaml-cpp keeps both; only the first would be read.
      Fail(it->first, "key '" + key + "' given twice in " + what);
      ok = false;
    }
  }
  return ok;
}

std::optional<std::string> Loader::Field(const YAML::Node& map, const char* key, const std::string& container,
                                         const std::string& what) {
  // A missing key has no position of its own (yaml-cpp throws when asked).
  if (!map[key]) {
    Fail(map, "missing key '" + std::string(key) + "' in " + container);
    return std::nullopt;
  }
  return Scalar(map[key], what);
}

std::optional<std::string> Loader::Scalar(const YAML::Node& node, const std::string& what) {
  if (!node || !node.IsScalar()) {
    Fail(node, what + " must be a scalar");
    return std::nullopt;
  }
  return node.Scalar();
}

// true or false, as YAML writes them; anything else is reported.
bool Loader::Bool(const YAML::Node& node, const std::string& what) {
  auto s = Scalar(node, what);
  if (s == "true") return true;
  if (s && *s != "false") Fail(node, what + " must be true or false");
  return false;
}

LanguageRules& Loader::Language(const std::string& code) {
  if (code == "common") return common_;
  for (auto& lang : languages_) {
    if (lang.code == code) return lang;
  }
  languages_.emplace_back();
  languages_.back().code = code;
  return languages_.back();
}

ParsedFile ParseYaml(const RuleFile& file) {
  ParsedFile parsed{&file, {}, std::nullopt};
  try {
    parsed.root = YAML::Load(file.text);
  } catch (const YAML::Exception& e) {
    // e.what() prefixes its own 1-based position; build ours from the mark.
    parsed.error = Error{Error::Kind::kRules, file.path, e.mark.line + 1, e.mark.column + 1, "YAML: " + e.msg};
  }
  return parsed;
}

void Loader::LoadFile(const ParsedFile& parsed) {
  const RuleFile& file = *parsed.file;
  file_ = file.path;
  if (parsed.error) {
    errors_.push_back(*parsed.error);
    return;
  }
  const YAML::Node& root = parsed.root;
  if (!root || root.IsNull()) return;
  if (!CheckKeys(root, kFileKeys, "a rule file")) return;
  auto code = root["language"] ? Scalar(root["language"], "language") : std::nullopt;
  if (!code) {
    if (!root["language"]) errors_.push_back({Error::Kind::kRules, file_, 1, 1, "missing key 'language'"});
    return;
  }
  LanguageRules& lang = Language(*code);
  std::string stem = fs::path(file.path).stem().string();
  if (root["settings"]) LoadSettings(root["settings"], lang);
  if (root["tables"]) LoadTables(root["tables"], lang);
  if (root["rules"]) LoadRules(root["rules"], lang, stem);
  if (root["examples"]) LoadExamples(root["examples"], lang);
  if (root["counterexamples"]) LoadCounterexamples(root["counterexamples"], lang);
  if (root["currencies"]) LoadCurrencies(root["currencies"]);
  if (root["fx_bands"]) LoadFxBands(root["fx_bands"]);
  if (root["entities"]) LoadEntities(root["entities"]);
}

void Loader::LoadSettings(const YAML::Node& node, LanguageRules& lang) {
  if (!CheckKeys(node, {"name", "script", "decimal", "group", "detect", "hant_chars", "hans_chars", "capitalises_nouns",
                        "common_noun_endings"},
                 "settings"))
    return;
  if (settings_seen_.count(lang.code)) {
    Fail(node, "settings for '" + lang.code + "' already given at " + settings_seen_[lang.code].file);
    return;
  }
  settings_seen_[lang.code] = Loc(node);
  if (node["script"]) lang.script = Scalar(node["script"], "script").value_or("");
  if (node["capitalises_nouns"]) lang.capitalises_nouns = Bool(node["capitalises_nouns"], "capitalises_nouns");
  if (node["decimal"]) lang.number_format.decimal = Scalar(node["decimal"], "decimal").value_or(".");
  if (node["group"]) {
    lang.number_format.group.clear();
    if (!node["group"].IsSequence()) Fail(node["group"], "group must be a list");
    for (const auto& g : node["group"]) {
      if (auto s = Scalar(g, "group separator")) lang.number_format.group.push_back(*s);
    }
  }
  if (node["hant_chars"]) lang.hant_chars = SortedCodePoints(Scalar(node["hant_chars"], "hant_chars").value_or(""));
  if (node["hans_chars"]) lang.hans_chars = SortedCodePoints(Scalar(node["hans_chars"], "hans_chars").value_or(""));
  if (node["common_noun_endings"]) {
    if (!node["common_noun_endings"].IsSequence()) Fail(node["common_noun_endings"], "common_noun_endings must be a list");
    for (const auto& w : node["common_noun_endings"]) {
      if (auto s = Scalar(w, "noun ending")) lang.common_noun_endings.push_back(FoldCase(*s));
    }
  }
  if (node["detect"]) {
    if (!node["detect"].IsSequence()) Fail(node["detect"], "detect must be a list");
    for (const auto& w : node["detect"]) {
      if (auto s = Scalar(w, "detect word")) lang.detect_words.push_back(FoldCase(*s));
    }
  }
}

bool Loader::CheckValue(const YAML::Node& value, ValueType type, const std::string& table) {
  if (!value.IsScalar()) {
    Fail(value, "value in table '" + table + "' must be a scalar");
    return false;
  }
  const std::string& v = value.Scalar();
  bool ok = true;
  std::string expected;
  switch (type) {
    case ValueType::kDecimal:
      ok = Decimal::Parse(v).has_value();
      expected = "a number";
      break;
    case ValueType::kNumberRole: {
      std::string number = v.substr(0, v.find(' '));
      std::string role = v.find(' ') == std::string::npos ? "" : v.substr(v.find(' ') + 1);
      ok = Decimal::Parse(number).has_value() &&
           (role.empty() || role == "small" || role == "big" || role == "add" || role == "point" || role == "alone");
      expected = "a number, optionally followed by 'add', 'small', 'big', 'point' or 'alone'";
      break;
    }
    case ValueType::kInt:
      ok = !v.empty() && v.find_first_not_of("-+0123456789") == std::string::npos;
      expected = "a whole number";
      break;
    case ValueType::kCurrency: {
      std::string code = v.ends_with("?") ? v.substr(0, v.size() - 1) : v;
      ok = code.size() >= 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      expected = "an ISO 4217 code (\"USD\", or \"USD?\" where the name is ambiguous)";
      break;
    }
    case ValueType::kWord:
      ok = !v.empty();
      expected = "a word";
      break;
    case ValueType::kNameRole: {
      static const std::set<std::string> kRoles = {"stop",    "person",  "place",   "naming", "naming_after", "joins",
                                                     "company", "project", "venture", "fund",   "institution"};
      ok = kRoles.count(v) > 0;
      expected = "one of stop, person, place, naming, naming_after, joins, company, project, venture, fund, institution";
      break;
    }
    case ValueType::kHoliday: {
      static const RE2 kHolidaySpec("(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])|easter(?:[+-][0-9]{1,2})?");
      ok = RE2::FullMatch(v, kHolidaySpec);
      expected = "\"MM-DD\" or \"easter\", \"easter+N\", \"easter-N\"";
      break;
    }
  }
  if (!ok) Fail(value, "value '" + v + "' in table '" + table + "' must be " + expected);
  return ok;
}

void Loader::LoadTables(const YAML::Node& node, LanguageRules& lang) {
  if (!node.IsMap()) {
    Fail(node, "tables must be a mapping");
    return;
  }
  std::set<std::string> seen;
  for (auto it = node.begin(); it != node.end(); ++it) {
    std::string name = it->first.Scalar();
    if (!seen.insert(name).second) {
      Fail(it->first, "table '" + name + "' given twice in this file");
      continue;
    }
    auto known = KnownTables().find(name);
    if (known == KnownTables().end()) {
      Fail(it->first, "unknown table '" + name + "'");
      continue;
    }
    if (!it->second.IsMap()) {
      Fail(it->second, "table '" + name + "' must be a mapping");
      continue;
    }
    Table& table = lang.tables[name];
    for (auto e = it->second.begin(); e != it->second.end(); ++e) {
      std::string key = e->first.Scalar();
      if (key.empty()) {
        Fail(e->first, "empty key in table '" + name + "'");
        continue;
      }
      if (!CheckValue(e->second, known->second, name)) continue;
      std::string folded = FoldCase(key);
      if (table.entries.count(folded)) {
        Fail(e->first, "'" + key + "' is listed twice in table '" + name + "'");
        continue;
      }
      table.entries[folded] = e->second.Scalar();
      table.keys.push_back(key);
    }
  }
}

void Loader::LoadRules(const YAML::Node& node, LanguageRules& lang, const std::string& file_stem) {
  if (!node.IsSequence()) {
    Fail(node, "rules must be a list");
    return;
  }
  for (const auto& r : node) {
    if (!CheckKeys(r, {"id", "kind", "pattern", "needs_context", "preceded_by"}, "a rule")) continue;
    auto id = Field(r, "id", "a rule", "rule id");
    auto kind = Field(r, "kind", "a rule", "rule kind");
    auto pattern = Field(r, "pattern", "a rule", "rule pattern");
    if (!id || !kind || !pattern) continue;
    PatternRule rule;
    rule.id = lang.code + "." + file_stem + "." + *id;
    rule.loc = Loc(r["pattern"]);
    if (*kind == "money") rule.kind = FigureKind::kMoney;
    else if (*kind == "percent") rule.kind = FigureKind::kPercent;
    else if (*kind == "date") rule.kind = FigureKind::kDate;
    else if (*kind == "horizon") rule.kind = FigureKind::kHorizon;
    else if (*kind == "skip") rule.kind = FigureKind::kSkip;
    else {
      Fail(r["kind"], "rule kind must be money, percent, date, horizon or skip, not '" + *kind + "'");
      continue;
    }
    if (r["needs_context"]) rule.needs_context = r["needs_context"].as<bool>(false);
    if (r["preceded_by"]) {
      auto before = Field(r, "preceded_by", "a rule", "rule context pattern");
      if (!before) continue;
      rule.preceded_by = *before;
      rule.preceded_by_loc = Loc(r["preceded_by"]);
    }
    if (rule_ids_.count(rule.id)) {
      Fail(r["id"], "rule id '" + rule.id + "' already defined");
      continue;
    }
    rule_ids_[rule.id] = Loc(r["id"]);
    rule.pattern = *pattern;  // expanded once every table is known
    lang.rules.push_back(std::move(rule));
  }
}

void Loader::LoadExamples(const YAML::Node& node, LanguageRules& lang) {
  if (!node.IsSequence()) {
    Fail(node, "examples must be a list");
    return;
  }
  for (const auto& e : node) {
    if (!CheckKeys(e, {"text", "kind", "value", "low", "high", "unit", "rule", "anchor", "relative"}, "an example"))
      continue;
    auto text = Field(e, "text", "an example", "example text");
    auto kind = Field(e, "kind", "an example", "example kind");
    if (!text || !kind) continue;
    Example ex;
    ex.text = *text;
    ex.kind = *kind;
    ex.loc = Loc(e);
    auto opt = [&](const char* key) -> std::optional<std::string> {
      if (!e[key]) return std::nullopt;
      if (e[key].IsNull()) return std::string("null");
      return Scalar(e[key], key);
    };
    ex.value = opt("value");
    ex.low = opt("low");
    ex.high = opt("high");
    ex.unit = opt("unit");
    ex.rule = opt("rule");
    ex.anchor = opt("anchor");
    if (e["relative"]) ex.relative = e["relative"].as<bool>(false);
    lang.examples.push_back(std::move(ex));
  }
}

void Loader::LoadCounterexamples(const YAML::Node& node, LanguageRules& lang) {
  if (!node.IsSequence()) {
    Fail(node, "counterexamples must be a list");
    return;
  }
  for (const auto& c : node) {
    if (auto text = Scalar(c, "counterexample")) lang.counterexamples.push_back({*text, Loc(c)});
  }
}

void Loader::LoadCurrencies(const YAML::Node& node) {
  if (!node.IsMap()) {
    Fail(node, "currencies must be a mapping");
    return;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    std::string code = it->first.Scalar();
    CurrencyInfo info{code, 2};
    if (it->second.IsMap()) {
      if (!CheckKeys(it->second, {"minor", "name"}, "a currency")) continue;
      if (it->second["minor"]) info.minor_units = it->second["minor"].as<int>(2);
    }
    out_.currencies[code] = info;
  }
}

void Loader::LoadFxBands(const YAML::Node& node) {
  if (!node.IsMap()) {
    Fail(node, "fx_bands must be a mapping");
    return;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    YAML::Node band = it->second;  // a copy: the iterator yields a temporary
    if (!band.IsSequence() || band.size() != 2) {
      Fail(band, "an fx band must be [low, high]");
      continue;
    }
    auto low = Decimal::Parse(band[0].Scalar());
    auto high = Decimal::Parse(band[1].Scalar());
    if (!low || !high || *high < *low) {
      Fail(band, "an fx band must be two numbers, low <= high");
      continue;
    }
    out_.fx_bands[it->first.Scalar()] = {low->ToDouble(), high->ToDouble()};
  }
}

void Loader::LoadEntities(const YAML::Node& node) {
  static const std::set<std::string> kTypes = {"company", "project", "venture", "fund", "institution", "person", "country"};
  if (!node.IsSequence()) {
    Fail(node, "entities must be a list");
    return;
  }
  for (const auto& e : node) {
    if (!CheckKeys(e, {"id", "type", "names"}, "an entity")) continue;
    auto id = Field(e, "id", "an entity", "entity id");
    auto type = Field(e, "type", "an entity", "entity type");
    if (!id || !type) continue;
    if (!kTypes.count(*type)) {
      Fail(e["type"], "entity type must be company, project, venture, fund, institution, person or country");
      continue;
    }
    if (entity_ids_.count(*id)) {
      Fail(e["id"], "entity '" + *id + "' already defined");
      continue;
    }
    entity_ids_[*id] = Loc(e);
    Entity entity{*id, *type, {}, Loc(e)};
    if (!e["names"] || !e["names"].IsSequence()) {
      Fail(e, "an entity needs a list of names");
      continue;
    }
    for (const auto& n : e["names"]) {
      if (auto s = Scalar(n, "entity name")) entity.names.push_back(*s);
    }
    out_.entities.push_back(std::move(entity));
  }
}

std::string EscapeLiteral(const std::string& s) { return RE2::QuoteMeta(s); }

// Alternation of a table's keys, longest first so that RE2 prefers
// "Milliarden" over "Milliarde" even outside leftmost-longest mode.
std::string Alternation(const Table& table) {
  std::vector<std::string> keys = table.keys;
  std::sort(keys.begin(), keys.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::string out;
  for (const auto& k : keys) {
    if (!out.empty()) out += '|';
    out += EscapeLiteral(k);
  }
  return out.empty() ? "[^\\x00-\\x{10FFFF}]" : out;  // an empty table matches nothing
}

std::string Loader::NumberPattern(const LanguageRules& lang) {
  std::string dec = EscapeLiteral(lang.number_format.decimal);
  std::string groups;
  for (const auto& g : lang.number_format.group) groups += EscapeLiteral(g) + "|";
  if (!groups.empty()) groups.pop_back();
  // The last alternative takes "1.5" in German text or "2,5" in English:
  // ParseDigits reads a mark before one or two digits as the decimal point.
  std::string digits = "\\b(?:\\d{1,3}(?:(?:" + groups + ")\\d{3})+(?:" + dec + "\\d+)?|\\d+(?:" + dec +
                       "\\d+)?|\\d+[.,]\\d{1,2})";
  const Table* words = lang.FindTable("number_words");
  if (!words || words->keys.empty()) return "(?:" + digits + ")";
  std::string w = "(?:" + Alternation(*words) + ")";
  if (lang.script == "Hani") return "(?:" + digits + "|" + w + "+)";
  std::string joiner = "[\\s-]?";
  if (const Table* c = lang.FindTable("number_connectors")) joiner = "[\\s-]?(?:(?:" + Alternation(*c) + ")[\\s-]?)?";
  return "(?:" + digits + "|\\b" + w + "(?:" + joiner + w + ")*\\b)";
}

// Length of a macro "{table}" or "{table:group}" at pattern[pos], or 0. A
// brace followed by a digit is a repetition ("\\d{1,3}") and stays as it is.
size_t MacroLength(const std::string& pattern, size_t pos, std::string& table, std::string& group) {
  if (pattern[pos] != '{' || (pos > 0 && pattern[pos - 1] == '\\')) return 0;
  size_t close = pattern.find('}', pos);
  if (close == std::string::npos) return 0;
  std::string inner = pattern.substr(pos + 1, close - pos - 1);
  if (inner.empty() || !(inner[0] >= 'a' && inner[0] <= 'z')) return 0;
  size_t colon = inner.find(':');
  table = inner.substr(0, colon);
  group = colon == std::string::npos ? "" : inner.substr(colon + 1);
  auto valid = [](const std::string& s) {
    return !s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyz_0123456789") == std::string::npos;
  };
  bool tables_valid = true;
  for (size_t start = 0, bar; start <= table.size(); start = bar + 1) {
    bar = table.find('|', start);
    if (bar == std::string::npos) bar = table.size();
    tables_valid = tables_valid && valid(table.substr(start, bar - start));
  }
  if (!tables_valid || (colon != std::string::npos && !valid(group))) return 0;
  return close - pos + 1;
}

// "{currencies|currency_symbols}": the union of the named tables' keys.
std::string Loader::TablesPattern(const std::string& names, const LanguageRules& lang, const SourceLoc& loc) {
  Table merged;
  std::string codes;
  for (size_t start = 0, bar; start <= names.size(); start = bar + 1) {
    bar = names.find('|', start);
    if (bar == std::string::npos) bar = names.size();
    std::string name = names.substr(start, bar - start);
    const Table* t = lang.FindTable(name);
    if (!t) {
      Fail(loc, "pattern uses {" + name + "}, but no table of that name is defined for '" + lang.code + "'");
      continue;
    }
    if (name == "currency_codes") {
      // Codes count only in capitals and as words: "dem" is no Deutsche Mark.
      codes = "|\\b(?-i:" + Alternation(*t) + ")\\b";
      continue;
    }
    merged.keys.insert(merged.keys.end(), t->keys.begin(), t->keys.end());
  }
  return "(?:" + Alternation(merged) + codes + ")";
}

// Replaces {table} and {table:group} by the table's alternation, {number} by
// digits or number words; a group name makes it a named capture.
std::string Loader::Expand(const std::string& pattern, const LanguageRules& lang, const SourceLoc& loc) {
  std::string out;
  for (size_t i = 0; i < pattern.size();) {
    std::string table, group;
    size_t len = MacroLength(pattern, i, table, group);
    if (len == 0) {
      out += pattern[i++];
      continue;
    }
    std::string body = table == "number" ? NumberPattern(lang) : TablesPattern(table, lang, loc);
    out += group.empty() ? body : "(?P<" + group + ">" + body + ")";
    i += len;
  }
  return out;
}

// The group names each kind of rule may use; any other name would be
// silently ignored by the parsers, so it is an error.
const std::set<std::string>& KnownGroups(FigureKind kind) {
  static const std::set<std::string> kMoney = {"amount", "scale", "currency", "currency2", "low", "high",
                                               "scale_low", "minor", "tenth", "sign"};
  static const std::set<std::string> kDate = {"year", "month", "day", "weekday", "reld", "count", "unit", "dir",
                                              "toward", "period", "shift", "quarter", "holiday", "year2", "month2", "day2"};
  static const std::set<std::string> kHorizon = {"count", "count2", "unit"};
  static const std::set<std::string> kNone = {};
  switch (kind) {
    case FigureKind::kMoney:
    case FigureKind::kPercent: return kMoney;
    case FigureKind::kDate: return kDate;
    case FigureKind::kHorizon: return kHorizon;
    case FigureKind::kSkip: return kNone;
  }
  return kNone;
}

void Loader::MergeCommonTables(LanguageRules& lang) {
  for (const auto& [name, common] : common_.tables) {
    Table& table = lang.tables[name];
    for (size_t i = 0; i < common.keys.size(); ++i) {
      std::string folded = FoldCase(common.keys[i]);
      if (table.entries.count(folded)) continue;  // the language's own reading wins
      table.entries[folded] = common.entries.at(folded);
      table.keys.push_back(common.keys[i]);
    }
  }
}

// The words of at least three letters of a table key: "dollars de Hong
// Kong" -> dollars, hong, kong.
std::vector<std::string> KeyWords(const std::string& key) {
  std::vector<std::string> words;
  size_t start = 0;
  for (size_t i = 0; i <= key.size(); ++i) {
    bool boundary = i == key.size() || key[i] == ' ' || key[i] == '-' || key[i] == '\'';
    if (!boundary) continue;
    std::string word = key.substr(start, i - start);
    if (word.size() >= 3 && std::none_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
      words.push_back(std::move(word));
    start = i + 1;
  }
  return words;
}

// Every word of at least three letters in the language's own tables, but
// its places: "New York" and "Genève" are names, "new" is no rule word.
// Nor is a word of a place's name that only a currency's name has too:
// "Kong" of "dollars de Hong Kong" may start a company's name ("Kong Yuen
// Water"), and the place itself is found whole ("Hong Kong").
void CollectVocabulary(LanguageRules& lang) {
  std::set<std::string> currency_words, place_words;
  for (const auto& [name, table] : lang.tables) {
    bool currency = name == "currencies" || name == "minor_currencies";
    for (const auto& [key, value] : table.entries) {
      std::vector<std::string> words = KeyWords(key);
      if (name == "places") {
        if (words.size() >= 2) place_words.insert(words.begin(), words.end());
      } else if (currency) {
        currency_words.insert(words.begin(), words.end());
      } else {
        lang.vocabulary.insert(words.begin(), words.end());
      }
    }
  }
  for (const auto& word : currency_words) {
    if (!place_words.count(word)) lang.vocabulary.insert(word);
  }
}

// Everything but compiling: tables merged, macros expanded.
// LanguageRules::Compiled() compiles on first use.
void Loader::PrepareLanguage(LanguageRules& lang) {
  CollectVocabulary(lang);  // before the common tables join: they belong to no language
  MergeCommonTables(lang);
  // Rules of rules/common apply in every language and are tried first.
  lang.rules.insert(lang.rules.begin(), common_.rules.begin(), common_.rules.end());
  // ISO codes are currencies in every language: "USD 15", "15 EUR".
  Table& codes = lang.tables["currency_codes"];
  for (const auto& [code, info] : out_.currencies) {
    if (codes.entries.emplace(FoldCase(code), code).second) codes.keys.push_back(code);
  }
  for (auto& rule : lang.rules) {
    rule.pattern = Expand(rule.pattern, lang, rule.loc);
    if (!rule.preceded_by.empty()) rule.preceded_by = Expand(rule.preceded_by, lang, rule.preceded_by_loc);
  }
  lang.compiled = std::make_shared<CompileOnce>();
}

// Language detection looks every word of a sample up once, in one table.
void IndexDetectionWords(RuleSet& rules) {
  size_t n = rules.languages.size();
  for (size_t i = 0; i < n; ++i) {
    const LanguageRules& lang = rules.languages[i];
    for (const auto& w : lang.detect_words) {
      auto& weights = rules.detect_weights.try_emplace(w, n, 0).first->second;
      weights[i] += 2;
    }
    for (const auto& w : lang.vocabulary) {
      auto& weights = rules.detect_weights.try_emplace(w, n, 0).first->second;
      weights[i] += 1;
    }
  }
}

RuleSet Loader::Finish() {
  for (auto& lang : languages_) {
    if (!settings_seen_.count(lang.code)) {
      errors_.push_back({Error::Kind::kRules, "rules/" + lang.code, 0, 0,
                         "language '" + lang.code + "' has no settings (decimal, group, script, detect)"});
    }
    PrepareLanguage(lang);
    // Currency codes must be ones the common table declares.
    for (const char* t : {"currencies", "currency_symbols", "minor_currencies"}) {
      const Table* table = lang.FindTable(t);
      if (!table || out_.currencies.empty()) continue;
      for (const auto& [key, value] : table->entries) {
        std::string code = value.ends_with("?") ? value.substr(0, value.size() - 1) : value;
        if (!out_.currencies.count(code)) {
          errors_.push_back({Error::Kind::kRules, "rules/" + lang.code, 0, 0,
                             "currency '" + key + "' maps to '" + code + "', which rules/common does not declare"});
        }
      }
    }
    out_.languages.push_back(std::move(lang));
  }
  IndexDetectionWords(out_);
  return std::move(out_);
}

bool IsAsciiWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// A name written in Latin script must stand as a word; "SoftBanks" (genitive)
// still names SoftBank.
std::string NamePattern(const std::string& name) {
  std::string p = RE2::QuoteMeta(name);
  if (IsAsciiWordChar(name.front())) p = "\\b" + p;
  if (IsAsciiWordChar(name.back())) p += "s?\\b";
  return p;
}

// Matches nothing: stands in for a pattern that is empty or did not compile.
constexpr const char* kNothing = "[^\\x00-\\x{10FFFF}]";

// Memory budget of one regular expression: its program and its DFA cache.
// The scanner's DFA sees every byte, so it gets the most; a rule's regex
// sees only candidate spans. The sum over a language stays a few tens of MB.
constexpr int64_t kScannerMemory = 64 << 20;
constexpr int64_t kRuleMemory = 2 << 20;

RE2::Options PatternOptions(int64_t max_mem, bool case_sensitive) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(case_sensitive);
  options.set_longest_match(true);
  options.set_max_mem(max_mem);
  return options;
}

std::unique_ptr<const RE2> CompilePattern(const std::string& pattern, const RE2::Options& options,
                                          const SourceLoc& loc, const std::string& what, Errors& errors) {
  auto re = std::make_unique<const RE2>(pattern.empty() ? kNothing : pattern, options);
  if (re->ok()) return re;
  errors.push_back({Error::Kind::kRules, loc.file, loc.line, loc.col, what + " does not compile: " + re->error()});
  return nullptr;
}

// Named groups a figure kind's parser does not read are mistakes in the rule.
void CheckGroups(const PatternRule& rule, const RE2& re, Errors& errors) {
  auto fail = [&](const std::string& message) {
    errors.push_back({Error::Kind::kRules, rule.loc.file, rule.loc.line, rule.loc.col, message});
  };
  for (const auto& [name, index] : re.NamedCapturingGroups()) {
    if (!KnownGroups(rule.kind).count(name))
      fail("rule '" + rule.id + "' uses group '" + name + "', which means nothing to a " +
           FigureKindName(rule.kind) + " rule (docs/rules.md lists the group names)");
    // RE2 accepts a name twice but reports only the first group.
    std::string open = "(?P<" + name + ">";
    if (rule.pattern.find(open) != rule.pattern.rfind(open))
      fail("rule '" + rule.id + "' names group '" + name + "' twice; split the rule in two");
  }
}

// A pattern with its named groups made plain "(?:" groups: where only what
// a pattern matches counts, not where its groups lie.
std::string WithoutGroupNames(std::string pattern) {
  RE2::GlobalReplace(&pattern, "\\(\\?P<[a-z_0-9]+>", "(?:");
  return pattern;
}

// Set index i is rule i; rules that did not compile are added as patterns
// that match nothing, so indices stay aligned. The set only tells which
// rules fit a span, so each rule's alternatives are factored
// (factor_pattern.h): its DFA's states are built with fewer threads.
std::unique_ptr<RE2::Set> CompileRuleMatcher(const LanguageRules& lang, const CompiledLanguage& compiled,
                                             Errors& errors) {
  auto set = std::make_unique<RE2::Set>(PatternOptions(kScannerMemory, false), RE2::ANCHOR_BOTH);
  for (size_t i = 0; i < lang.rules.size(); ++i) {
    const PatternRule& rule = lang.rules[i];
    std::string error;
    std::string pattern = compiled.rules[i] ? FactoredAlternation({WithoutGroupNames(rule.pattern)}) : kNothing;
    if (set->Add(pattern, &error) < 0) {
      errors.push_back({Error::Kind::kRules, rule.loc.file, rule.loc.line, rule.loc.col,
                        "pattern of rule '" + rule.id + "' does not compile in a set: " + error});
      return nullptr;
    }
  }
  if (set->Compile()) return set;
  errors.push_back({Error::Kind::kRules, "rules/" + lang.code, 0, 0,
                    "the rules of '" + lang.code + "' do not compile together (RE2 memory budget)"});
  return nullptr;
}

// The patterns of the rules that compiled and belong to the group (dates or
// the rest), without captures: a scanner only finds where a figure stands;
// which rule it is comes after.
std::vector<std::string> ScanPatterns(const LanguageRules& lang, const CompiledLanguage& compiled, bool dates) {
  std::vector<std::string> patterns;
  for (size_t i = 0; i < lang.rules.size(); ++i) {
    if (!compiled.rules[i] || (lang.rules[i].kind == FigureKind::kDate) != dates) continue;
    patterns.push_back(WithoutGroupNames(lang.rules[i].pattern));
  }
  return patterns;
}

// A rule's preceded_by pattern, made to end where the text before a span
// ends; null when the rule has none or it does not compile.
std::unique_ptr<const RE2> CompilePrecededBy(const PatternRule& rule, Errors& errors) {
  if (rule.preceded_by.empty()) return nullptr;
  return CompilePattern("(?:" + rule.preceded_by + ")$", PatternOptions(kRuleMemory, false), rule.preceded_by_loc,
                        "preceded_by pattern of rule '" + rule.id + "'", errors);
}

// Date rules get a scanner of their own: in one DFA with the money and
// percent rules, the states RE2 builds multiply (English warm-up took 1 s
// per 6 MB, half as long apart), while two DFAs cost little more per byte.
void CompileScanners(const LanguageRules& lang, CompiledLanguage& out, Errors& errors) {
  SourceLoc loc{"rules/" + lang.code, 0, 0};
  for (bool dates : {false, true}) {
    std::vector<std::string> patterns = ScanPatterns(lang, out, dates);
    if (patterns.empty()) continue;
    // One alternation, the pieces that rules begin with written once: the
    // DFA's states then cost a third to build (factor_pattern.h).
    out.scanners.push_back(CompilePattern(FactoredAlternation(patterns), PatternOptions(kScannerMemory, false), loc,
                                          std::string(dates ? "combined date patterns" : "combined patterns") +
                                              " of '" + lang.code + "'",
                                          errors));
  }
}

// Runs every task, on as many threads as there are cores (at most four),
// taking them in the order given: the longest should come first.
void RunOnCores(const std::vector<std::function<void()>>& tasks) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t k; (k = next.fetch_add(1)) < tasks.size();) tasks[k]();
  };
  size_t helpers = std::min<size_t>({std::thread::hardware_concurrency(), 4, tasks.size()});
  std::vector<std::thread> threads;
  for (size_t t = 1; t < helpers; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
}

// Each rule's own regex. Compiling a language is most of a short run's
// start-up (English: 0.15 s), and its regexes are independent, so they are
// compiled side by side; the errors come in rule order all the same.
void CompileRules(const LanguageRules& lang, CompiledLanguage& out) {
  out.rules.resize(lang.rules.size());
  out.preceded_by.resize(lang.rules.size());
  std::vector<Errors> errors(lang.rules.size());
  std::vector<std::function<void()>> tasks;
  for (size_t i = 0; i < lang.rules.size(); ++i) {
    tasks.emplace_back([&, i] {
      const PatternRule& rule = lang.rules[i];
      out.rules[i] = CompilePattern(rule.pattern, PatternOptions(kRuleMemory, false), rule.loc,
                                    "pattern of rule '" + rule.id + "'", errors[i]);
      if (out.rules[i]) CheckGroups(rule, *out.rules[i], errors[i]);
      out.preceded_by[i] = CompilePrecededBy(rule, errors[i]);
    });
  }
  RunOnCores(tasks);
  for (const auto& e : errors) out.errors.insert(out.errors.end(), e.begin(), e.end());
  for (size_t i = 0; i < lang.rules.size(); ++i) {
    if (!lang.rules[i].preceded_by.empty() && !out.preceded_by[i]) out.rules[i] = nullptr;
    if (out.preceded_by[i]) out.has_preceded_by = true;
  }
}

// What is built from the rules once they compiled: the scanners, the rule
// matcher and the entity scanner, side by side (the rule matcher, the
// largest, first); the errors come in that order all the same.
void CompileMatchers(const LanguageRules& lang, CompiledLanguage& out) {
  SourceLoc loc{"rules/" + lang.code, 0, 0};
  Errors scanner_errors, matcher_errors, entity_errors;
  RunOnCores({
      [&] { out.rule_matcher = CompileRuleMatcher(lang, out, matcher_errors); },
      [&] { CompileScanners(lang, out, scanner_errors); },
      // Entity names are case-sensitive ("Arm" the company, "arm" the limb).
      [&] {
        // Names share their first letters, as the rules their first pieces
        // (factored here, not at load, which every run pays for).
        out.entity_scanner = CompilePattern(FactoredAlternation(lang.entity_patterns),
                                            PatternOptions(kScannerMemory, true), loc,
                                            "entity names of '" + lang.code + "'", entity_errors);
      },
  });
  for (const Errors* e : {&scanner_errors, &matcher_errors, &entity_errors})
    out.errors.insert(out.errors.end(), e->begin(), e->end());
}

std::unique_ptr<CompiledLanguage> CompileLanguage(const LanguageRules& lang) {
  auto out = std::make_unique<CompiledLanguage>();
  CompileRules(lang, *out);
  CompileMatchers(lang, *out);
  return out;
}

}  // namespace

void BuildEntityScanners(RuleSet& rules) {
  std::vector<std::string> names;
  for (const auto& e : rules.entities) names.insert(names.end(), e.names.begin(), e.names.end());
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  std::vector<std::string> name_patterns;
  for (const auto& n : names) name_patterns.push_back(NamePattern(n));
  for (auto& lang : rules.languages) {
    lang.entity_patterns = name_patterns;
    if (const Table* refs = lang.FindTable("references")) {
      std::string ref_alt;
      for (const auto& k : refs->keys) {
        if (!ref_alt.empty()) ref_alt += '|';
        ref_alt += NamePattern(k);
      }
      if (!ref_alt.empty()) lang.entity_patterns.push_back("(?i:" + ref_alt + ")");
    }
    lang.compiled = std::make_shared<CompileOnce>();  // what was compiled before is stale
  }
}

Errors CompileAll(const RuleSet& rules) {
  Errors errors;
  for (const auto& lang : rules.languages) {
    const auto& compiled = lang.Compiled();
    errors.insert(errors.end(), compiled.errors.begin(), compiled.errors.end());
  }
  return errors;
}

std::string WithoutExamples(std::string_view yaml) {
  std::string out;
  out.reserve(yaml.size());
  bool in_examples = false;
  for (size_t pos = 0; pos < yaml.size();) {
    size_t end = std::min(yaml.find('\n', pos), yaml.size());
    std::string_view line = yaml.substr(pos, end - pos);
    // A top-level key starts a section; indented lines, sequence items,
    // comments and blank lines continue the one before.
    bool continues = line.empty() || line[0] == ' ' || line[0] == '-' || line[0] == '#' || line[0] == '\r';
    if (!continues) in_examples = line.starts_with("examples:") || line.starts_with("counterexamples:");
    if (!in_examples) out.append(line);
    if (end < yaml.size()) out += '\n';
    pos = end + 1;
  }
  return out;
}

// Each file parsed, in the order given. YAML parsing is most of start-up
// and the files are independent, so they are parsed on as many threads as
// there are cores (at most four), the largest first.
std::vector<ParsedFile> ParseAll(const std::vector<RuleFile>& files) {
  std::vector<ParsedFile> parsed(files.size());
  std::vector<size_t> largest_first(files.size());
  std::iota(largest_first.begin(), largest_first.end(), size_t{0});
  std::sort(largest_first.begin(), largest_first.end(),
            [&](size_t a, size_t b) { return files[a].text.size() > files[b].text.size(); });
  std::vector<std::function<void()>> tasks;
  for (size_t k : largest_first) tasks.emplace_back([&, k] { parsed[k] = ParseYaml(files[k]); });
  RunOnCores(tasks);
  return parsed;
}

Result<RuleSet> LoadRules(const std::vector<RuleFile>& files, LoadMode mode) {
  Errors errors;
  Loader loader(errors);
  std::vector<RuleFile> stripped;
  if (mode != LoadMode::kCheck) {
    for (const auto& f : files) stripped.push_back({f.path, WithoutExamples(f.text)});
  }
  for (const ParsedFile& parsed : ParseAll(mode == LoadMode::kCheck ? files : stripped)) loader.LoadFile(parsed);
  RuleSet rules = loader.Finish();
  BuildEntityScanners(rules);
  // Compiled even after other errors, so that one run reports them all.
  if (mode == LoadMode::kCheck) {
    Errors compile_errors = CompileAll(rules);
    errors.insert(errors.end(), compile_errors.begin(), compile_errors.end());
  }
  if (!errors.empty()) return errors;
  return rules;
}

const CompiledLanguage& LanguageRules::Compiled() const {
  static const CompiledLanguage kNoPatterns;  // a LanguageRules that LoadRules did not build
  if (!compiled) return kNoPatterns;
  std::call_once(compiled->once, [this] { compiled->result = CompileLanguage(*this); });
  return *compiled->result;
}

Result<std::vector<RuleFile>> ReadRuleDirectory(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Error{Error::Kind::kRules, dir, 0, 0, "not a directory"};
  std::vector<std::string> paths;
  Errors errors;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::string ext = it->path().extension().string();
    if (ext == ".yaml") paths.push_back(it->path().string());
    else if (ext != ".md") errors.push_back({Error::Kind::kRules, it->path().string(), 0, 0, "stray file in rules directory (only *.yaml and *.md belong there)"});
  }
  if (ec) errors.push_back({Error::Kind::kRules, dir, 0, 0, "cannot read: " + ec.message()});
  std::sort(paths.begin(), paths.end());
  std::vector<RuleFile> files;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    if (!in) {
      errors.push_back({Error::Kind::kRules, p, 0, 0, "cannot read"});
      continue;
    }
    files.push_back({p, std::move(buf).str()});
  }
  if (!errors.empty()) return errors;
  return files;
}

Result<std::vector<Entity>> LoadEntityFile(const RuleFile& file) {
  Errors errors;
  Loader loader(errors);
  loader.LoadFile(ParseYaml(file));
  RuleSet rules = loader.Finish();
  if (!errors.empty()) return errors;
  return rules.entities;
}

}  // namespace claimcheck
