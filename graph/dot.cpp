#include "graph/dot.h"

#include "graph/palette.h"
#include "graph/text_sanitizer.h"

namespace actorgraph {
namespace {

// A DOT double-quoted string. Graphviz reads \\ as a backslash in labels and \n as a line
// break; a carriage return would only confuse the line count, so it goes.
void AppendQuoted(std::string& out, std::string_view text) {
  out += '"';
  for (char c : CleanText(text)) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      default:
        out += c;
    }
  }
  out += '"';
}

std::string Tooltip(const RelationEdge& edge) {
  std::string tip = edge.type + " x" + std::to_string(edge.weight);
  if (!edge.first_date.empty()) tip += ", " + edge.first_date + " .. " + edge.last_date;
  if (edge.negated) tip += ", negated";
  return tip;
}

}  // namespace

void WriteDot(const ActorGraph& graph, std::ostream& out) {
  std::string buffer =
      "// Written by actorgraph. Render with: dot -Tsvg graph.dot -o graph.svg\n"
      "digraph actorgraph {\n"
      "  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
      "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  for (const ActorNode& node : graph.nodes()) {
    buffer += "  ";
    AppendQuoted(buffer, node.id);
    buffer += " [label=";
    AppendQuoted(buffer, node.label.empty() ? node.id : node.label);
    if (!node.type.empty()) {
      buffer += ", tooltip=";
      AppendQuoted(buffer, node.type);
    }
    buffer += "];\n";
  }
  for (const RelationEdge& edge : graph.edges()) {
    const std::string_view family = RelationFamily(edge.type);
    buffer += "  ";
    AppendQuoted(buffer, graph.node(edge.source).id);
    buffer += " -> ";
    AppendQuoted(buffer, graph.node(edge.target).id);
    buffer += " [label=";
    AppendQuoted(buffer, edge.type);
    buffer += ", color=\"";
    buffer += FamilyColorHex(family);
    buffer += "\", fontcolor=\"";
    buffer += FamilyColorHex(family);
    buffer += "\", tooltip=";
    AppendQuoted(buffer, Tooltip(edge));
    if (edge.negated) buffer += ", style=dashed";
    buffer += "];\n";
  }
  buffer += "}\n";
  out.write(buffer.data(), std::ssize(buffer));
}

}  // namespace actorgraph
