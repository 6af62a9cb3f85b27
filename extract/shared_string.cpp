#include "extract/shared_string.h"

#include <deque>
#include <mutex>
#include <ostream>
#include <vector>

#include "extract/string_table.h"

namespace actorgraph {

const std::string& SharedString::EmptyString() {
  static const std::string empty;
  return empty;
}

std::ostream& operator<<(std::ostream& out, const SharedString& text) { return out << text.str(); }

SharedString SharedString::Permanent(std::string_view text) {
  if (text.empty()) return {};
  // Never destroyed, so that a Permanent string outlives every static that copies one; the
  // pool stays reachable, so leak checkers do not report its blocks. Equal texts share a block:
  // loading the same schema again adds nothing. The blocks are allocated in chunks (a deque
  // never moves them) and found through an open-addressing table of pointers: the default
  // schema interns some 14,000 strings at every start, which fill 32,768 slots to the half
  // without rehashing them on the way.
  struct Pool {
    std::mutex mutex;
    std::deque<Rep> reps;
    std::vector<Rep*> slots = std::vector<Rep*>(32768);  // a power of two, at most half full
  };
  static Pool* const pool = new Pool;
  std::lock_guard lock(pool->mutex);
  auto slot_of = [&](std::string_view key) {
    const std::size_t mask = pool->slots.size() - 1;
    std::size_t i = HashWord(key) & mask;
    while (pool->slots[i] && pool->slots[i]->text != key) i = (i + 1) & mask;
    return i;
  };
  std::size_t slot = slot_of(text);
  if (pool->slots[slot] == nullptr) {
    if (2 * (pool->reps.size() + 1) > pool->slots.size()) {
      std::vector<Rep*> old(pool->slots.size() * 2);
      old.swap(pool->slots);
      for (Rep* rep : old) {
        if (rep) pool->slots[slot_of(rep->text)] = rep;
      }
      slot = slot_of(text);
    }
    pool->slots[slot] = &pool->reps.emplace_back(1u, true, std::string(text));
  }
  SharedString result;
  result.rep_ = pool->slots[slot];
  return result;
}

}  // namespace actorgraph
