// `claimcheck extract [--format jsonl|tsv|text] PATH...`: the claims of each
// article, one line per claim, streamed as documents are read.
#pragma once

#include <CLI/CLI.hpp>

#include "options.h"
#include "run_support.h"

namespace claimcheck::cli {

CLI::App* SetupExtract(CLI::App& app, ExtractOptions& options);
int RunExtract(const CommonOptions& common, const ExtractOptions& options, const ErrorSink& sink);

}  // namespace claimcheck::cli
