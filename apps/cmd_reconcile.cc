#include "cmd_reconcile.h"

#include "claimcheck/claim_input.h"
#include "claimcheck/extract.h"
#include "claimcheck/reconcile.h"
#include "claimcheck/reconcile_input.h"
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
  cmd->add_option("-j,--jobs", options.jobs, "Threads parsing claim JSONL (claims keep their order)")
      ->check(CLI::Range(1, 64));
  cmd->add_option("paths", options.paths, "Articles, directories, or claim JSONL written by `extract`");
  return cmd;
}

namespace {

constexpr size_t kFlushBytes = 1 << 20;

// Where each claim goes as it is read: the report's claim list (JSON only,
// written out as it grows, so that no run holds all claims) and the
// reconcile input, which keeps what may be compared.
class ClaimSink {
 public:
  explicit ClaimSink(bool json) : json_(json) {
    if (json_) out_ = report::ReconcileJsonHead();
  }
  // read_from: the JSON line the claim was read from, or "" for a claim
  // extracted here. The report writes every claim as this version writes
  // claims, whatever form it was read in.
  void Add(const Claim& claim, std::string_view read_from) {
    std::string written = json_ || read_from.empty() ? report::ClaimToJsonLine(claim) : std::string();
    if (json_) {
      if (claims_++ > 0) out_ += ',';
      out_ += written;
      if (out_.size() >= kFlushBytes) Flush();
    }
    input_.Add(claim, read_from.empty() ? std::string_view(written) : read_from);
  }
  void Flush() {
    Write(out_);
    out_.clear();
  }
  ReconcileInput& input() { return input_; }
  std::string& pending() { return out_; }

 private:
  bool json_;
  size_t claims_ = 0;
  std::string out_;
  ReconcileInput input_;
};

// Claims of every input: claim JSONL is read back, articles are extracted.
bool CollectClaims(const ReconcileOptions& options, const RuleSet& rules, const Context& context,
                   const ErrorSink& sink, ClaimSink& claims) {
  const std::vector<std::string>& paths = options.paths;
  bool failed = false;
  auto on_error = [&](const Error& e) {
    failed = true;
    sink(e);
  };
  auto add = [&](const Claim& c, std::string_view line) { claims.Add(c, line); };
  std::vector<std::string> articles, claim_files;
  for (const auto& p : paths) {
    if (!IsClaimsFile(p)) {
      articles.push_back(p);
      continue;
    }
    claim_files.push_back(p);
    ForEachClaim(p, add, on_error, options.jobs);
  }
  // Conversions name a claim written before them in their document; only
  // claims out of that order need a second look.
  if (!claims.input().unresolved().empty()) {
    for (const auto& p : claim_files) {
      ForEachClaim(p, [&](const Claim& c, std::string_view) { claims.input().Restore(c); }, [](const Error&) {},
                   options.jobs);
    }
  }
  if (articles.empty() && !paths.empty()) return !failed;
  DocumentReader reader(articles);
  while (auto item = reader.Next()) {
    if (auto* error = std::get_if<Error>(&*item)) {
      on_error(*error);
      continue;
    }
    const Document& doc = std::get<Document>(*item);
    claims.input().AddDocument(doc.name);
    auto result = Extract(doc, rules, context, [&](Claim&& c) { add(c, ""); });
    if (!result.ok()) {
      for (const auto& e : result.errors()) on_error(e);
    }
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
  Format format = ResolveFormat(options.format, Format::kJson);
  ClaimSink claims(format == Format::kJson);
  bool clean = CollectClaims(options, *rules, *context, sink, claims);
  ReconcileResult result = claims.input().Finish(*rules);
  if (format == Format::kText) {
    std::string report = report::ReconcileText(result);
    if (!report.empty() && report.back() == '\n') report.pop_back();
    WriteLine(report);
  } else {
    claims.pending() += report::ReconcileJsonTail(result.findings, result.summary);
    claims.pending() += '\n';
    claims.Flush();
  }
  if (!clean) return kExitError;
  for (const auto& f : result.findings) {
    if (Reaches(f.verdict, options.fail_on)) return kExitFindings;
  }
  return kExitOk;
}

}  // namespace claimcheck::cli
