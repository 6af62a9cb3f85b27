#pragma once
// GEXF 1.3, for Gephi's timeline. Valid against the GEXF 1.3 RELAX NG schema
// (tests/data/gexf-1.3/gexf.rng).
//
// The graph is mode="dynamic", timeformat="date". A node's spell runs from its first to its
// last date seen, an edge's from its first to its last date of support; article dates that are
// months or years widen to whole days (start: the first day, end: the last day, so "2022-01"
// spans 2022-01-01..2022-01-31); elements without a valid date get no spell (always present).
// The relation type is the edge's kind (so parallel edges of different types stay apart in
// Gephi) and its label; weight is the edge weight; viz:color is the relation family's colour.
// Attribute columns (static): graph/graph_columns.h; the raw dates are kept there, so reading
// back is exact. Graph metadata is not carried.

#include <istream>
#include <ostream>
#include <string>

#include "graph/actor_graph.h"

namespace actorgraph {

// Writes `graph` as GEXF 1.3. Deterministic: the same graph gives the same bytes.
void WriteGexf(const ActorGraph& graph, std::ostream& out);

// Reads GEXF streaming (ours exactly; other tools' nodes, edges, labels, kinds and weights).
// Throws InputError naming `file`, line and column.
ActorGraph ReadGexf(std::istream& in, const std::string& file);

}  // namespace actorgraph
