#pragma once
// Counts, components and the most central actors of a graph.
//
// Centralities read the graph as analysts do: degree and betweenness ignore direction (a
// relation joins two actors whichever way it points); PageRank follows direction, with
// symmetric relations counted both ways and each relation weighted by its support.
//
// Usage:
//   GraphStats stats = ComputeGraphStats(graph, StatsOptions{});

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/actor_graph.h"

namespace actorgraph {

struct StatsOptions {
  std::size_t top = 10;                   // actors listed per ranking
  std::set<std::string> symmetric_types;  // PageRank walks these both ways
  // Betweenness is O(nodes * edges). 0 = automatic: exact when nodes * edges is at most
  // kExactBetweennessWork, else estimated from kAutoBetweennessSample sources. N > 0: estimate
  // from N sources (exact when N >= nodes). Sources are drawn with a fixed seed.
  std::size_t betweenness_sample = 0;
  bool betweenness = true;  // false: skip it
};

inline constexpr double kExactBetweennessWork = 2e9;
inline constexpr std::size_t kAutoBetweennessSample = 100;

struct RankedActor {
  NodeIndex node = 0;
  double value = 0;
};

struct TypeCount {
  std::size_t edges = 0;
  std::int64_t weight = 0;  // supporting sentences
};

struct GraphStats {
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::int64_t weight = 0;
  std::map<std::string, std::size_t> nodes_by_type;  // "" for actors without a type
  std::map<std::string, TypeCount> edges_by_type;

  // Weakly connected components; isolated actors are components of one.
  std::size_t components = 0;
  std::size_t largest_component = 0;
  std::size_t isolated = 0;

  // Highest first (ties by node index); at most StatsOptions::top each.
  std::vector<RankedActor> degree;           // distinct neighbours
  std::vector<RankedActor> weighted_degree;  // sum of incident weights
  std::vector<RankedActor> pagerank;         // sums to 1 over all nodes
  std::vector<RankedActor> betweenness;      // empty when skipped; normalised to [0, 1]

  // How betweenness was obtained: "exact", "estimated from N of M sources", "skipped".
  std::string betweenness_method;
};

// Computes everything above. Never throws; an empty graph gives zeros and empty rankings.
GraphStats ComputeGraphStats(const ActorGraph& graph, const StatsOptions& options);

// PageRank of every node (damping 0.85, weighted, dangling mass spread evenly), iterated until
// the L1 change is below 1e-9 or 100 rounds. Indexed by NodeIndex.
std::vector<double> PageRank(const ActorGraph& graph, const std::set<std::string>& symmetric_types);

// Undirected, unweighted betweenness (Brandes) from `sources` (all nodes when empty), scaled
// to estimate the full value, normalised by (n-1)(n-2)/2. Indexed by NodeIndex.
std::vector<double> Betweenness(const ActorGraph& graph, const std::vector<NodeIndex>& sources);

}  // namespace actorgraph
