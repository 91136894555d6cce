#include "claimcheck/source.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <sstream>

#include "claimcheck/json_input.h"

namespace claimcheck {
namespace fs = std::filesystem;

namespace {

// Length of the UTF-8 sequence starting at s[i], or 0 if it is invalid.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (len == 0 || c > 0xF4 || i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  unsigned char c1 = byte(i + 1);
  if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
  if (c == 0xED && c1 >= 0xA0) return 0;  // surrogates
  if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
  if (c == 0xF4 && c1 >= 0x90) return 0;  // above U+10FFFF
  return len;
}

std::string Describe(const std::error_code& ec) { return ec.message(); }

bool HasArticleExtension(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".txt" || ext == ".md" || ext == ".jsonl";
}

std::optional<CivilDate> ParseReutersDate(std::string_view t) {
  static constexpr const char* kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                           "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  // "26-FEB-1987 15:01:01.79"
  if (t.size() < 11 || t[2] != '-' || t[6] != '-') return std::nullopt;
  int day = (t[0] - '0') * 10 + (t[1] - '0');
  int year = 0;
  for (size_t i = 7; i < 11; ++i) year = year * 10 + (t[i] - '0');
  for (int m = 0; m < 12; ++m) {
    if (t.substr(3, 3) == kMonths[m] && IsValidDate(year, m + 1, day)) return CivilDate{year, m + 1, day};
  }
  return std::nullopt;
}

std::optional<CivilDate> ParseArticleDate(std::string_view t) {
  t.remove_prefix(std::min(t.find_first_not_of(' '), t.size()));
  if (t.size() >= 10) {
    if (auto d = ParseIsoDate(t.substr(0, 10))) return d;
  }
  return ParseReutersDate(t);
}

}  // namespace

std::string ValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t len = Utf8SequenceLength(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      continue;
    }
    out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

