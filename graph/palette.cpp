#include "graph/palette.h"

namespace actorgraph {

// Tableau-10 colours, as in matplotlib and d3, so plots made from our JSON match.
Rgb FamilyColor(std::string_view family) {
  if (family == "cooperation") return {44, 160, 44};  // #2ca02c
  if (family == "structural") return {31, 119, 180};  // #1f77b4
  return {214, 39, 40};                               // #d62728, conflict
}

std::string_view FamilyColorHex(std::string_view family) {
  if (family == "cooperation") return "#2ca02c";
  if (family == "structural") return "#1f77b4";
  return "#d62728";
}

}  // namespace actorgraph
