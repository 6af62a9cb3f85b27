#include "cli/corpus.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <optional>
#include <sstream>

#include <spdlog/spdlog.h>

#include "extract/error.h"
#include "graph/graph_io.h"

namespace actorgraph::cli {
namespace {

// A one-line progress report on standard error, shown only on a terminal and only once a run
// has taken more than a second.
class Progress {
 public:
  explicit Progress(bool enabled)
      : enabled_(enabled && ::isatty(STDERR_FILENO)), start_(Clock::now()) {}
  ~Progress() {
    if (shown_) std::fputs("\r\033[K", stderr);
  }
  void Update(std::size_t documents, std::size_t bytes) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (now - start_ < std::chrono::seconds(1) || now - last_ < std::chrono::milliseconds(200)) {
      return;
    }
    last_ = now;
    shown_ = true;
    double seconds = std::chrono::duration<double>(now - start_).count();
    const double megabytes = static_cast<double>(bytes) / 1e6;
    std::fprintf(stderr, "\r\033[K%zu documents, %.1f MB, %.1f MB/s", documents, megabytes,
                 megabytes / seconds);
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  bool shown_ = false;
  Clock::time_point start_;
  Clock::time_point last_{};
};

std::vector<std::string> SplitList(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& v : values) {
    std::stringstream in(v);
    std::string item;
    while (std::getline(in, item, ',')) {
      if (!item.empty()) out.push_back(item);
    }
  }
  return out;
}

}  // namespace

void AddCorpusOptions(CLI::App& app, CorpusArgs& args) {
  app.add_option("-j,--threads", args.threads, "Extraction threads (default 1)")
      ->check(CLI::Range(1u, 256u));
  app.add_option("--date", args.date,
                 "Date (YYYY-MM[-DD]) for documents that carry none (a ' date ...' header or "
                 "the JSON \"date\")");
  app.add_option("--max-doc-bytes", args.max_doc_bytes,
                 "Skip (and report) documents larger than this (default 32 MiB)");
  app.add_option("--max-sentence-tokens", args.max_sentence_tokens,
                 "Cut longer sentences, with a warning (default 400)");
  app.add_option("--labels", args.labels,
                 "Actor labels: 'it', the Italian name where the schema has one (default), or "
                 "'schema', the schema's label")
      ->check(CLI::IsMember({"it", "schema"}));
}

void AddGraphOptions(CLI::App& app, GraphArgs& args) {
  app.add_flag("--include-negated", args.build.include_negated,
               "Keep negated relations (flagged negated=true)");
  app.add_option("--min-weight", args.build.min_weight,
                 "Drop edges supported by fewer sentences (default 1)");
  app.add_option("--types", args.types, "Keep only these relation types (comma-separated)")
      ->delimiter(',');
  app.add_option("--max-docs", args.build.max_docs,
                 "Document ids kept per edge (default 50; docs_total counts them all)");
  app.add_option("--max-evidence", args.build.max_evidence,
                 "Evidence sentences kept per edge (default 5; the total is always kept)");
}

std::unique_ptr<Schema> LoadSchema(const GlobalOptions& global) {
  auto schema = std::make_unique<Schema>(Schema::Load(global.schema_dirs));
  spdlog::debug("schema: {} actors, {} relation types", schema->actors().size(),
                schema->relation_types().size());
  return schema;
}

std::unique_ptr<Schema> LoadSchema(const GlobalOptions& global, const CorpusArgs& corpus) {
  std::unique_ptr<Schema> schema = LoadSchema(global);
  if (corpus.labels == "it") schema->UseItalianLabels();
  return schema;
}

