#include "graph/graph_diff.h"

#include <cassert>
#include <compare>

namespace actorgraph {
namespace {

bool SameSupport(const RelationEdge& a, const RelationEdge& b) {
  return a.weight == b.weight && a.first_date == b.first_date && a.last_date == b.last_date;
}

// Walks two id-sorted sequences together, calling only_a(i), only_b(j) or both(i, j). Ids are
// std::string_view or EdgeIdView.
template <typename IdA, typename IdB, typename OnlyA, typename OnlyB, typename Both>
void MergeWalk(std::size_t size_a, std::size_t size_b, IdA id_a, IdB id_b, OnlyA only_a,
               OnlyB only_b, Both both) {
  std::size_t i = 0, j = 0;
  while (i < size_a || j < size_b) {
    const std::strong_ordering order = i == size_a   ? std::strong_ordering::greater
                                       : j == size_b ? std::strong_ordering::less
                                                     : id_a(i) <=> id_b(j);
    if (std::is_lt(order)) {
      only_a(i++);
    } else if (std::is_gt(order)) {
      only_b(j++);
    } else {
      both(i++, j++);
    }
  }
}

}  // namespace

std::string_view DiffStatusName(DiffStatus status) {
  switch (status) {
    case DiffStatus::kUnchanged:
      return "unchanged";
    case DiffStatus::kAdded:
      return "added";
    case DiffStatus::kRemoved:
      return "removed";
    case DiffStatus::kChanged:
      return "changed";
  }
  return "unchanged";
}

std::string_view DiffStatusColor(DiffStatus status) {
  switch (status) {
    case DiffStatus::kAdded:
      return "#2ca02c";
    case DiffStatus::kRemoved:
      return "#d62728";
    case DiffStatus::kChanged:
      return "#ff7f0e";
    case DiffStatus::kUnchanged:
      break;
  }
  return "#9e9e9e";
}

GraphDiff DiffGraphs(const ActorGraph& a, const ActorGraph& b) {
  GraphDiff diff;
  MergeWalk(
      a.nodes().size(), b.nodes().size(),
      [&](NodeIndex i) -> std::string_view { return a.node(i).id; },
      [&](NodeIndex j) -> std::string_view { return b.node(j).id; },
      [&](NodeIndex i) { diff.removed_nodes.push_back(i); },
      [&](NodeIndex j) { diff.added_nodes.push_back(j); },
      [&](NodeIndex, NodeIndex) { ++diff.common_nodes; });
  MergeWalk(
      a.edges().size(), b.edges().size(), [&](EdgeIndex i) { return a.edge_id(i); },
      [&](EdgeIndex j) { return b.edge_id(j); },
      [&](EdgeIndex i) {
        diff.removed_edges.push_back(i);
        DiffTypeSummary& s = diff.by_type[std::string(a.edge(i).type)];
        ++s.removed;
        s.weight_a += a.edge(i).weight;
      },
      [&](EdgeIndex j) {
        diff.added_edges.push_back(j);
        DiffTypeSummary& s = diff.by_type[std::string(b.edge(j).type)];
        ++s.added;
        s.weight_b += b.edge(j).weight;
      },
      [&](EdgeIndex i, EdgeIndex j) {
        DiffTypeSummary& s = diff.by_type[std::string(a.edge(i).type)];
        s.weight_a += a.edge(i).weight;
        s.weight_b += b.edge(j).weight;
        if (SameSupport(a.edge(i), b.edge(j))) {
          ++diff.unchanged_edges;
          ++s.unchanged;
        } else {
          diff.changed_edges.emplace_back(i, j);
          ++s.changed;
        }
      });
  return diff;
}

DiffUnion UnionForDiff(const ActorGraph& a, const ActorGraph& b) {
  std::vector<ActorNode> nodes;
  std::vector<DiffStatus> node_status;
  std::vector<NodeIndex> from_a(a.nodes().size()), from_b(b.nodes().size());
  nodes.reserve(std::max(a.nodes().size(), b.nodes().size()));
  MergeWalk(
      a.nodes().size(), b.nodes().size(),
      [&](NodeIndex i) -> std::string_view { return a.node(i).id; },
      [&](NodeIndex j) -> std::string_view { return b.node(j).id; },
      [&](NodeIndex i) {
        from_a[i] = nodes.size();
        nodes.push_back(a.node(i));
        node_status.push_back(DiffStatus::kRemoved);
      },
      [&](NodeIndex j) {
        from_b[j] = nodes.size();
        nodes.push_back(b.node(j));
        node_status.push_back(DiffStatus::kAdded);
      },
      [&](NodeIndex i, NodeIndex j) {
        from_a[i] = from_b[j] = nodes.size();
        nodes.push_back(b.node(j));
        node_status.push_back(DiffStatus::kUnchanged);
      });

  std::vector<RelationEdge> edges;
  std::vector<DiffStatus> edge_status;
  edges.reserve(std::max(a.edges().size(), b.edges().size()));
  auto add = [&](const RelationEdge& edge, const std::vector<NodeIndex>& remap, DiffStatus status) {
    edges.push_back(edge);
    edges.back().source = remap[edge.source];
    edges.back().target = remap[edge.target];
    edge_status.push_back(status);
  };
  MergeWalk(
      a.edges().size(), b.edges().size(), [&](EdgeIndex i) { return a.edge_id(i); },
      [&](EdgeIndex j) { return b.edge_id(j); },
      [&](EdgeIndex i) { add(a.edge(i), from_a, DiffStatus::kRemoved); },
      [&](EdgeIndex j) { add(b.edge(j), from_b, DiffStatus::kAdded); },
      [&](EdgeIndex i, EdgeIndex j) {
        add(b.edge(j), from_b,
            SameSupport(a.edge(i), b.edge(j)) ? DiffStatus::kUnchanged : DiffStatus::kChanged);
      });

  // Both walks emit in id order, which is the order FromParts sorts into, so the statuses stay
  // aligned with the union's indices.
  // The union's edges are A's and B's records: their texts stay in A's and B's pools.
  SharedTextPools texts = a.text_pools();
  texts.insert(texts.end(), b.text_pools().begin(), b.text_pools().end());
  DiffUnion both{ActorGraph::FromParts(std::move(nodes), std::move(edges), std::move(texts)),
                 std::move(node_status), std::move(edge_status)};
  assert(both.node_status.size() == both.graph.nodes().size());
  assert(both.edge_status.size() == both.graph.edges().size());
  return both;
}

}  // namespace actorgraph
