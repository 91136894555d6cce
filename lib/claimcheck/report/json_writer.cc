#include "claimcheck/report/json_writer.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace claimcheck::report {

std::string DoubleToJson(double value) { return nlohmann::json(value).dump(); }

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
  // Rare (fractions); nlohmann's shortest round-trip form keeps the contract's bytes.
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
