// actorgraph stats GRAPH...: counts by type, components and the most central actors.

#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/corpus.h"
#include "cli/terminal.h"
#include "graph/graph_stats.h"

namespace actorgraph::cli {
namespace {

using Json = nlohmann::ordered_json;

struct StatsArgs {
  std::vector<std::string> graph;
  std::size_t top = 10;
  std::size_t betweenness_sample = 0;
  bool no_betweenness = false;
  bool json = false;
};

std::string FormatValue(double value, bool integral) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, integral ? "%.0f" : "%.4f", value);
  return buffer;
}

Json RankingJson(const ActorGraph& graph, const std::vector<RankedActor>& ranking) {
  Json list = Json::array();
  for (const RankedActor& r : ranking) {
    list.push_back(Json{
        {"id", graph.node(r.node).id}, {"label", graph.node(r.node).label}, {"value", r.value}});
  }
  return list;
}

Json StatsJson(const ActorGraph& graph, const GraphStats& stats) {
  Json edges_by_type = Json::object();
  for (const auto& [type, count] : stats.edges_by_type) {
    edges_by_type[type] = Json{{"relations", count.edges}, {"weight", count.weight}};
  }
  return Json{{"actors", stats.nodes},
              {"relations", stats.edges},
              {"weight", stats.weight},
              {"actors_by_type", stats.nodes_by_type},
              {"relations_by_type", std::move(edges_by_type)},
              {"components", Json{{"count", stats.components},
                                  {"largest", stats.largest_component},
                                  {"isolated", stats.isolated}}},
              {"top", Json{{"degree", RankingJson(graph, stats.degree)},
                           {"weighted_degree", RankingJson(graph, stats.weighted_degree)},
                           {"pagerank", RankingJson(graph, stats.pagerank)},
                           {"betweenness", RankingJson(graph, stats.betweenness)}}},
              {"betweenness_method", stats.betweenness_method}};
}

void PrintRanking(const ActorGraph& graph, const std::string& title,
                  const std::vector<RankedActor>& ranking, bool integral,
                  const TerminalStyle& style, std::ostream& out) {
  if (ranking.empty()) return;
  out << '\n' << style.Bold(title) << '\n';
  for (std::size_t i = 0; i < ranking.size(); ++i) {
    const ActorNode& node = graph.node(ranking[i].node);
    char rank[32];
    std::snprintf(rank, sizeof rank, "%3zu. ", i + 1);
    out << rank << node.label << ' ' << style.Dim("(" + node.id + ")") << "  "
        << FormatValue(ranking[i].value, integral) << '\n';
  }
}

void PrintStats(const ActorGraph& graph, const GraphStats& stats, std::ostream& out) {
  TerminalStyle style(StdoutWantsColor());
  out << style.Bold("Actors") << ": " << stats.nodes;
  std::string separator = " (";
  for (const auto& [type, count] : stats.nodes_by_type) {
    out << separator << (type.empty() ? "untyped" : type) << ' ' << count;
    separator = ", ";
  }
  out << (stats.nodes_by_type.empty() ? "" : ")") << '\n';
  out << style.Bold("Relations") << ": " << stats.edges << ", supported by "
      << Plural(static_cast<std::size_t>(stats.weight), "sentence") << '\n';
  if (!stats.edges_by_type.empty())
    out << style.Dim("  type             relations  sentences") << '\n';
  for (const auto& [type, count] : stats.edges_by_type) {
    char line[128];
    std::snprintf(line, sizeof line, "  %-16s %9zu %10lld", type.c_str(), count.edges,
                  static_cast<long long>(count.weight));
    out << style.Family(type, line) << '\n';
  }
  out << style.Bold("Components") << ": " << stats.components << " (largest "
      << Plural(stats.largest_component, "actor") << ", " << stats.isolated << " isolated)\n";
  PrintRanking(graph, "Degree (distinct neighbours)", stats.degree, true, style, out);
  PrintRanking(graph, "Weighted degree (supporting sentences)", stats.weighted_degree, true, style,
               out);
  PrintRanking(graph, "PageRank", stats.pagerank, false, style, out);
  PrintRanking(graph, "Betweenness (" + stats.betweenness_method + ")", stats.betweenness, false,
               style, out);
  if (stats.betweenness.empty()) out << '\n' << style.Dim("Betweenness: skipped") << '\n';
}

}  // namespace

void SetUpStatsCommand(CLI::App& app, const GlobalOptions& global, CommandBody& body) {
  auto args = std::make_shared<StatsArgs>();
  app.add_option("graph", args->graph,
                 "A graph file (GraphML, GEXF, JSON) or corpus inputs to build on the fly")
      ->required();
  app.add_option("--top", args->top, "Actors listed per ranking (default 10)");
  app.add_option("--betweenness-sample", args->betweenness_sample,
                 "Estimate betweenness from N source actors (default: exact up to "
                 "actors x relations = 2e9, else 100 sources)");
  app.add_flag("--no-betweenness", args->no_betweenness, "Skip betweenness");
  app.add_flag("--json", args->json, "Print the statistics as JSON");
  app.footer(
      "Degree and betweenness ignore direction; PageRank follows it, walks symmetric types both\n"
      "ways and weighs relations by their supporting sentences. Betweenness costs\n"
      "actors x relations: large graphs get a sampled estimate, said in its heading.\n\n" +
      app.get_footer());
  app.callback([&body, &global, args] {
    body = [&global, args] {
      int code = kExitOk;
      ActorGraph graph = LoadGraphArgument(args->graph, global, &code);
      StatsOptions options;
      options.top = args->top;
      options.betweenness_sample = args->betweenness_sample;
      options.betweenness = !args->no_betweenness;
      options.symmetric_types = LoadSchema(global)->SymmetricTypes();
      GraphStats stats = ComputeGraphStats(graph, options);
      if (args->json) {
        std::cout << StatsJson(graph, stats).dump(2) << '\n';
      } else {
        PrintStats(graph, stats, std::cout);
      }
      return code;
    };
  });
}

}  // namespace actorgraph::cli
