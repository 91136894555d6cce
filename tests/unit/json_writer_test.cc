// The writer must produce the bytes nlohmann::json::dump writes for the same
// values: the JSON contract was pinned with it.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

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

TEST_CASE("AppendJsonString escapes as nlohmann does", "[report]") {
  const std::vector<std::string> cases = {
      "",       "plain",          "quote \" and backslash \\", "tab\there",    "line\nbreak\r\n",
      "\b\f",   std::string("nul\0byte", 8), "\x01\x1f\x7f", "500 Milliarden US-Dollar", "股權(quán)佔40%",
      "€ – „“", "ends with \\",
  };
  for (const auto& s : cases) {
    INFO(s);
    CHECK(Quoted(s) == nlohmann::json(s).dump());
  }
  CHECK(Quoted("a\x01z") == "\"a\\u0001z\"");
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

}  // namespace claimcheck::report
