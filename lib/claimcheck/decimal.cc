#include "claimcheck/decimal.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace claimcheck {
namespace {

constexpr int kMaxDigits = 36;
constexpr __int128 kMaxCoef = static_cast<__int128>(1e18) * static_cast<__int128>(1e18);

bool MulOverflows(__int128 a, __int128 b) {
  if (a == 0 || b == 0) return false;
  __int128 abs_a = a < 0 ? -a : a;
  __int128 abs_b = b < 0 ? -b : b;
  return abs_a > kMaxCoef / abs_b;
}

// Scales coef by 10^n; false on overflow.
bool ScaleUp(__int128& coef, int n) {
  for (int i = 0; i < n; ++i) {
    if (MulOverflows(coef, 10)) return false;
    coef *= 10;
  }
  return true;
}

}  // namespace

void Decimal::Normalize() {
  if (coef_ == 0) {
    exp_ = 0;
    return;
  }
  while (coef_ % 10 == 0) {
    coef_ /= 10;
    ++exp_;
  }
}

std::optional<Decimal> Decimal::Parse(std::string_view text) {
  size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  __int128 coef = 0;
  int exp = 0, digits = 0;
  bool seen_digit = false, seen_point = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '.' && !seen_point) {
      seen_point = true;
    } else if (c >= '0' && c <= '9') {
      seen_digit = true;
      if (coef == 0 && c == '0') {
        if (seen_point) --exp;
        continue;
      }
      if (++digits > kMaxDigits) return std::nullopt;
      coef = coef * 10 + (c - '0');
      if (seen_point) --exp;
    } else {
      break;
    }
  }
  if (!seen_digit) return std::nullopt;
  if (i < text.size()) {
    if (text[i] != 'e' && text[i] != 'E') return std::nullopt;
    std::string rest(text.substr(i + 1));
    if (rest.empty() || rest.size() > 4) return std::nullopt;
    char* end = nullptr;
    long e = std::strtol(rest.c_str(), &end, 10);
    if (*end != '\0') return std::nullopt;
    exp += static_cast<int>(e);
  }
  return Decimal(negative ? -coef : coef, exp);
}

std::optional<Decimal> Decimal::Add(const Decimal& o) const {
  __int128 a = coef_, b = o.coef_;
  int exp = std::min(exp_, o.exp_);
  if (!ScaleUp(a, exp_ - exp) || !ScaleUp(b, o.exp_ - exp)) return std::nullopt;
  return Decimal(a + b, exp);
}

std::optional<Decimal> Decimal::Mul(const Decimal& o) const {
  if (MulOverflows(coef_, o.coef_)) return std::nullopt;
  return Decimal(coef_ * o.coef_, exp_ + o.exp_);
}

double Decimal::Ratio(const Decimal& o) const {
  double r = ToDouble() / o.ToDouble();
  if (!std::isfinite(r) || r == 0) return r;
  double scale = std::pow(10.0, 11 - std::floor(std::log10(std::fabs(r))));
  return std::round(r * scale) / scale;
}

bool Decimal::IsInteger() const { return exp_ >= 0; }

bool Decimal::FitsInt64() const {
  if (exp_ < 0) return false;
  __int128 c = coef_;
  if (!ScaleUp(c, exp_)) return false;
  return c <= static_cast<__int128>(INT64_MAX) && c >= static_cast<__int128>(INT64_MIN);
}

long long Decimal::ToInt64() const {
  __int128 c = coef_;
  ScaleUp(c, exp_);
  return static_cast<long long>(c);
}

double Decimal::ToDouble() const {
  // A coefficient below 2^53 and a power of ten up to 10^22 are both exact
  // doubles, so one multiplication or division rounds once, to the double
  // strtod returns (the fast path of Clinger's algorithm). reconcile
  // compares figures millions of times; strtod of the printed digits is
  // for the rest.
  constexpr __int128 kExactCoef = static_cast<__int128>(1) << 53;
  static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (coef_ > -kExactCoef && coef_ < kExactCoef && exp_ >= -22 && exp_ <= 22) {
    double c = static_cast<double>(static_cast<long long>(coef_));
    return exp_ >= 0 ? c * kPow10[exp_] : c / kPow10[-exp_];
  }
  return std::strtod(ToString().c_str(), nullptr);
}

std::string Decimal::ToString() const {
  if (coef_ == 0) return "0";
  __int128 c = coef_ < 0 ? -coef_ : coef_;
  std::string digits;
  while (c > 0) {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(c % 10)));
    c /= 10;
  }
  if (exp_ >= 0) {
    digits.append(static_cast<size_t>(exp_), '0');
  } else {
    size_t frac = static_cast<size_t>(-exp_);
    if (digits.size() <= frac) digits.insert(0, frac - digits.size() + 1, '0');
    digits.insert(digits.size() - frac, ".");
  }
  return coef_ < 0 ? "-" + digits : digits;
}

std::strong_ordering Decimal::operator<=>(const Decimal& o) const {
  __int128 a = coef_, b = o.coef_;
  int exp = std::min(exp_, o.exp_);
  if (ScaleUp(a, exp_ - exp) && ScaleUp(b, o.exp_ - exp)) return a <=> b;
  // Out of range for exact alignment: magnitudes differ hugely, doubles decide.
  double x = ToDouble(), y = o.ToDouble();
  if (x < y) return std::strong_ordering::less;
  if (x > y) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

}  // namespace claimcheck
