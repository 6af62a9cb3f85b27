#include "graph/neighborhood.h"

#include <algorithm>
#include <cassert>
#include <unordered_map>

namespace actorgraph {

Neighborhood FindNeighborhood(const ActorGraph& graph, NodeIndex center,
                              const NeighborhoodOptions& options) {
  assert(center < graph.nodes().size());
  Neighborhood around;
  around.center = center;
  std::unordered_map<NodeIndex, std::size_t> distance{{center, 0}};
  around.nodes.push_back(center);
  around.distance.push_back(0);
  auto follows_backward = [&](const RelationEdge& edge) {
    return !options.directed || options.symmetric_types.contains(std::string(edge.type));
  };
  // Breadth-first, one ring at a time; each ring in node index order so the result is stable.
  std::size_t ring_start = 0;
  for (std::size_t depth = 1; depth <= options.depth; ++depth) {
    const std::size_t ring_end = around.nodes.size();
    std::vector<NodeIndex> next;
    auto reach = [&](NodeIndex n) {
      if (distance.emplace(n, depth).second) next.push_back(n);
    };
    for (std::size_t i = ring_start; i < ring_end; ++i) {
      NodeIndex n = around.nodes[i];
      for (EdgeIndex e : graph.OutEdges(n)) {
        if (options.filter.Accepts(graph.edge(e))) reach(graph.edge(e).target);
      }
      for (EdgeIndex e : graph.InEdges(n)) {
        const RelationEdge& edge = graph.edge(e);
        if (follows_backward(edge) && options.filter.Accepts(edge)) reach(edge.source);
      }
    }
    if (next.empty()) break;
    std::sort(next.begin(), next.end());
    for (NodeIndex n : next) {
      around.nodes.push_back(n);
      around.distance.push_back(depth);
    }
    ring_start = ring_end;
  }
  // The induced subgraph: every out-edge of a member whose target is a member.
  for (NodeIndex n : around.nodes) {
    for (EdgeIndex e : graph.OutEdges(n)) {
      const RelationEdge& edge = graph.edge(e);
      if (distance.contains(edge.target) && options.filter.Accepts(edge)) {
        around.edges.push_back(e);
      }
    }
  }
  std::sort(around.edges.begin(), around.edges.end());
  return around;
}

ActorGraph NeighborhoodGraph(const ActorGraph& graph, const Neighborhood& neighborhood) {
  std::unordered_map<NodeIndex, NodeIndex> local;
  std::vector<ActorNode> nodes;
  nodes.reserve(neighborhood.nodes.size());
  for (NodeIndex n : neighborhood.nodes) {
    local.emplace(n, nodes.size());
    nodes.push_back(graph.node(n));
  }
  std::vector<RelationEdge> edges;
  edges.reserve(neighborhood.edges.size());
  for (EdgeIndex e : neighborhood.edges) {
    RelationEdge edge = graph.edge(e);
    edge.source = local.at(edge.source);
    edge.target = local.at(edge.target);
    edges.push_back(std::move(edge));
  }
  ActorGraph subgraph =
      ActorGraph::FromParts(std::move(nodes), std::move(edges), graph.text_pools());
  subgraph.metadata() = graph.metadata();
  return subgraph;
}

}  // namespace actorgraph
