#pragma once
// Naming actors on the command line: "putin", "Tokaev", "otsc" -> a node of an ActorGraph.
//
// A name matches a node by its id, its label or any alias, case- and accent-insensitively
// ("Kassym-Jomart Tokayev" == "kassym jomart tokayev"), and by any whole word (or run of
// whole words) of those names when that is unique ("putin" -> "Vladimir Putin"). The graph
// holds ids and labels only; aliases (the schema's names and acronyms) are optional.
//
// Usage:
//   ActorLookup lookup(graph, aliases);      // aliases may be empty
//   NodeIndex from = lookup.Resolve("putin", "FROM");   // throws UsageError when not unique

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/actor_graph.h"

namespace actorgraph {

// Another name for an actor, e.g. {"csto", "OTSC"}. Filled by the CLI from the schema.
struct ActorAlias {
  std::string actor_id;
  std::string alias;
};

struct ActorMatch {
  enum class Kind {
    kFound,       // `node` is the actor
    kAmbiguous,   // `candidates` all match equally well (sorted by label)
    kNotInGraph,  // an alias names `absent_id`, an actor with no node in this graph
    kUnknown,     // nothing matches; `candidates` are the closest names (may be empty)
  };
  Kind kind = Kind::kUnknown;
  NodeIndex node = 0;
  std::vector<NodeIndex> candidates;
  std::string absent_id;
};

// The matching key of a name: lower case, accents stripped (Latin scripts), every run of
// characters other than letters and digits replaced by one space, trimmed.
// "Kassym-Jomart Tokayev" -> "kassym jomart tokayev"; "Šoigu" -> "soigu".
std::string FoldActorName(std::string_view name);

// Resolves names to nodes of one graph; the graph must outlive the lookup. Construction only
// folds the aliases; each Find folds the ids and labels as it scans them (O(total name
// length), a few milliseconds for 200k actors), so a one-off query pays no index build.
// Aliases of actors that are not in the graph are kept only to say so. Const methods are
// safe to call from several threads.
class ActorLookup {
 public:
  explicit ActorLookup(const ActorGraph& graph, std::span<const ActorAlias> aliases = {});

  // Tries, in order: the exact id; the folded id, label or alias; whole words of them.
  // The first step with any match decides between kFound and kAmbiguous.
  ActorMatch Find(std::string_view name) const;

  // Returns the node `name` designates, or throws UsageError whose message names `role`
  // (e.g. "FROM") and lists the candidates (ambiguous) or the closest names (unknown).
  NodeIndex Resolve(std::string_view name, std::string_view role) const;

  // Up to `limit` nodes whose names are closest to `name` by edit distance on folded names
  // (whole names and their single words; a name that `name` begins counts as one edit),
  // closest first; only names within a distance of about a third of the name's length.
  std::vector<NodeIndex> Suggest(std::string_view name, std::size_t limit = 5) const;

 private:
  // Calls visit(folded key, node) for the id, the label and every alias of every node.
  template <typename Visit>
  void ForEachKey(Visit&& visit) const;

  const ActorGraph& graph_;
  std::vector<std::pair<std::string, NodeIndex>> aliases_;   // (folded alias, node)
  std::vector<std::pair<std::string, std::string>> absent_;  // (folded alias, id); sorted
};

}  // namespace actorgraph
