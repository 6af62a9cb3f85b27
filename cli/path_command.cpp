// actorgraph path GRAPH... FROM TO: how two actors are connected, hop by hop, with evidence.

#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/query_args.h"
#include "cli/corpus.h"
#include "cli/terminal.h"
#include "extract/document.h"
#include "extract/error.h"
#include "graph/actor_lookup.h"
#include "graph/path_query.h"

namespace actorgraph::cli {
namespace {

using Json = nlohmann::ordered_json;

struct PathArgs {
  std::string from;
  std::string to;
  std::vector<std::string> graph;
  bool directed = false;
  std::size_t k = 1;
  std::size_t max_hops = 0;
  FilterArgs filter;
  std::string by = "hops";
  bool json = false;
};

// The evidence sentence shown for a hop: the first one dated inside the window, else the first.
const Evidence* ShownEvidence(const RelationEdge& edge, const EdgeFilter& filter) {
  for (const Evidence& e : edge.evidence) {
    if (filter.DateInside(e.date)) return &e;
  }
  return edge.evidence.empty() ? nullptr : &edge.evidence.front();
}

std::string Span(const RelationEdge& edge) {
  const std::string first(edge.first_date), last(edge.last_date);
  if (first.empty()) return "undated";
  if (first == last) return first;
  return first + ".." + last;
}

std::string FormatCost(double cost) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", cost);
  return text;
}

Json ActorJson(const ActorNode& node) { return Json{{"id", node.id}, {"label", node.label}}; }

Json PathJson(const ActorGraph& graph, const ActorPath& path, const PathOptions& options) {
  Json nodes = Json::array();
  for (NodeIndex n : path.nodes) nodes.push_back(ActorJson(graph.node(n)));
  Json steps = Json::array();
  for (std::size_t i = 0; i < path.steps.size(); ++i) {
    const RelationEdge& edge = graph.edge(path.steps[i].edge);
    const bool symmetric = options.symmetric_types.contains(std::string(edge.type));
    Json step{{"from", ActorJson(graph.node(path.nodes[i]))},
              {"to", ActorJson(graph.node(path.nodes[i + 1]))},
              {"type", edge.type},
              {"direction", symmetric               ? "symmetric"
                            : path.steps[i].forward ? "forward"
                                                    : "backward"},
              {"source", graph.node(edge.source).id},
              {"target", graph.node(edge.target).id},
              {"weight", edge.weight},
              {"first_date", edge.first_date},
              {"last_date", edge.last_date}};
    if (const Evidence* e = ShownEvidence(edge, options.filter)) {
      step["evidence"] =
          Json{{"doc", e->doc}, {"sentence", e->sentence}, {"date", e->date}, {"text", e->text}};
    } else {
      step["evidence"] = nullptr;
    }
    steps.push_back(std::move(step));
  }
  return Json{{"hops", path.steps.size()},
              {"cost", path.cost},
              {"nodes", std::move(nodes)},
              {"steps", std::move(steps)}};
}

// "Karim Masimov -[OFFICIAL_OF]-> KNB <-[ACCUSE]- Kassym-Jomart Tokayev", then one numbered
// line per hop with its support and one evidence sentence.
void PrintPath(const ActorGraph& graph, const ActorPath& path, const PathOptions& options,
               const TerminalStyle& style, std::ostream& out) {
  std::string line = style.Bold(graph.node(path.nodes.front()).label);
  for (std::size_t i = 0; i < path.steps.size(); ++i) {
    const RelationEdge& edge = graph.edge(path.steps[i].edge);
    const bool symmetric = options.symmetric_types.contains(std::string(edge.type));
    line +=
        " " + style.Family(edge.type, RelationArrow(edge.type, path.steps[i].forward, symmetric));
    line += " " + style.Bold(graph.node(path.nodes[i + 1]).label);
  }
  out << line << '\n';
  for (std::size_t i = 0; i < path.steps.size(); ++i) {
    const RelationEdge& edge = graph.edge(path.steps[i].edge);
    const bool symmetric = options.symmetric_types.contains(std::string(edge.type));
    out << "  " << i + 1 << ". " << graph.node(path.nodes[i]).label << ' '
        << RelationArrow(edge.type, path.steps[i].forward, symmetric) << ' '
        << graph.node(path.nodes[i + 1]).label << "  "
        << style.Dim("(" + std::to_string(edge.weight) +
                     (edge.weight == 1 ? " sentence, " : " sentences, ") + Span(edge) + ")")
        << '\n';
    if (const Evidence* e = ShownEvidence(edge, options.filter)) {
      out << "     \"" << e->text << "\" "
          << style.Dim("-- " + std::string(e->doc) +
                       (e->date.empty() ? "" : ", " + std::string(e->date)))
          << '\n';
    }
  }
}

int RunPath(const PathArgs& args, const GlobalOptions& global) {
  std::unique_ptr<Schema> schema = LoadSchema(global);
  PathOptions options;
  options.filter = MakeEdgeFilter(args.filter, *schema);
  options.directed = args.directed;
  options.symmetric_types = schema->SymmetricTypes();
  options.cost = args.by == "strength" ? PathCost::kStrength : PathCost::kHops;
  options.k = args.k;
  options.max_hops = args.max_hops;

  int code = kExitOk;
  ActorGraph graph = LoadGraphArgument(args.graph, global, &code);
  const std::vector<ActorAlias> aliases = SchemaAliases(*schema);
  ActorLookup lookup(graph, aliases);
  const NodeIndex from = lookup.Resolve(args.from, "FROM");
  const NodeIndex to = lookup.Resolve(args.to, "TO");

  PathQuery query(graph, options);
  const std::vector<ActorPath> paths = query.Find(from, to);

  if (args.json) {
    Json result{{"from", ActorJson(graph.node(from))},
                {"to", ActorJson(graph.node(to))},
                {"directed", options.directed},
                {"by", args.by},
                {"paths", Json::array()}};
    for (const ActorPath& p : paths) result["paths"].push_back(PathJson(graph, p, options));
    std::cout << result.dump(2) << '\n';
    return code;
  }
  TerminalStyle style(StdoutWantsColor());
  if (paths.empty()) {
    std::cout << "No path from " << graph.node(from).label << " to " << graph.node(to).label
              << (options.directed ? " following the direction of relations" : "")
              << (options.max_hops ? " within " + Plural(options.max_hops, "hop") : "")
              << (options.filter.HasDateWindow() || !options.filter.types.empty() ||
                          !options.filter.exclude_types.empty() || options.filter.min_weight > 1
                      ? " under these filters"
                      : "")
              << ".\n";
    return code;
  }
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (paths.size() > 1) {
      std::cout << (i ? "\n" : "")
                << style.Dim(
                       "Path " + std::to_string(i + 1) + " of " + std::to_string(paths.size()) +
                       ", " + Plural(paths[i].steps.size(), "hop") +
                       (options.cost == PathCost::kStrength ? ", cost " + FormatCost(paths[i].cost)
                                                            : ""))
                << '\n';
    }
    PrintPath(graph, paths[i], options, style, std::cout);
  }
  return code;
}

}  // namespace

