// Tests for lib/claimcheck/normalize.cc: normalized text and the offsets
// back into the original bytes.
#include "claimcheck/normalize.h"

#include <catch2/catch.hpp>

#include "test_printers.h"

#include <string>
#include <vector>

namespace claimcheck {
namespace {

// Byte offsets of the code point boundaries of text, both ends included.
std::vector<size_t> Boundaries(std::string_view text) {
  std::vector<size_t> out;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) out.push_back(i);
  }
  out.push_back(text.size());
  return out;
}

bool IsBoundary(const std::string& text, size_t offset) {
  return offset == text.size() || (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80);
}

std::string Original(const std::string& original, const NormalizedText& norm, Span span) {
  Span o = norm.to_original.ToOriginal(span);
  return original.substr(o.begin, o.size());
}

TEST_CASE("Normalize: rows of original -> normalized text", "[normalize]") {
  struct Row {
    std::string original, normalized;
  };
  const Row rows[] = {
      {"\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90\xE5\x84\x84", "1000\xE5\x84\x84"},  // "１０００億"
      {"\xE8\x82\xA1\xE6\xAC\x8A(qu\xC3\xA1n)", "\xE8\x82\xA1\xE6\xAC\x8A"},                  // "股權(quán)" -> "股權"
      {"\xE7\xB6\x93\xEF\xBC\x88j\xC4\xABng\xEF\xBC\x89\xE6\xBF\x9F", "\xE7\xB6\x93\xE6\xBF\x9F"},  // "經（jīng）濟"
      {"\xE8\x82\xA1(ABC)", "\xE8\x82\xA1(ABC)"},            // capitals are no pinyin reading
      {"\xE5\xB9\xB4(2025)", "\xE5\xB9\xB4(2025)"},          // nor are digits
      {"OpenAI (quan)", "OpenAI (quan)"},                    // no Han before the parenthesis
      {"2\xE2\x80\x93" "3 Milliarden", "2-3 Milliarden"},    // en dash
      {"a\xE2\x80\x94" "b", "a-b"},                          // em dash
      {"\xE2\x88\x92" "5 %", "-5 %"},                        // minus sign
      {"\xE2\x80\x9ESTARGATE\xE2\x80\x9C", "\"STARGATE\""},  // „…“
      {"\xE2\x80\x99s", "'s"},                               // ’
      {"500\xC2\xA0Mio.", "500 Mio."},                       // no-break space
      {"e\xCC\x81", "\xC3\xA9"},                             // e + combining acute -> é
      // decomposed text (NFD) in a paragraph that needs folding anyway
      {"\xE2\x80\x9EMa\xCC\x88rz 2025\xE2\x80\x9C", "\"M\xC3\xA4rz 2025\""},
      {"fu\xCC\x88r 1,5 Mio. \xE2\x80\x93 gut", "f\xC3\xBCr 1,5 Mio. - gut"},
      {"\xEF\xAC\x81nal", "final"},                          // ﬁ ligature
      {"Plain ASCII, 1.000.000 \"quoted\" - x\n", "Plain ASCII, 1.000.000 \"quoted\" - x\n"},
      {"Gr\xC3\xBC\xC3\x9F" "e", "Gr\xC3\xBC\xC3\x9F" "e"},  // already normal
      {"", ""},
  };
  for (const auto& row : rows) {
    INFO("original: " << row.original);
    CHECK(Normalize(row.original).text() == row.normalized);
  }
}

TEST_CASE("Normalize copies ASCII and normal text without edits", "[normalize]") {
  const std::string ascii = "SoftBank investiert 500 Mio. in SB Energy.\nZweite Zeile\n";
  NormalizedText n = Normalize(ascii);
  CHECK(n.text() == ascii);
  CHECK(n.to_original.identity());
  NormalizedText g = Normalize("F\xC3\xBCr 500 Milliarden \xE2\x82\xAC");  // "Für 500 Milliarden €"
  CHECK(g.to_original.identity());
}

TEST_CASE("Normalize maps full-width digits back to the original bytes", "[normalize]") {
  const std::string original = "\xE6\x8A\x95\xE8\xB3\x87\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90"
                               "\xE5\x84\x84\xE7\xBE\x8E\xE5\x85\x83";  // "投資１０００億美元"
  NormalizedText n = Normalize(original);
  REQUIRE(n.text() == "\xE6\x8A\x95\xE8\xB3\x87" "1000\xE5\x84\x84\xE7\xBE\x8E\xE5\x85\x83");
  size_t start = n.text().find("1000");
  REQUIRE(start == 6);
  CHECK(n.to_original.ToOriginal({6, 10}) == Span{6, 18});
  CHECK(Original(original, n, {6, 10}) == "\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90");
  // "1000億美元" as a whole
  CHECK(n.to_original.ToOriginal({6, 19}) == Span{6, 27});
  CHECK(Original(original, n, {6, 19}) ==
        "\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90\xE5\x84\x84\xE7\xBE\x8E\xE5\x85\x83");
  // "投資" before the digits is untouched
  CHECK(n.to_original.ToOriginal({0, 6}) == Span{0, 6});
}

