#include "claimcheck/report/claim_line.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "claimcheck/report/json_writer.h"

namespace claimcheck::report {
namespace {

// Length of the well-formed UTF-8 sequence at s[i], or 0: the table of
// RFC 3629 (no overlong forms, no surrogates, nothing above U+10FFFF), the
// one nlohmann's reader enforces.
size_t Utf8SequenceAt(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  auto in = [](unsigned c, unsigned lo, unsigned hi) { return c >= lo && c <= hi; };
  unsigned c = at(0);
  if (in(c, 0xC2, 0xDF)) return in(at(1), 0x80, 0xBF) ? 2 : 0;
  unsigned lo = 0x80, hi = 0xBF;
  if (c == 0xE0) lo = 0xA0;
  if (c == 0xED) hi = 0x9F;
  if (in(c, 0xE0, 0xEF)) return in(at(1), lo, hi) && in(at(2), 0x80, 0xBF) ? 3 : 0;
  if (c == 0xF0) lo = 0x90;
  if (c == 0xF4) hi = 0x8F;
  if (in(c, 0xF0, 0xF4)) return in(at(1), lo, hi) && in(at(2), 0x80, 0xBF) && in(at(3), 0x80, 0xBF) ? 4 : 0;
  return 0;
}

// The character a two-byte escape stands for, where the writer uses that
// escape, or 0.
char ShortEscape(char c) {
  switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
  }
  return 0;
}

int LowerHexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// A cursor over one line that accepts only the writer's form; the first
// mismatch clears ok, and every later step is a no-op.
class Cursor {
 public:
  explicit Cursor(std::string_view line) : s_(line) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return ok_ && i_ == s_.size(); }

  // The exact bytes lit, e.g. ",\"doc\":".
  void Expect(std::string_view lit) {
    if (ok_ && s_.substr(i_, lit.size()) == lit) i_ += lit.size();
    else ok_ = false;
  }
  bool Peek(std::string_view lit) const { return ok_ && s_.substr(i_, lit.size()) == lit; }
  void Fail() { ok_ = false; }

  void String(std::string& out);
  void StringOrNull(std::string& out);
  void Strings(std::vector<std::string>& out);
  void Bool(bool& out);
  void Digits(size_t max_digits, unsigned long long& out);
  void Number(std::optional<Decimal>& out);

 private:
  void Escape(std::string& out);
  void Fraction(size_t begin, std::optional<Decimal>& out);
  std::string_view s_;
  size_t i_ = 0;
  bool ok_ = true;
};

void Cursor::Escape(std::string& out) {
  char c = i_ + 1 < s_.size() ? s_[i_ + 1] : 0;
  if (char plain = ShortEscape(c)) {
    out += plain;
    i_ += 2;
    return;
  }
  // \u00XX, lower-case, for the control characters without a short form.
  std::string_view hex = s_.substr(i_ + 1, 5);
  int hi = hex.size() == 5 ? LowerHexDigit(hex[3]) : -1, lo = hex.size() == 5 ? LowerHexDigit(hex[4]) : -1;
  int code = hi * 16 + lo;
  if (!hex.starts_with("u00") || hi < 0 || lo < 0 || code >= 0x20 || code == '\b' ||
      code == '\f' || code == '\n' || code == '\r' || code == '\t') {
    ok_ = false;
    return;
  }
  out += static_cast<char>(code);
  i_ += 6;
}

// Bytes from i up to the first one a string cannot hold as it is (a quote,
// a backslash, a control character) or that starts a UTF-8 sequence,
// tested eight at a time.
size_t PlainAsciiRun(std::string_view s, size_t i) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  auto has_zero = [&](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  size_t begin = i;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    uint64_t special = (v & kHighs) | ((v - kOnes * 0x20) & ~v & kHighs) | has_zero(v ^ (kOnes * '"')) |
                       has_zero(v ^ (kOnes * '\\'));
    if (special) break;
  }
  return i - begin;
}

