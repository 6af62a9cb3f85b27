#include "graph/actor_graph.h"

#include <catch2/catch.hpp>

#include "graph/topology.h"

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

//   a --AGREE--> b --CONSULT--> c
TEST_CASE("ActorGraph: the Boost topology, built on demand, follows the edges", "[graph]") {
  std::vector<ActorNode> nodes(3);
  nodes[0].id = "a";
  nodes[1].id = "b";
  nodes[2].id = "c";
  std::vector<RelationEdge> edges(2);
  edges[0].source = 0;
  edges[0].target = 1;
  edges[0].type = "AGREE";
  edges[1].source = 1;
  edges[1].target = 2;
  edges[1].type = "CONSULT";
  const ActorGraph g = ActorGraph::FromParts(nodes, edges);
  const ActorGraph copy = g;  // a copy builds its own

  for (const ActorGraph* graph : {&g, &copy}) {
    const BoostGraph& boost_graph = graph->topology().graph;
    REQUIRE(boost::num_vertices(boost_graph) == 3);
    REQUIRE(boost::num_edges(boost_graph) == 2);
    for (auto [it, end] = boost::edges(boost_graph); it != end; ++it) {
      const RelationEdge& edge = graph->edge(boost_graph[*it]);
      CHECK(boost::source(*it, boost_graph) == edge.source);
      CHECK(boost::target(*it, boost_graph) == edge.target);
    }
    CHECK(&graph->topology() == &graph->topology());  // built once
  }
}

}  // namespace
}  // namespace actorgraph