namespace {

// Whether s is valid UTF-8 without NUL bytes. ASCII, most of many
// articles, is checked eight bytes at a time.
bool IsCleanText(std::string_view s) {
  constexpr uint64_t kHighBits = 0x8080808080808080ULL, kLowBits = 0x0101010101010101ULL;
  for (size_t i = 0; i < s.size();) {
    if (i + 8 <= s.size()) {
      uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      bool has_zero_byte = ((word - kLowBits) & ~word & kHighBits) != 0;
      if ((word & kHighBits) == 0 && !has_zero_byte) {
        i += 8;
        continue;
      }
    }
    size_t len = s[i] == '\0' ? 0 : Utf8SequenceLength(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

}  // namespace

std::optional<TextFault> CheckText(std::string_view s) {
  if (IsCleanText(s)) return std::nullopt;  // the walk below only places the fault
  int line = 1, col = 1;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\0') return TextFault{line, col, "binary data (NUL byte)"};
    size_t len = Utf8SequenceLength(s, i);
    if (len == 0) return TextFault{line, col, "invalid UTF-8"};
    if (s[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
    i += len;
  }
  return std::nullopt;
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    line_starts_.push_back(i + 1);
  }
}

LineCol LineIndex::At(size_t offset) {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line = static_cast<size_t>(it - line_starts_.begin());
  size_t start = line_starts_[line - 1];
  int col = 1;
  if (static_cast<size_t>(last_.line) == line && last_offset_ >= start && last_offset_ <= offset) {
    start = last_offset_;
    col = last_.col;
  }
  for (size_t i = start; i < offset && i < text_.size(); ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++col;
  }
  last_offset_ = offset;
  last_ = {static_cast<int>(line), col};
  return last_;
}

bool IsJsonlPath(std::string_view path) { return path.ends_with(".jsonl"); }

namespace {

namespace od = json::od;
using json::error_code;
using simdjson::SUCCESS;

// The fields of an article line that make its Document. A key given twice
// counts as its last, as in nlohmann's document tree before; a value of the
// wrong type reads as absent.
struct ArticleFields {
  std::optional<std::string> id, text, lang, date;
};

// value if it is a string, else nothing (after checking it).
error_code ReadStringOrNone(od::value value, std::optional<std::string>& out) {
  out.reset();
  od::json_type type;
  SIMDJSON_TRY(value.type().get(type));
  if (type != od::json_type::string) return json::SkipValue(value);
  std::string_view s;
  SIMDJSON_TRY(value.get_string().get(s));
  out.emplace(s);
  return SUCCESS;
}

// An id is a string or an integer, written out as its digits.
error_code ReadId(od::value value, std::optional<std::string>& out) {
  od::json_type type;
  SIMDJSON_TRY(value.type().get(type));
  if (type != od::json_type::number) return ReadStringOrNone(value, out);
  out.reset();
  json::Number n;
  SIMDJSON_TRY(json::ReadNumber(value, n));
  if (n.type == json::Number::Type::kNegative) out = std::to_string(n.negative);
  if (n.type == json::Number::Type::kNonNegative) out = std::to_string(static_cast<long long>(n.non_negative));
  return SUCCESS;
}

error_code ReadArticleField(std::string_view key, od::value value, ArticleFields& out) {
  if (key == "id") return ReadId(value, out.id);
  if (key == "text") return ReadStringOrNone(value, out.text);
  if (key == "lang") return ReadStringOrNone(value, out.lang);
  if (key == "date") return ReadStringOrNone(value, out.date);
  return json::SkipValue(value);
}

error_code ReadArticleFields(od::document& doc, ArticleFields& out) {
  return json::ReadFields(doc, [&out](std::string_view key, od::value value) { return ReadArticleField(key, value, out); });
}

}  // namespace

std::variant<Document, Error> ParseJsonlArticle(std::string_view line, const std::string& path, int line_no) {
  auto fail = [&](int col, std::string msg) {
    return Error{Error::Kind::kInput, path, line_no, col, "not an article: " + std::move(msg)};
  };
  ArticleFields fields;
  bool is_object = false;
  if (auto e = json::ReadLine(line, is_object, [&](od::document& doc) { return ReadArticleFields(doc, fields); }))
    return fail(e->column, e->message);
  if (!is_object) return fail(1, "a JSON object is expected");
  if (!fields.text) return fail(1, "no string field \"text\"");
  Document article;
  article.name = fields.id ? std::move(*fields.id) : path + ":" + std::to_string(line_no);
  article.text = std::move(*fields.text);
  article.language = std::move(fields.lang);
  if (fields.date) article.date = ParseArticleDate(*fields.date);
  return article;
}

DocumentReader::DocumentReader(std::vector<std::string> paths) {
  if (paths.empty()) paths.push_back("-");
  queue_.assign(paths.rbegin(), paths.rend());
}

DocumentReader::~DocumentReader() = default;

std::variant<Document, Error> ParseJsonlLine(const JsonlLine& line) {
  auto parsed = ParseJsonlArticle(line.text, line.path, line.line_no);
  if (auto* doc = std::get_if<Document>(&parsed)) {
    // simdjson rejects all the UTF-8 that CheckText would (the same byte
    // ranges, and paired surrogates only), so only a NUL, written \u0000,
    // can be wrong here; memchr looks for one faster than CheckText
    // walks Chinese text a character at a time.
    bool has_nul = doc->text.find('\0') != std::string::npos;
    if (auto fault = has_nul ? CheckText(doc->text) : std::nullopt) {
      return Error{Error::Kind::kEncoding, line.path, line.line_no, 0, fault->what + " in field \"text\""};
    }
  }
  return parsed;
}

std::optional<std::variant<Document, Error>> DocumentReader::Next() {
  auto item = NextUnparsed();
  if (!item) return std::nullopt;
  if (auto* line = std::get_if<JsonlLine>(&*item)) return ParseJsonlLine(*line);
  if (auto* error = std::get_if<Error>(&*item)) return std::move(*error);
  return std::move(std::get<Document>(*item));
}

std::optional<ReadItem> DocumentReader::NextUnparsed() {
  while (true) {
    if (jsonl_stream_) {
      if (auto item = NextJsonlLine()) return item;
      continue;
    }
    if (queue_.empty()) return std::nullopt;
    std::string path = queue_.back();
    queue_.pop_back();
    if (auto item = ReadFile(path)) {
      if (auto* error = std::get_if<Error>(&*item)) return std::move(*error);
      return std::move(std::get<Document>(*item));
    }
  }
}

std::optional<ReadItem> DocumentReader::NextJsonlLine() {
  std::string line;
  while (std::getline(*jsonl_stream_, line)) {
    ++jsonl_line_;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    return JsonlLine{std::move(line), jsonl_path_, jsonl_line_};
  }
  bool failed = jsonl_stream_->bad();
  jsonl_stream_.reset();
  if (failed) return Error{Error::Kind::kIo, jsonl_path_, jsonl_line_ + 1, 0, "read error"};
  return std::nullopt;
}

std::optional<std::variant<Document, Error>> DocumentReader::ReadFile(const std::string& path) {
  auto io_error = [&](const std::string& msg) { return Error{Error::Kind::kIo, path, 0, 0, msg}; };
  if (path == "-") {
    Document doc{"-", std::string(std::istreambuf_iterator<char>(std::cin), {}), {}, {}};
    if (auto fault = CheckText(doc.text)) return Error{Error::Kind::kEncoding, path, fault->line, fault->col, fault->what};
    return doc;
  }
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec) return io_error("cannot read: " + Describe(ec));
  if (fs::is_directory(st)) {
    if (auto error = ExpandDirectory(path)) return *error;
    return std::nullopt;
  }
  ++files_seen_;
  if (IsJsonlPath(path)) {
    auto stream = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*stream) return io_error(std::string("cannot read: ") + std::strerror(errno));
    jsonl_path_ = ValidUtf8(path);
    jsonl_line_ = 0;
    jsonl_stream_ = std::move(stream);
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return io_error(std::string("cannot read: ") + std::strerror(errno));
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return io_error("read error");
  Document doc{ValidUtf8(path), std::move(buf).str(), {}, {}};
  if (auto fault = CheckText(doc.text)) return Error{Error::Kind::kEncoding, path, fault->line, fault->col, fault->what};
  return doc;
}

std::optional<Error> DocumentReader::ExpandDirectory(const std::string& dir) {
  auto io_error = [&](const std::string& msg) { return Error{Error::Kind::kIo, dir, 0, 0, msg}; };
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) return io_error(std::string("cannot read: ") + std::strerror(errno));
  std::pair<unsigned long, unsigned long> key{st.st_dev, st.st_ino};
  // A symlink that leads back to a directory already walked would loop
  // forever; its articles were read once already.
  if (std::find(visited_dirs_.begin(), visited_dirs_.end(), key) != visited_dirs_.end())
    return io_error("directory loop: leads to a directory already read; skipped");
  visited_dirs_.push_back(key);
  std::vector<std::string> children;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code type_ec;
    bool is_dir = it->is_directory(type_ec);
    if (is_dir || HasArticleExtension(it->path())) children.push_back(it->path().string());
  }
  std::sort(children.begin(), children.end());
  // queue_ pops from the back, so push in reverse to keep sorted order.
  queue_.insert(queue_.end(), children.rbegin(), children.rend());
  if (ec) return io_error("cannot read directory: " + Describe(ec));
  return std::nullopt;
}

}  // namespace claimcheck
