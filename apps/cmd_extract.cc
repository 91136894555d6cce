#include "cmd_extract.h"

#include <fmt/format.h>

#include "claimcheck/extract.h"
#include "claimcheck/extract_parallel.h"
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
  cmd->add_option("-j,--jobs", options.jobs, "Threads extracting in parallel (output keeps input order)")
      ->check(CLI::Range(1, 64));
  cmd->add_option("paths", options.paths, "Files, directories (*.txt, *.md, *.jsonl) or - for stdin");
  return cmd;
}

namespace {

struct Tally {
  size_t documents = 0, skipped = 0, failed = 0, claims = 0;
};

std::string FormatClaim(const Claim& c, Format format) {
  switch (format) {
    case Format::kTsv: return report::ClaimTsvLine(c);
    case Format::kText: return report::ClaimTextLine(c);
    default: return report::ClaimToJsonLine(c);
  }
}

// One claim's line, appended to its document's; runs on the thread that
// extracted it.
void Render(const Claim& claim, Format format, RenderedDocument& doc) {
  constexpr size_t kPiece = 1 << 20;
  if (doc.output.empty() || doc.output.back().size() >= kPiece) doc.output.emplace_back().reserve(kPiece + 4096);
  doc.output.back() += FormatClaim(claim, format);
  doc.output.back() += '\n';
}

// Writes one document's claims (or the filled part of them so far) or reports
// its errors; false once stdout is closed.
bool Emit(const RenderedDocument& doc, const ErrorSink& sink, Tally& tally) {
  if (!doc.errors.empty()) {
    ++tally.failed;
    for (const auto& e : doc.errors) sink(e);
    return true;
  }
  if (!doc.more_follows) {
    ++tally.documents;
    if (doc.empty) ++tally.skipped;
    tally.claims += doc.claims;
  }
  for (const auto& piece : doc.output) {
    if (!Write(piece)) return false;
  }
  return true;
}

}  // namespace

int RunExtract(const CommonOptions& common, const ExtractOptions& options, const ErrorSink& sink) {
  auto context = MakeContext(common, sink);
  if (!context) return kExitError;
  // One rule set for all threads: RE2 is safe to share, and a set per
  // thread loaded, compiled and warmed up every DFA once per thread (with
  // -j 2 half as many instructions again as -j 1; see extract_parallel.h).
  auto rules = LoadConfiguredRules(common, sink);
  if (!rules) return kExitError;
  std::vector<const RuleSet*> per_thread(static_cast<size_t>(std::max(1, options.jobs)), &*rules);
  Format format = ResolveFormat(options.format, Format::kJsonl);
  if (format == Format::kTsv && !WriteLine(report::ClaimTsvHeader())) return kExitOk;
  DocumentReader reader(options.paths);
  Tally tally;
  ExtractInOrder(
      reader, per_thread, *context, [format](const Claim& claim, RenderedDocument& doc) { Render(claim, format, doc); },
      [&](RenderedDocument& doc) { return Emit(doc, sink, tally); });
  if (tally.failed || common.stats) {
    sink(Error{Error::Kind::kInput, "", 0, 0,
               fmt::format("{} documents: {} read, {} skipped (empty), {} failed; {} claims",
                           tally.documents + tally.failed, tally.documents - tally.skipped, tally.skipped,
                           tally.failed, tally.claims)});
  }
  return tally.failed ? kExitError : kExitOk;
}

}  // namespace claimcheck::cli
