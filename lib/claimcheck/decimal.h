// Exact decimal numbers for money and shares: coefficient x 10^exponent.
// Doubles would turn "1,22 Billionen" into 1219999999999.9998; reconciling
// 2 x 19e9 against 45e9 must be exact arithmetic, so figures never pass
// through binary floating point until they are printed.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

// Packed to 4-byte alignment: figures hold three optional Decimals each, and
// __int128's 16-byte alignment made each 48 bytes, mostly padding, in a
// document of half a million figures (x86-64 loads it unaligned at no cost).
class [[gnu::packed, gnu::aligned(4)]] Decimal {
 public:
  Decimal() = default;
  static Decimal FromInt(long long v) { return Decimal(v, 0); }

  // Parses "123", "-1.5", "1e9", "2.5E-3" (ASCII, '.' as the decimal point).
  // Returns nullopt for anything else, or beyond 36 significant digits.
  static std::optional<Decimal> Parse(std::string_view text);

  // Arithmetic returns nullopt on overflow of the 128-bit coefficient.
  std::optional<Decimal> Add(const Decimal& o) const;
  std::optional<Decimal> Mul(const Decimal& o) const;
  // Quotient rounded to 12 significant digits (rates and ratios only).
  double Ratio(const Decimal& o) const;

  bool IsZero() const { return coef_ == 0; }
  bool IsInteger() const;
  bool FitsInt64() const;
  long long ToInt64() const;  // REQUIRES: FitsInt64()
  double ToDouble() const;
  std::string ToString() const;  // plain notation, no exponent: "1400000000000", "2.5"

  std::strong_ordering operator<=>(const Decimal& o) const;
  bool operator==(const Decimal& o) const { return (*this <=> o) == 0; }

 private:
  Decimal(__int128 coef, int exp) : coef_(coef), exp_(exp) { Normalize(); }
  void Normalize();
  __int128 coef_ = 0;
  int exp_ = 0;
};
static_assert(sizeof(std::optional<Decimal>) == 24);

}  // namespace claimcheck
