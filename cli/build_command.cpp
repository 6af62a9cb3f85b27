// build: corpus -> graph file; merge: relation files and partial graphs -> one graph.

#include <fstream>
#include <iostream>
#include <map>
#include <memory>

#include "cli/command.h"
#include "cli/corpus.h"
#include "cli/graph_output.h"
#include "extract/error.h"
#include "extract/relation_json.h"
#include "graph/graph_io.h"

namespace actorgraph::cli {

void SetUpBuildCommand(CLI::App& app, const GlobalOptions& global, CommandBody& body) {
  struct Args {
    CorpusArgs corpus;
    GraphArgs graph;
    GraphOutputArgs output;
  };
  auto args = std::make_shared<Args>();
  app.add_option("inputs", args->corpus.inputs,
                 "Files or directories (*.txt, *.jsonl, recursively), or - for standard input");
  AddCorpusOptions(app, args->corpus);
  AddGraphOptions(app, args->graph);
  AddGraphOutputOptions(app, args->output, /*required=*/true);
  app.callback([&body, &global, args] {
    body = [&global, args] {
      GraphFormat format = ResolveOutputFormat(args->output);
      int code = kExitOk;
      ActorGraph graph = BuildGraphFromCorpus(args->corpus, args->graph, global, &code);
      RemoveStaleTemporaries(args->output.path);
      WriteGraph(graph, format, args->output.path);
      if (!global.quiet) PrintGraphSummary(graph, args->output.path, std::cout);
      return code;
    };
  });
}

void SetUpMergeCommand(CLI::App& app, const GlobalOptions& global, CommandBody& body) {
  struct Args {
    std::vector<std::string> inputs;
    GraphArgs graph;
    GraphOutputArgs output;
  };
  auto args = std::make_shared<Args>();
  app.add_option("inputs", args->inputs,
                 "Relation files (JSON Lines written by extract) and graph files (GraphML, "
                 "GEXF, JSON written by build)")
      ->required();
  AddGraphOptions(app, args->graph);
  AddGraphOutputOptions(app, args->output, /*required=*/true);
  app.callback([&body, &global, args] {
    body = [&global, args] {
      GraphFormat format = ResolveOutputFormat(args->output);
      std::unique_ptr<Schema> schema = LoadSchema(global);
      GraphBuildOptions options = args->graph.build;
      options.types.insert(args->graph.types.begin(), args->graph.types.end());
      GraphBuilder builder(options, schema->SymmetricTypes());
      for (const std::string& input : args->inputs) {
        if (IsGraphFile(input) || IsGraphPath(input)) {
          builder.Merge(ReadGraph(input));
          continue;
        }
        std::ifstream in(input, std::ios::binary);
        if (!in) throw InputError("cannot open", {input});
        std::string line;
        std::size_t line_number = 0;
        while (std::getline(in, line)) {
          ++line_number;
          if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
          builder.Add(RelationFromJson(line, input + ":" + std::to_string(line_number)));
        }
      }
      ActorGraph graph = std::move(builder).Finish();
      WarnIfEvidenceCut(graph, options.max_evidence);
      RemoveStaleTemporaries(args->output.path);
      WriteGraph(graph, format, args->output.path);
      if (!global.quiet) PrintGraphSummary(graph, args->output.path, std::cout);
      return kExitOk;
    };
  });
}

}  // namespace actorgraph::cli