int RunCorpus(const CorpusArgs& args, const GlobalOptions& global, const Schema& schema,
              const std::function<void(const Document&, DocumentResult&&)>& sink) {
  if (!args.date.empty() && !IsValidDate(args.date)) {
    throw UsageError("--date \"" + args.date + "\" is not YYYY, YYYY-MM or YYYY-MM-DD");
  }
  CorpusOptions options;
  options.default_date = args.date;
  options.max_document_bytes = args.max_doc_bytes;
  std::vector<std::string> inputs = args.inputs.empty() ? std::vector<std::string>{"-"}
                                                         : args.inputs;
  CorpusReader reader(inputs, options);
  ExtractorOptions extractor_options;
  extractor_options.max_sentence_tokens = args.max_sentence_tokens;
  auto extractor_owner = std::make_unique<const Extractor>(schema, extractor_options);
  const Extractor& extractor = *extractor_owner;

  Progress progress(!global.quiet);
  std::size_t documents = 0, bytes = 0;
  CorpusStats stats = ExtractCorpus(
      reader, extractor, args.threads, [&](const Document& doc, DocumentResult&& result) {
        for (const std::string& w : result.warnings) spdlog::warn("{}: {}", doc.origin, w);
        ++documents;
        bytes += doc.text.size();
        progress.Update(documents, bytes);
        sink(doc, std::move(result));
      });
  for (const SkippedInput& w : reader.warnings()) spdlog::warn("{}: {}", w.where, w.reason);
  for (const SkippedInput& s : reader.skipped()) spdlog::error("{}: skipped: {}", s.where, s.reason);
  spdlog::info("{} documents, {} sentences, {} mentions, {} relations{}", stats.documents,
               stats.sentences, stats.mentions, stats.relations,
               reader.skipped().empty()
                   ? ""
                   : fmt::format(", {} inputs skipped", reader.skipped().size()));
  // The process ends after this run: destroying the extractor's tables one by one cost 2.9 M
  // instructions. Left to the operating system at exit, as the schema (extract_command.cpp);
  // a static keeps them reachable for leak checkers (a second run frees its own).
  static const Extractor* const kept_until_exit = extractor_owner.release();
  (void)kept_until_exit;
  return reader.skipped().empty() ? kExitOk : kExitSkipped;
}

bool IsGraphPath(const std::string& path) {
  std::optional<GraphFormat> format = GraphFormatFromPath(path);
  return format == GraphFormat::kGraphMl || format == GraphFormat::kGexf ||
         format == GraphFormat::kJson;
}

void WarnIfEvidenceCut(const ActorGraph& graph, std::size_t max_evidence) {
  std::size_t cut = 0;
  for (const RelationEdge& e : graph.edges()) {
    if (e.evidence_total > static_cast<std::int64_t>(e.evidence.size())) ++cut;
  }
  if (cut > 0) {
    spdlog::warn("--max-evidence {} cut the evidence of {} relation{}: {} sentences kept each "
                 "(evidence_total counts them all)",
                 max_evidence, cut, cut == 1 ? "" : "s", max_evidence);
  }
  std::size_t docs_cut = 0;
  for (const RelationEdge& e : graph.edges()) {
    if (e.docs_total > static_cast<std::int64_t>(e.docs.size())) ++docs_cut;
  }
  if (docs_cut > 0) {
    spdlog::warn("--max-docs cut the document list of {} relation{} (docs_total counts them all)",
                 docs_cut, docs_cut == 1 ? "" : "s");
  }
}

ActorGraph BuildGraphFromCorpus(const CorpusArgs& corpus, const GraphArgs& graph,
                                const GlobalOptions& global, int* exit_code) {
  std::unique_ptr<Schema> schema = LoadSchema(global, corpus);
  GraphBuildOptions options = graph.build;
  for (const std::string& t : SplitList(graph.types)) {
    if (!schema->FindType(t)) {
      throw UsageError("--types: unknown relation type '" + t + "'",
                       {}, "see the relation_types of the schema");
    }
    options.types.insert(t);
  }
  GraphBuilder builder(options, schema->SymmetricTypes());
  *exit_code = RunCorpus(corpus, global, *schema, [&](const Document& doc, DocumentResult&& r) {
    for (const Mention& m : r.mentions) builder.AddMention(m, doc.date);
    for (const Relation& rel : r.relations) builder.Add(rel);
  });
  ActorGraph result = std::move(builder).Finish();
  WarnIfEvidenceCut(result, options.max_evidence);
  return result;
}

ActorGraph LoadGraphArgument(const std::vector<std::string>& args, const GlobalOptions& global,
                             int* exit_code) {
  *exit_code = kExitOk;
  if (args.size() == 1 && (IsGraphFile(args[0]) || IsGraphPath(args[0]))) {
    return ReadGraph(args[0]);
  }
  CorpusArgs corpus;
  corpus.inputs = args;
  return BuildGraphFromCorpus(corpus, GraphArgs{}, global, exit_code);
}

}  // namespace actorgraph::cli
