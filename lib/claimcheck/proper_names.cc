#include "claimcheck/proper_names.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <map>
#include <optional>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include "claimcheck/normalize.h"
#include "claimcheck/word_memo.h"

namespace claimcheck {
namespace {

// Roles are compared as string_views: a std::string against a C string
// costs a strlen and a call for every word a candidate looks at.
using namespace std::string_view_literals;

// A word longer than this is cut here (a Word keeps its length in 32 bits).
constexpr size_t kMaxWordBytes = UINT32_MAX;

// Descriptive German nouns are long compounds ("Energieversorger",
// "Metallkonzern"); shorter words that end in a type word are names
// ("Lechwerk").
constexpr size_t kCompoundLength = 10;

// A Latin-script word: letters and digits, with inner hyphens ("Helion-Projekt").
// 16 bytes, not the 24 of a Span and five bools: name finding holds every
// word of a document at once (2.7 million in a 16 MB line).
struct Word {
  size_t begin = 0;
  uint32_t length = 0;
  bool capitalised : 1 = false;  // first letter upper case
  bool acronym : 1 = false;      // two or more letters, all upper case ("MGX")
  bool inner_capital : 1 = false;  // a capital after a small letter ("OpenAI")
  bool sentence_start : 1 = false;
  bool title_line : 1 = false;  // in a headline written in title case

  size_t end() const { return begin + length; }
};
static_assert(sizeof(Word) == 16);

bool IsAsciiUpper(UChar32 c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLetter(UChar32 c) { return IsAsciiUpper(c) || (c >= 'a' && c <= 'z'); }

// Most letters of Latin-script news are ASCII: those are told apart here
// without a call into ICU.
bool IsLetter(UChar32 c) { return (c >= 0 && c < 0x80) ? IsAsciiLetter(c) : u_isalpha(c); }
bool IsUpper(UChar32 c) { return (c >= 0 && c < 0x80) ? IsAsciiUpper(c) : u_isupper(c); }

bool IsLatinLetter(UChar32 c) {
  if (!IsLetter(c)) return false;
  if (c < 0x80) return true;
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(c, &status) == USCRIPT_LATIN && U_SUCCESS(status);
}

bool IsHan(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(c, &status) == USCRIPT_HAN && U_SUCCESS(status);
}

// Where the opening parenthesis (ASCII or fullwidth) right before pos
// begins, or pos when there is none.
size_t ParenthesisBefore(std::string_view text, size_t pos) {
  for (std::string_view paren : {"(", "\uFF08"}) {
    if (pos >= paren.size() && text.substr(pos - paren.size(), paren.size()) == paren) return pos - paren.size();
  }
  return pos;
}

// Where the Han characters right before pos begin, nearest first, at most n.
std::vector<size_t> HanCharsBefore(std::string_view text, size_t pos, size_t n) {
  std::vector<size_t> starts;
  for (size_t at = pos; at > 0 && starts.size() < n;) {
    size_t begin = at - 1;
    while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
    UChar32 c;
    int32_t i = static_cast<int32_t>(begin);
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    if (!IsHan(c)) break;
    starts.push_back(begin);
    at = begin;
  }
  return starts;
}

bool IsWordChar(UChar32 c) { return (c >= '0' && c <= '9') || IsLatinLetter(c); }

// What the scan of a document's words asks of most of its bytes, which are
// ASCII: one table lookup instead of range tests.
constexpr uint8_t kDigitByte = 1, kLowerByte = 2, kUpperByte = 4;
constexpr std::array<uint8_t, 128> kAsciiClasses = [] {
  std::array<uint8_t, 128> classes{};
  for (int c = '0'; c <= '9'; ++c) classes[c] = kDigitByte;
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = kLowerByte;
  for (int c = 'A'; c <= 'Z'; ++c) classes[c] = kUpperByte;
  return classes;
}();

// IsWordChar of an ASCII byte (b < 0x80).
bool IsAsciiWordByte(unsigned char b) { return kAsciiClasses[b] != 0; }

UChar32 CodePointAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return -1;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return c;
}

UChar32 LastCodePoint(std::string_view text) {
  int32_t i = static_cast<int32_t>(text.size());
  UChar32 c;
  U8_PREV(text.data(), 0, i, c);
  return c;
}

std::vector<std::string_view> KeysEndingAt(std::string_view body);
std::vector<std::string_view> KeysStartingAt(std::string_view body);

// Whether only openers and spaces stand between the last sentence end (or
// the start of the text) and pos.
bool StartsSentence(std::string_view text, size_t pos) {
  while (pos > 0) {
    char c = text[pos - 1];
    if (c == ' ' || c == '"' || c == '\'' || c == '(' || c == '[') {
      --pos;
      continue;
    }
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '\r';
  }
  return true;
}

// "Gulf-backed", "Essen-based", "Hong Kong-listed": a capital, then a
// lower-case word after a hyphen, makes an adjective of a place.
void MarkAdjective(std::string_view word, Word& w) {
  size_t dash = word.rfind('-');
  if (w.capitalised && dash != std::string_view::npos && dash + 1 < word.size() && word[dash + 1] >= 'a' &&
      word[dash + 1] <= 'z')
    w.capitalised = w.inner_capital = w.acronym = false;
}

// What the letters of a word say of its case, read one at a time.
struct CaseTally {
  int letters = 0, upper = 0;
  bool after_small = false;

  void Add(bool letter, bool is_upper, Word& w) {
    if (!letter) {
      after_small = false;
      return;
    }
    if (letters == 0) w.capitalised = is_upper;
    if (is_upper && after_small) w.inner_capital = true;
    after_small = !is_upper;
    ++letters;
    upper += is_upper;
  }

