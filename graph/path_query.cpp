#include "graph/path_query.h"

#include <algorithm>
#include <cassert>
#include <queue>
#include <set>
#include <unordered_map>

namespace actorgraph {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr NodeIndex kNoNode = std::numeric_limits<NodeIndex>::max();
constexpr std::size_t kNoLimit = std::numeric_limits<std::size_t>::max();

// A partial date as the first and last day of the period it names, in a form that compares
// as text: "2022-03" -> "2022-03-00" .. "2022-03-99".
std::string PeriodStart(std::string_view date) {
  std::string bound = "0000-00-00";
  bound.replace(0, std::min(date.size(), bound.size()), date.substr(0, bound.size()));
  return bound;
}
std::string PeriodEnd(std::string_view date) {
  std::string bound = "9999-99-99";
  bound.replace(0, std::min(date.size(), bound.size()), date.substr(0, bound.size()));
  return bound;
}

// True when the periods [first, last] and [since, until] overlap; empty bounds are open.
bool Overlaps(std::string_view first, std::string_view last, std::string_view since,
              std::string_view until) {
  if (first.empty() || last.empty()) return false;
  if (!until.empty() && PeriodStart(first) > PeriodEnd(until)) return false;
  if (!since.empty() && PeriodEnd(last) < PeriodStart(since)) return false;
  return true;
}

using QueueEntry = std::pair<double, NodeIndex>;
using MinQueue = std::priority_queue<QueueEntry, std::vector<QueueEntry>, std::greater<>>;

}  // namespace

bool EdgeFilter::DateInside(std::string_view date) const {
  if (!HasDateWindow()) return true;
  return Overlaps(date, date, since, until);
}

bool EdgeFilter::Accepts(const RelationEdge& edge) const {
  if (!types.empty() && !types.contains(std::string(edge.type))) return false;
  if (exclude_types.contains(std::string(edge.type))) return false;
  if (edge.weight < min_weight) return false;
  if (!HasDateWindow()) return true;
  for (const Evidence& e : edge.evidence) {
    if (DateInside(e.date)) return true;
  }
  const bool evidence_capped =
      edge.evidence.empty() ||
      static_cast<std::int64_t>(edge.evidence.size()) < edge.evidence_total;
  return evidence_capped && Overlaps(edge.first_date, edge.last_date, since, until);
}

// Work space sized to the graph, reused across searches; every search resets only the entries
// it touched, so a query on a big graph costs what it explores.
struct PathQuery::Workspace {
  Workspace(const ActorGraph& graph, const PathOptions& options, const PathQuery& query)
      : distance{std::vector<double>(graph.nodes().size(), kInfinity),
                 std::vector<double>(graph.nodes().size(), kInfinity)},
        parent{std::vector<NodeIndex>(graph.nodes().size(), kNoNode),
               std::vector<NodeIndex>(graph.nodes().size(), kNoNode)},
        settled{std::vector<char>(graph.nodes().size(), 0),
                std::vector<char>(graph.nodes().size(), 0)},
        banned(graph.nodes().size(), 0),
        fewest_hops(graph.nodes().size(), kNoLimit),
        to_end(graph.nodes().size(), kInfinity) {
    const EdgeFilter& filter = options.filter;
    every_edge_alike = !options.directed && options.cost == PathCost::kHops &&
                       filter.types.empty() && filter.exclude_types.empty() &&
                       filter.min_weight <= 0 && !filter.HasDateWindow();
    if (every_edge_alike) return;
    // One pass in edge order (sequential memory), so that the searches, which visit edges in
    // no order, read 16 bytes per edge instead of the edge itself.
    std::unordered_map<std::string_view, bool> symmetric;
    summary.reserve(graph.edges().size());
    for (const RelationEdge& edge : graph.edges()) {
      auto [known, inserted] = symmetric.try_emplace(edge.type, false);
      if (inserted) known->second = options.symmetric_types.contains(std::string(edge.type));
      summary.push_back({query.EdgeCost(edge), filter.Accepts(edge),
                         !options.directed || known->second});
    }
  }

