#pragma once
// Small fixed sets of short words (articles, prepositions, title nouns ...) asked about once or
// more per token. std::unordered_set<std::string_view> hashes every probe with std::hash
// (out-of-line murmur over the whole word); these sets hash the length and the first and last
// bytes inline, so that most words that are not members leave after one table probe. Build
// once (usually as a function-local static), then query; const and thread-safe.

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace actorgraph {

// A map from a few dozen short words to values. The words must outlive the map (literals).
template <typename Value>
class WordMap {
 public:
  WordMap(std::initializer_list<std::pair<std::string_view, Value>> entries) {
    Build(entries.begin(), entries.end());
  }
  template <typename Iterator>
  WordMap(Iterator begin, Iterator end) {
    Build(begin, end);
  }

  // Returns the value of `word`, or nullptr.
  const Value* Find(std::string_view word) const {
    if (word.empty()) return nullptr;
    for (std::size_t slot = Hash(word) & mask_;; slot = (slot + 1) & mask_) {
      const Slot& s = slots_[slot];
      if (!s.used) return nullptr;
      if (s.word == word) return &s.value;
    }
  }
  bool contains(std::string_view word) const { return Find(word) != nullptr; }
  std::size_t count(std::string_view word) const { return contains(word) ? 1 : 0; }

 private:
  struct Slot {
    std::string_view word;
    Value value{};
    bool used = false;
  };
  static std::size_t Hash(std::string_view w) {
    const auto first = static_cast<unsigned char>(w.front());
    const auto last = static_cast<unsigned char>(w.back());
    return (w.size() * 0x9E37u) ^ (first * 0x2F1u) ^ (last * 0x61u) ^
           (w.size() > 2 ? static_cast<unsigned char>(w[1]) * 0x1Bu : 0u);
  }
  template <typename Iterator>
  void Build(Iterator begin, Iterator end) {
    const auto n = static_cast<std::size_t>(std::distance(begin, end));
    std::size_t size = 16;
    while (size < 4 * n) size *= 2;  // at most a quarter full: short probe runs
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (Iterator it = begin; it != end; ++it) Insert(Key(*it), ValueOf(*it));
  }
  static std::string_view Key(std::string_view word) { return word; }
  static std::string_view Key(const std::pair<std::string_view, Value>& entry) {
    return entry.first;
  }
  static Value ValueOf(std::string_view) { return Value{}; }
  static Value ValueOf(const std::pair<std::string_view, Value>& entry) { return entry.second; }
  void Insert(std::string_view word, Value value) {
    if (word.empty()) return;
    for (std::size_t slot = Hash(word) & mask_;; slot = (slot + 1) & mask_) {
      Slot& s = slots_[slot];
      if (!s.used) {
        s = Slot{word, std::move(value), true};
        return;
      }
      if (s.word == word) return;  // the first value wins, as in std::unordered_map
    }
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

// A set of short words: WordMap without values. count() keeps std::unordered_set's spelling.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : map_(words.begin(), words.end()) {}
  template <typename Iterator>
  WordSet(Iterator begin, Iterator end) : map_(begin, end) {}

  bool contains(std::string_view word) const { return map_.contains(word); }
  std::size_t count(std::string_view word) const { return map_.count(word); }

 private:
  WordMap<bool> map_;
};

}  // namespace actorgraph
