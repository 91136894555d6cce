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

std::string JsonParseMessage(std::string_view what) {
  if (auto id_end = what.find("] "); what.starts_with("[") && id_end != std::string_view::npos) {
    what.remove_prefix(id_end + 2);
  }
  if (auto echo = what.find("; last read: "); echo != std::string_view::npos) what = what.substr(0, echo);
  return std::string(what);
}

}  // namespace claimcheck
