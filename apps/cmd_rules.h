// `claimcheck rules check [DIR]` lints rule files and runs their examples;
// `claimcheck rules list` prints the languages, tables and rules loaded.
#pragma once

#include <CLI/CLI.hpp>

#include "options.h"
#include "run_support.h"

namespace claimcheck::cli {

CLI::App* SetupRules(CLI::App& app, RulesOptions& options);
int RunRules(const CommonOptions& common, const RulesOptions& options, const ErrorSink& sink);

}  // namespace claimcheck::cli
