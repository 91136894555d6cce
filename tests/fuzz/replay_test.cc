// Replays every saved fuzzer finding in tests/fuzz/regressions/<target>/
// through the same entry point as the fuzzer, so a fixed crash stays fixed.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "fuzz_entry.h"

namespace claimcheck::fuzz {

TEST_CASE("Saved fuzzer findings run without a crash", "[fuzz]") {
  const std::map<std::string, void (*)(const uint8_t*, size_t)> targets = {
      {"extract", ExtractBytes}, {"rules", LoadRuleYaml}, {"claims", ReadClaimLines}, {"parsers", ParseValues}};
  std::filesystem::path root = CLAIMCHECK_FUZZ_REGRESSIONS_DIR;
  size_t replayed = 0;
  for (const auto& [name, run] : targets) {
    if (!std::filesystem::is_directory(root / name)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(root / name)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      INFO(entry.path().string());
      run(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
      ++replayed;
    }
  }
  SUCCEED("replayed " << replayed << " inputs");
}

}  // namespace claimcheck::fuzz
