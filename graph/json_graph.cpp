#include "graph/json_graph.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "extract/error.h"
#include "graph/graph_assembler.h"
#include "graph/output_buffer.h"
#include "graph/palette.h"

namespace actorgraph {
namespace {

using Json = nlohmann::ordered_json;

std::string Dump(const Json& j) {
  // Invalid UTF-8 becomes U+FFFD rather than an exception: output never fails on odd input.
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json NodeToJson(const ActorNode& n) {
  return {{"id", n.id},
          {"label", n.label},
          {"type", n.type},
          {"country", n.country},
          {"sector", n.sector},
          {"wikidata", n.wikidata},
          {"mentions", n.mentions},
          {"first_seen", n.first_date},
          {"last_seen", n.last_date}};
}

Json EdgeToJson(const ActorGraph& graph, const RelationEdge& e) {
  const std::string_view family = RelationFamily(e.type);
  Json evidence = Json::array();
  for (const Evidence& ev : e.evidence) {
    evidence.push_back(
        {{"doc", ev.doc}, {"sentence", ev.sentence}, {"date", ev.date}, {"text", ev.text}});
  }
  return {{"id", e.id},
          {"source", graph.node(e.source).id},
          {"target", graph.node(e.target).id},
          {"key", e.type},
          {"type", e.type},
          {"family", family},
          {"color", FamilyColorHex(family)},
          {"weight", e.weight},
          {"first_date", e.first_date},
          {"last_date", e.last_date},
          {"docs", e.docs},
          {"evidence", std::move(evidence)},
          {"evidence_total", e.evidence_total},
          {"negated", e.negated}};
}

template <typename T>
T Get(const nlohmann::json& j, const char* key, T fallback) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return fallback;
  return it->get<T>();
}

// A node id as NetworkX may write it: a string, or a number.
std::string IdText(const nlohmann::json& j) {
  return j.is_string() ? j.get<std::string>() : j.dump();
}

ActorGraph FromJson(const nlohmann::json& root, const std::string& file) {
  if (!root.is_object() || !root.contains("nodes")) {
    throw InputError("not a node-link graph: no \"nodes\" array", {file});
  }
  GraphAssembler assembler;
  if (auto it = root.find("graph"); it != root.end() && it->is_object()) {
    for (const auto& [key, value] : it->items()) {
      assembler.metadata()[key] = value.is_string() ? value.get<std::string>() : value.dump();
    }
  }
  for (const nlohmann::json& j : root.at("nodes")) {
    ActorNode& n = assembler.node(assembler.Node(IdText(j.at("id"))));
    n.label = Get<std::string>(j, "label", Get<std::string>(j, "name", ""));
    n.type = Get<std::string>(j, "type", "");
    n.country = Get<std::string>(j, "country", "");
    n.sector = Get<std::string>(j, "sector", "");
    n.wikidata = Get<std::string>(j, "wikidata", "");
    n.mentions = Get<std::int64_t>(j, "mentions", 0);
    n.first_date = Get<std::string>(j, "first_seen", "");
    n.last_date = Get<std::string>(j, "last_seen", "");
  }
  const char* links_key = root.contains("links") ? "links" : "edges";
  for (const nlohmann::json& j : root.value(links_key, nlohmann::json::array())) {
    RelationEdge& e = assembler.NewEdge();
    e.source = assembler.Node(IdText(j.at("source")));
    e.target = assembler.Node(IdText(j.at("target")));
    e.type = Get<std::string>(j, "type", Get<std::string>(j, "label", "RELATED"));
    e.weight = std::llround(Get<double>(j, "weight", 1.0));
    e.first_date = Get<std::string>(j, "first_date", "");
    e.last_date = Get<std::string>(j, "last_date", "");
    e.docs = Get<std::vector<std::string>>(j, "docs", {});
    for (const nlohmann::json& ev : j.value("evidence", nlohmann::json::array())) {
      e.evidence.push_back({Get<std::string>(ev, "doc", ""), Get<std::size_t>(ev, "sentence", 0),
                            Get<std::string>(ev, "date", ""), Get<std::string>(ev, "text", "")});
    }
    e.evidence_total = Get<std::int64_t>(j, "evidence_total", 0);
    e.negated = Get<bool>(j, "negated", false);
  }
  return std::move(assembler).Finish();
}

// nlohmann's parse errors give a byte offset; the user wants line and column.
SourcePosition PositionOf(std::istream& in, const std::string& file, std::size_t byte) {
  in.clear();
  in.seekg(0);
  SourcePosition where{file, 1, 1};
  char c;
  for (std::size_t i = 1; i < byte && in.get(c); ++i) {
    if (c == '\n') {
      ++where.line;
      where.column = 1;
    } else {
      ++where.column;
    }
  }
  return where;
}

}  // namespace

void WriteJsonGraph(const ActorGraph& graph, std::ostream& out) {
  Json metadata = Json::object();
  for (const auto& [key, value] : graph.metadata()) metadata[key] = value;
  std::string buffer =
      "{\"actorgraph\": \"" + std::string(kJsonGraphMarker) +
      "\", \"directed\": true, \"multigraph\": true,\n \"graph\": " + Dump(metadata) +
      ",\n \"nodes\": [";
  const char* separator = "\n  ";
  for (const ActorNode& node : graph.nodes()) {
    buffer += separator + Dump(NodeToJson(node));
    separator = ",\n  ";
    FlushIfLarge(buffer, out);
  }
  buffer += "],\n \"links\": [";
  separator = "\n  ";
  for (const RelationEdge& edge : graph.edges()) {
    buffer += separator + Dump(EdgeToJson(graph, edge));
    separator = ",\n  ";
    FlushIfLarge(buffer, out);
  }
  buffer += "]}\n";
  out.write(buffer.data(), std::ssize(buffer));
}

ActorGraph ReadJsonGraph(std::istream& in, const std::string& file) {
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(in);
  } catch (const nlohmann::json::parse_error& e) {
    throw InputError("malformed JSON: " + std::string(e.what()), PositionOf(in, file, e.byte));
  }
  try {
    return FromJson(root, file);
  } catch (const nlohmann::json::exception& e) {
    throw InputError("malformed node-link graph: " + std::string(e.what()), {file});
  }
}

}  // namespace actorgraph
