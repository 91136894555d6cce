#include "claimcheck/json_input.h"

#include <algorithm>

#include "claimcheck/source.h"

namespace claimcheck::json {
namespace {

using simdjson::SUCCESS;

// Values nested deeper are refused: On-Demand sets no depth limit, and the
// check below recurses. No claim or article line comes near it.
constexpr int kMaxDepth = 1024;

// A literal other than true, false or null, as one error whatever its
// first letter: On-Demand reports it as a wrong type.
constexpr error_code kBadLiteral = simdjson::T_ATOM_ERROR;

template <typename Value>
error_code Skip(Value& value, int depth);

error_code SkipObject(od::object object, int depth) {
  for (auto field : object) {
    std::string_view key;  // unescaped to check its escapes
    SIMDJSON_TRY(field.unescaped_key().get(key));
    od::value child;
    SIMDJSON_TRY(field.value().get(child));
    SIMDJSON_TRY(Skip(child, depth + 1));
  }
  return SUCCESS;
}

error_code SkipArray(od::array array, int depth) {
  for (auto element : array) {
    od::value child;
    SIMDJSON_TRY(element.get(child));
    SIMDJSON_TRY(Skip(child, depth + 1));
  }
  return SUCCESS;
}

// Value is an od::value or, for a root value, an od::document: both read
// the same way.
template <typename Value>
error_code Skip(Value& value, int depth) {
  if (depth > kMaxDepth) return simdjson::DEPTH_ERROR;
  od::json_type type;
  SIMDJSON_TRY(value.type().get(type));
  switch (type) {
    case od::json_type::object: {
      od::object object;
      SIMDJSON_TRY(value.get_object().get(object));
      return SkipObject(object, depth);
    }
    case od::json_type::array: {
      od::array array;
      SIMDJSON_TRY(value.get_array().get(array));
      return SkipArray(array, depth);
    }
    case od::json_type::number:
      return value.get_double().error() ? simdjson::NUMBER_ERROR : SUCCESS;
    case od::json_type::string:
      return value.get_string().error();
    case od::json_type::boolean:
      return value.get_bool().error() ? kBadLiteral : SUCCESS;
    case od::json_type::null: {
      bool is_null = false;
      return value.is_null().get(is_null) || !is_null ? kBadLiteral : SUCCESS;
    }
  }
  return SUCCESS;
}

std::string_view TrimWhitespaceAfter(std::string_view token) {
  size_t end = token.find_last_not_of(" \t\n\r");
  return token.substr(0, end == std::string_view::npos ? 0 : end + 1);
}

// Columns count code points, as everywhere else (LineIndex).
int CodePointColumn(std::string_view line, size_t offset) {
  offset = std::min(offset, line.size());
  auto is_lead = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; };
  return 1 + static_cast<int>(std::count_if(line.begin(), line.begin() + static_cast<ptrdiff_t>(offset), is_lead));
}

std::string Message(error_code error) {
  switch (error) {
    case simdjson::UTF8_ERROR: return "invalid UTF-8";
    case simdjson::UNCLOSED_STRING: return "invalid JSON: a string is not closed";
    case simdjson::UNESCAPED_CHARS: return "invalid JSON: a control character in a string is not escaped";
    case simdjson::EMPTY: return "invalid JSON: no value";
    case simdjson::TAPE_ERROR: return "invalid JSON: a comma, colon, bracket, brace or key is missing or out of place";
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT: return "invalid JSON: an object or array is not closed, or more follows it";
    case simdjson::TRAILING_CONTENT: return "invalid JSON: more follows the value";
    case simdjson::STRING_ERROR: return "invalid JSON: a bad escape in a string";
    case simdjson::NUMBER_ERROR: return "invalid JSON: a number that is malformed or beyond a double";
    case kBadLiteral: return "invalid JSON: a word other than true, false or null";
    case simdjson::DEPTH_ERROR: return "invalid JSON: nested more than " + std::to_string(kMaxDepth) + " deep";
    default: return std::string("invalid JSON: ") + simdjson::error_message(error);
  }
}

}  // namespace

LineParser& LineParser::ForThisThread() {
  thread_local LineParser parser;
  return parser;
}

simdjson::simdjson_result<od::document> LineParser::Parse(std::string_view line) {
  padded_.assign(line);
  padded_.resize(line.size() + simdjson::SIMDJSON_PADDING);
  line_ = std::string_view(padded_).substr(0, line.size());
  return parser_.iterate(padded_.data(), line.size(), padded_.size());
}

SyntaxError LineParser::Describe(error_code error, od::document* doc) {
  SyntaxError out{1, Message(error)};
  const char* at = nullptr;
  if (error == simdjson::UTF8_ERROR) {
    if (auto fault = CheckText(line_)) out.column = fault->col;
  } else if (error == simdjson::INCOMPLETE_ARRAY_OR_OBJECT || error == simdjson::UNCLOSED_STRING) {
    out.column = CodePointColumn(line_, line_.size());  // what is missing is missing at the end
  } else if (doc && doc->current_location().get(at) == SUCCESS && at >= line_.data() &&
             at <= line_.data() + line_.size()) {
    out.column = CodePointColumn(line_, static_cast<size_t>(at - line_.data()));
  }
  return out;
}

error_code SkipValue(od::value value) { return Skip(value, 1); }

error_code SkipDocument(od::document& doc) {
  SIMDJSON_TRY(Skip(doc, 0));
  return CheckEnd(doc);
}

error_code CheckEnd(od::document& doc) {
  // Once the root value is read, the location is out of bounds unless
  // something follows it; On-Demand checks this itself only for scalars.
  const char* after = nullptr;
  return doc.current_location().get(after) == simdjson::OUT_OF_BOUNDS ? SUCCESS : simdjson::TRAILING_CONTENT;
}

error_code ReadNumber(od::value value, Number& out) {
  out.written = TrimWhitespaceAfter(value.raw_json_token());
  // An integer too long for 64 bits fails here and is read as a double,
  // as nlohmann read it; a failed get leaves the value unread.
  if (out.written.find_first_of(".eE") == std::string_view::npos) {
    if (out.written.starts_with('-')) {
      if (value.get_int64().get(out.negative) == SUCCESS) {
        out.type = Number::Type::kNegative;
        return SUCCESS;
      }
    } else if (value.get_uint64().get(out.non_negative) == SUCCESS) {
      out.type = Number::Type::kNonNegative;
      return SUCCESS;
    }
  }
  out.type = Number::Type::kFloat;
  return value.get_double().get(out.float_value) ? simdjson::NUMBER_ERROR : SUCCESS;
}

}  // namespace claimcheck::json
