// `claimcheck reconcile [--format text|json] [--fail-on conflict|explained|never] PATH...`:
// claims from articles or from claim JSONL, compared across documents.
#pragma once

#include <CLI/CLI.hpp>

#include "options.h"
#include "run_support.h"

namespace claimcheck::cli {

CLI::App* SetupReconcile(CLI::App& app, ReconcileOptions& options);
int RunReconcile(const CommonOptions& common, const ReconcileOptions& options, const ErrorSink& sink);

}  // namespace claimcheck::cli
