#include "graph/graph_assembler.h"
#include "graph/saturating.h"

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <numeric>
#include <utility>

namespace actorgraph {
namespace {

// Adds `from` into `into`, both the same (source, type, target).
void MergeEdge(RelationEdge& into, const RelationEdge& from) {
  into.weight = SaturatingAdd(into.weight, from.weight);
  into.evidence_total = SaturatingAdd(into.evidence_total, from.evidence_total);
  into.negated = into.negated && from.negated;
  if (!from.first_date.empty() && (into.first_date.empty() || from.first_date < into.first_date)) {
    into.first_date = from.first_date;
  }
  if (from.last_date > into.last_date) into.last_date = from.last_date;
  into.docs.insert(into.docs.end(), from.docs.begin(), from.docs.end());
  std::sort(into.docs.begin(), into.docs.end());
  into.docs.erase(std::unique(into.docs.begin(), into.docs.end()), into.docs.end());
  into.evidence.insert(into.evidence.end(), from.evidence.begin(), from.evidence.end());
}

}  // namespace

NodeIndex GraphAssembler::Node(std::string_view id) {
  for (int slot : {most_recent_, 1 - most_recent_}) {
    if (recent_[slot].valid && recent_[slot].id == id) {
      most_recent_ = slot;
      return recent_[slot].index;
    }
  }
  if (2 * (nodes_.size() + 1) > slots_.size()) Grow();
  const std::uint64_t hash = std::hash<std::string_view>()(id);
  const std::size_t mask = slots_.size() - 1;
  std::size_t at = hash & mask;
  while (slots_[at].node != kEmpty &&
         (slots_[at].hash != hash || nodes_[slots_[at].node].id != id)) {
    at = (at + 1) & mask;
  }
  if (slots_[at].node == kEmpty) {
    slots_[at] = {hash, static_cast<std::uint32_t>(nodes_.size())};
    nodes_.emplace_back().id = id;
  }
  most_recent_ = 1 - most_recent_;
  recent_[most_recent_].id.assign(id);
  recent_[most_recent_].index = slots_[at].node;
  recent_[most_recent_].valid = true;
  return slots_[at].node;
}

void GraphAssembler::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(std::max<std::size_t>(1024, 2 * old.size()), Slot());
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.node == kEmpty) continue;
    std::size_t at = slot.hash & mask;
    while (slots_[at].node != kEmpty) at = (at + 1) & mask;
    slots_[at] = slot;
  }
}

ActorGraph GraphAssembler::Finish() && {
  assert(nodes_.size() < kEmpty && edges_.size() < kEmpty);
  // Edges in strictly increasing id order (every file we write) cannot repeat a (source, type,
  // target), which saves the search for repeats below.
  auto id = [&](const RelationEdge& e) {
    return EdgeIdView{nodes_[e.source].id, e.type, nodes_[e.target].id};
  };
  bool increasing = true;
  for (std::size_t i = 1; i < edges_.size() && increasing; ++i) {
    increasing = id(edges_[i - 1]) < id(edges_[i]);
  }
  if (!increasing) FindRepeats();
  slots_ = {};
  ActorGraph graph = ActorGraph::FromParts(std::move(nodes_), std::move(edges_), std::move(texts_));
  graph.metadata() = std::move(metadata_);
  return graph;
}

void GraphAssembler::FindRepeats() {
  // Group repeated edges by sorting (source, target) packed in one word with the position;
  // types are compared only within a pair. The records themselves move at most once, and not
  // at all when nothing repeats.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> pairs(edges_.size());
  for (std::uint32_t i = 0; i < edges_.size(); ++i) {
    pairs[i] = {(std::uint64_t{edges_[i].source} << 32) | edges_[i].target, i};
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<std::uint32_t> order;  // positions, grouped by (source, target, type)
  bool repeats = false;
  for (std::size_t begin = 0; begin < pairs.size();) {
    std::size_t end = begin + 1;
    while (end < pairs.size() && pairs[end].first == pairs[begin].first) ++end;
    if (end - begin > 1) {
      // Parallel edges: order them by type (stably) and look for a repeated type.
      auto group_begin = pairs.begin() + static_cast<std::ptrdiff_t>(begin);
      auto group_end = pairs.begin() + static_cast<std::ptrdiff_t>(end);
      std::stable_sort(group_begin, group_end, [&](const auto& a, const auto& b) {
        return edges_[a.second].type < edges_[b.second].type;
      });
      for (auto it = group_begin + 1; it != group_end && !repeats; ++it) {
        repeats = edges_[(it - 1)->second].type == edges_[it->second].type;
      }
    }
    begin = end;
  }
  auto same = [&](std::uint32_t a, std::uint32_t b) {
    const RelationEdge& x = edges_[a];
    const RelationEdge& y = edges_[b];
    return x.source == y.source && x.target == y.target && x.type == y.type;
  };
  if (repeats) {
    order.reserve(pairs.size());
    for (const auto& pair : pairs) order.push_back(pair.second);
  }
  pairs = {};

  if (repeats) {
    // Merge each group into its first edge in file order, then keep the first edges, in file
    // order (FromParts sorts them by id anyway).
    std::vector<bool> keep(edges_.size(), true);
    for (std::size_t begin = 0; begin < order.size();) {
      std::size_t end = begin + 1;
      for (; end < order.size() && same(order[begin], order[end]); ++end) {
        MergeEdge(edges_[order[begin]], edges_[order[end]]);
        keep[order[end]] = false;
      }
      begin = end;
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < edges_.size(); ++i) {
      if (keep[i]) {
        if (kept != i) edges_[kept] = std::move(edges_[i]);
        ++kept;
      }
    }
    edges_.resize(kept);
  }
}

}  // namespace actorgraph