void SetUpPathCommand(CLI::App& app, const GlobalOptions& global, CommandBody& body) {
  auto args = std::make_shared<PathArgs>();
  // GRAPH FROM TO, as the contract has it; GRAPH may be several corpus inputs, so the last
  // two positionals are the actors.
  app.add_option("graph", args->graph,
                 "GRAPH FROM TO: a graph file (GraphML, GEXF, JSON) or corpus inputs built on "
                 "the fly, then the two actors (id, name or alias; case and accents ignored)")
      ->required()
      ->expected(3, -1);
  app.add_flag("--directed", args->directed,
               "Follow relations from source to target only (symmetric types go both ways)");
  app.add_option("-k,--k", args->k, "How many shortest simple paths (default 1)")
      ->check(CLI::PositiveNumber);
  app.add_option("--max-hops", args->max_hops, "Longest path in relations (default: no limit)");
  AddFilterOptions(app, args->filter);
  app.add_option("--by", args->by,
                 "hops: fewest relations (default); strength: prefer well-supported relations "
                 "(cost 1/weight)")
      ->check(CLI::IsMember({"hops", "strength"}));
  app.add_flag("--json", args->json, "Print the paths as JSON (an empty list when none)");
  app.footer(
      "A relation qualifies for --since/--until when one of its kept evidence sentences is dated\n"
      "inside the window, or, when the graph kept only part of its evidence, when its date\n"
      "span overlaps the window. No path is not an error: exit code 0.\n\n" +
      app.get_footer());
  app.callback([&body, &global, args] {
    args->to = args->graph.back();
    args->graph.pop_back();
    args->from = args->graph.back();
    args->graph.pop_back();
    body = [&global, args] { return RunPath(*args, global); };
  });
}

}  // namespace actorgraph::cli
