// Reconcile end to end, where wording matters: short articles in each
// language go through Extract (attribution by each language's cue words)
// and then Reconcile. Every row lists all the findings it must produce, as
// "check verdict", so a spurious extra conflict fails the row too; rows of a
// language whose rules are missing fail.
#include <catch2/catch.hpp>

#include <algorithm>
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
  std::vector<std::string> findings;  // every finding as "check verdict", in any order; {} = none
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

std::vector<std::string> Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

void Check(const Row& row) {
  INFO(row.lang << ": " << row.docs.front());
  ReconcileResult r = Run(row);
  INFO(Describe(r));
  std::vector<std::string> findings;
  for (const auto& f : r.findings) findings.push_back(f.check + " " + VerdictName(f.verdict));
  CHECK(Sorted(findings) == Sorted(row.findings));
}

}  // namespace

TEST_CASE("German wording: every check and verdict", "[reconcile][de]") {
  const std::vector<Row> rows = {
      {"de", {"SoftBank hält 40 Prozent an Stargate.", "SoftBank hält 45 Prozent an Stargate."},
       {"stakes conflict", "stakes consistent"}},  // one stake per holder fails; the sum holds
      {"de", {"OpenAI und SoftBank halten jeweils 40 Prozent an Stargate."}, {"stakes consistent"}},
      {"de", {"OpenAI hält 60 Prozent an Stargate.", "SoftBank hält 50 Prozent an Stargate."}, {"stakes conflict"}},
      {"de", {"Stargate startet zunächst mit 100 Milliarden Dollar.", "Stargate startet zunächst mit 150 Milliarden Dollar."},
       {"same_figure conflict"}},
      {"de", {"Stargate startet sofort mit 100 Milliarden Dollar. Insgesamt sollen 500 Milliarden Dollar in Stargate fließen."},
       {"initial_vs_total explained"}},
      // A licence's upfront payment is its initial figure.
      {"de", {"Stargate erhält eine Vorabzahlung von 100 Milliarden Dollar. Insgesamt sollen 500 Milliarden Dollar in "
              "Stargate fließen."},
       {"initial_vs_total explained"}},
      {"de", {"OpenAI und SoftBank investieren jeweils 30 Milliarden Dollar in Stargate.",
              "Insgesamt fließen 45 Milliarden Dollar in Stargate."},
       {"parts_vs_total conflict"}},
      {"de", {"OpenAI und SoftBank investieren jeweils 19 Milliarden Dollar in Stargate.",
              "Insgesamt fließen 45 Milliarden Dollar in Stargate."},
       {"parts_vs_total consistent"}},
      {"de", {"Foxconn will 2 Milliarden Dollar (17 Milliarden Euro) investieren."}, {"conversion conflict"}},
      {"de", {"Foxconn will 2 Milliarden Dollar (1,7 Milliarden Euro) investieren."}, {"conversion consistent"}},
      {"de", {"Foxconn will 2 Milliarden Dollar (umgerechnet rund 17 Milliarden Euro) investieren."}, {"conversion conflict"}},
      {"de", {"Stargate soll 500 Billionen US-Dollar kosten.", "Stargate soll 500 Milliarden US-Dollar kosten."},
       {"same_figure conflict"}},
      {"de", {"Stargate investiert in den nächsten vier Jahren jährlich 125 Milliarden Dollar.",
              "Stargate investiert insgesamt 500 Milliarden Dollar."},
       {"annual_vs_total explained"}},
      {"de", {"OpenAI will 1,4 Billionen Dollar ausgeben.", "Stargate kostet 500 Milliarden Dollar."}, {}},
      // A horizon's "über" is no lower bound.
      {"de", {"Stargate soll über die nächsten vier Jahre 500 Milliarden Dollar investieren.",
              "Stargate investiert insgesamt 600 Milliarden Dollar."},
       {"same_figure conflict"}},
      // Held together, not each: 80 %, not 2 x 80 %.
      {"de", {"OpenAI und SoftBank halten zusammen 80 Prozent an Stargate."}, {"stakes consistent"}},
      // Conversions are weighed by the conversion check, not as figures of their own.
      {"de", {"Stargate kostet 500 Mrd. Dollar (480 Mrd. Euro).", "Stargate kostet 500 Mrd. Dollar (460 Mrd. Euro)."},
       {"same_figure consistent", "conversion consistent"}},
      // A rounded restatement agrees with the precise figure.
      {"de", {"OpenAI will 1,22 Billionen Euro ausgeben.", "OpenAI will 1,2 Billionen Euro ausgeben."},
       {"same_figure consistent"}},
      {"de", {"OpenAI will 1,26 Billionen Euro ausgeben.", "OpenAI will 1,2 Billionen Euro ausgeben."},
       {"same_figure conflict"}},
      // 4 x 125 falls far short of 5 000: not explained.
      {"de", {"Stargate investiert in den nächsten vier Jahren jährlich 125 Milliarden Dollar.",
              "Stargate investiert insgesamt 5 000 Milliarden Dollar."},
       {"annual_vs_total conflict"}},
  };
  for (const auto& row : rows) Check(row);
}

