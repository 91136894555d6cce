#include "claimcheck/claim_input.h"

#include <cstdio>
#include <deque>
#include <future>
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

namespace {

// Lines of a claims file parsed together on one thread.
struct Batch {
  std::string text;                 // the lines, each ending in '\n'
  int first_line = 0;               // line number of the first
  std::vector<Result<Claim>> read;  // filled by Parse
  // Where each line read stands in text: offsets, not views, since moving a
  // short string moves its bytes.
  std::vector<std::pair<size_t, size_t>> lines;

  std::string_view Line(size_t k) const { return std::string_view(text).substr(lines[k].first, lines[k].second); }

  void Parse(const std::string& path) {
    int line_no = first_line - 1;
    for (size_t start = 0, nl; start < text.size(); start = nl + 1) {
      nl = text.find('\n', start);
      std::string_view line = std::string_view(text).substr(start, nl - start);
      ++line_no;
      if (IsBlank(line)) continue;
      read.push_back(report::ClaimFromJsonLine(line, path, line_no));
      lines.emplace_back(start, line.size());
    }
  }
};

constexpr size_t kBatchBytes = 1 << 20;

// Parsing is most of reading a claims file, and lines are independent: with
// jobs > 1 batches of lines are parsed on jobs threads while this thread
// hands the claims of earlier batches on, in file order. At most jobs + 1
// batches are in flight, so memory stays bounded.
bool ForEachClaimParallel(const std::string& path, int jobs, const ClaimCallback& on_claim, const ErrorCallback& on_error) {
  std::deque<std::future<Batch>> pending;
  Batch filling;
  auto hand_on = [&](Batch batch) {
    for (size_t i = 0; i < batch.read.size(); ++i) {
      if (batch.read[i].ok()) on_claim(batch.read[i].value(), batch.Line(i));
      else on_error(batch.read[i].errors().front());
    }
  };
  auto launch = [&] {
    pending.push_back(std::async(std::launch::async, [&path, b = std::move(filling)]() mutable {
      b.Parse(path);
      return std::move(b);
    }));
    filling = Batch{};
    if (pending.size() > static_cast<size_t>(jobs)) {
      hand_on(pending.front().get());
      pending.pop_front();
    }
  };
  bool read = ForEachLine(path, [&](std::string_view line, int line_no) {
    if (filling.text.empty()) filling.first_line = line_no;
    filling.text.append(line);
    filling.text += '\n';
    if (filling.text.size() >= kBatchBytes) launch();
  });
  if (!filling.text.empty()) launch();
  for (; !pending.empty(); pending.pop_front()) hand_on(pending.front().get());
  return read;
}

}  // namespace

bool ForEachClaim(const std::string& path, const ClaimCallback& on_claim, const ErrorCallback& on_error, int jobs) {
  bool read = jobs > 1 ? ForEachClaimParallel(path, jobs, on_claim, on_error)
                       : ForEachLine(path, [&](std::string_view line, int line_no) {
                           if (IsBlank(line)) return;
                           auto claim = report::ClaimFromJsonLine(line, path, line_no);
                           if (claim.ok()) on_claim(claim.value(), line);
                           else on_error(claim.errors().front());
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
