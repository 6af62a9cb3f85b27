#include "graph/dot.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "graph/graph_io.h"
#include "tests/graph/graph_fixture.h"

namespace actorgraph {
namespace {

TEST_CASE("Dot: ids quoted and escaped, edges labelled and coloured by family", "[graph]") {
  std::ostringstream out;
  WriteDot(testing::NastyGraph(), out);
  REQUIRE(out.str() ==
          "// Written by actorgraph. Render with: dot -Tsvg graph.dot -o graph.svg\n"
          "digraph actorgraph {\n"
          "  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
          "  edge [fontname=\"Helvetica\", fontsize=10];\n"
          "  \"a \\\"q\\\" <&>\" [label=\"Città \\\"virgolette\\\" <tag> & amp;\\nseconda "
          "riga\ttab fine\", tooltip=\"PERSON\"];\n"
          "  \"b|c\\\\d\" [label=\" spazi  ai bordi \"];\n"
          "  \"a \\\"q\\\" <&>\" -> \"b|c\\\\d\" [label=\"PROTEST\", color=\"#d62728\", "
          "fontcolor=\"#d62728\", tooltip=\"PROTEST x2, 2022-01 .. 2022-02-03, negated\", "
          "style=dashed];\n"
          "}\n");
}

TEST_CASE("Dot: a decoration adds attributes and replaces colours", "[graph]") {
  // The status of a diff, as `diff -o x.dot` writes it.
  GraphDecoration decoration;
  decoration.node_attributes.emplace_back("status", std::vector<std::string>{"added", ""});
  decoration.node_colors = {"#2ca02c", ""};
  decoration.edge_attributes.emplace_back("diff status", std::vector<std::string>{"changed"});
  decoration.edge_colors = {"#1f77b4"};
  std::ostringstream out;
  WriteDot(testing::NastyGraph(), decoration, out);
  const std::string dot = out.str();
  CHECK(dot.find("tooltip=\"PERSON\", color=\"#2ca02c\", fontcolor=\"#2ca02c\", "
                 "status=\"added\"];\n") != std::string::npos);
  CHECK(dot.find("  \"b|c\\\\d\" [label=\" spazi  ai bordi \"];\n") != std::string::npos);
  CHECK(dot.find("[label=\"PROTEST\", color=\"#1f77b4\", fontcolor=\"#1f77b4\", "
                 "tooltip=\"PROTEST x2, 2022-01 .. 2022-02-03, negated\", style=dashed, "
                 "\"diff status\"=\"changed\"];\n") != std::string::npos);

  // An empty decoration writes the plain bytes.
  std::ostringstream plain, undecorated;
  WriteDot(testing::NastyGraph(), plain);
  WriteDot(testing::NastyGraph(), GraphDecoration{}, undecorated);
  CHECK(plain.str() == undecorated.str());
}

}  // namespace
}  // namespace actorgraph
