// Fuzzes the CLI's actor-name matcher (graph/actor_lookup.h). The bytes are lines: the first
// is the query, then "id<TAB>label" lines make the graph's actors and "=id<TAB>alias" lines
// the schema's aliases. FoldActorName, Find, Resolve and Suggest must never crash, whatever
// the UTF-8 (valid or not), and a found node must exist.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/error.h"
#include "graph/actor_lookup.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  std::vector<actorgraph::ActorNode> nodes;
  std::vector<actorgraph::ActorAlias> aliases;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    const bool alias = !line.empty() && line[0] == '=';
    if (alias) line.remove_prefix(1);
    const std::size_t tab = line.find('\t');
    std::string first(line.substr(0, tab));
    std::string second(tab == std::string_view::npos ? line : line.substr(tab + 1));
    if (alias) {
      aliases.push_back({std::move(first), std::move(second)});
    } else {
      bool duplicate = false;  // FromParts keys nodes by id: ids are unique in a graph
      for (const actorgraph::ActorNode& n : nodes) duplicate = duplicate || n.id == first;
      if (duplicate) continue;
      nodes.emplace_back();
      nodes.back().id = std::move(first);
      nodes.back().label = std::move(second);
    }
  }
  const actorgraph::ActorGraph graph =
      actorgraph::ActorGraph::FromParts(std::move(nodes), {}, actorgraph::TextPool());
  const actorgraph::ActorLookup lookup(graph, aliases);
  const std::string_view query = lines[0];
  (void)actorgraph::FoldActorName(query);
  const actorgraph::ActorMatch match = lookup.Find(query);
  if (match.kind == actorgraph::ActorMatch::Kind::kFound && match.node >= graph.nodes().size()) {
    __builtin_trap();
  }
  for (actorgraph::NodeIndex n : match.candidates) {
    if (n >= graph.nodes().size()) __builtin_trap();
  }
  for (actorgraph::NodeIndex n : lookup.Suggest(query)) {
    if (n >= graph.nodes().size()) __builtin_trap();
  }
  try {
    (void)lookup.Resolve(query, "FROM");
  } catch (const actorgraph::UsageError&) {
  }
  return 0;
}