  void Finish(std::string_view word, Word& w) const {
    w.acronym = letters >= 2 && upper == letters;
    MarkAdjective(word, w);
  }
};

void Classify(std::string_view text, Word& w) {
  CaseTally tally;
  for (int32_t i = static_cast<int32_t>(w.begin); i < static_cast<int32_t>(w.end());) {
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(w.end()), c);
    bool letter = IsLetter(c);
    tally.Add(letter, letter && IsUpper(c), w);
  }
  tally.Finish(text.substr(w.begin, w.length), w);
}

// Classify for a word of ASCII bytes alone, as most words are: the same
// tests without decoding.
void ClassifyAscii(std::string_view word, Word& w) {
  CaseTally tally;
  for (char ch : word) {
    uint8_t byte_class = kAsciiClasses[static_cast<unsigned char>(ch) & 0x7F];
    tally.Add((byte_class & (kLowerByte | kUpperByte)) != 0, byte_class == kUpperByte, w);
  }
  tally.Finish(word, w);
}

// Headlines in title case ("Delta Air Lines Cuts Fares As Fuel Costs
// Rise") capitalise common words: there every word counts as standing at a
// sentence start, so only names the document also writes mid-sentence hold.
// (Not where every noun has a capital: German prose would look the same.)
void MarkTitleCaseLines(std::string_view text, std::vector<Word>& words) {
  size_t line_first = 0;
  while (line_first < words.size()) {
    size_t line_end = text.find('\n', words[line_first].begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    size_t next = line_first;
    int long_words = 0, capitalised = 0;
    for (; next < words.size() && words[next].begin < line_end; ++next) {
      if (words[next].length < 4) continue;
      ++long_words;
      capitalised += words[next].capitalised;
    }
    if (long_words >= 3 && capitalised * 10 >= long_words * 7) {
      for (size_t k = line_first; k < next; ++k) words[k].title_line = true;
    }
    line_first = next;
  }
}

// "U.S.", "U.K.": a capital letter word that goes on as capital letters
// with dots is one word, up to its last letter (table keys hold "u.s"), not
// a name "U" that ends a sentence. Where it does not, word_end as it was.
size_t InitialismEnd(std::string_view text, size_t begin, size_t word_end, size_t end) {
  auto upper = [&](size_t i) { return i < end && IsAsciiUpper(text[i]); };
  if (word_end != begin + 1 || !upper(begin)) return word_end;
  size_t at = word_end;
  while (at + 1 < end && text[at] == '.' && upper(at + 1) && (at + 2 >= end || text[at + 2] == '.')) at += 2;
  return at;
}

bool IsHanAtEnd(std::string_view s) {
  return !s.empty() && static_cast<unsigned char>(s.back()) >= 0x80 && !IsLatinLetter(LastCodePoint(s));
}

bool IsHanAtStart(std::string_view s) {
  UChar32 first = s.empty() ? 0 : CodePointAt(s, 0);
  return first >= 0x80 && !IsLatinLetter(first);
}

// In Chinese copy a Latin name runs straight into the date after it
// ("Orrinford Nuclear16日宣布"): digits between a word and a date unit
// (rules: date_units) begin that date and are no part of the word. Before
// other Han words they belong to a model ("松下LX3仅售", "MP5901").
size_t WithoutDigitsBeforeDate(std::string_view text, size_t begin, size_t at, const Table& date_units) {
  if (at >= text.size()) return at;
  UChar32 next = CodePointAt(text, at);
  if (next < 0x80 || !date_units.Find(text.substr(at, static_cast<size_t>(U8_LENGTH(next))))) return at;
  size_t digits = at;
  while (digits > begin && text[digits - 1] >= '0' && text[digits - 1] <= '9') --digits;
  return digits > begin && digits < at ? digits : at;
}

// The words of text up to end. In Latin-script text each knows whether it
// starts a sentence; in Han text digits glued to a word before a date unit
// are cut off it.
std::vector<Word> LatinWords(std::string_view text, size_t end, bool latin_text, bool title_case_lines,
                             const Table* date_units) {
  bool track_sentences = latin_text;
  std::vector<Word> words;
  // Prose has about a word in six bytes: growing the vector word by word
  // cost a tenth of this scan. Room for a word in four: pages never written
  // cost no memory, but a vector that outgrows its room holds its words
  // twice while it moves them (English news, 5.9 bytes a word, outgrew six).
  words.reserve(end / 4);
  size_t pos = 0;
  while (pos < end) {
    if (auto b = static_cast<unsigned char>(text[pos]); b < 0x80 && !IsAsciiWordByte(b)) {
      ++pos;
      continue;
    }
    int32_t i = static_cast<int32_t>(pos);
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(end), c);
    if (!IsWordChar(c)) {
      pos = static_cast<size_t>(i);
      continue;
    }
    Word w;
    w.begin = pos;
    bool ascii = c < 0x80;
    size_t at = static_cast<size_t>(i);
    while (at < end) {
      if (auto b = static_cast<unsigned char>(text[at]); b < 0x80 && b != '-') {
        // "AT&T", "S&P": an ampersand between capitals is inside the word.
        bool ampersand = b == '&' && IsAsciiUpper(text[at - 1]) && at + 1 < end && IsAsciiUpper(text[at + 1]);
        if (!IsAsciiWordByte(b) && !ampersand) break;
        ++at;
        continue;
      }
      UChar32 next = CodePointAt(text, at);
      if (next == '-' && IsWordChar(CodePointAt(text, at + 1))) {
        ++at;
        continue;
      }
      if (!IsWordChar(next)) break;
      ascii = false;  // (ASCII word bytes were taken above)
      at += static_cast<size_t>(U8_LENGTH(next));
    }
    if (!latin_text && date_units) at = WithoutDigitsBeforeDate(text, pos, at, *date_units);
    w.length = static_cast<uint32_t>(std::min(std::min(InitialismEnd(text, pos, at, end), end) - pos, kMaxWordBytes));
    if (ascii) ClassifyAscii(text.substr(w.begin, w.length), w);
    else Classify(text, w);
    w.sentence_start = track_sentences && StartsSentence(text, w.begin);
    words.push_back(w);
    pos = w.end();
  }
  if (track_sentences && title_case_lines) MarkTitleCaseLines(text, words);
  return words;
}

// The first word of a table key as KeysStartingAt cuts it (letters,
// digits, '-' and '.', without trailing dots), and the last one as
// KeysEndingAt cuts it (after the last space).
std::string_view FirstKeyWord(std::string_view s) {
  size_t end = 0;
  while (end < s.size() && (IsWordChar(CodePointAt(s, end)) || s[end] == '-' || s[end] == '.')) {
    UChar32 c = CodePointAt(s, end);
    end += c < 0x80 ? 1 : static_cast<size_t>(U8_LENGTH(c));
  }
  while (end > 0 && s[end - 1] == '.') --end;
  return s.substr(0, end);
}

std::string_view LastKeyWord(std::string_view s) {
  size_t space = s.rfind(' ');
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

bool IsTypeRole(std::string_view role) {
  return role == "company" || role == "project" || role == "venture" || role == "fund" || role == "institution";
}

using WordSet = std::unordered_set<std::string, TransparentHash, std::equal_to<>>;

// What the lexicon learns of words, kept across documents: a word's role
// depends on the language's rules alone, and news repeats its words, so
// working roles out afresh for each document cost a third of name finding.
struct LexiconMemo {
  static constexpr size_t kMaxWords = 1 << 16;
  WordMemo<std::string> roles;  // word as written -> role
  WordMemo<bool> investee;      // word as written -> marks one
  // Whether a word as written may end or start a key (MayEndKey,
  // MayStartKey): every candidate asks of the words around it, and folding
  // them each time cost more than the lookups it saves.
  WordMemo<bool> may_end, may_start;
  // The first words of name_words keys that type a name, and the last words
  // of keys that may stand before one (no stop word): a window whose words
  // are none of these needs no folding and lookup, and most capitalised
  // words stand after an article or a verb.
  WordSet first_words, last_words;
  // The type keys a compound may end with ("konzern" -> company), in the
  // table's own order, so that the first fit is the one a pass over the
  // whole table would find. (Copies: the memo holds no pointer into the rules.)
  std::vector<std::pair<std::string, std::string>> compound_types;  // key, role
  // The keys of titles ("ceo", "konzernchef"): TitleBeforeComma looks for
  // them without a pass over the whole table.
  std::vector<std::string> person_keys;

  explicit LexiconMemo(const Table* names) {
    if (!names) return;
    for (const auto& [key, role] : names->entries) {
      if (IsTypeRole(role)) first_words.emplace(FirstKeyWord(key));
      if (role != "stop" && role != "joins") last_words.emplace(LastKeyWord(key));
      if (IsTypeRole(role) && key.size() >= 4) compound_types.emplace_back(key, role);
      if (role == "person") person_keys.push_back(key);
    }
  }
  void Bound() {
    if (roles.size() >= kMaxWords) roles.Clear();
    if (investee.size() >= kMaxWords) investee.Clear();
    if (may_end.size() >= kMaxWords) may_end.Clear();
    if (may_start.size() >= kMaxWords) may_start.Clear();
  }
};

// The memo for lang on this thread. It is keyed by the rules' compile state,
// which copies of one LanguageRules share and which rules loaded later
// (even at the same address) do not; it holds no pointer into the rules.
std::shared_ptr<LexiconMemo> MemoFor(const LanguageRules& lang, const Table* names) {
  if (!lang.compiled) return std::make_shared<LexiconMemo>(names);
  struct Entry {
    std::weak_ptr<CompileOnce> rules;
    std::shared_ptr<LexiconMemo> memo;
  };
  thread_local std::vector<Entry> memos;  // one per language this thread reads
  auto same = [&](const Entry& e) {
    return !e.rules.owner_before(lang.compiled) && !lang.compiled.owner_before(e.rules);
  };
  std::erase_if(memos, [&](const Entry& e) { return e.rules.expired() && !same(e); });
  for (auto& e : memos) {
    if (same(e)) return e.memo;
  }
  memos.push_back({lang.compiled, std::make_shared<LexiconMemo>(names)});
  return memos.back().memo;
}

// What the rules say of a word: "stop", "person", "place", a type, or "".
class Lexicon {
 public:
  explicit Lexicon(const LanguageRules& lang)
      : lang_(lang),
        roles_(lang.FindTable("name_words")),
        investee_markers_(lang.FindTable("investee_markers")),
        currency_codes_(lang.FindTable("currency_codes")),
        currencies_(lang.FindTable("currencies")),
        places_(lang.FindTable("places")),
        region_words_(lang.FindTable("region_words")),
        memo_(MemoFor(lang, roles_)) {
    memo_->Bound();
  }

  // A document asks for the same words many times (every candidate looks at
  // its neighbours), so each word's role is worked out once.
  const std::string& Role(std::string_view word) const {
    if (const std::string* role = memo_->roles.Find(word)) return *role;
    return memo_->roles.Add(word, FindRole(word));
  }

  // The type word a compound ends with ("metallkonzern" -> company), or "".
  std::string TypeOfCompound(const std::string& folded) const {
    for (const auto& [key, role] : memo_->compound_types) {
      if (folded.size() > key.size() && folded.ends_with(key)) return role;
    }
    return "";
  }

  static bool IsType(std::string_view role) { return IsTypeRole(role); }

  const Table* roles() const { return roles_; }
  const std::vector<std::string>& person_keys() const { return memo_->person_keys; }
  bool MarksInvestee(std::string_view word) const {
    return Remembered(memo_->investee, word, [&](std::string_view w) {
      auto where = investee_markers_ ? investee_markers_->Find(FoldCase(w)) : std::nullopt;
      return where == "after" || where == "stake";
    });
  }
  const std::vector<std::string>& noun_endings() const { return lang_.common_noun_endings; }

  // Whether a word is a place by its own name ("France", "Munich"), not an
  // adjective of one ("French" reads as france too, and "Swiss Re" is no place).
  bool NamesPlaceItself(std::string_view word) const {
    if (!places_) return false;
    std::string folded = FoldCase(word);
    auto id = places_->Find(folded);
    return id && *id == folded;
  }
  // Whether words name a place the rules list ("New York", "Hong Kong").
  bool NamesPlace(std::string_view words) const { return places_ && places_->Find(FoldCase(words)); }
  // Whether a word after a name says it is a region ("state", "province").
  bool IsRegionWord(std::string_view word) const { return region_words_ && region_words_->Find(FoldCase(word)); }

  // Whether a key of name_words that RoleBefore takes may end where body
  // (as written) ends: its last word, or that word's part after a hyphen,
  // ends such a key. Han text has no words to check and always may.
  bool MayEndKey(std::string_view body) const {
    if (body.empty()) return false;
    if (IsHanAtEnd(body)) return true;
    return Remembered(memo_->may_end, LastKeyWord(body), [&](std::string_view word) {
      std::string last = FoldCase(word);
      if (memo_->last_words.count(last)) return true;
      size_t dash = last.rfind('-');
      return dash != std::string::npos && memo_->last_words.count(std::string_view(last).substr(dash + 1)) > 0;
    });
  }

  // Whether a type word of name_words may start where body (as written) starts.
  bool MayStartKey(std::string_view body) const {
    if (body.empty()) return false;
    if (IsHanAtStart(body)) return true;
    size_t space = body.find(' ');
    return Remembered(memo_->may_start, body.substr(0, space), [&](std::string_view word) {
      return memo_->first_words.count(FirstKeyWord(FoldCase(word))) > 0;
    });
  }

 private:
  // answer(word), worked out once per word as written.
  template <typename Answer>
  static bool Remembered(WordMemo<bool>& memo, std::string_view word, Answer answer) {
    if (const bool* known = memo.Find(word)) return *known;
    return memo.Add(word, answer(word));
  }

  std::string FindRole(std::string_view word) const {
    std::string folded = FoldCase(word);
    if (roles_) {
      if (auto role = roles_->Find(folded)) return std::string(*role);
    }
    if (IsOwnWord(folded)) {
      // "der Energieversorger Hallberg": a word the rules use for a company
      // ("der Energieversorger" is a reference) that is a compound on a type
      // word types the name after it, as the type word would.
      if (lang_.capitalises_nouns && folded.size() >= kCompoundLength) {
        if (std::string type = TypeOfCompound(folded); !type.empty()) return type;
      }
      return "stop";
    }
    // "Oman's largest project": a place named as English names it names no
    // company ("Deutsche", an adjective of one, may start a name).
    if (NamesPlaceItself(word)) return "stop";
    // "Chinas Vormacht": a genitive of a place or stop word starts no name.
    if (folded.size() > 3 && folded.back() == 's') {
      std::string stem = folded.substr(0, folded.size() - 1);
      if (roles_ && roles_->Find(stem) == "stop") return "stop";
    }
    // "KI-Rechenzentren": a compound with a word that is no name is no name.
    if (folded.find('-') != std::string::npos) {
      size_t start = 0;
      for (size_t i = 0; i <= folded.size(); ++i) {
        if (i < folded.size() && folded[i] != '-') continue;
        std::string part = folded.substr(start, i - start);
        if (IsOwnWord(part) || (roles_ && roles_->Find(part) == "stop")) return "stop";
        start = i + 1;
      }
    }
    return "";
  }

  // Words of the language's own tables and its frequent words: "Milliarden",
  // "Januar", "Insgesamt", "Die" are capitalised but name nothing.
  bool IsOwnWord(const std::string& folded) const {
    if (lang_.vocabulary.count(folded)) return true;
    if ((currency_codes_ && currency_codes_->entries.count(folded)) || (currencies_ && currencies_->entries.count(folded)))
      return true;
    return std::find(lang_.detect_words.begin(), lang_.detect_words.end(), folded) != lang_.detect_words.end();
  }

  const LanguageRules& lang_;
  const Table* roles_;
  const Table* investee_markers_;
  const Table* currency_codes_;
  const Table* currencies_;
  const Table* places_;
  const Table* region_words_;
  std::shared_ptr<LexiconMemo> memo_;
};

// A run of capitalised words, before it is judged.
struct Candidate {
  Span span;                      // type words included
  std::vector<std::string_view> core;  // the words that name it, as written (in the text)
  std::vector<size_t> core_at;    // where each of them begins
  std::string type;
  bool person = false;
  bool place = false;  // "in Saxony", "aus Heilbronn"
  bool introduced = false;  // "namens Tethys", "called Tethys": a name whatever its shape
  bool investee = false;    // right after an investee marker: "in Baltic Crown"
  bool strong = false;  // acronym or inner capital: a name wherever it stands
  // typed by a word before it: a compound in its run ("der Spezialchemiekonzern
  // Haldrup") or a word for a company ("der Energieversorger Hallerwerke")
  bool typed_before = false;
  bool typed_by_name = false;  // by a type word inside its run: "Pasig Line"
  bool sentence_start = false;
  bool title_line = false;
  std::string surface;  // the core words joined by spaces: how the document writes the name
};

std::string JoinedBySpaces(const std::vector<std::string_view>& words) {
  std::string s;
  for (const auto& w : words) {
    if (!s.empty()) s += ' ';
    s += w;
  }
  return s;
}

// Accents stay out of the id: "Lacombe Aéro" in Le Monde is "Lacombe Aero"
// in English copy; so do the dots of an initialism ("Air U.K." is air-uk).
// (Folding goes code point by code point, so the joined words are folded
// at once, not one string per word.)
std::string IdOf(const std::vector<std::string_view>& core) {
  std::string id;
  for (const auto& w : core) {
    if (!id.empty()) id += '-';
    for (char c : w) {
      if (c != '.') id += c;
    }
  }
  return WithoutMarks(FoldCase(id));
}

// Separators that keep a name together: one space, or " & " ("Johnson & Johnson").
bool JoinsName(std::string_view between) { return between == " " || between == " & "; }

class NameFinder {
 public:
  NameFinder(std::string_view text, size_t end, const LanguageRules& lang)
      : text_(text),
        end_(end),
        lexicon_(lang),
        trades_(lang.FindTable("name_trades")),
        latin_text_(lang.script != "Hani"),
        nouns_capitalised_(lang.capitalises_nouns) {
    words_ = LatinWords(text, end, latin_text_, !nouns_capitalised_, lang.FindTable("date_units"));
    roles_.assign(words_.size(), nullptr);
  }

  std::vector<Candidate> Candidates();

 private:
  std::string_view WordText(size_t i) const { return text_.substr(words_[i].begin, words_[i].length); }
  // The role of word i, looked up once: candidates ask about their
  // neighbours again and again.
  const std::string& RoleOf(size_t i) const {
    if (!roles_[i]) roles_[i] = &lexicon_.Role(WordText(i));
    return *roles_[i];
  }
  bool NameWord(size_t i) const;
  // Whether words a and b stand next to each other as parts of one name.
  bool Joined(size_t a, size_t b) const {
    return JoinsName(text_.substr(words_[a].end(), words_[b].begin - words_[a].end()));
  }
  Candidate Read(size_t first, size_t last) const;
  bool StopWordInside(size_t last, size_t next) const;
  bool PlaceLeadsName(size_t i) const;
  bool EndsPlaceName(size_t first, const Candidate& c) const;
  bool StartsPlaceName(size_t last, const Candidate& c) const;
  bool EndsPlaceBeforeName(size_t i) const;
  void ReadNeighbours(Candidate& c) const;
  void DropLeadingCommonNouns(Candidate& c) const;
  bool EndsWithPersonTitle(std::string_view folded) const;
  std::string RoleBefore(size_t pos, size_t* at = nullptr) const;
  bool AfterFigureOrCue(size_t pos) const;
  bool MarksInvestee(size_t pos) const;
  bool TitleBeforeComma(size_t pos) const;
  bool DatelineAt(const Candidate& c) const;
  bool DatelineRegionAt(const Candidate& c) const;
  bool QuotedAt(Span span) const;
  std::string CompoundTypeBefore(size_t pos) const;
  bool IsPlaceAdjective(const std::string& folded) const;
  std::string RoleAfter(size_t pos) const;
  std::string TypeOfHanNameBefore(size_t pos) const;
  size_t KeysStart(std::string_view window) const;
  bool EndsPhrase(size_t pos) const;
  bool RegionWordAfter(size_t pos) const;

  std::string_view text_;
  size_t end_;
  Lexicon lexicon_;
  const Table* trades_;  // name_trades: "物流", "港口" end a company's Chinese name
  bool latin_text_;
  bool nouns_capitalised_;
  std::vector<Word> words_;
  mutable std::vector<const std::string*> roles_;  // RoleOf, by word; null until asked
};

bool LooksLikeName(const Word& w) { return w.capitalised || w.acronym || w.inner_capital; }

bool NameFinder::NameWord(size_t i) const {
  const Word& w = words_[i];
  if (!LooksLikeName(w)) return false;
  const std::string& role = RoleOf(i);
  return role.empty() || Lexicon::IsType(role);
}

std::vector<Candidate> NameFinder::Candidates() {
  std::vector<Candidate> out;
  for (size_t i = 0; i < words_.size();) {
    if ((!NameWord(i) && !PlaceLeadsName(i)) || EndsPlaceBeforeName(i)) {
      ++i;
      continue;
    }
    size_t last = i;
    while (true) {
      size_t next = last + 1;
      if (next < words_.size() && NameWord(next) && Joined(last, next)) {
        last = next;
        continue;
      }
      // "Bank of America", "Compagnie Méridienne des Gaz"; but "Shares of
      // Helion" at a sentence start is a noun and a name.
      // ("Vale Do Rio Doce": a joining word with a capital of its own is
      // part of the name wherever it stands.)
      bool joinable = !words_[last].title_line && next + 1 < words_.size() &&
                      (!words_[last].sentence_start || words_[next].capitalised);
      if (joinable && RoleOf(next) == "joins"sv && NameWord(next + 1) && Joined(last, next) &&
          Joined(next, next + 1)) {
        last = next + 1;
        continue;
      }
      if (StopWordInside(last, next)) {
        last = next + 1;
        continue;
      }
      break;
    }
    Candidate c = Read(i, last);
    // ("the South African economy": a place's name or adjective the rules list.)
    if (EndsPlaceName(i, c) || StartsPlaceName(last, c) || lexicon_.NamesPlace(c.surface)) c.place = true;
    // "A股", "Class B": a letter alone names nothing.
    if (c.core.size() > 1 || (!c.core.empty() && c.core.front().size() > 1)) out.push_back(std::move(c));
    i = last + 1;
  }
  return out;
}

// "Haiyun New Energy", "Marlowe US Ports": a capitalised stop word between
// two words of a name, mid-sentence, is part of it. Not where every noun
// has a capital, nor in a title-case line, where any word may have one.
bool NameFinder::StopWordInside(size_t last, size_t next) const {
  if (nouns_capitalised_ || next + 1 >= words_.size()) return false;
  const Word& w = words_[next];
  bool mid_sentence_capital = w.capitalised && !w.acronym && !w.sentence_start && !w.title_line;
  return mid_sentence_capital && RoleOf(next) == "stop"sv && NameWord(next + 1) && Joined(last, next) &&
         Joined(next, next + 1);
}

// "France Telecom", "Munich Re": where only names are capitalised, a
// place's own name right before a name word is part of that name. A
// possessive, a comma or a place preposition sets the place apart
// ("Germany's Rheinfels", "in Germany, Rheinfels", "In Germany Rheinfels
// will"), and so does a title-case line, where every word has a capital
// ("Germany Backs Rheinfels").
bool NameFinder::PlaceLeadsName(size_t i) const {
  if (nouns_capitalised_ || i + 1 >= words_.size()) return false;
  const Word& w = words_[i];
  if (!w.capitalised || w.acronym || w.title_line || RoleOf(i) != "stop"sv) return false;
  return text_.substr(w.end(), words_[i + 1].begin - w.end()) == " " && NameWord(i + 1) &&
         lexicon_.NamesPlaceItself(WordText(i)) && RoleBefore(w.begin) != "place"sv;
}

// "in New York": a run is the end of a place's name when the word before
// it, a stop word that started no run, completes that name.
bool NameFinder::EndsPlaceName(size_t first, const Candidate& c) const {
  if (first == 0 || c.core.size() != 1) return false;
  const Word& before = words_[first - 1];
  size_t end = c.span.end;
  if (text_.substr(before.end(), words_[first].begin - before.end()) != " ") return false;
  return lexicon_.NamesPlace(text_.substr(before.begin, end - before.begin));
}

// "HONG KONG FIRM UPS WRATHER": a word that completes a place's name with
// the word before it ends that place, where a name word follows it.
bool NameFinder::EndsPlaceBeforeName(size_t i) const {
  if (i == 0 || i + 1 >= words_.size() || !NameWord(i + 1)) return false;
  const Word& before = words_[i - 1];
  const Word& w = words_[i];
  return text_.substr(before.end(), w.begin - before.end()) == " " && Joined(i, i + 1) &&
         lexicon_.NamesPlace(text_.substr(before.begin, w.end() - before.begin));
}

// "West Africa's airports", "in West and Central Africa": a run is the
// start of a place's name when the word after it completes that name, or
// completes it after a second run it is listed with ("West" and "Central"
// before "Africa").
bool NameFinder::StartsPlaceName(size_t last, const Candidate& c) const {
  auto completes = [&](std::string_view run, size_t next) {
    if (next >= words_.size()) return false;
    const Word& w = words_[next];
    return lexicon_.NamesPlace(std::string(run) + " " + std::string(text_.substr(w.begin, w.length)));
  };
  size_t next = last + 1;
  if (next >= words_.size()) return false;
  std::string_view gap = text_.substr(words_[last].end(), words_[next].begin - words_[last].end());
  if (gap == " ") return completes(c.surface, next);
  // "West and Central Africa": the second run is one word, as is the place's last.
  bool listed = gap == " and " || gap == " und " || gap == " et ";
  return listed && next + 1 < words_.size() && completes(text_.substr(words_[next].begin, words_[next].length), next + 1) &&
         completes(c.surface, next + 1);
}

// Type words at either end of the run type it and stay out of its id:
// "Projekt Aurora", "Helion Grid AG", "Helion-Projekt".
Candidate NameFinder::Read(size_t first, size_t last) const {
  Candidate c;
  c.span = {words_[first].begin, words_[last].end()};
  c.sentence_start = words_[first].sentence_start;
  c.title_line = words_[first].title_line;
  for (size_t i = first; i <= last; ++i) {
    std::string_view word = WordText(i);
    const std::string& role = RoleOf(i);
    if (role == "joins"sv) continue;
    if (Lexicon::IsType(role)) {
      c.type = role;
      c.typed_by_name = true;
      // "der Stuttgarter Energieversorger Hallerwerke": a word for a company
      // before the name types it as one before it would (ReadNeighbours).
      c.typed_before = c.typed_before || (i < last && role != "project"sv);
      continue;
    }
    if (size_t dash = word.rfind('-'); dash != std::string_view::npos) {
      const std::string& tail_role = lexicon_.Role(word.substr(dash + 1));
      if (Lexicon::IsType(tail_role)) c.type = tail_role, c.typed_by_name = true, word = word.substr(0, dash);
      // "Lechwerk-Chefin Dagmar Hollweg": a title leads the run, which names a person.
      if (tail_role == "person"sv && i == first && last > first) c.person = true;
    }
    c.core.push_back(word);
    c.core_at.push_back(words_[i].begin);
    c.strong = c.strong || words_[i].acronym || words_[i].inner_capital;
  }
  DropLeadingCommonNouns(c);
  c.surface = JoinedBySpaces(c.core);
  ReadNeighbours(c);
  return c;
}

// Whether a folded German word is a person's title or a compound on one
// ("stadtpräsidentin" on "präsidentin").
bool NameFinder::EndsWithPersonTitle(std::string_view folded) const {
  return std::any_of(lexicon_.person_keys().begin(), lexicon_.person_keys().end(), [&](const std::string& key) {
    return key.size() >= 5 && folded.ends_with(key);
  });
}

// "der französische Gasnetzbetreiber Compagnie Méridienne": the noun in front
// describes the name and is not part of it. A name of one word keeps it
// ("Bayer AG"), and so do short surnames ("Daimler Truck", "Schneider
// Electric"): descriptive nouns are long compounds.
void NameFinder::DropLeadingCommonNouns(Candidate& c) const {
  auto common_noun = [&](const std::string& folded) {
    // "des Netzbetreibers Calanque Télécom": the genitive's "s" aside.
    std::string stem = folded.ends_with('s') ? folded.substr(0, folded.size() - 1) : folded;
    return folded.size() >= kCompoundLength &&
           std::any_of(lexicon_.noun_endings().begin(), lexicon_.noun_endings().end(),
                       [&](const std::string& ending) { return stem.ends_with(ending); });
  };
  // "Metallkonzern", "des Fussballstadions": a long compound on a type word.
  auto compound_type_of = [&](const std::string& folded) {
    if (!nouns_capitalised_ || folded.size() < kCompoundLength) return std::string();
    std::string type = lexicon_.TypeOfCompound(folded);
    if (type.empty() && folded.ends_with('s')) type = lexicon_.TypeOfCompound(folded.substr(0, folded.size() - 1));
    return type;
  };
  while (c.core.size() >= 2) {
    std::string head = FoldCase(c.core.front());
    // "Stadtpräsidentin Claire Mottier", "Vorstandschef X": a compound on a
    // person's title names a person.
    if (nouns_capitalised_ && EndsWithPersonTitle(head)) {
      c.person = true;
      return;
    }
    bool common = common_noun(head);
    // "der Hamburger Hafenlogistiker Elbkai Logistik", "des Genfer
    // Fussballstadions Arena Salève": a city's adjective before such a noun
    // describes the name too.
    if (!common && nouns_capitalised_ && c.core.size() >= 3 && head.ends_with("er")) {
      std::string next = FoldCase(c.core[1]);
      common = common_noun(next) || !compound_type_of(next).empty();
    }
    // "Metallkonzern Haldor Metals": a compound on a type word describes
    // the name and types it.
    // (Short words that end in a type word are names: "Lechwerk Stahl".)
    std::string compound_type = compound_type_of(head);
    // "der Gemeinschaftsfirma Zellwerk Lausitz": after a type word the
    // compound is part of the name, not a description of it.
    if (!compound_type.empty() && !common && Lexicon::IsType(RoleBefore(c.core_at.front()))) return;
    // ("der Fernleitungsnetzbetreiber Vellmar Netz" is a company, whatever
    // its own last word says.)
    if (!compound_type.empty()) {
      c.type = compound_type;
      c.typed_before = true;
    }
    if (!common && compound_type.empty()) break;
    c.core.erase(c.core.begin());
    c.core_at.erase(c.core_at.begin());
    c.span.begin = c.core_at.front();
  }
  // "bei Genfer Stadion": a city's adjective and a type word describe a
  // thing and name none.
  if (nouns_capitalised_ && c.core.size() == 1 && c.typed_by_name && IsPlaceAdjective(FoldCase(c.core.front())))
    c.place = true;
}

// "genfer", "zürcher": a place the rules list, with the ending of its adjective.
bool NameFinder::IsPlaceAdjective(const std::string& folded) const {
  if (!folded.ends_with("er") || folded.size() < 5) return false;
  std::string_view role = lexicon_.Role(std::string_view(folded).substr(0, folded.size() - 2));
  return role == "stop"sv || role == "place"sv;
}

// Whether the run at span stands in quote marks: "X", „X“, « X ».
bool NameFinder::QuotedAt(Span span) const {
  static const std::pair<std::string_view, std::string_view> kQuotes[] = {
      {"\"", "\""}, {"\u201E", "\u201C"}, {"\u201C", "\u201D"}, {"\u00AB ", " \u00BB"}, {"\u00AB", "\u00BB"}};
  return std::any_of(std::begin(kQuotes), std::end(kQuotes), [&](const auto& q) {
    return span.begin >= q.first.size() && text_.substr(span.begin - q.first.size(), q.first.size()) == q.first &&
           text_.substr(span.end, q.second.size()) == q.second;
  });
}

// The type a long compound on a type word says of the quoted name right
// after it ("Hochgeschwindigkeitsstrecke „Argane“"), or "".
std::string NameFinder::CompoundTypeBefore(size_t pos) const {
  if (!nouns_capitalised_) return "";
  auto next = std::partition_point(words_.begin(), words_.end(), [&](const Word& w) { return w.begin < pos; });
  if (next == words_.begin()) return "";
  const Word& previous = *(next - 1);
  std::string_view between = text_.substr(previous.end(), pos - previous.end());
  if (between.size() > 4 || between.find_first_of(".,;:") != std::string_view::npos) return "";
  std::string folded = FoldCase(text_.substr(previous.begin, previous.length));
  return folded.size() >= kCompoundLength ? lexicon_.TypeOfCompound(folded) : "";
}

// A type word, title or preposition just before the run ("the joint
// venture Aurora", "CEO Jane Doe", "in Saxony"), a type word just after it
// ("Aurora Compute公司") or in an apposition ("Dunecloud, a joint venture").
void NameFinder::ReadNeighbours(Candidate& c) const {
  size_t preposition = 0;
  std::string before = RoleBefore(c.span.begin, &preposition), after = RoleAfter(c.span.end);
  // "der Energieversorger Hallerwerke": a word for a company right before a
  // lone word makes it that company's name wherever it stands. (Words for
  // projects do not: "das Hilfsprogramm Ende Juni".)
  bool company_word_before = Lexicon::IsType(before) && before != "project"sv;
  // One small word may stand between: "le groupe norvégien Haldor Metals",
  // "in northern Saxony".
  auto first = std::partition_point(words_.begin(), words_.end(), [&](const Word& w) { return w.begin < c.span.begin; });
  const Word* previous = first == words_.begin() ? nullptr : &*(first - 1);
  bool adjacent = previous && text_.substr(previous->end(), c.span.begin - previous->end()) == " ";
  // (An adjective of a place is a word of the language: "le groupe chinois Yuefeng".)
  if (before.empty() && adjacent && !LooksLikeName(*previous) &&
      (RoleOf(static_cast<size_t>(previous - words_.data())).empty() ||
       lexicon_.NamesPlace(text_.substr(previous->begin, previous->length))))
    before = RoleBefore(previous->begin, &preposition);
  c.investee = adjacent && MarksInvestee(previous->begin);
  if (before == "person"sv || TitleBeforeComma(c.span.begin)) c.person = true;
  if (before.empty() && (DatelineAt(c) || DatelineRegionAt(c))) c.place = true;
  if (before == "naming"sv) {
    // "das Projekt mit dem Namen Elbfeld", "the project, code-named Elbfeld"
    c.introduced = true;
    before = RoleBefore(preposition);
  }
  // "das Azurline genannte Vorhaben": a naming word right after the name
  // introduces it, and the type word after that types it.
  if (auto next = std::partition_point(words_.begin(), words_.end(), [&](const Word& w) { return w.begin < c.span.end; });
      next != words_.end() && text_.substr(c.span.end, next->begin - c.span.end) == " " &&
      RoleOf(static_cast<size_t>(next - words_.begin())) == "naming_after"sv) {
    c.introduced = true;
    if (std::string type = RoleAfter(next->end()); Lexicon::IsType(type)) c.type = type;
  }
  // A quoted name is a name whatever its shape: 'das Projekt "Elbfeld"'; in
  // 'die Hochgeschwindigkeitsstrecke „Argane“' the compound types it too.
  if (QuotedAt(c.span)) {
    c.introduced = true;
    if (before.empty()) before = CompoundTypeBefore(c.span.begin);
  }
  // "a plant in Saxony", "1,5 milliard d'euros en Moselle" name a place;
  // "$12bn in Kestrel", "invest in Kestrel" name where money goes.
  // "in Mato Grosso do Sul state" names a place even after a figure.
  // So does a place the rules list ("rose 5.8% in Sao Paulo").
  bool region_after = RegionWordAfter(c.span.end) || lexicon_.NamesPlace(c.surface);
  if (before == "place"sv && (region_after || !(MarksInvestee(preposition) && AfterFigureOrCue(preposition))))
    c.place = true;
  // "a separate venture, Rimal Power, which ..." is an apposition; in "40 %
  // du consortium, Straits Fibre 36 %" a listing goes on after the comma.
  bool after_comma = c.span.begin >= 2 && text_.substr(c.span.begin - 2, 2) == ", ";
  if (after_comma && !EndsPhrase(c.span.end)) before.clear();
  // What the story calls it ("the joint venture Kestrel GmbH") says more
  // than its legal form.
  if (Lexicon::IsType(before)) {
    c.type = before;
    c.typed_before = c.typed_before || company_word_before;
  }
  if (c.type.empty() && Lexicon::IsType(after)) c.type = after;
  if (c.type.empty()) c.type = TypeOfHanNameBefore(c.span.begin);
}

// "合資公司菲羅利斯（Ferrolys）", "英国马洛港口公司（Marlowe Ports）": a Latin
// name in parentheses after a Chinese one takes the type word that Chinese
// name holds. Where the Chinese name starts the text does not say, so the
// type word nearest the parenthesis among the characters before it counts.
std::string NameFinder::TypeOfHanNameBefore(size_t pos) const {
  constexpr size_t kHanNameLength = 8;  // characters looked at before the parenthesis
  const Table* roles = lexicon_.roles();
  size_t open = ParenthesisBefore(text_, pos);
  if (!roles || open == pos) return "";
  std::vector<size_t> starts = HanCharsBefore(text_, open, kHanNameLength);
  // "易北码头物流（Elbkai Logistik）": a name that ends in a trade is a
  // company, whatever type word stands inside it.
  for (size_t k = starts.size(); trades_ && k > 0; --k) {
    if (trades_->Find(text_.substr(starts[k - 1], open - starts[k - 1]))) return "company";
  }
  // Each end, nearest the parenthesis first; at each, the longest key.
  for (size_t end_index = 0; end_index < starts.size(); ++end_index) {
    size_t end = end_index == 0 ? open : starts[end_index - 1];
    for (size_t k = starts.size(); k > end_index; --k) {
      auto role = roles->Find(text_.substr(starts[k - 1], end - starts[k - 1]));
      if (role && Lexicon::IsType(*role)) return std::string(*role);
    }
  }
  return "";
}

// Whether a phrase ends at pos: a clause mark, a parenthesis or the end.
// Whether the word right after pos says that what ends there is a region:
// "Mato Grosso do Sul state", "Hebei province".
bool NameFinder::RegionWordAfter(size_t pos) const {
  auto next = std::partition_point(words_.begin(), words_.end(), [&](const Word& w) { return w.begin < pos; });
  return next != words_.end() && text_.substr(pos, next->begin - pos) == " " &&
         lexicon_.IsRegionWord(text_.substr(next->begin, next->length));
}

bool NameFinder::EndsPhrase(size_t pos) const {
  size_t at = pos;
  while (at < end_ && text_[at] == ' ') ++at;
  return at >= end_ || std::string_view(",.;:()").find(text_[at]) != std::string_view::npos;
}

// Whether the word that ends before pos is a figure ("$12bn", "12
// Milliarden Dollar") or one of the language's own words ("invest").
bool NameFinder::AfterFigureOrCue(size_t pos) const {
  auto it = std::partition_point(words_.begin(), words_.end(), [&](const Word& w) { return w.end() <= pos; });
  if (it == words_.begin()) return false;
  const Word& w = *(it - 1);
  std::string_view between = text_.substr(w.end(), pos - w.end());
  if (between.find_first_not_of(" $€£¥%") != std::string_view::npos) return false;
  std::string_view word = text_.substr(w.begin, w.length);
  bool figure = std::isdigit(static_cast<unsigned char>(word.back())) || std::isdigit(static_cast<unsigned char>(word.front()));
  return figure || RoleOf(static_cast<size_t>(it - 1 - words_.begin())) == "stop"sv;
}

// "le PDG de Vérançon, Henri Delmasure", "Telvanta's chief executive, Jane
// Doe": a title earlier in the clause, then a comma, then the name.
bool NameFinder::TitleBeforeComma(size_t pos) const {
  const Table* roles = lexicon_.roles();
  if (!roles || pos < 2 || text_.substr(pos - 2, 2) != ", ") return false;
  size_t comma = pos - 2;
  size_t from = comma > 40 ? comma - 40 : 0;
  while (from > 0 && (static_cast<unsigned char>(text_[from]) & 0xC0) == 0x80) --from;
  std::string folded = FoldCase(text_.substr(from, comma - from));
  size_t clause = folded.find_last_of(",.;:!?");
  if (clause != std::string::npos) folded.erase(0, clause + 1);
  for (const std::string& key : lexicon_.person_keys()) {
    for (size_t at = folded.find(key); at != std::string::npos; at = folded.find(key, at + 1)) {
      size_t end = at + key.size();
      bool whole = (at == 0 || !IsWordChar(LastCodePoint(std::string_view(folded).substr(0, at)))) &&
                   (end == folded.size() || !IsWordChar(CodePointAt(folded, end)));
      if (whole) return true;
    }
  }
  return false;
}

// A dateline: "NANTES, 5 février 2026 –", "ABU DHABI, 2 December": the
// capitals at the start of a line, before a comma, name a city.
bool NameFinder::DatelineAt(const Candidate& c) const {
  bool line_start = c.span.begin == 0 || text_[c.span.begin - 1] == '\n';
  if (!line_start || !c.strong || c.core.size() > 3) return false;
  // "EDINBURGH, Jan 20 (Reuters) -", "MAINZ (dpa-AFX) -", "ESSEN/MASKAT, 12. Mai".
  std::string_view after = text_.substr(c.span.end, 2);
  return after.starts_with(",") || after == " (" || after.starts_with("/");
}

// "LOUISVILLE, Ky., Feb 26 -", "CALGARY, Alberta, Feb 26 -": the state or
// province after a dateline's city, in capitals, belongs to the dateline.
bool NameFinder::DatelineRegionAt(const Candidate& c) const {
  constexpr size_t kCityBytes = 32;
  std::string_view after = text_.substr(c.span.end, 2);
  if (!after.starts_with(",") && after != ".,") return false;
  size_t line_start = text_.rfind('\n', c.span.begin);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::string_view city = text_.substr(line_start, c.span.begin - line_start);
  if (!city.ends_with(", ") || city.size() < 4 || city.size() > kCityBytes) return false;
  city.remove_suffix(2);
  return std::none_of(city.begin(), city.end(), [](char ch) { return (ch >= 'a' && ch <= 'z') || ch == ','; });
}

// Whether the word at pos is one of the language's investee markers ("in").
bool NameFinder::MarksInvestee(size_t pos) const {
  auto it = std::partition_point(words_.begin(), words_.end(), [&](const Word& w) { return w.begin < pos; });
  if (it == words_.end() || it->begin != pos) return false;
  return lexicon_.MarksInvestee(text_.substr(it->begin, it->length));
}

// The role of the words that end right before pos, looked up one to three
// words back (or, in Han script, one to six characters back) so that a
// candidate costs a few hash lookups, not a pass over the table. The
// longest key wins: "合資公司" (a venture) over "公司" (a company).
std::string NameFinder::RoleBefore(size_t pos, size_t* at_out) const {
  const Table* roles = lexicon_.roles();
  if (!roles || pos == 0) return "";
  // A quote mark before the name stands in no gap: 'mit dem Namen "Elbfeld"',
  // 'die Hochgeschwindigkeitsstrecke „Argane“', « Argane ».
  for (bool stripped = true; stripped && pos > 0;) {
    stripped = false;
    for (std::string_view quote : {"\"", "\u201E", "\u201C", "\u00AB", "\u00AB "}) {
      if (pos >= quote.size() && text_.substr(pos - quote.size(), quote.size()) == quote) {
        pos -= quote.size();
        stripped = true;
        break;
      }
    }
  }
  size_t from = pos > 48 ? pos - 48 : 0;
  while (from > 0 && (static_cast<unsigned char>(text_[from]) & 0xC0) == 0x80) --from;
  // "CEO Jane Doe", "M. Dupont", "a joint venture, Kestrel"; Chinese writes
  // no space: "命名為Skarvik H2". (Folding leaves these marks alone.)
  std::string_view window = text_.substr(from, pos - from);
  std::string_view gap = window.ends_with(". ") ? ". " : window.ends_with(", ") ? ", " : window.ends_with(" ") ? " " : "";
  if (!lexicon_.MayEndKey(window.substr(0, window.size() - gap.size()))) return "";
  std::string folded = FoldCase(window);
  std::string_view body(folded.data(), folded.size() - gap.size());
  auto accept = [&](std::string_view role, bool han) {
    if (role == "stop" || role == "joins" || (role == "place" && at_out == nullptr)) return false;
    if (gap == ", " && !Lexicon::IsType(role)) return false;
    // "M. Dupont" has a title before it; "a biologics campus. Morgental"
    // ends a sentence with a type word, which types nothing after it.
    if (gap == ". " && Lexicon::IsType(role)) return false;
    return !gap.empty() || han;
  };
  for (std::string_view key : KeysEndingAt(body)) {
    auto role = roles->Find(key);
    UChar32 last = LastCodePoint(key);
    bool han = last >= 0x80 && !IsLatinLetter(last);
    if (!role || !accept(*role, han)) continue;
    // (Case folding keeps the length of these words.)
    if (at_out) *at_out = pos - (folded.size() - (body.size() - key.size()));
    return std::string(*role);
  }
  return "";
}

// The keys a table could hold that end where body ends, longest first:
// the last three, two and one words (and the tail of a hyphenated last
// word), or the last six to one Han characters.
std::vector<std::string_view> KeysEndingAt(std::string_view body) {
  std::vector<std::string_view> keys;
  keys.reserve(6);
  if (body.empty()) return keys;
  if (static_cast<unsigned char>(body.back()) >= 0x80 && !IsLatinLetter(LastCodePoint(body))) {
    size_t at = body.size();
    std::vector<size_t> starts;
    for (int n = 0; n < 6 && at > 0; ++n) {
      do --at;
      while (at > 0 && (static_cast<unsigned char>(body[at]) & 0xC0) == 0x80);
      starts.push_back(at);
    }
    for (auto it = starts.rbegin(); it != starts.rend(); ++it) keys.emplace_back(body.substr(*it));
    return keys;
  }
  std::vector<size_t> starts;  // where the last words begin, nearest first
  size_t end = body.size();
  for (int n = 0; n < 3; ++n) {
    size_t space = body.rfind(' ', end == 0 ? 0 : end - 1);
    size_t start = space == std::string_view::npos ? 0 : space + 1;
    if (start >= end) break;
    starts.push_back(start);
    if (space == std::string_view::npos) break;
    end = space;
  }
  for (auto it = starts.rbegin(); it != starts.rend(); ++it) keys.emplace_back(body.substr(*it));
  // "OpenAI-Chef Sam Altman": the last part of a compound counts too.
  if (size_t dash = body.rfind('-'); !starts.empty() && dash != std::string_view::npos && dash > starts.front())
    keys.emplace_back(body.substr(dash + 1));
  return keys;
}

// Where the words that may type a name begin in the window after it: past
// one space, or past an apposition's article ("Dunecloud, a joint venture",
// "Kestrel, une coentreprise").
size_t NameFinder::KeysStart(std::string_view window) const {
  if (window.starts_with(", ")) {
    size_t word_end = window.find(' ', 2);
    if (word_end != std::string::npos && lexicon_.Role(window.substr(2, word_end - 2)) == "stop"sv) return word_end + 1;
  }
  return window.starts_with(" ") ? 1 : 0;
}

std::string NameFinder::RoleAfter(size_t pos) const {
  const Table* roles = lexicon_.roles();
  if (!roles) return "";
  size_t to = std::min(text_.size(), pos + 48);
  while (to < text_.size() && (static_cast<unsigned char>(text_[to]) & 0xC0) == 0x80) ++to;
  std::string_view window = text_.substr(pos, to - pos);
  if (!lexicon_.MayStartKey(window.substr(KeysStart(window)))) return "";
  std::string folded = FoldCase(window);
  for (std::string_view key : KeysStartingAt(std::string_view(folded).substr(KeysStart(folded)))) {
    auto role = roles->Find(key);
    if (role && Lexicon::IsType(*role)) return std::string(*role);
  }
  return "";
}

// The keys a table could hold that start where body starts, longest first:
// the first three, two and one words, or the first six to one Han characters.
std::vector<std::string_view> KeysStartingAt(std::string_view body) {
  std::vector<std::string_view> keys;
  keys.reserve(6);
  if (body.empty()) return keys;
  UChar32 first = CodePointAt(body, 0);
  if (first >= 0x80 && !IsLatinLetter(first)) {
    std::vector<size_t> ends;
    size_t at = 0;
    for (int n = 0; n < 6 && at < body.size(); ++n) {
      UChar32 c = CodePointAt(body, at);
      if (c < 0 || IsLatinLetter(c) || c == ' ') break;
      at += static_cast<size_t>(U8_LENGTH(c));
      ends.push_back(at);
    }
    for (auto it = ends.rbegin(); it != ends.rend(); ++it) keys.emplace_back(body.substr(0, *it));
    return keys;
  }
  std::vector<size_t> ends;  // where the first words end
  size_t at = 0;
  for (int n = 0; n < 3 && at < body.size(); ++n) {
    size_t end = at;
    while (end < body.size() && (IsWordChar(CodePointAt(body, end)) || body[end] == '-' || body[end] == '.')) {
      UChar32 c = CodePointAt(body, end);
      end += c < 0x80 ? 1 : static_cast<size_t>(U8_LENGTH(c));
    }
    if (end == at) break;
    // "Inc." and "Corp." keep no dot in the table.
    size_t word_end = end;
    while (word_end > at && body[word_end - 1] == '.') --word_end;
    ends.push_back(word_end);
    if (end >= body.size() || body[end] != ' ') break;
    at = end + 1;
  }
  for (auto it = ends.rbegin(); it != ends.rend(); ++it) keys.emplace_back(body.substr(0, *it));
  return keys;
}

// Whether a listed entity's name overlaps span. A reference may: in "das
// Projekt Aurora" the reference "das Projekt" introduces the name.
bool OverlapsListed(Span span, const std::vector<EntityMention>& known) {
  auto it = std::partition_point(known.begin(), known.end(), [&](const EntityMention& m) { return m.span.end <= span.begin; });
  for (; it != known.end() && it->span.begin < span.end; ++it) {
    if (it->entity >= 0) return true;
  }
  return false;
}

}  // namespace

namespace {

// The text in parentheses at pos ("(CMG)", "（薩爾察化工）"), looked for
// within a short reach only, or nullopt.
std::optional<std::string_view> InParentheses(std::string_view text, size_t pos) {
  constexpr size_t kReach = 64;
  for (std::string_view open : {"(", "\xEF\xBC\x88"}) {
    if (text.substr(pos, open.size()) != open) continue;
    size_t from = pos + open.size();
    std::string_view window = text.substr(from, kReach);
    size_t close = std::min(window.find(')'), window.find("\xEF\xBC\x89"));
    if (close == std::string_view::npos) return std::nullopt;
    return window.substr(0, close);
  }
  return std::nullopt;
}

// The acronym a name is given in parentheses right after it: "Compagnie
// Méridienne des Gaz (CMG)" -> "CMG"; or "".
std::string AcronymAfter(std::string_view text, size_t pos) {
  if (text.substr(pos, 2) == " (") ++pos;
  auto inside = InParentheses(text, pos);
  if (!inside || inside->size() < 2 || inside->size() > 8 || text.substr(pos, 1) != "(") return "";
  bool upper = std::all_of(inside->begin(), inside->end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  return upper ? std::string(*inside) : "";
}

// The Han text at text[open, close) (between quote marks or parentheses),
// or "" when it is not 2 to 12 Han characters.
std::string_view HanRun(std::string_view text, size_t open, size_t close) {
  int count = 0;
  for (int32_t i = static_cast<int32_t>(open); i < static_cast<int32_t>(close);) {
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(close), c);
    if (!IsHan(c)) return {};
    ++count;
  }
  return count >= 2 && count <= 12 ? text.substr(open, close - open) : std::string_view{};
}

// The id of a Latin name as written ("Jadeite Advanced Packaging"), or ""
// when it is not one: Latin letters, digits and joiners, opening with a
// capital. Type words stay out of it as they do from the names the finder
// reads ("Selat Data Campus" -> "selat-data").
std::string LatinNameId(std::string_view name, const Table* roles) {
  bool latin = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == ' ' || c == '-' || c == '&' || c == '.';
  });
  if (!latin || !std::isupper(static_cast<unsigned char>(name.front()))) return "";
  std::vector<std::string_view> words;
  for (size_t i = 0; i < name.size();) {
    size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    if (j > i) {
      std::string_view word = name.substr(i, j - i);
      auto role = roles ? roles->Find(FoldCase(word)) : std::nullopt;
      if (!role || !Lexicon::IsType(*role)) words.push_back(word);
    }
    i = j + 1;
  }
  return IdOf(words);
}

