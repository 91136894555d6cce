// Explicit inputs of a run that are not in the text: the language to assume
// and the date that relative dates resolve against. Nothing reads the clock;
// tests pin both.
#pragma once

#include <optional>
#include <string>

#include "claimcheck/date.h"

namespace claimcheck {

struct Context {
  // "auto" or a language code the rules define ("de", "en", "fr", "zh",
  // "zh-Hans", "zh-Hant").
  std::string language = "auto";
  // --anchor-date; wins over a document's own date and dateline.
  std::optional<CivilDate> anchor_date;
};

}  // namespace claimcheck
