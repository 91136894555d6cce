#include "claimcheck/report/json.h"

#include <iterator>
#include <limits>
#include <optional>

#include "claimcheck/json_input.h"
#include "claimcheck/report/json_writer.h"

namespace claimcheck::report {
namespace {

void WriteClaim(std::string& out, const Claim& c) {
  ObjectWriter j(out);
  j.String("id", c.id);
  j.String("doc", c.doc);
  j.String("lang", c.lang);
  j.String("kind", FigureKindName(c.kind));
  j.String("text", c.text);
  j.Int("start", static_cast<long long>(c.span.begin));
  j.Int("end", static_cast<long long>(c.span.end));
  j.Int("line", c.line);
  j.Int("column", c.column);
  if (c.kind == FigureKind::kDate) {
    j.StringOrNull("value", c.date);
    j.StringOrNull("low", c.date_low);
    j.StringOrNull("high", c.date_high);
    j.Null("unit");
    j.Bool("relative", c.relative);
    j.Bool("resolved", c.resolved);
  } else {
    j.Number("value", c.value);
    j.Number("low", c.low);
    j.Number("high", c.high);
    j.StringOrNull("unit", c.unit);
    if (c.kind == FigureKind::kMoney) {
      j.StringOrNull("unit_evidence", c.unit_evidence);
      j.Bool("unit_inferred", c.unit_inferred);
    }
  }
  j.StringOrNull("subject", c.subject);
  j.StringOrNull("subject_source", c.subject_source);
  j.Strings("holders", c.holders);
  j.StringOrNull("attribute", c.attribute);
  j.Strings("qualifiers", c.qualifiers);
  if (c.horizon) {
    j.Key("horizon");
    ObjectWriter h(out);
    h.Int("years", c.horizon->years);
    if (c.horizon->years_max) {
      h.Int("years_max", c.horizon->years_max);
    } else {
      h.Null("years_max");
    }
    h.String("text", c.horizon->text);
    h.End();
  } else {
    j.Null("horizon");
  }
  j.StringOrNull("period", c.period);
  j.StringOrNull("converts", c.converts);
  j.StringOrNull("statement", c.statement);
  j.String("sentence", c.sentence);
  j.String("rule", c.rule);
  j.End();
}

}  // namespace

std::string ClaimToJsonLine(const Claim& c) {
  std::string out;
  out.reserve(512 + c.sentence.size());
  WriteClaim(out, c);
  return out;
}

namespace {

void WriteFinding(std::string& out, const Finding& f) {
  ObjectWriter j(out);
  j.String("id", f.id);
  j.String("verdict", VerdictName(f.verdict));
  j.String("check", f.check);
  j.StringOrNull("subject", f.subject);
  j.StringOrNull("attribute", f.attribute);
  j.Strings("claims", f.claims);
  j.String("message", f.message);
  j.End();
}

void WriteSummary(std::string& out, const ReconcileSummary& s) {
  ObjectWriter j(out);
  j.Int("documents", static_cast<long long>(s.documents));
  j.Int("claims", static_cast<long long>(s.claims));
  j.Int("compared", static_cast<long long>(s.compared));
  j.Int("sources", static_cast<long long>(s.sources));
  j.Key("findings");
  ObjectWriter by_verdict(out);
  for (const auto& [verdict, n] : s.findings_by_verdict) by_verdict.Int(verdict, static_cast<long long>(n));
  by_verdict.End();
  j.End();
}

// Writes items as a JSON array with write(out, item) for each.
template <typename T, typename Write>
void WriteArray(std::string& out, const std::vector<T>& items, Write write) {
  out += '[';
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    write(out, items[i]);
  }
  out += ']';
}

}  // namespace

std::string_view ReconcileJsonHead() { return "{\"claims\":["; }

std::string ReconcileJsonTail(const std::vector<Finding>& findings, const ReconcileSummary& summary) {
  std::string out = "],\"findings\":";
  WriteArray(out, findings, WriteFinding);
  out += ",\"summary\":";
  WriteSummary(out, summary);
  out += '}';
  return out;
}

