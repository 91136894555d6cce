// Tests for lib/claimcheck/extract.cc: the whole pipeline on short German
// texts with the embedded rules and a pinned Context.
#include "claimcheck/extract.h"

#include <catch2/catch.hpp>

#include "test_printers.h"

#include <string>
#include <vector>

#include "test_rules.h"

namespace claimcheck {
namespace {

Decimal D(const char* text) { return *Decimal::Parse(text); }

std::vector<Claim> ExtractGerman(const std::string& text, std::optional<CivilDate> anchor = std::nullopt) {
  Document doc{"test.txt", text, {}, {}};
  Context context;
  context.language = "de";
  context.anchor_date = anchor;
  auto result = Extract(doc, testing::EmbeddedRuleSet(), context);
  if (!result.ok()) {
    for (const auto& e : result.errors()) UNSCOPED_INFO(e.ToString());
  }
  REQUIRE(result.ok());
  CHECK(result.value().language == "de");
  return result.value().claims;
}

// Every claim's text is exactly the original bytes its span names.
void CheckSpans(const std::string& text, const std::vector<Claim>& claims) {
  for (const auto& c : claims) {
    INFO("claim '" << c.text << "' [" << c.span.begin << ", " << c.span.end << ")");
    REQUIRE(c.span.end <= text.size());
    CHECK(text.substr(c.span.begin, c.span.size()) == c.text);
  }
}

std::string Texts(const std::vector<Claim>& claims) {
  std::string out;
  for (const auto& c : claims) out += "'" + c.text + "' (" + FigureKindName(c.kind) + ", " + c.rule + ")\n";
  return out;
}

TEST_CASE("Extract: money with a scale word and a currency", "[extract]") {
  struct Row {
    std::string text;       // a sentence
    std::string claim;      // the claim's text
    const char* value;
    std::string unit;
  };
  const std::vector<Row> rows = {
      {"Das kostet 500 Billionen US-Dollar.", "500 Billionen US-Dollar", "5e14", "USD"},
      {"OpenAI plant Ausgaben von 1,4 Billionen Dollar.", "1,4 Billionen Dollar", "1.4e12", "USD"},
      {"Das sind umgerechnet 1,22 Billionen Euro.", "1,22 Billionen Euro", "1.22e12", "EUR"},
      {"Stargate soll 500 Milliarden US-Dollar investieren.", "500 Milliarden US-Dollar", "5e11", "USD"},
      {"Die Summe betr\xC3\xA4gt 4,5 Mrd. Euro.", "4,5 Mrd. Euro", "4.5e9", "EUR"},
      {"Der Kaufpreis lag bei 1.000.000,50 Euro.", "1.000.000,50 Euro", "1000000.5", "EUR"},
      // Cents need their unit: "einen" after "Euro" is an article, not one cent.
      {"Ein Kapitaleinsatz von 1.000 Euro einen Zinskupon.", "1.000 Euro", "1000", "EUR"},
      {"Es kostet zwei Euro und f\xC3\xBCnfzig Cent.", "zwei Euro und f\xC3\xBCnfzig Cent", "2.5", "EUR"},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    auto claims = ExtractGerman(row.text);
    INFO(Texts(claims));
    CheckSpans(row.text, claims);
    REQUIRE(claims.size() == 1);
    const Claim& c = claims[0];
    CHECK(c.kind == FigureKind::kMoney);
    CHECK(c.text == row.claim);
    CHECK(row.text.substr(c.span.begin, c.span.size()) == row.claim);
    CHECK(c.value == D(row.value));
    CHECK(c.unit == row.unit);
    CHECK(c.doc == "test.txt");
    CHECK(c.lang == "de");
    CHECK(c.rule.rfind("de.", 0) == 0);
  }
}

// The units of a text's money claims, in order.
std::vector<std::string> Units(const std::vector<Claim>& claims) {
  std::vector<std::string> out;
  for (const auto& c : claims) {
    if (c.kind == FigureKind::kMoney) out.push_back(c.unit);
  }
  return out;
}

TEST_CASE("Extract: a currency word alone means the currency of that word the document names in full", "[extract]") {
  using V = std::vector<std::string>;
  // "Kronen" alone is SEK by default; here the story names Danish crowns.
  auto claims = ExtractGerman("Frostvik hatte einen Umsatz von 14,8 Milliarden d\xC3\xA4nischen Kronen und ein Ergebnis "
                              "von 1,9 Milliarden Kronen.");
  INFO(Texts(claims));
  CHECK(Units(claims) == V{"DKK", "DKK"});
  REQUIRE(claims.size() == 2);
  CHECK(claims[1].unit_evidence == "'Kronen' read as DKK, the currency of that word the document names in full");
  // Two kinds of crowns named: the bare word keeps its default.
  CHECK(Units(ExtractGerman("Das Werk kostet 3 Milliarden d\xC3\xA4nische Kronen und 2 Milliarden norwegische Kronen. "
                            "Der Staat gibt 1 Milliarde Kronen.")) == V{"DKK", "NOK", "SEK"});
  // A conversion pair stays in its two currencies; the one around it follows.
  CHECK(Units(ExtractGerman("Das Werk kostet 20 Milliarden d\xC3\xA4nische Kronen. Der Staat gibt 3 Milliarden Kronen "
                            "(400 Millionen Euro).")) == V{"DKK", "DKK", "EUR"});
  // A dollar alone stays the US dollar beside a local one.
  CHECK(Units(ExtractGerman("Der Campus in Hongkong kostet 2,6 Milliarden Dollar. Die Stadt gibt 3 Milliarden "
                            "Hongkong-Dollar.")) == V{"USD", "HKD"});
}

TEST_CASE("Extract: \"eine halbe Billion Dollar\" is 5e11 USD", "[extract]") {
  const std::string text = "Das Ausma\xC3\x9F der Investition, eine halbe Billion Dollar, ist gewaltig.";
  auto claims = ExtractGerman(text);
  INFO(Texts(claims));
  CheckSpans(text, claims);
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].text == "eine halbe Billion Dollar");
  CHECK(claims[0].value == D("5e11"));
  CHECK(claims[0].unit == "USD");
}