// The id of a Latin name in parentheses at pos ("（Jadeite Advanced
// Packaging）"), or "".
std::string LatinAliasAt(std::string_view text, size_t pos, const Table* roles) {
  auto inside = InParentheses(text, pos);
  return inside ? LatinNameId(*inside, roles) : "";
}

// A name in quotes: Han words (「翠晶先進封裝」), or a Latin name with Han
// words after it (「Tethys氫能走廊」), whose Latin words are its id.
struct QuotedName {
  std::string_view surface;
  std::string id;  // "" for Han words alone
};

std::optional<QuotedName> ReadQuotedName(std::string_view text, size_t from, size_t close, const Table* roles) {
  if (std::string_view han = HanRun(text, from, close); !han.empty()) return QuotedName{han, ""};
  size_t han_at = from;
  while (han_at < close && static_cast<unsigned char>(text[han_at]) < 0x80) ++han_at;
  std::string_view latin = text.substr(from, han_at - from);
  while (!latin.empty() && latin.back() == ' ') latin.remove_suffix(1);
  std::string id = LatinNameId(latin, roles);
  if (id.empty() || HanRun(text, han_at, close).empty()) return std::nullopt;
  return QuotedName{text.substr(from, close - from), id};
}

// The first three bytes of s (a Han character) as a number, its length in
// the top byte so that a shorter key equals no three bytes of text. The
// pass below looks a number up at every character of a document; a
// std::string_view key cost a memcmp call per comparison there.
uint32_t FirstBytes(std::string_view s) {
  std::string_view first = s.substr(0, 3);
  uint32_t key = static_cast<uint32_t>(first.size()) << 24;
  for (size_t k = 0; k < first.size(); ++k) key |= static_cast<uint32_t>(static_cast<unsigned char>(first[k])) << (8 * k);
  return key;
}

