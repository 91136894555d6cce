// Tests for lib/claimcheck/source.cc: UTF-8 checks, line/column index and
// JSONL article lines.
#include "claimcheck/source.h"
#include "claimcheck/claim_input.h"

#include <catch2/catch.hpp>

#include "test_printers.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <variant>
#include <vector>

namespace claimcheck {
namespace {

using namespace std::string_literals;

TEST_CASE("CheckText accepts clean UTF-8", "[source]") {
  const std::string rows[] = {
      "",
      "plain ASCII\nsecond line\n",
      "Gr\xC3\xBC\xC3\x9F" "e \xE2\x82\xAC 5",  // "Grüße € 5"
      "1000\xE5\x84\x84\xE7\xBE\x8E\xE5\x85\x83",   // "1000億美元"
      "\xF0\x9F\x98\x80",                           // U+1F600, 4 bytes
  };
  for (const auto& text : rows) {
    INFO(text);
    CHECK_FALSE(CheckText(text).has_value());
  }
}

TEST_CASE("CheckText locates invalid UTF-8 by line and code-point column", "[source]") {
  struct Row {
    std::string text;
    int line, col;
  };
  const Row rows[] = {
      {"\xFF", 1, 1},
      {"ok\nab\xFF" "cd", 2, 3},
      {"\xC3\xA4\xC3\xB6\xC3", 1, 3},        // "äö" then a truncated sequence
      {"a\n\nxy\xC0\xAF", 3, 3},              // overlong '/'
      {"\xED\xA0\x80", 1, 1},                 // UTF-16 surrogate
      {"\xE2\x82", 1, 1},                     // truncated €
      {"\xE2\x82\xAC\xE2\x82\xAC\x80", 1, 3}, // stray continuation byte after "€€"
      {"\xF4\x90\x80\x80", 1, 1},             // above U+10FFFF
  };
  for (const auto& row : rows) {
    INFO("line " << row.line << " col " << row.col);
    auto fault = CheckText(row.text);
    REQUIRE(fault.has_value());
    CHECK(fault->line == row.line);
    CHECK(fault->col == row.col);
    CHECK(fault->what == "invalid UTF-8");
  }
}

TEST_CASE("CheckText reports a NUL byte as binary data", "[source]") {
  auto fault = CheckText("first\nab\0c"s);
  REQUIRE(fault.has_value());
  CHECK(fault->line == 2);
  CHECK(fault->col == 3);
  CHECK(fault->what == "binary data (NUL byte)");
}

TEST_CASE("LineIndex counts columns in code points", "[source]") {
  // "äb\nc€d": ä is 2 bytes, € is 3.
  const std::string text = "\xC3\xA4" "b\nc\xE2\x82\xAC" "d";
  LineIndex index(text);
  struct Row {
    size_t offset;
    int line, col;
  };
  // In order, then backwards and jumping between lines: the index counts on
  // from its previous answer only when that is valid.
  const Row rows[] = {
      {0, 1, 1}, {2, 1, 2}, {3, 1, 3}, {4, 2, 1}, {5, 2, 2}, {8, 2, 3}, {9, 2, 4},
      {8, 2, 3}, {2, 1, 2}, {9, 2, 4}, {0, 1, 1}, {5, 2, 2},
  };
  for (const auto& row : rows) {
    INFO("offset " << row.offset);
    LineCol at = index.At(row.offset);
    CHECK(at.line == row.line);
    CHECK(at.col == row.col);
  }
}

TEST_CASE("ParseJsonlArticle reads an article line", "[source]") {
  auto parsed = ParseJsonlArticle(R"({"id": "a1", "text": "Hallo Welt", "lang": "de", "date": "2025-01-24"})",
                                  "in.jsonl", 3);
  REQUIRE(std::holds_alternative<Document>(parsed));
  const Document& doc = std::get<Document>(parsed);
  CHECK(doc.name == "a1");
  CHECK(doc.text == "Hallo Welt");
  CHECK(doc.language == std::optional<std::string>("de"));
  CHECK(doc.date == std::optional<CivilDate>(CivilDate{2025, 1, 24}));
}

TEST_CASE("ParseJsonlArticle names an article without id by path:line", "[source]") {
  auto parsed = ParseJsonlArticle(R"({"text": "x"})", "in.jsonl", 7);
  REQUIRE(std::holds_alternative<Document>(parsed));
  CHECK(std::get<Document>(parsed).name == "in.jsonl:7");
  CHECK_FALSE(std::get<Document>(parsed).language.has_value());
  CHECK_FALSE(std::get<Document>(parsed).date.has_value());

  auto numbered = ParseJsonlArticle(R"({"id": 42, "text": "x"})", "in.jsonl", 1);
  REQUIRE(std::holds_alternative<Document>(numbered));
  CHECK(std::get<Document>(numbered).name == "42");
}

TEST_CASE("ParseJsonlArticle rejects lines that are no article", "[source]") {
  struct Row {
    const char* line;
    std::string message;
  };
  const Row rows[] = {
      {"[1, 2]", "in.jsonl:3:1: not an article: a JSON object is expected"},
      {"\"text\"", "in.jsonl:3:1: not an article: a JSON object is expected"},
      {R"({"id": "x"})", "in.jsonl:3:1: not an article: no string field \"text\""},
      {R"({"id": "x", "text": 5})", "in.jsonl:3:1: not an article: no string field \"text\""},
  };
  for (const auto& row : rows) {
    INFO(row.line);
    auto parsed = ParseJsonlArticle(row.line, "in.jsonl", 3);
    REQUIRE(std::holds_alternative<Error>(parsed));
    const Error& e = std::get<Error>(parsed);
    CHECK(e.kind == Error::Kind::kInput);
    CHECK(e.ToString() == row.message);
  }
}

TEST_CASE("ParseJsonlArticle locates JSON syntax errors on the line", "[source]") {
  auto parsed = ParseJsonlArticle(R"({"text": "x",)", "in.jsonl", 5);
  REQUIRE(std::holds_alternative<Error>(parsed));
  const Error& e = std::get<Error>(parsed);
  CHECK(e.file == "in.jsonl");
  CHECK(e.line == 5);
  CHECK(e.col >= 1);
  CHECK(e.message.rfind("not an article: ", 0) == 0);
}

TEST_CASE("ParseJsonlArticle takes the last of a repeated key and checks every value", "[source]") {
  auto parsed = ParseJsonlArticle(R"({"id": 7, "text": "x", "id": -3, "lang": "de", "lang": null, "n": [1, {"a": null}]})",
                                  "in.jsonl", 1);
  REQUIRE(std::holds_alternative<Document>(parsed));
  CHECK(std::get<Document>(parsed).name == "-3");
  CHECK_FALSE(std::get<Document>(parsed).language.has_value());

  parsed = ParseJsonlArticle(R"({"text": "x", "n": [1, nul]})", "in.jsonl", 2);
  REQUIRE(std::holds_alternative<Error>(parsed));
  CHECK(std::get<Error>(parsed).ToString() ==
        "in.jsonl:2:24: not an article: invalid JSON: a word other than true, false or null");
  parsed = ParseJsonlArticle("{\"text\": \"\xC3\xA4 \xFF\"}", "in.jsonl", 3);
  REQUIRE(std::holds_alternative<Error>(parsed));
  CHECK(std::get<Error>(parsed).ToString() == "in.jsonl:3:13: not an article: invalid UTF-8");
}

TEST_CASE("IsJsonlPath", "[source]") {
  CHECK(IsJsonlPath("a/b.jsonl"));
  CHECK_FALSE(IsJsonlPath("a/b.json"));
  CHECK_FALSE(IsJsonlPath("a/b.txt"));
}

}  // namespace
}  // namespace claimcheck

