#include "graph/graph_stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace actorgraph {
namespace {

// Distinct neighbours of every node, ignoring direction and self-loops, as compressed rows.
struct Adjacency {
  std::vector<std::size_t> offset;  // neighbours of n: target[offset[n] .. offset[n+1])
  std::vector<NodeIndex> target;
};

Adjacency UndirectedAdjacency(const ActorGraph& graph) {
  const std::size_t n = graph.nodes().size();
  Adjacency adjacency;
  adjacency.offset.assign(n + 1, 0);
  std::vector<NodeIndex> scratch;
  for (NodeIndex v = 0; v < n; ++v) {
    scratch.clear();
    const auto out = graph.OutNeighbors(v);
    const auto in = graph.InNeighbors(v);
    scratch.insert(scratch.end(), out.begin(), out.end());
    scratch.insert(scratch.end(), in.begin(), in.end());
    std::sort(scratch.begin(), scratch.end());
    scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
    scratch.erase(std::remove(scratch.begin(), scratch.end(), v), scratch.end());
    adjacency.target.insert(adjacency.target.end(), scratch.begin(), scratch.end());
    adjacency.offset[v + 1] = adjacency.target.size();
  }
  return adjacency;
}

std::vector<RankedActor> Top(const std::vector<double>& values, std::size_t top) {
  std::vector<RankedActor> ranked;
  ranked.reserve(values.size());
  for (NodeIndex n = 0; n < values.size(); ++n) ranked.push_back({n, values[n]});
  const std::size_t keep = std::min(top, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep),
                    ranked.end(), [](const RankedActor& a, const RankedActor& b) {
                      return a.value != b.value ? a.value > b.value : a.node < b.node;
                    });
  ranked.resize(keep);
  return ranked;
}

std::vector<double> BetweennessOn(const Adjacency& adjacency, std::size_t n,
                                  const std::vector<NodeIndex>& sources) {
  std::vector<double> centrality(n, 0.0);
  std::vector<double> sigma(n), delta(n);
  std::vector<std::int64_t> dist(n, -1);
  std::vector<NodeIndex> order;  // nodes in BFS order (the stack of Brandes)
  order.reserve(n);
  for (NodeIndex s : sources) {
    order.clear();
    std::fill(sigma.begin(), sigma.end(), 0.0);
    std::fill(delta.begin(), delta.end(), 0.0);
    std::fill(dist.begin(), dist.end(), -1);
    sigma[s] = 1;
    dist[s] = 0;
    order.push_back(s);
    for (std::size_t head = 0; head < order.size(); ++head) {
      NodeIndex v = order[head];
      for (std::size_t i = adjacency.offset[v]; i < adjacency.offset[v + 1]; ++i) {
        NodeIndex w = adjacency.target[i];
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          order.push_back(w);
        }
        if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    // Dependencies, farthest first: a predecessor of w is a neighbour one step closer.
    for (std::size_t k = order.size(); k-- > 1;) {
      NodeIndex w = order[k];
      for (std::size_t i = adjacency.offset[w]; i < adjacency.offset[w + 1]; ++i) {
        NodeIndex v = adjacency.target[i];
        if (dist[v] == dist[w] - 1) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
      }
      centrality[w] += delta[w];
    }
  }
  // Every unordered pair is counted from both ends over all sources: halve, scale a sample up
  // to all sources, normalise by the number of pairs not involving the node.
  const double scale =
      sources.empty() ? 0.0 : static_cast<double>(n) / static_cast<double>(sources.size()) / 2.0;
  const double pairs = n > 2 ? static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0 : 1;
  for (double& c : centrality) c = c * scale / pairs;
  return centrality;
}

}  // namespace

