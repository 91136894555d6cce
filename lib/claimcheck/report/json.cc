#include "claimcheck/report/json.h"

#include <nlohmann/json.hpp>

#include <limits>

#include "claimcheck/report/json_writer.h"

namespace claimcheck::report {
namespace {

using Json = nlohmann::ordered_json;

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

// Fills a Claim from nlohmann's SAX events as the parser reads them: a
// claims file holds millions of lines, and building a DOM of each, then
// looking its fields up, cost four times the parse. Fields of the wrong
// type read as absent (a claim line is data from elsewhere); unknown
// fields, at any depth, are skipped.
class ClaimReader : public nlohmann::json_sax<Json> {
 public:
  bool null() override { return true; }
  bool boolean(bool v) override {
    if (Field("unit_inferred")) claim_.unit_inferred = v;
    else if (Field("relative")) claim_.relative = v;
    else if (Field("resolved")) claim_.resolved = v;
    return true;
  }
  bool number_integer(number_integer_t v) override {
    if (IsFigureNumber()) *FigureNumber() = Decimal::FromInt(v);
    return true;
  }
  bool number_unsigned(number_unsigned_t v) override {
    if (IsFigureNumber()) {
      *FigureNumber() = v <= static_cast<number_unsigned_t>(std::numeric_limits<long long>::max())
                            ? std::optional<Decimal>(Decimal::FromInt(static_cast<long long>(v)))
                            : Decimal::Parse(std::to_string(v));
    } else if (Field("start")) {
      claim_.span.begin = v, has_start_ = true;
    } else if (Field("end")) {
      claim_.span.end = v;
    } else if (Field("line") || Field("column") || InHorizon("years") || InHorizon("years_max")) {
      *IntField() = v <= static_cast<number_unsigned_t>(std::numeric_limits<int>::max()) ? static_cast<int>(v) : 0;
    }
    return true;
  }
  // The figure as written ("1.5"), read exactly; a form Decimal does not
  // read ("1e3") goes through the double the parser made of it.
  bool number_float(number_float_t v, const string_t& written) override {
    if (IsFigureNumber()) {
      auto d = Decimal::Parse(written);
      *FigureNumber() = d ? d : Decimal::Parse(Json(v).dump());
    }
    return true;
  }
  bool string(string_t& v) override {
    if (std::string* field = StringField()) *field = std::move(v);
    else if (InArray("holders")) claim_.holders.push_back(std::move(v));
    else if (InArray("qualifiers")) claim_.qualifiers.push_back(std::move(v));
    return true;
  }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override {
    if (depth_ == 0) is_object_ = true;
    if (Field("horizon")) claim_.horizon = Horizon{};
    open_.push_back('o');
    ++depth_;
    return true;
  }
  bool end_object() override { return Close(); }
  bool start_array(std::size_t) override {
    open_.push_back('a');
    ++depth_;
    return true;
  }
  bool end_array() override { return Close(); }
  bool key(string_t& k) override {
    if (depth_ == 1) field_ = k;
    key_ = std::move(k);
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
    error_ = JsonParseMessage(e.what());
    return false;
  }

  // The claim read, or why the line holds none.
  Result<Claim> Finish(const std::string& path, int line_no) {
    auto fail = [&](const std::string& msg) { return Error{Error::Kind::kInput, path, line_no, 1, "not a claim: " + msg}; };
    if (error_) return fail(*error_);
    if (!is_object_) return fail("a JSON object is expected");
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
  // Whether the value being read is the top-level field name, an item of
  // the top-level array name, or the field name of the horizon object.
  bool Field(std::string_view name) const { return depth_ == 1 && field_ == name; }
  bool InArray(std::string_view name) const { return depth_ == 2 && open_.back() == 'a' && field_ == name; }
  bool InHorizon(std::string_view name) const {
    return depth_ == 2 && open_.back() == 'o' && field_ == "horizon" && claim_.horizon && key_ == name;
  }
  bool IsFigureNumber() const { return Field("value") || Field("low") || Field("high"); }
  std::optional<Decimal>* FigureNumber() {
    return Field("value") ? &claim_.value : Field("low") ? &claim_.low : &claim_.high;
  }
  int* IntField() {
    if (Field("line")) return &claim_.line;
    if (Field("column")) return &claim_.column;
    return InHorizon("years") ? &claim_.horizon->years : &claim_.horizon->years_max;
  }
  std::string* StringField() {
    if (InHorizon("text")) return &claim_.horizon->text;
    if (depth_ != 1) return nullptr;
    static const std::pair<const char*, std::string Claim::*> kFields[] = {
        {"id", &Claim::id},         {"doc", &Claim::doc},
        {"lang", &Claim::lang},     {"text", &Claim::text},
        {"sentence", &Claim::sentence}, {"rule", &Claim::rule},
        {"unit", &Claim::unit},     {"unit_evidence", &Claim::unit_evidence},
        {"subject", &Claim::subject}, {"subject_source", &Claim::subject_source},
        {"attribute", &Claim::attribute}, {"period", &Claim::period},
        {"converts", &Claim::converts}, {"statement", &Claim::statement}};
    for (const auto& [name, member] : kFields) {
      if (field_ == name) return &(claim_.*member);
    }
    // Dates write value, low and high as strings; which applies is known
    // once the kind is, so they are held apart until then.
    if (field_ == "kind") return &kind_;
    if (field_ == "value") return &date_value_;
    if (field_ == "low") return &date_low_;
    if (field_ == "high") return &date_high_;
    return nullptr;
  }
  bool Close() {
    open_.pop_back();
    --depth_;
    return true;
  }

  Claim claim_;
  std::string kind_, date_value_, date_low_, date_high_;
  std::string field_, key_;  // the last key at the top level, and at any level
  std::vector<char> open_;   // the containers open: 'o'bject or 'a'rray
  int depth_ = 0;
  bool is_object_ = false, has_start_ = false;
  std::optional<std::string> error_;
};

}  // namespace

Result<Claim> ClaimFromJsonLine(std::string_view line, const std::string& path, int line_no) {
  ClaimReader reader;
  Json::sax_parse(line, &reader);
  return reader.Finish(path, line_no);
}

}  // namespace claimcheck::report
