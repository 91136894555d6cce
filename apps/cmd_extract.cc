#include "cmd_extract.h"

#include <fmt/format.h>

#include "claimcheck/extract.h"
#include "claimcheck/report/json.h"
#include "claimcheck/report/text.h"
#include "claimcheck/source.h"

namespace claimcheck::cli {

CLI::App* SetupExtract(CLI::App& app, ExtractOptions& options) {
  CLI::App* cmd = app.add_subcommand("extract", "Print the money, percent and date claims of each article");
  cmd->add_option("--format", options.format, "Output format (default: jsonl when piped, text on a terminal)")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, Format>{{"jsonl", Format::kJsonl}, {"tsv", Format::kTsv}, {"text", Format::kText}},
          CLI::ignore_case));
  cmd->add_option("paths", options.paths, "Files, directories (*.txt, *.md, *.jsonl) or - for stdin");
  return cmd;
}

namespace {

struct Tally {
  size_t documents = 0, failed = 0, claims = 0;
};

std::string Format1(const Claim& c, Format format) {
  switch (format) {
    case Format::kTsv: return report::ClaimTsvLine(c);
    case Format::kText: return report::ClaimTextLine(c);
    default: return report::ClaimToJsonLine(c);
  }
}

}  // namespace

int RunExtract(const CommonOptions& common, const ExtractOptions& options, const ErrorSink& sink) {
  auto context = MakeContext(common, sink);
  if (!context) return kExitError;
  auto rules = LoadConfiguredRules(common, sink);
  if (!rules) return kExitError;
  Format format = ResolveFormat(options.format, Format::kJsonl);
  if (format == Format::kTsv && !WriteLine(report::ClaimTsvHeader())) return kExitOk;
  DocumentReader reader(options.paths);
  Tally tally;
  while (auto item = reader.Next()) {
    if (auto* error = std::get_if<Error>(&*item)) {
      ++tally.failed;
      sink(*error);
      continue;
    }
    const Document& doc = std::get<Document>(*item);
    ++tally.documents;
    auto result = Extract(doc, *rules, *context);
    if (!result.ok()) {
      ++tally.failed;
      for (const auto& e : result.errors()) sink(e);
      continue;
    }
    for (const auto& claim : result.value().claims) {
      ++tally.claims;
      if (!WriteLine(Format1(claim, format))) return tally.failed ? kExitError : kExitOk;  // stdout closed
    }
  }
  if (tally.failed || common.stats) {
    sink(Error{Error::Kind::kInput, "", 0, 0,
               fmt::format("{} documents read, {} failed, {} claims", tally.documents, tally.failed, tally.claims)});
  }
  return tally.failed ? kExitError : kExitOk;
}

}  // namespace claimcheck::cli
