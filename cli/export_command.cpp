#include <memory>

#include "cli/command.h"
#include "cli/corpus.h"
#include "cli/graph_output.h"

namespace actorgraph::cli {

void SetUpExportCommand(CLI::App& app, const GlobalOptions& global, CommandBody& body) {
  struct Args {
    std::vector<std::string> graph;
    GraphOutputArgs output;
  };
  auto args = std::make_shared<Args>();
  app.add_option("graph", args->graph,
                 "A graph file (GraphML, GEXF, JSON) or corpus inputs to build on the fly")
      ->required();
  AddGraphOutputOptions(app, args->output, /*required=*/true);
  app.callback([&body, &global, args] {
    body = [&global, args] {
      GraphFormat format = ResolveOutputFormat(args->output);
      int code = kExitOk;
      ActorGraph graph = LoadGraphArgument(args->graph, global, &code);
      RemoveStaleTemporaries(args->output.path);
      WriteGraph(graph, format, args->output.path);
      return code;
    };
  });
}

}  // namespace actorgraph::cli
