#pragma once
// StringTable: the words of a lexicon (verb forms, first words of names) numbered 0, 1, 2 ... in
// the order they were first added, kept end to end in one buffer and found through an
// open-addressing hash table. Adding a word allocates nothing but the buffer's and the table's
// growth; looking one up hashes it once, and a word that is absent usually stops at the first
// empty slot. The three arrays are TableArrays: a table read from compiled tables
// (extract/table_io.h) is used in place. Add all words, then query: const and thread-safe once
// built. (sentencepiece's PrefixMatcher keeps its dictionary flat for the same reasons.)

#include <cstdint>
#include <cstring>
#include <limits>
#include <string_view>

#include "extract/table_io.h"

namespace actorgraph {

// A 64-bit hash of a word, eight bytes at a time (short words in one or two loads).
inline std::uint64_t HashWord(std::string_view word) {
  const auto mix = [](std::uint64_t x) {
    x *= 0xBF58476D1CE4E5B9u;
    return x ^ (x >> 31);
  };
  const auto load64 = [](const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
  };
  const auto load32 = [](const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return std::uint64_t{v};
  };
  const char* p = word.data();
  const std::size_t n = word.size();
  std::uint64_t h = 0x9E3779B97F4A7C15u * (n + 1);
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8) h = mix(h ^ load64(p + i));
    h = mix(h ^ load64(p + n - 8));
  } else if (n >= 4) {
    h = mix(h ^ (load32(p) | load32(p + n - 4) << 32));
  } else if (n > 0) {
    const auto byte = [&](std::size_t i) {
      return std::uint64_t{static_cast<unsigned char>(p[i])};
    };
    h = mix(h ^ (byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16));
  }
  return mix(h);
}

// Whether two words are equal, comparing short ones (up to 16 bytes) with a few loads
// instead of a call to memcmp: most lookups compare a token with a word of the table.
inline bool SameWord(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  if (n >= 8 && n <= 16) {
    std::uint64_t x[2], y[2];
    std::memcpy(&x[0], p, 8);
    std::memcpy(&y[0], q, 8);
    std::memcpy(&x[1], p + n - 8, 8);
    std::memcpy(&y[1], q + n - 8, 8);
    return ((x[0] ^ y[0]) | (x[1] ^ y[1])) == 0;
  }
  if (n >= 4 && n < 8) {
    std::uint32_t x[2], y[2];
    std::memcpy(&x[0], p, 4);
    std::memcpy(&y[0], q, 4);
    std::memcpy(&x[1], p + n - 4, 4);
    std::memcpy(&y[1], q + n - 4, 4);
    return ((x[0] ^ y[0]) | (x[1] ^ y[1])) == 0;
  }
  if (n < 4) {
    for (std::size_t i = 0; i < n; ++i) {
      if (p[i] != q[i]) return false;
    }
    return true;
  }
  return std::memcmp(p, q, n) == 0;
}

class StringTable {
 public:
  static constexpr std::uint32_t kNotFound = std::numeric_limits<std::uint32_t>::max();

  StringTable() : ends_(std::vector<std::uint32_t>{0}) {}

  // Returns the id of `word`, adding it (as id size()) when it is new.
  std::uint32_t Add(std::string_view word);
  // Returns the id of `word`, or kNotFound.
  std::uint32_t Find(std::string_view word) const { return Find(word, HashWord(word)); }
  // The word with this id (id < size()). Valid until the next Add.
  std::string_view Word(std::uint32_t id) const {
    return {chars_.data() + ends_[id], ends_[id + 1] - ends_[id]};
  }
  std::uint32_t size() const { return static_cast<std::uint32_t>(ends_.size() - 1); }

  // The table's arrays for TableWriter, and back (in place). Read() checks the arrays' sizes
  // against each other, not every entry: the bytes were written by Write() of this build.
  void Write(TableWriter& out) const;
  void Read(TableReader& in);

 private:
  std::uint32_t Find(std::string_view word, std::uint64_t hash) const {
    if (slots_.empty()) return kNotFound;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const std::uint64_t slot = slots_[i];
      if (slot == 0) return kNotFound;
      // The slot's high half is the hash's: most other words are told apart without a compare.
      if (((slot ^ hash) >> 32) == 0) {
        const auto id = static_cast<std::uint32_t>(slot) - 1;
        if (SameWord(Word(id), word)) return id;
      }
    }
  }
  static void Insert(std::vector<std::uint64_t>& slots, std::uint64_t hash, std::uint32_t id);

  TableArray<char> chars_;           // the words end to end
  TableArray<std::uint32_t> ends_;   // word id spans chars_[ends_[id], ends_[id + 1])
  TableArray<std::uint64_t> slots_;  // 0 empty, else hash's high half << 32 | id + 1
};

}  // namespace actorgraph
