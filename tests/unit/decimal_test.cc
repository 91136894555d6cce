// Tests for lib/claimcheck/decimal.cc: exact decimals for money and shares.
#include "claimcheck/decimal.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "test_printers.h"

#include <optional>
#include <string>

namespace claimcheck {
namespace {

Decimal D(const char* text) {
  auto d = Decimal::Parse(text);
  REQUIRE(d.has_value());
  return *d;
}

TEST_CASE("Decimal::Parse reads plain and exponent notation", "[decimal]") {
  struct Row {
    const char* text;
    const char* plain;
  };
  const Row rows[] = {
      {"0", "0"},
      {"123", "123"},
      {"-1.5", "-1.5"},
      {"+7", "7"},
      {"1.5", "1.5"},
      {"1.50", "1.5"},
      {"007", "7"},
      {"0.000", "0"},
      {"-0", "0"},
      {"1e9", "1000000000"},
      {"1E9", "1000000000"},
      {"2.5E-3", "0.0025"},
      {"1e+3", "1000"},
      {"1.22e12", "1220000000000"},
      {"500000000000000", "500000000000000"},
      {"0.001", "0.001"},
      {"123456789012345678901234567890123456", "123456789012345678901234567890123456"},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    auto d = Decimal::Parse(row.text);
    REQUIRE(d.has_value());
    CHECK(d->ToString() == row.plain);
  }
}

TEST_CASE("Decimal::Parse rejects everything else", "[decimal]") {
  const char* rows[] = {
      "", "-", ".", "abc", "e9", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "1e9x", "1.5e", "12a",
      "1234567890123456789012345678901234567",  // 37 significant digits
  };
  for (const char* text : rows) {
    INFO("'" << text << "'");
    CHECK_FALSE(Decimal::Parse(text).has_value());
  }
}

TEST_CASE("Decimal::Mul is exact", "[decimal]") {
  struct Row {
    const char* a;
    const char* b;
    const char* product;
  };
  const Row rows[] = {
      {"1.5", "1e9", "1500000000"},
      {"1.22", "1e12", "1220000000000"},
      {"500", "1e12", "500000000000000"},
      {"0.5", "1e12", "500000000000"},
      {"2", "19e9", "38000000000"},
      {"-2.5", "4", "-10"},
      {"0.1", "0.1", "0.01"},
      {"0", "123.456", "0"},
  };
  for (const auto& row : rows) {
    INFO(row.a << " * " << row.b);
    auto p = D(row.a).Mul(D(row.b));
    REQUIRE(p.has_value());
    CHECK(p->ToString() == row.product);
  }
}

TEST_CASE("Decimal::Add aligns exponents exactly", "[decimal]") {
  struct Row {
    const char* a;
    const char* b;
    const char* sum;
  };
  const Row rows[] = {
      {"0.1", "0.2", "0.3"},
      {"19e9", "19e9", "38000000000"},
      {"1e9", "0.5", "1000000000.5"},
      {"1.5", "-1.5", "0"},
      {"-3", "1", "-2"},
      {"0", "0.25", "0.25"},
  };
  for (const auto& row : rows) {
    INFO(row.a << " + " << row.b);
    auto s = D(row.a).Add(D(row.b));
    REQUIRE(s.has_value());
    CHECK(s->ToString() == row.sum);
  }
}

TEST_CASE("Decimal arithmetic returns nullopt on overflow", "[decimal]") {
  // 30 significant digits each: the product needs 60, beyond 128 bits.
  Decimal big = D("123456789012345678901234567891");
  CHECK_FALSE(big.Mul(big).has_value());
  // Aligning 1e30 with 1e-30 needs a 61-digit coefficient.
  CHECK_FALSE(D("1e30").Add(D("1e-30")).has_value());
  // Within range: still exact.
  CHECK(D("1e30").Add(D("1")).has_value());
}

TEST_CASE("Decimal comparisons", "[decimal]") {
  CHECK(D("1.5") == D("1.50"));
  CHECK(D("1e9") == D("1000000000"));
  CHECK(D("1.5") < D("2"));
  CHECK(D("-1") < D("0"));
  CHECK(D("1e9") > D("999999999"));
  CHECK(D("0.3") != D("0.30000000001"));
  CHECK(D("45e9") >= D("38e9"));
  CHECK(D("1e30") > D("1e-30"));  // too far apart to align exactly
  CHECK(Decimal() == D("0"));
  CHECK(Decimal::FromInt(1000) == D("1e3"));
}

TEST_CASE("Decimal conversions", "[decimal]") {
  CHECK(D("1e9").IsInteger());
  CHECK_FALSE(D("1.5").IsInteger());
  CHECK(D("1e9").FitsInt64());
  CHECK(D("1e9").ToInt64() == 1000000000LL);
  CHECK(D("500e12").ToInt64() == 500000000000000LL);
  CHECK(D("-42").ToInt64() == -42LL);
  CHECK_FALSE(D("1.5").FitsInt64());
  CHECK_FALSE(D("1e19").FitsInt64());
  CHECK(D("9223372036854775807").FitsInt64());
  CHECK_FALSE(D("9223372036854775808").FitsInt64());
  CHECK(D("2.5").ToDouble() == 2.5);
  CHECK(D("0").IsZero());
  CHECK_FALSE(D("0.001").IsZero());
}

TEST_CASE("Decimal::ToDouble is the double strtod reads from its digits", "[decimal]") {
  struct Row {
    const char* text;
    double value;
  };
  const Row rows[] = {{"0.1", 0.1},       {"1.0753", 1.0753},   {"-3.8", -3.8},     {"500e9", 5e11},
                      {"1.22e12", 1.22e12}, {"9007199254740993", 9007199254740992.0},  // beyond 2^53: rounded
                      {"1e-23", 1e-23},   {"123456789e20", 1.23456789e28},             {"0", 0.0}};
  for (const auto& row : rows) {
    INFO(row.text);
    CHECK(D(row.text).ToDouble() == row.value);
  }
  // The exact path and strtod agree wherever the exact path applies.
  for (long long coef : {1LL, 7LL, 19LL, 123456789LL, 4503599627370497LL, 9007199254740991LL, -2718281828459045LL}) {
    for (int exp = -22; exp <= 22; ++exp) {
      Decimal d = D((std::to_string(coef) + "e" + std::to_string(exp)).c_str());
      INFO(d.ToString());
      CHECK(d.ToDouble() == std::strtod(d.ToString().c_str(), nullptr));
    }
  }
}

TEST_CASE("Decimal::Ratio rounds to 12 significant digits", "[decimal]") {
  CHECK(D("1.22e12").Ratio(D("1.4e12")) == 0.871428571429);
  CHECK(D("38e9").Ratio(D("45e9")) == 0.844444444444);
  CHECK(D("1").Ratio(D("4")) == 0.25);
}

}  // namespace
}  // namespace claimcheck
