// The compiled form of a language's patterns, kept behind opaque types so
// that rule_set.h does not expose RE2. Included only by load_rules.cc (which
// builds it) and match.cc (which runs it).
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "claimcheck/error.h"
#include "claimcheck/span.h"
#include "claimcheck/word_memo.h"

namespace claimcheck {

// Which rule named a candidate span and where its groups lie, relative to
// the span's start; rule -1 when no rule fits it in context.
struct CachedName {
  int rule = -1;
  std::vector<std::pair<const std::string*, Span>> groups;  // names as in MentionGroup
};

// Names already found, by the candidate's bytes and the byte on each side of
// it (all that an anchored match of a rule can see). News repeats its dates
// and amounts ("last year", "$1bn"): about half of all candidates in the
// corpus repeat one seen before, and naming one costs RE2's NFA ~2 us.
// Filled by match.cc; emptied when it reaches kMaxEntries. (A WordMemo:
// std::unordered_map's lookups missed the cache three times each.)
struct NameCache {
  static constexpr size_t kMaxEntries = 1 << 16;
  std::mutex mutex;
  WordMemo<CachedName> names;
};

struct CompiledLanguage {
  // The rules as alternations without captures, their shared leading
  // pieces written once (factor_pattern.h), the date rules apart from the
  // others (match.cc merges their matches as one alternation would); an
  // entry is null when it did not compile.
  std::vector<std::unique_ptr<const RE2>> scanners;
  // All rules anchored at both ends, each factored: which rules fit a
  // candidate span, found in one DFA pass instead of one per rule. Null
  // when it did not compile.
  std::unique_ptr<RE2::Set> rule_matcher;
  // One per LanguageRules::rules, same index; null where it did not compile.
  std::vector<std::unique_ptr<const RE2>> rules;
  // PatternRule::preceded_by, anchored at the end of the text before a
  // span; same index, null where a rule has none.
  std::vector<std::unique_ptr<const RE2>> preceded_by;
  bool has_preceded_by = false;  // any entry above is set
  std::unique_ptr<const RE2> entity_scanner;
  mutable NameCache name_cache;
  Errors errors;  // why anything above is missing, at the rule's location
};

// Shared by copies of one LanguageRules; the first Compiled() call builds.
struct CompileOnce {
  std::once_flag once;
  std::unique_ptr<CompiledLanguage> result;
};

}  // namespace claimcheck
