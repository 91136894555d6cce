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

namespace claimcheck {
namespace {

std::vector<std::string> PieceTexts(std::string_view text, size_t max_bytes) {
  std::vector<std::string> out;
  size_t next = 0;
  for (Span p : Pieces(text, max_bytes)) {
    CHECK(p.begin == next);  // the pieces cover the text, in order
    CHECK(p.size() >= 1);
    next = p.end;
    out.emplace_back(text.substr(p.begin, p.size()));
  }
  CHECK(next == text.size());
  return out;
}

}  // namespace

TEST_CASE("segment: text that fits is one piece", "[segment]") {
  CHECK(PieceTexts("Eins. Zwei.", 64) == std::vector<std::string>{"Eins. Zwei."});
  CHECK(PieceTexts("", 64).empty());
}

TEST_CASE("segment: a piece ends after a line, else a sentence, else a word", "[segment]") {
  CHECK(PieceTexts("Eins. Zwei\nDrei vier", 16) == std::vector<std::string>{"Eins. Zwei\n", "Drei vier"});
  CHECK(PieceTexts("Eins zwei. Drei vier", 16) == std::vector<std::string>{"Eins zwei. ", "Drei vier"});
  CHECK(PieceTexts("\xE6\x8A\x95\xE8\xB5\x84\xE3\x80\x82\xE5\xBC\x80\xE5\xB7\xA5", 12) ==
        std::vector<std::string>{"\xE6\x8A\x95\xE8\xB5\x84\xE3\x80\x82", "\xE5\xBC\x80\xE5\xB7\xA5"});  // 投资。开工
  CHECK(PieceTexts("eins zwei drei", 8) == std::vector<std::string>{"eins ", "zwei ", "drei"});
}

TEST_CASE("segment: a piece never ends inside a code point", "[segment]") {
  // Five three-byte characters and no break: cut at code points.
  std::string han = "\xE6\x8A\x95\xE8\xB5\x84\xE5\xBC\x80\xE5\xB7\xA5\xE4\xBA\x86";
  CHECK(PieceTexts(han, 7) == std::vector<std::string>{han.substr(0, 6), han.substr(6, 6), han.substr(12)});
  // A code point longer than a piece is a piece of its own.
  CHECK(PieceTexts(han.substr(0, 6), 1) == std::vector<std::string>{han.substr(0, 3), han.substr(3, 3)});
}

}  // namespace claimcheck