TEST_CASE("Extract: a range keeps low and high", "[extract]") {
  const std::string text = "Foxconn rechnet mit 1,7 bis 2,6 Milliarden Euro im Jahr.";
  auto claims = ExtractGerman(text);
  INFO(Texts(claims));
  CheckSpans(text, claims);
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].text == "1,7 bis 2,6 Milliarden Euro");
  CHECK_FALSE(claims[0].value.has_value());
  CHECK(claims[0].low == D("1.7e9"));
  CHECK(claims[0].high == D("2.6e9"));
  CHECK(claims[0].unit == "EUR");
}

TEST_CASE("Extract: spans point into the original bytes after normalization", "[extract]") {
  // An en dash and typographic quotes are normalized; the claim still names
  // the original bytes, and line/column count code points.
  const std::string text = "\xE2\x80\x9E" "Stargate\xE2\x80\x9C:\n\xC3\x9C" "ber 2\xE2\x80\x93" "3 Milliarden Dollar j\xC3\xA4hrlich.";
  auto claims = ExtractGerman(text);
  INFO(Texts(claims));
  CheckSpans(text, claims);
  REQUIRE(claims.size() == 1);
  const Claim& c = claims[0];
  CHECK(c.text == "2\xE2\x80\x93" "3 Milliarden Dollar");
  CHECK(c.span == Span{22, 45});
  CHECK(c.line == 2);
  CHECK(c.column == 6);
  CHECK(c.low == D("2e9"));
  CHECK(c.high == D("3e9"));
  CHECK(c.unit == "USD");
}

