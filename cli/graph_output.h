#pragma once
// -o/--format handling shared by the commands that write a graph, and the short summary that
// build and merge print.

#include <ostream>
#include <string>

#include "cli/command.h"
#include "graph/actor_graph.h"
#include "graph/graph_io.h"

namespace actorgraph::cli {

struct GraphOutputArgs {
  std::string path;    // -o
  std::string format;  // --format; empty = from the extension, else graphml
};

void AddGraphOutputOptions(CLI::App& app, GraphOutputArgs& args, bool required);

// The format asked for by --format, else by the -o extension, else GraphML.
// Throws UsageError for an unknown --format.
GraphFormat ResolveOutputFormat(const GraphOutputArgs& args);

// Removes "<path>.tmp.<pid>.<n>" files (extract/atomic_file.h) whose process no longer exists:
// a SIGKILLed run cannot remove its own temporary, the next run writing `path` does. Files of
// live processes are left alone; errors are ignored (the cleanup is a courtesy).
void RemoveStaleTemporaries(const std::string& path);

// "Wrote out.graphml: 42 actors, 77 relations" and the counts per type and the top actors.
void PrintGraphSummary(const ActorGraph& graph, const std::string& path, std::ostream& out);

}  // namespace actorgraph::cli
