#include "graph/graph_io.h"

#include <filesystem>
#include <fstream>
#include <system_error>

#include "extract/atomic_file.h"
#include "extract/error.h"
#include "graph/dot.h"
#include "graph/gexf.h"
#include "graph/graphml.h"
#include "graph/json_graph.h"
#include "graph/neo4j_csv.h"

namespace actorgraph {
namespace {

constexpr std::size_t kSniffBytes = 4096;

struct FormatName {
  GraphFormat format;
  std::string_view name;
};
constexpr FormatName kFormatNames[] = {{GraphFormat::kGraphMl, "graphml"},
                                       {GraphFormat::kGexf, "gexf"},
                                       {GraphFormat::kDot, "dot"},
                                       {GraphFormat::kJson, "json"},
                                       {GraphFormat::kNeo4j, "neo4j"}};

// The readable format of the file at `path` judged from its first bytes, or std::nullopt.
std::optional<GraphFormat> SniffFormat(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));

  std::size_t start = head.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;  // UTF-8 byte order mark
  start = head.find_first_not_of(" \t\r\n", start);
  if (start == std::string::npos) return std::nullopt;
  if (head[start] == '<') {
    const std::size_t graphml = head.find("<graphml", start);
    const std::size_t gexf = head.find("<gexf", start);
    if (graphml == std::string::npos && gexf == std::string::npos) return std::nullopt;
    return graphml < gexf ? GraphFormat::kGraphMl : GraphFormat::kGexf;
  }
  if (head[start] == '{') {
    const bool ours = head.find("\"actorgraph\"") != std::string::npos;
    const bool node_link = head.find("\"nodes\"") != std::string::npos &&
                           (head.find("\"links\"") != std::string::npos ||
                            head.find("\"edges\"") != std::string::npos);
    if (ours || node_link) return GraphFormat::kJson;
  }
  return std::nullopt;
}

// The undecorated writers (each name also has a decorated overload).
using PlainWriter = void (*)(const ActorGraph&, std::ostream&);

template <typename Writer>
void WriteFile(const std::string& path, const ActorGraph& graph, Writer write) {
  AtomicFile file(path);
  write(graph, file.stream());
  file.Commit();
}

}  // namespace

std::optional<GraphFormat> ParseGraphFormat(std::string_view name) {
  for (const FormatName& entry : kFormatNames) {
    if (entry.name == name) return entry.format;
  }
  return std::nullopt;
}

std::string_view GraphFormatName(GraphFormat format) {
  for (const FormatName& entry : kFormatNames) {
    if (entry.format == format) return entry.name;
  }
  return "unknown";
}

std::optional<GraphFormat> GraphFormatFromPath(std::string_view path) {
  const std::string extension = std::filesystem::path(path).extension().string();
  if (extension == ".graphml") return GraphFormat::kGraphMl;
  if (extension == ".gexf") return GraphFormat::kGexf;
  if (extension == ".dot" || extension == ".gv") return GraphFormat::kDot;
  if (extension == ".json") return GraphFormat::kJson;
  return std::nullopt;
}

void WriteGraph(const ActorGraph& graph, GraphFormat format, const std::string& path) {
  switch (format) {
    case GraphFormat::kGraphMl:
      return WriteFile(path, graph, PlainWriter(WriteGraphMl));
    case GraphFormat::kGexf:
      return WriteFile(path, graph, PlainWriter(WriteGexf));
    case GraphFormat::kDot:
      return WriteFile(path, graph, PlainWriter(WriteDot));
    case GraphFormat::kJson:
      return WriteFile(path, graph, PlainWriter(WriteJsonGraph));
    case GraphFormat::kNeo4j:
      return WriteGraph(graph, format, path, GraphDecoration{});
  }
}

void WriteGraph(const ActorGraph& graph, GraphFormat format, const std::string& path,
                const GraphDecoration& decoration) {
  auto decorated = [&](auto write) {
    WriteFile(path, graph,
              [&](const ActorGraph& g, std::ostream& out) { write(g, decoration, out); });
  };
  switch (format) {
    case GraphFormat::kGraphMl:
      return decorated([](const ActorGraph& g, const GraphDecoration& d, std::ostream& out) {
        WriteGraphMl(g, d, out);
      });
    case GraphFormat::kGexf:
      return decorated([](const ActorGraph& g, const GraphDecoration& d, std::ostream& out) {
        WriteGexf(g, d, out);
      });
    case GraphFormat::kJson:
      return decorated([](const ActorGraph& g, const GraphDecoration& d, std::ostream& out) {
        WriteJsonGraph(g, d, out);
      });
    case GraphFormat::kDot:
      return decorated([](const ActorGraph& g, const GraphDecoration& d, std::ostream& out) {
        WriteDot(g, d, out);
      });
    case GraphFormat::kNeo4j: {
      std::error_code error;
      std::filesystem::create_directories(path, error);
      if (error) {
        throw InputError("cannot create the directory: " + error.message(), {path},
                         "neo4j output is a directory that receives nodes.csv and "
                         "relationships.csv");
      }
      const std::filesystem::path dir(path);
      WriteFile((dir / "nodes.csv").string(), graph, [&](const ActorGraph& g, std::ostream& out) {
        WriteNeo4jNodes(g, decoration, out);
      });
      WriteFile((dir / "relationships.csv").string(), graph,
                [&](const ActorGraph& g, std::ostream& out) {
                  WriteNeo4jRelationships(g, decoration, out);
                });
      return;
    }
  }
}

ActorGraph ReadGraph(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("cannot open the graph file", {path});
  std::optional<GraphFormat> format = SniffFormat(path);
  if (format == GraphFormat::kGraphMl) return ReadGraphMl(in, path);
  if (format == GraphFormat::kGexf) return ReadGexf(in, path);
  if (format == GraphFormat::kJson) return ReadJsonGraph(in, path);
  throw InputError("not a graph file", {path},
                   "graphs are read from GraphML, GEXF or node-link JSON files");
}

bool IsGraphFile(const std::string& path) { return SniffFormat(path).has_value(); }

}  // namespace actorgraph
