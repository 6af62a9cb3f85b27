#pragma once
// TextPool: the strings of a graph's edges (relation types, dates, document ids, evidence
// sentences), each stored once in large blocks; an edge holds them as PooledText, one pointer
// each. A million edges share a few hundred dates and documents and support one another with
// the same sentences, so this is most of what keeps a big graph small.
//
// Usage:
//   TextPool texts;
//   PooledText type = texts.Add("CONSULT");   // texts.Add("CONSULT") again returns the same
//   std::string_view view = type;             // valid while `texts` lives (moves included)
//   texts.Freeze();                           // complete: frees the index Add searches

#include <compare>
#include <cstdint>
#include <cstring>
#include <iosfwd>
#include <memory>
#include <string_view>
#include <vector>

namespace actorgraph {

// A string held by a TextPool, read as a std::string_view. The default is the empty string.
// It stays valid as long as its pool lives; comparisons are by content, whatever the pool.
class PooledText {
 public:
  PooledText() = default;

  std::string_view view() const {
    if (entry_ == nullptr) return {};
    std::uint32_t size;
    std::memcpy(&size, entry_, sizeof size);
    return {entry_ + sizeof size, size};
  }
  operator std::string_view() const { return view(); }  // implicit, as std::string's
  bool empty() const { return entry_ == nullptr; }

  friend bool operator==(PooledText a, PooledText b) {
    return a.entry_ == b.entry_ || a.view() == b.view();
  }
  friend std::strong_ordering operator<=>(PooledText a, PooledText b) {
    return a.view() <=> b.view();
  }
  friend bool operator==(PooledText a, std::string_view b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(PooledText a, std::string_view b) {
    return a.view() <=> b;
  }

 private:
  friend class TextPool;
  explicit PooledText(const char* entry) : entry_(entry) {}

  const char* entry_ = nullptr;  // the text's size (4 bytes, unaligned), then its bytes
};

std::ostream& operator<<(std::ostream& out, PooledText text);

// Append-only storage of distinct strings. Texts are never moved or freed before the pool, so
// a PooledText outlives moves of its pool; an ActorGraph shares its pools with its copies.
class TextPool {
 public:
  TextPool();
  ~TextPool();
  TextPool(TextPool&&) noexcept;
  TextPool& operator=(TextPool&&) noexcept;
  TextPool(const TextPool&) = delete;
  TextPool& operator=(const TextPool&) = delete;

  // Returns the pool's copy of `text`, stored on first use: adding the same text again returns
  // an equal PooledText and takes no room. The empty string is PooledText(). Texts are at most
  // 4 GiB - 1 bytes.
  PooledText Add(std::string_view text);

  // Frees the index that Add searches (11 to 21 bytes per distinct text), once the pool is
  // complete. Add must not be called afterwards.
  void Freeze();

  // Distinct non-empty texts stored.
  std::size_t size() const { return size_; }

 private:
  const char* Store(std::string_view text);
  void GrowIndex();

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;  // the unused end of the last block
  std::size_t free_size_ = 0;
  std::size_t block_bytes_ = 0;  // all blocks together
  std::size_t size_ = 0;
  // Open addressing over the stored entries, probed linearly; a power of two, at most 3/4 full.
  std::vector<const char*> index_;
  bool frozen_ = false;
};

}  // namespace actorgraph
