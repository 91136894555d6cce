// Stage read: paths -> Documents, one at a time.
// A path is a file, a directory (recursed in sorted order, *.txt, *.md and
// *.jsonl only, symlink loops cut) or "-" for standard input. A *.jsonl file
// holds one article per line ({"id", "text", "lang"?, "date"?}) and is
// streamed, so a 1 GB archive never sits in memory. Every failure is an Error
// with path[:line:col]; the walk goes on with the next document.
#pragma once

#include <cstdio>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "claimcheck/date.h"
#include "claimcheck/error.h"

namespace claimcheck {

struct Document {
  std::string name;  // the path as given, "-" for stdin, or the JSONL id
  std::string text;  // original bytes; every claim offset points into these
  std::optional<std::string> language;  // JSONL "lang"
  std::optional<CivilDate> date;         // JSONL "date", the anchor for relative dates
};

// Where the first invalid UTF-8 byte or NUL byte is; nullopt when the text is
// clean UTF-8 without NUL. line is 1-based, col counts code points, 1-based.
struct TextFault {
  int line, col;
  std::string what;
};
std::optional<TextFault> CheckText(std::string_view bytes);

// 1-based line and code-point column of a byte offset.
struct LineCol {
  int line, col;
};
// s with every byte that starts no valid UTF-8 sequence replaced by U+FFFD:
// a file name is bytes, and a document's name goes into JSON.
std::string ValidUtf8(std::string_view s);

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  // Columns count code points from the line start. Calls with growing
  // offsets on one line count on from the previous call, so a document that
  // is one long line costs linear time, not quadratic.
  LineCol At(size_t offset);

 private:
  std::string_view text_;
  std::vector<size_t> line_starts_;
  size_t last_offset_ = 0;  // the previous call's offset and answer
  LineCol last_{1, 1};
};

// A JSONL line as read, not yet parsed into a Document.
struct JsonlLine {
  std::string text;
  std::string path;
  int line_no = 0;
};

// What DocumentReader::NextUnparsed hands out: a document, an error, or a
// JSONL line for the caller to parse (ParseJsonlLine).
using ReadItem = std::variant<Document, Error, JsonlLine>;

// The document of a JSONL line, or why it is none (not an article, bad
// UTF-8 or NUL in its text).
std::variant<Document, Error> ParseJsonlLine(const JsonlLine& line);

// Reads one document's worth of input at a time from a list of paths.
class DocumentReader {
 public:
  explicit DocumentReader(std::vector<std::string> paths);
  ~DocumentReader();
  // The next document or error; nullopt when all inputs are exhausted.
  std::optional<std::variant<Document, Error>> Next();
  // Next, but a JSONL line comes unparsed: threads extracting in parallel
  // parse their own lines, and only the cutting of lines, which must follow
  // the input's order, is done by one thread at a time.
  std::optional<ReadItem> NextUnparsed();
  // Regular files opened so far.
  size_t files_seen() const { return files_seen_; }

 private:
  // Queues the articles and subdirectories of dir; an error when dir cannot
  // be read or was already walked (a symlink loop).
  std::optional<Error> ExpandDirectory(const std::string& dir);
  std::optional<std::variant<Document, Error>> ReadFile(const std::string& path);
  std::optional<ReadItem> NextJsonlLine();

  std::vector<std::string> queue_;  // paths still to visit, next at back
  std::vector<std::pair<unsigned long, unsigned long>> visited_dirs_;
  std::unique_ptr<std::istream> jsonl_stream_;
  std::string jsonl_path_;
  int jsonl_line_ = 0;
  size_t files_seen_ = 0;
};

// Parses one JSONL article line. line_no is for messages.
std::variant<Document, Error> ParseJsonlArticle(std::string_view line, const std::string& path, int line_no);

bool IsJsonlPath(std::string_view path);

}  // namespace claimcheck
