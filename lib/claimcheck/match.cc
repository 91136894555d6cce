#include "claimcheck/match.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>

#include "claimcheck/normalize.h"
#include "claimcheck/rules/compiled_set.h"

namespace claimcheck {

std::string_view Mention::Group(std::string_view text, std::string_view name) const {
  for (const auto& [n, span] : groups) {
    if (*n == name) return text.substr(span.begin, span.size());
  }
  return {};
}

bool Mention::Has(std::string_view name) const {
  for (const auto& g : groups) {
    if (*g.name == name) return true;
  }
  return false;
}

namespace {

// Anchored match of one rule over exactly span; false if it does not fit.
bool MatchRule(std::string_view text, Span span, const PatternRule& rule, const RE2& re, Mention& out) {
  re2::StringPiece input(text.data(), text.size());
  // RE2 asks its DFA whether the rule fits at all before it runs the slower
  // submatch engine, so only the rule that fits pays for that.
  int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> subs(static_cast<size_t>(n));
  if (!re.Match(input, span.begin, span.end, RE2::ANCHOR_BOTH, subs.data(), n)) return false;
  out.rule = &rule;
  out.span = span;
  out.groups.clear();
  for (const auto& [name, index] : re.NamedCapturingGroups()) {
    const re2::StringPiece& sp = subs[static_cast<size_t>(index)];
    if (sp.data() == nullptr) continue;
    size_t begin = static_cast<size_t>(sp.data() - text.data());
    out.groups.push_back({&name, Span{begin, begin + sp.size()}});
  }
  return true;
}

// In scripts that separate words, a figure must not begin or end inside a
// word: "année" is not "an", "Vereine" holds no "ein". Han script has no
// word separators, so there nothing is checked.
bool CutsWord(std::string_view text, Span span, const LanguageRules& lang) {
  if (lang.script == "Hani") return false;
  bool starts_inside = LetterOrDigitAt(text, span.begin) && LetterOrDigitBefore(text, span.begin);
  bool ends_inside = LetterOrDigitBefore(text, span.end) && LetterOrDigitAt(text, span.end);
  return starts_inside || ends_inside;
}

// The first rule in file order that matches the whole span names the
// mention; rules that look at the text before the span are left to
// NameMentionInContext, so that the answer depends on the span alone.
std::optional<Mention> NameMention(std::string_view text, Span span, const LanguageRules& lang,
                                   const CompiledLanguage& compiled) {
  Mention m;
  auto try_rule = [&](size_t i) {
    return compiled.rules[i] && !compiled.preceded_by[i] && MatchRule(text, span, lang.rules[i], *compiled.rules[i], m);
  };
  if (!compiled.rule_matcher) {
    for (size_t i = 0; i < lang.rules.size(); ++i) {
      if (try_rule(i)) return m;
    }
    return std::nullopt;
  }
  std::vector<int> fits;
  compiled.rule_matcher->Match(re2::StringPiece(text.data() + span.begin, span.size()), &fits);
  std::sort(fits.begin(), fits.end());
  // The set sees the span alone; \b at its edges is checked again in context.
  for (int i : fits) {
    if (try_rule(static_cast<size_t>(i))) return m;
  }
  return std::nullopt;
}

// What a cached name is keyed by: the span's bytes after one byte of context
// on each side, or a mark that the span begins or ends the text (\b, ^ and $
// look no further).
std::string NameKey(std::string_view text, Span span) {
  std::string key;
  key.reserve(span.size() + 4);
  bool has_before = span.begin > 0, has_after = span.end < text.size();
  key += has_before ? '\1' : '\0';
  key += has_before ? text[span.begin - 1] : '\0';
  key += has_after ? '\1' : '\0';
  key += has_after ? text[span.end] : '\0';
  key.append(text.substr(span.begin, span.size()));
  return key;
}

// Rules are cached by index: copies of a LanguageRules share one cache.
CachedName ToCached(const std::optional<Mention>& m, Span span, const LanguageRules& lang) {
  CachedName name;
  if (!m) return name;
  name.rule = static_cast<int>(m->rule - lang.rules.data());
  for (const auto& [group, at] : m->groups) name.groups.push_back({group, Span{at.begin - span.begin, at.end - span.begin}});
  return name;
}

std::optional<Mention> FromCached(const CachedName& name, Span span, const LanguageRules& lang) {
  if (name.rule < 0) return std::nullopt;
  Mention m;
  m.rule = &lang.rules[static_cast<size_t>(name.rule)];
  m.span = span;
  for (const auto& [group, at] : name.groups) m.groups.push_back({group, Span{at.begin + span.begin, at.end + span.begin}});
  return m;
}

// How far back a preceded_by pattern looks: a few words.
constexpr size_t kPrecedingBytes = 200;

// Whether the text before span ends with a match of the rule's preceded_by
// (compiled to end with `$`). RE2 reads the text up to the span, so `$` is
// where the span begins and `\b` sees the byte before the window.
bool PrecededBy(std::string_view text, Span span, const RE2& before) {
  size_t window = span.begin > kPrecedingBytes ? span.begin - kPrecedingBytes : 0;
  return before.Match(re2::StringPiece(text.data(), span.begin), window, span.begin, RE2::UNANCHORED, nullptr, 0);
}

// The first rule with a preceded_by pattern, before rule index `until` in
// file order, that fits the span in its context.
std::optional<Mention> NameMentionInContext(std::string_view text, Span span, const LanguageRules& lang,
                                            const CompiledLanguage& compiled, size_t until) {
  Mention m;
  for (size_t i = 0; i < until; ++i) {
    const RE2* before = compiled.preceded_by[i].get();
    if (before && compiled.rules[i] && MatchRule(text, span, lang.rules[i], *compiled.rules[i], m) &&
        PrecededBy(text, span, *before))
      return m;
  }
  return std::nullopt;
}

// NameMention, answered from the cache when the same bytes stood in the same
// context before.
std::optional<Mention> NameMentionCached(std::string_view text, Span span, const LanguageRules& lang,
                                         const CompiledLanguage& compiled) {
  std::string key = NameKey(text, span);
  NameCache& cache = compiled.name_cache;
  {
    std::lock_guard<std::mutex> lock(cache.mutex);
    if (const CachedName* name = cache.names.Find(key)) return FromCached(*name, span, lang);
  }
  std::optional<Mention> m = NameMention(text, span, lang, compiled);
  std::lock_guard<std::mutex> lock(cache.mutex);
  if (cache.names.size() >= NameCache::kMaxEntries) cache.names.Clear();
  // (Another thread may have named the same span meanwhile.)
  if (!cache.names.Find(key)) cache.names.Add(key, ToCached(m, span, lang));
  return m;
}

// The rule that names the span: the first in file order that fits it,
// those with a preceded_by pattern in their context.
std::optional<Mention> NameMentionAt(std::string_view text, Span span, const LanguageRules& lang,
                                     const CompiledLanguage& compiled) {
  std::optional<Mention> m = NameMentionCached(text, span, lang, compiled);
  if (!compiled.has_preceded_by) return m;
  size_t until = m ? static_cast<size_t>(m->rule - lang.rules.data()) : lang.rules.size();
  if (auto in_context = NameMentionInContext(text, span, lang, compiled, until)) return in_context;
  return m;
}

}  // namespace

namespace {

// A scanner's leftmost-longest match at or after the position it was asked
// for. It stays the answer for later positions up to its start, so each
// scanner searches again only once the scan has passed its match.
struct Candidate {
  Span span;
  bool found = false;
  bool exhausted = false;  // no match at or after the position last asked for
};

void Refresh(std::string_view text, size_t pos, const RE2& scanner, Candidate& next) {
  if (next.exhausted || (next.found && next.span.begin >= pos)) return;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  if (!scanner.Match(input, pos, text.size(), RE2::UNANCHORED, &match, 1)) {
    next = Candidate{{}, false, true};
    return;
  }
  size_t begin = static_cast<size_t>(match.data() - text.data());
  next = Candidate{{begin, begin + match.size()}, true, false};
}

// The leftmost-longest match of all rules at or after pos, as one
// alternation of every rule would find it: the earliest start among the
// scanners' matches, and at equal starts the longest.
std::optional<Span> NextCandidate(std::string_view text, size_t pos, const CompiledLanguage& compiled,
                                  std::vector<Candidate>& next) {
  std::optional<Span> best;
  for (size_t k = 0; k < compiled.scanners.size(); ++k) {
    Refresh(text, pos, *compiled.scanners[k], next[k]);
    if (!next[k].found) continue;
    Span s = next[k].span;
    if (!best || s.begin < best->begin || (s.begin == best->begin && s.end > best->end)) best = s;
  }
  return best;
}

bool AllCompiled(const CompiledLanguage& compiled) {
  return !compiled.scanners.empty() &&
         std::all_of(compiled.scanners.begin(), compiled.scanners.end(), [](const auto& s) { return s != nullptr; });
}

}  // namespace

std::vector<Mention> FindMentions(std::string_view text, const LanguageRules& lang) {
  std::vector<Mention> mentions;
  const CompiledLanguage& compiled = lang.Compiled();
  if (!AllCompiled(compiled)) return mentions;
  std::vector<Candidate> next(compiled.scanners.size());
  size_t pos = 0;
  while (pos < text.size()) {
    std::optional<Span> found = NextCandidate(text, pos, compiled, next);
    if (!found) break;
    Span span = *found;
    if (span.empty() || CutsWord(text, span, lang)) {
      pos = NextCodePoint(text, span.begin);
      continue;
    }
    if (auto m = NameMentionAt(text, span, lang, compiled)) mentions.push_back(std::move(*m));
    pos = span.end;
  }
  return mentions;
}

namespace {

EntityMention ReadEntityMention(std::string_view matched, Span span, const LanguageRules& lang, const RuleSet& rules) {
  EntityMention em{span, -1, ""};
  std::string name(matched);
  em.entity = rules.FindEntityByName(name);
  if (em.entity < 0 && name.ends_with("s")) em.entity = rules.FindEntityByName(name.substr(0, name.size() - 1));
  if (em.entity >= 0) return em;
  std::string folded = FoldCase(matched);
  auto type = lang.Lookup("references", folded);
  if (!type && folded.ends_with("s")) type = lang.Lookup("references", folded.substr(0, folded.size() - 1));
  em.reference_type = type.value_or("");
  return em;
}

// "EDINBURGH, Jan 20 (Reuters) - ...": an agency credited in a dateline
// wrote the story and is no party to it.
bool IsSourceCredit(std::string_view text, Span span) {
  if (span.begin == 0 || text[span.begin - 1] != '(' || text.substr(span.end, 1) != ")") return false;
  std::string_view after = text.substr(span.end + 1, 5);
  return after.starts_with(" - ") || after.starts_with(" \u2013 ") || after.starts_with(" \u2014 ");
}

}  // namespace

std::vector<EntityMention> FindEntityMentions(std::string_view text, size_t end, const LanguageRules& lang,
                                              const RuleSet& rules) {
  std::vector<EntityMention> out;
  const RE2* scanner = lang.Compiled().entity_scanner.get();
  if (!scanner) return out;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  size_t pos = 0;
  end = std::min(end, text.size());
  while (pos < end && scanner->Match(input, pos, end, RE2::UNANCHORED, &match, 1)) {
    Span span{static_cast<size_t>(match.data() - text.data()), 0};
    span.end = span.begin + match.size();
    if (span.empty()) {
      pos = span.begin + 1;
      continue;
    }
    EntityMention em = ReadEntityMention(std::string_view(match.data(), match.size()), span, lang, rules);
    bool counts = em.entity >= 0 ? !IsSourceCredit(text, span) : !em.reference_type.empty();
    if (counts) out.push_back(em);
    pos = span.end;
  }
  return out;
}

}  // namespace claimcheck