namespace claimcheck {
namespace {

// A fresh directory under the system's temporary directory, removed after the test.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path = std::filesystem::temp_directory_path() /
           ("claimcheck-source-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string Write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return (path / name).string();
  }
  static inline int counter = 0;
};

// Every item the reader yields, as "doc:<name>" or "error:<message>".
std::vector<std::string> ReadAll(DocumentReader& reader) {
  std::vector<std::string> items;
  while (auto item = reader.Next()) {
    if (auto* doc = std::get_if<Document>(&*item)) items.push_back("doc:" + doc->name);
    else items.push_back("error:" + std::get<Error>(*item).message);
  }
  return items;
}

}  // namespace

TEST_CASE("DocumentReader reports a file that vanished after it was named and reads on", "[source]") {
  TempDir dir;
  std::string gone = dir.Write("gone.txt", "Es kostet 5 Euro.");
  std::string kept = dir.Write("kept.txt", "Es kostet 6 Euro.");
  DocumentReader reader({gone, kept});
  std::filesystem::remove(gone);
  CHECK(ReadAll(reader) ==
        std::vector<std::string>{"error:cannot read: No such file or directory", "doc:" + kept});
}

TEST_CASE("DocumentReader reads a 10 MB JSON string and the lines around bad ones", "[source]") {
  TempDir dir;
  std::string big(10 << 20, 'x');
  std::string path = dir.Write("a.jsonl", "{\"id\": \"big\", \"text\": \"" + big + "\"}\n" +
                                              "[1, 2]\n" +
                                              "{\"id\": \"bad-utf8\", \"text\": \"\\u00e4 \xFF\"}\n" +
                                              "\n" +
                                              "{\"id\": \"last\", \"text\": \"5 Euro\"}\n");
  DocumentReader reader({path});
  auto first = reader.Next();
  REQUIRE(first.has_value());
  REQUIRE(std::holds_alternative<Document>(*first));
  CHECK(std::get<Document>(*first).text.size() == big.size());
  auto rest = ReadAll(reader);
  REQUIRE(rest.size() == 3);
  CHECK(rest[0] == "error:not an article: a JSON object is expected");
  CHECK(rest[1].rfind("error:not an article: ", 0) == 0);  // simdjson rejects the bad byte itself
  CHECK(rest[2] == "doc:last");
}

