// What the subcommands share: loading the configured rules, the error sink
// that main.cc provides, and writing to stdout so that a closed pipe ends
// the run quietly.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "claimcheck/context.h"
#include "claimcheck/error.h"
#include "claimcheck/rules/rule_set.h"
#include "options.h"

namespace claimcheck::cli {

using ErrorSink = std::function<void(const Error&)>;

enum ExitCode { kExitOk = 0, kExitFindings = 1, kExitError = 2 };

// Embedded rules (read from their snapshot) or --rules DIR (read as YAML),
// plus --entities files; errors go to sink. Patterns of --rules DIR are
// compiled (and their errors reported) at once; embedded ones on first use,
// unless check_patterns asks to load their YAML and compile all of them now.
std::optional<RuleSet> LoadConfiguredRules(const CommonOptions& options, const ErrorSink& sink,
                                           bool check_patterns = false);

// The Context for --lang and --anchor-date; nullopt (after reporting) when
// the anchor date is not a valid YYYY-MM-DD date.
std::optional<Context> MakeContext(const CommonOptions& options, const ErrorSink& sink);

// Writes a line to stdout; false once stdout is closed (| head).
bool WriteLine(const std::string& line);
// Writes text as it is to stdout; false once stdout is closed.
bool Write(std::string_view text);

// jsonl/json when stdout is not a terminal, text when it is.
Format ResolveFormat(Format requested, Format when_piped);

}  // namespace claimcheck::cli
