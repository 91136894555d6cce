#include "claimcheck/extract_parallel.h"

#include <condition_variable>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

namespace claimcheck {
namespace {

RenderedDocument ExtractOne(std::variant<Document, Error>&& input, const RuleSet& rules, const Context& context,
                            const ClaimRenderer& render) {
  RenderedDocument doc;
  if (auto* error = std::get_if<Error>(&input)) {
    doc.errors = Errors{std::move(*error)};
    return doc;
  }
  auto result = Extract(std::get<Document>(input), rules, context, [&](Claim&& c) {
    render(c, doc);
    ++doc.claims;
  });
  if (!result.ok()) return RenderedDocument{{}, 0, false, result.errors()};
  doc.empty = result.value().language.empty();
  return doc;
}

// A worker parses the JSONL lines it takes, outside the reader's lock.
RenderedDocument ExtractOne(ReadItem&& input, const RuleSet& rules, const Context& context,
                            const ClaimRenderer& render) {
  if (auto* line = std::get_if<JsonlLine>(&input)) return ExtractOne(ParseJsonlLine(*line), rules, context, render);
  if (auto* error = std::get_if<Error>(&input))
    return ExtractOne(std::variant<Document, Error>(std::move(*error)), rules, context, render);
  return ExtractOne(std::variant<Document, Error>(std::move(std::get<Document>(input))), rules, context, render);
}

// Shared state of one parallel run: the reader hands out numbered documents;
// finished results wait in `done` until every earlier one was emitted.
// Workers and the emitter wait on separate condition variables and are woken
// only when there is something for them: with more threads than cores, a
// wake-up of everyone per document costs more than the documents.
class OrderedRun {
 public:
  OrderedRun(DocumentReader& reader, size_t jobs) : reader_(reader), window_(16 * jobs) {}

  // The next document and its number, or nullopt when input or run ended.
  std::optional<std::pair<size_t, ReadItem>> Take() {
    std::unique_lock lock(mu_);
    worker_cv_.wait(lock, [&] { return stopped_ || exhausted_ || next_to_read_ < next_to_emit_ + window_; });
    if (stopped_ || exhausted_) return std::nullopt;
    auto item = reader_.NextUnparsed();
    if (!item) {
      exhausted_ = true;
      lock.unlock();
      worker_cv_.notify_all();
      return std::nullopt;
    }
    return std::make_pair(next_to_read_++, std::move(*item));
  }

  void Finish(size_t seq, RenderedDocument item) {
    std::unique_lock lock(mu_);
    done_.emplace(seq, std::move(item));
    bool emitter_waits_for_it = seq == next_to_emit_;
    lock.unlock();
    if (emitter_waits_for_it) emitter_cv_.notify_one();
  }

  void WorkerDone() {
    {
      std::lock_guard lock(mu_);
      ++workers_done_;
    }
    emitter_cv_.notify_one();
  }

  // Emits results in order until all workers finished and nothing is left.
  void EmitAll(size_t jobs, const std::function<bool(RenderedDocument&)>& emit) {
    std::unique_lock lock(mu_);
    while (true) {
      emitter_cv_.wait(lock, [&] { return done_.count(next_to_emit_) || workers_done_ == jobs; });
      auto it = done_.find(next_to_emit_);
      if (it == done_.end()) return;  // every worker finished and nothing is pending
      RenderedDocument item = std::move(it->second);
      done_.erase(it);
      bool window_was_full = next_to_read_ >= next_to_emit_ + window_;
      ++next_to_emit_;
      lock.unlock();
      if (window_was_full) worker_cv_.notify_all();
      bool go_on = emit(item);
      lock.lock();
      if (!go_on) {
        stopped_ = true;
        lock.unlock();
        worker_cv_.notify_all();
        return;
      }
    }
  }

 private:
  DocumentReader& reader_;
  const size_t window_;
  std::mutex mu_;
  std::condition_variable worker_cv_;   // a worker waits for room in the window
  std::condition_variable emitter_cv_;  // the emitter waits for the next result
  std::map<size_t, RenderedDocument> done_;
  size_t next_to_read_ = 0, next_to_emit_ = 0, workers_done_ = 0;
  bool exhausted_ = false, stopped_ = false;
};

// Passes on every piece of doc but the one still filling; false once emit
// refused them.
bool EmitFilledPieces(RenderedDocument& doc, const std::function<bool(RenderedDocument&)>& emit) {
  RenderedDocument part;
  part.more_follows = true;
  auto filling = std::prev(doc.output.end());
  part.output.assign(std::make_move_iterator(doc.output.begin()), std::make_move_iterator(filling));
  doc.output.erase(doc.output.begin(), filling);
  return emit(part);
}

// One thread: the document being extracted is always the next in order, so
// its lines can go out before it ends. Once emit refuses them, the rest of
// the document is extracted but not rendered.
void ExtractInline(DocumentReader& reader, const RuleSet& rules, const Context& context, const ClaimRenderer& render,
                   const std::function<bool(RenderedDocument&)>& emit) {
  bool open = true;
  auto render_and_flush = [&](const Claim& claim, RenderedDocument& doc) {
    if (!open) return;
    render(claim, doc);
    if (doc.output.size() > 1) open = EmitFilledPieces(doc, emit);
  };
  while (open) {
    auto item = reader.Next();
    if (!item) return;
    RenderedDocument doc = ExtractOne(std::move(*item), rules, context, render_and_flush);
    if (open) open = emit(doc);
  }
}

}  // namespace

void ExtractInOrder(DocumentReader& reader, const std::vector<const RuleSet*>& rules, const Context& context,
                    const ClaimRenderer& render, const std::function<bool(RenderedDocument&)>& emit) {
  if (rules.size() == 1) return ExtractInline(reader, *rules.front(), context, render, emit);
  OrderedRun run(reader, rules.size());
  std::vector<std::thread> workers;
  for (const RuleSet* set : rules) {
    workers.emplace_back([&run, set, &context, &render] {
      while (auto taken = run.Take()) {
        run.Finish(taken->first, ExtractOne(std::move(taken->second), *set, context, render));
      }
      run.WorkerDone();
    });
  }
  run.EmitAll(rules.size(), emit);
  for (auto& w : workers) w.join();
}

}  // namespace claimcheck
