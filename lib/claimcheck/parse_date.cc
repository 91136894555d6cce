#include "claimcheck/parse_date.h"

#include <fmt/format.h>

#include <algorithm>

#include "claimcheck/normalize.h"
#include "claimcheck/parse_number.h"

namespace claimcheck {
namespace {

std::optional<int> ToInt(const std::optional<Decimal>& d) {
  if (!d || !d->FitsInt64() || *d > Decimal::FromInt(100000)) return std::nullopt;
  return static_cast<int>(d->ToInt64());
}

std::optional<int> LookupInt(const LanguageRules& lang, const char* table, std::string_view text) {
  std::string key = FoldCase(text);
  while (!key.empty() && (key.back() == '.' || key.back() == ' ')) key.pop_back();
  for (std::string k : {FoldCase(text), key}) {
    if (auto v = lang.Lookup(table, k)) return std::stoi(*v);
  }
  return std::nullopt;
}

// A day or month number written as digits ("21", "21.", "21st", "1er"), an
// ordinal word or number words.
std::optional<int> ReadSmallNumber(const LanguageRules& lang, std::string_view text) {
  if (auto v = LookupInt(lang, "ordinals", text)) return v;
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  std::string_view suffix = text.substr(digits);
  bool ordinal_suffix = suffix == "." || (!suffix.empty() && std::all_of(suffix.begin(), suffix.end(), [](char c) {
                          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                        }));
  if (digits > 0 && digits <= 2 && (suffix.empty() || ordinal_suffix)) return ToInt(Decimal::Parse(text.substr(0, digits)));
  std::string trimmed(text);
  while (!trimmed.empty() && (trimmed.back() == '.' || trimmed.back() == ' ')) trimmed.pop_back();
  return ToInt(ParseNumber(trimmed, lang));
}

std::optional<int> ReadMonth(const LanguageRules& lang, std::string_view text) {
  if (auto v = LookupInt(lang, "months", text)) return v;
  return ReadSmallNumber(lang, text);
}

// A year in words: "two thousand and five", or spoken in two halves,
// "nineteen ninety six" = 19|96.
std::optional<int> ReadSpokenYear(const LanguageRules& lang, std::string_view text) {
  auto whole = ToInt(ParseNumberWords(text, lang));
  if (whole && *whole >= 1000) return whole;
  for (size_t split = text.find(' '); split != std::string_view::npos; split = text.find(' ', split + 1)) {
    auto century = ToInt(ParseNumberWords(text.substr(0, split), lang));
    auto rest = ToInt(ParseNumberWords(text.substr(split + 1), lang));
    if (century && rest && *century >= 10 && *century <= 29 && *rest < 100) return *century * 100 + *rest;
  }
  return whole;
}

// Years: "2025", "89" (two digits: 1950-2049), "二零一七" (Han digits one by one).
// A two-digit year ("03/18/40", "3-7-27") in the window most software uses
// (Windows, .NET, spreadsheets): 00-29 are 20xx, 30-99 19xx.
int CenturyOf(int two_digits) { return two_digits < 30 ? 2000 + two_digits : 1900 + two_digits; }

std::optional<int> ReadYear(const LanguageRules& lang, std::string_view text) {
  bool ascii = !text.empty() && static_cast<unsigned char>(text[0]) < 0x80;
  bool arabic = ascii && text[0] >= '0' && text[0] <= '9';
  if (arabic) {
    auto y = ToInt(ParseNumber(text, lang));
    if (y && text.size() == 2) return CenturyOf(*y);
    return y;
  }
  if (ascii) return ReadSpokenYear(lang, text);
  const Table* words = lang.FindTable("number_words");
  if (!words) return std::nullopt;
  // "二零一七" is read digit by digit; "两千零四" is a number.
  auto digits = SplitIntoWords(FoldCase(text), *words, nullptr);
  if (!digits || digits->size() != 4) return ToInt(ParseNumberWords(text, lang));
  int year = 0;
  for (const auto& d : *digits) {
    auto v = Decimal::Parse(words->entries.at(d).substr(0, words->entries.at(d).find(' ')));
    if (!v || *v >= Decimal::FromInt(10)) return ToInt(ParseNumberWords(text, lang));
    year = year * 10 + static_cast<int>(v->ToInt64());
  }
  return year;
}

struct Parts {
  std::optional<int> year, month, day;
};

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
CivilDate EasterSunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return {y, month, day};
}

// A holiday's date in a year: "12-25" (fixed) or "easter+1" (moveable).
std::optional<CivilDate> HolidayIn(const std::string& spec, int year) {
  if (spec.starts_with("easter")) {
    int offset = spec.size() > 6 ? std::stoi(spec.substr(6)) : 0;
    return AddDays(EasterSunday(year), offset);
  }
  if (spec.size() != 5 || spec[2] != '-') return std::nullopt;
  int month = std::stoi(spec.substr(0, 2)), day = std::stoi(spec.substr(3, 2));
  if (!IsValidDate(year, month, day)) return std::nullopt;
  return CivilDate{year, month, day};
}

std::string FormatParts(const Parts& p);
void CompleteRange(Parts& start, Parts& end);
void Anchor(Parts& p, const CivilDate& anchor, std::optional<int> year_offset);

class DateReader {
 public:
  DateReader(std::string_view text, const Mention& m, const LanguageRules& lang, const std::optional<CivilDate>& anchor)
      : text_(text), m_(m), lang_(lang), anchor_(anchor) {}