void Cursor::String(std::string& out) {
  out.clear();
  Expect("\"");
  size_t run = i_;  // start of the bytes not yet copied
  while (ok_ && i_ < s_.size()) {
    i_ += PlainAsciiRun(s_, i_);
    if (i_ >= s_.size()) break;
    auto c = static_cast<unsigned char>(s_[i_]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i_;
      continue;
    }
    if (c >= 0x80) {
      size_t n = Utf8SequenceAt(s_, i_);
      if (n == 0) ok_ = false;
      i_ += n;
      continue;
    }
    out.append(s_.substr(run, i_ - run));
    if (c == '"') {
      ++i_;
      return;
    }
    if (c == '\\') Escape(out);
    else ok_ = false;  // a raw control character
    run = i_;
  }
  ok_ = false;  // no closing quote
}

// The writer writes an empty string as null.
void Cursor::StringOrNull(std::string& out) {
  if (Peek("null")) {
    out.clear();
    i_ += 4;
    return;
  }
  String(out);
  if (out.empty()) ok_ = false;
}

void Cursor::Strings(std::vector<std::string>& out) {
  out.clear();
  Expect("[");
  if (Peek("]")) {
    ++i_;
    return;
  }
  for (;;) {
    out.emplace_back();
    String(out.back());
    if (!Peek(",")) break;
    ++i_;
  }
  Expect("]");
}

void Cursor::Bool(bool& out) {
  if (Peek("true")) {
    out = true;
    i_ += 4;
  } else if (Peek("false")) {
    out = false;
    i_ += 5;
  } else {
    ok_ = false;
  }
}

// A non-negative integer of at most max_digits digits, without leading zeros.
void Cursor::Digits(size_t max_digits, unsigned long long& out) {
  size_t begin = i_;
  out = 0;
  while (ok_ && i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9' && i_ - begin < max_digits + 1) {
    out = out * 10 + static_cast<unsigned>(s_[i_] - '0');
    ++i_;
  }
  size_t n = i_ - begin;
  if (n == 0 || n > max_digits || (n > 1 && s_[begin] == '0')) ok_ = false;
}

// Integers up to 18 digits are read as the writer writes them; a fraction
// or exponent is checked against the writer's own output for it.
void Cursor::Number(std::optional<Decimal>& out) {
  if (Peek("null")) {
    out.reset();
    i_ += 4;
    return;
  }
  size_t begin = i_;
  bool negative = Peek("-");
  if (negative) ++i_;
  unsigned long long magnitude = 0;
  Digits(18, magnitude);
  if (ok_ && i_ < s_.size() && (s_[i_] == '.' || s_[i_] == 'e' || s_[i_] == 'E')) return Fraction(begin, out);
  if (negative && magnitude == 0) ok_ = false;  // "-0" is written "0"
  long long v = static_cast<long long>(magnitude);
  out = Decimal::FromInt(negative ? -v : v);
}

// ClaimFromJsonLine reads a fraction as nlohmann's double (strtod), printed
// shortest and parsed as a Decimal; the token is in the writer's form when
// that print is the token and writing the Decimal gives it back.
void Cursor::Fraction(size_t begin, std::optional<Decimal>& out) {
  size_t end = s_.find_first_not_of("0123456789.eE+-", i_);
  if (end == std::string_view::npos) end = s_.size();
  std::string token(s_.substr(begin, end - begin));
  i_ = end;
  out = Decimal::Parse(DoubleToJson(std::strtod(token.c_str(), nullptr)));
  std::string written;
  ObjectWriter w(written);
  w.Number("v", out);
  w.End();
  if (!out || written != "{\"v\":" + token + "}") ok_ = false;
}

void ReadKind(Cursor& in, FigureKind& kind) {
  for (auto k : {FigureKind::kMoney, FigureKind::kPercent, FigureKind::kDate}) {
    if (in.Peek(std::string("\"") + FigureKindName(k) + "\"")) {
      kind = k;
      in.Expect(std::string("\"") + FigureKindName(k) + "\"");
      return;
    }
  }
  in.Fail();  // ClaimFromJsonLine refuses any other kind
}

void ReadPosition(Cursor& in, Claim& c) {
  unsigned long long start = 0, end = 0, line = 0, column = 0;
  in.Expect(",\"start\":");
  in.Digits(18, start);
  in.Expect(",\"end\":");
  in.Digits(18, end);
  // ClaimFromJsonLine reads a line or column beyond an int as 0.
  in.Expect(",\"line\":");
  in.Digits(9, line);
  in.Expect(",\"column\":");
  in.Digits(9, column);
  c.span = {static_cast<size_t>(start), static_cast<size_t>(end)};
  c.line = static_cast<int>(line);
  c.column = static_cast<int>(column);
}

