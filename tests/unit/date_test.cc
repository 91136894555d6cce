// Tests for lib/claimcheck/date.cc: civil dates, day arithmetic, ISO text.
#include "claimcheck/date.h"

#include <catch2/catch.hpp>

#include "test_printers.h"

namespace claimcheck {
namespace {

TEST_CASE("IsValidDate and DaysInMonth", "[date]") {
  CHECK(IsValidDate(2024, 2, 29));
  CHECK_FALSE(IsValidDate(2023, 2, 29));
  CHECK_FALSE(IsValidDate(1900, 2, 29));
  CHECK(IsValidDate(2000, 2, 29));
  CHECK_FALSE(IsValidDate(2025, 13, 1));
  CHECK_FALSE(IsValidDate(2025, 0, 1));
  CHECK_FALSE(IsValidDate(2025, 4, 31));
  CHECK_FALSE(IsValidDate(2025, 1, 0));
  CHECK(IsValidDate(2025, 12, 31));

  struct Row {
    int year, month, days;
  };
  const Row rows[] = {{2024, 2, 29}, {2023, 2, 28}, {1900, 2, 28}, {2000, 2, 29},
                      {2025, 1, 31}, {2025, 4, 30}, {2025, 12, 31}};
  for (const auto& row : rows) {
    INFO(row.year << "-" << row.month);
    CHECK(DaysInMonth(row.year, row.month) == row.days);
  }
}

TEST_CASE("DaysFromCivil and CivilFromDays are inverse", "[date]") {
  struct Row {
    CivilDate date;
    long days;
  };
  const Row rows[] = {
      {{1970, 1, 1}, 0}, {{1969, 12, 31}, -1}, {{2000, 3, 1}, 11017}, {{2025, 1, 24}, 20112},
  };
  for (const auto& row : rows) {
    INFO(FormatIsoDate(row.date));
    CHECK(DaysFromCivil(row.date) == row.days);
    CHECK(CivilFromDays(row.days) == row.date);
  }
}

TEST_CASE("IsoWeekday: Monday 1 .. Sunday 7", "[date]") {
  CHECK(IsoWeekday({1970, 1, 1}) == 4);
  CHECK(IsoWeekday({2025, 1, 24}) == 5);
  CHECK(IsoWeekday({2025, 1, 26}) == 7);
  CHECK(IsoWeekday({2025, 1, 27}) == 1);
}

TEST_CASE("AddDays and AddMonths", "[date]") {
  CHECK(AddDays({2024, 12, 31}, 1) == CivilDate{2025, 1, 1});
  CHECK(AddDays({2024, 3, 1}, -1) == CivilDate{2024, 2, 29});
  CHECK(AddDays({2025, 1, 26}, -3) == CivilDate{2025, 1, 23});
  CHECK(AddMonths({2025, 1, 31}, 1) == CivilDate{2025, 2, 28});
  CHECK(AddMonths({2024, 1, 31}, 1) == CivilDate{2024, 2, 29});
  CHECK(AddMonths({2025, 1, 15}, -1) == CivilDate{2024, 12, 15});
  CHECK(AddMonths({2025, 11, 30}, 3) == CivilDate{2026, 2, 28});
  CHECK(AddMonths({2025, 3, 31}, -13) == CivilDate{2024, 2, 29});
}

TEST_CASE("ParseIsoDate accepts exactly YYYY-MM-DD", "[date]") {
  CHECK(ParseIsoDate("2025-05-26") == CivilDate{2025, 5, 26});
  CHECK(ParseIsoDate("2024-02-29") == CivilDate{2024, 2, 29});
  const char* bad[] = {"2025-02-30", "2025-5-26", "2025-05-26T10", "25-05-26", "2025/05/26",
                       "abcd-ef-gh", "2025-13-01", "", "2025-05-2x"};
  for (const char* text : bad) {
    INFO("'" << text << "'");
    CHECK_FALSE(ParseIsoDate(text).has_value());
  }
}

TEST_CASE("FormatIsoDate pads with zeros", "[date]") {
  CHECK(FormatIsoDate({2025, 5, 6}) == "2025-05-06");
  CHECK(FormatIsoDate({987, 12, 31}) == "0987-12-31");
}

}  // namespace
}  // namespace claimcheck