TEST_CASE("Extract: a relative date resolves against Context.anchor_date", "[extract]") {
  const std::string text = "Das Unternehmen gab die Investition am Freitag bekannt.";
  auto claims = ExtractGerman(text, CivilDate{2025, 1, 26});
  INFO(Texts(claims));
  CheckSpans(text, claims);
  REQUIRE(claims.size() == 1);
  const Claim& c = claims[0];
  CHECK(c.kind == FigureKind::kDate);
  CHECK(c.text == "am Freitag");
  CHECK(c.date == "2025-01-24");
  CHECK(c.relative);
  CHECK(c.resolved);

  SECTION("another anchor gives another date") {
    auto later = ExtractGerman(text, CivilDate{2025, 2, 3});
    REQUIRE(later.size() == 1);
    CHECK(later[0].date == "2025-01-31");
  }
  SECTION("without an anchor the date stays unresolved") {
    auto unanchored = ExtractGerman(text);
    REQUIRE(unanchored.size() == 1);
    CHECK(unanchored[0].relative);
    CHECK_FALSE(unanchored[0].resolved);
  }
}

TEST_CASE("Extract: relative date rows", "[extract]") {
  struct Row {
    std::string text;
    std::string claim;
    std::string date;
  };
  const CivilDate anchor{2025, 1, 26};
  const std::vector<Row> rows = {
      {"Das wurde gestern bekannt.", "gestern", "2025-01-25"},
      {"Das geschah vor 3 Tagen in Berlin.", "vor 3 Tagen", "2025-01-23"},
      {"Die Zahlen kommen n\xC3\xA4" "chsten Monat.", "n\xC3\xA4" "chsten Monat", "2025-02"},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    auto claims = ExtractGerman(row.text, anchor);
    INFO(Texts(claims));
    CheckSpans(row.text, claims);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].kind == FigureKind::kDate);
    CHECK(claims[0].text == row.claim);
    CHECK(claims[0].date == row.date);
    CHECK(claims[0].relative);
  }
}

TEST_CASE("Extract: absolute dates", "[extract]") {
  const std::string text = "Am 21. Januar 2025 wurde Stargate vorgestellt.";
  auto claims = ExtractGerman(text, CivilDate{2025, 5, 26});
  INFO(Texts(claims));
  CheckSpans(text, claims);
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].kind == FigureKind::kDate);
  CHECK(claims[0].date == "2025-01-21");
  CHECK_FALSE(claims[0].relative);
}

TEST_CASE("Extract: counts, versions and model names give no claim", "[extract]") {
  const std::string rows[] = {
      "Stargate w\xC3\xBCrde mehr als 100.000 Arbeitspl\xC3\xA4tze schaffen.",
      "Der Rapper ist mit 90.000 Aufrufen ein Hit.",
      "Die Stadt hat 100.000 Einwohner.",
      "KI-Modelle wie GPT-4 ben\xC3\xB6tigen viel Strom.",
      "Das Video hatte 3 Millionen Aufrufe.",
      "Die Version 3.5 ist da.",
  };
  for (const auto& text : rows) {
    INFO(text);
    auto claims = ExtractGerman(text, CivilDate{2025, 1, 24});
    INFO(Texts(claims));
    CHECK(claims.empty());
  }
}

TEST_CASE("Extract: claims come in document order with unique ids", "[extract]") {
  const std::string text =
      "Zuerst flossen 100 Milliarden US-Dollar. Sp\xC3\xA4ter sollen es 500 Milliarden US-Dollar sein.";
  auto claims = ExtractGerman(text);
  INFO(Texts(claims));
  CheckSpans(text, claims);
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].value == D("1e11"));
  CHECK(claims[1].value == D("5e11"));
  CHECK(claims[0].span.begin < claims[1].span.begin);
  CHECK(claims[0].id != claims[1].id);
  CHECK(claims[0].id == "test.txt#" + std::to_string(claims[0].span.begin));
}

