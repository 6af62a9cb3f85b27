#pragma once
// The colours of relation families, shared by every writer so that Gephi, Graphviz and the web
// show a relation the same way.

#include <string_view>

namespace actorgraph {

struct Rgb {
  int r = 0;
  int g = 0;
  int b = 0;
};

// Colour of a RelationFamily(): cooperation green, conflict red, structural blue.
Rgb FamilyColor(std::string_view family);
// The same colour as "#rrggbb".
std::string_view FamilyColorHex(std::string_view family);

}  // namespace actorgraph