  void Reset() {
    for (NodeIndex n : touched) {
      for (int side = 0; side < 2; ++side) {
        distance[side][n] = kInfinity;
        parent[side][n] = kNoNode;
        settled[side][n] = 0;
      }
      fewest_hops[n] = kNoLimit;
    }
    touched.clear();
  }

  // What a walk needs to know of an edge. Left empty when every edge qualifies, both ways, at
  // cost 1 (an undirected count of hops with no filter): the walks then read no edge at all.
  struct EdgeSummary {
    double cost;
    bool qualifies;
    bool both_ways;
  };
  bool every_edge_alike = false;
  std::vector<EdgeSummary> summary;
  std::vector<double> distance[2];  // [0] from the start, [1] to the end
  std::vector<NodeIndex> parent[2];
  std::vector<char> settled[2];
  std::vector<char> banned;
  std::vector<std::size_t> fewest_hops;  // HopBounded: hops of the first settled label
  // Yen's spur searches: every node's distance to the end with nothing banned (DistancesTo).
  std::vector<double> to_end;
  bool has_to_end = false;
  std::size_t first_search_size = 0;  // nodes the last Bidirectional search touched
  std::vector<NodeIndex> touched;
};

// What a spur search of Yen's algorithm may not use: the nodes of the root path and the links
// from the spur node that earlier paths with the same root already took.
struct PathQuery::Bans {
  NodeIndex spur = kNoNode;
  std::vector<NodeIndex> next;   // banned links spur -> next
  std::vector<NodeIndex> nodes;  // banned nodes

  bool Link(NodeIndex from, NodeIndex to) const {
    return from == spur && std::find(next.begin(), next.end(), to) != next.end();
  }
};

PathQuery::PathQuery(const ActorGraph& graph, PathOptions options)
    : graph_(graph), options_(std::move(options)) {
  if (options_.k == 0) options_.k = 1;
}

PathQuery::~PathQuery() = default;

double PathQuery::EdgeCost(const RelationEdge& edge) const {
  if (options_.cost == PathCost::kHops) return 1.0;
  return 1.0 / static_cast<double>(std::max<std::int64_t>(edge.weight, 1));
}

// Calls visit(other, edge index, forward, cost) for every qualifying relation that a walk may
// take out of `node` (outward) or into `node` from `other` (inward), skipping self-loops.
template <typename Visit>
void PathQuery::ForEachLink(NodeIndex node, bool outward, Visit&& visit) const {
  const Workspace& w = *work_;
  // Outward, an out-edge is walked forward; inward, an in-edge is.
  for (int pass = 0; pass < 2; ++pass) {
    const bool out_edges = outward == (pass == 0);
    const auto edges = out_edges ? graph_.OutEdges(node) : graph_.InEdges(node);
    const auto others = out_edges ? graph_.OutNeighbors(node) : graph_.InNeighbors(node);
    for (std::size_t i = 0; i < edges.size(); ++i) {
      if (others[i] == node) continue;
      if (w.every_edge_alike) {
        visit(others[i], edges[i], /*forward=*/pass == 0, 1.0);
        continue;
      }
      const Workspace::EdgeSummary& edge = w.summary[edges[i]];
      if (!edge.qualifies || (pass == 1 && !edge.both_ways)) continue;
      visit(others[i], edges[i], /*forward=*/pass == 0, edge.cost);
    }
  }
}

