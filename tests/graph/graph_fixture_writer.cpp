// Test helper: builds the fixture graph from a relations file and writes it in every format,
// for the client checks in tests/graph/clients/ (NetworkX, igraph, Graphviz, xmllint).
//
//   graph_fixture_writer RELATIONS.jsonl OUT_DIR
//   -> OUT_DIR/graph.graphml graph.gexf graph.dot graph.json neo4j/{nodes,relationships}.csv

#include <filesystem>
#include <iostream>

#include "extract/error.h"
#include "graph/graph_io.h"
#include "tests/graph/graph_fixture.h"

int main(int argc, char** argv) {
  using namespace actorgraph;
  if (argc != 3) {
    std::cerr << "usage: graph_fixture_writer RELATIONS.jsonl OUT_DIR\n";
    return 2;
  }
  try {
    const std::filesystem::path out = argv[2];
    std::filesystem::create_directories(out);
    GraphBuildOptions options;
    options.include_negated = true;
    ActorGraph graph = testing::BuildGraph(testing::FixtureRelations(argv[1]), options);
    graph.metadata()["generator"] = "graph_fixture_writer";
    WriteGraph(graph, GraphFormat::kGraphMl, (out / "graph.graphml").string());
    WriteGraph(graph, GraphFormat::kGexf, (out / "graph.gexf").string());
    WriteGraph(graph, GraphFormat::kDot, (out / "graph.dot").string());
    WriteGraph(graph, GraphFormat::kJson, (out / "graph.json").string());
    WriteGraph(graph, GraphFormat::kNeo4j, (out / "neo4j").string());
    std::cout << graph.nodes().size() << " nodes, " << graph.edges().size() << " edges\n";
  } catch (const Error& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  return 0;
}
