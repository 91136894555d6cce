// A small JSON writer that appends to a string. Claims are written at
// hundreds of thousands per second, so the hot path builds no document tree
// (building one per claim cost more than extracting it). The bytes are the
// ones the contract (docs/json.md) was pinned with, by nlohmann::json::dump
// before claimcheck moved to simdjson: strings as UTF-8 with only quotes,
// backslashes and control characters escaped.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/decimal.h"

namespace claimcheck::report {

// A double in its shortest form that reads back, laid out as nlohmann wrote
// doubles: "40.5", "2.0", "0.0001", "1e-05", "1.5e+20"; "null" if not finite.
std::string DoubleToJson(double value);

// Appends s as a JSON string literal, quotes included. REQUIRES: valid UTF-8.
void AppendJsonString(std::string& out, std::string_view s);

// Writes one JSON object's members in order; the caller nests objects by
// writing a key and then another ObjectWriter on the same string.
class ObjectWriter {
 public:
  explicit ObjectWriter(std::string& out) : out_(out) { out_ += '{'; }
  ObjectWriter(const ObjectWriter&) = delete;
  ObjectWriter& operator=(const ObjectWriter&) = delete;

  // Starts a member; the value must follow. REQUIRES: key needs no escaping.
  std::string& Key(std::string_view key);
  void String(std::string_view key, std::string_view value);
  void StringOrNull(std::string_view key, std::string_view value);  // "" -> null
  void Int(std::string_view key, long long value);
  void Bool(std::string_view key, bool value);
  void Null(std::string_view key);
  // Integers exactly, other values as the shortest double that reads back.
  void Number(std::string_view key, const std::optional<Decimal>& value);
  void Strings(std::string_view key, const std::vector<std::string>& values);
  void End() { out_ += '}'; }

 private:
  std::string& out_;
  bool first_ = true;
};

}  // namespace claimcheck::report
