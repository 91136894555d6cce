#include "cmd_reconcile.h"

namespace claimcheck::cli {

CLI::App* SetupReconcile(CLI::App& app, ReconcileOptions& options) {
  CLI::App* cmd = app.add_subcommand("reconcile", "Compare the claims of several articles");
  cmd->add_option("paths", options.paths, "Articles or claim JSONL files");
  return cmd;
}

int RunReconcile(const CommonOptions&, const ReconcileOptions&, const ErrorSink& sink) {
  sink(Error{Error::Kind::kUsage, "", 0, 0, "reconcile: not built yet"});
  return kExitError;
}

}  // namespace claimcheck::cli
