#include "graph/json_graph.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "extract/error.h"
#include "tests/graph/graph_fixture.h"

namespace actorgraph {
namespace {

std::string Write(const ActorGraph& graph) {
  std::ostringstream out;
  WriteJsonGraph(graph, out);
  return out.str();
}

ActorGraph Read(const std::string& text) {
  std::istringstream in(text);
  return ReadJsonGraph(in, "test.json");
}

TEST_CASE("JsonGraph: write -> read -> write is byte-identical", "[graph]") {
  const std::string fixture =
      Write(testing::BuildGraph(testing::FixtureRelations(testing::FixturePath())));
  REQUIRE(Write(Read(fixture)) == fixture);
  const std::string nasty = Write(testing::NastyGraph());
  REQUIRE(Write(Read(nasty)) == nasty);
  // JSON escapes control characters instead of dropping them
  REQUIRE(Read(nasty).node(0).label == testing::NastyGraph().node(0).label);
}

TEST_CASE("JsonGraph: node-link layout with evidence", "[graph]") {
  const std::string text = Write(testing::NastyGraph());
  REQUIRE(text.rfind("{\"actorgraph\": \"graph/1\", \"directed\": true", 0) == 0);
  REQUIRE(text.find("\"key\":\"PROTEST\"") != std::string::npos);
  REQUIRE(text.find("\"evidence\":[{\"doc\":\"doc | uno.txt\",\"sentence\":4,") !=
          std::string::npos);
}

TEST_CASE("JsonGraph: reads NetworkX node-link and names the error position", "[graph]") {
  const ActorGraph g = Read(R"({"directed": true, "nodes": [{"id": 1, "name": "Alfa"},
    {"id": "b"}], "links": [{"source": 1, "target": "b", "weight": 2.0}]})");
  REQUIRE(g.node(*g.FindNode("1")).label == "Alfa");
  REQUIRE(g.edge(*g.FindEdge("1", "RELATED", "b")).weight == 2);

  try {
    Read("{\"nodes\": [\n  {\"id\": \"a\",,}\n]}");
    FAIL("no error");
  } catch (const InputError& e) {
    REQUIRE(e.where().line == 2);
    REQUIRE(e.where().column == 14);
  }
  REQUIRE_THROWS_WITH(Read("{\"nodes\": [{\"label\": \"no id\"}]}"),
                      Catch::StartsWith("test.json: malformed node-link graph"));
}

TEST_CASE("JsonGraph: streams sections in any order, \"links\" before \"edges\"", "[graph]") {
  // links first, nodes after; "edges" ignored because "links" exists; odd metadata dumped
  const ActorGraph g = Read(R"({"links": [{"source": "a", "target": "b", "type": "MEET"}],
    "edges": [{"source": "x", "target": "y"}], "extra": {"nested": [1, {"deep": true}]},
    "graph": {"name": "t", "n": 3, "o": {"k": [1]}},
    "nodes": [{"id": "a", "label": "Alfa", "type": "PERSON"}, {"id": "b"}]})");
  REQUIRE(g.nodes().size() == 2);
  REQUIRE(g.node(*g.FindNode("a")).label == "Alfa");
  REQUIRE(g.node(*g.FindNode("a")).type == "PERSON");
  REQUIRE(g.FindEdge("a", "MEET", "b").has_value());
  REQUIRE(g.metadata().at("name") == "t");
  REQUIRE(g.metadata().at("n") == "3");
  REQUIRE(g.metadata().at("o") == R"({"k":[1]})");
  // without "links", "edges" are the relations
  const ActorGraph e = Read(R"({"nodes": [], "edges": [{"source": 1, "target": 2}]})");
  REQUIRE(e.FindEdge("1", "RELATED", "2").has_value());
  // not a graph, or a section of the wrong shape
  REQUIRE_THROWS_WITH(Read("[1, 2]"), Catch::Contains("not a node-link graph"));
  REQUIRE_THROWS_WITH(Read(R"({"links": []})"), Catch::Contains("no \"nodes\" array"));
  REQUIRE_THROWS_WITH(Read(R"({"nodes": {"id": "a"}})"),
                      Catch::Contains("malformed node-link graph"));
  REQUIRE_THROWS_WITH(Read(R"({"nodes": [{"id": "a", "label": 5}]})"),
                      Catch::Contains("malformed node-link graph"));
}

}  // namespace
}  // namespace actorgraph
