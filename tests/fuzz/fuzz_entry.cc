#include "fuzz_entry.h"

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/date.h"
#include "claimcheck/decimal.h"
#include "claimcheck/extract.h"
#include "claimcheck/parse_number.h"
#include "claimcheck/reconcile.h"
#include "claimcheck/report/json.h"
#include "claimcheck/report/text.h"
#include "claimcheck/rules/embedded_rules.h"
#include "claimcheck/rules/load_rules.h"
#include "claimcheck/source.h"

namespace claimcheck::fuzz {
namespace {

const RuleSet& Rules() {
  static const RuleSet rules = LoadRules(EmbeddedRuleFiles()).value();
  return rules;
}

std::string_view Text(const uint8_t* data, size_t size) { return {reinterpret_cast<const char*>(data), size}; }

}  // namespace

void ExtractBytes(const uint8_t* data, size_t size) {
  std::string_view text = Text(data, size);
  // The bytes as a JSONL article line too, as the reader meets them.
  ParseJsonlArticle(text, "fuzz.jsonl", 1);
  // Extract requires valid UTF-8 without NUL, as the reader guarantees.
  if (CheckText(text)) return;
  for (const char* lang : {"auto", "de", "en", "fr", "zh"}) {
    Context context;
    context.language = lang;
    context.anchor_date = CivilDate{2025, 1, 24};
    auto result = Extract(Document{"fuzz", std::string(text), {}, {}}, Rules(), context);
    if (!result.ok()) continue;
    for (const auto& c : result.value().claims) {
      if (c.span.end > text.size() || text.substr(c.span.begin, c.span.size()) != c.text) __builtin_trap();
      report::ClaimToJsonLine(c);
      report::ClaimTextLine(c);
    }
  }
}

void LoadRuleYaml(const uint8_t* data, size_t size) {
  std::vector<RuleFile> files;
  for (auto& f : EmbeddedRuleFiles()) {
    if (f.path.starts_with("rules/common/")) files.push_back(std::move(f));
  }
  files.push_back({"rules/xx/fuzz.yaml", std::string(Text(data, size))});
  auto rules = LoadRules(files);
  if (!rules.ok()) {
    for (const auto& e : rules.errors()) e.ToString();
  }
}

void ReadClaimLines(const uint8_t* data, size_t size) {
  std::string_view text = Text(data, size);
  std::vector<Claim> claims;
  int line_no = 0;
  for (size_t pos = 0; pos <= text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    auto claim = report::ClaimFromJsonLine(line, "fuzz.jsonl", ++line_no);
    if (claim.ok()) claims.push_back(std::move(claim).value());
    pos = nl + 1;
  }
  // Ids must be unique for Reconcile; keep the first of each.
  std::vector<Claim> unique;
  for (auto& c : claims) {
    bool seen = false;
    for (const auto& u : unique) seen = seen || u.id == c.id;
    if (!seen) unique.push_back(std::move(c));
  }
  auto result = Reconcile(std::move(unique), Rules());
  report::ReconcileToJson(result);
  report::ReconcileText(result);
}

void ParseValues(const uint8_t* data, size_t size) {
  std::string_view text = Text(data, size);
  Decimal::Parse(text);
  ParseIsoDate(text);
  if (CheckText(text)) return;
  for (const auto& lang : Rules().languages) {
    ParseNumber(text, lang);
    ParseScale(text, lang);
    ParseDigits(text, lang.number_format);
  }
}

}  // namespace claimcheck::fuzz
