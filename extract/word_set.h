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
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/string_table.h"
#include "extract/table_io.h"

namespace actorgraph {

// Whether `word` starts with one of `stems` ("condannato" with "condann"): the forms of a verb
// named by the stems of its lemma and participle.
inline bool StartsWithAny(std::string_view word, std::initializer_list<std::string_view> stems) {
  for (std::string_view stem : stems) {
    if (word.starts_with(stem)) return true;
  }
  return false;
}

// A one-probe Bloom filter over a lexicon's keys: MayContain() is false for most words that
// are not keys, after a few inline instructions, so that the map lookup (std::hash over the
// whole word, a bucket walk and a compare) is paid only by keys and a few false positives.
// The signature is the length and the first and last two bytes. Add() all keys, then query.
class WordFilter {
 public:
  // Sizes the filter for about `keys` keys (16 bits each; fewer than 10% false positives).
  explicit WordFilter(std::size_t keys = 0) {
    std::size_t bits = 1 << 12;
    while (bits < 16 * keys) bits *= 2;
    words_.Assign(std::vector<std::uint64_t>(bits / 64, 0));
    mask_ = bits - 1;
  }
  void Add(std::string_view word) {
    const std::size_t bit = Hash(word) & mask_;
    words_.Mutable(bit / 64) |= std::uint64_t{1} << (bit % 64);
  }
  bool MayContain(std::string_view word) const {
    const std::size_t bit = Hash(word) & mask_;
    return (words_[bit / 64] >> (bit % 64)) & 1;
  }

  // The filter's bits for TableWriter (extract/table_io.h), and back (in place).
  void Write(TableWriter& out) const { words_.Write(out); }
  void Read(TableReader& in) {
    words_.Read(in);
    if (words_.empty() || (words_.size() & (words_.size() - 1)) != 0) TableReader::Fail();
    mask_ = words_.size() * 64 - 1;
  }

 private:
  static std::size_t Hash(std::string_view w) {
    std::uint64_t h = w.size();
    if (!w.empty()) {
      const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(w[i]); };
      h |= std::uint64_t{byte(0)} << 8 | std::uint64_t{byte(w.size() / 2)} << 16 |
           std::uint64_t{byte(w.size() - 1)} << 24;
      if (w.size() > 1) h |= std::uint64_t{byte(1)} << 32 | std::uint64_t{byte(w.size() - 2)} << 40;
    }
    h *= 0x9E3779B97F4A7C15u;
    return static_cast<std::size_t>(h >> 32);
  }

  TableArray<std::uint64_t> words_;
  std::size_t mask_ = 0;
};

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
      if (SameWord(s.word, word)) return &s.value;
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

// A std::unordered_map from words with a WordFilter in front, for maps asked about every token
// (trigger nouns): find() and count() of a word that is no key return after the filter.
// The subset of the std::unordered_map interface the rules use; keys are added with [].
template <typename Value>
class FilteredWordMap {
 public:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const noexcept {
      return std::hash<std::string_view>{}(word);
    }
  };
  using Map = std::unordered_map<std::string, Value, Hash, std::equal_to<>>;
  using const_iterator = typename Map::const_iterator;

  Value& operator[](std::string_view word) {
    filter_.Add(word);
    return map_[std::string(word)];
  }
  const_iterator find(std::string_view word) const {
    return filter_.MayContain(word) ? map_.find(word) : map_.end();
  }
  const_iterator end() const { return map_.end(); }
  std::size_t count(std::string_view word) const { return find(word) == end() ? 0 : 1; }

 private:
  Map map_;
  WordFilter filter_{std::size_t{1} << 12};
};

}  // namespace actorgraph
