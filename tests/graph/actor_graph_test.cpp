#include "graph/actor_graph.h"

#include <catch2/catch.hpp>

namespace actorgraph {
namespace {

//   b --CONSULT--> a      (given out of order: FromParts sorts nodes and edges by id)
TEST_CASE("ActorGraph: FromParts sorts by id and indexes edges", "[graph]") {
  std::vector<ActorNode> nodes(2);
  nodes[0].id = "b";
  nodes[1].id = "a";
  std::vector<RelationEdge> edges(1);
  edges[0].source = 0;
  edges[0].target = 1;
  edges[0].type = "CONSULT";
  ActorGraph g = ActorGraph::FromParts(nodes, edges);

  // nodes are in id order and the edge's endpoints follow them
  REQUIRE(g.node(0).id == "a");
  REQUIRE(g.edge(0).source == *g.FindNode("b"));
  REQUIRE(g.edge(0).id == "b|CONSULT|a");
  // lookups
  REQUIRE(g.FindEdge("b", "CONSULT", "a").has_value());
  REQUIRE_FALSE(g.FindEdge("a", "CONSULT", "b").has_value());
  REQUIRE(g.OutEdges(*g.FindNode("b")).size() == 1);
  REQUIRE(g.InEdges(*g.FindNode("a")).size() == 1);
}

}  // namespace
}  // namespace actorgraph
