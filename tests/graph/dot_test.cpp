#include "graph/dot.h"

#include <catch2/catch.hpp>
#include <sstream>

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

}  // namespace
}  // namespace actorgraph
