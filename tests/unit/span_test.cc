// Tests for lib/claimcheck/span.cc: spans and the normalized -> original map.
#include "claimcheck/span.h"

#include <catch2/catch.hpp>

#include "test_printers.h"

#include <string>

namespace claimcheck {
namespace {

TEST_CASE("Span basics", "[span]") {
  Span s{2, 7};
  CHECK(s.size() == 5);
  CHECK_FALSE(s.empty());
  CHECK(Span{3, 3}.empty());
  CHECK(s.Contains(Span{2, 7}));
  CHECK(s.Contains(Span{3, 5}));
  CHECK_FALSE(s.Contains(Span{1, 5}));
  CHECK(s.Overlaps(Span{6, 9}));
  CHECK_FALSE(s.Overlaps(Span{7, 9}));  // half-open: touching is not overlapping
  CHECK(s == Span{2, 7});
}

TEST_CASE("OffsetMap without edits is the identity", "[span]") {
  OffsetMap map;
  CHECK(map.identity());
  CHECK(map.ToOriginal({0, 0}) == Span{0, 0});
  CHECK(map.ToOriginal({3, 7}) == Span{3, 7});
  CHECK(map.OriginalBegin(12) == 12);
  CHECK(map.OriginalEnd(12) == 12);
}

TEST_CASE("OffsetMap maps a replacement back to the whole original", "[span]") {
  // original "a\uFF11b" (full-width 1, 3 bytes) -> normalized "a1b"
  const std::string original = "a\xEF\xBC\x91" "b";
  OffsetMap map;
  map.AddEdit(1, 2, 1, 4);
  CHECK_FALSE(map.identity());
  struct Row {
    Span normalized;
    Span original;
  };
  const Row rows[] = {
      {{0, 1}, {0, 1}},  // "a"
      {{1, 2}, {1, 4}},  // "1" <- "\uFF11"
      {{2, 3}, {4, 5}},  // "b"
      {{0, 3}, {0, 5}},  // everything
      {{1, 3}, {1, 5}},
      {{0, 2}, {0, 4}},
  };
  for (const auto& row : rows) {
    INFO("normalized [" << row.normalized.begin << "," << row.normalized.end << ")");
    CHECK(map.ToOriginal(row.normalized) == row.original);
  }
  CHECK(original.substr(1, 3) == "\xEF\xBC\x91");
}

TEST_CASE("OffsetMap maps across a deletion", "[span]") {
  // original "ab(xy)cd" -> normalized "abcd": "(xy)" [2,6) deleted
  OffsetMap map;
  map.AddEdit(2, 2, 2, 6);
  struct Row {
    Span normalized;
    Span original;
  };
  const Row rows[] = {
      {{0, 2}, {0, 2}},  // "ab" stops before the deleted text
      {{2, 4}, {6, 8}},  // "cd" starts after it
      {{1, 3}, {1, 7}},  // "bc" takes the deleted text in
      {{0, 4}, {0, 8}},
      {{3, 4}, {7, 8}},
  };
  for (const auto& row : rows) {
    INFO("normalized [" << row.normalized.begin << "," << row.normalized.end << ")");
    CHECK(map.ToOriginal(row.normalized) == row.original);
  }
}

TEST_CASE("OffsetMap with several edits", "[span]") {
  // original "\uFF11\uFF10 \u2013 x" (3+3+1+3+1+1 = 12 bytes) -> "10 - x" (6 bytes)
  OffsetMap map;
  map.AddEdit(0, 1, 0, 3);
  map.AddEdit(1, 2, 3, 6);
  map.AddEdit(3, 4, 7, 10);
  CHECK(map.ToOriginal({0, 2}) == Span{0, 6});    // "10"
  CHECK(map.ToOriginal({2, 3}) == Span{6, 7});    // " "
  CHECK(map.ToOriginal({3, 4}) == Span{7, 10});   // "-"
  CHECK(map.ToOriginal({5, 6}) == Span{11, 12});  // "x"
  CHECK(map.ToOriginal({0, 6}) == Span{0, 12});
}

}  // namespace
}  // namespace claimcheck
