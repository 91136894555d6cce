// claimcheck: extract money, percent and date claims from news articles and
// reconcile them across articles. This file only wires flags to the
// subcommands; it is the one place that writes to stderr, and it maps every
// outcome to an exit status: 0 clean, 1 findings (reconcile --fail-on),
// 2 any error, bad flags included.
#include <csignal>
#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>

#include "cmd_extract.h"
#include "cmd_reconcile.h"
#include "cmd_rules.h"
#include "options.h"
#include "run_support.h"

namespace {

void PrintError(const claimcheck::Error& e) { std::fprintf(stderr, "claimcheck: %s\n", e.ToString().c_str()); }

}  // namespace

int main(int argc, char** argv) {
  using namespace claimcheck::cli;
  // A closed pipe shows up as a failed write, which ends the run quietly.
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App app{"claimcheck: check the money, percent and date figures of news articles"};
  app.require_subcommand(1);
  CommonOptions common;
  app.add_option("--rules", common.rules_dir, "Rules directory replacing the embedded rules");
  app.add_option("--entities", common.entity_files, "YAML file of extra entities (repeatable)");
  app.add_option("--lang", common.language, "Language: auto, de, en, fr, zh, zh-Hans, zh-Hant")
      ->check(CLI::IsMember({"auto", "de", "en", "fr", "zh", "zh-Hans", "zh-Hant"}));
  app.add_option("--anchor-date", common.anchor_date, "Date that relative dates resolve against (YYYY-MM-DD)");
  app.add_flag("--stats", common.stats, "Print the run summary to stderr");
  // Subcommand flags may also follow the subcommand name.
  app.fallthrough();
  ExtractOptions extract;
  ReconcileOptions reconcile;
  RulesOptions rules;
  CLI::App* extract_cmd = SetupExtract(app, extract);
  CLI::App* reconcile_cmd = SetupReconcile(app, reconcile);
  CLI::App* rules_cmd = SetupRules(app, rules);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "claimcheck: %s\n", e.what());
    return kExitError;
  }
  int status = kExitError;
  if (extract_cmd->parsed()) status = RunExtract(common, extract, PrintError);
  else if (reconcile_cmd->parsed()) status = RunReconcile(common, reconcile, PrintError);
  else if (rules_cmd->parsed()) status = RunRules(common, rules, PrintError);
  if (std::fflush(stdout) != 0 && status == kExitOk) status = kExitOk;  // closed pipe: quiet
  return status;
}
