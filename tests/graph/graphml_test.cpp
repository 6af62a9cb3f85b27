#include "graph/graphml.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "extract/error.h"
#include "tests/graph/graph_fixture.h"

namespace actorgraph {
namespace {

std::string Write(const ActorGraph& graph) {
  std::ostringstream out;
  WriteGraphMl(graph, out);
  return out.str();
}

ActorGraph Read(const std::string& text) {
  std::istringstream in(text);
  return ReadGraphMl(in, "test.graphml");
}

TEST_CASE("GraphMl: write -> read -> write is byte-identical", "[graph]") {
  GraphBuildOptions options;
  options.include_negated = true;
  const ActorGraph fixture =
      testing::BuildGraph(testing::FixtureRelations(testing::FixturePath()), options);
  const std::string first = Write(fixture);
  REQUIRE(Write(Read(first)) == first);

  const std::string nasty = Write(testing::NastyGraph());
  REQUIRE(Write(Read(nasty)) == nasty);
}

TEST_CASE("GraphMl: nasty strings survive, control characters are dropped", "[graph]") {
  const ActorGraph original = testing::NastyGraph();
  const ActorGraph back = Read(Write(original));
  const RelationEdge& edge = back.edge(0);
  // lists, evidence with pipes, backslashes, quotes and CR LF come back exactly
  REQUIRE(edge.docs == original.edge(0).docs);
  REQUIRE(edge.evidence == original.edge(0).evidence);
  REQUIRE(edge.evidence_total == 7);
  REQUIRE(edge.negated);
  REQUIRE(back.node(*back.FindNode("b|c\\d")).label == " spazi  ai bordi ");
  // \x01 and \x1f cannot be in XML: removed, the rest kept
  REQUIRE(back.node(*back.FindNode("a \"q\" <&>")).label ==
          "Città \"virgolette\" <tag> & amp;\nseconda riga\ttab fine");
  REQUIRE(back.metadata().at("generator") == "tests <&> \"nasty\"");
}

TEST_CASE("GraphMl: keys are typed, per class, and named by their id", "[graph]") {
  const std::string text = Write(testing::NastyGraph());
  REQUIRE(text.find("edgedefault=\"directed\"") != std::string::npos);
  REQUIRE(text.find("for=\"all\"") == std::string::npos);
  REQUIRE(
      text.find("<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>") !=
      std::string::npos);
  REQUIRE(text.find("<data key=\"weight\">2.0</data>") != std::string::npos);
  REQUIRE(text.find("<data key=\"color\">#d62728</data>") != std::string::npos);
  REQUIRE(text.find("<data key=\"r\">214</data>") != std::string::npos);
  REQUIRE(text.find("key=\"id\"") == std::string::npos);
  REQUIRE(text.find('\x01') == std::string::npos);
}

// As NetworkX or igraph write it: generated key ids, "name" instead of "label", a for="all"
// key, no edge ids, no relation types, an edge to a node never declared, a repeated edge.
TEST_CASE("GraphMl: reads other tools' files with defaults", "[graph]") {
  const ActorGraph g = Read(R"(<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <key id="d1" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d2" for="all" attr.name="label" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="0"><data key="d0">Alfa</data></node>
    <node id="1"><data key="d2">Beta</data><data key="d0">ignored name</data></node>
    <edge source="0" target="1"><data key="d1">2.6</data></edge>
    <edge source="1" target="2"><data key="d2">MEET</data></edge>
    <edge source="1" target="2"><data key="d2">MEET</data></edge>
  </graph>
</graphml>)");
  REQUIRE(g.nodes().size() == 3);  // node "2" exists only through its edges
  REQUIRE(g.node(*g.FindNode("0")).label == "Alfa");
  REQUIRE(g.node(*g.FindNode("1")).label == "Beta");
  // no type: "RELATED"; weight rounded; repeated edges merged
  REQUIRE(g.edge(*g.FindEdge("0", "RELATED", "1")).weight == 3);
  REQUIRE(g.edge(*g.FindEdge("1", "MEET", "2")).weight == 2);
}

TEST_CASE("GraphMl: malformed files name line and column", "[graph]") {
  // not well-formed: the error points at the unclosed tag's successor
  try {
    Read("<graphml>\n  <graph>\n    <node id=\"a\">\n  </graph>\n</graphml>\n");
    FAIL("no error");
  } catch (const InputError& e) {
    REQUIRE(e.where().file == "test.graphml");
    REQUIRE(e.where().line == 4);
    REQUIRE(e.where().column > 0);
  }
  // well-formed but wrong: a bad value, an undeclared key, another root element
  REQUIRE_THROWS_WITH(Read("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\"/><graph>"
                           "<edge source=\"a\" target=\"b\"><data key=\"w\">heavy</data></edge>"
                           "</graph></graphml>"),
                      Catch::Contains("test.graphml:1:") && Catch::Contains("'weight'"));
  REQUIRE_THROWS_WITH(Read("<graphml><graph><node id=\"a\"><data key=\"nope\">x</data></node>"
                           "</graph></graphml>"),
                      Catch::Contains("undeclared key 'nope'"));
  REQUIRE_THROWS_AS(Read("<gexf/>"), InputError);
  REQUIRE_THROWS_AS(Read(""), InputError);
}

}  // namespace
}  // namespace actorgraph
