// The writer must produce the bytes the JSON contract was pinned with
// (nlohmann::json::dump's, before claimcheck moved to simdjson); the expected
// strings below are what nlohmann wrote for the same values.
#include <catch2/catch.hpp>

#include <limits>

#include "claimcheck/report/json.h"
#include "claimcheck/report/json_writer.h"

namespace claimcheck::report {
namespace {

std::string Quoted(std::string_view s) {
  std::string out;
  AppendJsonString(out, s);
  return out;
}

}  // namespace

TEST_CASE("AppendJsonString escapes as the contract was pinned", "[report]") {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"", R"("")"},
      {"plain", R"("plain")"},
      {"quote \" and backslash \\", R"("quote \" and backslash \\")"},
      {"tab\there", R"("tab\there")"},
      {"line\nbreak\r\n", R"("line\nbreak\r\n")"},
      {"\b\f", R"("\b\f")"},
      {std::string("nul\0byte", 8), R"("nul\u0000byte")"},
      {"\x01\x1f\x7f", "\"\\u0001\\u001f\x7f\""},
      {"500 Milliarden US-Dollar", R"("500 Milliarden US-Dollar")"},
      {"股權(quán)佔40%", R"("股權(quán)佔40%")"},
      {"€ – „“", R"("€ – „“")"},
      {"ends with \\", R"("ends with \\")"},
  };
  for (const auto& row : rows) {
    INFO(row.in);
    CHECK(Quoted(row.in) == row.out);
  }
}

TEST_CASE("DoubleToJson writes the shortest form in nlohmann's layout", "[report]") {
  struct Row {
    double in;
    std::string out;
  };
  const Row rows[] = {
      {0.0, "0.0"},
      {-0.0, "-0.0"},
      {2.0, "2.0"},
      {40.5, "40.5"},
      {1.0753, "1.0753"},
      {-2.5, "-2.5"},
      {0.1, "0.1"},
      {0.0001, "0.0001"},
      {0.00012, "0.00012"},
      {1e-05, "1e-05"},
      {100000000000000.0, "100000000000000.0"},
      {123456789012345.6, "123456789012345.6"},
      {1e15, "1e+15"},
      {1.5e20, "1.5e+20"},
      {9223372036854775808.0, "9.223372036854776e+18"},
      {18446744073709551616.0, "1.8446744073709552e+19"},
      {5e-324, "5e-324"},
      {1.7976931348623157e308, "1.7976931348623157e+308"},
      {std::numeric_limits<double>::infinity(), "null"},
      // nlohmann's Grisu2 wrote 0.0006489999999999999 here: not the shortest.
      {0.000649, "0.000649"},
  };
  for (const auto& row : rows) {
    INFO(row.out);
    CHECK(DoubleToJson(row.in) == row.out);
  }
}

TEST_CASE("ObjectWriter writes members in order with nulls and arrays", "[report]") {
  std::string out;
  ObjectWriter j(out);
  j.String("id", "a#1");
  j.StringOrNull("unit", "");
  j.Int("start", 226);
  j.Bool("relative", false);
  j.Strings("holders", {"openai", "softbank"});
  j.Strings("qualifiers", {});
  j.Number("value", Decimal::Parse("500000000000"));
  j.Number("low", std::nullopt);
  j.Number("share", Decimal::Parse("40.5"));
  j.End();
  CHECK(out ==
        R"({"id":"a#1","unit":null,"start":226,"relative":false,"holders":["openai","softbank"],"qualifiers":[],)"
        R"("value":500000000000,"low":null,"share":40.5})");
}

}  // namespace claimcheck::report

