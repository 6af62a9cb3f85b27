#include "cli/graph_output.h"

#include <signal.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <map>
#include <system_error>
#include <vector>

#include "extract/error.h"

namespace actorgraph::cli {

void AddGraphOutputOptions(CLI::App& app, GraphOutputArgs& args, bool required) {
  auto* option = app.add_option("-o,--output", args.path,
                                "Graph file to write (for neo4j: a directory)");
  if (required) option->required();
  app.add_option("--format", args.format,
                 "graphml (default), gexf, dot, json or neo4j; else taken from the extension");
}

GraphFormat ResolveOutputFormat(const GraphOutputArgs& args) {
  if (!args.format.empty()) {
    if (auto format = ParseGraphFormat(args.format)) return *format;
    throw UsageError("--format '" + args.format + "' is not known",
                     {}, "use graphml, gexf, dot, json or neo4j");
  }
  return GraphFormatFromPath(args.path).value_or(GraphFormat::kGraphMl);
}

void RemoveStaleTemporaries(const std::string& path) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const std::string prefix = target.filename().string() + ".tmp.";
  fs::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::error_code error;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    // "<pid>.<n>": digits, a dot, digits.
    const std::string rest = name.substr(prefix.size());
    const std::size_t dot = rest.find('.');
    if (dot == 0 || dot == std::string::npos || dot > 9 || dot + 1 == rest.size() ||
        rest.find_first_not_of("0123456789", 0) != dot ||
        rest.find_first_not_of("0123456789", dot + 1) != std::string::npos) {
      continue;
    }
    const auto pid = static_cast<pid_t>(std::stol(rest.substr(0, dot)));
    if (pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH) {
      std::error_code ignored;
      fs::remove(it->path(), ignored);
    }
  }
}

void PrintGraphSummary(const ActorGraph& graph, const std::string& path, std::ostream& out) {
  out << "Wrote " << path << ": " << graph.nodes().size() << " actors, " << graph.edges().size()
      << " relations\n";
  std::map<std::string, std::int64_t> by_type;
  for (const RelationEdge& e : graph.edges()) by_type[std::string(e.type)] += e.weight;
  if (!by_type.empty()) {
    out << "Relations by type (supporting sentences):";
    for (const auto& [type, weight] : by_type) out << ' ' << type << '=' << weight;
    out << '\n';
  }
  std::vector<std::pair<std::int64_t, NodeIndex>> degree;
  for (NodeIndex n = 0; n < graph.nodes().size(); ++n) {
    std::int64_t d = 0;
    for (EdgeIndex e : graph.OutEdges(n)) d += graph.edge(e).weight;
    for (EdgeIndex e : graph.InEdges(n)) d += graph.edge(e).weight;
    degree.emplace_back(-d, n);
  }
  std::sort(degree.begin(), degree.end());
  if (!degree.empty()) {
    out << "Most connected actors:";
    for (std::size_t i = 0; i < degree.size() && i < 8; ++i) {
      out << (i ? ", " : " ") << graph.node(degree[i].second).label << " (" << -degree[i].first
          << ")";
    }
    out << '\n';
  }
}

}  // namespace actorgraph::cli
