// Plain option structs: what the flags of each subcommand mean, filled by
// CLI11 in the Setup* functions and read by the Run* functions.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace claimcheck::cli {

enum class Format { kAuto, kJsonl, kJson, kTsv, kText };

struct CommonOptions {
  std::string rules_dir;                  // --rules: replaces the embedded rules
  std::vector<std::string> entity_files;  // --entities: added to the entity list
  std::string language = "auto";          // --lang
  std::string anchor_date;                // --anchor-date YYYY-MM-DD
  bool stats = false;                     // --stats: always print the run summary
};

struct ExtractOptions {
  Format format = Format::kAuto;
  int jobs = 1;  // -j: threads extracting in parallel
  std::vector<std::string> paths;
};

enum class FailOn { kConflict, kExplained, kNever };

struct ReconcileOptions {
  Format format = Format::kAuto;
  FailOn fail_on = FailOn::kConflict;
  int jobs = 1;  // -j: threads parsing claim files
  std::vector<std::string> paths;
};

struct RulesOptions {
  std::string action;  // check | list
  std::string dir;     // for check: a rules directory (default: the embedded rules)
};

}  // namespace claimcheck::cli
