#include "run_support.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "claimcheck/rules/embedded_rules.h"
#include "claimcheck/rules/load_rules.h"
#include "claimcheck/rules/snapshot.h"

namespace claimcheck::cli {

namespace {

// The rules of a run: --rules DIR read as YAML; else the embedded rules,
// from their snapshot, unless check_patterns asks to load their YAML and
// compile every pattern now ("claimcheck rules check").
Result<RuleSet> LoadRuleSource(const CommonOptions& options, bool check_patterns) {
  if (options.rules_dir.empty() && !check_patterns) return ReadSnapshot(EmbeddedSnapshot());
  auto files = options.rules_dir.empty() ? Result<std::vector<RuleFile>>(EmbeddedRuleFiles())
                                         : ReadRuleDirectory(options.rules_dir);
  if (!files.ok()) return files.errors();
  return LoadRules(files.value(), LoadMode::kCheck);
}

}  // namespace

std::optional<RuleSet> LoadConfiguredRules(const CommonOptions& options, const ErrorSink& sink, bool check_patterns) {
  auto rules = LoadRuleSource(options, check_patterns);
  if (!rules.ok()) {
    for (const auto& e : rules.errors()) sink(e);
    return std::nullopt;
  }
  RuleSet set = std::move(rules).value();
  bool ok = true;
  for (const auto& path : options.entity_files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      sink(Error{Error::Kind::kIo, path, 0, 0, "cannot read entities file"});
      ok = false;
      continue;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    auto extra = LoadEntityFile({path, std::move(buf).str()});
    if (!extra.ok()) {
      for (const auto& e : extra.errors()) sink(e);
      ok = false;
      continue;
    }
    for (auto& e : extra.value()) set.entities.push_back(std::move(e));
  }
  if (!ok) return std::nullopt;
  if (options.entity_files.empty()) return set;
  // The new names are compiled now, so that a pattern RE2 rejects (a list
  // too large for its memory budget) is reported rather than losing every
  // entity of a language.
  BuildEntityScanners(set);
  Errors errors = CompileAll(set);
  for (const auto& e : errors) sink(e);
  if (!errors.empty()) return std::nullopt;
  return set;
}

std::optional<Context> MakeContext(const CommonOptions& options, const ErrorSink& sink) {
  Context context;
  context.language = options.language;
  if (!options.anchor_date.empty()) {
    context.anchor_date = ParseIsoDate(options.anchor_date);
    if (!context.anchor_date) {
      sink(Error{Error::Kind::kUsage, "", 0, 0,
                 "--anchor-date: '" + options.anchor_date + "' is not a valid date (YYYY-MM-DD)"});
      return std::nullopt;
    }
  }
  return context;
}

bool Write(std::string_view text) {
  return std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
}

bool WriteLine(const std::string& line) {
  if (std::fwrite(line.data(), 1, line.size(), stdout) != line.size() || std::fputc('\n', stdout) == EOF) {
    return false;
  }
  return true;
}

Format ResolveFormat(Format requested, Format when_piped) {
  if (requested != Format::kAuto) return requested;
  return isatty(STDOUT_FILENO) ? Format::kText : when_piped;
}

}  // namespace claimcheck::cli
