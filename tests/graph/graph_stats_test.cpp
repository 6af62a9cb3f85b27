#include "graph/graph_stats.h"

#include <catch2/catch.hpp>
#include <numeric>
#include <string>
#include <tuple>
#include <vector>

namespace actorgraph {
namespace {

ActorGraph MakeGraph(
    const std::vector<std::tuple<std::string, std::string, std::string, int>>& list,
    const std::vector<std::string>& isolated = {}) {
  std::vector<ActorNode> nodes;
  auto node = [&](const std::string& id) {
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      if (nodes[i].id == id) return i;
    }
    nodes.push_back({});
    nodes.back().id = id;
    nodes.back().type = "PERSON";
    return nodes.size() - 1;
  };
  for (const std::string& id : isolated) node(id);
  TextPool texts;
  std::vector<RelationEdge> edges;
  for (const auto& [source, type, target, weight] : list) {
    RelationEdge e;
    e.source = node(source);
    e.target = node(target);
    e.type = texts.Add(type);
    e.weight = weight;
    edges.push_back(e);
  }
  return ActorGraph::FromParts(std::move(nodes), std::move(edges), std::move(texts));
}

std::string Id(const ActorGraph& g, const RankedActor& r) { return g.node(r.node).id; }

// A star with a tail, a separate pair, and an isolated actor:
//
//   l1   l2               p --CONSULT(w1)-- q        alone
//     \  |
//      hub --ACCUSE(w5)-- t1 -- t2
//     /
//   l3
const ActorGraph star = MakeGraph({{"hub", "CONSULT", "l1", 1},
                                   {"hub", "CONSULT", "l2", 1},
                                   {"l3", "CONSULT", "hub", 1},
                                   {"hub", "ACCUSE", "t1", 5},
                                   {"t1", "ATTACK", "t2", 1},
                                   {"p", "CONSULT", "q", 1}},
                                  {"alone"});

TEST_CASE("GraphStats: counts and components", "[graph]") {
  GraphStats stats = ComputeGraphStats(star, StatsOptions{});
  CHECK(stats.nodes == 9);
  CHECK(stats.edges == 6);
  CHECK(stats.weight == 10);
  CHECK(stats.edges_by_type.at("CONSULT").edges == 4);
  CHECK(stats.edges_by_type.at("ACCUSE").weight == 5);
  CHECK(stats.nodes_by_type.at("PERSON") == 9);
  // {hub, l1, l2, l3, t1, t2}, {p, q}, {alone}
  CHECK(stats.components == 3);
  CHECK(stats.largest_component == 6);
  CHECK(stats.isolated == 1);
}

TEST_CASE("GraphStats: rankings", "[graph]") {
  StatsOptions options;
  options.top = 3;
  GraphStats stats = ComputeGraphStats(star, options);
  REQUIRE(stats.degree.size() == 3);
  // hub has 4 neighbours, t1 two
  CHECK(Id(star, stats.degree[0]) == "hub");
  CHECK(stats.degree[0].value == 4);
  CHECK(Id(star, stats.degree[1]) == "t1");
  // weighted: hub 8, t1 6
  CHECK(stats.weighted_degree[0].value == 8);
  CHECK(stats.weighted_degree[1].value == 6);
  // every path between the tail and the leaves crosses hub: it leads betweenness
  CHECK(stats.betweenness_method == "exact");
  CHECK(Id(star, stats.betweenness[0]) == "hub");
  CHECK(Id(star, stats.betweenness[1]) == "t1");
  // hub lies on 4*1 (t1) + ... pairs: leaves<->leaves 3, leaves<->t1 3, leaves<->t2 3,
  // t2 is a leaf beyond t1: 9 of C(8,2)=28 pairs
  CHECK(stats.betweenness[0].value == Approx(9.0 / 28));
  // the sample estimate is exact when it covers every source
  options.betweenness_sample = 100;
  CHECK(ComputeGraphStats(star, options).betweenness[0].value == Approx(9.0 / 28));
  options.betweenness = false;
  CHECK(ComputeGraphStats(star, options).betweenness.empty());
}

TEST_CASE("PageRank: sums to one, follows direction, symmetric both ways", "[graph]") {
  //   a -> c <- b        (and d alone: dangling mass is spread, nothing leaks)
  ActorGraph g = MakeGraph({{"a", "ACCUSE", "c", 1}, {"b", "ACCUSE", "c", 1}}, {"d"});
  std::vector<double> rank = PageRank(g, {});
  CHECK(std::accumulate(rank.begin(), rank.end(), 0.0) == Approx(1.0));
  CHECK(rank[*g.FindNode("c")] > rank[*g.FindNode("a")]);
  CHECK(rank[*g.FindNode("a")] == Approx(rank[*g.FindNode("d")]));
  // ACCUSE walked both ways: c passes its rank back
  std::vector<double> both = PageRank(g, {"ACCUSE"});
  CHECK(both[*g.FindNode("a")] > rank[*g.FindNode("a")]);
  CHECK(PageRank(ActorGraph{}, {}).empty());
}

TEST_CASE("GraphStats: empty graph", "[graph]") {
  GraphStats stats = ComputeGraphStats(ActorGraph{}, StatsOptions{});
  CHECK(stats.nodes == 0);
  CHECK(stats.components == 0);
  CHECK(stats.degree.empty());
}

}  // namespace
}  // namespace actorgraph
