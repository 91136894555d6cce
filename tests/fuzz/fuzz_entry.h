// Entry points shared by the libFuzzer targets (fuzz_*.cc) and the replay
// test (replay_test.cc), which runs every saved crasher in regressions/ in
// the ordinary test suite. Each returns normally for any input; a crash,
// hang or sanitizer report is the bug.
#pragma once

#include <cstddef>
#include <cstdint>

namespace claimcheck::fuzz {

void ExtractBytes(const uint8_t* data, size_t size);     // read -> extract -> JSON, every language
void LoadRuleYaml(const uint8_t* data, size_t size);     // one rule file, with the common files
void ReadClaimLines(const uint8_t* data, size_t size);   // claim JSONL -> reconcile -> both reports
void ParseValues(const uint8_t* data, size_t size);      // number, scale, decimal and date parsers

}  // namespace claimcheck::fuzz
