// The rules snapshot (claimcheck/rules/snapshot.h): a run reads the embedded
// rules from it, so it must hold everything the YAML loads into.
#include "claimcheck/rules/snapshot.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimcheck/extract.h"
#include "claimcheck/report/json.h"
#include "claimcheck/rules/embedded_rules.h"
#include "claimcheck/rules/load_rules.h"

namespace claimcheck {
namespace {

RuleSet LoadYaml() {
  auto loaded = LoadRules(EmbeddedRuleFiles(), LoadMode::kRunChecked);
  REQUIRE(loaded.ok());
  return std::move(loaded).value();
}

RuleSet LoadSnapshot(std::string_view json) {
  auto read = ReadSnapshot(json);
  if (!read.ok()) {
    for (const auto& e : read.errors()) UNSCOPED_INFO(e.ToString());
  }
  REQUIRE(read.ok());
  return std::move(read).value();
}

std::vector<std::string> ArticlesIn(const std::string& dir) {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// Every claim of the article, as the JSON contract writes it.
std::vector<std::string> ClaimLines(const std::string& path, const RuleSet& rules) {
  auto result = Extract(Document{path, ReadFile(path), {}, {}}, rules, Context{});
  REQUIRE(result.ok());
  std::vector<std::string> lines;
  for (const auto& claim : result.value().claims) lines.push_back(report::ClaimToJsonLine(claim));
  return lines;
}

TEST_CASE("the embedded snapshot is what the embedded YAML loads into", "[snapshot]") {
  CHECK(std::string(EmbeddedSnapshot()) == WriteSnapshot(LoadYaml()));
}

TEST_CASE("a snapshot read back writes the same snapshot", "[snapshot]") {
  std::string json = WriteSnapshot(LoadYaml());
  RuleSet read = LoadSnapshot(json);
  CHECK(WriteSnapshot(read) == json);
  REQUIRE(read.languages.size() == 4);
  const LanguageRules* de = read.FindLanguage("de");
  REQUIRE(de);
  CHECK(de->capitalises_nouns);
  CHECK(de->Lookup("scales", "milliarden") == "1e9");
  CHECK(read.FindEntityByName("SoftBank") >= 0);
}

// Fields the writer forgot would change claims: every article of the seeds
// and of the development set (all four languages) must come out the same.
TEST_CASE("the snapshot extracts what the YAML extracts", "[snapshot]") {
  RuleSet yaml = LoadYaml();
  RuleSet snapshot = LoadSnapshot(EmbeddedSnapshot());
  std::vector<std::string> articles = ArticlesIn(CLAIMCHECK_SEEDS_DIR);
  for (const auto& path : ArticlesIn(CLAIMCHECK_RECONCILE_DEV_DIR)) articles.push_back(path);
  REQUIRE(articles.size() > 20);
  size_t claims = 0;
  for (const auto& path : articles) {
    INFO(path);
    std::vector<std::string> expected = ClaimLines(path, yaml);
    CHECK(ClaimLines(path, snapshot) == expected);
    claims += expected.size();
  }
  CHECK(claims > 100);
}

TEST_CASE("what is no snapshot is an error, not rules", "[snapshot]") {
  for (std::string_view bad : {"", "not json", "[1, 2]", "{}", R"({"languages": [{"code": 1}]})"}) {
    INFO(bad);
    auto read = ReadSnapshot(bad);
    REQUIRE_FALSE(read.ok());
    CHECK(read.errors().front().message.starts_with("not a rules snapshot"));
  }
}

}  // namespace
}  // namespace claimcheck
