#pragma once
// The writers build their text in a std::string and hand it to the stream in large blocks:
// far faster than many small stream insertions on a million-edge graph.

#include <ostream>
#include <string>

namespace actorgraph {

// Writes `buffer` to `out` and empties it once it holds at least 1 MiB.
inline void FlushIfLarge(std::string& buffer, std::ostream& out) {
  constexpr std::size_t kFlushBytes = 1 << 20;
  if (buffer.size() < kFlushBytes) return;
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  buffer.clear();
}

}  // namespace actorgraph
