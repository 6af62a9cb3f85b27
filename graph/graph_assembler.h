#pragma once
// Collects the nodes and edges a reader finds into an ActorGraph: nodes are created on first
// reference (GraphML allows an edge before its nodes), and edges that repeat one
// (source, type, target) are merged, so a foreign multigraph still yields valid stable ids.

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/actor_graph.h"

namespace actorgraph {

class GraphAssembler {
 public:
  // The node with this id, created (with only its id set) on first use.
  NodeIndex Node(std::string_view id);
  ActorNode& node(NodeIndex i) { return nodes_[i]; }
  // A new edge; the caller fills source, target, type and the rest, with texts from texts().
  RelationEdge& NewEdge() { return edges_.emplace_back(); }
  // The pool that holds the texts of the edges (handed to the graph).
  TextPool& texts() { return texts_; }
  // Room for `count` edges, when the reader can tell: a million edges grown by doubling touch
  // twice their memory (page faults) and move every record several times.
  void ReserveEdges(std::size_t count) { edges_.reserve(count); }
  std::map<std::string, std::string>& metadata() { return metadata_; }

  // Merges repeated edges (weights and totals add, dates widen, documents and evidence unite
  // in file order, negated only if all were) and returns the graph. The assembler must not be
  // used afterwards.
  ActorGraph Finish() &&;

 private:
  // The node index: open addressing over (hash, node index) pairs, probed linearly. Small and
  // flat, so a lookup costs about one cache miss in it and one in nodes_ to confirm the id.
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t node = kEmpty;
  };
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFF;
  void Grow();
  // Merges the edges that repeat a (source, type, target) into the first of each (Finish).
  void FindRepeats();

  std::vector<ActorNode> nodes_;
  std::vector<RelationEdge> edges_;
  TextPool texts_;
  std::vector<Slot> slots_;  // a power of two, at most half full
  // The two ids looked up last (least recently used replaced first): an edge list sorted by
  // source repeats the source edge after edge, between lookups of the targets.
  struct Recent {
    std::string id;
    NodeIndex index = 0;
    bool valid = false;
  };
  Recent recent_[2];
  int most_recent_ = 0;
  std::map<std::string, std::string> metadata_;
};

}  // namespace actorgraph