TEST_CASE("Extract with a sink passes the claims as they are built, converts and statements included", "[extract]") {
  const std::string text =
      "Der Fonds investiert 2 Milliarden Dollar (1,8 Milliarden Euro). Der Fonds investiert 2 Milliarden Dollar "
      "(1,8 Milliarden Euro).";
  Document doc{"sink.txt", text, {}, {}};
  Context context;
  context.language = "de";
  std::vector<Claim> streamed;
  auto result = Extract(doc, testing::EmbeddedRuleSet(), context, [&](Claim&& c) { streamed.push_back(std::move(c)); });
  REQUIRE(result.ok());
  CHECK(result.value().claims.empty());
  CHECK(result.value().language == "de");
  auto collected = Extract(doc, testing::EmbeddedRuleSet(), context).value().claims;
  REQUIRE(streamed.size() == 4);
  REQUIRE(collected.size() == 4);
  for (size_t i = 0; i < streamed.size(); ++i) {
    CHECK(streamed[i].id == collected[i].id);
    CHECK(streamed[i].converts == collected[i].converts);
    CHECK(streamed[i].statement == collected[i].statement);
  }
  CHECK(streamed[1].converts == streamed[0].id);
  CHECK(streamed[2].statement == streamed[0].id);
  CHECK(streamed[3].converts == streamed[2].id);
}

TEST_CASE("Extract fails for a language without rules", "[extract]") {
  Document doc{"x.txt", "Bonjour", {}, {}};
  Context context;
  context.language = "xx";
  auto result = Extract(doc, testing::EmbeddedRuleSet(), context);
  REQUIRE_FALSE(result.ok());
  CHECK(result.errors()[0].file == "x.txt");
}

}  // namespace
}  // namespace claimcheck

namespace claimcheck {

// A document that is one long line is read in windows (segment.cc); every
// figure must still get its own sentence, its column and its value, also
// where a window begins or ends.
TEST_CASE("Extract: a document of one long line keeps each figure's sentence and column", "[extract]") {
  const std::string sentence = "Der Konzern investiert 500 Milliarden Dollar und 40 Prozent.";
  std::string text;
  const int kSentences = 3000;  // about 180 KB, many context windows
  for (int i = 0; i < kSentences; ++i) text += sentence + " ";
  auto claims = ExtractGerman(text);
  CheckSpans(text, claims);
  REQUIRE(claims.size() == 2 * kSentences);
  for (size_t i = 0; i < claims.size(); ++i) {
    INFO("claim " << i);
    const Claim& c = claims[i];
    CHECK(c.sentence == sentence);
    CHECK(c.line == 1);
    CHECK(static_cast<size_t>(c.column) == c.span.begin + 1);  // ASCII: columns are bytes + 1
    CHECK(c.value == *Decimal::Parse(i % 2 == 0 ? "5e11" : "40"));
  }
}

// Entities are looked up near each figure by bisection (attribute.cc), in a
// long line as in a short article.
TEST_CASE("Extract: in a long line each figure keeps the subject and holders of its own sentence", "[extract]") {
  const std::string sentence = "Siemens und SoftBank investieren 500 Millionen Euro in Stargate, sagte der Konzern.";
  std::string text;
  const int kSentences = 2000;
  for (int i = 0; i < kSentences; ++i) text += sentence + " ";
  auto claims = ExtractGerman(text);
  REQUIRE(claims.size() == kSentences);
  for (const auto& c : claims) {
    INFO("claim at " << c.span.begin);
    CHECK(c.subject == "stargate");
    CHECK(c.holders == std::vector<std::string>{"siemens", "softbank"});
    CHECK(c.attribute == "investment");
  }
}

TEST_CASE("extract: a phrase the rules mark none keeps its cue word from counting", "[extract]") {
  auto loan = ExtractGerman("Die Regierung gewährt dem Vorhaben ein zinsgünstiges Darlehen über 1,5 Milliarden Euro.");
  REQUIRE(loan.size() == 1);
  CHECK(loan[0].qualifiers.empty());
  auto more = ExtractGerman("Das Vorhaben soll über 1,5 Milliarden Euro kosten.");
  REQUIRE(more.size() == 1);
  CHECK(more[0].qualifiers == std::vector<std::string>{"more_than"});
}

TEST_CASE("extract: an approximation or bound qualifies only the number it stands next to", "[extract]") {
  // "rund" before a place name, "mehr als" before another number.
  auto place = ExtractGerman("Das Werk rund um Leipzig kostet 800 Millionen Euro und beschäftigt mehr als 900 Menschen.");
  REQUIRE(place.size() == 1);
  CHECK(place[0].qualifiers.empty());
  // A conversion is an estimate of its own: the amount it converts is not.
  auto converted = ExtractGerman("Die Stadt kürzt ihr Budget um 40 Milliarden Rubel (umgerechnet etwa 480 Millionen Euro).");
  REQUIRE(converted.size() == 2);
  CHECK(converted[0].qualifiers.empty());
  CHECK(converted[1].qualifiers == std::vector<std::string>{"approx"});
  auto after = ExtractGerman("Das Projekt kostet 3 Milliarden Euro etwa.");
  REQUIRE(after.size() == 1);
  CHECK(after[0].qualifiers == std::vector<std::string>{"approx"});
}

TEST_CASE("extract: a phase named by the noun phrase that opens the sentence qualifies a later clause's figure",
          "[extract]") {
  auto claims = ExtractGerman(
      "Die erste Phase, die neun Stationen umfasst, soll 1,9 Milliarden Dollar kosten. "
      "Siemens, das auch Züge baut, meldete einen Gewinn von 2 Milliarden Euro.");
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].qualifiers == std::vector<std::string>{"initial"});
  CHECK(claims[1].qualifiers.empty());
}