  std::optional<Figure> Read();

 private:
  std::string_view G(const char* name) const { return m_.Group(text_, name); }
  bool Has(const char* name) const { return m_.Has(name); }
  int Direction() const {
    if (!Has("dir")) return 0;
    return LookupInt(lang_, "directions", G("dir")).value_or(0);
  }
  std::optional<Parts> ReadParts(const char* y, const char* mo, const char* d);
  bool ReadRelative(Figure& f);
  bool ReadAbsolute(Figure& f);
  bool ReadQuarter(const Parts& start, Figure& f);
  bool ReadHoliday(Figure& f);
  bool ShiftByCount(Figure& f);
  bool ReadPeriod(Figure& f, const std::string& unit, int count, int dir);
  void SetResolved(Figure& f, const CivilDate& d) {
    f.date = FormatIsoDate(d);
    f.relative = true;
    f.resolved = true;
  }

  std::string_view text_;
  const Mention& m_;
  const LanguageRules& lang_;
  std::optional<CivilDate> anchor_;
};

std::optional<Parts> DateReader::ReadParts(const char* y, const char* mo, const char* d) {
  Parts p;
  if (Has(y) && !(p.year = ReadYear(lang_, G(y)))) return std::nullopt;
  if (Has(mo) && !(p.month = ReadMonth(lang_, G(mo)))) return std::nullopt;
  if (Has(d) && !(p.day = ReadSmallNumber(lang_, G(d)))) return std::nullopt;
  if (p.month && (*p.month < 1 || *p.month > 12)) return std::nullopt;
  if (p.day && (*p.day < 1 || *p.day > 31)) return std::nullopt;
  if (p.year && (*p.year < 1000 || *p.year > 2999)) return std::nullopt;
  return p;
}

bool DateReader::ReadRelative(Figure& f) {
  f.relative = true;
  std::string unit = Has("unit") ? lang_.Lookup("date_units", FoldCase(G("unit"))).value_or("") : "";
  if (!anchor_) return true;  // stays relative and unresolved
  const CivilDate& a = *anchor_;
  if (Has("reld")) {
    auto offset = LookupInt(lang_, "relative_days", G("reld"));
    if (!offset) return false;
    SetResolved(f, AddDays(a, *offset));
    return true;
  }
  int dir = Direction();
  if (Has("weekday")) {
    auto wd = LookupInt(lang_, "weekdays", G("weekday"));
    if (!wd) return false;
    // "this/next/last Friday" and "Friday next week": that weekday in the
    // current, next or last ISO week. A bare "Friday": the latest one on or
    // before the anchor, as news reports what happened.
    long delta = *wd - IsoWeekday(a);
    int toward = Has("toward") ? LookupInt(lang_, "directions", G("toward")).value_or(0) : 0;
    if (toward > 0) delta = delta <= 0 ? delta + 7 : delta;  // "upcoming Friday": the next one after
    else if (toward < 0) delta = delta >= 0 ? delta - 7 : delta;  // "this past Friday": the last before
    else if (Has("dir") || Has("toward")) delta += 7L * dir;  // "diesen Freitag": this week's
    else if (delta > 0) delta -= 7;
    SetResolved(f, AddDays(a, delta));
    return true;
  }
  // "a month ago", "in a week": one unit away from the anchor, to the day,
  // as a count would be; without it "next month" is the calendar month.
  bool counted = Has("count") || Has("shift");
  int count = 1;
  if (Has("shift") && dir == 0) dir = 1;
  if (Has("count")) {
    auto c = ToInt(ParseNumber(G("count"), lang_));
    if (!c) return false;
    count = *c;
    if (dir == 0) dir = 1;
  }
  if (Has("period")) return count > 0 && ReadPeriod(f, unit, count, dir);
  int n = count * dir;
  if (unit == "quarter" && !counted) {
    // "last quarter": the whole calendar quarter.
    CivilDate first = AddMonths(CivilDate{a.year, (a.month - 1) / 3 * 3 + 1, 1}, 3 * n);
    f.relative = true;
    f.resolved = true;
    f.date = fmt::format("{:04}-Q{}", first.year, (first.month - 1) / 3 + 1);
    CivilDate last = AddMonths(first, 2);
    f.date_range = std::make_unique<DateRange>(
        FormatIsoDate(first), FormatIsoDate(CivilDate{last.year, last.month, DaysInMonth(last.year, last.month)}));
    return true;
  }
  if (unit == "week" && !counted) {
    // "nächste Woche": the whole week, Monday to Sunday.
    CivilDate monday = AddDays(a, 7L * n - (IsoWeekday(a) - 1));
    SetResolved(f, monday);
    f.date_range = std::make_unique<DateRange>(f.date, FormatIsoDate(AddDays(monday, 6)));
    return true;
  }
  if (unit == "day") SetResolved(f, AddDays(a, n));
  else if (unit == "week") SetResolved(f, AddDays(a, 7L * n));
  else if (unit == "month" && counted) SetResolved(f, AddMonths(a, n));
  else if (unit == "year" && counted) SetResolved(f, AddMonths(a, 12 * n));
  else if (unit == "month") {
    CivilDate d = AddMonths(a, n);
    f.date = fmt::format("{:04}-{:02}", d.year, d.month);
    f.resolved = true;
  } else if (unit == "year") {
    f.date = fmt::format("{:04}", a.year + n);
    f.resolved = true;
  } else {
    return false;
  }
  return true;
}

// ISO 8601 for what is known: "2025-05-26", "2025-05", "2025", "--05-26"
// (no year), "--05" (month only), "---26" (day only); "" for an impossible date.
std::string FormatParts(const Parts& p) {
  if (p.year && p.month && p.day) {
    if (!IsValidDate(*p.year, *p.month, *p.day)) return "";
    return fmt::format("{:04}-{:02}-{:02}", *p.year, *p.month, *p.day);
  }
  if (p.month && p.day && *p.day > DaysInMonth(2000, *p.month)) return "";
  if (p.year && p.month) return fmt::format("{:04}-{:02}", *p.year, *p.month);
  if (p.year && !p.day) return fmt::format("{:04}", *p.year);
  if (p.month && p.day) return fmt::format("--{:02}-{:02}", *p.month, *p.day);
  if (p.month) return fmt::format("--{:02}", *p.month);
  if (p.day && !p.year) return fmt::format("---{:02}", *p.day);
  return "";
}

// "vom 4. bis 23. Mai 2016": each end takes what it lacks from the other; a
// start month after the end month lies in the year before.
void CompleteRange(Parts& start, Parts& end) {
  if (end.day && !end.month) end.month = start.month;
  if (start.day && !start.month) start.month = end.month;
  if (!end.year) end.year = start.year;
  if (!start.year && end.year) {
    start.year = end.year;
    if (start.month && end.month && *start.month > *end.month) start.year = *start.year - 1;
  }
}

// Days from the anchor to the (middle of the) date parts p, in year y.
long DistanceInYear(const Parts& p, int year, const CivilDate& anchor) {
  int day = p.day ? std::min(*p.day, DaysInMonth(year, *p.month)) : 15;
  long d = DaysFromCivil(CivilDate{year, *p.month, day}) - DaysFromCivil(anchor);
  return d < 0 ? -d : d;
}

// A date without a year ("2. Mai", "Dec 5", "le 27") takes the year that
// puts it nearest to the anchor (a day alone also takes the anchor's month),
// or the year "去年"/"last year" points to. A day that year does not have
// (29 February) stays without a year.
void Anchor(Parts& p, const CivilDate& anchor, std::optional<int> year_offset) {
  if (p.year || !(p.month || p.day)) return;
  Parts anchored = p;
  if (anchored.day && !anchored.month) anchored.month = anchor.month;
  int year = anchor.year;
  if (year_offset) {
    year += *year_offset;
  } else if (p.month) {
    for (int y : {anchor.year - 1, anchor.year + 1}) {
      if (DistanceInYear(anchored, y, anchor) < DistanceInYear(anchored, year, anchor)) year = y;
    }
  }
  anchored.year = year;
  if (anchored.day && !IsValidDate(*anchored.year, *anchored.month, *anchored.day)) return;
  p = anchored;
}

bool DateReader::ReadQuarter(const Parts& start, Figure& f) {
  auto q = ReadSmallNumber(lang_, G("quarter"));
  std::optional<int> year = start.year;
  if (!year && anchor_) year = anchor_->year;
  if (!q || *q < 1 || *q > 4 || !year) return false;
  f.date_range = std::make_unique<DateRange>(fmt::format("{:04}-{:02}-01", *year, 3 * *q - 2),
                                             FormatIsoDate(CivilDate{*year, 3 * *q, DaysInMonth(*year, 3 * *q)}));
  f.date = fmt::format("{:04}-Q{}", *year, *q);
  f.relative = !start.year;
  f.resolved = f.relative;
  return true;
}

bool DateReader::ReadAbsolute(Figure& f) {
  auto start = ReadParts("year", "month", "day");
  if (!start) return false;
  if (Has("quarter")) return ReadQuarter(*start, f);
  std::optional<Parts> end;
  if (Has("day2") || Has("month2") || Has("year2")) {
    end = ReadParts("year2", "month2", "day2");
    if (!end) return false;
    CompleteRange(*start, *end);
  }
  f.relative = !start->year && !(end && end->year);
  // "the 20th of next month", "am 3. nächsten Monats": the month is the anchor's, moved.
  if (f.relative && anchor_ && start->day && !start->month && Has("dir") && !Has("count") &&
      lang_.Lookup("date_units", FoldCase(G("unit"))).value_or("") == "month") {
    CivilDate month = AddMonths(CivilDate{anchor_->year, anchor_->month, 1}, Direction());
    start->month = month.month;
    start->year = month.year;
  }
  if (f.relative && anchor_) {
    // "去年6月7日", "im nächsten Jahr am 3. Mai": a year given as a direction.
    bool year_dir = Has("dir") && !Has("count") && lang_.Lookup("date_units", FoldCase(G("unit"))).value_or("") == "year";
    std::optional<int> offset;
    if (year_dir) offset = Direction();
    Anchor(*start, *anchor_, offset);
    if (end && start->year) {
      // The end lies in the start's year, or the next one if it comes earlier.
      end->year = start->year;
      if (end->month && start->month && *end->month < *start->month) end->year = *end->year + 1;
    }
    f.resolved = start->year.has_value();
  }
  f.date = FormatParts(*start);
  if (end) {
    f.date_range = std::make_unique<DateRange>(f.date, FormatParts(*end));
    if (f.date_range->high.empty()) return false;
  }
  return !f.date.empty();
}

// Moves a full date by count x unit in the direction of dir (default later).
bool DateReader::ShiftByCount(Figure& f) {
  auto base = ParseIsoDate(f.date);
  auto count = ToInt(ParseNumber(G("count"), lang_));
  std::string unit = lang_.Lookup("date_units", FoldCase(G("unit"))).value_or("");
  if (!count) return false;
  if (!base) return f.date.empty();  // an unresolved base stays unresolved; a partial one cannot move
  int n = *count * (Direction() < 0 ? -1 : 1);
  CivilDate moved;
  if (unit == "day") moved = AddDays(*base, n);
  else if (unit == "week") moved = AddDays(*base, 7L * n);
  else if (unit == "month") moved = AddMonths(*base, n);
  else if (unit == "year") moved = AddMonths(*base, 12 * n);
  else return false;
  f.date = FormatIsoDate(moved);
  f.date_range.reset();
  return true;
}

// "the next 3 days", "die letzten zwei Wochen", "last 2 quarters": the period
// between the anchor and count units away, not including the anchor's day.
bool DateReader::ReadPeriod(Figure& f, const std::string& unit, int count, int dir) {
  const CivilDate& a = *anchor_;
  CivilDate low, high;
  if (unit == "quarter") {
    CivilDate current{a.year, (a.month - 1) / 3 * 3 + 1, 1};
    CivilDate first = AddMonths(current, dir > 0 ? 3 : -3 * count);
    CivilDate last_month = AddMonths(first, 3 * count - 1);
    low = first;
    high = CivilDate{last_month.year, last_month.month, DaysInMonth(last_month.year, last_month.month)};
  } else {
    auto step = [&](int k) {
      if (unit == "day") return AddDays(a, k);
      if (unit == "week") return AddDays(a, 7L * k);
      if (unit == "month") return AddMonths(a, k);
      return AddMonths(a, 12 * k);
    };
    if (unit != "day" && unit != "week" && unit != "month" && unit != "year") return false;
    low = dir > 0 ? AddDays(a, 1) : step(-count);
    high = dir > 0 ? step(count) : AddDays(a, -1);
  }
  f.relative = f.resolved = true;
  f.date = FormatIsoDate(low);
  f.date_range = std::make_unique<DateRange>(f.date, FormatIsoDate(high));
  return true;
}

// "Ostern 2025", "Weihnachten", "Pfingsten im nächsten Jahr": the year is
// written, or next/last year, or the anchor's; without any, a fixed holiday
// is "--MM-DD" and a moveable one has no date.
bool DateReader::ReadHoliday(Figure& f) {
  std::string spec = lang_.Lookup("holidays", FoldCase(G("holiday"))).value_or("");
  f.relative = !Has("year");
  std::optional<int> year;
  if (Has("year")) year = ReadYear(lang_, G("year"));
  // "Pfingsten im nächsten Jahr": the year is the anchor's, moved.
  bool year_dir = Has("dir") && !Has("count") && lang_.Lookup("date_units", FoldCase(G("unit"))).value_or("") == "year";
  if (year_dir && anchor_) year = anchor_->year + Direction();
  if (Has("year") || year_dir) {
    auto d = year ? HolidayIn(spec, *year) : std::nullopt;
    if (!d) return false;
    f.date = FormatIsoDate(*d);
    f.resolved = f.relative;
    return true;
  }
  if (!anchor_) {
    if (spec.starts_with("easter")) return false;
    f.date = "--" + spec;
    return spec.size() == 5;
  }
  // "next Easter": the first after the anchor; "last Christmas": the last
  // before it; no direction: the nearest one.
  std::optional<CivilDate> best;
  long anchor_day = DaysFromCivil(*anchor_);
  // With a count, dir moves the holiday ("2 weeks before Christmas"); it does not pick one.
  int dir = Has("count") ? 0 : Direction();
  bool dir_given = Has("dir") && !Has("count");
  for (int y = anchor_->year - 1; y <= anchor_->year + 1; ++y) {
    auto d = HolidayIn(spec, y);
    if (!d) continue;
    long delta = DaysFromCivil(*d) - anchor_day;
    bool fits = !dir_given || (dir > 0 ? delta > 0 : dir < 0 ? delta < 0 : d->year == anchor_->year);
    long best_delta = best ? DaysFromCivil(*best) - anchor_day : 0;
    bool nearer = !best || (dir > 0 ? delta < best_delta
                            : dir < 0 ? delta > best_delta
                                      : std::labs(delta) < std::labs(best_delta));
    if (fits && nearer) best = d;
  }
  if (!best) return false;
  f.date = FormatIsoDate(*best);
  f.resolved = true;
  return true;
}

std::optional<Figure> DateReader::Read() {
  Figure f;
  f.kind = FigureKind::kDate;
  f.span = m_.span;
  f.rule = m_.rule;
  bool absolute = Has("day") || Has("month") || Has("year") || Has("quarter");
  bool ok = Has("holiday") ? ReadHoliday(f) : absolute ? ReadAbsolute(f) : ReadRelative(f);
  if (!ok) return std::nullopt;
  // "zwei Wochen vor Weihnachten", "16 days from 01/02/2018", "three weeks
  // from tomorrow": count + unit + dir move a date the text names.
  bool named_base = Has("holiday") || absolute || Has("reld");
  if (named_base && Has("count") && !ShiftByCount(f)) return std::nullopt;
  return f;
}

}  // namespace

std::optional<Figure> ParseDate(std::string_view text, const Mention& mention, const LanguageRules& lang,
                                const std::optional<CivilDate>& anchor) {
  return DateReader(text, mention, lang, anchor).Read();
}

}  // namespace claimcheck
