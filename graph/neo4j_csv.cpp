#include "graph/neo4j_csv.h"

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

}  // namespace

void WriteNeo4jNodes(const ActorGraph& graph, std::ostream& out) {
  std::string buffer =
      "id:ID,:LABEL,label,country,sector,wikidata,mentions:long,first_seen,last_seen\n";
  for (const ActorNode& node : graph.nodes()) {
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
    buffer += '\n';
    FlushIfLarge(buffer, out);
  }
  out.write(buffer.data(), std::ssize(buffer));
}

void WriteNeo4jRelationships(const ActorGraph& graph, std::ostream& out) {
  std::string buffer =
      ":START_ID,:END_ID,:TYPE,id,weight:int,first_date,last_date,docs,docs_total:int,evidence,"
      "evidence_total:int,negated:boolean,family,color\n";
  for (const RelationEdge& edge : graph.edges()) {
    const std::string_view family = RelationFamily(edge.type);
    AppendQuoted(buffer, graph.node(edge.source).id);
    buffer += ',';
    AppendQuoted(buffer, graph.node(edge.target).id);
    buffer += ',';
    AppendQuoted(buffer, edge.type);
    buffer += ',';
    AppendQuoted(buffer, edge.id);
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
    AppendQuoted(buffer, FamilyColorHex(family));
    buffer += '\n';
    FlushIfLarge(buffer, out);
  }
  out.write(buffer.data(), std::ssize(buffer));
}

}  // namespace actorgraph