std::vector<double> PageRank(const ActorGraph& graph,
                             const std::set<std::string>& symmetric_types) {
  constexpr double kDamping = 0.85;
  const std::size_t n = graph.nodes().size();
  if (n == 0) return {};
  auto weight = [](const RelationEdge& e) {
    return static_cast<double>(std::max<std::int64_t>(e.weight, 1));
  };
  std::vector<char> symmetric(graph.edges().size(), 0);
  std::vector<double> out_weight(n, 0.0);
  for (EdgeIndex i = 0; i < graph.edges().size(); ++i) {
    const RelationEdge& e = graph.edge(i);
    symmetric[i] = symmetric_types.contains(std::string(e.type)) ? 1 : 0;
    out_weight[e.source] += weight(e);
    if (symmetric[i]) out_weight[e.target] += weight(e);
  }
  const double nd = static_cast<double>(n);
  std::vector<double> rank(n, 1.0 / nd), next(n);
  for (int round = 0; round < 100; ++round) {
    double dangling = 0;
    for (NodeIndex v = 0; v < n; ++v) {
      if (out_weight[v] == 0) dangling += rank[v];
    }
    std::fill(next.begin(), next.end(), (1 - kDamping) / nd + kDamping * dangling / nd);
    for (EdgeIndex i = 0; i < graph.edges().size(); ++i) {
      const RelationEdge& e = graph.edge(i);
      next[e.target] += kDamping * rank[e.source] * weight(e) / out_weight[e.source];
      if (symmetric[i])
        next[e.source] += kDamping * rank[e.target] * weight(e) / out_weight[e.target];
    }
    double change = 0;
    for (NodeIndex v = 0; v < n; ++v) change += std::abs(next[v] - rank[v]);
    rank.swap(next);
    if (change < 1e-9) break;
  }
  return rank;
}

std::vector<double> Betweenness(const ActorGraph& graph, const std::vector<NodeIndex>& sources) {
  const std::size_t n = graph.nodes().size();
  if (!sources.empty()) return BetweennessOn(UndirectedAdjacency(graph), n, sources);
  std::vector<NodeIndex> all(n);
  std::iota(all.begin(), all.end(), 0);
  return BetweennessOn(UndirectedAdjacency(graph), n, all);
}

GraphStats ComputeGraphStats(const ActorGraph& graph, const StatsOptions& options) {
  GraphStats stats;
  const std::size_t n = graph.nodes().size();
  stats.nodes = n;
  stats.edges = graph.edges().size();
  for (const ActorNode& node : graph.nodes()) ++stats.nodes_by_type[node.type];
  for (const RelationEdge& e : graph.edges()) {
    TypeCount& count = stats.edges_by_type[std::string(e.type)];
    ++count.edges;
    count.weight += e.weight;
    stats.weight += e.weight;
  }

  // Weakly connected components by union-find over the edges.
  std::vector<NodeIndex> root(n);
  std::iota(root.begin(), root.end(), 0);
  auto find = [&](NodeIndex v) {
    while (root[v] != v) v = root[v] = root[root[v]];
    return v;
  };
  for (const RelationEdge& e : graph.edges()) {
    NodeIndex a = find(e.source), b = find(e.target);
    if (a != b) root[std::max(a, b)] = std::min(a, b);
  }
  std::vector<std::size_t> size(n, 0);
  for (NodeIndex v = 0; v < n; ++v) ++size[find(v)];
  for (NodeIndex v = 0; v < n; ++v) {
    if (size[v] == 0) continue;
    ++stats.components;
    stats.largest_component = std::max(stats.largest_component, size[v]);
  }

  const Adjacency adjacency = UndirectedAdjacency(graph);
  std::vector<double> degree(n), weighted(n, 0.0);
  for (NodeIndex v = 0; v < n; ++v) {
    degree[v] = static_cast<double>(adjacency.offset[v + 1] - adjacency.offset[v]);
    if (degree[v] == 0) ++stats.isolated;
  }
  for (const RelationEdge& e : graph.edges()) {
    weighted[e.source] += static_cast<double>(e.weight);
    if (e.target != e.source) weighted[e.target] += static_cast<double>(e.weight);
  }
  stats.degree = Top(degree, options.top);
  stats.weighted_degree = Top(weighted, options.top);
  stats.pagerank = Top(PageRank(graph, options.symmetric_types), options.top);

  if (!options.betweenness || n == 0) {
    stats.betweenness_method = "skipped";
    return stats;
  }
  std::size_t sample = options.betweenness_sample;
  if (sample == 0 &&
      static_cast<double>(n) * static_cast<double>(stats.edges) > kExactBetweennessWork) {
    sample = kAutoBetweennessSample;
  }
  std::vector<NodeIndex> sources(n);
  std::iota(sources.begin(), sources.end(), 0);
  if (sample != 0 && sample < n) {
    std::mt19937_64 random(20240601);
    std::shuffle(sources.begin(), sources.end(), random);
    sources.resize(sample);
    std::sort(sources.begin(), sources.end());
    stats.betweenness_method =
        "estimated from " + std::to_string(sample) + " of " + std::to_string(n) + " sources";
  } else {
    stats.betweenness_method = "exact";
  }
  stats.betweenness = Top(BetweennessOn(adjacency, n, sources), options.top);
  return stats;
}

}  // namespace actorgraph
