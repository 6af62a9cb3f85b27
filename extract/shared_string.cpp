#include "extract/shared_string.h"

#include <mutex>
#include <ostream>
#include <unordered_map>

#include "extract/string_table.h"

namespace actorgraph {

const std::string& SharedString::EmptyString() {
  static const std::string empty;
  return empty;
}

std::ostream& operator<<(std::ostream& out, const SharedString& text) {
  return out << text.str();
}

SharedString SharedString::Permanent(std::string_view text) {
  if (text.empty()) return {};
  // Never destroyed, so that a Permanent string outlives every static that copies one; the
  // pool stays reachable, so leak checkers do not report its blocks. Equal texts share a block:
  // loading the same schema again adds nothing.
  struct Hash {
    std::size_t operator()(std::string_view text) const { return HashWord(text); }
  };
  struct Pool {
    Pool() { reps.reserve(8192); }  // the default schema's distinct strings (about 7,000)
    std::mutex mutex;
    std::unordered_map<std::string_view, Rep*, Hash> reps;
  };
  static Pool* const pool = new Pool;
  std::lock_guard lock(pool->mutex);
  auto it = pool->reps.find(text);
  if (it == pool->reps.end()) {
    Rep* rep = new Rep{{1}, true, std::string(text)};
    it = pool->reps.emplace(std::string_view(rep->text), rep).first;  // keyed by its own text
  }
  SharedString result;
  result.rep_ = it->second;
  return result;
}

}  // namespace actorgraph
