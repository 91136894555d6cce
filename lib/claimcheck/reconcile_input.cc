#include "claimcheck/reconcile_input.h"

#include <algorithm>
#include <functional>

#include "claimcheck/report/json.h"

namespace claimcheck {
namespace {

uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
  return h;
}

}  // namespace

bool ReconcileInput::ShouldKeep(const Claim& claim) {
  if (MayBeCompared(claim) || IsConversion(claim)) return true;
  if (NamesGuessedSubject(claim) && guessed_subjects_.insert(claim.subject).second) return true;
  return unresolved_.erase(claim.id) > 0;
}

void ReconcileInput::StartDocument(std::string_view name) {
  window_doc_.assign(name);
  in_document_ = true;
  window_kept_.clear();
  window_dropped_.clear();
  window_ids_.clear();
  window_json_.clear();
  documents_.emplace_back(std::hash<std::string_view>{}(name), Fnv1a(name));
  if (documents_.size() >= 2 * documents_distinct_ + 1024) DedupeDocuments();
}

void ReconcileInput::AddDocument(std::string_view name) {
  if (!in_document_ || name != window_doc_) StartDocument(name);
}

// A conversion's source: kept already, or brought back from the window.
// The source is written just before its conversion, so the window is
// searched from its end.
void ReconcileInput::KeepNamed(const std::string& id) {
  if (window_kept_.count(id)) return;
  auto it = std::find_if(window_dropped_.rbegin(), window_dropped_.rend(), [&](const Dropped& d) {
    return std::string_view(window_ids_).substr(d.id_begin, d.id_end - d.id_begin) == id;
  });
  if (it == window_dropped_.rend()) {
    unresolved_.insert(id);
    return;
  }
  std::string_view json = std::string_view(window_json_).substr(it->json_begin, it->json_end - it->json_begin);
  auto claim = report::ClaimFromJsonLine(json, "", 0);  // it was read from this JSON once
  window_dropped_.erase(std::next(it).base());
  if (!claim.ok()) return;
  window_kept_.insert(id);
  kept_.push_back(std::move(claim).value());
}

void ReconcileInput::Add(const Claim& claim, std::string_view json) {
  ++claims_;
  AddDocument(claim.doc);
  if (!ShouldKeep(claim)) {
    Dropped d{window_ids_.size(), 0, window_json_.size(), 0};
    window_ids_ += claim.id;
    window_json_ += json;
    d.id_end = window_ids_.size();
    d.json_end = window_json_.size();
    window_dropped_.push_back(d);
    return;
  }
  window_kept_.insert(claim.id);
  kept_.push_back(claim);
  if (IsConversion(claim)) KeepNamed(claim.converts);
}

void ReconcileInput::Restore(const Claim& claim) {
  if (MayBeCompared(claim) || IsConversion(claim)) return;  // kept in order the first time
  if (unresolved_.erase(claim.id) > 0) kept_.push_back(claim);
}

// Sorts and dedupes the document hashes; a document's lines may come in
// several runs, so duplicates are dropped whenever they might be half.
void ReconcileInput::DedupeDocuments() {
  std::sort(documents_.begin(), documents_.end());
  documents_.erase(std::unique(documents_.begin(), documents_.end()), documents_.end());
  documents_distinct_ = documents_.size();
}

ClaimCounts ReconcileInput::counts() {
  DedupeDocuments();
  return ClaimCounts{documents_.size(), claims_};
}

ReconcileResult ReconcileInput::Finish(const RuleSet& rules) {
  ClaimCounts c = counts();
  std::vector<Claim> kept = std::move(kept_);
  *this = ReconcileInput();
  return ReconcileKept(std::move(kept), rules, c);
}

}  // namespace claimcheck
