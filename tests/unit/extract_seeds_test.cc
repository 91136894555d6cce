// The German seed articles (seeds/) against the "must" claims of the shared
// GOLD.yaml: each expected claim is found at its text with its value, unit,
// subject, qualifiers and horizon. A claim's text may be a little shorter or
// longer than the gold text ("500 Mio." for "je 500 Mio."), as long as one
// contains the other at the same place.
#include "claimcheck/extract.h"

#include <catch2/catch.hpp>

#include "test_printers.h"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_rules.h"

namespace claimcheck {
namespace {

struct Gold {
  const char* file;
  const char* kind;
  std::string text;
  const char* value = nullptr;  // decimal, or ISO date for dates
  const char* low = nullptr;
  const char* high = nullptr;
  std::string unit;  // "" when GOLD gives none
  std::string subject;
  std::vector<std::string> qualifiers;
  int horizon_years = 0;
  bool relative = false;
};

std::string ReadSeed(const std::string& name) {
  std::ifstream in(std::string(CLAIMCHECK_SEEDS_DIR) + "/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::vector<Claim> ExtractSeed(const std::string& name, const std::string& language = "de") {
  Document doc{name, ReadSeed(name), {}, {}};
  auto result = Extract(doc, testing::EmbeddedRuleSet(), Context{});
  REQUIRE(result.ok());
  CHECK(result.value().language == language);
  return result.value().claims;
}

// The claim at the gold text's place: one text contains the other.
const Claim* FindClaim(const std::vector<Claim>& claims, const std::string& doc_text, const Gold& gold,
                       size_t& search_from) {
  for (size_t at = doc_text.find(gold.text, search_from); at != std::string::npos;
       at = doc_text.find(gold.text, at + 1)) {
    Span gold_span{at, at + gold.text.size()};
    for (const auto& c : claims) {
      if (FigureKindName(c.kind) != std::string(gold.kind)) continue;
      if (gold_span.Contains(c.span) || c.span.Contains(gold_span)) {
        search_from = at + 1;
        return &c;
      }
    }
  }
  return nullptr;
}

void CheckGold(const std::vector<Gold>& gold, const std::string& language) {
  std::string file;
  std::string text;
  std::vector<Claim> claims;
  size_t search_from = 0;
  for (const auto& g : gold) {
    if (g.file != file) {
      file = g.file;
      text = ReadSeed(file);
      claims = ExtractSeed(file, language);
      search_from = 0;
    }
    INFO(g.file << ": '" << g.text << "'");
    const Claim* c = FindClaim(claims, text, g, search_from);
    REQUIRE(c != nullptr);
    INFO("claim '" << c->text << "' (" << c->rule << ")");
    CHECK(text.substr(c->span.begin, c->span.size()) == c->text);
    auto decimal = [](const char* v) { return v ? Decimal::Parse(v) : std::nullopt; };
    if (std::string(g.kind) != "date") {
      CHECK(c->value == decimal(g.value));
      CHECK(c->low == decimal(g.low));
      CHECK(c->high == decimal(g.high));
    } else if (g.value) {
      CHECK(c->date == g.value);
    }
    if (!g.unit.empty()) CHECK(c->unit == g.unit);
    if (!g.subject.empty()) CHECK(c->subject == g.subject);
    for (const auto& q : g.qualifiers) {
      INFO("qualifier " << q);
      CHECK(c->HasQualifier(q));
    }
    if (g.horizon_years) {
      REQUIRE(c->horizon.has_value());
      CHECK(c->horizon->years == g.horizon_years);
    }
    CHECK(c->relative == g.relative);
  }
}


TEST_CASE("German seeds yield the GOLD.yaml claims", "[extract][gold]") {
  const std::vector<Gold> gold = {
      {"000_8054100cb837c812.txt", "money", "500 Milliarden US-Dollar", "5e11", nullptr, nullptr, "USD", "stargate", {"total"}},
      {"000_8054100cb837c812.txt", "money", "eine halbe Billion Dollar", "5e11", nullptr, nullptr, "USD", "stargate", {}},
      {"001_3aa94aac50b72d57.txt", "money", "je 500 Mio.", "5e8", nullptr, nullptr, "", "sb-energy", {"each"}},
      {"001_3aa94aac50b72d57.txt", "money", "jeweils 500 Millionen US-Dollar", "5e8", nullptr, nullptr, "USD", "sb-energy", {"each"}},
      {"001_3aa94aac50b72d57.txt", "date", "am Freitag", nullptr, nullptr, nullptr, "", "", {}, 0, true},
      {"002_8dbb7038ae53948c.txt", "money", "500 Milliarden", "5e11", nullptr, nullptr, "", "stargate", {}},
      {"002_8dbb7038ae53948c.txt", "money", "500 Milliarden US-Dollar", "5e11", nullptr, nullptr, "USD", "stargate", {"total"}},
      {"002_8dbb7038ae53948c.txt", "money", "sofort 100 Milliarden US-Dollar", "1e11", nullptr, nullptr, "USD", "stargate", {"initial"}},
      {"002_8dbb7038ae53948c.txt", "money", "500 Milliarden erreichen", "5e11", nullptr, nullptr, "", "stargate", {"total"}, 4},
      {"004_f13b5a48bdc866cb.txt", "money", "2 bis drei Milliarden Dollar", nullptr, "2e9", "3e9", "USD", "foxconn", {"annual"}},
      {"004_f13b5a48bdc866cb.txt", "money", "1,7 bis 2,6 Milliarden Euro", nullptr, "1.7e9", "2.6e9", "EUR", "foxconn", {"annual"}},
      {"004_f13b5a48bdc866cb.txt", "money", "1,4 Billionen Dollar", "1.4e12", nullptr, nullptr, "USD", "openai", {}},
      {"004_f13b5a48bdc866cb.txt", "money", "1,22 Billionen Euro", "1.22e12", nullptr, nullptr, "EUR", "openai", {}},
      {"004_f13b5a48bdc866cb.txt", "date", "am Donnerstag", nullptr, nullptr, nullptr, "", "", {}, 0, true},
  };
  CheckGold(gold, "de");
}

TEST_CASE("Chinese seed 003 yields the GOLD.yaml claims", "[extract][gold][zh]") {
  if (!testing::EmbeddedRuleSet().FindLanguage("zh")) {
    WARN("no Chinese rules (rules/zh): skipped");
    return;
  }
  const char* f = "003_4f81988cd5cbdc18.txt";
  const std::vector<Gold> gold = {
      {f, "date", "2025\xE5\xB9\xB4" "5\xE6\x9C\x88" "26\xE6\x97\xA5", "2025-05-26", nullptr, nullptr, "", "", {}},  // 2025年5月26日
      {f, "date", "2025\xE5\xB9\xB4" "1\xE6\x9C\x88" "21\xE6\x97\xA5", "2025-01-21", nullptr, nullptr, "", "", {}},  // 2025年1月21日
      {f, "money", "1000\xE5\x84\x84\xE7\xBE\x8E\xE5\x85\x83", "1e11", nullptr, nullptr, "USD", "stargate", {"initial"}},
      {f, "money", "5000\xE5\x84\x84\xE7\xBE\x8E\xE5\x85\x83", "5e11", nullptr, nullptr, "USD", "stargate", {"total"}, 4},
      {f, "money", "190\xE5\x84\x84\xE7\xBE\x8E\xE5\x85\x83", "1.9e10", nullptr, nullptr, "USD", "stargate", {"each"}},
      {f, "percent", "40%", "40", nullptr, nullptr, "%", "stargate", {"each"}},
      {f, "money", "450\xE5\x84\x84\xE7\xBE\x8E\xE5\x85\x83", "4.5e10", nullptr, nullptr, "USD", "stargate", {"total"}},
      {f, "date", "2025-05-26", "2025-05-26", nullptr, nullptr, "", "", {}},
  };
  CheckGold(gold, "zh-Hant");
}

TEST_CASE("German seeds: counts and model names are no claims", "[extract][gold]") {
  struct Row {
    const char* file;
    std::string text;
  };
  const Row rows[] = {
      {"001_3aa94aac50b72d57.txt", "GPT-4"},
      {"002_8dbb7038ae53948c.txt", "100.000 Arbeitspl\xC3\xA4tze"},
      {"002_8dbb7038ae53948c.txt", "90.000 Aufrufen"},
  };
  for (const auto& row : rows) {
    INFO(row.file << ": '" << row.text << "'");
    std::string text = ReadSeed(row.file);
    size_t at = text.find(row.text);
    REQUIRE(at != std::string::npos);
    Span span{at, at + row.text.size()};
    for (const auto& c : ExtractSeed(row.file)) {
      INFO("claim '" << c.text << "'");
      CHECK_FALSE(c.span.Overlaps(span));
    }
  }
}

}  // namespace
}  // namespace claimcheck
