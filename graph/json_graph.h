#pragma once
// Node-link JSON with evidence, for scripts and the web (NetworkX's node_link_graph reads it
// as a directed multigraph: links carry "key" = relation type).
//
//   {"actorgraph": "graph/1", "directed": true, "multigraph": true, "graph": {metadata},
//    "nodes": [{"id", "label", "type", "country", "sector", "wikidata", "mentions",
//               "first_seen", "last_seen"}, ...],
//    "links": [{"id", "source", "target", "key", "type", "family", "color", "weight",
//               "first_date", "last_date", "docs": [...], "evidence": [{"doc", "sentence",
//               "date", "text"}, ...], "evidence_total", "negated"}, ...]}
//
// One node or link per line. Every field is always written, so reading back is exact.

#include <istream>
#include <ostream>
#include <string>

#include "graph/actor_graph.h"

namespace actorgraph {

// The value of the "actorgraph" marker key, by which IsGraphFile recognises our JSON.
inline constexpr const char* kJsonGraphMarker = "graph/1";

// Writes `graph` as node-link JSON. Deterministic: the same graph gives the same bytes.
void WriteJsonGraph(const ActorGraph& graph, std::ostream& out);

// Reads node-link JSON: ours exactly; others' ("links" or "edges"; labels from "label" or
// "name"; missing fields take defaults, weight 1). Throws InputError naming `file` (with line
// and column when the JSON is malformed).
ActorGraph ReadJsonGraph(std::istream& in, const std::string& file);

}  // namespace actorgraph