TEST_CASE("Normalize maps across a removed pinyin reading", "[normalize]") {
  // "持有40%的股權(quán)；" -> "持有40%的股權;"
  const std::string original = "\xE6\x8C\x81\xE6\x9C\x89" "40%\xE7\x9A\x84\xE8\x82\xA1\xE6\xAC\x8A(qu\xC3\xA1n)\xEF\xBC\x9B";
  NormalizedText n = Normalize(original);
  REQUIRE(n.text() == "\xE6\x8C\x81\xE6\x9C\x89" "40%\xE7\x9A\x84\xE8\x82\xA1\xE6\xAC\x8A;");
  CHECK(Original(original, n, {6, 9}) == "40%");
  size_t han = n.text().find("\xE8\x82\xA1");  // 股
  REQUIRE(han == 12);
  // "股權" stops before the reading; "股權;" takes it in.
  CHECK(Original(original, n, {12, 18}) == "\xE8\x82\xA1\xE6\xAC\x8A");
  CHECK(Original(original, n, {12, 19}) == "\xE8\x82\xA1\xE6\xAC\x8A(qu\xC3\xA1n)\xEF\xBC\x9B");
  CHECK(Original(original, n, {18, 19}) == "\xEF\xBC\x9B");
}

TEST_CASE("Normalize keeps the full-width comma except between full-width digits", "[normalize]") {
  // "$20，300美圆" are two figures; "１，２００元" is one.
  CHECK(Normalize("$20\xEF\xBC\x8C" "300").text() == "$20\xEF\xBC\x8C" "300");
  CHECK(Normalize("\xEF\xBC\x91\xEF\xBC\x8C\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x90").text() == "1,200");
}

TEST_CASE("Normalize maps a folded dash to the original dash", "[normalize]") {
  const std::string original = "2\xE2\x80\x93" "3 Milliarden Dollar";  // "2–3 Milliarden Dollar"
  NormalizedText n = Normalize(original);
  REQUIRE(n.text() == "2-3 Milliarden Dollar");
  CHECK(n.to_original.ToOriginal({1, 2}) == Span{1, 4});
  CHECK(Original(original, n, {0, 3}) == "2\xE2\x80\x93" "3");
  CHECK(Original(original, n, {4, 21}) == "Milliarden Dollar");
}

TEST_CASE("Every span of normalized text maps back to whole code points that normalize to it",
          "[normalize]") {
  const std::string samples[] = {
      "\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x90\xE5\x84\x84\xE7\xBE\x8E\xE5\x85\x83",  // １０００億美元
      "\xE6\x8C\x81\xE6\x9C\x89\xE5\x90\x88\xE8\xB3\x87\xE4\xBC\x81\xE6\xA5\xAD(y\xC3\xA8) 40%\xE7\x9A\x84"
      "\xE8\x82\xA1\xE6\xAC\x8A(qu\xC3\xA1n)\xE3\x80\x82",  // 持有合資企業(yè) 40%的股權(quán)。
      "\xE2\x80\x9E" "Stargate\xE2\x80\x9C: 2\xE2\x80\x93" "3\xC2\xA0Mrd. \xE2\x82\xAC",  // „Stargate“: 2–3 Mrd. €
      "e\xCC\x81t\xC3\xA9 \xEF\xAC\x81n \xE2\x88\x92" "5 %",
      "ASCII only, nothing to do.",
  };
  for (const auto& original : samples) {
    INFO("original: " << original);
    NormalizedText n = Normalize(original);
    std::vector<size_t> cuts = Boundaries(n.text());
    for (size_t i = 0; i < cuts.size(); ++i) {
      for (size_t j = i + 1; j < cuts.size(); ++j) {
        Span span{cuts[i], cuts[j]};
        Span o = n.to_original.ToOriginal(span);
        INFO("normalized [" << span.begin << "," << span.end << ") -> original [" << o.begin << "," << o.end << ")");
        REQUIRE(o.begin <= o.end);
        REQUIRE(o.end <= original.size());
        CHECK(IsBoundary(original, o.begin));
        CHECK(IsBoundary(original, o.end));
        std::string piece(n.text().substr(span.begin, span.size()));
        CHECK(Normalize(original.substr(o.begin, o.size())).text().find(piece) != std::string::npos);
      }
    }
    // The whole text maps to the whole original.
    CHECK(n.to_original.ToOriginal({0, n.text().size()}) == Span{0, original.size()});
  }
}

TEST_CASE("FoldCase folds case only", "[normalize]") {
  CHECK(FoldCase("US-Dollar") == FoldCase("us-dollar"));
  CHECK(FoldCase("US-Dollar") == "us-dollar");
  CHECK(FoldCase("M\xC3\x84RZ") == "m\xC3\xA4rz");  // MÄRZ -> märz
  CHECK(FoldCase("1000\xE5\x84\x84") == "1000\xE5\x84\x84");
  CHECK(FoldCase("") == "");
}

TEST_CASE("Romanized spells Han text in toneless pinyin without spaces", "[normalize]") {
  CHECK(Romanized("海韵") == "haiyun");      // 海韵
  CHECK(Romanized("黃海") == "huanghai");    // 黃海, Traditional script
  CHECK(Romanized("誠達") == "chengda");     // 誠達
  CHECK(Romanized("Aéro") == "aero");
}

}  // namespace
}  // namespace claimcheck