// Every occurrence in text[0, end) of each Han name -> (id, type), found in
// one pass over the text: names are indexed by their first character, so a
// document with many quoted names costs no more passes than one with few.
void AddOccurrences(const std::map<std::string, std::pair<std::string, std::string>>& names, std::string_view text,
                    size_t end, const std::vector<EntityMention>& known, std::vector<ProperName>& out) {
  if (names.empty()) return;
  std::map<uint32_t, std::vector<const std::string*>> by_first;  // longest first
  for (const auto& [han, named] : names) by_first[FirstBytes(han)].push_back(&han);
  for (auto& [first, list] : by_first) {
    std::sort(list.begin(), list.end(), [](const std::string* a, const std::string* b) { return a->size() > b->size(); });
  }
  for (size_t at = 0; at + 3 <= end;) {
    auto it = by_first.find(FirstBytes(text.substr(at, 3)));
    const std::string* hit = nullptr;
    if (it != by_first.end()) {
      for (const std::string* han : it->second) {
        if (at + han->size() <= end && text.compare(at, han->size(), *han) == 0) {
          hit = han;
          break;
        }
      }
    }
    if (!hit) {
      at = NextCodePoint(text, at);
      continue;
    }
    Span span{at, at + hit->size()};
    const auto& named = names.at(*hit);
    if (!OverlapsListed(span, known)) out.push_back({span, named.first, named.second});
    at = span.end;
  }
}

