#include "claimcheck/rules/factor_pattern.h"

#include <utility>

namespace claimcheck {
namespace {

constexpr size_t kNone = std::string_view::npos;
// What may stand between "(?" and ":" or ")": "(?i:", "(?-i)".
constexpr const char* kFlagChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-";

size_t CodePointEnd(std::string_view s, size_t i) {
  ++i;
  while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  return i;
}

// The end of the escape that starts at s[i] == '\\', or kNone.
size_t EscapeEnd(std::string_view s, size_t i) {
  if (i + 1 >= s.size()) return kNone;
  char c = s[i + 1];
  if (c == 'Q' || c == 'E') return kNone;  // a quoted run: not followed
  if (c == 'p' || c == 'P' || c == 'x') {
    if (i + 2 < s.size() && s[i + 2] == '{') {
      size_t close = s.find('}', i + 3);
      return close == kNone ? kNone : close + 1;
    }
    size_t end = i + 2 + (c == 'x' ? 2 : 1);  // \xFF, \pL
    return end <= s.size() ? end : kNone;
  }
  if (c >= '0' && c <= '7') {  // octal, up to three digits
    size_t end = i + 2;
    while (end < s.size() && end < i + 4 && s[end] >= '0' && s[end] <= '7') ++end;
    return end;
  }
  return CodePointEnd(s, i + 1);
}

// The end of the character class that starts at s[i] == '['.
size_t ClassEnd(std::string_view s, size_t i) {
  size_t j = i + 1;
  if (j < s.size() && s[j] == '^') ++j;
  if (j < s.size() && s[j] == ']') ++j;  // first, ']' is a member
  while (j < s.size() && s[j] != ']') {
    if (s[j] == '\\') {
      j = EscapeEnd(s, j);
      if (j == kNone) return kNone;
    } else if (s.substr(j, 2) == "[:" && s.find(":]", j + 2) != kNone) {
      j = s.find(":]", j + 2) + 2;
    } else {
      ++j;
    }
  }
  return j < s.size() ? j + 1 : kNone;
}

// "(?i)" and the like set flags for the rest of the enclosing group, so the
// pieces after it do not stand on their own.
bool SetsFlags(std::string_view s, size_t i) {
  if (s.substr(i, 2) != "(?") return false;
  size_t j = s.find_first_not_of(kFlagChars, i + 2);
  return j != kNone && s[j] == ')';
}

// The end of the group that starts at s[i] == '('.
size_t GroupEnd(std::string_view s, size_t i) {
  int depth = 0;
  for (size_t j = i; j < s.size();) {
    if (s[j] == '\\' || s[j] == '[') {
      j = s[j] == '\\' ? EscapeEnd(s, j) : ClassEnd(s, j);
      if (j == kNone) return kNone;
      continue;
    }
    if (s[j] == '(') ++depth;
    if (s[j] == ')' && --depth == 0) return j + 1;
    ++j;
  }
  return kNone;
}

size_t AtomEnd(std::string_view s, size_t i) {
  switch (s[i]) {
    case '\\': return EscapeEnd(s, i);
    case '[': return ClassEnd(s, i);
    case '(': return SetsFlags(s, i) ? kNone : GroupEnd(s, i);
    case ')': case '*': case '+': case '?': return kNone;
    default: return CodePointEnd(s, i);
  }
}

// The end of "{n}", "{n,}" or "{n,m}" at s[i] == '{'; kNone where the
// brace is a literal, as RE2 reads it.
size_t CountEnd(std::string_view s, size_t i) {
  size_t j = s.find_first_not_of("0123456789", i + 1);
  if (j == kNone || j == i + 1) return kNone;
  if (s[j] == ',') j = s.find_first_not_of("0123456789", j + 1);
  return j != kNone && s[j] == '}' ? j + 1 : kNone;
}

// The end of the repetition operators after an atom that ends at i.
size_t RepeatEnd(std::string_view s, size_t i) {
  while (i < s.size()) {
    size_t end = s[i] == '*' || s[i] == '+' || s[i] == '?' ? i + 1 : s[i] == '{' ? CountEnd(s, i) : kNone;
    if (end == kNone) break;
    i = end;
    if (i < s.size() && s[i] == '?') ++i;  // non-greedy
  }
  return i;
}

// Alternatives as a trie of their pieces: a piece that several alternatives
// begin with is one edge, and so compiles to one set of threads.
class PieceTrie {
 public:
  void Add(const std::vector<std::string_view>& pieces) {
    PieceTrie* node = this;
    for (std::string_view piece : pieces) node = &node->Child(Factored(piece));
    node->ends_ = true;
  }

  std::string Regex() const {
    std::string alternation;
    for (size_t k = 0; k < pieces_.size(); ++k) {
      if (k > 0) alternation += '|';
      alternation += pieces_[k] + children_[k].Regex();
    }
    if (pieces_.empty()) return "";
    if (ends_) return "(?:" + alternation + ")?";
    return pieces_.size() == 1 ? alternation : "(?:" + alternation + ")";
  }

 private:
  PieceTrie& Child(const std::string& piece) {
    for (size_t k = 0; k < pieces_.size(); ++k) {
      if (pieces_[k] == piece) return children_[k];
    }
    pieces_.push_back(piece);
    return children_.emplace_back();
  }

  // A non-capturing group's alternatives, factored in turn: "(?:\d+|\d+,\d+)"
  // is then "(?:\d+(?:,\d+)?)" whichever rule it stands in.
  static std::string Factored(std::string_view piece) {
    if (piece.substr(0, 2) != "(?") return std::string(piece);
    size_t colon = piece.find_first_not_of(kFlagChars, 2);
    size_t close = GroupEnd(piece, 0);
    if (colon == kNone || piece[colon] != ':' || close == kNone) return std::string(piece);
    std::string_view body = piece.substr(colon + 1, close - 1 - (colon + 1));
    auto alternatives = SplitPieces(body);
    if (alternatives.empty()) return std::string(piece);
    PieceTrie trie;
    for (const auto& pieces : alternatives) trie.Add(pieces);
    return std::string(piece.substr(0, colon + 1)) + trie.Regex() + std::string(piece.substr(close - 1));
  }

  std::vector<std::string> pieces_;  // edges, in the order first seen
  std::vector<PieceTrie> children_;  // same index
  bool ends_ = false;                // an alternative ends here
};

}  // namespace

std::vector<std::vector<std::string_view>> SplitPieces(std::string_view pattern) {
  std::vector<std::vector<std::string_view>> alternatives(1);
  for (size_t i = 0; i < pattern.size();) {
    if (pattern[i] == '|') {
      alternatives.emplace_back();
      ++i;
      continue;
    }
    size_t end = AtomEnd(pattern, i);
    if (end == kNone) return {};
    end = RepeatEnd(pattern, end);
    alternatives.back().push_back(pattern.substr(i, end - i));
    i = end;
  }
  return alternatives;
}

std::string FactoredAlternation(const std::vector<std::string>& patterns) {
  PieceTrie trie;
  for (const std::string& pattern : patterns) {
    auto alternatives = SplitPieces(pattern);
    if (alternatives.empty()) {
      std::string whole = "(?:" + pattern + ")";
      trie.Add({whole});
    }
    for (const auto& pieces : alternatives) trie.Add(pieces);
  }
  return trie.Regex();
}

}  // namespace claimcheck
