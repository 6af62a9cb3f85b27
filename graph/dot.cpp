#include "graph/dot.h"

#include <cassert>

#include "graph/graph_io.h"
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
  std::string tip = std::string(edge.type) + " x" + std::to_string(edge.weight);
  if (!edge.first_date.empty()) {
    tip.append(", ").append(edge.first_date).append(" .. ").append(edge.last_date);
  }
  if (edge.negated) tip += ", negated";
  return tip;
}

// A decoration attribute: `, name="value"`, the name bare when DOT allows it.
void AppendAttribute(std::string& out, std::string_view name, std::string_view value) {
  out += ", ";
  const bool bare = !name.empty() && !(name[0] >= '0' && name[0] <= '9') &&
                    name.find_first_not_of(
                        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                        "0123456789_") == std::string_view::npos;
  if (bare) {
    out += name;
  } else {
    AppendQuoted(out, name);
  }
  out += '=';
  AppendQuoted(out, value);
}

// The decoration's attributes of element i (empty values left out).
void AppendDecoration(
    std::string& out,
    const std::vector<std::pair<std::string, std::vector<std::string>>>& attributes,
    std::size_t i) {
  for (const auto& [name, values] : attributes) {
    if (!values[i].empty()) AppendAttribute(out, name, values[i]);
  }
}

}  // namespace

void WriteDot(const ActorGraph& graph, std::ostream& out) { WriteDot(graph, {}, out); }

void WriteDot(const ActorGraph& graph, const GraphDecoration& decoration, std::ostream& out) {
  assert(decoration.node_colors.empty() || decoration.node_colors.size() == graph.nodes().size());
  assert(decoration.edge_colors.empty() || decoration.edge_colors.size() == graph.edges().size());
  std::string buffer =
      "// Written by actorgraph. Render with: dot -Tsvg graph.dot -o graph.svg\n"
      "digraph actorgraph {\n"
      "  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
      "  edge [fontname=\"Helvetica\", fontsize=10];\n";
  for (NodeIndex i = 0; i < graph.nodes().size(); ++i) {
    const ActorNode& node = graph.node(i);
    buffer += "  ";
    AppendQuoted(buffer, node.id);
    buffer += " [label=";
    AppendQuoted(buffer, node.label.empty() ? node.id : node.label);
    if (!node.type.empty()) {
      buffer += ", tooltip=";
      AppendQuoted(buffer, node.type);
    }
    if (!decoration.node_colors.empty() && !decoration.node_colors[i].empty()) {
      AppendAttribute(buffer, "color", decoration.node_colors[i]);
      AppendAttribute(buffer, "fontcolor", decoration.node_colors[i]);
    }
    AppendDecoration(buffer, decoration.node_attributes, i);
    buffer += "];\n";
  }
  for (EdgeIndex i = 0; i < graph.edges().size(); ++i) {
    const RelationEdge& edge = graph.edge(i);
    std::string_view color = FamilyColorHex(RelationFamily(edge.type));
    if (!decoration.edge_colors.empty() && !decoration.edge_colors[i].empty()) {
      color = decoration.edge_colors[i];
    }
    buffer += "  ";
    AppendQuoted(buffer, graph.node(edge.source).id);
    buffer += " -> ";
    AppendQuoted(buffer, graph.node(edge.target).id);
    buffer += " [label=";
    AppendQuoted(buffer, edge.type);
    buffer += ", color=";
    AppendQuoted(buffer, color);
    buffer += ", fontcolor=";
    AppendQuoted(buffer, color);
    buffer += ", tooltip=";
    AppendQuoted(buffer, Tooltip(edge));
    if (edge.negated) buffer += ", style=dashed";
    AppendDecoration(buffer, decoration.edge_attributes, i);
    buffer += "];\n";
  }
  buffer += "}\n";
  out.write(buffer.data(), std::ssize(buffer));
}

}  // namespace actorgraph