TEST_CASE("extract: a research and development budget is no investment", "[extract]") {
  auto claims = ExtractGerman("Bosch gibt jährlich 7 Milliarden Euro für Forschung und Entwicklung aus.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].attribute == "research");
}

TEST_CASE("extract: a club's budget for the season is a year's", "[extract]") {
  auto claims = ExtractGerman("Der Club weist für die laufende Saison ein Budget von 38 Millionen Franken aus.");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].qualifiers == std::vector<std::string>{"annual"});
}

}  // namespace claimcheck

namespace claimcheck {

// A document past a megabyte is read in pieces (segment.h Pieces): claims in
// every piece keep their offsets, lines and values, and a sentence repeated
// across pieces is still one statement.
TEST_CASE("Extract: a document of several pieces keeps every claim where it stands", "[extract]") {
  std::string text;
  size_t paragraphs = 0;
  while (text.size() < (5u << 19)) {  // 2.5 MB: three pieces
    // Typographic quotes are normalized: offsets must map back per piece.
    std::string n = std::to_string(++paragraphs);
    text += "\xE2\x80\x9E" "Absatz " + n + "\xE2\x80\x9C: Die Firma investiert " + n + " Millionen Euro.\nDer Bau beginnt.\n";
  }
  text += "\xE2\x80\x9E" "Absatz 1\xE2\x80\x9C: Die Firma investiert 1 Millionen Euro.\n";
  auto claims = ExtractGerman(text);
  REQUIRE(claims.size() == paragraphs + 1);
  CheckSpans(text, claims);
  for (size_t i = 0; i < paragraphs; ++i) {
    INFO("paragraph " << i + 1);
    CHECK(claims[i].value == D((std::to_string(i + 1) + "e6").c_str()));
    CHECK(claims[i].line == static_cast<int>(2 * i + 1));
    CHECK(claims[i].unit == "EUR");
    CHECK(claims[i].statement.empty());
  }
  // The last paragraph repeats the first, two pieces away.
  CHECK(claims.back().line == static_cast<int>(2 * paragraphs + 1));
  CHECK(claims.back().statement == claims.front().id);
}

}  // namespace claimcheck
