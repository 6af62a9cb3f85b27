#include "graph/actor_graph.h"

#include <algorithm>
#include <numeric>

#include "graph/topology.h"

namespace actorgraph {

std::string_view RelationFamily(std::string_view type) {
  static constexpr std::string_view kCooperation[] = {"AGREE",   "CONSULT", "SUPPORT",
                                                      "CONCEDE", "COOPERATE", "AID",
                                                      "RETREAT"};
  static constexpr std::string_view kStructural[] = {"MEMBER_OF", "OFFICIAL_OF", "RELATIVE_OF"};
  if (std::find(std::begin(kCooperation), std::end(kCooperation), type) !=
      std::end(kCooperation)) {
    return "cooperation";
  }
  if (std::find(std::begin(kStructural), std::end(kStructural), type) != std::end(kStructural)) {
    return "structural";
  }
  return "conflict";
}

std::string MakeEdgeId(std::string_view source_id, std::string_view type,
                       std::string_view target_id) {
  std::string id;
  id.reserve(source_id.size() + type.size() + target_id.size() + 2);
  id.append(source_id).append("|").append(type).append("|").append(target_id);
  return id;
}

ActorGraph::ActorGraph() : topology_(std::make_unique<Topology>()) {}
ActorGraph::~ActorGraph() = default;
ActorGraph::ActorGraph(ActorGraph&&) noexcept = default;
ActorGraph& ActorGraph::operator=(ActorGraph&&) noexcept = default;
ActorGraph::ActorGraph(const ActorGraph& other)
    : nodes_(other.nodes_),
      edges_(other.edges_),
      out_(other.out_),
      in_(other.in_),
      node_by_id_(other.node_by_id_),
      edge_by_id_(other.edge_by_id_),
      metadata_(other.metadata_),
      topology_(std::make_unique<Topology>(*other.topology_)) {}
ActorGraph& ActorGraph::operator=(const ActorGraph& other) {
  if (this != &other) *this = ActorGraph(other);
  return *this;
}

std::optional<NodeIndex> ActorGraph::FindNode(std::string_view id) const {
  auto it = node_by_id_.find(id);
  if (it == node_by_id_.end()) return std::nullopt;
  return it->second;
}

std::optional<EdgeIndex> ActorGraph::FindEdge(std::string_view source_id, std::string_view type,
                                              std::string_view target_id) const {
  auto it = edge_by_id_.find(MakeEdgeId(source_id, type, target_id));
  if (it == edge_by_id_.end()) return std::nullopt;
  return it->second;
}

ActorGraph ActorGraph::FromParts(std::vector<ActorNode> nodes, std::vector<RelationEdge> edges) {
  // Sort nodes by id and remap the edges' endpoints, then sort edges by (source, type, target)
  // id so that every writer walking them in order is deterministic.
  std::vector<std::size_t> order(nodes.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return nodes[a].id < nodes[b].id; });
  std::vector<NodeIndex> new_index(nodes.size());
  ActorGraph graph;
  graph.nodes_.reserve(nodes.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    new_index[order[i]] = i;
    graph.nodes_.push_back(std::move(nodes[order[i]]));
  }
  for (RelationEdge& e : edges) {
    e.source = new_index[e.source];
    e.target = new_index[e.target];
    e.id = MakeEdgeId(graph.nodes_[e.source].id, e.type, graph.nodes_[e.target].id);
  }
  std::sort(edges.begin(), edges.end(),
            [](const RelationEdge& a, const RelationEdge& b) { return a.id < b.id; });
  graph.edges_ = std::move(edges);
  graph.Index();
  return graph;
}

void ActorGraph::Index() {
  out_.assign(nodes_.size(), {});
  in_.assign(nodes_.size(), {});
  node_by_id_.clear();
  edge_by_id_.clear();
  for (NodeIndex i = 0; i < nodes_.size(); ++i) node_by_id_.emplace(nodes_[i].id, i);
  topology_ = std::make_unique<Topology>();
  topology_->graph = BoostGraph(nodes_.size());
  for (EdgeIndex i = 0; i < edges_.size(); ++i) {
    const RelationEdge& e = edges_[i];
    out_[e.source].push_back(i);
    in_[e.target].push_back(i);
    edge_by_id_.emplace(e.id, i);
    boost::add_edge(e.source, e.target, i, topology_->graph);
  }
}

}  // namespace actorgraph