namespace claimcheck::report {

TEST_CASE("ClaimFromJsonLine reads fields of the wrong type as absent", "[report]") {
  auto c = ClaimFromJsonLine(
      R"({"id":"a","kind":"date","start":3,"line":"x","column":1e300,"relative":1,"horizon":{"years":1e99}})", "c.jsonl", 7);
  REQUIRE(c.ok());
  CHECK(c.value().span.begin == 3);
  CHECK(c.value().line == 0);
  CHECK(c.value().column == 0);
  CHECK_FALSE(c.value().relative);
}

TEST_CASE("ClaimFromJsonLine rejects what is no claim, with its location", "[report]") {
  struct Row {
    std::string line, message;
  };
  const Row rows[] = {
      {R"({"id":"a","kind":"money","start":0,"value":1e999})", "not a claim: "},
      {R"({"id":"a","kind":"cash","start":0})", "not a claim: unknown kind 'cash'"},
      {R"({"kind":"money","start":0})", "not a claim: missing id or start"},
      {R"([1])", "not a claim: a JSON object is expected"},
  };
  for (const auto& row : rows) {
    INFO(row.line);
    auto c = ClaimFromJsonLine(row.line, "c.jsonl", 7);
    REQUIRE_FALSE(c.ok());
    CHECK(c.errors().front().line == 7);
    CHECK(c.errors().front().message.rfind(row.message, 0) == 0);
  }
}

TEST_CASE("ClaimFromJsonLine keeps a value beyond 64 bits exactly", "[report]") {
  auto c = ClaimFromJsonLine(R"({"id":"a","kind":"money","start":0,"value":18446744073709551615})", "c.jsonl", 1);
  REQUIRE(c.ok());
  CHECK(c.value().value == Decimal::Parse("18446744073709551615"));
}

TEST_CASE("ClaimFromJsonLine reads back every field ClaimToJsonLine writes", "[report]") {
  Claim money;
  money.id = "d#4", money.doc = "d", money.lang = "de", money.kind = FigureKind::kMoney;
  money.span = {4, 21}, money.text = "1,5 Milliarden €", money.line = 2, money.column = 5;
  money.sentence = "Sie zahlen je 1,5 Milliarden \u20ac.", money.rule = "de.money.x";
  money.value = Decimal::Parse("1.5"), money.low = Decimal::FromInt(-2), money.unit = "EUR";
  money.unit_evidence = "stated", money.unit_inferred = true;
  money.subject = "stargate", money.subject_source = "entity", money.holders = {"openai", "softbank"};
  money.attribute = "investment", money.qualifiers = {"each", "annual"};
  money.horizon = Horizon{4, 5, "in den nächsten vier bis fünf Jahren"};
  money.period = "2025", money.converts = "d#1", money.statement = "d#0";
  std::string line = ClaimToJsonLine(money);
  auto back = ClaimFromJsonLine(line, "c.jsonl", 1);
  REQUIRE(back.ok());
  CHECK(ClaimToJsonLine(back.value()) == line);
  CHECK(back.value().value == Decimal::Parse("1.5"));
  CHECK(back.value().holders == std::vector<std::string>{"openai", "softbank"});
  REQUIRE(back.value().horizon);
  CHECK(back.value().horizon->years_max == 5);

  Claim date;
  date.id = "d#9", date.doc = "d", date.kind = FigureKind::kDate, date.span = {9, 19};
  date.date_low = "2025-01-01", date.date_high = "2025-03-31", date.relative = true, date.resolved = true;
  line = ClaimToJsonLine(date);
  back = ClaimFromJsonLine(line, "c.jsonl", 1);
  REQUIRE(back.ok());
  CHECK(ClaimToJsonLine(back.value()) == line);
  CHECK(back.value().date_high == "2025-03-31");
  CHECK_FALSE(back.value().value);
}

TEST_CASE("ClaimFromJsonLine takes fields from the top level only", "[report]") {
  auto c = ClaimFromJsonLine(
      R"({"id":"a","kind":"money","start":1,"extra":{"id":"b","holders":["x"],"horizon":{"years":3}},)"
      R"("notes":[{"subject":"y"}],"holders":["z",["w"]],"value":2.50,"horizon":{"years":4,"deep":{"years":9}}})",
      "c.jsonl", 1);
  REQUIRE(c.ok());
  CHECK(c.value().id == "a");
  CHECK(c.value().subject.empty());
  CHECK(c.value().holders == std::vector<std::string>{"z"});
  CHECK(c.value().value == Decimal::Parse("2.5"));
  REQUIRE(c.value().horizon);
  CHECK(c.value().horizon->years == 4);
}

TEST_CASE("ClaimFromJsonLine checks the values it does not use, and tells where the line is wrong", "[report]") {
  struct Row {
    std::string line, message;
    int column;
  };
  const std::string good = R"({"id":"a","kind":"money","start":0)";
  const Row rows[] = {
      {good + R"(,"extra":[1,tru]})", "not a claim: invalid JSON: a word other than true, false or null", 47},
      {good + R"(,"extra":{"n":1e999}})", "not a claim: invalid JSON: a number that is malformed or beyond a double", 49},
      {good + R"(,"extra":"\x"})", "not a claim: invalid JSON: a bad escape in a string", 0},
      {good + R"(,"line":01})", "not a claim: invalid JSON: a number that is malformed or beyond a double", 43},
      {good + R"(,"holders":["x" "y"]})", "not a claim: invalid JSON: a comma, colon, bracket, brace or key is missing or out of place", 0},
      {good + R"(}})", "not a claim: invalid JSON: more follows the value", 36},
      {good + R"(,"id":"b")", "not a claim: invalid JSON: an object or array is not closed, or more follows it", 44},
      {good + ",\"text\":\"\xE9\"}", "not a claim: invalid UTF-8", 44},
      {R"([1, tru])", "not a claim: invalid JSON: a word other than true, false or null", 5},
      {std::string(2000, '[') + std::string(2000, ']'), "not a claim: invalid JSON: nested more than 1024 deep", 0},
  };
  for (const auto& row : rows) {
    INFO(row.line);
    auto c = ClaimFromJsonLine(row.line, "c.jsonl", 7);
    REQUIRE_FALSE(c.ok());
    CHECK(c.errors().front().message == row.message);
    CHECK(c.errors().front().line == 7);
    if (row.column > 0) CHECK(c.errors().front().col == row.column);
  }
}

TEST_CASE("ClaimFromJsonLine reads numbers as written, escaped keys, and the last of a repeated field", "[report]") {
  auto c = ClaimFromJsonLine(
      R"({"\u0069d":"a","kind":"percent","start":2,"start":5,"value":-0,"low":1e2,"high":18446744073709551616,)"
      R"("line":2147483648,"holders":["x"],"holders":["y"],"horizon":{"years":2},"horizon":null})",
      "c.jsonl", 1);
  REQUIRE(c.ok());
  CHECK(c.value().id == "a");
  CHECK(c.value().span.begin == 5);
  CHECK(c.value().value == Decimal::FromInt(0));
  CHECK(c.value().low == Decimal::FromInt(100));
  CHECK(c.value().high == Decimal::Parse("18446744073709551616"));
  CHECK(c.value().line == 0);
  CHECK(c.value().holders == std::vector<std::string>{"x", "y"});
  REQUIRE(c.value().horizon);
  CHECK(c.value().horizon->years == 2);
}

}  // namespace claimcheck::report