// The type of a quoted Chinese name: a type word it ends with ("星際之門計劃")
// or that stands before or right after the quote ("成立「翠晶先進封裝」",
// "「Tethys氫能走廊」計劃"); the longest wins.
std::string QuotedNameType(std::string_view han, std::string_view before, std::string_view after,
                           const Table* roles) {
  if (!roles) return "";
  std::string type;
  size_t longest = 0;
  for (const auto& [key, role] : roles->entries) {
    if (!Lexicon::IsType(role) || key.size() <= longest) continue;
    if (han.ends_with(key) || before.ends_with(key) || after.starts_with(key)) type = role, longest = key.size();
  }
  return type;
}

// Whether a naming word of the rules ends the text before a quote: "下称",
// "名为".
bool NamingWordBefore(std::string_view before, const Table* roles) {
  if (!roles) return false;
  return std::any_of(roles->entries.begin(), roles->entries.end(), [&](const auto& entry) {
    return entry.second == "naming" && before.ends_with(entry.first);
  });
}

std::string TradeNameId(std::string_view han, const LanguageRules& lang);

// Chinese text names a company or venture the entity list does not know in
// quotes (「翠晶先進封裝」, "星辰计划"), often with its Latin name in
// parentheses after it. Every later occurrence of the quoted text is that
// name; the Latin name, where given, is its id, so that articles in other
// languages meet it.
std::vector<ProperName> QuotedHanNames(std::string_view text, size_t end, const LanguageRules& lang,
                                       const std::vector<EntityMention>& known) {
  struct Quote {
    std::string_view open, close;
  };
  static const Quote kQuotes[] = {{"\xE3\x80\x8C", "\xE3\x80\x8D"},
                                  {"\xE3\x80\x8E", "\xE3\x80\x8F"},
                                  {"\xE2\x80\x9C", "\xE2\x80\x9D"},  // “ ”
                                  {"\"", "\""}};
  const Table* roles = lang.FindTable("name_words");
  std::map<std::string, std::pair<std::string, std::string>> names;  // Han text -> id, type
  for (const auto& q : kQuotes) {
    size_t next = 0;
    for (size_t open = text.find(q.open); open != std::string_view::npos && open < end;
         open = text.find(q.open, next)) {
      size_t from = open + q.open.size();
      size_t close = text.find(q.close, from);
      if (close == std::string_view::npos || close > end) break;
      // A closing '"' opens nothing: the next quote starts after it.
      next = q.open == q.close ? close + q.close.size() : from;
      auto quoted = ReadQuotedName(text, from, close, roles);
      if (!quoted || names.count(std::string(quoted->surface))) continue;
      std::string id = quoted->id.empty() ? LatinAliasAt(text, close + q.close.size(), roles) : quoted->id;
      if (id.empty()) id = TradeNameId(quoted->surface, lang);
      std::string type =
          QuotedNameType(quoted->surface, text.substr(0, open), text.substr(close + q.close.size()), roles);
      // Chinese news sets words off in “ ” for emphasis (“缩水”, “地王”,
      // “将下行”): there a quote names something only where a type word or
      // a Latin name says what it is.
      bool emphasis_marks = q.open == "\xE2\x80\x9C" || q.open == "\"";
      if (emphasis_marks && type.empty() && id.empty() && !NamingWordBefore(text.substr(0, open), roles)) continue;
      names[std::string(quoted->surface)] = {id.empty() ? std::string(quoted->surface) : id, type};
    }
  }
  std::vector<ProperName> out;
  AddOccurrences(names, text, end, known, out);
  return out;
}