std::string ReconcileToJson(const ReconcileResult& r) {
  std::string out(ReconcileJsonHead());
  for (size_t i = 0; i < r.claims.size(); ++i) {
    if (i > 0) out += ',';
    WriteClaim(out, r.claims[i]);
  }
  return out + ReconcileJsonTail(r.findings, r.summary);
}

bool LooksLikeClaimLine(std::string_view line) {
  return line.find("\"kind\"") != std::string_view::npos && line.find("\"rule\"") != std::string_view::npos &&
         line.find("\"start\"") != std::string_view::npos;
}

namespace {

namespace od = json::od;
using json::error_code;
using simdjson::SUCCESS;

// The value's type, for readers that take one type and check any other.
error_code TypeOf(od::value value, od::json_type& type) { return value.type().get(type); }

// A string into out; a value of another type is checked and out left alone
// (a claim line is data from elsewhere: fields of the wrong type read as
// absent).
error_code ReadString(od::value value, std::string& out) {
  od::json_type type;
  SIMDJSON_TRY(TypeOf(value, type));
  if (type != od::json_type::string) return json::SkipValue(value);
  std::string_view s;
  SIMDJSON_TRY(value.get_string().get(s));
  out.assign(s);
  return SUCCESS;
}

// A non-negative integer of 64 bits into out, or nothing.
error_code ReadNonNegative(od::value value, std::optional<uint64_t>& out) {
  od::json_type type;
  SIMDJSON_TRY(TypeOf(value, type));
  if (type != od::json_type::number) return json::SkipValue(value);
  json::Number n;
  SIMDJSON_TRY(json::ReadNumber(value, n));
  if (n.type == json::Number::Type::kNonNegative) out = n.non_negative;
  return SUCCESS;
}

// A count (line, column, years): a non-negative integer, 0 beyond an int.
error_code ReadCount(od::value value, int& out) {
  std::optional<uint64_t> n;
  SIMDJSON_TRY(ReadNonNegative(value, n));
  if (n) out = *n <= static_cast<uint64_t>(std::numeric_limits<int>::max()) ? static_cast<int>(*n) : 0;
  return SUCCESS;
}

error_code ReadBool(od::value value, bool& out) {
  od::json_type type;
  SIMDJSON_TRY(TypeOf(value, type));
  // A failed get leaves the value unread, for SkipValue to tell what is wrong.
  if (type != od::json_type::boolean || value.get_bool().get(out) != SUCCESS) return json::SkipValue(value);
  return SUCCESS;
}

// A figure's number from its written text ("1.50" exactly); a form Decimal
// does not read ("1e3") goes through the double the parser made of it.
std::optional<Decimal> FigureNumber(const json::Number& n) {
  switch (n.type) {
    case json::Number::Type::kNegative: return Decimal::FromInt(n.negative);
    case json::Number::Type::kNonNegative:
      if (n.non_negative <= static_cast<uint64_t>(std::numeric_limits<long long>::max())) {
        return Decimal::FromInt(static_cast<long long>(n.non_negative));
      }
      return Decimal::Parse(n.written);
    case json::Number::Type::kFloat: {
      auto d = Decimal::Parse(n.written);
      return d ? d : Decimal::Parse(DoubleToJson(n.float_value));
    }
  }
  return std::nullopt;
}

// value, low or high: a number for money and percent, a string for dates.
error_code ReadFigure(od::value value, std::optional<Decimal>& number, std::string& date) {
  od::json_type type;
  SIMDJSON_TRY(TypeOf(value, type));
  if (type == od::json_type::string) return ReadString(value, date);
  if (type != od::json_type::number) return json::SkipValue(value);
  json::Number n;
  SIMDJSON_TRY(json::ReadNumber(value, n));
  number = FigureNumber(n);
  return SUCCESS;
}

// Appends the strings of an array; items of other types are checked and
// left out.
error_code ReadStrings(od::value value, std::vector<std::string>& out) {
  od::json_type type;
  SIMDJSON_TRY(TypeOf(value, type));
  if (type != od::json_type::array) return json::SkipValue(value);
  od::array array;
  SIMDJSON_TRY(value.get_array().get(array));
  for (auto element : array) {
    od::value item;
    SIMDJSON_TRY(element.get(item));
    SIMDJSON_TRY(TypeOf(item, type));
    if (type != od::json_type::string) {
      SIMDJSON_TRY(json::SkipValue(item));
      continue;
    }
    std::string_view s;
    SIMDJSON_TRY(item.get_string().get(s));
    out.emplace_back(s);
  }
  return SUCCESS;
}

// The fields of a claim line, in the order WriteClaim writes them (a date
// writes relative and resolved where money writes unit_evidence and
// unit_inferred).
enum class Field {
  kId, kDoc, kLang, kKind, kText, kStart, kEnd, kLine, kColumn, kValue, kLow, kHigh, kUnit, kUnitEvidence,
  kUnitInferred, kRelative, kResolved, kSubject, kSubjectSource, kHolders, kAttribute, kQualifiers, kHorizon,
  kPeriod, kConverts, kStatement, kSentence, kRule, kUnknown
};

constexpr std::string_view kFieldNames[] = {
    "id",         "doc",     "lang",    "kind",     "text",      "start",    "end",
    "line",       "column",  "value",   "low",      "high",      "unit",     "unit_evidence",
    "unit_inferred", "relative", "resolved", "subject", "subject_source", "holders", "attribute",
    "qualifiers", "horizon", "period",  "converts", "statement", "sentence", "rule"};
constexpr size_t kFieldCount = std::size(kFieldNames);
static_assert(kFieldCount == static_cast<size_t>(Field::kUnknown));

// Which field a key names. Lines written by extract hold their keys in
// WriteClaim's order, so the search starts where the last key was found:
// most keys are found at the first comparison, where a search from the top
// compared each key with a dozen names.
class FieldFinder {
 public:
  Field Find(std::string_view key) {
    for (size_t k = 0; k < kFieldCount; ++k) {
      size_t at = (next_ + k) % kFieldCount;
      if (kFieldNames[at] != key) continue;
      next_ = at + 1;
      return static_cast<Field>(at);
    }
    return Field::kUnknown;
  }

