#include "graph/neighborhood.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace actorgraph {
namespace {

ActorGraph MakeGraph(const std::vector<std::tuple<std::string, std::string, std::string>>& list) {
  std::vector<ActorNode> nodes;
  auto node = [&](const std::string& id) {
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      if (nodes[i].id == id) return i;
    }
    nodes.push_back({});
    nodes.back().id = id;
    return nodes.size() - 1;
  };
  TextPool texts;
  std::vector<RelationEdge> edges;
  for (const auto& [source, type, target] : list) {
    RelationEdge e;
    e.source = node(source);
    e.target = node(target);
    e.type = texts.Add(type);
    e.weight = 1;
    edges.push_back(e);
  }
  return ActorGraph::FromParts(std::move(nodes), std::move(edges), std::move(texts));
}

std::vector<std::string> Ids(const ActorGraph& g, const std::vector<NodeIndex>& nodes) {
  std::vector<std::string> ids;
  for (NodeIndex n : nodes) ids.push_back(g.node(n).id);
  return ids;
}

//   x <-ACCUSE- a -CONSULT-> b -CONSULT-> c -ATTACK-> d
//               ^            |
//               +--AID-------+        (b -AID-> a)      far (isolated)
const ActorGraph test_graph = [] {
  ActorGraph g = MakeGraph({{"a", "ACCUSE", "x"},
                            {"a", "CONSULT", "b"},
                            {"b", "CONSULT", "c"},
                            {"c", "ATTACK", "d"},
                            {"b", "AID", "a"}});
  std::vector<ActorNode> nodes = g.nodes();
  nodes.push_back({});
  nodes.back().id = "far";
  return ActorGraph::FromParts(nodes, g.edges(), g.text_pools());
}();

TEST_CASE("Neighborhood: rings by distance and the induced relations", "[graph]") {
  NodeIndex b = *test_graph.FindNode("b");
  NeighborhoodOptions options;
  Neighborhood one = FindNeighborhood(test_graph, b, options);
  // b first, then its neighbours in index order
  CHECK(Ids(test_graph, one.nodes) == std::vector<std::string>{"b", "a", "c"});
  CHECK(one.distance == std::vector<std::size_t>{0, 1, 1});
  // a->b, b->a, b->c: not a->x (x is two away)
  CHECK(one.edges.size() == 3);

  options.depth = 2;
  Neighborhood two = FindNeighborhood(test_graph, b, options);
  CHECK(Ids(test_graph, two.nodes) == std::vector<std::string>{"b", "a", "c", "d", "x"});
  CHECK(two.distance == std::vector<std::size_t>{0, 1, 1, 2, 2});
  CHECK(two.edges.size() == 5);
  // depth 0: the centre alone
  options.depth = 0;
  CHECK(FindNeighborhood(test_graph, b, options).nodes.size() == 1);
}

TEST_CASE("Neighborhood: direction and filters", "[graph]") {
  NodeIndex c = *test_graph.FindNode("c");
  NeighborhoodOptions options;
  options.depth = 5;
  options.directed = true;
  // from c, directed: only d
  CHECK(Ids(test_graph, FindNeighborhood(test_graph, c, options).nodes) ==
        std::vector<std::string>{"c", "d"});
  // CONSULT both ways: back to b, then a (via CONSULT), then x
  options.symmetric_types = {"CONSULT"};
  CHECK(FindNeighborhood(test_graph, c, options).nodes.size() == 5);
  // without ATTACK, undirected, c reaches a, b, x but not d
  options = {};
  options.depth = 5;
  options.filter.exclude_types = {"ATTACK"};
  Neighborhood around = FindNeighborhood(test_graph, c, options);
  CHECK(Ids(test_graph, around.nodes) == std::vector<std::string>{"c", "b", "a", "x"});
  // the isolated actor is its own neighbourhood
  CHECK(FindNeighborhood(test_graph, *test_graph.FindNode("far"), options).edges.empty());
}

TEST_CASE("Neighborhood: as a graph of its own", "[graph]") {
  NeighborhoodOptions options;
  Neighborhood one = FindNeighborhood(test_graph, *test_graph.FindNode("a"), options);
  ActorGraph sub = NeighborhoodGraph(test_graph, one);
  CHECK(sub.nodes().size() == 3);  // a, b, x
  CHECK(sub.edges().size() == 3);  // a->x, a->b, b->a
  CHECK(sub.FindEdge("b", "AID", "a").has_value());
  CHECK_FALSE(sub.FindNode("c").has_value());
}

}  // namespace
}  // namespace actorgraph
