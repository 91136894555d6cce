#include "claimcheck/rules/snapshot.h"

#include <simdjson.h>

#include <algorithm>

#include "claimcheck/report/json_writer.h"
#include "claimcheck/rules/compiled_set.h"

namespace claimcheck {

// A field added to one of these structs must be written and read below, or
// runs with the embedded rules would silently lack it; these sizes stop
// the build until both sides are updated (then update the size).
static_assert(sizeof(PatternRule) == 192, "PatternRule changed: update WriteRule and ReadRule");
static_assert(sizeof(Table) == 80, "Table changed: update WriteTable and ReadTable");
static_assert(sizeof(Entity) == 128, "Entity changed: update WriteEntity and ReadEntity");
static_assert(sizeof(LanguageRules) == 440, "LanguageRules changed: update WriteLanguage and ReadLanguage");
static_assert(sizeof(RuleSet) == 200, "RuleSet changed: update WriteSnapshot and ReadSnapshot");

namespace {

using report::AppendJsonString;
using report::ObjectWriter;

// Writes items as a JSON array, each with write_item(out, item).
template <typename Range, typename WriteItem>
void Array(std::string& out, const Range& items, WriteItem write_item) {
  out += '[';
  bool first = true;
  for (const auto& item : items) {
    if (!first) out += ',';
    first = false;
    write_item(out, item);
  }
  out += ']';
}

void Strings(std::string& out, const std::vector<std::string>& values) {
  Array(out, values, [](std::string& o, const std::string& s) { AppendJsonString(o, s); });
}

void Loc(std::string& out, const SourceLoc& loc) {
  out += '[';
  AppendJsonString(out, loc.file);
  out += ',' + std::to_string(loc.line) + ',' + std::to_string(loc.col) + ']';
}

// Unordered containers are written sorted: the same rules, the same bytes.
template <typename Map>
std::vector<const typename Map::value_type*> Sorted(const Map& map) {
  std::vector<const typename Map::value_type*> items;
  for (const auto& item : map) items.push_back(&item);
  std::sort(items.begin(), items.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  return items;
}

void WriteTable(std::string& out, const std::string& name, const Table& table) {
  ObjectWriter w(out);
  w.String("name", name);
  w.Strings("keys", table.keys);
  Array(w.Key("entries"), Sorted(table.entries), [](std::string& o, const auto* entry) {
    o += '[';
    AppendJsonString(o, entry->first);
    o += ',';
    AppendJsonString(o, entry->second);
    o += ']';
  });
  w.End();
}

void WriteRule(std::string& out, const PatternRule& rule) {
  ObjectWriter w(out);
  w.String("id", rule.id);
  w.Int("kind", static_cast<int>(rule.kind));
  w.String("pattern", rule.pattern);
  w.Bool("needs_context", rule.needs_context);
  w.String("preceded_by", rule.preceded_by);
  Loc(w.Key("loc"), rule.loc);
  Loc(w.Key("preceded_by_loc"), rule.preceded_by_loc);
  w.End();
}

void WriteLanguage(std::string& out, const LanguageRules& lang) {
  ObjectWriter w(out);
  w.String("code", lang.code);
  w.String("script", lang.script);
  w.Bool("capitalises_nouns", lang.capitalises_nouns);
  w.Strings("common_noun_endings", lang.common_noun_endings);
  w.String("decimal", lang.number_format.decimal);
  w.Strings("group", lang.number_format.group);
  w.Strings("detect_words", lang.detect_words);
  auto chars = [](std::string& o, char32_t c) { o += std::to_string(static_cast<uint32_t>(c)); };
  Array(w.Key("hant_chars"), lang.hant_chars, chars);
  Array(w.Key("hans_chars"), lang.hans_chars, chars);
  std::vector<std::string> vocabulary(lang.vocabulary.begin(), lang.vocabulary.end());
  std::sort(vocabulary.begin(), vocabulary.end());
  w.Strings("vocabulary", vocabulary);
  Array(w.Key("tables"), lang.tables, [](std::string& o, const auto& t) { WriteTable(o, t.first, t.second); });
  Array(w.Key("rules"), lang.rules, WriteRule);
  w.Strings("entity_patterns", lang.entity_patterns);
  w.End();
}

void WriteEntity(std::string& out, const Entity& e) {
  ObjectWriter w(out);
  w.String("id", e.id);
  w.String("type", e.type);
  w.Strings("names", e.names);
  Loc(w.Key("loc"), e.loc);
  w.End();
}

}  // namespace

std::string WriteSnapshot(const RuleSet& rules) {
  std::string out;
  ObjectWriter w(out);
  Array(w.Key("languages"), rules.languages, WriteLanguage);
  Array(w.Key("currencies"), rules.currencies, [](std::string& o, const auto& c) {
    o += '[';
    AppendJsonString(o, c.second.code);
    o += ',' + std::to_string(c.second.minor_units) + ']';
  });
  Array(w.Key("fx_bands"), rules.fx_bands, [](std::string& o, const auto& band) {
    o += '[';
    AppendJsonString(o, band.first);
    o += ',' + report::DoubleToJson(band.second.first) + ',' + report::DoubleToJson(band.second.second) + ']';
  });
  Array(w.Key("entities"), rules.entities, WriteEntity);
  Array(w.Key("detect_weights"), Sorted(rules.detect_weights), [](std::string& o, const auto* word) {
    o += '[';
    AppendJsonString(o, word->first);
    o += ',';
    Array(o, word->second, [](std::string& o2, int weight) { o2 += std::to_string(weight); });
    o += ']';
  });
  w.End();
  return out;
}

namespace {

// Reading throws simdjson_error on anything WriteSnapshot would not have
// written; ReadSnapshot turns that into an Error.
using simdjson::dom::array;
using simdjson::dom::element;

std::string Str(element e) { return std::string(std::string_view(e)); }
int Int(element e) { return static_cast<int>(int64_t(e)); }

std::vector<std::string> StringList(element e) {
  std::vector<std::string> out;
  for (element item : array(e)) out.push_back(Str(item));
  return out;
}

SourceLoc ReadLoc(element e) {
  array parts = e;
  return {Str(parts.at(0)), Int(parts.at(1)), Int(parts.at(2))};
}

Table ReadTable(element e) {
  Table table;
  table.keys = StringList(e["keys"]);
  for (element entry : array(e["entries"])) table.entries.emplace(Str(entry.at(0)), Str(entry.at(1)));
  return table;
}

PatternRule ReadRule(element e) {
  PatternRule rule;
  rule.id = Str(e["id"]);
  rule.kind = static_cast<FigureKind>(Int(e["kind"]));
  rule.pattern = Str(e["pattern"]);
  rule.needs_context = bool(e["needs_context"]);
  rule.preceded_by = Str(e["preceded_by"]);
  rule.loc = ReadLoc(e["loc"]);
  rule.preceded_by_loc = ReadLoc(e["preceded_by_loc"]);
  return rule;
}

std::vector<char32_t> CodePoints(element e) {
  std::vector<char32_t> out;
  for (element c : array(e)) out.push_back(static_cast<char32_t>(int64_t(c)));
  return out;
}

LanguageRules ReadLanguage(element e) {
  LanguageRules lang;
  lang.code = Str(e["code"]);
  lang.script = Str(e["script"]);
  lang.capitalises_nouns = bool(e["capitalises_nouns"]);
  lang.common_noun_endings = StringList(e["common_noun_endings"]);
  lang.number_format.decimal = Str(e["decimal"]);
  lang.number_format.group = StringList(e["group"]);
  lang.detect_words = StringList(e["detect_words"]);
  lang.hant_chars = CodePoints(e["hant_chars"]);
  lang.hans_chars = CodePoints(e["hans_chars"]);
  for (element w : array(e["vocabulary"])) lang.vocabulary.insert(Str(w));
  for (element t : array(e["tables"])) lang.tables.emplace(Str(t["name"]), ReadTable(t));
  for (element r : array(e["rules"])) lang.rules.push_back(ReadRule(r));
  lang.entity_patterns = StringList(e["entity_patterns"]);
  lang.compiled = std::make_shared<CompileOnce>();
  return lang;
}

Entity ReadEntity(element e) {
  return {Str(e["id"]), Str(e["type"]), StringList(e["names"]), ReadLoc(e["loc"])};
}

RuleSet ReadRuleSet(element root) {
  RuleSet rules;
  for (element lang : array(root["languages"])) rules.languages.push_back(ReadLanguage(lang));
  for (element c : array(root["currencies"])) {
    std::string code = Str(c.at(0));
    rules.currencies[code] = {code, Int(c.at(1))};
  }
  for (element band : array(root["fx_bands"])) rules.fx_bands[Str(band.at(0))] = {double(band.at(1)), double(band.at(2))};
  for (element entity : array(root["entities"])) rules.entities.push_back(ReadEntity(entity));
  for (element word : array(root["detect_weights"])) {
    std::vector<int> weights;
    for (element w : array(word.at(1))) weights.push_back(Int(w));
    rules.detect_weights.emplace(Str(word.at(0)), std::move(weights));
  }
  return rules;
}

}  // namespace

Result<RuleSet> ReadSnapshot(std::string_view json) {
  simdjson::dom::parser parser;
  try {
    return ReadRuleSet(parser.parse(simdjson::padded_string(json)));
  } catch (const simdjson::simdjson_error& e) {
    return Error{Error::Kind::kRules, "snapshot", 0, 0, std::string("not a rules snapshot: ") + e.what()};
  }
}

}  // namespace claimcheck
