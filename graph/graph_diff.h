#pragma once
// What changed between the graphs of two article sets A and B. Actors are matched by id,
// relations by (source id, type, target id). "Added" means in B only, "removed" in A only,
// "changed" in both with another weight or date span. Diff(A, A) is empty and Diff(B, A) is
// Diff(A, B) with added and removed swapped.
//
// Usage:
//   GraphDiff diff = DiffGraphs(a, b);
//   for (EdgeIndex e : diff.added_edges) Print(b.edge(e));
//   DiffUnion both = UnionForDiff(a, b);   // to draw: every node and edge with a status

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "graph/actor_graph.h"

namespace actorgraph {

enum class DiffStatus { kUnchanged, kAdded, kRemoved, kChanged };

// "unchanged", "added", "removed", "changed".
std::string_view DiffStatusName(DiffStatus status);
// The colour a drawing gives each status, "#rrggbb": added green, removed red, changed orange,
// unchanged grey (distinct from the relation-family colours of graph/palette.h).
std::string_view DiffStatusColor(DiffStatus status);

struct DiffTypeSummary {
  std::size_t added = 0;
  std::size_t removed = 0;
  std::size_t changed = 0;
  std::size_t unchanged = 0;
  std::int64_t weight_a = 0;  // supporting sentences of this type in A
  std::int64_t weight_b = 0;
};

struct GraphDiff {
  std::vector<NodeIndex> added_nodes;    // indices into B, in id order
  std::vector<NodeIndex> removed_nodes;  // indices into A, in id order
  std::size_t common_nodes = 0;

  std::vector<EdgeIndex> added_edges;    // indices into B, in id order
  std::vector<EdgeIndex> removed_edges;  // indices into A, in id order
  // (index into A, index into B) of relations whose weight, first_date or last_date differ.
  std::vector<std::pair<EdgeIndex, EdgeIndex>> changed_edges;
  std::size_t unchanged_edges = 0;

  std::map<std::string, DiffTypeSummary> by_type;  // relation type -> counts

  // True when A and B have the same actors and relations with the same weights and dates.
  bool empty() const {
    return added_nodes.empty() && removed_nodes.empty() && added_edges.empty() &&
           removed_edges.empty() && changed_edges.empty();
  }
};

// Compares two graphs in O(nodes + edges) by walking both in id order (ActorGraph keeps nodes
// and edges sorted by id).
GraphDiff DiffGraphs(const ActorGraph& a, const ActorGraph& b);

// Every actor and relation of A and B once, with its status. A relation in both takes B's
// record (weight, dates, evidence); an actor in both takes B's record and is "unchanged"
// (actors are only ever added, removed or unchanged).
struct DiffUnion {
  ActorGraph graph;
  std::vector<DiffStatus> node_status;  // indexed by NodeIndex of `graph`
  std::vector<DiffStatus> edge_status;  // indexed by EdgeIndex of `graph`
};

// Builds the union of A and B for drawing, in O(nodes + edges) plus FromParts.
DiffUnion UnionForDiff(const ActorGraph& a, const ActorGraph& b);

}  // namespace actorgraph
