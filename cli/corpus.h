#pragma once
// Running the extractor over INPUT arguments, and turning GRAPH arguments (a graph file or a
// corpus) into an ActorGraph: shared by extract, build, merge and the query commands.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "extract/corpus_extraction.h"
#include "extract/schema.h"
#include "graph/actor_graph.h"

namespace actorgraph::cli {

// Corpus options shared by every command that may read articles.
struct CorpusArgs {
  std::vector<std::string> inputs;
  std::string date;                  // --date for documents without one
  unsigned threads = 1;              // -j
  std::size_t max_doc_bytes = 32 << 20;
  std::size_t max_sentence_tokens = 400;
  std::string labels = "it";         // --labels: "it" (Italian names) or "schema"
};

// Graph building options (--include-negated, --min-weight, --types, --max-evidence).
struct GraphArgs {
  GraphBuildOptions build;
  std::vector<std::string> types;
};

// Adds -j, --date, --max-doc-bytes, --max-sentence-tokens to a subcommand.
void AddCorpusOptions(CLI::App& app, CorpusArgs& args);
// Adds --include-negated, --min-weight, --types, --max-evidence to a subcommand.
void AddGraphOptions(CLI::App& app, GraphArgs& args);

// Loads the schema: the embedded defaults plus --schemas directories.
std::unique_ptr<Schema> LoadSchema(const GlobalOptions& global);
// Loads the schema for extraction, with the actor labels --labels asks for.
std::unique_ptr<Schema> LoadSchema(const GlobalOptions& global, const CorpusArgs& corpus);

// Extracts the corpus, calling `sink` per document in input order, with a progress line on a
// terminal. Reports skipped inputs on standard error. Returns kExitOk or kExitSkipped.
int RunCorpus(const CorpusArgs& args, const GlobalOptions& global, const Schema& schema,
              const std::function<void(const Document&, DocumentResult&&)>& sink);

// Builds a graph from a corpus. `exit_code` receives kExitOk or kExitSkipped.
ActorGraph BuildGraphFromCorpus(const CorpusArgs& corpus, const GraphArgs& graph,
                                const GlobalOptions& global, int* exit_code);

// True when `path` names a graph file by its extension (.graphml, .gexf, .json): such a path
// is read as a graph (and rejected with a clear error when it is not one), never as a corpus.
bool IsGraphPath(const std::string& path);

// Warns when an edge of `graph` keeps fewer evidence sentences than support it (--max-evidence
// cut them; evidence_total still counts them all): a cut is never silent.
void WarnIfEvidenceCut(const ActorGraph& graph, std::size_t max_evidence);

// A GRAPH argument: one graph file (GraphML, GEXF, JSON), relation files (*.jsonl of
// relations are corpus documents, so they are not accepted here), or corpus INPUTs built on
// the fly with default options. `exit_code` receives kExitOk or kExitSkipped.
ActorGraph LoadGraphArgument(const std::vector<std::string>& args, const GlobalOptions& global,
                             int* exit_code);

}  // namespace actorgraph::cli
