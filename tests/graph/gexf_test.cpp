#include "graph/gexf.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "extract/error.h"
#include "tests/graph/graph_fixture.h"

namespace actorgraph {
namespace {

std::string Write(const ActorGraph& graph) {
  std::ostringstream out;
  WriteGexf(graph, out);
  return out.str();
}

ActorGraph Read(const std::string& text) {
  std::istringstream in(text);
  return ReadGexf(in, "test.gexf");
}

TEST_CASE("Gexf: write -> read -> write is byte-identical", "[graph]") {
  GraphBuildOptions options;
  options.include_negated = true;
  const std::string fixture =
      Write(testing::BuildGraph(testing::FixtureRelations(testing::FixturePath()), options));
  REQUIRE(Write(Read(fixture)) == fixture);
  const std::string nasty = Write(testing::NastyGraph());
  REQUIRE(Write(Read(nasty)) == nasty);
  REQUIRE(Read(nasty).edge(0).evidence == testing::NastyGraph().edge(0).evidence);
}

TEST_CASE("Gexf: dynamic, typed edges with spells over whole days", "[graph]") {
  const std::string text = Write(testing::NastyGraph());
  REQUIRE(text.find("mode=\"dynamic\"") != std::string::npos);
  REQUIRE(text.find("timeformat=\"date\"") != std::string::npos);
  // "2022-01" .. "2022-02-03" -> the first day of January .. the day itself
  REQUIRE(text.find("<spell start=\"2022-01-01\" end=\"2022-02-03\"/>") != std::string::npos);
  REQUIRE(text.find("kind=\"PROTEST\"") != std::string::npos);
  REQUIRE(text.find("weight=\"2.0\"") != std::string::npos);
  REQUIRE(text.find("<viz:color r=\"214\" g=\"39\" b=\"40\"/>") != std::string::npos);
}

TEST_CASE("Gexf: reads Gephi-style files and rejects malformed ones", "[graph]") {
  const ActorGraph g = Read(R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <nodes><node id="n0" label="Alfa"/><node id="n1" label="Beta"/></nodes>
    <edges><edge id="0" source="n0" target="n1" weight="4"/></edges>
  </graph>
</gexf>)");
  REQUIRE(g.node(*g.FindNode("n1")).label == "Beta");
  REQUIRE(g.edge(*g.FindEdge("n0", "RELATED", "n1")).weight == 4);
  REQUIRE_THROWS_WITH(Read("<gexf><graph><edges><edge source=\"a\"/></edges></graph></gexf>"),
                      Catch::Contains("test.gexf:1:") && Catch::Contains("target"));
}

}  // namespace
}  // namespace actorgraph
