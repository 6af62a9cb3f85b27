// Generates a large synthetic actor graph and measures writing and reading it (run each mode
// under /usr/bin/time -v for time and peak memory):
//
//   generate_graph write NODES EDGES OUT.graphml [VARIANT]
//                                                  streams EDGES relations (10 per document,
//                                                  one evidence sentence each) through
//                                                  GraphBuilder, then writes GraphML. VARIANT
//                                                  (default 0) > 0 gives a second graph for
//                                                  diffs: 2% of the edges removed, 2% re-dated
//                                                  and 2% new ones (different partners)
//   generate_graph read IN.graphml [OUT]           reads the graph back (and rewrites it to OUT)
//   generate_graph query IN.graphml FROM TO        after reading, times a shortest path, the
//                                                  5 shortest paths and PageRank (actor ids)
//   generate_graph diff A.graphml B.graphml        times reading both and DiffGraphs
//
// Query and diff times exclude the load; `actorgraph path/stats/diff` give the totals.
//
// The relations are arithmetic, not random: the same arguments give the same file.

#include <array>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>

#include "extract/error.h"
#include "graph/graph_diff.h"
#include "graph/graph_io.h"
#include "graph/graph_stats.h"
#include "graph/path_query.h"

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
// own: every relation is a new edge, so the graph has exactly `edges` edges (variant 0).
ActorGraph Build(std::size_t nodes, std::size_t edges, std::size_t variant) {
  actorgraph::GraphBuilder builder({}, {});
  actorgraph::Relation r;
  for (std::size_t i = 0; i < edges; ++i) {
    const std::size_t round = i / nodes;
    const std::size_t slot = (i / 7) % 50;              // which 2% share an edge falls in
    if (variant > 0 && slot == variant % 50) continue;  // removed in this variant
    const bool redated = variant > 0 && slot == (variant + 1) % 50;
    const bool moved = variant > 0 && slot == (variant + 2) % 50;  // new partner: added
    r.doc = "corpus/doc" + std::to_string(i / 10) + ".txt";
    r.sentence = i % 10;
    r.date = std::string(redated ? "2023-" : "2022-") + std::to_string(10 + (i / 10) % 3) + "-" +
             std::to_string(10 + i % 19);
    r.source = Actor(i % nodes);
    r.target = Actor((i % nodes + 1 + round * 9973 + (moved ? 4999 : 0)) % nodes);
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
    if (mode == "write" && (argc == 5 || argc == 6)) {
      const auto start = Clock::now();
      ActorGraph graph =
          Build(std::strtoull(argv[2], nullptr, 10), std::strtoull(argv[3], nullptr, 10),
                argc == 6 ? std::strtoull(argv[5], nullptr, 10) : 0);
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
    if (mode == "query" && argc == 5) {
      auto start = Clock::now();
      ActorGraph graph = actorgraph::ReadGraph(argv[2]);
      std::cerr << "read " << graph.nodes().size() << " nodes, " << graph.edges().size()
                << " edges in " << SecondsSince(start) << " s\n";
      const auto from = graph.FindNode(argv[3]);
      const auto to = graph.FindNode(argv[4]);
      if (!from || !to) throw actorgraph::UsageError("no such actor id (FROM or TO)", {argv[2]});
      for (std::size_t k : {std::size_t{1}, std::size_t{1}, std::size_t{5}}) {
        actorgraph::PathOptions options;
        options.k = k;
        actorgraph::PathQuery query(graph, options);
        start = Clock::now();
        const auto paths = query.Find(*from, *to);
        std::cerr << "path k=" << k << ": " << paths.size() << " paths, first "
                  << (paths.empty() ? 0 : paths.front().steps.size()) << " hops, in "
                  << SecondsSince(start) * 1000 << " ms\n";
      }
      start = Clock::now();
      const std::vector<double> rank = actorgraph::PageRank(graph, {});
      std::cerr << "pagerank of " << rank.size() << " nodes in " << SecondsSince(start) << " s\n";
      return 0;
    }
    if (mode == "diff" && argc == 4) {
      auto start = Clock::now();
      ActorGraph a = actorgraph::ReadGraph(argv[2]);
      ActorGraph b = actorgraph::ReadGraph(argv[3]);
      std::cerr << "read both in " << SecondsSince(start) << " s\n";
      start = Clock::now();
      const actorgraph::GraphDiff diff = actorgraph::DiffGraphs(a, b);
      std::cerr << "diff in " << SecondsSince(start) << " s: +" << diff.added_edges.size() << " -"
                << diff.removed_edges.size() << " ~" << diff.changed_edges.size() << " edges, "
                << diff.unchanged_edges << " unchanged\n";
      return 0;
    }
  } catch (const actorgraph::Error& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  std::cerr << "usage: generate_graph write NODES EDGES OUT.graphml [VARIANT]\n"
               "       generate_graph read IN.graphml [OUT.graphml]\n"
               "       generate_graph query IN.graphml FROM_ID TO_ID\n"
               "       generate_graph diff A.graphml B.graphml\n";
  return 2;
}
