// Stage segment alone: the sentence ICU finds around a span, and the
// ordinal stops before a month name that end no sentence.
#include <catch2/catch.hpp>

#include <string>

#include "claimcheck/segment.h"

namespace claimcheck {
namespace {

std::string SentenceOf(SentenceFinder& finder, std::string_view text, std::string_view figure) {
  size_t at = text.find(figure);
  REQUIRE(at != std::string_view::npos);
  Span s = finder.SentenceAt(text, {at, at + figure.size()});
  return std::string(text.substr(s.begin, s.size()));
}

}  // namespace

TEST_CASE("segment: the sentence around a figure", "[segment]") {
  SentenceFinder finder("en");
  std::string_view text = "Stargate grows. It will cost $500 billion. Shares rose.";
  CHECK(SentenceOf(finder, text, "$500 billion") == "It will cost $500 billion.");
}

TEST_CASE("segment: \"dem 8. Oktober\" ends no sentence where months are known", "[segment]") {
  std::string_view text =
      "Das Projekt wurde am Mittwoch, dem 8. Oktober 2025, vorgestellt und kostet 140 Milliarden Euro. Mehr folgt.";
  SentenceFinder plain("de");
  CHECK(SentenceOf(plain, text, "140 Milliarden Euro").starts_with("Oktober 2025"));
  SentenceFinder with_months("de", {"oktober"});
  CHECK(SentenceOf(with_months, text, "140 Milliarden Euro") ==
        "Das Projekt wurde am Mittwoch, dem 8. Oktober 2025, vorgestellt und kostet 140 Milliarden Euro.");
  CHECK(SentenceOf(with_months, text, "Mittwoch") ==
        "Das Projekt wurde am Mittwoch, dem 8. Oktober 2025, vorgestellt und kostet 140 Milliarden Euro.");
  // A year is no ordinal, and a stop before any other word still ends a sentence.
  std::string_view years = "Der Umsatz stieg im Jahr 2025. Oktober war stark. Er lag bei 8. Danach 5 Prozent.";
  CHECK(SentenceOf(with_months, years, "5 Prozent") == "Danach 5 Prozent.");
  CHECK(SentenceOf(with_months, years, "war stark") == "Oktober war stark.");
}

}  // namespace claimcheck