 private:
  size_t next_ = 0;
};

// Fills a Claim from a claim line's top-level fields as simdjson reads
// them: a claims file holds millions of lines, so no document tree is
// built. Unknown fields, and fields of the wrong type, are read only to
// check them.
class ClaimReader {
 public:
  // Reads the root object's fields, stopping at the first JSON error.
  error_code Read(od::document& doc) {
    return json::ReadFields(doc, [this](std::string_view key, od::value value) { return ReadField(key, value); });
  }

  // The claim read, or why the line holds none.
  Result<Claim> Finish(const std::string& path, int line_no) {
    auto fail = [&](const std::string& msg) { return Error{Error::Kind::kInput, path, line_no, 1, "not a claim: " + msg}; };
    if (kind_ == "money") claim_.kind = FigureKind::kMoney;
    else if (kind_ == "percent") claim_.kind = FigureKind::kPercent;
    else if (kind_ == "date") claim_.kind = FigureKind::kDate;
    else return fail("unknown kind '" + kind_ + "'");
    if (claim_.id.empty() || !has_start_) return fail("missing id or start");
    if (claim_.kind == FigureKind::kDate) {
      claim_.value = claim_.low = claim_.high = std::nullopt;
      claim_.unit.clear(), claim_.unit_evidence.clear(), claim_.unit_inferred = false;
      claim_.date = std::move(date_value_), claim_.date_low = std::move(date_low_), claim_.date_high = std::move(date_high_);
    } else {
      claim_.relative = claim_.resolved = false;
    }
    return std::move(claim_);
  }

