// Calendar dates without time zones: the value type of date claims and of
// the anchor that relative dates resolve against.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

struct CivilDate {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const CivilDate&) const = default;
};

bool IsValidDate(int year, int month, int day);
int DaysInMonth(int year, int month);
// Days since 1970-01-01 and back; proleptic Gregorian.
long DaysFromCivil(const CivilDate& d);
CivilDate CivilFromDays(long days);
// 1 = Monday ... 7 = Sunday (ISO 8601).
int IsoWeekday(const CivilDate& d);
CivilDate AddDays(const CivilDate& d, long days);
// Adds months, clamping the day to the target month's length.
CivilDate AddMonths(const CivilDate& d, int months);
// "YYYY-MM-DD"; nullopt unless the text is exactly a valid date.
std::optional<CivilDate> ParseIsoDate(std::string_view text);
std::string FormatIsoDate(const CivilDate& d);

}  // namespace claimcheck
