#pragma once
// Reading and writing graph files. Every writer is deterministic (same graph, same bytes) and
// atomic (temporary file, then rename). Readers stream (no DOM) and name line and column of
// any malformed input.

#include <optional>
#include <string>
#include <string_view>

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

// Reads a GraphML, GEXF or JSON graph file (detected from its content). Throws InputError
// naming file, line and column when the file is malformed or not a graph.
ActorGraph ReadGraph(const std::string& path);

// True when `path` is a regular file whose first bytes look like a graph file we can read
// (GraphML, GEXF or our JSON), as opposed to a corpus input.
bool IsGraphFile(const std::string& path);

}  // namespace actorgraph
