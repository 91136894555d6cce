#include "claimcheck/parse_number.h"

#include <algorithm>
#include <string>
#include <vector>

#include "claimcheck/normalize.h"

namespace claimcheck {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

enum class Role { kAdd, kSmall, kBig, kPoint, kAlone };

struct NumberWord {
  Decimal value;
  Role role;
};

// A run of digits among number words counts like a number word of its value.
std::optional<NumberWord> DigitRunWord(std::string_view digits) {
  auto value = Decimal::Parse(digits);
  if (!value) return std::nullopt;  // more digits than a Decimal holds
  return NumberWord{*value, Role::kAdd};
}

std::optional<NumberWord> ReadNumberWord(const std::string& spec) {
  size_t space = spec.find(' ');
  auto value = Decimal::Parse(spec.substr(0, space));
  if (!value) return std::nullopt;
  std::string role = space == std::string::npos ? "" : spec.substr(space + 1);
  if (role == "small") return NumberWord{*value, Role::kSmall};
  if (role == "big") return NumberWord{*value, Role::kBig};
  if (role == "add") return NumberWord{*value, Role::kAdd};
  if (role == "point") return NumberWord{*value, Role::kPoint};
  if (role == "alone") return NumberWord{*value, Role::kAlone};
  if (*value >= Decimal::FromInt(1000)) return NumberWord{*value, Role::kBig};
  if (*value == Decimal::FromInt(100)) return NumberWord{*value, Role::kSmall};
  return NumberWord{*value, Role::kAdd};
}

bool StartsWithAt(std::string_view s, size_t pos, std::string_view word) {
  return s.substr(pos, word.size()) == word;
}

}  // namespace

std::optional<std::vector<std::string>> SplitIntoWords(std::string_view folded, const Table& table,
                                                       const Table* connectors) {
  std::vector<std::string> words;
  size_t pos = 0;
  while (pos < folded.size()) {
    char c = folded[pos];
    if (c == ' ' || c == '-' || c == '\t' || c == '\n') {
      ++pos;
      continue;
    }
    std::string best;
    for (const auto& [key, value] : table.entries) {
      if (key.size() > best.size() && StartsWithAt(folded, pos, key)) best = key;
    }
    if (connectors) {
      for (const auto& [key, value] : connectors->entries) {
        if (key.size() > best.size() && StartsWithAt(folded, pos, key)) {
          best.clear();
          pos += key.size();
          goto next;
        }
      }
    }
    if (best.empty()) return std::nullopt;
    words.push_back(best);
    pos += best.size();
  next:;
  }
  return words;
}

std::optional<Decimal> ParseDigits(std::string_view text, const NumberFormat& format) {
  if (text.empty() || !IsDigit(text[0])) return std::nullopt;
  size_t last_sep = std::string_view::npos;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsDigit(text[i])) last_sep = i;
  }
  // The last mark is the decimal point if it is the language's decimal mark,
  // or a '.' or ',' that is not followed by exactly three digits.
  bool last_is_decimal = false;
  if (last_sep != std::string_view::npos) {
    char mark = text[last_sep];
    size_t tail = text.size() - last_sep - 1;
    last_is_decimal = std::string_view(&mark, 1) == format.decimal || ((mark == '.' || mark == ',') && tail != 3);
  }
  std::string cleaned;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (IsDigit(c)) cleaned += c;
    else if (i == last_sep && last_is_decimal) cleaned += '.';
    else if (c != ' ' && c != '.' && c != ',' && c != '\'') return std::nullopt;
  }
  return Decimal::Parse(cleaned);
}

// Number words, where a run of digits may stand for a count: "12億5千萬"
// is 12 億 and 5 千萬. Digit runs become words of their own, marked '#'.
std::optional<std::vector<std::string>> SplitWithDigitRuns(std::string_view folded, const Table& table,
                                                           const Table* connectors) {
  std::vector<std::string> words;
  size_t pos = 0;
  while (pos < folded.size()) {
    size_t digits = pos;
    while (digits < folded.size() && IsDigit(folded[digits])) ++digits;
    if (digits > pos) {
      std::string word = "#";
      word.append(folded.substr(pos, digits - pos));
      words.push_back(std::move(word));
      pos = digits;
      continue;
    }
    size_t next = pos;
    while (next < folded.size() && !IsDigit(folded[next])) ++next;
    auto part = SplitIntoWords(folded.substr(pos, next - pos), table, connectors);
    if (!part) return std::nullopt;
    words.insert(words.end(), part->begin(), part->end());
    pos = next;
  }
  return words;
}

