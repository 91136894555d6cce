// WordMemo: what was worked out for a word (or any short string), kept
// across documents, looked up far more often than added to.
// std::unordered_map costs such a lookup a division (its prime bucket
// count) and three dependent cache misses (bucket, node, hash in the node);
// in a steady run the lexicon's memos of name finding missed the cache so
// often that their lookups took a tenth of the time. Here a lookup reads
// one slot of a power-of-two table (the hash and where the entry is) and
// then the entry.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck {

template <typename Value>
class WordMemo {
 public:
  // The value remembered for key, or null.
  const Value* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    uint64_t hash = Hash(key);
    for (size_t at = hash & Mask();; at = (at + 1) & Mask()) {
      const Slot& slot = slots_[at];
      if (slot.entry == 0) return nullptr;
      const auto& [entry_key, value] = entries_[slot.entry - 1];
      if (slot.hash == hash && entry_key == key) return &value;
    }
  }

  // Remembers value for key, which must not be remembered yet. The
  // reference stays valid until Clear (entries live in a deque).
  const Value& Add(std::string_view key, Value value) {
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    entries_.emplace_back(std::string(key), std::move(value));
    Place(Hash(key), static_cast<uint32_t>(entries_.size()));
    return entries_.back().second;
  }

  size_t size() const { return entries_.size(); }

  void Clear() {
    slots_.clear();
    entries_.clear();
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t entry = 0;  // index into entries_ plus one; 0: empty
  };

  static uint64_t Hash(std::string_view key) { return std::hash<std::string_view>{}(key); }
  size_t Mask() const { return slots_.size() - 1; }

  void Place(uint64_t hash, uint32_t entry) {
    size_t at = hash & Mask();
    while (slots_[at].entry != 0) at = (at + 1) & Mask();
    slots_[at] = {hash, entry};
  }

  // At most half the slots are taken, so that probe runs stay short.
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    for (const Slot& slot : old) {
      if (slot.entry != 0) Place(slot.hash, slot.entry);
    }
  }

  std::vector<Slot> slots_;
  std::deque<std::pair<std::string, Value>> entries_;
};

}  // namespace claimcheck
