#pragma once
// The actors around an actor: everyone within N relations, and the relations among them.
//
// Usage:
//   NeighborhoodOptions options;
//   options.depth = 2;
//   Neighborhood around = FindNeighborhood(graph, putin, options);
//   ActorGraph subgraph = NeighborhoodGraph(graph, around);   // for -o

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "graph/actor_graph.h"
#include "graph/path_query.h"

namespace actorgraph {

struct NeighborhoodOptions {
  std::size_t depth = 1;                  // relations away from the centre; 0 = the centre only
  bool directed = false;                  // only follow relations leaving each actor
  std::set<std::string> symmetric_types;  // followed both ways even when directed
  EdgeFilter filter;                      // relations that count
};

struct Neighborhood {
  NodeIndex center = 0;
  // Every actor within `depth`, the centre first, then by distance and node index.
  std::vector<NodeIndex> nodes;
  std::vector<std::size_t> distance;  // parallel to nodes
  // Every qualifying relation between two actors of `nodes` (the induced subgraph, so also
  // relations between two actors at the outer rim), in edge index order.
  std::vector<EdgeIndex> edges;
};

// Breadth-first from `center`; O(size of the neighbourhood and its edges).
Neighborhood FindNeighborhood(const ActorGraph& graph, NodeIndex center,
                              const NeighborhoodOptions& options);

// The neighbourhood as a graph of its own (nodes and edges copied), ready for WriteGraph.
ActorGraph NeighborhoodGraph(const ActorGraph& graph, const Neighborhood& neighborhood);

}  // namespace actorgraph
