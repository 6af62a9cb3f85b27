#pragma once
// Collects the nodes and edges a reader finds into an ActorGraph: nodes are created on first
// reference (GraphML allows an edge before its nodes), and edges that repeat one
// (source, type, target) are merged, so a foreign multigraph still yields valid stable ids.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/actor_graph.h"

namespace actorgraph {

class GraphAssembler {
 public:
  // The node with this id, created (with only its id set) on first use.
  NodeIndex Node(std::string_view id);
  ActorNode& node(NodeIndex i) { return nodes_[i]; }
  // A new edge; the caller fills source, target, type and the rest.
  RelationEdge& NewEdge() { return edges_.emplace_back(); }
  std::map<std::string, std::string>& metadata() { return metadata_; }

  // Merges repeated edges (weights and totals add, dates widen, documents and evidence unite,
  // negated only if all were) and returns the graph. The assembler must not be used afterwards.
  ActorGraph Finish() &&;

 private:
  std::vector<ActorNode> nodes_;
  std::vector<RelationEdge> edges_;
  std::unordered_map<std::string, NodeIndex> node_by_id_;
  std::map<std::string, std::string> metadata_;
};

}  // namespace actorgraph