TEST_CASE("DocumentReader::NextUnparsed leaves JSONL lines to ParseJsonlLine, with the same results as Next", "[source]") {
  TempDir dir;
  std::string jsonl = dir.Write("a.jsonl", "{\"id\": \"first\", \"text\": \"5 Euro\"}\n[1]\n\n"
                                           "{\"id\": \"nul\", \"text\": \"a\\u0000b\"}\n");
  std::string txt = dir.Write("b.txt", "Es kostet 6 Euro.");
  DocumentReader reader({jsonl, txt});
  std::vector<std::string> items;
  while (auto item = reader.NextUnparsed()) {
    std::variant<Document, Error> read;
    if (auto* line = std::get_if<JsonlLine>(&*item)) {
      read = ParseJsonlLine(*line);
      items.push_back("line " + std::to_string(line->line_no) + ":");
    } else if (auto* doc = std::get_if<Document>(&*item)) {
      read = std::move(*doc);
    } else {
      read = std::get<Error>(*item);
    }
    if (auto* doc = std::get_if<Document>(&read)) items.push_back("doc:" + doc->name);
    else items.push_back("error:" + std::get<Error>(read).message);
  }
  DocumentReader again({jsonl, txt});
  std::vector<std::string> parsed = ReadAll(again);
  CHECK(items == std::vector<std::string>{"line 1:", parsed[0], "line 2:", parsed[1], "line 4:", parsed[2], parsed[3]});
  CHECK(parsed == std::vector<std::string>{"doc:first", "error:not an article: a JSON object is expected",
                                           "error:binary data (NUL byte) in field \"text\"", "doc:" + txt});
}

}  // namespace claimcheck

namespace claimcheck {

TEST_CASE("ValidUtf8 replaces the bytes of no valid sequence with U+FFFD", "[source]") {
  struct Row {
    std::string in, out;
  };
  const Row rows[] = {
      {"plain.txt", "plain.txt"},
      {"caf\xC3\xA9.txt", "caf\xC3\xA9.txt"},
      {"caf\xE9.txt", "caf\xEF\xBF\xBD.txt"},
      {"\xE2\x82", "\xEF\xBF\xBD\xEF\xBF\xBD"},  // a truncated sequence: each byte replaced
      {"", ""},
  };
  for (const auto& row : rows) {
    INFO(row.in);
    CHECK(ValidUtf8(row.in) == row.out);
  }
}

TEST_CASE("ForEachClaim on several threads hands on the claims and errors of one thread, in file order", "[source]") {
  TempDir dir;
  // Enough lines for several batches, with bad lines among them.
  std::string text;
  for (int i = 0; i < 12000; ++i) {
    if (i % 2500 == 7) text += "{\"id\": broken\n";
    text += R"({"id":"d)" + std::to_string(i / 100) + "#" + std::to_string(i) +
            R"(","doc":"d","kind":"money","start":)" + std::to_string(i) + R"(,"value":)" + std::to_string(i) +
            R"(,"sentence":")" + std::string(200, 's') + "\"}\n";
  }
  std::string path = dir.Write("claims.jsonl", text);
  auto read_with = [&](int jobs) {
    std::vector<std::string> seen;
    ForEachClaim(
        path, [&](const Claim& c, std::string_view line) { seen.push_back(c.id + (line.empty() ? "" : "+")); },
        [&](const Error& e) { seen.push_back("error at line " + std::to_string(e.line)); }, jobs);
    return seen;
  };
  std::vector<std::string> one = read_with(1);
  REQUIRE(one.size() == 12005);
  CHECK(one[7] == "error at line 8");
  CHECK(one.back() == "d119#11999+");
  CHECK(read_with(2) == one);
  CHECK(read_with(5) == one);
  // Files of a single short line, good or bad.
  path = dir.Write("short.jsonl", "{}\n");
  CHECK(read_with(2) == std::vector<std::string>{"error at line 1"});
  path = dir.Write("tiny.jsonl", R"({"id":"a","kind":"date","start":0})");
  CHECK(read_with(2) == std::vector<std::string>{"a+"});
}

}  // namespace claimcheck
