// ReadCanonicalClaimLine must accept only lines that ClaimToJsonLine writes
// back byte for byte, and read from them what ClaimFromJsonLine reads.
#include <catch2/catch.hpp>

#include <filesystem>

#include "claimcheck/extract.h"
#include "claimcheck/report/claim_line.h"
#include "claimcheck/report/json.h"
#include "claimcheck/source.h"
#include "test_rules.h"

namespace claimcheck::report {
namespace {

// The JSON lines of every claim of the seed articles.
const std::vector<std::string>& SeedLines() {
  static const std::vector<std::string> lines = [] {
    const RuleSet& rules = testing::EmbeddedRuleSet();
    std::vector<std::string> out;
    DocumentReader reader({CLAIMCHECK_SEEDS_DIR});
    while (auto item = reader.Next()) {
      const auto* doc = std::get_if<Document>(&*item);
      if (!doc) continue;
      auto result = Extract(*doc, rules, Context{});
      for (const auto& c : result.value().claims) out.push_back(ClaimToJsonLine(c));
    }
    return out;
  }();
  return lines;
}

// The fast reading agrees with the general one, or refuses the line.
void CheckAgainstGeneral(const std::string& line) {
  Claim fast;
  if (!ReadCanonicalClaimLine(line, fast)) return;
  INFO(line);
  auto general = ClaimFromJsonLine(line, "t.jsonl", 1);
  REQUIRE(general.ok());
  CHECK(ClaimToJsonLine(general.value()) == line);
  CHECK(ClaimToJsonLine(fast) == line);
}

const char* kMoney =
    R"({"id":"a#1","doc":"a","lang":"de","kind":"money","text":"2,5 Mrd. \"€\"","start":1,"end":9,"line":1,)"
    R"("column":2,"value":2500000000,"low":null,"high":null,"unit":"EUR","unit_evidence":"stated",)"
    R"("unit_inferred":false,"subject":"x","subject_source":"entity","holders":["p","q"],"attribute":"investment",)"
    R"("qualifiers":["each"],"horizon":{"years":4,"years_max":null,"text":"vier Jahre"},"converts":null,)"
    R"("statement":null,"sentence":"Satz\nmit\tTab \\ und \u001f.","rule":"de.money.r"})";

}  // namespace

TEST_CASE("ReadCanonicalClaimLine reads every field as written", "[report]") {
  Claim c;
  REQUIRE(ReadCanonicalClaimLine(kMoney, c));
  CHECK(c.id == "a#1");
  CHECK(c.kind == FigureKind::kMoney);
  CHECK(c.text == "2,5 Mrd. \"€\"");
  CHECK(c.span.begin == 1);
  CHECK(c.span.end == 9);
  CHECK(c.column == 2);
  CHECK(c.value == Decimal::FromInt(2500000000));
  CHECK(!c.low);
  CHECK(c.unit == "EUR");
  CHECK(c.unit_evidence == "stated");
  CHECK(c.holders == std::vector<std::string>{"p", "q"});
  CHECK(c.qualifiers == std::vector<std::string>{"each"});
  REQUIRE(c.horizon);
  CHECK(c.horizon->years == 4);
  CHECK(c.horizon->years_max == 0);
  CHECK(c.horizon->text == "vier Jahre");
  CHECK(c.converts.empty());
  CHECK(c.sentence == "Satz\nmit\tTab \\ und \x1f.");
  CHECK(c.rule == "de.money.r");
  CHECK(ClaimToJsonLine(c) == kMoney);
}

TEST_CASE("ReadCanonicalClaimLine reads every seed claim as the writer wrote it", "[report]") {
  REQUIRE(SeedLines().size() >= 20);
  Claim reused;
  for (const auto& line : SeedLines()) {
    INFO(line);
    REQUIRE(ReadCanonicalClaimLine(line, reused));
    CHECK(ClaimToJsonLine(reused) == line);
    CHECK(ClaimToJsonLine(ClaimFromJsonLine(line, "t.jsonl", 1).value()) == line);
  }
}

TEST_CASE("ReadCanonicalClaimLine refuses JSON the writer does not write", "[report]") {
  auto with = [](std::string_view from, std::string_view to) {
    std::string s = kMoney;
    size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
  };
  const std::vector<std::string> refused = {
      with(R"("doc":"a")", R"("doc": "a")"),                   // a space
      with(R"("doc":"a")", R"("doc":"\u0061")"),               // an escape the writer does not use
      with(R"("doc":"a")", R"("doc":"\/")"),
      with(R"("subject":"x")", R"("subject":"")"),             // "" is written null
      with(R"("value":2500000000)", R"("value":-0)"),          // -0 is written 0
      with(R"("value":2500000000)", R"("value":2500000000.0)"),
      with(R"("value":2500000000)", R"("value":25e8)"),
      with(R"("value":2500000000)", R"("value":02500000000)"),
      with(R"("value":2500000000)", R"("value":18446744073709551615)"),
      with(R"("years_max":null)", R"("years_max":0)"),         // 0 is written null
      with(R"("line":1)", R"("line":3000000000)"),             // beyond an int: read as 0
      with(R"("id":"a#1","doc":"a")", R"("doc":"a","id":"a#1")"),  // key order
      with(R"("id":"a#1")", R"("id":"")"),                     // no id: refused by both
      with(R"("kind":"money")", R"("kind":"size")"),
      with(R"("rule":"de.money.r")", R"("rule":"de.money.r","x":1)"),
      std::string(kMoney) + " ",
      with("Satz", "Sa\xC3tz"),                                // invalid UTF-8
      with("Satz", "S\xED\xA0\x80tz"),                         // a surrogate
      with("Satz", "S\xC0\xAFtz"),                             // an overlong form
      with("Satz", "S\ttz"),                                   // a raw control character
  };
  for (const auto& line : refused) {
    INFO(line);
    Claim c;
    CHECK_FALSE(ReadCanonicalClaimLine(line, c));
  }
}

TEST_CASE("ReadCanonicalClaimLine reads fractions and negatives as ClaimFromJsonLine does", "[report]") {
  for (std::string value : {"2.5", "-3", "0.1", "1.0753", "1e+20", "-0.5"}) {
    std::string line = kMoney;
    line.replace(line.find("2500000000"), 10, value);
    INFO(line);
    Claim c;
    REQUIRE(ReadCanonicalClaimLine(line, c));
    CHECK(ClaimToJsonLine(c) == line);
    CHECK(c.value == ClaimFromJsonLine(line, "t.jsonl", 1).value().value);
  }
}

TEST_CASE("ReadCanonicalClaimLine accepts a changed byte only where the general reader agrees", "[report]") {
  std::vector<std::string> lines = {kMoney};
  for (size_t i = 0; i < SeedLines().size(); i += SeedLines().size() / 4) lines.push_back(SeedLines()[i]);
  for (const auto& original : lines) {
    for (size_t at = 0; at < original.size(); ++at) {
      for (char b : {'0', '"', '\\', ',', 'n', '\x80', '\x01'}) {
        std::string line = original;
        line[at] = b;
        CheckAgainstGeneral(line);
      }
    }
  }
}

}  // namespace claimcheck::report
