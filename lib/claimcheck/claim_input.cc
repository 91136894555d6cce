#include "claimcheck/claim_input.h"

#include <fstream>

#include "claimcheck/report/json.h"
#include "claimcheck/source.h"

namespace claimcheck {

bool IsClaimsFile(const std::string& path) {
  if (!IsJsonlPath(path)) return false;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    return report::LooksLikeClaimLine(line);
  }
  return false;
}

std::vector<Claim> ReadClaimsFile(const std::string& path, const std::function<void(const Error&)>& on_error) {
  std::vector<Claim> claims;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    on_error(Error{Error::Kind::kIo, path, 0, 0, "cannot read"});
    return claims;
  }
  std::string line;
  for (int line_no = 1; std::getline(in, line); ++line_no) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto claim = report::ClaimFromJsonLine(line, path, line_no);
    if (claim.ok()) claims.push_back(std::move(claim).value());
    else on_error(claim.errors().front());
  }
  return claims;
}

}  // namespace claimcheck
