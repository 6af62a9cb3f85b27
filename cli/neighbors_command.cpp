// actorgraph neighbors GRAPH... ACTOR: the actors within N relations of an actor, grouped by
// relation type; -o writes that subgraph for Gephi.

#include <spdlog/spdlog.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/query_args.h"
#include "cli/corpus.h"
#include "cli/graph_output.h"
#include "cli/terminal.h"
#include "extract/document.h"
#include "extract/error.h"
#include "graph/actor_lookup.h"
#include "graph/neighborhood.h"

namespace actorgraph::cli {
namespace {

using Json = nlohmann::ordered_json;

struct NeighborsArgs {
  std::string actor;
  std::vector<std::string> graph;
  std::size_t depth = 1;
  bool directed = false;
  FilterArgs filter;
  bool json = false;
  GraphOutputArgs output;
};

Json ActorJson(const ActorNode& node) { return Json{{"id", node.id}, {"label", node.label}}; }

// The relations of a neighbourhood by type: types by total support, relations by weight.
struct TypeGroup {
  std::string type;
  std::int64_t weight = 0;
  std::vector<EdgeIndex> edges;
};

std::vector<TypeGroup> GroupByType(const ActorGraph& graph, const Neighborhood& around) {
  std::map<std::string, TypeGroup> by_type;
  for (EdgeIndex e : around.edges) {
    TypeGroup& group = by_type[std::string(graph.edge(e).type)];
    group.type = graph.edge(e).type;
    group.weight += graph.edge(e).weight;
    group.edges.push_back(e);
  }
  std::vector<TypeGroup> groups;
  for (auto& [type, group] : by_type) {
    std::stable_sort(group.edges.begin(), group.edges.end(), [&](EdgeIndex a, EdgeIndex b) {
      return graph.edge(a).weight > graph.edge(b).weight;
    });
    groups.push_back(std::move(group));
  }
  std::stable_sort(groups.begin(), groups.end(),
                   [](const TypeGroup& a, const TypeGroup& b) { return a.weight > b.weight; });
  return groups;
}

std::string Span(const RelationEdge& edge) {
  const std::string first(edge.first_date), last(edge.last_date);
  if (first.empty()) return "";
  if (first == last) return first;
  return first + ".." + last;
}

void PrintNeighborhood(const ActorGraph& graph, const Neighborhood& around,
                       const std::set<std::string>& symmetric, std::size_t depth,
                       std::ostream& out) {
  TerminalStyle style(StdoutWantsColor());
  out << style.Bold(graph.node(around.center).label) << ": "
      << Plural(around.nodes.size() - 1, "actor") << " within " << Plural(depth, "relation") << ", "
      << Plural(around.edges.size(), "relation") << " among them\n";
  for (const TypeGroup& group : GroupByType(graph, around)) {
    out << '\n'
        << style.Family(group.type, group.type) << "  "
        << style.Dim(Plural(group.edges.size(), "relation") + ", " +
                     Plural(static_cast<std::size_t>(group.weight), "sentence"))
        << '\n';
    for (EdgeIndex e : group.edges) {
      const RelationEdge& edge = graph.edge(e);
      const bool both_ways = symmetric.contains(std::string(edge.type));
      std::string line;
      // Relations of the centre read from it; the others name both ends.
      if (edge.source == around.center) {
        line = RelationArrow(edge.type, true, both_ways) + " " + graph.node(edge.target).label;
      } else if (edge.target == around.center) {
        line = RelationArrow(edge.type, false, both_ways) + " " + graph.node(edge.source).label;
      } else {
        line = graph.node(edge.source).label + " " + RelationArrow(edge.type, true, both_ways) +
               " " + graph.node(edge.target).label;
      }
      out << "  " << line << "  " << style.Dim(std::to_string(edge.weight) + "  " + Span(edge))
          << '\n';
    }
  }
}

Json NeighborhoodJson(const ActorGraph& graph, const Neighborhood& around, std::size_t depth) {
  Json nodes = Json::array();
  for (std::size_t i = 0; i < around.nodes.size(); ++i) {
    const ActorNode& node = graph.node(around.nodes[i]);
    nodes.push_back(Json{{"id", node.id},
                         {"label", node.label},
                         {"type", node.type},
                         {"distance", around.distance[i]}});
  }
  Json groups = Json::array();
  for (const TypeGroup& group : GroupByType(graph, around)) {
    Json edges = Json::array();
    for (EdgeIndex e : group.edges) {
      const RelationEdge& edge = graph.edge(e);
      edges.push_back(Json{{"source", ActorJson(graph.node(edge.source))},
                           {"target", ActorJson(graph.node(edge.target))},
                           {"weight", edge.weight},
                           {"first_date", edge.first_date},
                           {"last_date", edge.last_date}});
    }
    groups.push_back(Json{{"type", group.type},
                          {"relations", group.edges.size()},
                          {"weight", group.weight},
                          {"edges", std::move(edges)}});
  }
  return Json{{"center", ActorJson(graph.node(around.center))},
              {"depth", depth},
              {"nodes", std::move(nodes)},
              {"groups", std::move(groups)}};
}

int RunNeighbors(const NeighborsArgs& args, const GlobalOptions& global) {
  std::unique_ptr<Schema> schema = LoadSchema(global);
  NeighborhoodOptions options;
  options.depth = args.depth;
  options.directed = args.directed;
  options.symmetric_types = schema->SymmetricTypes();
  options.filter = MakeEdgeFilter(args.filter, *schema);
  // Resolve the output format before the (possibly long) load, so a typo fails at once.
  std::optional<GraphFormat> format;
  if (!args.output.path.empty()) format = ResolveOutputFormat(args.output);

  int code = kExitOk;
  ActorGraph graph = LoadGraphArgument(args.graph, global, &code);
  const std::vector<ActorAlias> aliases = SchemaAliases(*schema);
  const NodeIndex center = ActorLookup(graph, aliases).Resolve(args.actor, "ACTOR");
  const Neighborhood around = FindNeighborhood(graph, center, options);

  if (format) {
    ActorGraph subgraph = NeighborhoodGraph(graph, around);
    WriteGraph(subgraph, *format, args.output.path);
    spdlog::info("wrote {}: {} actors, {} relations", args.output.path, subgraph.nodes().size(),
                 subgraph.edges().size());
  }
  if (args.json) {
    std::cout << NeighborhoodJson(graph, around, args.depth).dump(2) << '\n';
  } else {
    PrintNeighborhood(graph, around, options.symmetric_types, args.depth, std::cout);
  }
  return code;
}

}  // namespace

void SetUpNeighborsCommand(CLI::App& app, const GlobalOptions& global, CommandBody& body) {
  auto args = std::make_shared<NeighborsArgs>();
  // GRAPH ACTOR, as the contract has it; GRAPH may be several corpus inputs.
  app.add_option("graph", args->graph,
                 "GRAPH ACTOR: a graph file (GraphML, GEXF, JSON) or corpus inputs built on the "
                 "fly, then the actor (id, name or alias; case and accents ignored)")
      ->required()
      ->expected(2, -1);
  app.add_option("-d,--depth", args->depth, "How many relations away (default 1)");
  app.add_flag("--directed", args->directed,
               "Follow relations from source to target only (symmetric types go both ways)");
  AddFilterOptions(app, args->filter);
  app.add_flag("--json", args->json, "Print the neighbourhood as JSON");
  AddGraphOutputOptions(app, args->output, /*required=*/false);
  app.callback([&body, &global, args] {
    args->actor = args->graph.back();
    args->graph.pop_back();
    body = [&global, args] { return RunNeighbors(*args, global); };
  });
}

}  // namespace actorgraph::cli
