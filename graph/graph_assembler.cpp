#include "graph/graph_assembler.h"

#include <algorithm>
#include <tuple>

namespace actorgraph {

NodeIndex GraphAssembler::Node(std::string_view id) {
  auto [it, inserted] = node_by_id_.try_emplace(std::string(id), nodes_.size());
  if (inserted) nodes_.emplace_back().id = it->first;
  return it->second;
}

ActorGraph GraphAssembler::Finish() && {
  auto key = [](const RelationEdge& e) { return std::tie(e.source, e.target, e.type); };
  std::sort(edges_.begin(), edges_.end(),
            [&](const RelationEdge& a, const RelationEdge& b) { return key(a) < key(b); });
  std::vector<RelationEdge> merged;
  merged.reserve(edges_.size());
  for (RelationEdge& e : edges_) {
    if (merged.empty() || key(merged.back()) != key(e)) {
      merged.push_back(std::move(e));
      continue;
    }
    RelationEdge& into = merged.back();
    into.weight += e.weight;
    into.evidence_total += e.evidence_total;
    into.negated = into.negated && e.negated;
    if (!e.first_date.empty() && (into.first_date.empty() || e.first_date < into.first_date)) {
      into.first_date = e.first_date;
    }
    if (e.last_date > into.last_date) into.last_date = e.last_date;
    into.docs.insert(into.docs.end(), e.docs.begin(), e.docs.end());
    std::sort(into.docs.begin(), into.docs.end());
    into.docs.erase(std::unique(into.docs.begin(), into.docs.end()), into.docs.end());
    into.evidence.insert(into.evidence.end(), e.evidence.begin(), e.evidence.end());
  }
  edges_.clear();
  edges_.shrink_to_fit();
  node_by_id_.clear();
  ActorGraph graph = ActorGraph::FromParts(std::move(nodes_), std::move(merged));
  graph.metadata() = std::move(metadata_);
  return graph;
}

}  // namespace actorgraph