TEST_CASE("a stake a company takes or holds in what its sentence does not name keeps its holder", "[reconcile]") {
  struct Case {
    std::string lang, text, holder;
  };
  const std::vector<Case> cases = {
      {"fr", "Le groupe Belvane détiendra 60 % du capital.", "belvane"},
      {"de", "Der Konzern Belvane übernimmt 47,5 Prozent.", "belvane"},
      {"de", "Der Konzern Belvane hält 30 Prozent.", "belvane"},
      {"en", "The carmaker said Belvane Holdings owns 44% of the Japanese carmaker.", "belvane"},
      // A stake in something besides the story is not counted as one of its holder's.
      {"de", "Der Konzern Belvane hält bereits 30 Prozent an einer Mautstraße in Peru.", ""},
      // Who runs the holder, named in an aside, holds nothing.
      {"en", "Lena Okafor owns 82% of the shares.", "lena-okafor"},
      {"en", "The media group, run by Lena Okafor, owns 82% of the shares.", ""},
      {"de", "Der Konzern, geführt von Anna Berg, hält 40 Prozent.", ""},
      {"fr", "Le groupe, dirigé par Paul Dumont, détient 40 %.", ""},
  };
  for (const auto& c : cases) {
    INFO(c.lang << ": " << c.text);
    Context context;
    context.language = c.lang;
    auto result = Extract(Document{"doc", c.text, {}, {}}, Rules(), context);
    REQUIRE(result.ok());
    REQUIRE(result.value().claims.size() == 1);
    const Claim& claim = result.value().claims.front();
    CHECK(claim.attribute == "stake");
    CHECK(claim.subject.empty());
    CHECK(claim.holders == (c.holder.empty() ? std::vector<std::string>{} : std::vector<std::string>{c.holder}));
  }
}

TEST_CASE("English wording: every check and verdict", "[reconcile][en]") {
  const std::vector<Row> rows = {
      {"en", {"SoftBank holds a 40% stake in Stargate.", "SoftBank holds a 45% stake in Stargate."},
       {"stakes conflict", "stakes consistent"}},
      {"en", {"OpenAI and SoftBank each hold a 40% stake in Stargate."}, {"stakes consistent"}},
      {"en", {"OpenAI holds a 60% stake in Stargate.", "SoftBank holds a 50% stake in Stargate."}, {"stakes conflict"}},
      {"en", {"Stargate will start with an initial $100 billion.", "Stargate will start with an initial $150 billion."}, {"same_figure conflict"}},
      {"en", {"Stargate will invest an initial $100 billion. In total, $500 billion will flow into Stargate."}, {"initial_vs_total explained"}},
      {"en", {"OpenAI and SoftBank will each invest $30 billion in Stargate.", "A total of $45 billion will flow into Stargate."}, {"parts_vs_total conflict"}},
      {"en", {"Foxconn plans to invest $2 billion (17 billion euros) in AI."}, {"conversion conflict"}},
      {"en", {"Stargate will cost $500 trillion.", "Stargate will cost $500 billion."}, {"same_figure conflict"}},
      {"en", {"Stargate will invest $125 billion a year over the next four years.", "Stargate will invest $500 billion in total."}, {"annual_vs_total explained"}},
      {"en", {"OpenAI wants to spend $1.4 trillion on computing.", "Stargate will cost $500 billion."}, {}},
      {"en", {"Stargate will invest $500 billion over the next four years.", "Stargate will invest $600 billion in total."},
       {"same_figure conflict"}},
      {"en", {"Stargate will invest over $500 billion.", "Stargate will invest $600 billion in total."}, {"same_figure consistent"}},
      {"en", {"OpenAI and SoftBank together hold 80% of Stargate."}, {"stakes consistent"}},
  };
  for (const auto& row : rows) Check(row);
}

