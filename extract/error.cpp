#include "extract/error.h"

namespace actorgraph {

std::string SourcePosition::ToString() const {
  // Appended piece by piece: GCC 12 at -O3 warns (-Wrestrict, a false positive) on
  // `":" + std::to_string(...)`.
  std::string out = file;
  if (line > 0) {
    out += ':';
    out += std::to_string(line);
    if (column > 0) {
      out += ':';
      out += std::to_string(column);
    }
  }
  return out;
}

Error::Error(std::string message, SourcePosition where, std::string hint)
    : std::runtime_error(Format(message, where, hint)),
      where_(std::move(where)),
      message_(std::move(message)),
      hint_(std::move(hint)) {}

std::string Error::Format(const std::string& message, const SourcePosition& where,
                          const std::string& hint) {
  std::string out = where.ToString();
  if (!out.empty()) out += ": ";
  out += message;
  if (!hint.empty()) out += " (" + hint + ")";
  return out;
}

}  // namespace actorgraph
