// Fuzzes the streaming GEXF reader: any bytes give a graph or an InputError, never a crash,
// a hang or unbounded memory. A graph that is read is also indexed (ActorGraph::FromParts ran).

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "extract/error.h"
#include "graph/gexf.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  try {
    actorgraph::ActorGraph graph = actorgraph::ReadGexf(in, "fuzz.gexf");
    for (const actorgraph::RelationEdge& e : graph.edges()) {
      if (e.source >= graph.nodes().size() || e.target >= graph.nodes().size()) __builtin_trap();
    }
  } catch (const actorgraph::InputError&) {
  }
  return 0;
}
