// Loading rules/*.yaml into a RuleSet.
// Every file is checked against the schema in docs/rules.md: unknown keys,
// wrong types, unknown table names, macros that name no table, patterns RE2
// cannot compile. All errors of all files are collected, each at the line and
// column of the YAML node at fault, before LoadRules gives up.
#pragma once

#include <string>
#include <vector>

#include "claimcheck/error.h"
#include "claimcheck/rules/rule_set.h"

namespace claimcheck {

struct RuleFile {
  std::string path;  // as printed in messages: "rules/de/money.yaml"
  std::string text;
};

// Builds a RuleSet from rule files; on failure, every error found.
Result<RuleSet> LoadRules(const std::vector<RuleFile>& files);

// Reads every *.yaml below dir (sorted). Other files are errors, except
// README.md and *.md documentation.
Result<std::vector<RuleFile>> ReadRuleDirectory(const std::string& dir);

// (Re)builds each language's entity scanner from rules.entities and its
// references table; call again after adding entities.
void BuildEntityScanners(RuleSet& rules);

// Reads one extra entities file (--entities); its entities are appended.
Result<std::vector<Entity>> LoadEntityFile(const RuleFile& file);

}  // namespace claimcheck
