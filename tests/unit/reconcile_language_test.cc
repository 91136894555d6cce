// Reconcile end to end, where wording matters: short articles in each
// language go through Extract (attribution by each language's cue words)
// and then Reconcile. Every row names the check and the verdict it must
// produce; rows of a language whose rules are missing fail.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "claimcheck/extract.h"
#include "claimcheck/reconcile.h"
#include "claimcheck/rules/embedded_rules.h"
#include "claimcheck/rules/load_rules.h"

namespace claimcheck {
namespace {

const RuleSet& Rules() {
  static const RuleSet rules = LoadRules(EmbeddedRuleFiles()).value();
  return rules;
}

struct Row {
  std::string lang;
  std::vector<std::string> docs;
  std::string check;
  std::string verdict;  // "" = no finding of this check may exist
};

ReconcileResult Run(const Row& row) {
  std::vector<Claim> claims;
  Context context;
  context.language = row.lang;
  context.anchor_date = CivilDate{2025, 1, 24};
  for (size_t i = 0; i < row.docs.size(); ++i) {
    auto result = Extract(Document{"doc" + std::to_string(i), row.docs[i], {}, {}}, Rules(), context);
    REQUIRE(result.ok());
    for (auto& c : result.value().claims) claims.push_back(std::move(c));
  }
  return Reconcile(std::move(claims), Rules());
}

std::string Describe(const ReconcileResult& r) {
  std::string out;
  for (const auto& c : r.claims) {
    out += c.doc + ": \"" + c.text + "\" subject=" + c.subject + " attribute=" + c.attribute + " qualifiers=";
    for (const auto& q : c.qualifiers) out += q + ",";
    out += " holders=";
    for (const auto& h : c.holders) out += h + ",";
    out += "\n";
  }
  for (const auto& f : r.findings) out += std::string(VerdictName(f.verdict)) + " " + f.check + ": " + f.message + "\n";
  return out;
}

void Check(const Row& row) {
  INFO(row.lang << " " << row.check << " -> " << (row.verdict.empty() ? "none" : row.verdict));
  ReconcileResult r = Run(row);
  INFO(Describe(r));
  std::vector<std::string> verdicts;
  for (const auto& f : r.findings) {
    if (f.check == row.check) verdicts.push_back(VerdictName(f.verdict));
  }
  if (row.verdict.empty()) {
    CHECK(verdicts.empty());
    for (const auto& f : r.findings) CHECK(f.verdict != Verdict::kConflict);
  } else {
    CHECK(std::find(verdicts.begin(), verdicts.end(), row.verdict) != verdicts.end());
  }
}

}  // namespace

TEST_CASE("German wording: every check and verdict", "[reconcile][de]") {
  const std::vector<Row> rows = {
      {"de", {"SoftBank hält 40 Prozent an Stargate.", "SoftBank hält 45 Prozent an Stargate."}, "stakes", "conflict"},
      {"de", {"OpenAI und SoftBank halten jeweils 40 Prozent an Stargate."}, "stakes", "consistent"},
      {"de", {"OpenAI hält 60 Prozent an Stargate.", "SoftBank hält 50 Prozent an Stargate."}, "stakes", "conflict"},
      {"de", {"Stargate startet zunächst mit 100 Milliarden Dollar.", "Stargate startet zunächst mit 150 Milliarden Dollar."},
       "same_figure", "conflict"},
      {"de", {"Stargate startet sofort mit 100 Milliarden Dollar. Insgesamt sollen 500 Milliarden Dollar in Stargate fließen."},
       "initial_vs_total", "explained"},
      {"de", {"OpenAI und SoftBank investieren jeweils 30 Milliarden Dollar in Stargate.",
              "Insgesamt fließen 45 Milliarden Dollar in Stargate."},
       "parts_vs_total", "conflict"},
      {"de", {"OpenAI und SoftBank investieren jeweils 19 Milliarden Dollar in Stargate.",
              "Insgesamt fließen 45 Milliarden Dollar in Stargate."},
       "parts_vs_total", "consistent"},
      {"de", {"Foxconn will 2 Milliarden Dollar (17 Milliarden Euro) investieren."}, "conversion", "conflict"},
      {"de", {"Foxconn will 2 Milliarden Dollar (1,7 Milliarden Euro) investieren."}, "conversion", "consistent"},
      {"de", {"Stargate soll 500 Billionen US-Dollar kosten.", "Stargate soll 500 Milliarden US-Dollar kosten."},
       "same_figure", "conflict"},
      {"de", {"Stargate investiert in den nächsten vier Jahren jährlich 125 Milliarden Dollar.",
              "Stargate investiert insgesamt 500 Milliarden Dollar."},
       "annual_vs_total", "explained"},
      {"de", {"OpenAI will 1,4 Billionen Dollar ausgeben.", "Stargate kostet 500 Milliarden Dollar."}, "same_figure", ""},
  };
  for (const auto& row : rows) Check(row);
}

}  // namespace claimcheck