std::vector<ActorPath> PathQuery::Find(NodeIndex from, NodeIndex to) {
  assert(from < graph_.nodes().size() && to < graph_.nodes().size());
  if (!work_) work_ = std::make_unique<Workspace>(graph_, options_, *this);
  work_->has_to_end = false;  // the distances of another end
  if (from == to) return {MakePath({from})};
  const std::size_t max_hops = options_.max_hops == 0 ? kNoLimit : options_.max_hops;

  std::vector<ActorPath> found;
  std::optional<ActorPath> first = Shortest(from, to, Bans{}, max_hops);
  if (!first) return found;
  found.push_back(std::move(*first));
  // Spur searches may use less than the whole graph, never more, so the distances to the end
  // over the whole graph never overestimate theirs: they guide each spur search straight to the
  // end (A*) instead of letting it spread over the graph. Computing them costs a search of the
  // whole graph, worth it when the spur searches (about k * hops of them) would each cost what
  // the first one did and add up to more (a far pair); a near pair keeps the plain searches.
  const bool plain_searches = max_hops == kNoLimit || options_.cost == PathCost::kHops;
  const double spur_work = static_cast<double>(options_.k - 1) *
                           static_cast<double>(found.front().steps.size()) *
                           static_cast<double>(work_->first_search_size);
  if (options_.k > 1 && plain_searches && spur_work > static_cast<double>(graph_.nodes().size())) {
    DistancesTo(to);
  }

  // Yen: every next path leaves an earlier one at some spur node and then takes the cheapest
  // way to `to` that avoids the root's nodes and the links earlier paths took from that root.
  std::vector<ActorPath> candidates;
  std::set<std::vector<NodeIndex>> seen{found.front().nodes};
  while (found.size() < options_.k) {
    const std::vector<NodeIndex> previous = found.back().nodes;
    for (std::size_t i = 0; i + 1 < previous.size() && i < max_hops; ++i) {
      Bans bans;
      bans.spur = previous[i];
      bans.nodes.assign(previous.begin(), previous.begin() + static_cast<std::ptrdiff_t>(i));
      for (const ActorPath& p : found) {
        if (p.nodes.size() > i + 1 &&
            std::equal(previous.begin(), previous.begin() + static_cast<std::ptrdiff_t>(i + 1),
                       p.nodes.begin())) {
          bans.next.push_back(p.nodes[i + 1]);
        }
      }
      std::optional<ActorPath> spur =
          Shortest(previous[i], to, bans, max_hops == kNoLimit ? kNoLimit : max_hops - i);
      if (!spur) continue;
      std::vector<NodeIndex> nodes(previous.begin(),
                                   previous.begin() + static_cast<std::ptrdiff_t>(i));
      nodes.insert(nodes.end(), spur->nodes.begin(), spur->nodes.end());
      if (!seen.insert(nodes).second) continue;
      candidates.push_back(MakePath(std::move(nodes)));
    }
    if (candidates.empty()) break;
    auto best = std::min_element(candidates.begin(), candidates.end(),
                                 [](const ActorPath& a, const ActorPath& b) {
                                   if (a.cost != b.cost) return a.cost < b.cost;
                                   if (a.nodes.size() != b.nodes.size()) {
                                     return a.nodes.size() < b.nodes.size();
                                   }
                                   return a.nodes < b.nodes;
                                 });
    found.push_back(std::move(*best));
    candidates.erase(best);
  }
  return found;
}

std::optional<ActorPath> PathQuery::Shortest(NodeIndex from, NodeIndex to, const Bans& bans,
                                             std::size_t hop_limit) {
  for (NodeIndex n : bans.nodes) work_->banned[n] = 1;
  std::optional<ActorPath> path;
  if (hop_limit == kNoLimit || options_.cost == PathCost::kHops) {
    // With unit costs the fewest-hops path is the only candidate for the limit.
    path = work_->has_to_end ? Guided(from, to, bans) : Bidirectional(from, to, bans);
    if (path && path->steps.size() > hop_limit) path.reset();
  } else {
    path = HopBounded(from, to, bans, hop_limit);
  }
  for (NodeIndex n : bans.nodes) work_->banned[n] = 0;
  return path;
}