// "Salzach Chemie（薩爾察化工）": the Chinese name in parentheses after a
// Latin one stands for it wherever it appears.
void AddHanAliases(std::string_view text, size_t end, const std::vector<EntityMention>& known,
                   std::vector<ProperName>& names) {
  std::map<std::string, std::pair<std::string, std::string>> aliases;
  for (const auto& n : names) {
    auto inside = InParentheses(text, n.span.end);
    if (!inside || inside->data() + inside->size() > text.data() + end) continue;
    size_t from = static_cast<size_t>(inside->data() - text.data());
    std::string_view han = HanRun(text, from, from + inside->size());
    if (!han.empty()) aliases.emplace(std::string(han), std::make_pair(n.id, n.type));
  }
  AddOccurrences(aliases, text, end, known, names);
}

// "誠達能源（Chengda Energy）… 誠達持股49%": Chinese copy shortens a
// company's name to its first two characters. The short form counts where
// the document writes it on its own, and where it is no word of the rules
// ("中国", "公司").
std::optional<std::string_view> ShortFormUsed(std::string_view text, size_t end, std::string_view name,
                                              const Table* roles) {
  constexpr size_t kHanBytes = 3;  // the Han characters of names are three bytes in UTF-8
  if (name.size() < 4 * kHanBytes) return std::nullopt;
  std::string_view short_form = name.substr(0, 2 * kHanBytes);
  if (!IsHanAtStart(short_form) || !IsHanAtEnd(short_form) || (roles && roles->Find(short_form))) return std::nullopt;
  for (size_t at = text.find(short_form); at < end; at = text.find(short_form, at + short_form.size())) {
    if (text.compare(at, name.size(), name) != 0) return short_form;
  }
  return std::nullopt;
}