 private:
  error_code ReadField(std::string_view key, od::value value) {
    switch (fields_.Find(key)) {
      case Field::kId: return ReadString(value, claim_.id);
      case Field::kDoc: return ReadString(value, claim_.doc);
      case Field::kLang: return ReadString(value, claim_.lang);
      // Dates write value, low and high as strings; which applies is known
      // once the kind is, so they are held apart until then.
      case Field::kKind: return ReadString(value, kind_);
      case Field::kText: return ReadString(value, claim_.text);
      case Field::kStart: return ReadStart(value);
      case Field::kEnd: return ReadEnd(value);
      case Field::kLine: return ReadCount(value, claim_.line);
      case Field::kColumn: return ReadCount(value, claim_.column);
      case Field::kValue: return ReadFigure(value, claim_.value, date_value_);
      case Field::kLow: return ReadFigure(value, claim_.low, date_low_);
      case Field::kHigh: return ReadFigure(value, claim_.high, date_high_);
      case Field::kUnit: return ReadString(value, claim_.unit);
      case Field::kUnitEvidence: return ReadString(value, claim_.unit_evidence);
      case Field::kUnitInferred: return ReadBool(value, claim_.unit_inferred);
      case Field::kRelative: return ReadBool(value, claim_.relative);
      case Field::kResolved: return ReadBool(value, claim_.resolved);
      case Field::kSubject: return ReadString(value, claim_.subject);
      case Field::kSubjectSource: return ReadString(value, claim_.subject_source);
      case Field::kHolders: return ReadStrings(value, claim_.holders);
      case Field::kAttribute: return ReadString(value, claim_.attribute);
      case Field::kQualifiers: return ReadStrings(value, claim_.qualifiers);
      case Field::kHorizon: return ReadHorizon(value);
      case Field::kPeriod: return ReadString(value, claim_.period);
      case Field::kConverts: return ReadString(value, claim_.converts);
      case Field::kStatement: return ReadString(value, claim_.statement);
      case Field::kSentence: return ReadString(value, claim_.sentence);
      case Field::kRule: return ReadString(value, claim_.rule);
      case Field::kUnknown: break;
    }
    return json::SkipValue(value);
  }

  error_code ReadStart(od::value value) {
    std::optional<uint64_t> n;
    SIMDJSON_TRY(ReadNonNegative(value, n));
    if (n) claim_.span.begin = *n, has_start_ = true;
    return SUCCESS;
  }

  error_code ReadEnd(od::value value) {
    std::optional<uint64_t> n;
    SIMDJSON_TRY(ReadNonNegative(value, n));
    if (n) claim_.span.end = *n;
    return SUCCESS;
  }

  // An object starts a new horizon; null or another type leaves it.
  error_code ReadHorizon(od::value value) {
    od::json_type type;
    SIMDJSON_TRY(TypeOf(value, type));
    if (type != od::json_type::object) return json::SkipValue(value);
    od::object object;
    SIMDJSON_TRY(value.get_object().get(object));
    Horizon& horizon = claim_.horizon.emplace();
    for (auto field : object) {
      std::string_view key;
      SIMDJSON_TRY(field.unescaped_key().get(key));
      od::value member;
      SIMDJSON_TRY(field.value().get(member));
      SIMDJSON_TRY(ReadHorizonField(key, member, horizon));
    }
    return SUCCESS;
  }

  static error_code ReadHorizonField(std::string_view key, od::value value, Horizon& horizon) {
    if (key == "years") return ReadCount(value, horizon.years);
    if (key == "years_max") return ReadCount(value, horizon.years_max);
    if (key == "text") return ReadString(value, horizon.text);
    return json::SkipValue(value);
  }

  Claim claim_;
  std::string kind_, date_value_, date_low_, date_high_;
  bool has_start_ = false;
  FieldFinder fields_;
};

}  // namespace

Result<Claim> ClaimFromJsonLine(std::string_view line, const std::string& path, int line_no) {
  auto fail = [&](int column, const std::string& msg) {
    return Error{Error::Kind::kInput, path, line_no, column, "not a claim: " + msg};
  };
  ClaimReader reader;
  bool is_object = false;
  if (auto e = json::ReadLine(line, is_object, [&](od::document& doc) { return reader.Read(doc); }))
    return fail(e->column, e->message);
  if (!is_object) return fail(1, "a JSON object is expected");
  return reader.Finish(path, line_no);
}

}  // namespace claimcheck::report