// Bidirectional Dijkstra: grows the side with the smaller queue and stops once no path through
// the unsettled nodes can beat the best meeting found (top_forward + top_backward >= best).
std::optional<ActorPath> PathQuery::Bidirectional(NodeIndex from, NodeIndex to, const Bans& bans) {
  Workspace& w = *work_;
  MinQueue queue[2];
  auto reach = [&](int side, NodeIndex n, double d, NodeIndex parent) {
    if (w.distance[0][n] == kInfinity && w.distance[1][n] == kInfinity) w.touched.push_back(n);
    w.distance[side][n] = d;
    w.parent[side][n] = parent;
    queue[side].emplace(d, n);
  };
  reach(0, from, 0, kNoNode);
  reach(1, to, 0, kNoNode);
  double best = kInfinity;
  NodeIndex meeting = kNoNode;
  while (!queue[0].empty() && !queue[1].empty()) {
    if (queue[0].top().first + queue[1].top().first >= best) break;
    const int side = queue[0].size() <= queue[1].size() ? 0 : 1;
    const double d = queue[side].top().first;
    const NodeIndex node = queue[side].top().second;
    queue[side].pop();
    if (w.settled[side][node] || d > w.distance[side][node]) continue;
    w.settled[side][node] = 1;
    ForEachLink(node, /*outward=*/side == 0, [&](NodeIndex other, EdgeIndex, bool, double cost) {
      if (w.banned[other]) return;
      // The walk goes node -> other forward, other -> node backward.
      if (side == 0 ? bans.Link(node, other) : bans.Link(other, node)) return;
      double next = d + cost;
      if (next < w.distance[side][other]) reach(side, other, next, node);
      double through = w.distance[side][other] + w.distance[1 - side][other];
      if (through < best) {
        best = through;
        meeting = other;
      }
    });
  }
  std::optional<ActorPath> path;
  if (meeting != kNoNode) {
    std::vector<NodeIndex> nodes;
    for (NodeIndex n = meeting; n != kNoNode; n = w.parent[0][n]) nodes.push_back(n);
    std::reverse(nodes.begin(), nodes.end());
    for (NodeIndex n = w.parent[1][meeting]; n != kNoNode; n = w.parent[1][n]) nodes.push_back(n);
    path = MakePath(std::move(nodes));
  }
  w.first_search_size = w.touched.size();
  w.Reset();
  return path;
}

// Dijkstra backwards from `to` over every qualifying relation: Workspace::to_end.
void PathQuery::DistancesTo(NodeIndex to) {
  Workspace& w = *work_;
  std::fill(w.to_end.begin(), w.to_end.end(), kInfinity);
  MinQueue queue;
  w.to_end[to] = 0;
  queue.emplace(0.0, to);
  while (!queue.empty()) {
    // Plain variables, not a structured binding: clang (the fuzz build) does not let a
    // lambda capture those before C++20's P1091 is implemented.
    const double d = queue.top().first;
    const NodeIndex node = queue.top().second;
    queue.pop();
    if (d > w.to_end[node]) continue;
    ForEachLink(node, /*outward=*/false, [&](NodeIndex other, EdgeIndex, bool, double cost) {
      const double next = d + cost;
      if (next < w.to_end[other]) {
        w.to_end[other] = next;
        queue.emplace(next, other);
      }
    });
  }
  w.has_to_end = true;
}

// A* from `from` to `to` under `bans`, with Workspace::to_end as the estimate of the rest: it
// is exact without bans and a lower bound with them. Among equal estimates the node nearer
// the end goes first, so on the many ties of hop counts the search walks straight along one
// shortest path. A node may be settled again when rounding (strength costs) makes the estimate
// inconsistent by an ulp, so the result is a cheapest path in every case.
std::optional<ActorPath> PathQuery::Guided(NodeIndex from, NodeIndex to, const Bans& bans) {
  Workspace& w = *work_;
  struct Entry {
    double estimate;  // distance from `from` + to_end
    double rest;      // to_end: the tie-break
    NodeIndex node;
    bool operator>(const Entry& other) const {
      if (estimate != other.estimate) return estimate > other.estimate;
      if (rest != other.rest) return rest > other.rest;
      return node > other.node;
    }
  };
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
  std::optional<ActorPath> path;
  if (w.to_end[from] == kInfinity || w.banned[from]) return path;
  w.touched.push_back(from);
  w.distance[0][from] = 0;
  queue.push({w.to_end[from], w.to_end[from], from});
  bool arrived = false;
  while (!queue.empty()) {
    const Entry top = queue.top();
    queue.pop();
    const NodeIndex node = top.node;
    if (top.estimate > w.distance[0][node] + w.to_end[node]) continue;  // a stale entry
    if (node == to) {
      arrived = true;
      break;
    }
    ForEachLink(node, /*outward=*/true, [&](NodeIndex other, EdgeIndex, bool, double cost) {
      if (w.banned[other] || bans.Link(node, other) || w.to_end[other] == kInfinity) return;
      const double next = w.distance[0][node] + cost;
      if (next >= w.distance[0][other]) return;
      if (w.distance[0][other] == kInfinity) w.touched.push_back(other);
      w.distance[0][other] = next;
      w.parent[0][other] = node;
      queue.push({next + w.to_end[other], w.to_end[other], other});
    });
  }
  if (arrived) {
    std::vector<NodeIndex> nodes;
    for (NodeIndex n = to; n != kNoNode; n = w.parent[0][n]) nodes.push_back(n);
    std::reverse(nodes.begin(), nodes.end());
    path = MakePath(std::move(nodes));
  }
  w.Reset();
  return path;
}

