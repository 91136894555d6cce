#include "cmd_reconcile.h"

#include "claimcheck/claim_input.h"
#include "claimcheck/extract.h"
#include "claimcheck/reconcile.h"
#include "claimcheck/report/json.h"
#include "claimcheck/report/text.h"
#include "claimcheck/source.h"

namespace claimcheck::cli {

CLI::App* SetupReconcile(CLI::App& app, ReconcileOptions& options) {
  CLI::App* cmd = app.add_subcommand("reconcile", "Compare the claims of several articles: agree, explained, conflict");
  cmd->add_option("--format", options.format, "Output format (default: json when piped, text on a terminal)")
      ->transform(CLI::CheckedTransformer(std::map<std::string, Format>{{"json", Format::kJson}, {"text", Format::kText}},
                                          CLI::ignore_case));
  cmd->add_option("--fail-on", options.fail_on, "Exit 1 when a finding reaches this verdict (default: conflict)")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, FailOn>{
              {"conflict", FailOn::kConflict}, {"explained", FailOn::kExplained}, {"never", FailOn::kNever}},
          CLI::ignore_case));
  cmd->add_option("paths", options.paths, "Articles, directories, or claim JSONL written by `extract`");
  return cmd;
}

namespace {

// Claims of every input: claim JSONL is read back, articles are extracted.
// documents gets the name of every article read, with claims or not.
bool CollectClaims(const std::vector<std::string>& paths, const RuleSet& rules, const Context& context,
                   const ErrorSink& sink, std::vector<Claim>& claims, std::vector<std::string>& documents) {
  bool failed = false;
  auto on_error = [&](const Error& e) {
    failed = true;
    sink(e);
  };
  std::vector<std::string> articles;
  for (const auto& p : paths) {
    if (!IsClaimsFile(p)) {
      articles.push_back(p);
      continue;
    }
    for (auto& c : ReadClaimsFile(p, on_error)) claims.push_back(std::move(c));
  }
  if (articles.empty() && !paths.empty()) return !failed;
  DocumentReader reader(articles);
  while (auto item = reader.Next()) {
    if (auto* error = std::get_if<Error>(&*item)) {
      on_error(*error);
      continue;
    }
    const Document& doc = std::get<Document>(*item);
    documents.push_back(doc.name);
    auto result = Extract(doc, rules, context);
    if (!result.ok()) {
      for (const auto& e : result.errors()) on_error(e);
      continue;
    }
    for (auto& c : result.value().claims) claims.push_back(std::move(c));
  }
  return !failed;
}

bool Reaches(Verdict v, FailOn fail_on) {
  switch (fail_on) {
    case FailOn::kConflict: return v == Verdict::kConflict;
    case FailOn::kExplained: return v == Verdict::kConflict || v == Verdict::kExplained;
    case FailOn::kNever: return false;
  }
  return false;
}

}  // namespace

int RunReconcile(const CommonOptions& common, const ReconcileOptions& options, const ErrorSink& sink) {
  auto context = MakeContext(common, sink);
  if (!context) return kExitError;
  auto rules = LoadConfiguredRules(common, sink);
  if (!rules) return kExitError;
  std::vector<Claim> claims;
  std::vector<std::string> documents;
  bool clean = CollectClaims(options.paths, *rules, *context, sink, claims, documents);
  ReconcileResult result = Reconcile(std::move(claims), *rules, documents);
  Format format = ResolveFormat(options.format, Format::kJson);
  std::string report = format == Format::kText ? report::ReconcileText(result) : report::ReconcileToJson(result);
  if (!report.empty() && report.back() == '\n') report.pop_back();
  WriteLine(report);
  if (!clean) return kExitError;
  for (const auto& f : result.findings) {
    if (Reaches(f.verdict, options.fail_on)) return kExitFindings;
  }
  return kExitOk;
}

}  // namespace claimcheck::cli
