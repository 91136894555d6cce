#include "cmd_rules.h"

#include <fmt/format.h>

#include "claimcheck/rules/check_examples.h"
#include "claimcheck/rules/embedded_rules.h"

namespace claimcheck::cli {

CLI::App* SetupRules(CLI::App& app, RulesOptions& options) {
  CLI::App* cmd = app.add_subcommand("rules", "Check or list rule files");
  cmd->add_option("action", options.action, "check | list")
      ->required()
      ->check(CLI::IsMember({"check", "list"}));
  cmd->add_option("dir", options.dir, "Rules directory to check (default: the embedded rules or --rules)");
  return cmd;
}

int RunRules(const CommonOptions& common, const RulesOptions& options, const ErrorSink& sink) {
  CommonOptions effective = common;
  if (!options.dir.empty()) effective.rules_dir = options.dir;
  auto rules = LoadConfiguredRules(effective, sink, /*check_patterns=*/true);
  if (!rules) return kExitError;
  if (options.action == "list") {
    for (const auto& lang : rules->languages) {
      WriteLine(fmt::format("{}: {} rules, {} tables, {} examples", lang.code, lang.rules.size(), lang.tables.size(),
                            lang.examples.size() + lang.counterexamples.size()));
      for (const auto& r : lang.rules) WriteLine(fmt::format("  {}  ({}:{})", r.id, r.loc.file, r.loc.line));
    }
    WriteLine(fmt::format("entities: {}", rules->entities.size()));
    return kExitOk;
  }
  Errors errors = CheckExamples(*rules);
  for (const auto& e : errors) sink(e);
  if (!errors.empty()) return kExitError;
  WriteLine(fmt::format("rules ok: {} languages, {} examples", rules->languages.size(), CountExamples(*rules)));
  return kExitOk;
}

}  // namespace claimcheck::cli