// Dijkstra over (node, hops) labels for a cost other than hops under a hop limit. A label is
// dropped when its node was already settled with no more hops (that label is no dearer).
std::optional<ActorPath> PathQuery::HopBounded(NodeIndex from, NodeIndex to, const Bans& bans,
                                               std::size_t hop_limit) {
  Workspace& w = *work_;
  struct Label {
    NodeIndex node;
    std::size_t hops;
    std::size_t parent;  // index into labels, or kNoLimit
  };
  std::vector<Label> labels{{from, 0, kNoLimit}};
  std::priority_queue<std::pair<double, std::size_t>, std::vector<std::pair<double, std::size_t>>,
                      std::greater<>>
      queue;
  queue.emplace(0.0, 0);
  w.touched.push_back(from);
  std::optional<std::size_t> arrived;
  while (!queue.empty()) {
    const double d = queue.top().first;
    const std::size_t index = queue.top().second;
    queue.pop();
    const Label label = labels[index];
    if (label.hops >= w.fewest_hops[label.node]) continue;
    w.fewest_hops[label.node] = label.hops;
    if (label.node == to) {
      arrived = index;
      break;
    }
    if (label.hops == hop_limit) continue;
    ForEachLink(label.node, /*outward=*/true, [&](NodeIndex other, EdgeIndex, bool, double cost) {
      if (w.banned[other] || bans.Link(label.node, other)) return;
      if (label.hops + 1 >= w.fewest_hops[other]) return;
      if (w.fewest_hops[other] == kNoLimit) w.touched.push_back(other);
      labels.push_back({other, label.hops + 1, index});
      queue.emplace(d + cost, labels.size() - 1);
    });
  }
  std::optional<ActorPath> path;
  if (arrived) {
    std::vector<NodeIndex> nodes;
    for (std::size_t i = *arrived; i != kNoLimit; i = labels[i].parent) {
      nodes.push_back(labels[i].node);
    }
    std::reverse(nodes.begin(), nodes.end());
    path = MakePath(std::move(nodes));
  }
  w.Reset();
  return path;
}

// Picks the relation of every hop: cheapest, then most supported, then walked forward, then
// the first by id.
ActorPath PathQuery::MakePath(std::vector<NodeIndex> nodes) const {
  ActorPath path;
  for (std::size_t i = 0; i + 1 < nodes.size(); ++i) {
    std::optional<PathStep> chosen;
    auto better = [&](EdgeIndex e, bool forward) {
      if (!chosen) return true;
      const RelationEdge& a = graph_.edge(e);
      const RelationEdge& b = graph_.edge(chosen->edge);
      if (EdgeCost(a) != EdgeCost(b)) return EdgeCost(a) < EdgeCost(b);
      if (a.weight != b.weight) return a.weight > b.weight;
      if (forward != chosen->forward) return forward;
      return e < chosen->edge;
    };
    ForEachLink(nodes[i], /*outward=*/true,
                [&](NodeIndex other, EdgeIndex e, bool forward, double) {
      if (other == nodes[i + 1] && better(e, forward)) chosen = PathStep{e, forward};
    });
    assert(chosen.has_value());
    path.cost += EdgeCost(graph_.edge(chosen->edge));
    path.steps.push_back(*chosen);
  }
  path.nodes = std::move(nodes);
  return path;
}

}  // namespace actorgraph
