// Error values and Result<T>: how every stage reports a failure it expects.
// Library functions never let exceptions cross their API; an Error carries
// where the problem is (file:line:col, 1-based; 0 when unknown) so that the
// CLI prints one "file:line:col: message" line per failure.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace claimcheck {

struct Error {
  enum class Kind {
    kIo,          // unreadable, vanished or not a regular file
    kEncoding,    // invalid UTF-8 or binary data
    kInput,       // a document that is not what its format says (JSONL line, claim line)
    kRules,       // rule file: YAML, schema, pattern or example failure
    kUsage,       // a bad flag value
  };
  Kind kind = Kind::kInput;
  std::string file;
  int line = 0;
  int col = 0;
  std::string message;

  // "file:line:col: message", leaving out the parts that are unknown.
  std::string ToString() const;
};

using Errors = std::vector<Error>;

// A value or the errors that prevented it. C++20 has no std::expected; this
// is the small subset we need.
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : state_(Errors{std::move(error)}) {}  // NOLINT
  Result(Errors errors) : state_(std::move(errors)) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const Errors& errors() const { return std::get<Errors>(state_); }

 private:
  std::variant<T, Errors> state_;
};

}  // namespace claimcheck