// The longest tail of the Han run that ends at name_end (two to six
// characters) that the document writes elsewhere too, or "". A word of the
// rules' own ("公司", "集团", "能源") names no one company: "北岸可再生能源
// 公司（Northcliffe）" ... "公司将".
std::string_view TailWrittenElsewhere(std::string_view text, size_t end, size_t name_end, const Table* roles,
                                      const Table* trades) {
  std::vector<size_t> starts = HanCharsBefore(text, name_end, 6);  // the last 1..6 Han characters, nearest first
  for (size_t k = starts.size(); k >= 2; --k) {
    std::string_view tail = text.substr(starts[k - 1], name_end - starts[k - 1]);
    if ((roles && roles->Find(tail)) || (trades && trades->Find(tail))) continue;
    size_t first = text.find(tail);
    bool elsewhere = first < starts[k - 1] || text.find(tail, name_end) < end;
    if (first < end && elsewhere) return tail;
  }
  return {};
}

// The size in bytes of the longest key of table that ends at pos (of at
// most four Han characters) and whose value accept takes, if given; 0 if none.
size_t KeyEndingAt(std::string_view text, size_t pos, const Table& table,
                   bool (*accept)(std::string_view) = nullptr) {
  std::vector<size_t> starts = HanCharsBefore(text, pos, 4);
  for (size_t k = starts.size(); k >= 1; --k) {
    auto value = table.Find(text.substr(starts[k - 1], pos - starts[k - 1]));
    if (value && (!accept || accept(*value))) return pos - starts[k - 1];
  }
  return 0;
}

// The size in bytes of the type word ("公司", "集团") that the Han run
// ending at pos ends with, the longest if several; 0 if none.
size_t TypeWordBefore(std::string_view text, size_t pos, const Table* roles) {
  return roles ? KeyEndingAt(text, pos, *roles, IsTypeRole) : 0;
}

// The size in bytes of the type word ("集团") that text has at pos; 0 if none.
size_t TypeWordAfter(std::string_view text, size_t pos, const Table* roles) {
  if (!roles) return 0;
  std::vector<size_t> ends;
  for (size_t at = pos; at < text.size() && ends.size() < 4;) {
    at = NextCodePoint(text, at);
    ends.push_back(at);
  }
  for (size_t k = ends.size(); k >= 1; --k) {
    auto role = roles->Find(text.substr(pos, ends[k - 1] - pos));
    if (role && IsTypeRole(*role)) return ends[k - 1] - pos;
  }
  return 0;
}


bool OverlapsName(Span span, const std::vector<ProperName>& names) {
  return std::any_of(names.begin(), names.end(),
                     [&](const ProperName& n) { return n.span.begin < span.end && span.begin < n.span.end; });
}

// "磁性材料大廠淡水磁材（Tamsui Magnetics）": a Chinese name before the Latin
// one in parentheses. Where it starts the text does not say; the longest
// tail of the Han run before the parenthesis that the document writes
// elsewhere too is the name ("淡水磁材董事長"), or else that tail before
// the type or trade words the run ends with ("英国马洛港口公司（Marlowe
// Ports）" … "马洛港口持股45%", "摩根塔爾製藥（Morgental Pharma）" …
// "摩根塔爾將持有").
void AddHanNamesBeforeLatin(std::string_view text, size_t end, const std::vector<EntityMention>& known,
                            const LanguageRules& lang, std::vector<ProperName>& names) {
  const Table* roles = lang.FindTable("name_words");
  const Table* trades = lang.FindTable("name_trades");
  auto suffix_before = [&](size_t pos) {
    return std::max(TypeWordBefore(text, pos, roles), trades ? KeyEndingAt(text, pos, *trades) : size_t{0});
  };
  std::map<std::string, std::pair<std::string, std::string>> aliases;
  for (const auto& n : names) {
    size_t open = ParenthesisBefore(text, n.span.begin);
    if (open == n.span.begin) continue;
    std::string_view name;
    for (size_t name_end = open, tries = 0; name.empty() && name_end > 0 && tries < 3; ++tries) {
      name = TailWrittenElsewhere(text, end, name_end, roles, trades);
      size_t suffix = suffix_before(name_end);
      if (suffix == 0) break;
      name_end -= suffix;
    }
    if (name.empty()) continue;
    aliases.emplace(std::string(name), std::make_pair(n.id, n.type));
    if (auto short_form = ShortFormUsed(text, end, name, roles))
      aliases.emplace(std::string(*short_form), std::make_pair(n.id, n.type));
  }
  AddOccurrences(aliases, text, end, known, names);
}

// One company name of Han characters alone: where it stands, and the text
// it is counted by (without the type word).
struct TradeName {
  Span span;
  std::string_view brand;
  std::string_view counted;  // brand and trade words
  std::string trades;        // the trade words in English, each after a '-'
  bool bounded = false;      // a clause mark, a rule word or a type word shows where it starts or ends
  bool described = false;    // a word for a company stands right before it: "晶圓代工廠晶宸半導體"
};

