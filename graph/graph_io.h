#pragma once
// Reading and writing graph files. Every writer is deterministic (same graph, same bytes) and
// atomic (temporary file, then rename). Readers stream (no DOM) and name line and column of
// any malformed input.

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/actor_graph.h"

namespace actorgraph {

enum class GraphFormat { kGraphMl, kGexf, kDot, kJson, kNeo4j };

// "graphml", "gexf", "dot", "json", "neo4j" -> format; std::nullopt otherwise.
std::optional<GraphFormat> ParseGraphFormat(std::string_view name);
std::string_view GraphFormatName(GraphFormat format);
// The format named by a path's extension (.graphml .gexf .dot .gv .json), or std::nullopt.
std::optional<GraphFormat> GraphFormatFromPath(std::string_view path);

// Writes `graph` to `path` atomically. For kNeo4j, `path` is a directory that receives
// nodes.csv and relationships.csv (created if missing). Throws InputError on I/O failure.
void WriteGraph(const ActorGraph& graph, GraphFormat format, const std::string& path);

// What a drawing adds to a graph beyond its own data, e.g. a diff's status per node and edge.
// Every vector is indexed like graph.nodes() / graph.edges() or empty (= nothing added).
struct GraphDecoration {
  // (attribute name, one string value per node/edge); empty values are left out. A name must
  // differ from the format's own attributes (graph/graphml.h, graph/graph_columns.h).
  std::vector<std::pair<std::string, std::vector<std::string>>> node_attributes;
  std::vector<std::pair<std::string, std::vector<std::string>>> edge_attributes;
  // "#rrggbb" per node/edge, overriding the relation-family colour; "" keeps the default.
  std::vector<std::string> node_colors;
  std::vector<std::string> edge_colors;
};

// WriteGraph, with `decoration` written as extra typed attributes and colours: GraphML
// (string keys; node colours as keys "color"/"r"/"g"/"b" with ids prefixed "node_", since
// key ids are unique and the edge keys hold the plain ones), GEXF (attribute columns and
// viz:color), JSON (extra fields, "color"), DOT (extra attributes; colours as color and
// fontcolor) and neo4j (extra string columns; a node "color" column, the edge colour in its own).
void WriteGraph(const ActorGraph& graph, GraphFormat format, const std::string& path,
                const GraphDecoration& decoration);

// The decorated writers behind WriteGraph, for a stream. An empty decoration gives exactly the
// bytes of WriteGraphMl / WriteGexf / WriteJsonGraph.
void WriteGraphMl(const ActorGraph& graph, const GraphDecoration& decoration, std::ostream& out);
void WriteGexf(const ActorGraph& graph, const GraphDecoration& decoration, std::ostream& out);
void WriteJsonGraph(const ActorGraph& graph, const GraphDecoration& decoration, std::ostream& out);
void WriteDot(const ActorGraph& graph, const GraphDecoration& decoration, std::ostream& out);
void WriteNeo4jNodes(const ActorGraph& graph, const GraphDecoration& decoration, std::ostream& out);
void WriteNeo4jRelationships(const ActorGraph& graph, const GraphDecoration& decoration,
                             std::ostream& out);

// Reads a GraphML, GEXF or JSON graph file (detected from its content). Throws InputError
// naming file, line and column when the file is malformed or not a graph.
ActorGraph ReadGraph(const std::string& path);

// True when `path` is a regular file whose first bytes look like a graph file we can read
// (GraphML, GEXF or our JSON), as opposed to a corpus input.
bool IsGraphFile(const std::string& path);

}  // namespace actorgraph
