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

}  // namespace
}  // namespace actorgraph
