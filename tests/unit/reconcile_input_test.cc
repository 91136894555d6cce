// ReconcileInput keeps what Reconcile may read of a stream of claims and
// counts the rest; its findings must be those of Reconcile over all claims.
#include <catch2/catch.hpp>

#include "claimcheck/reconcile_input.h"
#include "claimcheck/report/json.h"
#include "claimcheck/rules/embedded_rules.h"
#include "claimcheck/rules/load_rules.h"

namespace claimcheck {
namespace {

const RuleSet& Rules() {
  static const RuleSet rules = LoadRules(EmbeddedRuleFiles()).value();
  return rules;
}

Claim Figure(const std::string& doc, int start, const std::string& value, const std::string& unit,
             const std::string& subject, const std::string& attribute) {
  Claim c;
  c.doc = doc;
  c.id = doc + "#" + std::to_string(start);
  c.span = {static_cast<size_t>(start), static_cast<size_t>(start + 3)};
  c.kind = FigureKind::kMoney;
  c.text = value + " " + unit;
  c.sentence = "sentence of " + c.id;
  c.value = Decimal::Parse(value);
  c.unit = unit;
  c.subject = subject;
  c.attribute = attribute;
  return c;
}

Claim Date(const std::string& doc, int start) {
  Claim c = Figure(doc, start, "0", "", "", "");
  c.kind = FigureKind::kDate;
  c.value.reset();
  c.date = "2025-01-21";
  return c;
}

void AddAll(ReconcileInput& input, const std::vector<Claim>& claims) {
  for (const auto& c : claims) input.Add(c, report::ClaimToJsonLine(c));
}

std::vector<std::string> Ids(const std::vector<Claim>& claims) {
  std::vector<std::string> ids;
  for (const auto& c : claims) ids.push_back(c.id);
  return ids;
}

}  // namespace

TEST_CASE("ReconcileInput keeps the claims that may be compared and counts all", "[reconcile]") {
  std::vector<Claim> claims = {Date("a", 0), Figure("a", 10, "500e9", "USD", "stargate", "investment"),
                               Figure("a", 20, "7", "USD", "", "revenue"), Figure("b", 5, "500e9", "USD", "stargate", "investment"),
                               Date("c", 1)};
  ReconcileInput input;
  AddAll(input, claims);
  input.AddDocument("d");  // a document without claims
  CHECK(input.kept() == 2);
  CHECK(input.counts().claims == 5);
  CHECK(input.counts().documents == 4);
  ReconcileResult streamed = input.Finish(Rules());
  ReconcileResult whole = Reconcile(claims, Rules(), {"d"});
  CHECK(Ids(streamed.claims) == std::vector<std::string>{"a#10", "b#5"});
  REQUIRE(streamed.findings.size() == 1);
  CHECK(streamed.findings[0].message == whole.findings[0].message);
  CHECK(streamed.findings[0].claims == std::vector<std::string>{"a#10", "b#5"});
  CHECK(streamed.summary.documents == whole.summary.documents);
  CHECK(streamed.summary.claims == 5);
  CHECK(streamed.summary.compared == 2);
}

TEST_CASE("ReconcileInput keeps a deal's figure without subject, which an unnamed story may take", "[reconcile]") {
  // "The buyer pays $7 billion" with nothing named: kept; "revenue of $7
  // billion" of no one: dropped.
  ReconcileInput input;
  AddAll(input, {Figure("a", 10, "7e9", "USD", "", "price"), Figure("a", 20, "7e9", "USD", "", "revenue")});
  CHECK(input.kept() == 1);
  CHECK(Ids(input.Finish(Rules()).claims) == std::vector<std::string>{"a#10"});
}

TEST_CASE("ReconcileInput counts a document once when its claims come back later", "[reconcile]") {
  ReconcileInput input;
  AddAll(input, {Date("a", 0), Date("b", 0), Date("a", 9)});
  CHECK(input.counts().documents == 2);
  CHECK(input.kept() == 0);
}

TEST_CASE("ReconcileInput brings back the source a conversion names", "[reconcile]") {
  Claim source = Figure("a", 10, "2e9", "USD", "", "");  // no subject: never compared itself
  Claim conversion = Figure("a", 30, "1.8e9", "EUR", "", "");
  conversion.converts = "a#10";
  ReconcileInput input;
  AddAll(input, {Date("a", 0), source, conversion});
  CHECK(input.unresolved().empty());
  ReconcileResult r = input.Finish(Rules());
  CHECK(Ids(r.claims) == std::vector<std::string>{"a#30", "a#10"});
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].check == "conversion");
  CHECK(r.findings[0].claims == std::vector<std::string>{"a#10", "a#30"});
}

TEST_CASE("ReconcileInput keeps a source written after its conversion, or restores it", "[reconcile]") {
  Claim source = Figure("a", 10, "2e9", "USD", "", "");
  Claim conversion = Figure("a", 30, "1.8e9", "EUR", "", "");
  conversion.converts = "a#10";

  ReconcileInput later;
  AddAll(later, {conversion, source});
  CHECK(later.unresolved().empty());
  CHECK(later.kept() == 2);

  // The source in an earlier run of its document's lines: found on a second look.
  ReconcileInput elsewhere;
  AddAll(elsewhere, {source, Date("b", 0), conversion});
  CHECK(elsewhere.unresolved().count("a#10") == 1);
  for (const Claim& c : {source, Date("b", 0), conversion}) elsewhere.Restore(c);
  CHECK(elsewhere.unresolved().empty());
  ReconcileResult r = elsewhere.Finish(Rules());
  CHECK(Ids(r.claims) == std::vector<std::string>{"a#30", "a#10"});
  CHECK(r.findings.size() == 1);
}

TEST_CASE("ReconcileInput keeps one claim per guessed subject", "[reconcile]") {
  auto guessed = [](const std::string& doc, const std::string& subject) {
    Claim c = Figure(doc, 0, "3", "%", subject, "");
    c.kind = FigureKind::kPercent;
    c.subject_source = "heuristic";
    return c;
  };
  ReconcileInput input;
  AddAll(input, {guessed("a", "tethys"), guessed("b", "tethys"), guessed("c", "tethys-hydrogen")});
  CHECK(input.kept() == 2);
}

}  // namespace claimcheck
