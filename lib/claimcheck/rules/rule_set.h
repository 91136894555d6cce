// RuleSet: everything claimcheck knows about languages, as loaded from
// rules/*.yaml. Numbers, scale words, currencies, months, cue words and
// entities are tables of folded surface text -> value; patterns are RE2
// regular expressions built from those tables. Each item remembers where it
// was written (SourceLoc) so that errors and --explain can point at it.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimcheck {

struct CompiledLanguage;  // rules/compiled_set.h
struct CompileOnce;       // rules/compiled_set.h

struct SourceLoc {
  std::string file;
  int line = 0;
  int col = 0;
};

// kHorizon rules find periods ("in den nächsten vier Jahren") that qualify a
// figure; kSkip rules match text that holds no figure although it looks like
// one (a web address with "%20"). Neither ever becomes a claim.
enum class FigureKind { kMoney, kPercent, kDate, kHorizon, kSkip };
const char* FigureKindName(FigureKind kind);

// A table maps case-folded surface text to a value written as text ("1e9",
// "USD", "-1"); the table's name fixes how the value is read.
// Hashes std::string and std::string_view alike, so that a table is asked
// with a view into the text, without a copy.
struct TransparentHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct Table {
  std::unordered_map<std::string, std::string, TransparentHash, std::equal_to<>> entries;
  std::vector<std::string> keys;  // as written, for building patterns
  // The value of a folded key, valid as long as the table.
  std::optional<std::string_view> Find(std::string_view folded) const;
};

struct PatternRule {
  std::string id;  // "de.money.amount_scale_currency"
  FigureKind kind = FigureKind::kMoney;
  std::string pattern;  // after macro expansion, with named groups
  // A figure with a scale but no currency: money only when the document
  // states a currency for the same value or a money cue stands beside it.
  bool needs_context = false;
  // Where not empty, the rule fits only where the text before the span ends
  // with a match of this pattern (macros expanded). It keeps a context such
  // as "the highest level in six months" out of the combined scan, where a
  // few words of any kind before the figure multiply the DFA's states.
  std::string preceded_by;
  SourceLoc loc;
  SourceLoc preceded_by_loc;
};

struct Example {
  std::string text;
  std::string kind;  // "money" | "percent" | "date"
  std::optional<std::string> value, low, high, unit, rule, anchor;
  bool relative = false;
  SourceLoc loc;
};

struct Counterexample {
  std::string text;
  SourceLoc loc;
};

struct NumberFormat {
  std::string decimal = ".";
  std::vector<std::string> group = {","};
};

struct LanguageRules {
  std::string code;    // "de", "en", "fr", "zh"
  std::string script;  // "Latn", "Hani"
  // German writes every noun with a capital, so a lone capitalised word is
  // no sign of a proper name there (proper_names.h).
  bool capitalises_nouns = false;
  // Endings of common nouns and place adjectives ("Gasnetzbetreiber",
  // "Heilbronner"): such a word at the head of a capitalised run is no part
  // of the name that follows it.
  std::vector<std::string> common_noun_endings;
  NumberFormat number_format;
  std::vector<std::string> detect_words;  // frequent words that identify the language
  std::vector<char32_t> hant_chars, hans_chars;  // sorted: characters only one Chinese script uses
  // Words of the language's own tables (month, scale, currency, cue words):
  // weaker evidence for language detection than detect_words.
  std::unordered_set<std::string> vocabulary;
  // By table name; common tables merged in. Looked up by string_view: the
  // callers name tables with literals, and a std::string per lookup cost
  // an allocation for names longer than 15 bytes ("investee_markers").
  std::map<std::string, Table, std::less<>> tables;
  std::vector<PatternRule> rules;
  // Entity names (case-sensitive), and reference phrases ("der Konzern")
  // in one case-insensitive group: the entity scanner's alternatives.
  std::vector<std::string> entity_patterns;
  std::vector<Example> examples;
  std::vector<Counterexample> counterexamples;
  // The regular expressions above, compiled on first use: compiling every
  // language costs ~50 ms each, and most runs read one or two languages.
  std::shared_ptr<CompileOnce> compiled;

  const Table* FindTable(std::string_view name) const;
  // Value of folded key in the named table, or nullopt.
  std::optional<std::string> Lookup(std::string_view table, std::string_view folded) const;
  // The compiled patterns, built by the first caller (thread-safe). A pattern
  // that does not compile is missing there; LoadRules reports it unless it
  // was asked to compile lazily (the embedded rules, checked at build time).
  const CompiledLanguage& Compiled() const;
};

struct Entity {
  std::string id;
  std::string type;  // company | project | venture | fund | institution | person
  std::vector<std::string> names;
  SourceLoc loc;
};

struct CurrencyInfo {
  std::string code;
  int minor_units = 2;
};

struct RuleSet {
  std::vector<LanguageRules> languages;
  std::map<std::string, CurrencyInfo> currencies;  // by ISO code
  // Plausible exchange-rate bands "EUR/USD" -> [low, high] units of the
  // second currency per unit of the first, for checking stated conversions.
  std::map<std::string, std::pair<double, double>> fx_bands;
  std::vector<Entity> entities;
  // Folded word -> evidence for each language (same index as languages):
  // 2 for a detect word, 1 for a word of the language's tables.
  std::unordered_map<std::string, std::vector<int>> detect_weights;

  const LanguageRules* FindLanguage(const std::string& code) const;
  // Index into entities of the entity with this name as written, or -1.
  int FindEntityByName(const std::string& name) const;
  int FindEntityById(const std::string& id) const;
};

}  // namespace claimcheck