std::optional<Decimal> ParseNumberWords(std::string_view text, const LanguageRules& lang) {
  const Table* table = lang.FindTable("number_words");
  if (!table) return std::nullopt;
  std::string folded = FoldCase(text);
  auto words = SplitWithDigitRuns(folded, *table, lang.FindTable("number_connectors"));
  if (!words || words->empty()) return std::nullopt;
  Decimal total, section, current, fraction;
  std::optional<Decimal> last_big;
  std::optional<Decimal> fraction_step;  // set after a decimal point word (点)
  static const Decimal kTenth = *Decimal::Parse("0.1");
  for (const auto& w : *words) {
    auto word = w.starts_with('#') ? DigitRunWord(w.substr(1)) : ReadNumberWord(table->entries.at(w));
    if (!word) return std::nullopt;
    std::optional<Decimal> next;
    if (fraction_step) {
      // After the point only single digits follow: "一百二十点五" = 120.5.
      if (word->role != Role::kAdd || !(word->value < Decimal::FromInt(10))) return std::nullopt;
      auto digit = word->value.Mul(*fraction_step);
      auto sum = digit ? fraction.Add(*digit) : std::nullopt;
      auto step = fraction_step->Mul(kTenth);
      if (!sum || !step) return std::nullopt;
      fraction = *sum;
      fraction_step = *step;
      continue;
    }
    switch (word->role) {
      case Role::kAlone:
        // "a", "an": one on its own ("a billion"), nothing before other words ("a hundred").
        if (words->size() == 1) current = word->value;
        break;
      case Role::kPoint:
        fraction_step = kTenth;
        break;
      case Role::kAdd:
        next = current.Add(word->value);
        if (!next) return std::nullopt;
        current = *next;
        break;
      case Role::kSmall: {
        auto product = (current.IsZero() ? Decimal::FromInt(1) : current).Mul(word->value);
        if (!product || !(next = section.Add(*product))) return std::nullopt;
        section = *next;
        current = Decimal();
        break;
      }
      case Role::kBig: {
        auto group = section.Add(current);
        if (!group) return std::nullopt;
        if (group->IsZero() && !total.IsZero() && last_big && *last_big < word->value) {
          next = total.Mul(word->value);  // "一萬億": 萬 then 億 multiply
        } else {
          auto product = (group->IsZero() ? Decimal::FromInt(1) : *group).Mul(word->value);
          next = product ? total.Add(*product) : std::nullopt;
        }
        if (!next) return std::nullopt;
        total = *next;
        section = current = Decimal();
        last_big = word->value;
        break;
      }
    }
  }
  auto rest = section.Add(current);
  auto whole = rest ? total.Add(*rest) : std::nullopt;
  return whole ? whole->Add(fraction) : std::nullopt;
}

std::optional<Decimal> ParseNumber(std::string_view text, const LanguageRules& lang) {
  if (!text.empty() && IsDigit(text[0])) {
    if (auto d = ParseDigits(text, lang.number_format)) return d;
  }
  return ParseNumberWords(text, lang);
}

std::optional<Decimal> ParseScale(std::string_view text, const LanguageRules& lang) {
  const Table* table = lang.FindTable("scales");
  if (!table) return std::nullopt;
  std::string folded = FoldCase(text);
  auto words = SplitIntoWords(folded, *table, nullptr);
  if (!words || words->empty()) return std::nullopt;
  Decimal product = Decimal::FromInt(1);
  for (const auto& w : *words) {
    auto value = Decimal::Parse(table->entries.at(w));
    auto next = value ? product.Mul(*value) : std::nullopt;
    if (!next) return std::nullopt;
    product = *next;
  }
  return product;
}

}  // namespace claimcheck
