// Generates a large synthetic actor graph and measures writing and reading it (run each mode
// under /usr/bin/time -v for time and peak memory):
//
//   generate_graph write NODES EDGES OUT.graphml   streams EDGES relations (10 per document,
//                                                  one evidence sentence each) through
//                                                  GraphBuilder, then writes GraphML
//   generate_graph read IN.graphml [OUT]           reads the graph back (and rewrites it to OUT)
//
// The relations are arithmetic, not random: the same arguments give the same file.

#include <array>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>

#include "extract/error.h"
#include "graph/graph_io.h"

namespace {

using actorgraph::ActorGraph;
using Clock = std::chrono::steady_clock;

constexpr std::array<const char*, 8> kTypes = {"CONSULT",  "AGREE",  "SUPPORT", "CRITICIZE",
                                               "THREATEN", "ACCUSE", "AID",     "MEMBER_OF"};

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

actorgraph::ActorRef Actor(std::size_t i) {
  actorgraph::ActorRef actor;
  actor.id = "actor" + std::to_string(i);
  actor.label = "Attore numero " + std::to_string(i);
  actor.type = i % 3 == 0 ? "PERSON" : "ORGANIZATION";
  actor.country = "ITA";
  return actor;
}

// Edge i joins actor i % nodes to a distinct partner per round i / nodes, with a type of its
// own: every relation is a new edge, so the graph has exactly `edges` edges.
ActorGraph Build(std::size_t nodes, std::size_t edges) {
  actorgraph::GraphBuilder builder({}, {});
  actorgraph::Relation r;
  for (std::size_t i = 0; i < edges; ++i) {
    const std::size_t round = i / nodes;
    r.doc = "corpus/doc" + std::to_string(i / 10) + ".txt";
    r.sentence = i % 10;
    r.date = "2022-" + std::to_string(10 + (i / 10) % 3) + "-" + std::to_string(10 + i % 19);
    r.source = Actor(i % nodes);
    r.target = Actor((i % nodes + 1 + round * 9973) % nodes);
    r.type = kTypes[(i + round) % kTypes.size()];
    r.text = r.source.label + " ha incontrato " + r.target.label + " a Roma, secondo l'agenzia.";
    builder.Add(r);
  }
  return std::move(builder).Finish();
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  try {
    if (mode == "write" && argc == 5) {
      const auto start = Clock::now();
      ActorGraph graph =
          Build(std::strtoull(argv[2], nullptr, 10), std::strtoull(argv[3], nullptr, 10));
      std::cerr << "built " << graph.nodes().size() << " nodes, " << graph.edges().size()
                << " edges in " << SecondsSince(start) << " s\n";
      const auto write_start = Clock::now();
      actorgraph::WriteGraph(graph, actorgraph::GraphFormat::kGraphMl, argv[4]);
      std::cerr << "wrote GraphML in " << SecondsSince(write_start) << " s\n";
      return 0;
    }
    if (mode == "read" && (argc == 3 || argc == 4)) {
      const auto start = Clock::now();
      ActorGraph graph = actorgraph::ReadGraph(argv[2]);
      std::cerr << "read " << graph.nodes().size() << " nodes, " << graph.edges().size()
                << " edges in " << SecondsSince(start) << " s\n";
      if (argc == 4) actorgraph::WriteGraph(graph, actorgraph::GraphFormat::kGraphMl, argv[3]);
      return 0;
    }
  } catch (const actorgraph::Error& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  std::cerr << "usage: generate_graph write NODES EDGES OUT.graphml\n"
               "       generate_graph read IN.graphml [OUT.graphml]\n";
  return 2;
}
