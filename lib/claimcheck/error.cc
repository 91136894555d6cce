#include "claimcheck/error.h"

#include <fmt/format.h>

namespace claimcheck {

std::string Error::ToString() const {
  std::string where = file;
  if (line > 0) {
    where += fmt::format(":{}", line);
    if (col > 0) where += fmt::format(":{}", col);
  }
  if (where.empty()) return message;
  return where + ": " + message;
}

}  // namespace claimcheck
