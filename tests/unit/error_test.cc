// Tests for lib/claimcheck/error.cc: "file:line:col: message".
#include "claimcheck/error.h"

#include <catch2/catch.hpp>

namespace claimcheck {
namespace {

TEST_CASE("Error::ToString leaves out unknown parts", "[error]") {
  CHECK(Error{Error::Kind::kIo, "a.txt", 2, 5, "invalid UTF-8"}.ToString() == "a.txt:2:5: invalid UTF-8");
  CHECK(Error{Error::Kind::kIo, "a.txt", 2, 0, "m"}.ToString() == "a.txt:2: m");
  CHECK(Error{Error::Kind::kIo, "a.txt", 0, 0, "m"}.ToString() == "a.txt: m");
  CHECK(Error{Error::Kind::kUsage, "", 0, 0, "m"}.ToString() == "m");
}

TEST_CASE("Result holds a value or errors", "[error]") {
  Result<int> ok = 5;
  CHECK(ok.ok());
  CHECK(ok.value() == 5);
  Result<int> failed = Error{Error::Kind::kInput, "f", 1, 2, "bad"};
  CHECK_FALSE(failed.ok());
  REQUIRE(failed.errors().size() == 1);
  CHECK(failed.errors()[0].ToString() == "f:1:2: bad");
}

}  // namespace
}  // namespace claimcheck
