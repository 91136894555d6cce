// The writer must produce the bytes nlohmann::json::dump writes for the same
// values: the JSON contract was pinned with it.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

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
