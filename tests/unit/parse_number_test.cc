// Tests for lib/claimcheck/parse_number.cc, read with the embedded German
// rules (rules/de/numbers.yaml, scales.yaml).
#include "claimcheck/parse_number.h"

#include <catch2/catch.hpp>

#include "test_printers.h"

#include <optional>
#include <string>

#include "test_rules.h"

namespace claimcheck {
namespace {

const LanguageRules& German() {
  const LanguageRules* de = testing::EmbeddedRuleSet().FindLanguage("de");
  REQUIRE(de != nullptr);
  return *de;
}

Decimal D(const char* text) { return *Decimal::Parse(text); }

struct Row {
  const char* text;
  const char* value;  // nullptr: no number
};

void CheckRows(const Row* begin, const Row* end, std::optional<Decimal> (*parse)(std::string_view)) {
  for (const Row* row = begin; row != end; ++row) {
    INFO("'" << row->text << "'");
    std::optional<Decimal> got = parse(row->text);
    if (row->value == nullptr) {
      CHECK_FALSE(got.has_value());
      if (got) UNSCOPED_INFO("got " << got->ToString());
    } else {
      REQUIRE(got.has_value());
      CHECK(got->ToString() == D(row->value).ToString());
    }
  }
}

TEST_CASE("ParseNumber: German digits", "[parse]") {
  const Row rows[] = {
      {"500", "500"},
      {"1,5", "1.5"},
      {"1,22", "1.22"},
      {"2,6", "2.6"},
      {"1.000.000", "1000000"},
      {"1.000.000,50", "1000000.5"},
      {"100.000", "100000"},
      {"90.000", "90000"},
      {"12 500", "12500"},
      {"1'000", "1000"},
      {"1.5", "1.5"},  // a group mark needs three digits after it: "1.5 Milliarden" is 1.5
      {"0,5", "0.5"},
      {"1,000", "1"},  // German: the comma is the decimal mark
      {"abc", nullptr},
      {"", nullptr},
  };
  CheckRows(std::begin(rows), std::end(rows), [](std::string_view t) { return ParseNumber(t, German()); });
}

TEST_CASE("ParseDigits with German and English formats", "[parse]") {
  NumberFormat de{",", {".", " ", "'"}};
  NumberFormat en{".", {","}};
  CHECK(ParseDigits("1.000.000,50", de) == D("1000000.5"));
  CHECK(ParseDigits("1,000,000.50", en) == D("1000000.5"));
  CHECK(ParseDigits("1,5", de) == D("1.5"));
  CHECK(ParseDigits("2.5", en) == D("2.5"));
  CHECK(ParseDigits("1,000", en) == D("1000"));
  CHECK_FALSE(ParseDigits("x1", de).has_value());
  CHECK_FALSE(ParseDigits("1a", de).has_value());
  CHECK_FALSE(ParseDigits("", de).has_value());
}

TEST_CASE("ParseNumber: German number words", "[parse]") {
  const Row rows[] = {
      {"drei", "3"},
      {"zwölf", "12"},
      {"achtundsiebzig", "78"},
      {"Achtundsiebzig", "78"},
      {"einundzwanzig", "21"},
      {"hundert", "100"},
      {"siebenhundert", "700"},
      {"zweitausend", "2000"},
      {"dreitausendvierhundertfünfzig", "3450"},
      {"eine halbe", "0.5"},
      {"halbe", "0.5"},
      {"anderthalb", "1.5"},
      {"eineinhalb", "1.5"},
      {"eine", "1"},
      {"vier", "4"},
      {"Haus", nullptr},
      {"dreiHaus", nullptr},
  };
  CheckRows(std::begin(rows), std::end(rows), [](std::string_view t) { return ParseNumber(t, German()); });
}

TEST_CASE("ParseScale: German scale words", "[parse]") {
  const Row rows[] = {
      {"Tausend", "1e3"},
      {"Mio.", "1e6"},
      {"Millionen", "1e6"},
      {"Mrd.", "1e9"},
      {"Milliarde", "1e9"},
      {"Milliarden", "1e9"},
      {"Billion", "1e12"},  // long scale: 10^12, not 10^9
      {"Billionen", "1e12"},
      {"Bio.", "1e12"},
      {"milliarden", "1e9"},
      {"Dollar", nullptr},
  };
  CheckRows(std::begin(rows), std::end(rows), [](std::string_view t) { return ParseScale(t, German()); });
}

TEST_CASE("SplitIntoWords takes the longest entry and skips connectors", "[parse]") {
  Table table;
  table.entries = {{"acht", "8"}, {"achtzig", "80"}, {"sieben", "7"}, {"siebzig", "70"}};
  Table connectors;
  connectors.entries = {{"und", "and"}};
  auto words = SplitIntoWords("achtundsiebzig", table, &connectors);
  REQUIRE(words.has_value());
  CHECK(*words == std::vector<std::string>{"acht", "siebzig"});
  auto eighty = SplitIntoWords("achtzig", table, &connectors);
  REQUIRE(eighty.has_value());
  CHECK(*eighty == std::vector<std::string>{"achtzig"});
  CHECK_FALSE(SplitIntoWords("achtx", table, &connectors).has_value());
  CHECK(SplitIntoWords("acht-sieben", table, nullptr) == std::vector<std::string>{"acht", "sieben"});
}

}  // namespace
}  // namespace claimcheck

namespace claimcheck {
namespace {

TEST_CASE("ParseNumber: a run of digits counts the Chinese scale after it", "[parse]") {
  const LanguageRules& zh = *testing::EmbeddedRuleSet().FindLanguage("zh");
  CHECK(ParseNumber("12億5千萬", zh) == Decimal::Parse("1250000000"));
  CHECK(ParseNumber("3亿2000万", zh) == Decimal::Parse("320000000"));
  CHECK(ParseNumber("十二億五千萬", zh) == Decimal::Parse("1250000000"));
  CHECK_FALSE(ParseNumber("12億x", zh).has_value());
  // More digits than a Decimal holds: no value, and no crash.
  CHECK_FALSE(ParseNumber("1234567890123456789012345678901234567890億", zh).has_value());
}

}  // namespace
}  // namespace claimcheck