// The longest key of table that text starts with at pos, or "".
std::string_view KeyAt(std::string_view text, size_t pos, const Table& table) {
  std::string_view longest;
  for (const auto& key : table.keys) {
    if (key.size() > longest.size() && text.compare(pos, key.size(), key) == 0) longest = key;
  }
  return longest;
}

// The brand of two Han characters before a trade word at pos, the trade
// words that follow one another from pos ("新能源汽车"), and a type word
// after them ("集团"), or nullopt.
std::optional<TradeName> ReadTradeName(std::string_view text, size_t pos, const Table& trades, const Table* roles) {
  std::vector<size_t> brand = HanCharsBefore(text, pos, 3);
  if (brand.size() < 2) return std::nullopt;
  size_t begin = brand[1];
  std::string_view brand_text = text.substr(begin, pos - begin);
  if (roles && roles->Find(brand_text)) return std::nullopt;
  TradeName name;
  name.span = {begin, pos};
  name.brand = brand_text;
  for (std::string_view trade = KeyAt(text, pos, trades); !trade.empty(); trade = KeyAt(text, name.span.end, trades)) {
    std::string english(*trades.Find(trade));
    std::replace(english.begin(), english.end(), ' ', '-');
    name.trades += "-" + english;
    name.span.end += trade.size();
  }
  name.counted = text.substr(begin, name.span.end - begin);
  // What stands before the brand: a clause mark or the start, or a word of
  // the rules ("中国", "制造商").
  bool starts_clear = brand.size() == 2 || (roles && KeyEndingAt(text, begin, *roles) > 0);
  size_t type_word = TypeWordAfter(text, name.span.end, roles);
  // "功率半导体工厂", "海上风电项目": a trade before a word for a project
  // describes what is built, and names no company.
  if (type_word > 0 && *roles->Find(text.substr(name.span.end, type_word)) != "company") return std::nullopt;
  name.span.end += type_word;
  name.bounded = starts_clear || type_word > 0;
  name.described =
      roles && KeyEndingAt(text, begin, *roles, [](std::string_view role) { return role == "company"; }) > 0;
  return name;
}

// The id of a quoted Han name that is a brand of two characters and trade
// words, with or without a type word ("瀚通交投" -> "hantong-transport"),
// as AddTradeNames gives it; "" for any other name.
std::string TradeNameId(std::string_view han, const LanguageRules& lang) {
  constexpr size_t kBrandBytes = 6;  // two Han characters
  const Table* trades = lang.FindTable("name_trades");
  if (!trades || han.size() <= kBrandBytes) return "";
  auto name = ReadTradeName(han, kBrandBytes, *trades, lang.FindTable("name_words"));
  if (!name || name->trades.empty() || name->span.end != han.size()) return "";
  return Romanized(name->brand) + name->trades;
}

// "中国风电整机制造商海韵新能源", "黄海港口集团": Chinese copy often names a
// company in Han characters alone, as a brand of two characters and a
// trade word (rules: name_trades), with or without a type word after it.
// Such a name counts where the document writes it twice and once where
// its start or end is clear; its id is the brand in pinyin and the trade
// in English ("haiyun-new-energy"), as the company spells itself in
// English copy. Names found otherwise (with a Latin name, quoted) win.
void AddTradeNames(std::string_view text, size_t end, const LanguageRules& lang,
                   const std::vector<EntityMention>& known, std::vector<ProperName>& names) {
  const Table* trades = lang.FindTable("name_trades");
  if (!trades) return;
  const Table* roles = lang.FindTable("name_words");
  // One pass over the text: a trade word starts where its first character
  // does (Han characters are three bytes in UTF-8).
  constexpr size_t kHanBytes = 3;
  // Sorted numbers (FirstBytes): the test below runs at every character.
  std::vector<uint32_t> first_chars;
  for (const auto& key : trades->keys) first_chars.push_back(FirstBytes(key));
  std::sort(first_chars.begin(), first_chars.end());
  std::vector<TradeName> found;
  struct Seen {
    int count = 0;
    bool bounded = false, described = false;  // any occurrence is
  };
  std::map<std::string_view, Seen> seen;  // by counted text
  for (size_t pos = 0; pos + kHanBytes <= end; pos = NextCodePoint(text, pos)) {
    if (static_cast<unsigned char>(text[pos]) < 0xE0 ||
        !std::binary_search(first_chars.begin(), first_chars.end(), FirstBytes(text.substr(pos, kHanBytes))))
      continue;
    std::string_view key = KeyAt(text, pos, *trades);
    // "可再生能源" holds "能源": the longest trade word ending here reads it.
    if (key.empty() || KeyEndingAt(text, pos + key.size(), *trades) > key.size()) continue;
    auto name = ReadTradeName(text, pos, *trades, roles);
    if (!name || name->span.end > end) continue;
    Seen& so_far = seen[name->counted];
    ++so_far.count;
    so_far.bounded = so_far.bounded || name->bounded;
    so_far.described = so_far.described || name->described;
    pos = name->span.end - 1;  // the trade words read, past them
    found.push_back(std::move(*name));
  }
  // Pinyin only for the names kept, once each.
  std::map<std::string_view, std::string> ids;
  std::vector<ProperName> added;
  for (const auto& name : found) {
    const Seen& all = seen[name.counted];
    // Written once, a brand and trade is a name only where a word for a
    // company introduces it.
    bool enough = (all.count >= 2 && all.bounded) || all.described;
    if (!enough || OverlapsListed(name.span, known) || OverlapsName(name.span, names)) continue;
    auto [id, fresh] = ids.try_emplace(name.counted);
    if (fresh) id->second = Romanized(name.brand) + name.trades;
    added.push_back({name.span, id->second, "company"});
  }
  names.insert(names.end(), added.begin(), added.end());
}

// Names in text order, none inside another (「星辰」 in 「星辰計劃」, or one
// span found both quoted and as an alias): attribution bisects them by
// their ends as well as their starts.
std::vector<ProperName> WithoutOverlaps(std::vector<ProperName> names) {
  std::sort(names.begin(), names.end(), [](const ProperName& a, const ProperName& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.size() > b.span.size();
  });
  std::vector<ProperName> out;
  for (auto& n : names) {
    if (out.empty() || n.span.begin >= out.back().span.end) out.push_back(std::move(n));
  }
  return out;
}

}  // namespace

std::vector<ProperName> FindProperNames(std::string_view text, size_t end, const LanguageRules& lang,
                                        const std::vector<EntityMention>& known) {
  end = std::min(end, text.size());
  std::vector<ProperName> out = lang.script == "Hani" ? QuotedHanNames(text, end, lang, known) : std::vector<ProperName>{};
  NameFinder finder(text, end, lang);
  std::vector<Candidate> candidates = finder.Candidates();
  bool latin_text = lang.script != "Hani";
  // What the document writes mid-sentence is a name wherever it stands; the
  // first word of a full name stands for it later ("Helion Grid" ... "Helion").
  // (Keys are views into candidates, which outlive these; nothing iterates
  // them, so their order does not matter.)
  std::unordered_set<std::string_view> mid_sentence;
  std::unordered_map<std::string_view, const Candidate*> full_names;
  std::unordered_map<std::string_view, const Candidate*> typed_words;
  std::unordered_set<std::string_view> places;
  std::unordered_map<std::string, const Candidate*> acronyms;  // "CMG" -> Compagnie Méridienne des Gaz
  for (const auto& c : candidates) {
    if (c.place) places.insert(c.surface);
    if (c.person || c.place) continue;
    if (!c.sentence_start && !c.title_line) mid_sentence.insert(c.surface);
    if (c.core.size() >= 2) full_names.emplace(c.core.front(), &c);
    // "der Autobauer Wendrich" ... "hält Wendrich 60 Prozent": where nouns
    // have capitals, a lone word the story has put after a type word is
    // that name wherever it stands. (Typed by other means, such as a type
    // word after it, many a noun would be: "Preis", "Zahlungen".)
    bool after_type_word = c.typed_before || (c.span.begin < c.core_at.front() && !c.type.empty());
    if (lang.capitalises_nouns && c.core.size() == 1 && after_type_word) typed_words.emplace(c.core.front(), &c);
    if (std::string acronym = AcronymAfter(text, c.span.end); c.core.size() >= 2 && !acronym.empty())
      acronyms.emplace(acronym, &c);
  }
  // A name the story introduces or types ("das Projekt mit dem Namen
  // Elbfeld") stays one where it also stands for a place ("In Elbfeld ...").
  for (const auto& c : candidates) {
    if (!c.place && (c.introduced || !c.type.empty())) places.erase(c.surface);
  }
  for (const auto& c : candidates) {
    if (c.person || c.place || places.count(c.surface) || OverlapsListed(c.span, known)) continue;
    const Candidate* full = nullptr;
    if (auto it = full_names.find(c.core.front()); c.core.size() == 1 && it != full_names.end()) full = it->second;
    if (auto it = acronyms.find(c.surface); it != acronyms.end()) full = it->second;
    if (auto it = typed_words.find(c.core.front()); !full && c.core.size() == 1 && it != typed_words.end())
      full = it->second;
    if (!full && latin_text) {
      // At a sentence start every word has a capital, so a lone word there
      // needs the document to write it mid-sentence too; so does any run in
      // a title-case headline, and, where nouns have capitals, any run.
      bool needs_confirmation = c.title_line || (c.sentence_start && (c.core.size() == 1 || lang.capitalises_nouns));
      if (needs_confirmation && !c.strong && !mid_sentence.count(c.surface)) continue;
      bool single = c.core.size() == 1;
      if (single && !c.strong && lang.capitalises_nouns && c.type.empty() && !c.introduced) continue;
    }
    // (The id is made only for a name that is kept: most capitalised words
    // in German are nouns and are dropped above.)
    std::string type = c.type.empty() && full ? full->type : c.type;
    out.push_back({c.span, IdOf(full ? full->core : c.core), std::move(type), c.investee, c.typed_by_name});
  }
  if (!latin_text) {
    AddHanAliases(text, end, known, out);
    AddHanNamesBeforeLatin(text, end, known, lang, out);
    AddTradeNames(text, end, lang, known, out);
  }
  return WithoutOverlaps(std::move(out));
}

}  // namespace claimcheck
