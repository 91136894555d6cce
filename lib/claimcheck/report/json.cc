#include "claimcheck/report/json.h"

#include <nlohmann/json.hpp>

namespace claimcheck::report {
namespace {

using Json = nlohmann::ordered_json;

// Exact where it can be: integers stay integers; other values go through the
// shortest double that reads back the same.
Json Number(const std::optional<Decimal>& d) {
  if (!d) return nullptr;
  if (d->FitsInt64()) return d->ToInt64();
  return d->ToDouble();
}

Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

std::optional<Decimal> ReadNumber(const Json& j) {
  if (j.is_number_integer()) return Decimal::FromInt(j.get<long long>());
  if (j.is_number()) return Decimal::Parse(j.dump());
  return std::nullopt;
}

std::string ReadString(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

Json ClaimToJson(const Claim& c) {
  Json j;
  j["id"] = c.id;
  j["doc"] = c.doc;
  j["lang"] = c.lang;
  j["kind"] = FigureKindName(c.kind);
  j["text"] = c.text;
  j["start"] = c.span.begin;
  j["end"] = c.span.end;
  j["line"] = c.line;
  j["column"] = c.column;
  if (c.kind == FigureKind::kDate) {
    j["value"] = OrNull(c.date);
    j["low"] = OrNull(c.date_low);
    j["high"] = OrNull(c.date_high);
    j["unit"] = nullptr;
    j["relative"] = c.relative;
    j["resolved"] = c.resolved;
  } else {
    j["value"] = Number(c.value);
    j["low"] = Number(c.low);
    j["high"] = Number(c.high);
    j["unit"] = OrNull(c.unit);
    if (c.kind == FigureKind::kMoney) {
      j["unit_evidence"] = OrNull(c.unit_evidence);
      j["unit_inferred"] = c.unit_inferred;
    }
  }
  j["subject"] = OrNull(c.subject);
  j["subject_source"] = OrNull(c.subject_source);
  j["holders"] = c.holders;
  j["attribute"] = OrNull(c.attribute);
  j["qualifiers"] = c.qualifiers;
  j["horizon"] = c.horizon ? Json{{"years", c.horizon->years},
                                  {"years_max", c.horizon->years_max ? Json(c.horizon->years_max) : Json(nullptr)},
                                  {"text", c.horizon->text}}
                           : Json(nullptr);
  j["converts"] = OrNull(c.converts);
  j["statement"] = OrNull(c.statement);
  j["sentence"] = c.sentence;
  j["rule"] = c.rule;
  return j;
}

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace

std::string ClaimToJsonLine(const Claim& c) { return Dump(ClaimToJson(c)); }

std::string ReconcileToJson(const ReconcileResult& r) {
  Json claims = Json::array();
  for (const auto& c : r.claims) claims.push_back(ClaimToJson(c));
  Json findings = Json::array();
  for (const auto& f : r.findings) {
    findings.push_back({{"id", f.id}, {"verdict", VerdictName(f.verdict)}, {"check", f.check},
                        {"subject", OrNull(f.subject)}, {"attribute", OrNull(f.attribute)}, {"claims", f.claims},
                        {"message", f.message}});
  }
  Json by_verdict = Json::object();
  for (const auto& [verdict, n] : r.summary.findings_by_verdict) by_verdict[verdict] = n;
  Json summary = {{"documents", r.summary.documents}, {"claims", r.summary.claims},
                  {"compared", r.summary.compared}, {"sources", r.summary.sources}, {"findings", by_verdict}};
  return Dump(Json{{"claims", claims}, {"findings", findings}, {"summary", summary}});
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
  } catch (const Json::parse_error& e) {
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
  c.span = {j["start"].get<size_t>(), j.value("end", size_t{0})};
  c.line = j.value("line", 0);
  c.column = j.value("column", 0);
  c.sentence = ReadString(j, "sentence");
  c.rule = ReadString(j, "rule");
  if (c.kind == FigureKind::kDate) {
    c.date = ReadString(j, "value");
    c.date_low = ReadString(j, "low");
    c.date_high = ReadString(j, "high");
    c.relative = j.value("relative", false);
    c.resolved = j.value("resolved", false);
  } else {
    if (j.contains("value")) c.value = ReadNumber(j["value"]);
    if (j.contains("low")) c.low = ReadNumber(j["low"]);
    if (j.contains("high")) c.high = ReadNumber(j["high"]);
    c.unit = ReadString(j, "unit");
    c.unit_evidence = ReadString(j, "unit_evidence");
    c.unit_inferred = j.value("unit_inferred", false);
  }
  c.subject = ReadString(j, "subject");
  c.subject_source = ReadString(j, "subject_source");
  if (j.contains("holders") && j["holders"].is_array()) {
    for (const auto& h : j["holders"]) if (h.is_string()) c.holders.push_back(h.get<std::string>());
  }
  c.attribute = ReadString(j, "attribute");
  if (j.contains("qualifiers") && j["qualifiers"].is_array()) {
    for (const auto& q : j["qualifiers"]) if (q.is_string()) c.qualifiers.push_back(q.get<std::string>());
  }
  if (j.contains("horizon") && j["horizon"].is_object()) {
    const Json& h = j["horizon"];
    c.horizon = Horizon{h.value("years", 0), h.contains("years_max") && h["years_max"].is_number_integer() ? h["years_max"].get<int>() : 0,
                        ReadString(h, "text")};
  }
  c.converts = ReadString(j, "converts");
  c.statement = ReadString(j, "statement");
  return c;
}

}  // namespace claimcheck::report
