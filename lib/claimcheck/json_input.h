// Reading JSON lines, the one place claimcheck parses JSON: claim JSONL
// (report/json.cc) and article JSONL (source.cc), with simdjson's On-Demand
// API, which reads a value only when asked for it. Every value a reader does
// not use still goes through SkipValue, which reads it to its end, so a line
// is accepted or rejected as a whole by the JSON grammar (as nlohmann's full
// parse did before), whichever fields its reader looks at.
#pragma once

#include <simdjson.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::json {

namespace od = simdjson::ondemand;
using simdjson::error_code;

// Why a line is not JSON, for "not a claim: ..." and "not an article: ...".
struct SyntaxError {
  int column = 1;  // 1-based, in code points: where the parser stopped
  std::string message;
};

// A parser for one line at a time. It keeps its buffers from line to line,
// so each thread uses its own (ForThisThread).
class LineParser {
 public:
  static LineParser& ForThisThread();

  // Parses a padded copy of line (simdjson reads up to SIMDJSON_PADDING
  // bytes past the end). The document, and every string read from it, stay
  // valid until the next Parse.
  simdjson::simdjson_result<od::document> Parse(std::string_view line);

  // error, met parsing the last line or reading doc, its document, told
  // for a user with where in the line it stopped. doc is null if Parse
  // failed: there is no document to ask then.
  SyntaxError Describe(error_code error, od::document* doc = nullptr);

 private:
  od::parser parser_;
  std::string padded_;
  std::string_view line_;  // the line last parsed, in padded_
};

// Reads a value the caller has no use for to its end, checking it:
// On-Demand would skip it by counting brackets only.
error_code SkipValue(od::value value);

// Reads a whole document that is no object to its end, checking it.
error_code SkipDocument(od::document& doc);

// Checks that only whitespace follows the root value, once it is read.
error_code CheckEnd(od::document& doc);

// Reads the root object's fields in order, each with read_field
// (error_code(std::string_view key, od::value)), stopping at the first JSON
// error, then checks that nothing follows the object.
template <typename ReadField>
error_code ReadFields(od::document& doc, ReadField read_field) {
  od::object object;
  SIMDJSON_TRY(doc.get_object().get(object));
  for (auto field : object) {
    std::string_view key;
    SIMDJSON_TRY(field.unescaped_key().get(key));
    od::value value;
    SIMDJSON_TRY(field.value().get(value));
    SIMDJSON_TRY(read_field(key, value));
  }
  return CheckEnd(doc);
}

// Parses line, on this thread's parser, and hands its document to
// read_object (error_code(od::document&)) when it is an object. A line that
// is no object is read to its end all the same: a JSON error in it is the
// first thing to tell. Returns that error, if any; is_object says whether
// the line held an object.
template <typename ReadObject>
std::optional<SyntaxError> ReadLine(std::string_view line, bool& is_object, ReadObject read_object) {
  LineParser& parser = LineParser::ForThisThread();
  od::document doc;
  is_object = false;
  if (error_code error = parser.Parse(line).get(doc)) return parser.Describe(error);
  od::json_type type;
  error_code error = doc.type().get(type);
  is_object = !error && type == od::json_type::object;
  if (!error) error = is_object ? read_object(doc) : SkipDocument(doc);
  if (error) return parser.Describe(error, &doc);
  return std::nullopt;
}

// A number as JSON readers type it (nlohmann did): a negative integer or a
// non-negative one, if it fits 64 bits, else a double, with the number's
// text as written.
struct Number {
  enum class Type { kNegative, kNonNegative, kFloat };
  Type type = Type::kFloat;
  int64_t negative = 0;
  uint64_t non_negative = 0;
  double float_value = 0;
  std::string_view written;  // "1.50", without the whitespace after it
};
error_code ReadNumber(od::value value, Number& out);

}  // namespace claimcheck::json
