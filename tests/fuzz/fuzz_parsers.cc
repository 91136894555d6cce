// libFuzzer target: see fuzz_entry.h and docs/fuzzing.md.
#include "fuzz_entry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  claimcheck::fuzz::ParseValues(data, size);
  return 0;
}
