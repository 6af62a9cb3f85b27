#include "extract/string_table.h"

#include <algorithm>
#include <bit>
#include <vector>

namespace actorgraph {

std::uint32_t StringTable::Add(std::string_view word) {
  const std::uint64_t hash = HashWord(word);
  if (const std::uint32_t known = Find(word, hash); known != kNotFound) return known;
  const std::uint32_t id = size();
  chars_.append(word.begin(), word.end());
  ends_.push_back(static_cast<std::uint32_t>(chars_.size()));
  // At most half full, so that absent words meet an empty slot soon.
  if (2 * ends_.size() > slots_.size()) {
    std::vector<std::uint64_t> slots(std::max<std::size_t>(64, 2 * slots_.size()), 0);
    for (std::uint32_t old = 0; old < id; ++old) Insert(slots, HashWord(Word(old)), old);
    slots_.Assign(std::move(slots));
  }
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_.Mutable(i) = (hash >> 32 << 32) | (std::uint64_t{id} + 1);
  return id;
}

void StringTable::Insert(std::vector<std::uint64_t>& slots, std::uint64_t hash, std::uint32_t id) {
  const std::size_t mask = slots.size() - 1;
  std::size_t i = hash & mask;
  while (slots[i] != 0) i = (i + 1) & mask;
  slots[i] = (hash >> 32 << 32) | (std::uint64_t{id} + 1);
}

void StringTable::Write(TableWriter& out) const {
  chars_.Write(out);
  ends_.Write(out);
  slots_.Write(out);
}

void StringTable::Read(TableReader& in) {
  chars_.Read(in);
  ends_.Read(in);
  slots_.Read(in);
  if (ends_.empty() || ends_[0] != 0 || ends_[ends_.size() - 1] != chars_.size() ||
      (!slots_.empty() && !std::has_single_bit(slots_.size())) ||
      (ends_.size() > 1 && 2 * ends_.size() > slots_.size())) {
    TableReader::Fail();
  }
}

}  // namespace actorgraph
