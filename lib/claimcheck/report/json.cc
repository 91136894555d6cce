#include "claimcheck/report/json.h"

#include <nlohmann/json.hpp>

#include <limits>

#include "claimcheck/report/json_writer.h"

namespace claimcheck::report {
namespace {

using Json = nlohmann::ordered_json;

std::optional<Decimal> ReadNumber(const Json& j) {
  bool fits = j.is_number_integer() &&
              (!j.is_number_unsigned() || j.get<unsigned long long>() <= std::numeric_limits<long long>::max());
  if (fits) return Decimal::FromInt(j.get<long long>());
  if (j.is_number()) return Decimal::Parse(j.dump());
  return std::nullopt;
}

// Fields of the wrong type read as absent: a claim line is data from
// elsewhere, and nlohmann's own conversions throw (or, for a float read as an
// int, overflow) on a mismatch.
std::string ReadString(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

int ReadInt(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer()) return 0;
  long long v = it->get<long long>();
  return v >= 0 && v <= std::numeric_limits<int>::max() ? static_cast<int>(v) : 0;
}

bool ReadBool(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_boolean() && it->get<bool>();
}

size_t ReadOffset(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_unsigned() ? it->get<size_t>() : 0;
}

std::vector<std::string> ReadStrings(const Json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& s : *it) {
    if (s.is_string()) out.push_back(s.get<std::string>());
  }
  return out;
}

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

Result<Claim> ClaimFromJsonLine(std::string_view line, const std::string& path, int line_no) {
  auto fail = [&](const std::string& msg) { return Error{Error::Kind::kInput, path, line_no, 1, "not a claim: " + msg}; };
  Json j;
  try {
    j = Json::parse(line);
  } catch (const Json::exception& e) {  // parse_error, or out_of_range for a number like 1e999
    return fail(JsonParseMessage(e.what()));
  }
  if (!j.is_object()) return fail("a JSON object is expected");
  Claim c;
  c.id = ReadString(j, "id");
  c.doc = ReadString(j, "doc");
  c.lang = ReadString(j, "lang");
  std::string kind = ReadString(j, "kind");
  if (kind == "money") c.kind = FigureKind::kMoney;
  else if (kind == "percent") c.kind = FigureKind::kPercent;
  else if (kind == "date") c.kind = FigureKind::kDate;
  else return fail("unknown kind '" + kind + "'");
  if (c.id.empty() || !j.contains("start") || !j["start"].is_number_unsigned()) return fail("missing id or start");
  c.text = ReadString(j, "text");
  c.span = {ReadOffset(j, "start"), ReadOffset(j, "end")};
  c.line = ReadInt(j, "line");
  c.column = ReadInt(j, "column");
  c.sentence = ReadString(j, "sentence");
  c.rule = ReadString(j, "rule");
  if (c.kind == FigureKind::kDate) {
    c.date = ReadString(j, "value");
    c.date_low = ReadString(j, "low");
    c.date_high = ReadString(j, "high");
    c.relative = ReadBool(j, "relative");
    c.resolved = ReadBool(j, "resolved");
  } else {
    if (j.contains("value")) c.value = ReadNumber(j["value"]);
    if (j.contains("low")) c.low = ReadNumber(j["low"]);
    if (j.contains("high")) c.high = ReadNumber(j["high"]);
    c.unit = ReadString(j, "unit");
    c.unit_evidence = ReadString(j, "unit_evidence");
    c.unit_inferred = ReadBool(j, "unit_inferred");
  }
  c.subject = ReadString(j, "subject");
  c.subject_source = ReadString(j, "subject_source");
  c.holders = ReadStrings(j, "holders");
  c.attribute = ReadString(j, "attribute");
  c.qualifiers = ReadStrings(j, "qualifiers");
  if (j.contains("horizon") && j["horizon"].is_object()) {
    const Json& h = j["horizon"];
    c.horizon = Horizon{ReadInt(h, "years"), ReadInt(h, "years_max"), ReadString(h, "text")};
  }
  c.period = ReadString(j, "period");
  c.converts = ReadString(j, "converts");
  c.statement = ReadString(j, "statement");
  return c;
}

}  // namespace claimcheck::report
