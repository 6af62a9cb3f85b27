#pragma once
// DOT, for Graphviz: `dot -Tsvg graph.dot -o graph.svg`.
//
// A digraph; every id is quoted, with backslashes, quotes and newlines escaped (\\ \" \n).
// Nodes are labelled with the actor's label (its id when it has none); an edge's label is its
// relation type and its colour the relation family's; the tooltip gives weight and dates.

#include <ostream>

#include "graph/actor_graph.h"

namespace actorgraph {

// Writes `graph` as DOT. Deterministic: the same graph gives the same bytes.
void WriteDot(const ActorGraph& graph, std::ostream& out);

}  // namespace actorgraph
