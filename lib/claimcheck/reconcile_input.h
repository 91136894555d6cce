// Reconcile's input, gathered as claims stream past. Of all claims read it
// keeps the ones Reconcile may read (reconcile.h says which), in the order
// read, and of the others only what the summary counts, so that memory
// follows the claims that may be compared, not all claims read: a run over
// ten million claims keeps a few hundred thousand.
//
// A conversion names a claim of its own document, written before it; the
// current document's dropped claims are held as their JSON until the next
// document starts, and a named one is brought back from there.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "claimcheck/claim.h"
#include "claimcheck/reconcile.h"

namespace claimcheck {

class ReconcileInput {
 public:
  // One claim read; json is a JSON line of it that ClaimFromJsonLine reads
  // (report/json.h), kept only while a later conversion of its document
  // might name it.
  void Add(const Claim& claim, std::string_view json);
  // A document read, whether or not it yielded claims.
  void AddDocument(std::string_view name);

  // Ids a conversion named that were not found in its document (written
  // after it, or in another run of lines of the same document); empty for
  // claims as extract writes them. Feed every claim again to Restore to
  // bring those back.
  const std::unordered_set<std::string>& unresolved() const { return unresolved_; }
  void Restore(const Claim& claim);

  size_t kept() const { return kept_.size(); }
  ClaimCounts counts();

  // Reconcile over the kept claims. Leaves this input empty.
  ReconcileResult Finish(const RuleSet& rules);

 private:
  struct Dropped {
    size_t id_begin, id_end;      // its id in window_ids_
    size_t json_begin, json_end;  // its JSON in window_json_
  };
  using DocHash = std::pair<uint64_t, uint64_t>;

  bool ShouldKeep(const Claim& claim);
  void StartDocument(std::string_view name);
  void KeepNamed(const std::string& id);
  void DedupeDocuments();

  std::vector<Claim> kept_;
  size_t claims_ = 0;
  std::unordered_set<std::string> guessed_subjects_;  // each kept once, see reconcile.h
  std::unordered_set<std::string> unresolved_;

  // The current document: the ids kept of it, and its dropped claims.
  std::string window_doc_;
  bool in_document_ = false;
  std::unordered_set<std::string> window_kept_;
  std::vector<Dropped> window_dropped_;
  std::string window_ids_, window_json_;

  // Documents as two independent 64-bit hashes of their names: 16 bytes a
  // document, where a set of names cost ~100; two names collide with odds
  // of about n^2 / 2^129.
  std::vector<DocHash> documents_;
  size_t documents_distinct_ = 0;  // documents_ is sorted and distinct up to here
};

}  // namespace claimcheck
