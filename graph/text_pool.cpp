#include "graph/text_pool.h"

#include <algorithm>
#include <cassert>
#include <functional>
#include <limits>
#include <ostream>

namespace actorgraph {
namespace {

// Blocks grow from small (a test graph) to 1 MiB (a corpus), so that a small pool stays small
// and a big one makes few allocations; a longer text gets a block of its own size.
constexpr std::size_t kFirstBlockBytes = 4096;
constexpr std::size_t kMaxBlockBytes = std::size_t{1} << 20;
constexpr std::size_t kFirstIndexSlots = 64;

std::size_t Hash(std::string_view text) { return std::hash<std::string_view>()(text); }

}  // namespace

std::ostream& operator<<(std::ostream& out, PooledText text) { return out << text.view(); }

TextPool::TextPool() = default;
TextPool::~TextPool() = default;
TextPool::TextPool(TextPool&&) noexcept = default;
TextPool& TextPool::operator=(TextPool&&) noexcept = default;

PooledText TextPool::Add(std::string_view text) {
  assert(!frozen_ && "TextPool::Add() after Freeze()");
  if (text.empty()) return PooledText();
  if (4 * (size_ + 1) > 3 * index_.size()) GrowIndex();
  const std::size_t mask = index_.size() - 1;
  std::size_t at = Hash(text) & mask;
  while (index_[at] != nullptr) {
    if (PooledText(index_[at]).view() == text) return PooledText(index_[at]);
    at = (at + 1) & mask;
  }
  index_[at] = Store(text);
  ++size_;
  return PooledText(index_[at]);
}

void TextPool::Freeze() {
  index_ = {};
  frozen_ = true;
}

const char* TextPool::Store(std::string_view text) {
  assert(text.size() <= std::numeric_limits<std::uint32_t>::max());
  const auto size = static_cast<std::uint32_t>(text.size());
  const std::size_t entry_bytes = sizeof size + text.size();
  if (entry_bytes > free_size_) {
    // Each block as big as all before it: the pool doubles until blocks reach the maximum.
    const std::size_t block =
        std::max(std::clamp(block_bytes_, kFirstBlockBytes, kMaxBlockBytes), entry_bytes);
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(block));
    free_ = blocks_.back().get();
    free_size_ = block;
    block_bytes_ += block;
  }
  char* entry = free_;
  std::memcpy(entry, &size, sizeof size);
  std::memcpy(entry + sizeof size, text.data(), text.size());
  free_ += entry_bytes;
  free_size_ -= entry_bytes;
  return entry;
}

void TextPool::GrowIndex() {
  std::vector<const char*> old = std::move(index_);
  index_.assign(std::max(kFirstIndexSlots, 2 * old.size()), nullptr);
  const std::size_t mask = index_.size() - 1;
  for (const char* entry : old) {
    if (entry == nullptr) continue;
    std::size_t at = Hash(PooledText(entry).view()) & mask;
    while (index_[at] != nullptr) at = (at + 1) & mask;
    index_[at] = entry;
  }
}

}  // namespace actorgraph
