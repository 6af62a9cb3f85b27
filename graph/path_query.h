#pragma once
// How two actors are connected: shortest paths and the k shortest simple paths (Yen's
// algorithm) over the relations of an ActorGraph, with filters on type, weight and dates.
//
// A path is a sequence of distinct actors; between two consecutive actors it takes the best
// qualifying relation (cheapest, then most supported), so two paths always differ in their
// actors, never only in the relation type of one hop.
//
// Usage:
//   PathOptions options;
//   options.k = 3;
//   PathQuery query(graph, options);
//   std::vector<ActorPath> paths = query.Find(from, to);   // empty when not connected

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/actor_graph.h"

namespace actorgraph {

// Which relations a query may use. Shared by paths and neighbourhoods.
//
// Dates: an edge qualifies for [since, until] when at least one of its kept evidence sentences
// is dated inside the window. Evidence is capped when the graph is built (max_evidence), so an
// edge that kept only part of its evidence (or none, as some graph files have it) also
// qualifies when its [first_date, last_date] span overlaps the window: its unseen support may
// be inside. An edge that kept all its evidence, none of it inside, does not: its span may
// straddle the window with nothing in it. Undated edges never qualify
// once a window is given. Partial dates compare as the whole period they name ("2022-03" is
// inside since=2022-03-15).
struct EdgeFilter {
  std::set<std::string> types;          // when not empty, only these relation types
  std::set<std::string> exclude_types;  // never these
  std::int64_t min_weight = 0;          // at least this many supporting sentences (0: any)
  std::string since;                    // "YYYY[-MM[-DD]]"; empty = open
  std::string until;

  // True when `edge` passes every condition above.
  bool Accepts(const RelationEdge& edge) const;
  // True when `date` ("YYYY[-MM[-DD]]") overlaps [since, until]; an empty date never does
  // unless both bounds are open.
  bool DateInside(std::string_view date) const;
  bool HasDateWindow() const { return !since.empty() || !until.empty(); }
};

// What a path minimises.
enum class PathCost {
  kHops,      // fewest relations
  kStrength,  // sum of 1/weight: prefers well-supported relations
};

struct PathOptions {
  bool directed = false;                  // follow source -> target only
  std::set<std::string> symmetric_types;  // walked both ways even when directed
  PathCost cost = PathCost::kHops;
  std::size_t k = 1;         // how many paths (Yen); at least 1
  std::size_t max_hops = 0;  // 0 = no limit
  EdgeFilter filter;
};

// One hop of a path: the relation and whether the walk follows it from source to target.
struct PathStep {
  EdgeIndex edge = 0;
  bool forward = true;
  friend bool operator==(const PathStep&, const PathStep&) = default;
};

// nodes.front() is the start, nodes.back() the end, steps[i] joins nodes[i] and nodes[i+1].
struct ActorPath {
  std::vector<NodeIndex> nodes;
  std::vector<PathStep> steps;
  double cost = 0;  // hops, or the sum of 1/weight
};

// Answers path questions on one graph with fixed options. The graph must outlive the query.
// Building is O(1); each Find uses work space sized to the graph, allocated on the first call
// and reused, so a PathQuery is not safe to share between threads.
class PathQuery {
 public:
  PathQuery(const ActorGraph& graph, PathOptions options);
  ~PathQuery();
  PathQuery(const PathQuery&) = delete;
  PathQuery& operator=(const PathQuery&) = delete;

  // The options.k cheapest simple paths from `from` to `to`, cheapest first (ties in a stable
  // but unspecified order), each within options.max_hops. Empty when `to` cannot be reached;
  // fewer than k when there are no more. from == to gives the one path of zero hops.
  std::vector<ActorPath> Find(NodeIndex from, NodeIndex to);

  // The cost of walking `edge` under these options (1 or 1/weight).
  double EdgeCost(const RelationEdge& edge) const;

 private:
  struct Workspace;
  struct Bans;
  std::optional<ActorPath> Shortest(NodeIndex from, NodeIndex to, const Bans& bans,
                                    std::size_t hop_limit);
  std::optional<ActorPath> Bidirectional(NodeIndex from, NodeIndex to, const Bans& bans);
  std::optional<ActorPath> HopBounded(NodeIndex from, NodeIndex to, const Bans& bans,
                                      std::size_t hop_limit);
  void DistancesTo(NodeIndex to);
  std::optional<ActorPath> Guided(NodeIndex from, NodeIndex to, const Bans& bans);
  ActorPath MakePath(std::vector<NodeIndex> nodes) const;
  template <typename Visit>
  void ForEachLink(NodeIndex node, bool outward, Visit&& visit) const;

  const ActorGraph& graph_;
  PathOptions options_;
  std::unique_ptr<Workspace> work_;
};

}  // namespace actorgraph
