#include "claimcheck/report/text.h"

#include <cctype>
#include <map>

namespace claimcheck::report {
namespace {

std::string Num(const std::optional<Decimal>& d) { return d ? d->ToString() : "?"; }

// Tabs and newlines inside a field would break the table.
std::string TsvField(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

std::string Join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

}  // namespace

std::string ValueText(const Claim& c) {
  if (c.kind == FigureKind::kDate) {
    std::string v = c.date_low.empty() ? c.date : c.date_low + ".." + c.date_high;
    if (v.empty()) return "(relative, unresolved)";
    return c.relative ? v + " (relative)" : v;
  }
  std::string amount = c.low ? Num(c.low) + ".." + Num(c.high) : Num(c.value);
  std::string unit = c.unit.empty() ? "(currency unknown)" : c.unit;
  if (c.unit_inferred && !c.unit.empty()) unit += " (inferred)";
  return amount + " " + unit;
}

std::string ClaimTextLine(const Claim& c) {
  std::string line = fmt::format("{}:{}:{}  {:<7}  {}  \"{}\"", c.doc, c.line, c.column, FigureKindName(c.kind),
                                 ValueText(c), c.text);
  if (!c.subject.empty()) line += "  about " + c.subject;
  if (!c.qualifiers.empty()) line += " [" + Join(c.qualifiers, ", ") + "]";
  return line;
}

std::string ClaimTsvHeader() {
  return "doc\tline\tcolumn\tkind\tvalue\tlow\thigh\tunit\ttext\tsubject\tattribute\tqualifiers\trule";
}

std::string ClaimTsvLine(const Claim& c) {
  bool date = c.kind == FigureKind::kDate;
  return fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}", TsvField(c.doc), c.line, c.column,
                     FigureKindName(c.kind), date ? c.date : (c.value ? c.value->ToString() : ""),
                     date ? c.date_low : (c.low ? c.low->ToString() : ""),
                     date ? c.date_high : (c.high ? c.high->ToString() : ""), c.unit, TsvField(c.text), c.subject,
                     c.attribute, Join(c.qualifiers, ","), c.rule);
}

namespace {

void AppendFinding(std::string& out, const Finding& f, const std::map<std::string, const Claim*>& by_id) {
  std::string verdict = VerdictName(f.verdict);
  for (char& ch : verdict) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  out += fmt::format("  {} [{}] {}: {}\n", verdict, f.id, f.check, f.message);
  for (const auto& id : f.claims) {
    auto it = by_id.find(id);
    if (it == by_id.end()) continue;
    const Claim& c = *it->second;
    out += fmt::format("    {}:{}:{}  \"{}\"  ({})\n", c.doc, c.line, c.column, c.text, ValueText(c));
    out += fmt::format("      {}\n", TsvField(c.sentence));
  }
}

}  // namespace

std::string ReconcileText(const ReconcileResult& r) {
  std::map<std::string, const Claim*> by_id;
  for (const auto& c : r.claims) by_id[c.id] = &c;
  std::map<std::string, std::vector<const Finding*>> by_subject;
  for (const auto& f : r.findings) by_subject[f.subject.empty() ? "(currency conversions)" : f.subject].push_back(&f);
  std::string out;
  for (const auto& [subject, findings] : by_subject) {
    out += subject + "\n";
    for (const Finding* f : findings) AppendFinding(out, *f, by_id);
    out += "\n";
  }
  const auto& s = r.summary;
  out += fmt::format("{} documents, {} claims ({} compared, {} independent sources); findings: {} consistent, {} explained, {} conflict\n",
                     s.documents, s.claims, s.compared, s.sources, s.findings_by_verdict.at("consistent"),
                     s.findings_by_verdict.at("explained"), s.findings_by_verdict.at("conflict"));
  return out;
}

}  // namespace claimcheck::report
