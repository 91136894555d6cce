// Tests for lib/claimcheck/rules/factor_pattern.cc: how patterns are cut
// into pieces, and that the factored alternation of the embedded rules finds
// the same leftmost-longest matches as the plain one.
#include "claimcheck/rules/factor_pattern.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "claimcheck/rules/embedded_rules.h"
#include "claimcheck/rules/load_rules.h"

namespace claimcheck {
namespace {

std::vector<std::vector<std::string>> Pieces(std::string_view pattern) {
  std::vector<std::vector<std::string>> out;
  for (const auto& alternative : SplitPieces(pattern)) out.emplace_back(alternative.begin(), alternative.end());
  return out;
}

using Alternatives = std::vector<std::vector<std::string>>;

TEST_CASE("SplitPieces cuts a pattern into atoms with their repetitions", "[factor]") {
  CHECK(Pieces(R"(\bin\s+\d{1,3}(?:,\d{3})*)") ==
        Alternatives{{R"(\b)", "i", "n", R"(\s+)", R"(\d{1,3})", R"((?:,\d{3})*)"}});
  CHECK(Pieces("a|b|") == Alternatives{{"a"}, {"b"}, {}});
  CHECK(Pieces("") == Alternatives{{}});
  CHECK(Pieces("x??y*?") == Alternatives{{"x??", "y*?"}});
}

TEST_CASE("SplitPieces reads classes, escapes and UTF-8 as single atoms", "[factor]") {
  CHECK(Pieces("[]a)|]+b") == Alternatives{{"[]a)|]+", "b"}});
  CHECK(Pieces(R"([^\]x][[:alpha:]]?)") == Alternatives{{R"([^\]x])", "[[:alpha:]]?"}});
  CHECK(Pieces(R"(\x{20AC}\xFF\p{Han}+\pL\101€)") ==
        Alternatives{{R"(\x{20AC})", R"(\xFF)", R"(\p{Han}+)", R"(\pL)", R"(\101)", "€"}});
  CHECK(Pieces("(a(b)[)])c") == Alternatives{{"(a(b)[)])", "c"}});
  // A brace that starts no count is a literal, as RE2 reads it.
  CHECK(Pieces("a{,2}b{2,}") == Alternatives{{"a", "{", ",", "2", "}", "b{2,}"}});
}

TEST_CASE("SplitPieces leaves what it does not follow", "[factor]") {
  CHECK(SplitPieces("a(?i)b").empty());  // the flag reaches the pieces after it
  CHECK(SplitPieces(R"(\Qa|b\E)").empty());
  CHECK(SplitPieces("a)").empty());
  CHECK(SplitPieces("(a").empty());
  CHECK(SplitPieces("*a").empty());
}

TEST_CASE("FactoredAlternation writes shared leading pieces once", "[factor]") {
  CHECK(FactoredAlternation({R"(\bin\s+x)", R"(\bin\s+y)"}) == R"(\bin\s+(?:x|y))");
  CHECK(FactoredAlternation({"ab", "a"}) == "a(?:b)?");
  CHECK(FactoredAlternation({"(?:12|13)x", "4"}) == "(?:(?:1(?:2|3))x|4)");
  CHECK(FactoredAlternation({"(?-i:Ab|Ac)"}) == "(?-i:A(?:b|c))");
  // Entity names, as RE2::QuoteMeta writes them.
  CHECK(FactoredAlternation({R"(\bSoft\ Bank)", R"(\bSoftware\b)", "(?i:\\bder\\ Konzern|\\bdie\\ Firma)"}) ==
        R"((?:\bSoft(?:\ Bank|ware\b)|(?i:\bd(?:er\ Konzern|ie\ Firma))))");
  // A pattern the splitter does not follow is one piece, shared with none.
  CHECK(FactoredAlternation({"a(?i)b", "ac"}) == "(?:(?:a(?i)b)|ac)");
}

// Every leftmost-longest match from every code point of text, as "begin-end".
std::vector<std::string> MatchesFromEachStart(const RE2& re, std::string_view text) {
  std::vector<std::string> out;
  for (size_t pos = 0; pos <= text.size(); ++pos) {
    if (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) continue;
    re2::StringPiece match;
    if (!re.Match(re2::StringPiece(text.data(), text.size()), pos, text.size(), RE2::UNANCHORED, &match, 1)) break;
    size_t begin = static_cast<size_t>(match.data() - text.data());
    out.push_back(std::to_string(begin) + "-" + std::to_string(begin + match.size()));
  }
  return out;
}

TEST_CASE("The factored scanners of the embedded rules match as the plain alternations do", "[factor][rules]") {
  auto loaded = LoadRules(EmbeddedRuleFiles(), LoadMode::kCheck);
  REQUIRE(loaded.ok());
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_longest_match(true);
  options.set_max_mem(64 << 20);
  for (const LanguageRules& lang : loaded.value().languages) {
    std::vector<std::string> texts;
    for (const auto& e : lang.examples) texts.push_back(e.text);
    for (const auto& c : lang.counterexamples) texts.push_back(c.text);
    for (bool dates : {false, true}) {
      std::vector<std::string> patterns;
      std::string plain;
      for (const auto& rule : lang.rules) {
        if ((rule.kind == FigureKind::kDate) != dates) continue;
        std::string p = rule.pattern;
        RE2::GlobalReplace(&p, R"(\(\?P<[a-z_0-9]+>)", "(?:");
        plain += (plain.empty() ? "(?:" : "|(?:") + p + ")";
        patterns.push_back(p);
      }
      if (patterns.empty()) continue;
      RE2 plain_re(plain, options), factored_re(FactoredAlternation(patterns), options);
      REQUIRE(plain_re.ok());
      REQUIRE(factored_re.ok());
      INFO(lang.code << (dates ? " dates" : " others"));
      CHECK(factored_re.ProgramSize() < plain_re.ProgramSize());
      for (const auto& text : texts) {
        INFO(text);
        CHECK(MatchesFromEachStart(factored_re, text) == MatchesFromEachStart(plain_re, text));
      }
    }
  }
}

}  // namespace
}  // namespace claimcheck
