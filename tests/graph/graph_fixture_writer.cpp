// Test helper: builds the fixture graph from a relations file and writes it in every format,
// for the client checks in tests/graph/clients/ (NetworkX, igraph, Graphviz, xmllint).
//
//   graph_fixture_writer RELATIONS.jsonl OUT_DIR
//   -> OUT_DIR/graph.graphml graph.gexf graph.dot graph.json neo4j/{nodes,relationships}.csv
//      and diff.graphml diff.gexf: the union of a variant A (first relation missing, second
//      with one more sentence, an extra actor "zz-only-in-a") and the fixture B, with the
//      status of every node and edge, as `actorgraph diff A B -o` writes it

#include <filesystem>
#include <iostream>

#include "extract/error.h"
#include "graph/graph_diff.h"
#include "graph/graph_io.h"
#include "tests/graph/graph_fixture.h"

namespace {

using namespace actorgraph;

ActorGraph VariantA(const ActorGraph& b) {
  std::vector<ActorNode> nodes = b.nodes();
  nodes.emplace_back().id = "zz-only-in-a";
  nodes.back().label = "Only in A";
  std::vector<RelationEdge> edges(b.edges().begin() + 1, b.edges().end());
  edges.front().weight += 1;
  return ActorGraph::FromParts(std::move(nodes), std::move(edges), b.text_pools());
}

GraphDecoration StatusOf(const DiffUnion& both) {
  GraphDecoration d;
  d.node_attributes.emplace_back("status", std::vector<std::string>());
  d.edge_attributes.emplace_back("status", std::vector<std::string>());
  for (DiffStatus st : both.node_status) {
    d.node_attributes[0].second.emplace_back(DiffStatusName(st));
    d.node_colors.emplace_back(DiffStatusColor(st));
  }
  for (DiffStatus st : both.edge_status) {
    d.edge_attributes[0].second.emplace_back(DiffStatusName(st));
    d.edge_colors.emplace_back(DiffStatusColor(st));
  }
  return d;
}

}  // namespace

int main(int argc, char** argv) {
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
    const DiffUnion both = UnionForDiff(VariantA(graph), graph);
    WriteGraph(both.graph, GraphFormat::kGraphMl, (out / "diff.graphml").string(), StatusOf(both));
    WriteGraph(both.graph, GraphFormat::kGexf, (out / "diff.gexf").string(), StatusOf(both));
    std::cout << graph.nodes().size() << " nodes, " << graph.edges().size() << " edges\n";
  } catch (const Error& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  return 0;
}
