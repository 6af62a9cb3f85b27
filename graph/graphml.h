#pragma once
// GraphML, for Gephi, NetworkX, igraph and yEd.
//
// Every <key> is for="node", "edge" or "graph" (never "all"), its id equals its attr.name
// (graph-level keys are prefixed "graph_" so metadata cannot collide with a node or edge key),
// and its type is string, int, double or boolean. Keys:
//   node:  label, actor_type, country, sector, wikidata, mentions (int), first_seen, last_seen
//   edge:  type, weight (double: Gephi's edge weight), first_date, last_date, docs, docs_total, evidence
//          (see graph/list_codec.h), evidence_total (int), negated (boolean), family,
//          color ("#rrggbb") and r, g, b (int): the two colour forms Gephi's importer reads
//   graph: one string key per metadata entry
// The edge's stable id is the id attribute of <edge>; no data key is named "id". Empty string
// values are left out.

#include <istream>
#include <ostream>
#include <string>

#include "graph/actor_graph.h"

namespace actorgraph {

// Writes `graph` as GraphML. Deterministic: the same graph gives the same bytes.
void WriteGraphMl(const ActorGraph& graph, std::ostream& out);

// Reads GraphML streaming, ours exactly and other tools' as far as their keys allow: keys are
// matched by attr.name (else id); labels come from "label" else "name", the actor type from
// "actor_type" else "type", the relation type from "type" else "label" else "RELATED";
// weights from "weight" (rounded). Missing attributes take their defaults (weight 1); key
// <default>s and unknown keys are ignored. Throws InputError naming `file`, line and column.
ActorGraph ReadGraphMl(std::istream& in, const std::string& file);

}  // namespace actorgraph