TEST_CASE("French wording: every check and verdict", "[reconcile][fr]") {
  const std::vector<Row> rows = {
      {"fr", {"SoftBank détient une participation de 40 % dans Stargate.", "SoftBank détient une participation de 45 % dans Stargate."},
       {"stakes conflict", "stakes consistent"}},
      {"fr", {"OpenAI et SoftBank détiennent chacun 40 % de Stargate."}, {"stakes consistent"}},
      {"fr", {"OpenAI détient 60 % de Stargate.", "SoftBank détient 50 % de Stargate."}, {"stakes conflict"}},
      {"fr", {"Stargate démarrera initialement avec 100 milliards de dollars.", "Stargate démarrera initialement avec 150 milliards de dollars."}, {"same_figure conflict"}},
      {"fr", {"Stargate investira initialement 100 milliards de dollars. Au total, 500 milliards de dollars seront investis dans Stargate."}, {"initial_vs_total explained"}},
      {"fr", {"Stargate versera un paiement initial de 100 milliards de dollars. Au total, 500 milliards de dollars seront investis dans Stargate."}, {"initial_vs_total explained"}},
      {"fr", {"OpenAI et SoftBank investiront chacun 30 milliards de dollars dans Stargate.", "Au total, 45 milliards de dollars seront investis dans Stargate."}, {"parts_vs_total conflict"}},
      {"fr", {"Foxconn veut investir 2 milliards de dollars (17 milliards d'euros) dans l'IA."}, {"conversion conflict"}},
      {"fr", {"Stargate coûtera 500 billions de dollars.", "Stargate coûtera 500 milliards de dollars."}, {"same_figure conflict"}},
      {"fr", {"Stargate investira 125 milliards de dollars par an au cours des quatre prochaines années.", "Stargate investira 500 milliards de dollars au total."}, {"annual_vs_total explained"}},
      {"fr", {"OpenAI veut dépenser 1 400 milliards de dollars.", "Stargate coûtera 500 milliards de dollars."}, {}},
  };
  for (const auto& row : rows) Check(row);
}

TEST_CASE("names the entity list does not know: the checks hold for them too", "[reconcile][names]") {
  const std::vector<Row> rows = {
      {"en", {"Nordwind Energie will hold a 40% stake in Baltic Crown, the companies said.",
              "Shares rose after Nordwind Energie said it would hold a 45% stake in Baltic Crown."},
       {"stakes conflict", "stakes consistent"}},
      {"de", {"Die Nordwind Energie AG hält 40 Prozent an Baltic Crown.", "Die Nordwind Energie AG hält 45 Prozent an Baltic Crown."},
       {"stakes conflict", "stakes consistent"}},
      {"fr", {"Le groupe Nordwind Energie détient 40 % de Baltic Crown.", "Le groupe Nordwind Energie détient 45 % de Baltic Crown."},
       {"stakes conflict", "stakes consistent"}},
      {"zh", {"德國集團Nordwind Energie持有Baltic Crown 40%的股權。", "德國集團Nordwind Energie持有Baltic Crown 45%的股權。"},
       {"stakes conflict", "stakes consistent"}},
      {"en", {"Helion Grid and Nordwind Energie will each invest $30 billion in Baltic Crown, the companies said.",
              "A total of $50 billion will flow into Baltic Crown, the joint venture of Helion Grid and Nordwind Energie."},
       {"parts_vs_total conflict"}},
      // Two unknown companies' figures are never compared.
      {"en", {"Analysts expect Helion Grid to invest $3 billion in its network this year.",
              "Analysts expect Nordwind Energie to invest $8 billion in its network this year."},
       {}},
  };
  for (const auto& row : rows) Check(row);
}

