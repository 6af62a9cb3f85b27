#include "graph/actor_graph.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <limits>
#include <mutex>
#include <numeric>

#include "graph/topology.h"

namespace actorgraph {

std::string_view RelationFamily(std::string_view type) {
  static constexpr std::string_view kCooperation[] = {"AGREE",     "CONSULT", "SUPPORT", "CONCEDE",
                                                      "COOPERATE", "AID",     "RETREAT"};
  static constexpr std::string_view kStructural[] = {"MEMBER_OF", "OFFICIAL_OF", "RELATIVE_OF"};
  if (std::find(std::begin(kCooperation), std::end(kCooperation), type) != std::end(kCooperation)) {
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

namespace {

// The parts of an edge id, in the order they are joined.
using IdParts = std::array<std::string_view, 5>;

IdParts PartsOf(const EdgeIdView& id) { return {id.source, "|", id.type, "|", id.target}; }

// Compares the concatenations of `a` and `b` without building them.
std::strong_ordering CompareJoined(const IdParts& a, const IdParts& b) {
  std::size_t next_a = 0, next_b = 0;
  std::string_view x, y;  // what is left of the current part of each
  while (true) {
    while (x.empty() && next_a < a.size()) x = a[next_a++];
    while (y.empty() && next_b < b.size()) y = b[next_b++];
    if (x.empty() || y.empty()) return !x.empty() <=> !y.empty();  // the shorter first
    const std::size_t n = std::min(x.size(), y.size());
    if (const int order = x.substr(0, n).compare(y.substr(0, n)); order != 0) return order <=> 0;
    x.remove_prefix(n);
    y.remove_prefix(n);
  }
}

}  // namespace

std::strong_ordering operator<=>(const EdgeIdView& a, const EdgeIdView& b) {
  return CompareJoined(PartsOf(a), PartsOf(b));
}

namespace {

// An id's first 16 bytes as two big-endian words (zero-padded), with the item's position:
// comparing keys orders ids as strings, except that equal keys need the full comparison.
struct SortKey {
  std::uint64_t high = 0;
  std::uint64_t low = 0;
  std::uint32_t index = 0;
};

SortKey KeyOf(std::span<const std::string_view> parts, std::uint32_t index) {
  unsigned char prefix[16] = {};
  std::size_t filled = 0;
  for (std::string_view part : parts) {
    const std::size_t n = std::min(part.size(), sizeof prefix - filled);
    std::memcpy(prefix + filled, part.data(), n);
    filled += n;
  }
  SortKey key{0, 0, index};
  for (std::size_t i = 0; i < 8; ++i) {
    key.high = (key.high << 8) | prefix[i];
    key.low = (key.low << 8) | prefix[8 + i];
  }
  return key;
}
SortKey KeyOf(std::string_view id, std::uint32_t index) { return KeyOf({&id, 1}, index); }
SortKey KeyOf(const EdgeIdView& id, std::uint32_t index) { return KeyOf(PartsOf(id), index); }

// The permutation that sorts items 0..count-1 by id(i) (a std::string_view or an EdgeIdView),
// ties by position (so the order is deterministic). Sorting 24-byte keys instead of whole
// records keeps a million-edge sort cache-friendly; the strings are read again only where
// their first 16 bytes tie.
template <typename IdOf>
std::vector<std::uint32_t> SortedOrder(std::size_t count, IdOf id) {
  std::vector<std::uint32_t> order(count);
  std::iota(order.begin(), order.end(), 0u);
  bool sorted = true;
  for (std::size_t i = 1; i < count && sorted; ++i) sorted = id(i - 1) <= id(i);
  if (sorted) return order;  // readers of our own files: already in id order

  std::vector<SortKey> keys(count);
  for (std::uint32_t i = 0; i < count; ++i) keys[i] = KeyOf(id(i), i);
  std::sort(keys.begin(), keys.end(), [&](const SortKey& a, const SortKey& b) {
    if (a.high != b.high) return a.high < b.high;
    if (a.low != b.low) return a.low < b.low;
    const std::strong_ordering by_id = id(a.index) <=> id(b.index);
    return std::is_neq(by_id) ? std::is_lt(by_id) : a.index < b.index;
  });
  for (std::size_t i = 0; i < count; ++i) order[i] = keys[i].index;
  return order;
}

// Rearranges `items` so that items[i] becomes the old items[order[i]], in place (one record
// at a time along each cycle of the permutation), so no second copy of the records exists.
template <typename T>
void ApplyOrder(std::vector<T>& items, std::vector<std::uint32_t> order) {
  constexpr std::uint32_t kDone = std::numeric_limits<std::uint32_t>::max();
  for (std::size_t start = 0; start < items.size(); ++start) {
    if (order[start] == kDone) continue;
    if (order[start] == start) {
      order[start] = kDone;
      continue;
    }
    T held = std::move(items[start]);
    std::size_t at = start;
    while (order[at] != start) {
      const std::size_t from = order[at];
      items[at] = std::move(items[from]);
      order[at] = kDone;
      at = from;
    }
    items[at] = std::move(held);
    order[at] = kDone;
  }
}

}  // namespace

struct ActorGraph::LazyTopology {
  std::once_flag built;
  std::unique_ptr<Topology> topology;
};

ActorGraph::ActorGraph() : topology_(std::make_unique<LazyTopology>()) {}
ActorGraph::~ActorGraph() = default;
ActorGraph::ActorGraph(ActorGraph&&) noexcept = default;
ActorGraph& ActorGraph::operator=(ActorGraph&&) noexcept = default;
ActorGraph::ActorGraph(const ActorGraph& other)
    : nodes_(other.nodes_),
      edges_(other.edges_),
      text_pools_(other.text_pools_),
      out_(other.out_),
      in_(other.in_),
      metadata_(other.metadata_),
      topology_(std::make_unique<LazyTopology>()) {}
ActorGraph& ActorGraph::operator=(const ActorGraph& other) {
  if (this != &other) *this = ActorGraph(other);
  return *this;
}

// Nodes and edges are sorted by id (FromParts), so lookups are binary searches; among equal
// ids (which FromParts does not merge) the first is found.
std::optional<NodeIndex> ActorGraph::FindNode(std::string_view id) const {
  auto it = std::lower_bound(nodes_.begin(), nodes_.end(), id,
                             [](const ActorNode& n, std::string_view key) { return n.id < key; });
  if (it == nodes_.end() || it->id != id) return std::nullopt;
  return static_cast<NodeIndex>(it - nodes_.begin());
}

std::optional<EdgeIndex> ActorGraph::FindEdge(std::string_view source_id, std::string_view type,
                                              std::string_view target_id) const {
  const EdgeIdView id{source_id, type, target_id};
  auto it = std::partition_point(edges_.begin(), edges_.end(),
                                 [&](const RelationEdge& e) { return IdOf(e) < id; });
  if (it == edges_.end() || IdOf(*it) != id) return std::nullopt;
  return static_cast<EdgeIndex>(it - edges_.begin());
}

ActorGraph ActorGraph::FromParts(std::vector<ActorNode> nodes, std::vector<RelationEdge> edges,
                                 SharedTextPools texts) {
  // Files without a document count (older ones, other tools') count the documents they list.
  for (RelationEdge& e : edges) {
    e.docs_total = std::max(e.docs_total, static_cast<std::int64_t>(e.docs.size()));
  }
  assert(nodes.size() < std::numeric_limits<std::uint32_t>::max() &&
         edges.size() < std::numeric_limits<std::uint32_t>::max());
  // Sort nodes by id and remap the edges' endpoints, then sort edges by (source, type, target)
  // id so that every writer walking them in order is deterministic. Both sorts permute indices
  // and then move each record once.
  std::vector<std::uint32_t> order =
      SortedOrder(nodes.size(), [&](std::size_t i) -> std::string_view { return nodes[i].id; });
  std::vector<NodeIndex> new_index(nodes.size());
  for (std::size_t i = 0; i < order.size(); ++i) new_index[order[i]] = i;
  ApplyOrder(nodes, std::move(order));

  ActorGraph graph;
  graph.nodes_ = std::move(nodes);
  for (RelationEdge& e : edges) {
    e.source = new_index[e.source];
    e.target = new_index[e.target];
  }
  ApplyOrder(edges, SortedOrder(edges.size(), [&](std::size_t i) { return graph.IdOf(edges[i]); }));
  graph.edges_ = std::move(edges);
  graph.text_pools_ = std::move(texts);
  graph.Index();
  return graph;
}

ActorGraph ActorGraph::FromParts(std::vector<ActorNode> nodes, std::vector<RelationEdge> edges,
                                 TextPool texts) {
  texts.Freeze();
  return FromParts(std::move(nodes), std::move(edges),
                   {std::make_shared<const TextPool>(std::move(texts))});
}

void ActorGraph::Index() {
  // Counting sort of the edges by source (out_) and by target (in_); within a node, by index.
  auto fill = [&](Adjacency& adjacency, auto end_of, auto other_of) {
    adjacency.offsets.assign(nodes_.size() + 1, 0);
    for (const RelationEdge& e : edges_) ++adjacency.offsets[end_of(e) + 1];
    for (NodeIndex n = 0; n < nodes_.size(); ++n) {
      adjacency.offsets[n + 1] += adjacency.offsets[n];
    }
    adjacency.edges.resize(edges_.size());
    adjacency.neighbors.resize(edges_.size());
    std::vector<std::size_t> next(adjacency.offsets.begin(), adjacency.offsets.end() - 1);
    for (EdgeIndex i = 0; i < edges_.size(); ++i) {
      const std::size_t slot = next[end_of(edges_[i])]++;
      adjacency.edges[slot] = i;
      adjacency.neighbors[slot] = other_of(edges_[i]);
    }
  };
  fill(out_, [](const RelationEdge& e) { return e.source; },
       [](const RelationEdge& e) { return e.target; });
  fill(in_, [](const RelationEdge& e) { return e.target; },
       [](const RelationEdge& e) { return e.source; });
  topology_ = std::make_unique<LazyTopology>();
}

const Topology& ActorGraph::topology() const {
  assert(topology_ && "topology() of a moved-from ActorGraph");
  std::call_once(topology_->built, [&] {
    auto topology = std::make_unique<Topology>();
    topology->graph = BoostGraph(nodes_.size());
    for (EdgeIndex i = 0; i < edges_.size(); ++i) {
      boost::add_edge(edges_[i].source, edges_[i].target, i, topology->graph);
    }
    topology_->topology = std::move(topology);
  });
  return *topology_->topology;
}

}  // namespace actorgraph
