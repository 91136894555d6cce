#include "claimcheck/report/json_writer.h"

#include <fmt/format.h>

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace claimcheck::report {

namespace {

// The shortest digits that read back as value (std::to_chars), as a digit
// string and the power of ten of its last digit: 40.5 -> "405", -1.
struct ShortestDigits {
  std::string digits;
  int exponent = 0;
};

ShortestDigits Shortest(double positive) {
  char buf[32];
  auto end = std::to_chars(buf, buf + sizeof buf, positive, std::chars_format::scientific).ptr;
  std::string_view s(buf, static_cast<size_t>(end - buf));  // "4.05e+01"
  size_t e = s.find('e');
  ShortestDigits out;
  for (char c : s.substr(0, e)) {
    if (c != '.') out.digits += c;
  }
  int scientific = 0;
  std::from_chars(s.data() + e + (s[e + 1] == '+' ? 2 : 1), s.data() + s.size(), scientific);
  out.exponent = scientific - static_cast<int>(out.digits.size()) + 1;
  return out;
}

// The exponent as nlohmann wrote it: a sign always, at least two digits ("e+21", "e-05").
void AppendExponent(std::string& out, int e) {
  out += e < 0 ? '-' : '+';
  if (std::abs(e) < 10) out += '0';
  out += std::to_string(std::abs(e));
}

}  // namespace

std::string DoubleToJson(double value) {
  if (!std::isfinite(value)) return "null";
  std::string out = std::signbit(value) ? "-" : "";
  value = std::fabs(value);
  if (value == 0) return out + "0.0";
  // Laid out as nlohmann::json::dump laid out its digits, the bytes the
  // contract was pinned with: fixed point from 0.0001 to below 1e15 (with
  // ".0" on integral values), else exponent form. nlohmann's Grisu2 digits
  // were the same except where it wrote 16 or 17 significant digits that
  // were not the shortest (0.0006489999999999999 for 0.000649; about 0.1 %
  // of doubles): those are now the shortest, as docs/json.md says.
  constexpr int kMinPoint = -4, kMaxPoint = 15;
  auto [digits, exponent] = Shortest(value);
  const int k = static_cast<int>(digits.size());
  const int point = k + exponent;  // where the decimal point goes in digits
  if (k <= point && point <= kMaxPoint) return out + digits + std::string(point - k, '0') + ".0";
  if (0 < point && point <= kMaxPoint) return out + digits.substr(0, point) + "." + digits.substr(point);
  if (kMinPoint < point && point <= 0) return out + "0." + std::string(-point, '0') + digits;
  out += digits[0];
  if (k > 1) out += "." + digits.substr(1);
  out += 'e';
  AppendExponent(out, point - 1);
  return out;
}

void AppendJsonString(std::string& out, std::string_view s) {
  out += '"';
  size_t plain = 0;  // start of the run not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.substr(plain, i - plain));
    plain = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
    }
  }
  out.append(s.substr(plain));
  out += '"';
}

std::string& ObjectWriter::Key(std::string_view key) {
  out_ += first_ ? "\"" : ",\"";
  first_ = false;
  out_ += key;
  out_ += "\":";
  return out_;
}

void ObjectWriter::String(std::string_view key, std::string_view value) { AppendJsonString(Key(key), value); }

void ObjectWriter::StringOrNull(std::string_view key, std::string_view value) {
  if (value.empty()) {
    Null(key);
  } else {
    String(key, value);
  }
}

void ObjectWriter::Int(std::string_view key, long long value) {
  fmt::format_to(std::back_inserter(Key(key)), "{}", value);
}

void ObjectWriter::Bool(std::string_view key, bool value) { Key(key) += value ? "true" : "false"; }

void ObjectWriter::Null(std::string_view key) { Key(key) += "null"; }

void ObjectWriter::Number(std::string_view key, const std::optional<Decimal>& value) {
  if (!value) return Null(key);
  if (value->FitsInt64()) return Int(key, value->ToInt64());
  // Rare (fractions): the shortest form that reads back (DoubleToJson).
  Key(key) += DoubleToJson(value->ToDouble());
}

void ObjectWriter::Strings(std::string_view key, const std::vector<std::string>& values) {
  std::string& out = Key(key);
  out += '[';
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ',';
    AppendJsonString(out, values[i]);
  }
  out += ']';
}

}  // namespace claimcheck::report
