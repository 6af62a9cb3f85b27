#include "graph/neo4j_csv.h"

#include <cassert>

#include "graph/graph_io.h"
#include "graph/list_codec.h"
#include "graph/output_buffer.h"
#include "graph/palette.h"
#include "graph/text_sanitizer.h"

namespace actorgraph {
namespace {

void AppendQuoted(std::string& out, std::string_view text) {
  out += '"';
  for (char c : CleanText(text)) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// A Neo4j label list: ';' separates labels, so it may not appear inside one.
std::string Labels(std::string_view type) {
  std::string labels = "Actor";
  if (type.empty()) return labels;
  labels += ';';
  for (char c : type) labels += c == ';' ? '_' : c;
  return labels;
}

using Attributes = std::vector<std::pair<std::string, std::vector<std::string>>>;

// Header cells for the decoration's attributes (string columns), after the format's own.
void AppendDecorationHeader(std::string& out, const Attributes& attributes) {
  for (const auto& [name, values] : attributes) {
    out += ',';
    AppendQuoted(out, name);
  }
}

void AppendDecoration(std::string& out, const Attributes& attributes, std::size_t i) {
  for (const auto& [name, values] : attributes) {
    out += ',';
    AppendQuoted(out, values[i]);
  }
}

}  // namespace

void WriteNeo4jNodes(const ActorGraph& graph, std::ostream& out) {
  WriteNeo4jNodes(graph, {}, out);
}

void WriteNeo4jNodes(const ActorGraph& graph, const GraphDecoration& decoration,
                     std::ostream& out) {
  assert(decoration.node_colors.empty() || decoration.node_colors.size() == graph.nodes().size());
  std::string buffer =
      "id:ID,:LABEL,label,country,sector,wikidata,mentions:long,first_seen,last_seen";
  // Nodes have no colour column of their own: a decoration adds one.
  if (!decoration.node_colors.empty()) buffer += ",color";
  AppendDecorationHeader(buffer, decoration.node_attributes);
  buffer += '\n';
  for (NodeIndex i = 0; i < graph.nodes().size(); ++i) {
    const ActorNode& node = graph.node(i);
    AppendQuoted(buffer, node.id);
    buffer += ',';
    AppendQuoted(buffer, Labels(node.type));
    for (const std::string* field : {&node.label, &node.country, &node.sector, &node.wikidata}) {
      buffer += ',';
      AppendQuoted(buffer, *field);
    }
    buffer += ',' + std::to_string(node.mentions) + ',';
    AppendQuoted(buffer, node.first_date);
    buffer += ',';
    AppendQuoted(buffer, node.last_date);
    if (!decoration.node_colors.empty()) {
      buffer += ',';
      AppendQuoted(buffer, decoration.node_colors[i]);
    }
    AppendDecoration(buffer, decoration.node_attributes, i);
    buffer += '\n';
    FlushIfLarge(buffer, out);
  }
  out.write(buffer.data(), std::ssize(buffer));
}

void WriteNeo4jRelationships(const ActorGraph& graph, std::ostream& out) {
  WriteNeo4jRelationships(graph, {}, out);
}

void WriteNeo4jRelationships(const ActorGraph& graph, const GraphDecoration& decoration,
                             std::ostream& out) {
  assert(decoration.edge_colors.empty() || decoration.edge_colors.size() == graph.edges().size());
  std::string buffer =
      ":START_ID,:END_ID,:TYPE,id,weight:int,first_date,last_date,docs,docs_total:int,evidence,"
      "evidence_total:int,negated:boolean,family,color";
  AppendDecorationHeader(buffer, decoration.edge_attributes);
  buffer += '\n';
  for (EdgeIndex i = 0; i < graph.edges().size(); ++i) {
    const RelationEdge& edge = graph.edge(i);
    const std::string_view family = RelationFamily(edge.type);
    AppendQuoted(buffer, graph.node(edge.source).id);
    buffer += ',';
    AppendQuoted(buffer, graph.node(edge.target).id);
    buffer += ',';
    AppendQuoted(buffer, edge.type);
    buffer += ',';
    AppendQuoted(buffer, graph.edge_id(i).ToString());
    buffer += ',' + std::to_string(edge.weight) + ',';
    AppendQuoted(buffer, edge.first_date);
    buffer += ',';
    AppendQuoted(buffer, edge.last_date);
    buffer += ',';
    AppendQuoted(buffer, JoinList(edge.docs));
    buffer += ',' + std::to_string(edge.docs_total) + ',';
    AppendQuoted(buffer, FormatEvidence(edge.evidence));
    buffer += ',' + std::to_string(edge.evidence_total) + ',';
    buffer += edge.negated ? "true," : "false,";
    AppendQuoted(buffer, family);
    buffer += ',';
    const bool recoloured = !decoration.edge_colors.empty() && !decoration.edge_colors[i].empty();
    AppendQuoted(buffer,
                 recoloured ? std::string_view(decoration.edge_colors[i]) : FamilyColorHex(family));
    AppendDecoration(buffer, decoration.edge_attributes, i);
    buffer += '\n';
    FlushIfLarge(buffer, out);
  }
  out.write(buffer.data(), std::ssize(buffer));
}

}  // namespace actorgraph
