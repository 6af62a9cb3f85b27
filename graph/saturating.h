#pragma once
// Counts read from files may be hostile: adding them must not overflow (undefined behaviour).

#include <cstdint>
#include <limits>

namespace actorgraph {

// a + b, clamped to the range of std::int64_t.
inline std::int64_t SaturatingAdd(std::int64_t a, std::int64_t b) {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) {
    return b > 0 ? std::numeric_limits<std::int64_t>::max()
                 : std::numeric_limits<std::int64_t>::min();
  }
  return sum;
}

}  // namespace actorgraph
