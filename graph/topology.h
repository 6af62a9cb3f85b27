#pragma once
// The Boost.Graph side of ActorGraph, for the algorithms in graph/ (paths, PageRank,
// betweenness, components). Not included outside graph/.

#include <boost/graph/adjacency_list.hpp>

#include "graph/actor_graph.h"

namespace actorgraph {

// Vertex i is ActorGraph::node(i); every edge's bundled property is its ActorGraph EdgeIndex,
// so an algorithm can look up type, weight and dates in ActorGraph::edge().
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                         boost::no_property, EdgeIndex>;
using BoostVertex = boost::graph_traits<BoostGraph>::vertex_descriptor;
using BoostEdge = boost::graph_traits<BoostGraph>::edge_descriptor;

struct Topology {
  BoostGraph graph;
};

}  // namespace actorgraph
