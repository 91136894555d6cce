// Stage segment: the sentence around a figure, on demand.
// Sentence breaking over a whole article costs as much as the regex scan, and
// only sentences that hold a figure matter, so ICU's BreakIterator reads only
// the paragraph (line) that holds a figure, at most 2 KB either side of it,
// and only up to the break after it; figures come in order, so the breaks
// read are kept for the next one. A line is never part of a longer sentence:
// headlines carry no full stop.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/span.h"

namespace claimcheck {

// The text cut into pieces of at most max_bytes (and at least one code
// point): each ends after the last line break it can hold, else after its
// last sentence end (". ", "。", "！", "？"), else after its last space,
// else at a code point boundary. Text of max_bytes or less is one piece.
// Extraction reads a huge document (a 1 GB line) a piece at a time, so that
// what it holds grows with the piece, not with the document.
std::vector<Span> Pieces(std::string_view text, size_t max_bytes);

class SentenceFinder {
 public:
  // language: a BCP 47 code ("de", "zh-Hant"). ordinal_followers: folded
  // words (month names) before which "8. " is an ordinal, not a sentence's
  // end ("am Mittwoch, dem 8. Oktober").
  explicit SentenceFinder(const std::string& language, std::vector<std::string> ordinal_followers = {});
  ~SentenceFinder();
  SentenceFinder(const SentenceFinder&) = delete;
  SentenceFinder& operator=(const SentenceFinder&) = delete;

  // The sentence of text that contains span.begin, trimmed of white space.
  // Repeated calls for one text must pass the same text.
  Span SentenceAt(std::string_view text, Span span);

 private:
  void SetParagraph(std::string_view text, Span paragraph);
  bool OrdinalStopBefore(std::string_view text, size_t pos) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  Span paragraph_{};
  const char* text_data_ = nullptr;
  std::vector<std::string> ordinal_followers_;
};

}  // namespace claimcheck
