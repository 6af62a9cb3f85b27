#include "graph/neo4j_csv.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "graph/graph_io.h"
#include "tests/graph/graph_fixture.h"

namespace actorgraph {
namespace {

TEST_CASE("Neo4jCsv: bulk-import headers, quoted strings, typed numbers", "[graph]") {
  const ActorGraph g = testing::NastyGraph();
  std::ostringstream nodes;
  WriteNeo4jNodes(g, nodes);
  REQUIRE(nodes.str() ==
          "id:ID,:LABEL,label,country,sector,wikidata,mentions:long,first_seen,last_seen\n"
          "\"a \"\"q\"\" <&>\",\"Actor;PERSON\",\"Città \"\"virgolette\"\" <tag> & amp;\n"
          "seconda riga\ttab fine\",\"\",\"\",\"\",3,\"2022-01\",\"2022-02-03\"\n"
          "\"b|c\\d\",\"Actor\",\" spazi  ai bordi \",\"\",\"a | b \\| c\",\"\",0,\"\",\"\"\n");

  std::ostringstream relationships;
  WriteNeo4jRelationships(g, relationships);
  const std::string text = relationships.str();
  REQUIRE(text.rfind(":START_ID,:END_ID,:TYPE,id,weight:int,first_date,last_date,docs,docs_total:int,evidence,"
                     "evidence_total:int,negated:boolean,family,color\n",
                     0) == 0);
  REQUIRE(text.find(",\"PROTEST\",") != std::string::npos);
  REQUIRE(text.find(",2,\"2022-01\",\"2022-02-03\",\"doc \\| uno.txt | ") != std::string::npos);
  REQUIRE(text.find(",7,true,\"conflict\",\"#d62728\"\n") != std::string::npos);
}

TEST_CASE("Neo4jCsv: a decoration adds string columns and recolours", "[graph]") {
  // The status of a diff, as `diff -o DIR --format neo4j` writes it.
  const ActorGraph g = testing::NastyGraph();
  GraphDecoration decoration;
  decoration.node_attributes.emplace_back("status", std::vector<std::string>{"added", "removed"});
  decoration.node_colors = {"#2ca02c", "#d62728"};
  decoration.edge_attributes.emplace_back("status", std::vector<std::string>{"changed"});
  decoration.edge_colors = {"#1f77b4"};
  std::ostringstream nodes;
  WriteNeo4jNodes(g, decoration, nodes);
  CHECK(nodes.str().rfind("id:ID,:LABEL,label,country,sector,wikidata,mentions:long,first_seen,"
                          "last_seen,color,\"status\"\n",
                          0) == 0);
  CHECK(nodes.str().find(",0,\"\",\"\",\"#d62728\",\"removed\"\n") != std::string::npos);

  std::ostringstream relationships;
  WriteNeo4jRelationships(g, decoration, relationships);
  CHECK(relationships.str().find("evidence_total:int,negated:boolean,family,color,\"status\"\n") !=
        std::string::npos);
  CHECK(relationships.str().find(",7,true,\"conflict\",\"#1f77b4\",\"changed\"\n") !=
        std::string::npos);

  // An empty decoration writes the plain bytes.
  std::ostringstream plain, undecorated;
  WriteNeo4jNodes(g, plain);
  WriteNeo4jNodes(g, GraphDecoration{}, undecorated);
  CHECK(plain.str() == undecorated.str());
}

}  // namespace
}  // namespace actorgraph
