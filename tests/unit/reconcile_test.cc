// Reconcile checks on claims built in the test: one case per check and
// verdict. End-to-end wording per language is in reconcile_language_test.cc.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "claimcheck/extract.h"
#include "claimcheck/reconcile.h"
#include "claimcheck/report/json.h"
#include "claimcheck/rules/embedded_rules.h"
#include "claimcheck/rules/load_rules.h"

namespace claimcheck {
namespace {

const RuleSet& Rules() {
  static const RuleSet rules = LoadRules(EmbeddedRuleFiles()).value();
  return rules;
}

int next_offset = 0;

Claim Money(const std::string& doc, const std::string& value, const std::string& unit, const std::string& subject,
            std::vector<std::string> qualifiers = {}, std::vector<std::string> holders = {}) {
  Claim c;
  c.doc = doc;
  c.kind = FigureKind::kMoney;
  c.span = {static_cast<size_t>(next_offset), static_cast<size_t>(next_offset + 5)};
  c.id = doc + "#" + std::to_string(next_offset);
  next_offset += 10;
  c.text = value + " " + unit;
  c.sentence = "sentence " + c.id;
  c.value = Decimal::Parse(value);
  c.unit = unit;
  c.subject = subject;
  c.attribute = "investment";
  c.qualifiers = std::move(qualifiers);
  c.holders = std::move(holders);
  return c;
}

Claim Stake(const std::string& doc, const std::string& value, const std::string& subject,
            std::vector<std::string> holders, std::vector<std::string> qualifiers = {}) {
  Claim c = Money(doc, value, "%", subject, std::move(qualifiers), std::move(holders));
  c.kind = FigureKind::kPercent;
  c.attribute = "stake";
  return c;
}

// The verdicts of the findings of one check, in order.
std::vector<std::string> Verdicts(const ReconcileResult& r, const std::string& check) {
  std::vector<std::string> out;
  for (const auto& f : r.findings) {
    if (f.check == check) out.push_back(VerdictName(f.verdict));
  }
  return out;
}

const Finding* First(const ReconcileResult& r, const std::string& check) {
  for (const auto& f : r.findings) {
    if (f.check == check) return &f;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("same figure: restatements agree, ranges overlap", "[reconcile]") {
  auto r = Reconcile({Money("a", "500e9", "USD", "stargate", {"total"}), Money("b", "500e9", "USD", "stargate"),
                      Money("c", "5e11", "USD", "stargate")},
                     Rules());
  CHECK(Verdicts(r, "same_figure") == std::vector<std::string>{"consistent"});
  CHECK(First(r, "same_figure")->claims.size() == 3);

  Claim range = Money("d", "0", "USD", "foxconn", {"annual"});
  range.value.reset();
  range.low = Decimal::Parse("2e9");
  range.high = Decimal::Parse("3e9");
  auto r2 = Reconcile({range, Money("e", "2.5e9", "USD", "foxconn", {"annual"})}, Rules());
  CHECK(Verdicts(r2, "same_figure") == std::vector<std::string>{"consistent"});
}

TEST_CASE("same figure: an approximate figure 1000x another is a scale confusion too", "[reconcile]") {
  // "rund 3,2 Milliarden Euro" against "3,2 billions d'euros" (10^12).
  auto r = Reconcile({Money("a", "3.2e9", "EUR", "mor-glas", {"approx", "total"}), Money("b", "3.2e12", "EUR", "mor-glas", {"total"})},
                     Rules());
  REQUIRE(Verdicts(r, "same_figure") == std::vector<std::string>{"conflict"});
  CHECK_THAT(First(r, "same_figure")->message, Catch::Contains("factor of 1000"));
}

TEST_CASE("same figure: a different figure conflicts; x1000 is a scale confusion", "[reconcile]") {
  auto r = Reconcile({Money("a", "500e9", "USD", "stargate"), Money("b", "500e12", "USD", "stargate")}, Rules());
  REQUIRE(Verdicts(r, "same_figure") == std::vector<std::string>{"conflict"});
  CHECK_THAT(First(r, "same_figure")->message, Catch::Contains("factor of 1000") && Catch::Contains("scale confusion"));

  auto r2 = Reconcile({Money("a", "450e9", "USD", "stargate"), Money("b", "500e9", "USD", "stargate")}, Rules());
  REQUIRE(Verdicts(r2, "same_figure") == std::vector<std::string>{"conflict"});
  CHECK_THAT(First(r2, "same_figure")->message, !Catch::Contains("scale confusion"));

  auto r3 = Reconcile({Money("a", "1000e8", "CNY", "x"), Money("b", "1000e4", "CNY", "x")}, Rules());
  CHECK_THAT(First(r3, "same_figure")->message, Catch::Contains("factor of 10000"));
}

TEST_CASE("same figure: beside a conflict, the figures that agree are reported as agreeing", "[reconcile]") {
  auto r = Reconcile({Money("a", "140e12", "EUR", "tethys", {"total"}), Money("b", "140e9", "EUR", "tethys", {"total"}),
                      Money("c", "140e9", "EUR", "tethys", {"total"})},
                     Rules());
  // One conflict per pair of sources that disagree; the two that agree are
  // in no conflict together.
  REQUIRE(Verdicts(r, "same_figure") == std::vector<std::string>{"conflict", "conflict", "consistent"});
  REQUIRE(r.findings[0].claims.size() == 2);
  CHECK(r.findings[0].claims[0].starts_with("b#"));
  CHECK(r.findings[0].claims[1].starts_with("a#"));
  REQUIRE(r.findings[1].claims.size() == 2);
  CHECK(r.findings[1].claims[0].starts_with("c#"));
  CHECK(r.findings[1].claims[1].starts_with("a#"));
  REQUIRE(r.findings[2].claims.size() == 2);
  CHECK(r.findings[2].claims[0].starts_with("b#"));
  CHECK(r.findings[2].claims[1].starts_with("c#"));
}

TEST_CASE("same figure: a restatement that names its holders joins the plain figure at the wrong scale too",
          "[reconcile]") {
  // "A and B put the total at 140 billion" against "140 Billionen": one
  // figure misread, not a figure of the partners of its own.
  auto r = Reconcile({Money("a", "140e12", "EUR", "tethys", {"total"}),
                      Money("b", "140e9", "EUR", "tethys", {"total"}, {"halvard", "ostwerk"})},
                     Rules());
  CHECK(Verdicts(r, "same_figure") == std::vector<std::string>{"conflict"});
  // What the partners put in, far from the total, stays a figure of its own.
  auto r2 = Reconcile({Money("a", "500e9", "USD", "stargate", {"total"}),
                       Money("b", "45e9", "USD", "stargate", {"total"}, {"openai", "softbank"})},
                      Rules());
  CHECK(Verdicts(r2, "same_figure").empty());
}

TEST_CASE("same figure: two amounts of one article are told apart by its writer, not contradicted", "[reconcile]") {
  // "losses deepened to £51.6m from £1.2m"
  Claim now = Money("a", "51.6e6", "GBP", "uk-coal");
  Claim before = Money("a", "1.2e6", "GBP", "uk-coal");
  before.sentence = now.sentence;
  CHECK(Verdicts(Reconcile({now, before}, Rules()), "same_figure").empty());
  // Nor in two sentences of one article (a group's revenue and its debt
  // target, both read as revenue).
  auto one_article = Reconcile({Money("a", "51.6e6", "GBP", "uk-coal"), Money("a", "1.2e6", "GBP", "uk-coal")}, Rules());
  CHECK(Verdicts(one_article, "same_figure").empty());
  // The same two amounts in two articles do conflict.
  auto r2 = Reconcile({Money("a", "51.6e6", "GBP", "uk-coal"), Money("b", "1.2e6", "GBP", "uk-coal")}, Rules());
  CHECK(Verdicts(r2, "same_figure") == std::vector<std::string>{"conflict"});
}

TEST_CASE("same figure: two amounts one article tells apart are two things in other articles too", "[reconcile]") {
  // a: "of the £40bn of savings, £15bn will cut borrowing"; b restates the
  // £40bn, c the £15bn: b and c state two things, not one figure two ways.
  auto r = Reconcile({Money("a", "40e9", "GBP", "treasury"), Money("a", "15e9", "GBP", "treasury"),
                      Money("b", "40e9", "GBP", "treasury"), Money("c", "15e9", "GBP", "treasury")},
                     Rules());
  CHECK(Verdicts(r, "same_figure") == std::vector<std::string>{"consistent", "consistent"});
  // Without a, b and c do conflict.
  auto r2 = Reconcile({Money("b", "40e9", "GBP", "treasury"), Money("c", "15e9", "GBP", "treasury")}, Rules());
  CHECK(Verdicts(r2, "same_figure") == std::vector<std::string>{"conflict"});
}

TEST_CASE("same figure: figures of two different years do not conflict", "[reconcile]") {
  Claim y2004 = Money("a", "3.27e9", "USD", "ebay");
  y2004.attribute = "revenue";
  y2004.period = "2004";
  Claim y2005 = Money("b", "4.37e9", "USD", "ebay");
  y2005.attribute = "revenue";
  y2005.period = "2005";
  CHECK(Verdicts(Reconcile({y2004, y2005}, Rules()), "same_figure").empty());
  // A figure without a year may be of either.
  y2005.period.clear();
  CHECK(Verdicts(Reconcile({y2004, y2005}, Rules()), "same_figure") == std::vector<std::string>{"conflict"});
}

TEST_CASE("same figure: thousands of syndicated copies cluster as their few figures do", "[reconcile]") {
  std::vector<Claim> claims;
  for (int i = 0; i < 3000; ++i) {
    claims.push_back(Money("s" + std::to_string(i), i % 3 ? "500e9" : "5e11", "USD", "stargate"));
  }
  claims.push_back(Money("odd", "450e9", "USD", "stargate"));
  claims.push_back(Money("approx", "480e9", "USD", "stargate", {"approx"}));
  auto r = Reconcile(claims, Rules());
  // The odd figure against the first sources of the 3001 that agree (480e9
  // is "about" 500e9), and that agreement: syndicated copies are few sources.
  std::vector<std::string> verdicts = Verdicts(r, "same_figure");
  REQUIRE(!verdicts.empty());
  CHECK(verdicts.front() == "conflict");
  CHECK(std::count(verdicts.begin(), verdicts.end(), "conflict") <= 4);
  const Finding* f = First(r, "same_figure");
  CHECK(f->claims.size() == 2);
  CHECK(f->claims.back() == "odd#" + std::to_string(next_offset - 20));
  CHECK(f->message == "figures differ: 500000000000 USD in \"5e11 USD\" (s0) vs 450000000000 USD in \"450e9 USD\" (odd)");
}

TEST_CASE("same figure: thousands of copies of two years' figures, and one copy without a year", "[reconcile]") {
  std::vector<Claim> claims;
  for (int i = 0; i < 2000; ++i) {
    Claim c = Money("c" + std::to_string(i), i % 2 ? "3.27e9" : "4.37e9", "USD", "ebay");
    c.period = i % 2 ? "2004" : "2005";
    claims.push_back(c);
  }
  CHECK(Verdicts(Reconcile(claims, Rules()), "same_figure") == std::vector<std::string>{"consistent", "consistent"});
  claims.back().period.clear();
  CHECK(Verdicts(Reconcile(claims, Rules()), "same_figure").front() == "conflict");
}

TEST_CASE("same figure: a rounded figure agrees with the precise one it rounds", "[reconcile]") {
  struct Pair {
    std::string text_a, value_a, text_b, value_b;
    std::string verdict;
  };
  const std::vector<Pair> pairs = {
      {"1,22 Bio. €", "1.22e12", "1,2 Bio. €", "1.2e12", "consistent"},
      {"1,2 Bio. €", "1.2e12", "1,249 Bio. €", "1.249e12", "consistent"},
      {"1,26 Bio. €", "1.26e12", "1,2 Bio. €", "1.2e12", "conflict"},
      {"500 Mrd. €", "500e9", "450 Mrd. €", "450e9", "conflict"},       // trailing zeros are stated digits
      {"1 000 milliards", "1e12", "1 040 milliards", "1.04e12", "conflict"},  // "1 000" states four digits
      {"1.4万亿欧元", "1.4e12", "1.44万亿欧元", "1.44e12", "consistent"},
  };
  for (const auto& p : pairs) {
    INFO(p.text_a << " vs " << p.text_b);
    Claim a = Money("a", p.value_a, "EUR", "openai");
    Claim b = Money("b", p.value_b, "EUR", "openai");
    a.text = p.text_a;
    b.text = p.text_b;
    CHECK(Verdicts(Reconcile({a, b}, Rules()), "same_figure") == std::vector<std::string>{p.verdict});
  }
}

TEST_CASE("same figure: conversions are not compared as figures of their own", "[reconcile]") {
  // "500 Mrd $ (480 Mrd €)" and "500 Mrd $ (460 Mrd €)": the dollars agree;
  // the euros are two conversions at different rates, for the conversion check.
  Claim usd_a = Money("a", "500e9", "USD", "stargate");
  Claim eur_a = Money("a", "480e9", "EUR", "stargate");
  eur_a.converts = usd_a.id;
  Claim usd_b = Money("b", "500e9", "USD", "stargate");
  Claim eur_b = Money("b", "460e9", "EUR", "stargate");
  eur_b.converts = usd_b.id;
  auto r = Reconcile({usd_a, eur_a, usd_b, eur_b}, Rules());
  REQUIRE(Verdicts(r, "same_figure") == std::vector<std::string>{"consistent"});
  CHECK(First(r, "same_figure")->claims == std::vector<std::string>{usd_a.id, usd_b.id});
  CHECK(Verdicts(r, "conversion") == std::vector<std::string>{"consistent"});
  CHECK(r.findings.size() == 2);
}

TEST_CASE("same figure: bounds and approximations overlap", "[reconcile]") {
  auto r = Reconcile({Stake("a", "40", "venture", {}, {"more_than"}), Stake("b", "45", "venture", {})}, Rules());
  CHECK(Verdicts(r, "same_figure") == std::vector<std::string>{"consistent"});
  auto r2 = Reconcile({Money("a", "100e9", "USD", "x", {"approx"}), Money("b", "105e9", "USD", "x")}, Rules());
  CHECK(Verdicts(r2, "same_figure") == std::vector<std::string>{"consistent"});
}

TEST_CASE("same figure: a figure far from the others, but not by a scale factor, is about something else", "[reconcile]") {
  Claim budget_a = Money("a", "1.2e9", "EUR", "alpenquer");
  Claim budget_b = Money("b", "1.2e9", "EUR", "alpenquer");
  Claim ticket = Money("c", "190", "EUR", "alpenquer");
  auto r = Reconcile({budget_a, ticket, budget_b}, Rules());
  REQUIRE(Verdicts(r, "same_figure") == std::vector<std::string>{"consistent"});
  CHECK(First(r, "same_figure")->claims == std::vector<std::string>{budget_a.id, budget_b.id});
  // A factor of exactly 1,000 stays a conflict: "1,2 Billionen" for "1,2 Milliarden".
  auto scale = Reconcile({budget_a, Money("d", "1.2e12", "EUR", "alpenquer")}, Rules());
  CHECK(Verdicts(scale, "same_figure") == std::vector<std::string>{"conflict"});
}

TEST_CASE("guessed names: a longer id that extends a shorter one by whole words is the same subject", "[reconcile]") {
  Claim short_name = Money("a", "140e9", "EUR", "tethys", {"total"});
  Claim long_name = Money("b", "140e12", "EUR", "tethys-hydrogen-corridor", {"total"});
  short_name.subject_source = long_name.subject_source = "heuristic";
  auto r = Reconcile({short_name, long_name}, Rules());
  REQUIRE(Verdicts(r, "same_figure") == std::vector<std::string>{"conflict"});
  CHECK(First(r, "same_figure")->subject == "tethys");
  // Listed entities keep their ids: "sb-energy" is not "sb".
  long_name.subject_source = "entity";
  CHECK(Reconcile({short_name, long_name}, Rules()).findings.empty());
}

TEST_CASE("guessed names: words before a name join it where one article writes both and nothing else ends in it",
          "[reconcile]") {
  auto guessed = [](const char* doc, const char* value, const char* subject) {
    Claim c = Money(doc, value, "BRL", subject, {"total"});
    c.subject_source = "heuristic";
    return c;
  };
  // "Celulose Jatobá" and "Jatobá" in the English article; "Jatobá" alone in the German one.
  Claim full_en = guessed("en", "22e9", "celulose-jatoba");
  Claim short_en = guessed("en", "15.2e9", "jatoba");
  short_en.attribute = "revenue";
  Claim short_de = guessed("de", "22e9", "jatoba");
  auto r = Reconcile({full_en, short_en, short_de}, Rules());
  REQUIRE(Verdicts(r, "same_figure") == std::vector<std::string>{"consistent"});
  CHECK(First(r, "same_figure")->subject == "jatoba");
  // Without an article naming both, the two stay apart.
  CHECK(Reconcile({full_en, short_de}, Rules()).findings.empty());
  // Two longer ids end in the shorter one: "leeds-united" and "manchester-united" are not "united".
  Claim leeds = guessed("en", "40e6", "leeds-united");
  Claim manchester = guessed("de", "54e6", "manchester-united");
  Claim united_leeds = guessed("en", "54e6", "united");
  CHECK(Reconcile({leeds, manchester, united_leeds}, Rules()).findings.empty());
}

TEST_CASE("guessed names: a brand spelled two ways, with the same words after it, is one subject where amounts agree",
          "[reconcile]") {
  // "海松造船" in pinyin, "Haesong Shipbuilding" as the company spells itself.
  auto claim = [](const char* doc, const char* value, const char* subject, const char* attribute) {
    Claim c = Money(doc, value, "KRW", subject);
    c.attribute = attribute;
    c.subject_source = "heuristic";
    return c;
  };
  Claim grant_en = claim("en", "45e9", "haesong-shipbuilding", "subsidy");
  Claim profit_en = claim("en", "412e9", "haesong-shipbuilding", "profit");
  Claim dock_en = claim("en", "2.1e12", "haesong-shipbuilding", "investment");
  Claim grant_zh = claim("zh", "45e9", "haisong-shipbuilding", "subsidy");
  Claim profit_zh = claim("zh", "412e9", "haisong-shipbuilding", "profit");
  Claim dock_zh = claim("zh", "2.1e9", "haisong-shipbuilding", "investment");
  auto r = Reconcile({grant_en, profit_en, dock_en, grant_zh, profit_zh, dock_zh}, Rules());
  REQUIRE(Verdicts(r, "same_figure") == std::vector<std::string>{"conflict", "consistent", "consistent"});
  CHECK(First(r, "same_figure")->subject == "haesong-shipbuilding");
  CHECK(First(r, "same_figure")->message.find("2100000000 KRW") != std::string::npos);
  // One amount in common is no evidence.
  CHECK(Reconcile({grant_en, dock_en, grant_zh, dock_zh}, Rules()).findings.empty());
  // Nor are two names one article writes side by side.
  Claim grant_en_zh = grant_zh, profit_en_zh = profit_zh, dock_en_zh = dock_zh;
  grant_en_zh.doc = profit_en_zh.doc = dock_en_zh.doc = "en";
  CHECK(Reconcile({grant_en, profit_en, dock_en, grant_en_zh, profit_en_zh, dock_en_zh}, Rules()).findings.empty());
  // An amount of a figure whose subject came from the context counts too.
  Claim grant_zh_context = grant_zh;
  grant_zh_context.subject_source = "context";
  auto context = Reconcile({grant_en, profit_en, dock_en, grant_zh_context, profit_zh, dock_zh}, Rules());
  CHECK(Verdicts(context, "same_figure") == std::vector<std::string>{"conflict", "consistent", "consistent"});
}

TEST_CASE("same figure: an amount is weighed against the nearer of two things another article states", "[reconcile]") {
  // de states an investment and a loan; zh one amount, a thousandth of the
  // investment: a scale slip of the investment, never a figure of the loan.
  Claim dock = Money("de", "2.1e12", "KRW", "haesong");
  Claim loan = Money("de", "600e9", "KRW", "haesong");
  loan.attribute = "funding";
  Claim slip = Money("zh", "2.1e9", "KRW", "haesong");
  auto r = Reconcile({dock, loan, slip}, Rules());
  REQUIRE(Verdicts(r, "same_figure") == std::vector<std::string>{"conflict"});
  std::vector<std::string> compared = First(r, "same_figure")->claims;
  std::sort(compared.begin(), compared.end());
  CHECK(compared == std::vector<std::string>{dock.id, slip.id});
}

TEST_CASE("different subjects, units or classes are never compared", "[reconcile]") {
  auto r = Reconcile({Money("a", "500e6", "USD", "sb-energy", {"each"}), Money("b", "500e9", "USD", "stargate"),
                      Money("c", "1.4e12", "USD", "openai")},
                     Rules());
  CHECK(r.findings.empty());
  Claim unknown = Money("d", "3e9", "USD", "");
  auto r2 = Reconcile({unknown, Money("e", "5e9", "USD", "")}, Rules());
  CHECK(r2.findings.empty());
}

TEST_CASE("initial vs total: explained when the initial is at most the total", "[reconcile]") {
  auto r = Reconcile({Money("a", "100e9", "USD", "stargate", {"initial"}), Money("b", "500e9", "USD", "stargate", {"total"})},
                     Rules());
  REQUIRE(Verdicts(r, "initial_vs_total") == std::vector<std::string>{"explained"});
  CHECK(First(r, "initial_vs_total")->message == "initial 100000000000 USD <= total 500000000000 USD");
  CHECK(Verdicts(r, "same_figure").empty());

  auto r2 = Reconcile({Money("a", "600e9", "USD", "stargate", {"initial"}), Money("b", "500e9", "USD", "stargate")},
                      Rules());
  CHECK(Verdicts(r2, "initial_vs_total") == std::vector<std::string>{"conflict"});
}

TEST_CASE("initial vs total: measured against the largest total, and the message names the figures compared",
          "[reconcile]") {
  // A first phase of 1.4bn against totals of 0.85bn (a subsidy taken for a
  // total) and 3.5bn: the totals' disagreement is a same_figure conflict,
  // the first phase fits the larger one.
  auto r = Reconcile({Money("a", "1.4e9", "EUR", "ferrolys", {"initial"}), Money("b", "850e6", "EUR", "ferrolys", {"total"}),
                      Money("c", "3.5e9", "EUR", "ferrolys", {"total"})},
                     Rules());
  REQUIRE(Verdicts(r, "initial_vs_total") == std::vector<std::string>{"explained"});
  CHECK(First(r, "initial_vs_total")->message == "initial 1400000000 EUR <= total 3500000000 EUR");
  CHECK(Verdicts(r, "same_figure") == std::vector<std::string>{"conflict"});

  auto r2 = Reconcile({Money("a", "1e9", "EUR", "x", {"initial"}), Money("b", "4e9", "EUR", "x", {"initial"}),
                       Money("c", "3.5e9", "EUR", "x", {"total"})},
                      Rules());
  REQUIRE(Verdicts(r2, "initial_vs_total") == std::vector<std::string>{"conflict"});
  CHECK(First(r2, "initial_vs_total")->message == "initial 4000000000 EUR exceeds total 3500000000 EUR");
}

TEST_CASE("initial figures that disagree conflict", "[reconcile]") {
  auto r = Reconcile({Money("a", "100e9", "USD", "stargate", {"initial"}), Money("b", "150e9", "USD", "stargate", {"initial"})},
                     Rules());
  CHECK(Verdicts(r, "same_figure") == std::vector<std::string>{"conflict"});
}

TEST_CASE("parts vs total: holders x each against the total", "[reconcile]") {
  auto r = Reconcile({Money("a", "19e9", "USD", "stargate", {"each"}, {"openai", "softbank"}),
                      Money("a", "45e9", "USD", "stargate", {"total"}, {"openai", "softbank", "oracle", "mgx"})},
                     Rules());
  REQUIRE(Verdicts(r, "parts_vs_total") == std::vector<std::string>{"consistent"});
  CHECK(First(r, "parts_vs_total")->message == "2 x 19000000000 USD = 38000000000 <= total 45000000000 USD");

  auto r2 = Reconcile({Money("a", "25e9", "USD", "stargate", {"each"}, {"openai", "softbank"}),
                       Money("b", "45e9", "USD", "stargate", {"total"}, {"openai", "softbank", "oracle"})},
                      Rules());
  REQUIRE(Verdicts(r2, "parts_vs_total") == std::vector<std::string>{"conflict"});
  CHECK_THAT(First(r2, "parts_vs_total")->message, Catch::Contains("50000000000 exceeds"));
}

TEST_CASE("parts vs total: restatements of one part are weighed once", "[reconcile]") {
  auto r = Reconcile({Money("a", "30e9", "USD", "dunecloud", {"each"}, {"qasr", "telvanta"}),
                      Money("a", "30e9", "USD", "dunecloud", {"each"}, {"qasr", "telvanta"}),
                      Money("b", "50e9", "USD", "dunecloud", {"total"})},
                     Rules());
  REQUIRE(Verdicts(r, "parts_vs_total") == std::vector<std::string>{"conflict"});
  // The part and the total it exceeds; the part's restatement agrees with it.
  CHECK(First(r, "parts_vs_total")->claims.size() == 2);
}

TEST_CASE("stakes: sum to at most 100 %, one stake per holder", "[reconcile]") {
  auto r = Reconcile({Stake("a", "40", "stargate", {"openai", "softbank"}, {"each"})}, Rules());
  REQUIRE(Verdicts(r, "stakes") == std::vector<std::string>{"consistent"});
  CHECK(First(r, "stakes")->message == "stakes openai 40 % + softbank 40 % = 80 % <= 100 %");

  auto over = Reconcile({Stake("a", "60", "v", {"openai"}), Stake("b", "50", "v", {"softbank"})}, Rules());
  CHECK(Verdicts(over, "stakes") == std::vector<std::string>{"conflict"});

  auto differ = Reconcile({Stake("a", "40", "v", {"softbank"}), Stake("b", "45", "v", {"softbank"})}, Rules());
  auto verdicts = Verdicts(differ, "stakes");
  REQUIRE(verdicts.size() == 2);
  CHECK(verdicts[0] == "conflict");
  CHECK_THAT(First(differ, "stakes")->message, Catch::Contains("softbank holds 40 %") && Catch::Contains("45 %"));
}

TEST_CASE("stakes: the sum names the figures it adds, a holder's other figure conflicts apart", "[reconcile]") {
  auto r = Reconcile({Stake("a", "51", "vortelle", {"verancon"}), Stake("a", "34", "vortelle", {"qingyu"}),
                      Stake("b", "60", "vortelle", {"qingyu"})},
                     Rules());
  REQUIRE(Verdicts(r, "stakes") == std::vector<std::string>{"conflict", "consistent"});
  CHECK(r.findings[0].claims.size() == 2);  // qingyu: 34 % vs 60 %
  CHECK(r.findings[1].claims.size() == 2);  // 51 + 34
  CHECK_THAT(r.findings[1].message, Catch::Contains("= 85 %"));
}

TEST_CASE("stakes: a holder whose id another extends by words is one holder, and the sum takes its figure most sources state",
          "[reconcile]") {
  // 汉江电芯 (hanjiang-cell) in Chinese copy, Hanjiang Cell Technology elsewhere.
  auto r = Reconcile({Stake("de", "55", "elbzell", {"brandauer"}), Stake("de", "35", "elbzell", {"hanjiang-cell-technology"}),
                      Stake("en", "35", "elbzell", {"hanjiang-cell-technology"}), Stake("zh", "45", "elbzell", {"hanjiang-cell"})},
                     Rules());
  REQUIRE(Verdicts(r, "stakes") == std::vector<std::string>{"conflict", "consistent"});
  CHECK_THAT(r.findings[0].message, Catch::Contains("holds 35 %") && Catch::Contains("but 45 %"));
  CHECK_THAT(r.findings[1].message, Catch::Contains("= 90 %"));
}

TEST_CASE("stakes: stakes whose holder went unread are not compared where the others name several holders",
          "[reconcile]") {
  Claim brandauer = Stake("a", "55", "elbzell", {"brandauer"});
  Claim hanjiang = Stake("a", "35", "elbzell", {"hanjiang"});
  Claim rest = Stake("b", "10", "elbzell", {});
  Claim other = Stake("c", "55", "elbzell", {});
  CHECK(Verdicts(Reconcile({brandauer, hanjiang, rest, other}, Rules()), "same_figure").empty());
  // With one holder named, two unread stakes that disagree still conflict.
  CHECK(Verdicts(Reconcile({brandauer, rest, other}, Rules()), "same_figure") == std::vector<std::string>{"conflict"});
}

TEST_CASE("stakes: a sum over 100 % names one figure per holder; one holder named two ways counts once",
          "[reconcile]") {
  auto over = Reconcile({Stake("de", "51", "zellwerk", {"heidebach"}), Stake("de", "49", "zellwerk", {"chengda"}),
                         Stake("zh", "49", "zellwerk", {"chengda"}), Stake("en", "15", "zellwerk", {"mitsukawa"})},
                        Rules());
  REQUIRE(Verdicts(over, "stakes") == std::vector<std::string>{"conflict"});
  CHECK(First(over, "stakes")->claims.size() == 3);
  CHECK_THAT(First(over, "stakes")->message, Catch::Contains("= 115 %"));
  // "Tai Fung Holdings" in English copy, "泰豐控股" (taifeng-holdings) in Chinese.
  auto twice = Reconcile({Stake("en", "60", "campus", {"morgental"}), Stake("en", "40", "campus", {"tai-fung"}),
                          Stake("zh", "40", "campus", {"taifeng-holdings"})},
                         Rules());
  REQUIRE(Verdicts(twice, "stakes") == std::vector<std::string>{"consistent"});
  CHECK_THAT(First(twice, "stakes")->message, Catch::Contains("= 100 %"));
  // Two holders in one article are two holders, whatever their ids.
  auto two = Reconcile({Stake("en", "60", "campus", {"tai-fung"}), Stake("en", "60", "campus", {"taifeng"})}, Rules());
  CHECK(Verdicts(two, "stakes") == std::vector<std::string>{"conflict"});
}

TEST_CASE("same subject: what two partners build unnamed is the venture another article names", "[reconcile]") {
  // en: "Morgental and Tai Fung will build a campus … valued at $2.6 billion";
  // de names it: "Harbourgate", of which Morgental holds 60 %.
  auto r = Reconcile({Money("en", "2.6e9", "USD", "morgental+tai-fung", {"total"}),
                      Money("de", "2.6e9", "USD", "harbourgate", {"total"}),
                      Stake("de", "60", "harbourgate", {"morgental"})},
                     Rules());
  REQUIRE(Verdicts(r, "same_figure") == std::vector<std::string>{"consistent"});
  CHECK(First(r, "same_figure")->subject == "harbourgate");
  // Where the partners hold stakes in two subjects, which one is meant is unknown.
  auto two = Reconcile({Money("en", "2.6e9", "USD", "morgental+tai-fung", {"total"}),
                        Money("de", "2.6e9", "USD", "harbourgate", {"total"}),
                        Stake("de", "60", "harbourgate", {"morgental"}), Stake("de", "30", "kestrel", {"tai-fung"})},
                       Rules());
  CHECK(Verdicts(two, "same_figure").empty());
}

TEST_CASE("same subject: three partners' unnamed venture is the subject most of them are tied to", "[reconcile]") {
  // en: "Serrin, Vollmark and Lianhe will build a line … €7.5 billion"; fr
  // names it ("Argane") and lists two of the three as its backers; one of
  // them also holds 51 % of a plant elsewhere.
  auto r = Reconcile({Money("en", "7.5e9", "EUR", "lianhe+serrin+vollmark", {"total"}),
                      Money("fr", "7.5e9", "EUR", "argane", {"total"}, {"serrin", "vollmark"}),
                      Stake("fr", "51", "mexico-plant", {"lianhe"})},
                     Rules());
  REQUIRE(Verdicts(r, "same_figure") == std::vector<std::string>{"consistent"});
  CHECK(First(r, "same_figure")->subject == "argane");
  // Tied by one partner each, neither subject is the venture.
  auto even = Reconcile({Money("en", "7.5e9", "EUR", "lianhe+serrin+vollmark", {"total"}),
                         Money("fr", "7.5e9", "EUR", "argane", {"total"}), Stake("fr", "40", "argane", {"serrin"}),
                         Stake("fr", "51", "mexico-plant", {"lianhe"})},
                        Rules());
  CHECK(Verdicts(even, "same_figure").empty());
}


TEST_CASE("unnamed story: articles that share two amounts without subject tell one story", "[reconcile]") {
  // en: "The new container pier will cost €900 million in total; its first
  // stage, €300 million …; the port authority keeps 40 %"; de: "Der neue
  // Anleger kostet insgesamt 900 Millionen Euro, die erste Stufe 350
  // Millionen … die Hafenbehörde behält 40 Prozent". Neither names the pier.
  auto r = Reconcile({Money("en", "9e8", "EUR", "", {"total"}), Money("en", "3e8", "EUR", "", {"initial"}),
                      Stake("en", "40", "", {}), Money("de", "9e8", "EUR", "", {"total"}),
                      Money("de", "3.5e8", "EUR", "", {"initial"}), Stake("de", "40", "", {})},
                     Rules());
  // The conflict of the first stages, the agreeing totals and stakes.
  REQUIRE(Verdicts(r, "same_figure") == std::vector<std::string>{"conflict", "consistent", "consistent"});
  const Finding* conflict = First(r, "same_figure");
  CHECK(conflict->subject == "unnamed-story-1");
  CHECK_THAT(conflict->message, Catch::Contains("300000000 EUR") && Catch::Contains("350000000 EUR"));
  CHECK(Verdicts(r, "initial_vs_total") == std::vector<std::string>{"explained"});
  // A third article that shares a yearly figure with one and a first stage
  // with the other joins their story: together they state both amounts.
  auto three = Reconcile({Money("en", "9e8", "EUR", "", {"total"}), Money("en", "2e8", "EUR", "", {"annual"}),
                          Stake("en", "40", "", {}), Money("de", "9e8", "EUR", "", {"total"}),
                          Stake("de", "40", "", {}), Money("de", "3e8", "EUR", "", {"initial"}),
                          Money("fr", "2e8", "EUR", "", {"annual"}), Money("fr", "3e8", "EUR", "", {"initial"}),
                          Money("fr", "9.5e8", "EUR", "", {"total"})},
                         Rules());
  std::vector<std::string> conflicts;
  for (const auto& f : three.findings) {
    if (f.verdict == Verdict::kConflict) conflicts.push_back(f.check + ": " + f.message);
  }
  // fr's total against en's and against de's.
  REQUIRE(conflicts.size() == 2);
  for (const auto& c : conflicts) {
    CHECK_THAT(c, Catch::StartsWith("same_figure") && Catch::Contains("950000000 EUR") &&
                      Catch::Contains("900000000 EUR"));
  }
}

TEST_CASE("unnamed story: stakes whose holders went unread are no one figure of the story", "[reconcile]") {
  // en: "The licensee pays $80 million upfront of a deal worth up to $900
  // million and takes 7 %"; de: "… ein Staatsfonds hält 6 Prozent": two
  // holders' stakes, not two accounts of one.
  auto r = Reconcile({Money("en", "8e7", "USD", "", {"initial"}), Money("en", "9e8", "USD", "", {"total"}),
                      Stake("en", "7", "", {}), Money("de", "8e7", "USD", "", {"initial"}),
                      Money("de", "9e8", "USD", "", {"total"}), Stake("de", "6", "", {})},
                     Rules());
  for (const auto& f : r.findings) CHECK(f.verdict != Verdict::kConflict);
  CHECK(Verdicts(r, "same_figure") == std::vector<std::string>{"consistent", "consistent"});
  // Where they agree, they are restatements of one stake.
  auto same = Reconcile({Money("en", "8e7", "USD", "", {"initial"}), Money("en", "9e8", "USD", "", {"total"}),
                         Stake("en", "7", "", {}), Money("de", "8e7", "USD", "", {"initial"}),
                         Money("de", "9e8", "USD", "", {"total"}), Stake("de", "7", "", {})},
                        Rules());
  CHECK(Verdicts(same, "same_figure") == std::vector<std::string>{"consistent", "consistent", "consistent"});
}

TEST_CASE("unnamed story: figures that state two amounts of a subject another article names are about it",
          "[reconcile]") {
  // en names the bridge ("Harbour Link … $2 billion in total, of which
  // operator Kessel holds 30 %"); de and fr describe it ("eine Brücke über
  // die Bucht", "le pont") and state the same total and stake, and first
  // stages that differ from en's.
  auto r = Reconcile({Money("en", "2e9", "USD", "harbour-link", {"total"}),
                      Stake("en", "30", "harbour-link", {"kessel"}),
                      Money("en", "5e8", "USD", "harbour-link", {"initial"}), Money("de", "2e9", "USD", "", {"total"}),
                      Stake("de", "30", "", {}), Money("de", "6e8", "USD", "", {"initial"}),
                      Money("fr", "2e9", "USD", "", {"total"}), Stake("fr", "30", "", {}),
                      Money("fr", "6e8", "USD", "", {"initial"})},
                     Rules());
  bool conflict = false;
  for (const auto& f : r.findings) {
    CHECK(f.subject == "harbour-link");
    conflict |= f.check == "same_figure" && f.verdict == Verdict::kConflict;
  }
  CHECK(conflict);
  // de alone: the total and stake it shares with en are the bridge's; its
  // first stage, which nothing else states, may be another project's.
  auto alone = Reconcile({Money("en", "2e9", "USD", "harbour-link", {"total"}),
                          Stake("en", "30", "harbour-link", {"kessel"}),
                          Money("en", "5e8", "USD", "harbour-link", {"initial"}), Money("de", "2e9", "USD", "", {"total"}),
                          Stake("de", "30", "", {}), Money("de", "6e8", "USD", "", {"initial"})},
                         Rules());
  REQUIRE(Verdicts(alone, "same_figure") == std::vector<std::string>{"consistent"});
  CHECK(First(alone, "same_figure")->subject == "harbour-link");
  CHECK(First(alone, "same_figure")->claims.size() == 2);
  for (const auto& f : alone.findings) CHECK(f.verdict != Verdict::kConflict);
  // Two named subjects that both fit: which one de describes is unknown.
  auto two = Reconcile({Money("en", "2e9", "USD", "harbour-link", {"total"}),
                        Stake("en", "30", "harbour-link", {"kessel"}), Money("fr", "2e9", "USD", "bay-tunnel", {"total"}),
                        Stake("fr", "30", "bay-tunnel", {"kessel"}), Money("de", "2e9", "USD", "", {"total"}),
                        Stake("de", "30", "", {})},
                       Rules());
  for (const auto& f : two.findings) {
    for (const auto& id : f.claims) CHECK(id.rfind("de#", 0) != 0);
  }
}

TEST_CASE("unnamed story: an article alone tells of a named subject the stakes of that subject's holders",
          "[reconcile]") {
  // en names Skylace: Tianshu takes 40 %, Veltara keeps 50 % of $3.6 bn.
  // zh-Hans states the total and Veltara's 50 % without a name, and 45 %
  // for 天枢卫星 (tianshu-satellite): a stake of Skylace's holder, whatever
  // else the lone article's figures may be about.
  std::vector<Claim> claims = {Money("en", "3.6e9", "USD", "skylace", {"total"}),
                               Stake("en", "40", "skylace", {"tianshu-satellite-communications"}),
                               Stake("en", "50", "skylace", {"veltara"}), Money("zh", "3.6e9", "USD", "", {"total"}),
                               Stake("zh", "50", "", {}), Stake("zh", "45", "", {"tianshu-satellite"})};
  auto r = Reconcile(claims, Rules());
  REQUIRE(Verdicts(r, "stakes") == std::vector<std::string>{"conflict", "consistent"});
  CHECK(First(r, "stakes")->subject == "skylace");
  CHECK_THAT(First(r, "stakes")->message, Catch::Contains("40 %") && Catch::Contains("45 %"));
  // A holder with no stake in Skylace elsewhere tells nothing of it.
  claims.back().holders = {"hongtu"};
  for (const auto& f : Reconcile(claims, Rules()).findings) CHECK(f.verdict != Verdict::kConflict);
}

TEST_CASE("unnamed story: one amount in common, or stakes alone, tell no story", "[reconcile]") {
  // Two unrelated articles that each say "€1 billion" in total and a
  // different first phase are no conflict of one project.
  auto one = Reconcile({Money("a", "1e9", "EUR", "", {"total"}), Money("a", "2e8", "EUR", "", {"initial"}),
                        Money("b", "1e9", "EUR", "", {"total"}), Money("b", "4e8", "EUR", "", {"initial"})},
                       Rules());
  CHECK(one.findings.empty());
  // "51 %" and "49 %" in two articles are stakes in anything.
  auto stakes = Reconcile({Stake("a", "51", "", {}), Stake("a", "49", "", {}), Money("a", "3e8", "EUR", "", {"total"}),
                           Stake("b", "51", "", {}), Stake("b", "49", "", {}), Money("b", "5e8", "EUR", "", {"total"})},
                          Rules());
  CHECK(stakes.findings.empty());
  // A figure of a named subject is no figure of the unnamed story.
  Claim revenue = Money("b", "5e8", "EUR", "", {});
  revenue.attribute = "revenue";
  CHECK_FALSE(MayBeCompared(revenue));
  CHECK(MayBeCompared(Money("b", "5e8", "EUR", "", {"total"})));
  // "The province adds a grant of 45 billion won": money given to the deal.
  Claim grant = Money("b", "45e9", "KRW", "", {});
  grant.attribute = "subsidy";
  CHECK(MayBeCompared(grant));
  auto grants = Reconcile({Money("a", "2.1e12", "KRW", "", {"total"}), grant, Money("b", "2.1e12", "KRW", "", {"total"}),
                           [&] {
                             Claim a = grant;
                             a.doc = "a";
                             a.id = "a#999";
                             return a;
                           }()},
                          Rules());
  CHECK(Verdicts(grants, "same_figure") == std::vector<std::string>{"consistent", "consistent"});
}

TEST_CASE("unnamed story: near amounts of one kind in one article are two things, compared with neither",
          "[reconcile]") {
  // en: "clients with 10 million to 20 million yuan"; de restates the 10
  // million and the plant's total of 90 million: which of en's amounts is
  // the story's is unknown, so en meets no story and nothing conflicts.
  auto r = Reconcile({Money("en", "1e7", "CNY", "", {"total"}), Money("en", "2e7", "CNY", "", {"total"}),
                      Money("en", "9e7", "CNY", "", {"initial"}), Money("de", "1e7", "CNY", "", {"total"}),
                      Money("de", "9e7", "CNY", "", {"initial"})},
                     Rules());
  CHECK(Verdicts(r, "same_figure").empty());
  // A far amount ("150亿元" of the project beside "1.2万亿元" of a national
  // programme) is told apart: the project's total still meets the other
  // article's.
  auto far = Reconcile({Money("zh", "1.5e10", "CNY", "", {"total"}), Money("zh", "1.2e12", "CNY", "", {"total"}),
                        Money("zh", "6.2e9", "CNY", "", {"initial"}), Money("fr", "1.5e10", "CNY", "", {"total"}),
                        Money("fr", "6.2e9", "CNY", "", {"initial"})},
                       Rules());
  REQUIRE_FALSE(Verdicts(far, "same_figure").empty());
  CHECK(First(far, "same_figure")->subject == "unnamed-story-1");
  for (const auto& f : far.findings) CHECK(f.verdict != Verdict::kConflict);
}
TEST_CASE("same subject: one venture by partners another article names longer or shorter", "[reconcile]") {
  // en names "Haldrup Chemie" where de says "Haldrup"; their ventures are one,
  // and Ganli's 12 % of another company in en does not name it.
  auto guessed = [](Claim c) {
    c.subject_source = "heuristic";
    return c;
  };
  auto r = Reconcile({guessed(Money("en", "2.4e9", "EUR", "ganli+haldrup-chemie", {"total"})),
                      guessed(Money("en", "1e6", "EUR", "haldrup-chemie")),
                      guessed(Stake("en", "12", "karrawong", {"ganli"})),
                      guessed(Money("de", "2.4e9", "EUR", "ganli+haldrup", {"total"})),
                      guessed(Money("de", "5.8e9", "EUR", "haldrup"))},
                     Rules());
  REQUIRE(Verdicts(r, "same_figure") == std::vector<std::string>{"consistent"});
  CHECK(First(r, "same_figure")->subject == "ganli+haldrup");
}

TEST_CASE("stakes: two stakes of one article whose holders went unread are two parties' stakes", "[reconcile]") {
  // zh-Hans "晶宸半导体持有该工厂80%股权，黑部电子持股20%" with neither holder read;
  // en reads one of them.
  auto r = Reconcile({Stake("zh", "80", "plant", {}), Stake("zh", "20", "plant", {}),
                      Stake("en", "80", "plant", {}), Stake("en", "20", "plant", {"kurobe"})},
                     Rules());
  CHECK(Verdicts(r, "same_figure").empty());
  // One stake an article states, without its holder, is still one figure.
  auto one = Reconcile({Stake("zh", "80", "plant", {}), Stake("de", "45", "plant", {})}, Rules());
  CHECK(Verdicts(one, "same_figure") == std::vector<std::string>{"conflict"});
}

TEST_CASE("same figure: parts whose givers went unread confirm each other but never conflict", "[reconcile]") {
  // fr "Il apportera 95 millions de francs", de "Die Stadt trägt 120 Millionen
  // Franken bei": two parties' parts.
  auto part = [](const std::string& doc, const char* value) {
    Claim c = Money(doc, value, "CHF", "arena");
    c.attribute = "contribution";
    return c;
  };
  CHECK(Verdicts(Reconcile({part("fr", "95e6"), part("de", "120e6")}, Rules()), "same_figure").empty());
  CHECK(Verdicts(Reconcile({part("fr", "95e6"), part("de", "95e6")}, Rules()), "same_figure") ==
        std::vector<std::string>{"consistent"});
}

TEST_CASE("stakes: a stake whose holder went unread restates the one holder's stake it equals", "[reconcile]") {
  auto r = Reconcile({Stake("fr", "24.9", "azurea", {"jinlu"}), Stake("fr", "45", "azurea", {"delorme"}),
                      Stake("en", "24.9", "azurea", {}), Stake("de", "24.9", "azurea", {})},
                     Rules());
  const Finding* sum = First(r, "stakes");
  REQUIRE(sum != nullptr);
  CHECK(sum->verdict == Verdict::kConsistent);
  CHECK(sum->claims.size() == 4);
  // Equal to no holder's stake, it is left out.
  auto none = Reconcile({Stake("fr", "24.9", "azurea", {"jinlu"}), Stake("fr", "45", "azurea", {"delorme"}),
                         Stake("en", "30", "azurea", {})},
                        Rules());
  CHECK(First(none, "stakes")->claims.size() == 2);
}

TEST_CASE("parts vs total: what buyers put in adds up to the price they pay", "[reconcile]") {
  auto price = [](const std::string& doc, const char* value) {
    Claim c = Money(doc, value, "EUR", "solvane", {}, {"birchwood", "varnholt"});
    c.attribute = "price";
    return c;
  };
  auto part = [](const char* value, const char* holder) {
    Claim c = Money("en", value, "EUR", "solvane", {}, {holder});
    c.attribute = "contribution";
    return c;
  };
  auto over = Reconcile({price("en", "2.4e9"), part("1.4e9", "birchwood"), part("1.2e9", "varnholt")}, Rules());
  CHECK(Verdicts(over, "parts_vs_total") == std::vector<std::string>{"conflict"});
  // Each partner's half, against the price two articles state: both cited.
  auto each = Reconcile({price("en", "2.4e9"), price("de", "2.4e9"),
                         Money("fr", "1.2e9", "EUR", "solvane", {"each"}, {"birchwood", "varnholt"})},
                        Rules());
  REQUIRE(Verdicts(each, "parts_vs_total") == std::vector<std::string>{"consistent"});
  CHECK(First(each, "parts_vs_total")->claims.size() == 3);
}

TEST_CASE("initial vs total: where the initial figures disagree, the one most sources state is weighed", "[reconcile]") {
  auto r = Reconcile({Money("fr", "2.8e9", "EUR", "argane", {"initial"}), Money("en", "2.8e9", "EUR", "argane", {"initial"}),
                      Money("de", "3.2e9", "EUR", "argane", {"initial"}), Money("fr", "7.5e9", "EUR", "argane", {"total"})},
                     Rules());
  const Finding* f = First(r, "initial_vs_total");
  REQUIRE(f != nullptr);
  CHECK(VerdictName(f->verdict) == std::string("explained"));
  CHECK(f->message == "initial 2800000000 EUR <= total 7500000000 EUR");
  CHECK(f->claims.size() == 3);  // the two 2.8 bn and the total, not the disputed 3.2 bn
}

TEST_CASE("parts vs total: a contribution is a part, never a restatement of the total", "[reconcile]") {
  Claim state = Money("b", "120e6", "EUR", "plant");
  state.attribute = "contribution";
  auto r = Reconcile({Money("a", "1.5e9", "EUR", "plant", {"total"}), state}, Rules());
  CHECK(Verdicts(r, "same_figure").empty());
}

TEST_CASE("stakes: several holders without each hold the stake together", "[reconcile]") {
  auto joint = Reconcile({Stake("a", "80", "stargate", {"openai", "softbank"})}, Rules());
  REQUIRE(Verdicts(joint, "stakes") == std::vector<std::string>{"consistent"});
  CHECK(First(joint, "stakes")->message == "stakes openai+softbank 80 % = 80 % <= 100 %");

  auto with_other = Reconcile({Stake("a", "80", "stargate", {"softbank", "openai"}), Stake("b", "30", "stargate", {"oracle"})},
                              Rules());
  REQUIRE(Verdicts(with_other, "stakes") == std::vector<std::string>{"conflict"});
  CHECK(First(with_other, "stakes")->message == "stakes openai+softbank 80 % + oracle 30 % = 110 % exceed 100 %");
}

TEST_CASE("conversions: implied rate inside the band, and off by ten", "[reconcile]") {
  Claim usd = Money("a", "1.4e12", "USD", "openai");
  Claim eur = Money("a", "1.22e12", "EUR", "openai");
  eur.converts = usd.id;
  auto r = Reconcile({usd, eur}, Rules());
  REQUIRE(Verdicts(r, "conversion") == std::vector<std::string>{"consistent"});
  CHECK_THAT(First(r, "conversion")->message, Catch::Contains("USD/EUR rates 0.8714"));

  Claim usd2 = Money("b", "2e9", "USD", "foxconn");
  Claim eur2 = Money("b", "17e9", "EUR", "foxconn");
  eur2.converts = usd2.id;
  auto r2 = Reconcile({usd, eur, usd2, eur2}, Rules());
  // The pair that is off stands alone; the other still agrees with the band.
  REQUIRE(Verdicts(r2, "conversion") == std::vector<std::string>{"conflict", "consistent"});
  const Finding* off = First(r2, "conversion");
  CHECK(off->claims == std::vector<std::string>{usd2.id, eur2.id});
  CHECK_THAT(off->message, Catch::Contains("rate 8.5 in") && Catch::Contains("outside the plausible band"));
}

TEST_CASE("conversions: a pegged rate holds within the rounding of the figures stated", "[reconcile]") {
  // EUR/XOF is pegged at 655.957; "environ 275 milliards de francs CFA" for
  // 420 million euros implies 654.8, inside what 275 and 420 round.
  Claim eur = Money("a", "420e6", "EUR", "cotonou");
  Claim xof = Money("a", "275e9", "XOF", "cotonou", {"approx"});
  xof.converts = eur.id;
  CHECK(Verdicts(Reconcile({eur, xof}, Rules()), "conversion") == std::vector<std::string>{"consistent"});
  // Figures stated to more digits leave less room: 654.3 is off the peg.
  Claim precise = Money("b", "420.5e6", "EUR", "cotonou");
  Claim off = Money("b", "275.123e9", "XOF", "cotonou");
  off.converts = precise.id;
  CHECK(Verdicts(Reconcile({precise, off}, Rules()), "conversion") == std::vector<std::string>{"conflict"});
}

TEST_CASE("conversions: a pair the rules do not list is judged by the dollar bands of both", "[reconcile]") {
  Claim aud = Money("a", "6.3e9", "AUD", "yindi");
  Claim eur = Money("a", "380e6", "EUR", "yindi");
  eur.converts = aud.id;
  Claim aud2 = Money("b", "400e6", "AUD", "yindi");
  Claim eur2 = Money("b", "240e6", "EUR", "yindi");
  eur2.converts = aud2.id;
  auto r = Reconcile({aud, eur, aud2, eur2}, Rules());
  REQUIRE(Verdicts(r, "conversion") == std::vector<std::string>{"conflict", "consistent"});
  CHECK(First(r, "conversion")->claims == std::vector<std::string>{aud.id, eur.id});
  CHECK_THAT(First(r, "conversion")->message, Catch::Contains("(plausible 0.2857..1.389)"));
}

TEST_CASE("conversions: of two zloty pairs to the euro, the one ten times off stands alone", "[reconcile]") {
  // "28 milliards de zlotys (environ 650 millions d'euros)" against "28
  // Milliarden Złoty (rund 6,5 Milliarden Euro)": the dollar bands of both
  // tell which of the two is off, so the right one is no conflict.
  Claim pln = Money("fr", "28e9", "PLN", "smr");
  Claim eur = Money("fr", "650e6", "EUR", "smr");
  eur.converts = pln.id;
  Claim pln2 = Money("de", "28e9", "PLN", "smr");
  Claim eur2 = Money("de", "6.5e9", "EUR", "smr");
  eur2.converts = pln2.id;
  auto r = Reconcile({pln, eur, pln2, eur2}, Rules());
  REQUIRE(Verdicts(r, "conversion") == std::vector<std::string>{"conflict", "consistent"});
  CHECK(First(r, "conversion")->claims == std::vector<std::string>{pln.id, eur.id});
}

TEST_CASE("conversions: rates drift over an archive; each close to the median is consistent", "[reconcile]") {
  std::vector<Claim> claims;
  for (const char* gbp : {"0.50", "0.53", "0.556"}) {  // 11 % from the lowest to the highest
    Claim usd = Money(std::string("d") + gbp, "1", "USD", "x");
    Claim pound = Money(std::string("d") + gbp, gbp, "GBP", "x");
    pound.converts = usd.id;
    claims.push_back(usd);
    claims.push_back(pound);
  }
  auto r = Reconcile(claims, Rules());
  CHECK(Verdicts(r, "conversion") == std::vector<std::string>{"consistent"});
  // Two rates that far apart have no median to side with: they disagree.
  claims.resize(2);
  Claim usd = Money("e", "1", "USD", "x"), pound = Money("e", "0.556", "GBP", "x");
  pound.converts = usd.id;
  claims.push_back(usd);
  claims.push_back(pound);
  CHECK(Verdicts(Reconcile(claims, Rules()), "conversion") == std::vector<std::string>{"conflict"});
}

TEST_CASE("conversions: a bound converts at the amount it states", "[reconcile]") {
  // "more than 210bn yuan ($25.4bn)": open above, and still a rate of 0.121.
  Claim cny = Money("a", "210e9", "CNY", "market", {"more_than"});
  Claim usd = Money("a", "25.4e9", "USD", "market", {"more_than"});
  usd.converts = cny.id;
  auto r = Reconcile({cny, usd}, Rules());
  REQUIRE(Verdicts(r, "conversion") == std::vector<std::string>{"consistent"});
  CHECK_THAT(First(r, "conversion")->message, Catch::Contains("0.121"));
}

TEST_CASE("conversions: a rate inside the band that strays from the others of the batch", "[reconcile]") {
  std::vector<Claim> claims;
  for (auto [doc, eur_value] : {std::pair{"a", "0.87e9"}, {"b", "0.88e9"}, {"c", "1.0e9"}}) {
    Claim usd = Money(doc, "1e9", "USD", "x");
    Claim eur = Money(doc, eur_value, "EUR", "x");
    eur.converts = usd.id;
    claims.push_back(usd);
    claims.push_back(eur);
  }
  auto r = Reconcile(claims, Rules());
  REQUIRE(Verdicts(r, "conversion") == std::vector<std::string>{"conflict", "consistent"});
  CHECK(First(r, "conversion")->claims.front().starts_with("c#"));
  CHECK_THAT(First(r, "conversion")->message, Catch::Contains("1.1x the median 0.88 of the batch"));
}

TEST_CASE("parts vs total: parts listed one holder at a time add up against the total", "[reconcile]") {
  auto parts = [](const char* c_value) {
    return std::vector<Claim>{Money("a", "1e9", "USD", "rimal", {}, {"qasr"}),
                              Money("a", "1.5e9", "USD", "rimal", {}, {"telvanta"}),
                              Money("a", c_value, "USD", "rimal", {}, {"sahra"}),
                              Money("b", "3e9", "USD", "rimal", {"total"})};
  };
  auto fits = Reconcile(parts("0.5e9"), Rules());
  REQUIRE(Verdicts(fits, "parts_vs_total") == std::vector<std::string>{"consistent"});
  CHECK(First(fits, "parts_vs_total")->message ==
        "parts qasr 1000000000 + sahra 500000000 + telvanta 1500000000 = 3000000000 USD <= total 3000000000 USD");
  auto exceeds = Reconcile(parts("1.5e9"), Rules());
  REQUIRE(Verdicts(exceeds, "parts_vs_total") == std::vector<std::string>{"conflict"});
  CHECK_THAT(First(exceeds, "parts_vs_total")->message, Catch::Contains("= 4000000000 USD exceeds total"));
}

TEST_CASE("parts vs total: parts listed one holder at a time add up against a total the partners share",
          "[reconcile]") {
  // "Ka Wui and Féerval will build a 12 billion yuan park ... Ka Wui 6
  // billion yuan and Féerval the remaining 3.6 billion."
  Claim shared = Money("a", "12e9", "CNY", "park", {"total"}, {"ka-wui", "feerval"});
  Claim ka_wui = Money("a", "6e9", "CNY", "park", {}, {"ka-wui"});
  Claim feerval = Money("a", "3.6e9", "CNY", "park", {}, {"feerval"});
  auto fits = Reconcile({shared, ka_wui, feerval}, Rules());
  REQUIRE(Verdicts(fits, "parts_vs_total") == std::vector<std::string>{"consistent"});
  CHECK(First(fits, "parts_vs_total")->message ==
        "parts feerval 3600000000 + ka-wui 6000000000 = 9600000000 CNY <= total 12000000000 CNY");
  feerval.value = Decimal::Parse("7e9");
  REQUIRE(Verdicts(Reconcile({shared, ka_wui, feerval}, Rules()), "parts_vs_total") ==
          std::vector<std::string>{"conflict"});
  // A total one of them holds alone is that holder's, not what the parts make.
  Claim own = Money("a", "12e9", "CNY", "park", {"total"}, {"ka-wui"});
  CHECK(Verdicts(Reconcile({own, ka_wui, feerval}, Rules()), "parts_vs_total").empty());
}

TEST_CASE("same figure: a loan someone gives is a part of the project, not its cost", "[reconcile]") {
  Claim cost = Money("a", "3.2e9", "EUR", "mor-glas", {"total"});
  cost.attribute = "cost";
  Claim loan = Money("b", "800e6", "EUR", "mor-glas", {}, {"eib"});
  loan.attribute = "funding";
  CHECK(Verdicts(Reconcile({cost, loan}, Rules()), "same_figure").empty());
  // Funding no one is said to give is what the venture has in all
  // ("Rimal Power est dotée de 3 milliards de dollars").
  Claim endowed = Money("c", "800e6", "EUR", "mor-glas");
  endowed.attribute = "funding";
  CHECK(Verdicts(Reconcile({cost, endowed}, Rules()), "same_figure") == std::vector<std::string>{"conflict"});
}

TEST_CASE("checks across classes stay within one attribute family", "[reconcile]") {
  Claim yearly = Money("a", "25e9", "EUR", "corvina", {"annual"});
  yearly.horizon = Horizon{4, 0, "over four years"};
  Claim revenue = Money("b", "38e9", "EUR", "corvina", {"total"});
  revenue.attribute = "revenue";
  Claim total = Money("c", "100e9", "EUR", "corvina", {"total"});
  auto r = Reconcile({yearly, revenue, total}, Rules());
  REQUIRE(Verdicts(r, "annual_vs_total") == std::vector<std::string>{"explained"});
  CHECK(First(r, "annual_vs_total")->claims == std::vector<std::string>{yearly.id, total.id});
}

TEST_CASE("same figure: only figures that say what they measure are compared", "[reconcile]") {
  Claim bare_a = Money("a", "646e6", "USD", "delta");
  Claim bare_b = Money("b", "140400", "USD", "delta");
  bare_a.attribute = bare_b.attribute = "";
  CHECK(Reconcile({bare_a, bare_b}, Rules()).findings.empty());
  Claim move_a = Stake("a", "3.8", "rheinfels", {});
  Claim move_b = Stake("b", "5", "rheinfels", {});
  move_a.attribute = move_b.attribute = "";
  CHECK(Reconcile({move_a, move_b}, Rules()).findings.empty());
}

TEST_CASE("annual vs total: a smaller yearly figure beside one that explains the total is another budget line",
          "[reconcile]") {
  Claim plant = Money("a", "300e6", "EUR", "lacombe-aero", {"annual"});
  plant.horizon = Horizon{5, 0, "sur cinq ans"};
  Claim research = Money("a", "120e6", "EUR", "lacombe-aero", {"annual"});
  research.horizon = Horizon{5, 0, "over five years"};
  Claim total = Money("b", "1.5e9", "EUR", "lacombe-aero", {"total"});
  auto r = Reconcile({plant, research, total}, Rules());
  CHECK(Verdicts(r, "annual_vs_total") == std::vector<std::string>{"explained"});

  // Alone, the smaller one falls short of the total: a conflict.
  auto r2 = Reconcile({research, total}, Rules());
  CHECK(Verdicts(r2, "annual_vs_total") == std::vector<std::string>{"conflict"});
}

TEST_CASE("same figure: a research budget is never compared with an investment", "[reconcile]") {
  Claim plant = Money("a", "300e6", "EUR", "lacombe-aero", {"annual"});
  Claim research = Money("b", "120e6", "EUR", "lacombe-aero", {"annual"});
  research.attribute = "research";
  auto r = Reconcile({plant, research}, Rules());
  CHECK(r.findings.empty());
}

TEST_CASE("annual vs total: a yearly figure times its horizon explains a total", "[reconcile]") {
  Claim yearly = Money("a", "125e9", "USD", "stargate", {"annual"});
  yearly.horizon = Horizon{4, 0, "over four years"};
  auto r = Reconcile({yearly, Money("b", "500e9", "USD", "stargate", {"total"})}, Rules());
  REQUIRE(Verdicts(r, "annual_vs_total") == std::vector<std::string>{"explained"});
  CHECK(Verdicts(r, "same_figure").empty());

  yearly.value = Decimal::Parse("250e9");
  auto r2 = Reconcile({yearly, Money("b", "500e9", "USD", "stargate", {"total"})}, Rules());
  CHECK(Verdicts(r2, "annual_vs_total") == std::vector<std::string>{"conflict"});
}

TEST_CASE("annual vs total: restatements in several articles make one finding", "[reconcile]") {
  Claim yearly = Money("a", "25e9", "EUR", "corvina", {"annual"});
  yearly.horizon = Horizon{4, 0, "over the next four years"};
  Claim again = Money("b", "25e9", "EUR", "corvina", {"annual"});
  auto r = Reconcile({yearly, again, Money("a", "100e9", "EUR", "corvina", {"total"}),
                      Money("c", "100e9", "EUR", "corvina", {"total"})},
                     Rules());
  REQUIRE(Verdicts(r, "annual_vs_total") == std::vector<std::string>{"explained"});
  CHECK(First(r, "annual_vs_total")->claims.size() == 4);
}

TEST_CASE("annual vs total: a yearly figure far below the total explains nothing", "[reconcile]") {
  Claim yearly = Money("a", "125e9", "USD", "stargate", {"annual"});
  yearly.horizon = Horizon{4, 0, "over four years"};
  auto r = Reconcile({yearly, Money("b", "5000e9", "USD", "stargate", {"total"})}, Rules());
  REQUIRE(Verdicts(r, "annual_vs_total") == std::vector<std::string>{"conflict"});
  CHECK(First(r, "annual_vs_total")->message ==
        "125000000000 USD a year x 4 years = 500000000000 falls short of total 5000000000000 USD");
}

TEST_CASE("summary: documents counts every document read, with claims or not", "[reconcile]") {
  std::vector<Claim> claims = {Money("a", "500e9", "USD", "stargate"), Money("b", "500e9", "USD", "stargate")};
  CHECK(Reconcile(claims, Rules()).summary.documents == 2);
  CHECK(Reconcile(claims, Rules(), {"a", "b", "no-figures"}).summary.documents == 3);
  CHECK(Reconcile({}, Rules(), {"no-figures"}).summary.documents == 1);
}

TEST_CASE("a repeated sentence is one statement; syndicated copy is one source", "[reconcile]") {
  Claim a = Money("a", "500e9", "USD", "stargate");
  Claim a_again = Money("a", "500e9", "USD", "stargate");
  a_again.statement = a.id;
  Claim b = Money("b", "500e9", "USD", "stargate");
  b.sentence = a.sentence;
  b.text = a.text;
  auto r = Reconcile({a, a_again, b}, Rules());
  REQUIRE(Verdicts(r, "same_figure") == std::vector<std::string>{"consistent"});
  CHECK(First(r, "same_figure")->claims.size() == 2);
  CHECK_THAT(First(r, "same_figure")->message, Catch::Contains("(1 independent source)"));
  CHECK(r.summary.sources == 1);
}

}  // namespace claimcheck

namespace claimcheck {

// Reconcile on articles and on the claim JSONL `extract` wrote for them must
// agree: extraction and reconciliation may run on different machines.
TEST_CASE("claims read back from JSON Lines reconcile exactly like the articles", "[reconcile][json]") {
  std::vector<Claim> direct, read_back;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(CLAIMCHECK_SEEDS_DIR)) paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  REQUIRE(paths.size() == 5);
  for (const auto& path : paths) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    auto result = Extract(Document{path.filename().string(), text.str(), {}, {}}, Rules(), Context{});
    REQUIRE(result.ok());
    for (const auto& c : result.value().claims) {
      direct.push_back(c);
      auto back = report::ClaimFromJsonLine(report::ClaimToJsonLine(c), "claims.jsonl", 1);
      REQUIRE(back.ok());
      CHECK(report::ClaimToJsonLine(back.value()) == report::ClaimToJsonLine(c));
      read_back.push_back(back.value());
    }
  }
  auto a = Reconcile(direct, Rules());
  auto b = Reconcile(read_back, Rules());
  REQUIRE(a.findings.size() == b.findings.size());
  CHECK(a.findings.size() >= 6);
  for (size_t i = 0; i < a.findings.size(); ++i) {
    CHECK(a.findings[i].message == b.findings[i].message);
    CHECK(a.findings[i].claims == b.findings[i].claims);
    CHECK(a.findings[i].verdict == b.findings[i].verdict);
  }
}

}  // namespace claimcheck
