#include "graph/actor_graph.h"

#include <catch2/catch.hpp>
#include <memory>

#include "graph/topology.h"

namespace actorgraph {
namespace {

//   b --CONSULT--> a      (given out of order: FromParts sorts nodes and edges by id)
TEST_CASE("ActorGraph: FromParts sorts by id and indexes edges", "[graph]") {
  std::vector<ActorNode> nodes(2);
  nodes[0].id = "b";
  nodes[1].id = "a";
  TextPool texts;
  std::vector<RelationEdge> edges(1);
  edges[0].source = 0;
  edges[0].target = 1;
  edges[0].type = texts.Add("CONSULT");
  ActorGraph g = ActorGraph::FromParts(nodes, edges, std::move(texts));

  // nodes are in id order and the edge's endpoints follow them
  REQUIRE(g.node(0).id == "a");
  REQUIRE(g.edge(0).source == *g.FindNode("b"));
  REQUIRE(g.edge_id(0).ToString() == "b|CONSULT|a");
  // lookups
  REQUIRE(g.FindEdge("b", "CONSULT", "a").has_value());
  REQUIRE_FALSE(g.FindEdge("a", "CONSULT", "b").has_value());
  REQUIRE(g.OutEdges(*g.FindNode("b")).size() == 1);
  REQUIRE(g.InEdges(*g.FindNode("a")).size() == 1);
}

// Edge ids are not stored: they compare as the joined strings would, and '|' sorts after
// letters and '_', so "a_b|..." comes before "a|...".
//   a --CONSULT--> z      a_b --CONSULT--> c
TEST_CASE("ActorGraph: edges are in the order of their joined ids", "[graph]") {
  std::vector<ActorNode> nodes(4);
  nodes[0].id = "a";
  nodes[1].id = "z";
  nodes[2].id = "a_b";
  nodes[3].id = "c";
  TextPool texts;
  std::vector<RelationEdge> edges(2);
  edges[0].source = 0;
  edges[0].target = 1;
  edges[0].type = texts.Add("CONSULT");
  edges[1].source = 2;
  edges[1].target = 3;
  edges[1].type = texts.Add("CONSULT");
  ActorGraph g = ActorGraph::FromParts(nodes, edges, std::move(texts));

  REQUIRE(g.edge_id(0).ToString() == "a_b|CONSULT|c");
  REQUIRE(g.edge_id(1).ToString() == "a|CONSULT|z");
  CHECK(g.edge_id(0) < g.edge_id(1));
  CHECK(g.FindEdge("a_b", "CONSULT", "c") == 0u);
  CHECK(g.FindEdge("a", "CONSULT", "z") == 1u);
  CHECK_FALSE(g.FindEdge("a", "CONSULT", "c").has_value());
  // only the joined text counts, not where the parts split
  CHECK(EdgeIdView{"x|y", "z", "w"} == EdgeIdView{"x", "y|z", "w"});
  CHECK(EdgeIdView{"x", "T", "y"} < EdgeIdView{"x", "T", "yy"});
}

// The texts of edges live in pools that the graph shares with its copies.
TEST_CASE("ActorGraph: a copy keeps its texts when the original is gone", "[graph]") {
  std::vector<ActorNode> nodes(2);
  nodes[0].id = "a";
  nodes[1].id = "b";
  TextPool texts;
  std::vector<RelationEdge> edges(1);
  edges[0].target = 1;
  edges[0].type = texts.Add("ACCUSE");
  edges[0].docs = {texts.Add("doc-1")};
  edges[0].evidence = {{texts.Add("doc-1"), 2, texts.Add("2022-01"), texts.Add("a accusa b")}};
  auto original =
      std::make_unique<ActorGraph>(ActorGraph::FromParts(nodes, edges, std::move(texts)));
  const ActorGraph copy = *original;
  original.reset();

  CHECK(copy.edge(0).type == "ACCUSE");
  CHECK(copy.edge(0).docs.front() == "doc-1");
  CHECK(copy.edge(0).evidence.front().text == "a accusa b");
  CHECK(copy.edge_id(0).ToString() == "a|ACCUSE|b");
}

//   a --AGREE--> b --CONSULT--> c
TEST_CASE("ActorGraph: the Boost topology, built on demand, follows the edges", "[graph]") {
  std::vector<ActorNode> nodes(3);
  nodes[0].id = "a";
  nodes[1].id = "b";
  nodes[2].id = "c";
  TextPool texts;
  std::vector<RelationEdge> edges(2);
  edges[0].source = 0;
  edges[0].target = 1;
  edges[0].type = texts.Add("AGREE");
  edges[1].source = 1;
  edges[1].target = 2;
  edges[1].type = texts.Add("CONSULT");
  const ActorGraph g = ActorGraph::FromParts(nodes, edges, std::move(texts));
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