TEST_CASE("Chinese (Simplified and Traditional) wording: every check and verdict", "[reconcile][zh]") {
  const std::vector<Row> rows = {
      {"zh", {"软银持有星际之门40%的股权。", "软银持有星际之门45%的股权。"}, {"stakes conflict", "stakes consistent"}},
      {"zh", {"OpenAI和软银均持有星际之门40%的股权。"}, {"stakes consistent"}},
      {"zh", {"OpenAI持有星际之门60%的股权。", "软银持有星际之门50%的股权。"}, {"stakes conflict"}},
      {"zh", {"星际之门最初投资额为1000亿美元。", "星际之门最初投资额为1500亿美元。"}, {"same_figure conflict"}},
      {"zh", {"星际之门最初投资额为1000亿美元,总投资额为5000亿美元。"}, {"initial_vs_total explained"}},
      {"zh", {"OpenAI和软银将各向星际之门注资300亿美元。", "OpenAI和软银总共向星际之门投入450亿美元。"}, {"parts_vs_total conflict"}},
      {"zh", {"富士康计划投资20亿美元(170亿欧元)。"}, {"conversion conflict"}},
      {"zh", {"星际之门的投资额为5000亿美元。", "星际之门的投资额为5000万美元。"}, {"same_figure conflict"}},
      {"zh", {"星际之门未来四年每年投资1250亿美元。", "星际之门总共投资5000亿美元。"}, {"annual_vs_total explained"}},
      {"zh", {"OpenAI计划花费1.4万亿美元。", "星际之门的投资额为5000亿美元。"}, {}},
      // One-character cues count only directly before their figure: not in 超级, 最近.
      {"zh", {"超级计算机项目星际之门投资500亿美元。", "星际之门总共投资600亿美元。"}, {"same_figure conflict"}},
      {"zh", {"星际之门投资超500亿美元。", "星际之门总共投资600亿美元。"}, {"same_figure consistent"}},
      {"zh", {"最近星际之门投资500亿美元。", "星际之门总共投资540亿美元。"}, {"same_figure conflict"}},
      {"zh", {"星际之门投资近500亿美元。", "星际之门总共投资540亿美元。"}, {"same_figure consistent"}},
      // 一年内 is a horizon, not "a year".
      {"zh", {"星际之门一年内投资500亿美元。", "星际之门总共投资500亿美元。"}, {"same_figure consistent"}},
      {"zh", {"超級電腦項目星際之門投資500億美元。", "星際之門總共投資600億美元。"}, {"same_figure conflict"}},
      {"zh", {"軟銀持有星際之門40%的股權。", "軟銀持有星際之門45%的股權。"}, {"stakes conflict", "stakes consistent"}},
      {"zh", {"OpenAI和軟銀將各向星際之門注資300億美元。", "OpenAI和軟銀總共向星際之門投入450億美元。"}, {"parts_vs_total conflict"}},
      {"zh", {"星際之門最初投資額為1000億美元。", "星際之門最初投資額為1500億美元。"}, {"same_figure conflict"}},
      {"zh", {"星際之門最初投資額為1000億美元，總投資額為5000億美元。"}, {"initial_vs_total explained"}},
      {"zh", {"星際之門簽約金為1000億美元，授權總金額為5000億美元。"}, {"initial_vs_total explained"}},
      {"zh", {"富士康計劃投資20億美元(170億歐元)。"}, {"conversion conflict"}},
      {"zh", {"富士康計劃投資20億美元（約合170億歐元）。"}, {"conversion conflict"}},
      {"zh", {"星際之門的投資額為5000億美元。", "星際之門的投資額為5000萬美元。"}, {"same_figure conflict"}},
      {"zh", {"星際之門未來四年每年投資1250億美元。", "星際之門總共投資5000億美元。"}, {"annual_vs_total explained"}},
      {"zh", {"OpenAI計劃花費1.4萬億美元。", "星際之門的投資額為5000億美元。"}, {}},
  };
  for (const auto& row : rows) Check(row);
}

}  // namespace claimcheck
