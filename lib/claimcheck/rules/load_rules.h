// Loading rules/*.yaml into a RuleSet.
// Every file is checked against the schema in docs/rules.md: unknown keys,
// wrong types, unknown table names, macros that name no table, patterns RE2
// cannot compile. All errors of all files are collected, each at the line and
// column of the YAML node at fault, before LoadRules gives up.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/error.h"
#include "claimcheck/rules/rule_set.h"

namespace claimcheck {

struct RuleFile {
  std::string path;  // as printed in messages: "rules/de/money.yaml"
  std::string text;
};

// kCheck reads everything and compiles every pattern while loading, so that
// every error is reported. kRunChecked is for rules already checked (the
// embedded ones, which the test suite loads with kCheck): the examples are
// not read, and patterns are compiled by LanguageRules::Compiled() on first
// use, so a run pays only for the languages it reads.
enum class LoadMode { kCheck, kRunChecked };

// Builds a RuleSet from rule files; on failure, every error found.
Result<RuleSet> LoadRules(const std::vector<RuleFile>& files, LoadMode mode = LoadMode::kCheck);

// Compiles every language's patterns now (they are otherwise compiled on
// first use); the errors of those that do not compile.
Errors CompileAll(const RuleSet& rules);

// yaml with its top-level examples: and counterexamples: sections blanked
// out line by line, so every other line keeps its number. yaml-cpp reads
// about 6 MB/s and the examples are a third of its work at start-up.
std::string WithoutExamples(std::string_view yaml);

// Reads every *.yaml below dir (sorted). Other files are errors, except
// README.md and *.md documentation.
Result<std::vector<RuleFile>> ReadRuleDirectory(const std::string& dir);

// (Re)builds each language's entity pattern from rules.entities and its
// references table; call again after adding entities (the patterns are
// compiled anew on first use).
void BuildEntityScanners(RuleSet& rules);

// Reads one extra entities file (--entities); its entities are appended.
Result<std::vector<Entity>> LoadEntityFile(const RuleFile& file);

}  // namespace claimcheck