void ReadDateValue(Cursor& in, Claim& c) {
  in.Expect(",\"value\":");
  in.StringOrNull(c.date);
  in.Expect(",\"low\":");
  in.StringOrNull(c.date_low);
  in.Expect(",\"high\":");
  in.StringOrNull(c.date_high);
  in.Expect(",\"unit\":null,\"relative\":");
  in.Bool(c.relative);
  in.Expect(",\"resolved\":");
  in.Bool(c.resolved);
  c.value.reset();
  c.low.reset();
  c.high.reset();
  c.unit.clear();
  c.unit_evidence.clear();
  c.unit_inferred = false;
}

void ReadAmount(Cursor& in, Claim& c) {
  in.Expect(",\"value\":");
  in.Number(c.value);
  in.Expect(",\"low\":");
  in.Number(c.low);
  in.Expect(",\"high\":");
  in.Number(c.high);
  in.Expect(",\"unit\":");
  in.StringOrNull(c.unit);
  c.unit_evidence.clear();
  c.unit_inferred = false;
  if (c.kind == FigureKind::kMoney) {
    in.Expect(",\"unit_evidence\":");
    in.StringOrNull(c.unit_evidence);
    in.Expect(",\"unit_inferred\":");
    in.Bool(c.unit_inferred);
  }
  c.date.clear();
  c.date_low.clear();
  c.date_high.clear();
  c.relative = c.resolved = false;
}

void ReadHorizon(Cursor& in, std::optional<Horizon>& horizon) {
  if (in.Peek("null")) {
    in.Expect("null");
    horizon.reset();
    return;
  }
  unsigned long long years = 0, years_max = 0;
  in.Expect("{\"years\":");
  in.Digits(9, years);
  in.Expect(",\"years_max\":");
  if (in.Peek("null")) {
    in.Expect("null");
  } else {
    in.Digits(9, years_max);
    if (years_max == 0) in.Fail();  // a years_max of 0 is written null
  }
  horizon.emplace();
  in.Expect(",\"text\":");
  in.String(horizon->text);
  in.Expect("}");
  horizon->years = static_cast<int>(years);
  horizon->years_max = static_cast<int>(years_max);
}

bool ReadFigure(Cursor& in, Claim& c) {
  in.Expect(",\"kind\":");
  ReadKind(in, c.kind);
  in.Expect(",\"text\":");
  in.String(c.text);
  ReadPosition(in, c);
  if (c.kind == FigureKind::kDate) ReadDateValue(in, c);
  else ReadAmount(in, c);
  return in.ok();
}

bool ReadAttribution(Cursor& in, Claim& c) {
  in.Expect(",\"subject\":");
  in.StringOrNull(c.subject);
  in.Expect(",\"subject_source\":");
  in.StringOrNull(c.subject_source);
  in.Expect(",\"holders\":");
  in.Strings(c.holders);
  in.Expect(",\"attribute\":");
  in.StringOrNull(c.attribute);
  in.Expect(",\"qualifiers\":");
  in.Strings(c.qualifiers);
  in.Expect(",\"horizon\":");
  ReadHorizon(in, c.horizon);
  in.Expect(",\"converts\":");
  in.StringOrNull(c.converts);
  in.Expect(",\"statement\":");
  in.StringOrNull(c.statement);
  in.Expect(",\"sentence\":");
  in.String(c.sentence);
  in.Expect(",\"rule\":");
  in.String(c.rule);
  in.Expect("}");
  return in.AtEnd();
}

}  // namespace

bool ReadCanonicalClaimLine(std::string_view line, Claim& c) {
  Cursor in(line);
  in.Expect("{\"id\":");
  in.String(c.id);
  in.Expect(",\"doc\":");
  in.String(c.doc);
  in.Expect(",\"lang\":");
  in.String(c.lang);
  // ClaimFromJsonLine refuses a claim without an id.
  return !c.id.empty() && ReadFigure(in, c) && ReadAttribution(in, c);
}

}  // namespace claimcheck::report
