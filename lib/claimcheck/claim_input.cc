#include "claimcheck/claim_input.h"

#include <cstdio>
#include <fstream>
#include <memory>

#include "claimcheck/report/json.h"
#include "claimcheck/source.h"

namespace claimcheck {
namespace {

constexpr size_t kChunk = 1 << 20;  // bytes read at a time

using File = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

// Calls on_line for each line of a file (without its '\n'), reading it in
// chunks; a line longer than a chunk grows the buffer to hold it.
bool ForEachLine(const std::string& path, const std::function<void(std::string_view line, int line_no)>& on_line) {
  File file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) return false;
  std::string buffer;
  size_t start = 0;  // first byte of the line not yet passed on
  int line_no = 0;
  for (;;) {
    buffer.erase(0, start);
    start = 0;
    size_t have = buffer.size();
    buffer.resize(have + kChunk);
    size_t got = std::fread(buffer.data() + have, 1, kChunk, file.get());
    buffer.resize(have + got);
    for (size_t nl; (nl = buffer.find('\n', start)) != std::string::npos; start = nl + 1) {
      on_line(std::string_view(buffer).substr(start, nl - start), ++line_no);
    }
    if (got == 0) break;
  }
  if (start < buffer.size()) on_line(std::string_view(buffer).substr(start), ++line_no);
  return !std::ferror(file.get());
}

bool IsBlank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

}  // namespace

bool IsClaimsFile(const std::string& path) {
  if (!IsJsonlPath(path)) return false;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (IsBlank(line)) continue;
    return report::LooksLikeClaimLine(line);
  }
  return false;
}

bool ForEachClaim(const std::string& path, const std::function<void(const Claim&, std::string_view line)>& on_claim,
                  const std::function<void(const Error&)>& on_error) {
  bool read = ForEachLine(path, [&](std::string_view line, int line_no) {
    if (IsBlank(line)) return;
    auto claim = report::ClaimFromJsonLine(line, path, line_no);
    if (!claim.ok()) {
      on_error(claim.errors().front());
      return;
    }
    on_claim(claim.value(), line);
  });
  if (!read) on_error(Error{Error::Kind::kIo, path, 0, 0, "cannot read"});
  return read;
}

std::vector<Claim> ReadClaimsFile(const std::string& path, const std::function<void(const Error&)>& on_error) {
  std::vector<Claim> claims;
  ForEachClaim(path, [&](const Claim& c, std::string_view) { claims.push_back(c); }, on_error);
  return claims;
}

}  // namespace claimcheck
