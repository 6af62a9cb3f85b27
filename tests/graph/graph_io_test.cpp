#include "graph/graph_io.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/error.h"
#include "graph/graphml.h"
#include "tests/graph/graph_fixture.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("graph_io_test." + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
  std::string operator/(const std::string& name) const { return (path / name).string(); }
};

void WriteText(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

TEST_CASE("GraphIo: format names and extensions", "[graph]") {
  REQUIRE(ParseGraphFormat("gexf") == GraphFormat::kGexf);
  REQUIRE_FALSE(ParseGraphFormat("gml").has_value());
  REQUIRE(GraphFormatName(GraphFormat::kNeo4j) == "neo4j");
  REQUIRE(GraphFormatFromPath("out/g.gv") == GraphFormat::kDot);
  REQUIRE(GraphFormatFromPath("g.graphml") == GraphFormat::kGraphMl);
  REQUIRE_FALSE(GraphFormatFromPath("g.txt").has_value());
}

TEST_CASE("GraphIo: every readable format reads back the same graph", "[graph]") {
  TempDir dir;
  const ActorGraph graph = testing::NastyGraph();
  std::ostringstream expected;
  WriteGraphMl(graph, expected);
  for (const char* name : {"g.graphml", "g.gexf", "g.json"}) {
    WriteGraph(graph, *GraphFormatFromPath(name), dir / name);
    REQUIRE(IsGraphFile(dir / name));
    std::ostringstream back;
    WriteGraphMl(ReadGraph(dir / name), back);
    // GEXF carries no metadata; everything else is identical
    if (std::string(name) != "g.gexf") REQUIRE(back.str() == expected.str());
  }
  // no temporary file is left beside the outputs
  REQUIRE(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 3);
}

TEST_CASE("GraphIo: neo4j output is a directory of two files", "[graph]") {
  TempDir dir;
  WriteGraph(testing::NastyGraph(), GraphFormat::kNeo4j, dir / "neo/sub");
  REQUIRE(fs::is_regular_file(dir / "neo/sub/nodes.csv"));
  REQUIRE(fs::is_regular_file(dir / "neo/sub/relationships.csv"));
}

TEST_CASE("GraphIo: IsGraphFile tells graphs from corpus inputs", "[graph]") {
  TempDir dir;
  WriteText(dir / "a.xml", "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- x -->\n<graphml>");
  WriteText(dir / "b.json", "  {\"directed\": false, \"nodes\": [], \"links\": []}");
  WriteText(dir / "r.jsonl", "{\"doc\": \"a.txt\", \"source\": \"x\", \"type\": \"AID\"}\n");
  WriteText(dir / "t.txt", "Putin ha incontrato Tokayev.");
  WriteText(dir / "h.html", "<html><body>graphml</body></html>");
  REQUIRE(IsGraphFile(dir / "a.xml"));
  REQUIRE(IsGraphFile(dir / "b.json"));
  REQUIRE_FALSE(IsGraphFile(dir / "r.jsonl"));
  REQUIRE_FALSE(IsGraphFile(dir / "t.txt"));
  REQUIRE_FALSE(IsGraphFile(dir / "h.html"));
  REQUIRE_FALSE(IsGraphFile(dir / "missing.graphml"));
  REQUIRE_FALSE(IsGraphFile(dir.path.string()));

  REQUIRE_THROWS_WITH(ReadGraph(dir / "t.txt"), Catch::Contains("not a graph file"));
  REQUIRE_THROWS_WITH(ReadGraph(dir / "missing.graphml"), Catch::Contains("cannot open"));
}

}  // namespace
}  // namespace actorgraph
