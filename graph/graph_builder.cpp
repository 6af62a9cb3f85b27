// GraphBuilder: streams relations and mentions into per-actor and per-edge accumulators.
#include <algorithm>
#include <cassert>
#include <cstdint>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "graph/actor_graph.h"
#include "graph/saturating.h"

namespace actorgraph {
namespace {

// Keeps the smallest non-empty value, so the result does not depend on input order.
void KeepSmallest(std::string& kept, const std::string& candidate) {
  if (candidate.empty()) return;
  if (kept.empty() || candidate < kept) kept = candidate;
}

void WidenDates(std::string& first, std::string& last, const std::string& first_candidate,
                const std::string& last_candidate) {
  if (!first_candidate.empty() && (first.empty() || first_candidate < first)) {
    first = first_candidate;
  }
  if (!last_candidate.empty() && (last.empty() || last_candidate > last)) last = last_candidate;
}

// Before an insertion into a list kept to `cap` entries (it may hold cap + 1 for a moment):
// grows it by doubling, but never past cap + 1, where std::vector would allocate up to twice
// that. Thousands of edges reach the cap, so the slack adds up.
template <typename T>
void GrowWithin(std::vector<T>& items, std::size_t cap) {
  if (items.size() < items.capacity()) return;
  items.reserve(std::min(cap + 1, std::max<std::size_t>(1, 2 * items.size())));
}

bool EvidenceBefore(const Evidence& a, const Evidence& b) {
  return std::tie(a.date, a.doc, a.sentence) < std::tie(b.date, b.doc, b.sentence);
}

// Inserts `e` into `kept` (sorted by EvidenceBefore) unless it is already there, then trims
// to `cap` entries: the kept set is the `cap` smallest, whatever the insertion order.
void KeepEvidence(std::vector<Evidence>& kept, Evidence e, std::size_t cap) {
  auto at = std::lower_bound(kept.begin(), kept.end(), e, EvidenceBefore);
  if (at != kept.end() && !EvidenceBefore(e, *at)) return;  // same (date, doc, sentence)
  if (kept.size() >= cap && at == kept.end()) return;
  const std::ptrdiff_t offset = at - kept.begin();
  GrowWithin(kept, cap);
  kept.insert(kept.begin() + offset, std::move(e));
  if (kept.size() > cap) kept.pop_back();
}

// Keeps the `cap` smallest distinct documents, so the kept ones do not depend on the order
// relations and shards arrive in.
void AddDoc(std::vector<std::string>& docs, const std::string& doc, std::size_t cap) {
  auto at = std::lower_bound(docs.begin(), docs.end(), doc);
  if (at != docs.end() && *at == doc) return;
  if (docs.size() >= cap && at == docs.end()) return;
  const std::ptrdiff_t offset = at - docs.begin();
  GrowWithin(docs, cap);
  docs.insert(docs.begin() + offset, doc);
  if (docs.size() > cap) docs.pop_back();
}

// An edge of the builder: (source, type, target) with the type interned, so that equal types
// are equal pointers.
struct EdgeKey {
  std::uint32_t source;
  std::uint32_t target;
  const std::string* type;
  friend bool operator==(const EdgeKey&, const EdgeKey&) = default;
};

struct EdgeKeyHash {
  std::size_t operator()(const EdgeKey& key) const {
    std::uint64_t h = (std::uint64_t{key.source} << 32 | key.target) * 0x9E3779B97F4A7C15ULL;
    h ^= reinterpret_cast<std::uintptr_t>(key.type) + (h >> 29);
    return static_cast<std::size_t>(h * 0xBF58476D1CE4E5B9ULL ^ (h >> 31));
  }
};

// What an edge needs while it accumulates, beside its RelationEdge. The last supporting
// sentence is enough to count distinct sentences under the builder's precondition (one
// document's relations arrive together, in sentence order).
struct EdgeProgress {
  std::string last_doc;
  std::size_t last_sentence = 0;
  bool has_last = false;
  bool affirmed = false;  // some support was not negated
};

}  // namespace

// Nodes and edges accumulate in the vectors that Finish hands to ActorGraph::FromParts, so
// the records are never copied; the indices beside them are small (an edge's key is 16 bytes).
struct GraphBuilder::State {
  std::vector<ActorNode> nodes;
  std::unordered_map<std::string, std::uint32_t> node_index;
  std::vector<RelationEdge> edges;
  std::vector<EdgeProgress> progress;  // parallel to edges
  std::unordered_map<EdgeKey, std::uint32_t, EdgeKeyHash> edge_index;
  std::unordered_set<std::string> types;  // interned relation types
  std::map<std::string, std::string> metadata;

  std::uint32_t Node(const std::string& id) {
    auto [it, inserted] = node_index.try_emplace(id, static_cast<std::uint32_t>(nodes.size()));
    if (inserted) nodes.emplace_back().id = id;
    return it->second;
  }

  std::uint32_t Describe(const ActorRef& actor, const std::string& date) {
    const std::uint32_t index = Node(actor.id);
    ActorNode& node = nodes[index];
    KeepSmallest(node.label, actor.label);
    KeepSmallest(node.type, actor.type);
    KeepSmallest(node.country, actor.country);
    KeepSmallest(node.sector, actor.sector);
    KeepSmallest(node.wikidata, actor.wikidata);
    WidenDates(node.first_date, node.last_date, date, date);
    return index;
  }

  // The edge (source, type, target) and whether it is new.
  std::pair<std::uint32_t, bool> Edge(std::uint32_t source, const std::string& type,
                                      std::uint32_t target) {
    const std::string* interned = &*types.insert(type).first;
    auto [it, inserted] = edge_index.try_emplace(EdgeKey{source, target, interned},
                                                 static_cast<std::uint32_t>(edges.size()));
    if (inserted) {
      RelationEdge& edge = edges.emplace_back();
      edge.source = source;
      edge.target = target;
      edge.type = type;
      progress.emplace_back();
    }
    return {it->second, inserted};
  }
};

GraphBuilder::GraphBuilder(GraphBuildOptions options, std::set<std::string> symmetric_types)
    : state_(std::make_unique<State>()),
      options_(std::move(options)),
      symmetric_(std::move(symmetric_types)) {}
GraphBuilder::~GraphBuilder() = default;
GraphBuilder::GraphBuilder(GraphBuilder&&) noexcept = default;
GraphBuilder& GraphBuilder::operator=(GraphBuilder&&) noexcept = default;

void GraphBuilder::Add(const Relation& relation) {
  assert(state_ && "GraphBuilder used after Finish()");
  if (relation.negated && !options_.include_negated) return;
  if (!options_.types.empty() && options_.types.count(relation.type) == 0) return;
  std::uint32_t source = state_->Describe(relation.source, relation.date);
  std::uint32_t target = state_->Describe(relation.target, relation.date);

  if (symmetric_.count(relation.type) > 0 && relation.target.id < relation.source.id) {
    std::swap(source, target);
  }
  const std::uint32_t index = state_->Edge(source, relation.type, target).first;
  RelationEdge& edge = state_->edges[index];
  EdgeProgress& progress = state_->progress[index];
  if (!relation.negated) progress.affirmed = true;
  if (progress.has_last && progress.last_sentence == relation.sentence &&
      progress.last_doc == relation.doc) {
    return;  // another relation of a sentence already counted
  }
  // A document's relations arrive together (the builder's precondition): a new document for
  // this edge is one more distinct document.
  if (!progress.has_last || progress.last_doc != relation.doc) ++edge.docs_total;
  progress.has_last = true;
  progress.last_doc = relation.doc;
  progress.last_sentence = relation.sentence;
  ++edge.weight;
  ++edge.evidence_total;
  WidenDates(edge.first_date, edge.last_date, relation.date, relation.date);
  AddDoc(edge.docs, relation.doc, options_.max_docs);
  KeepEvidence(edge.evidence, {relation.doc, relation.sentence, relation.date, relation.text},
               options_.max_evidence);
}

void GraphBuilder::AddMention(const Mention& mention, std::string_view date) {
  assert(state_ && "GraphBuilder used after Finish()");
  const std::string day(date);
  const std::uint32_t index = state_->Describe(mention.actor, day);
  ++state_->nodes[index].mentions;
}

void GraphBuilder::Merge(const ActorGraph& partial) {
  assert(state_ && "GraphBuilder used after Finish()");
  std::vector<std::uint32_t> index(partial.nodes().size());
  for (std::size_t i = 0; i < partial.nodes().size(); ++i) {
    const ActorNode& in = partial.node(i);
    index[i] = state_->Node(in.id);
    ActorNode& node = state_->nodes[index[i]];
    KeepSmallest(node.label, in.label);
    KeepSmallest(node.type, in.type);
    KeepSmallest(node.country, in.country);
    KeepSmallest(node.sector, in.sector);
    KeepSmallest(node.wikidata, in.wikidata);
    WidenDates(node.first_date, node.last_date, in.first_date, in.last_date);
    node.mentions += in.mentions;
  }
  for (const RelationEdge& in : partial.edges()) {
    const std::uint32_t at = state_->Edge(index[in.source], in.type, index[in.target]).first;
    RelationEdge& edge = state_->edges[at];
    EdgeProgress& progress = state_->progress[at];
    edge.weight = SaturatingAdd(edge.weight, in.weight);
    edge.evidence_total = SaturatingAdd(edge.evidence_total, in.evidence_total);
    progress.affirmed = progress.affirmed || !in.negated;
    WidenDates(edge.first_date, edge.last_date, in.first_date, in.last_date);
    // Shards hold different documents, so their counts add up.
    edge.docs_total = SaturatingAdd(edge.docs_total, in.docs_total);
    for (const std::string& doc : in.docs) AddDoc(edge.docs, doc, options_.max_docs);
    for (const Evidence& e : in.evidence) KeepEvidence(edge.evidence, e, options_.max_evidence);
  }
  for (const auto& [key, value] : partial.metadata()) state_->metadata.emplace(key, value);
}

ActorGraph GraphBuilder::Finish() && {
  assert(state_ && "GraphBuilder::Finish() called twice");
  std::unique_ptr<State> state = std::move(state_);
  // The indices go first, so that their memory is free before FromParts allocates its own.
  state->node_index = {};
  state->edge_index = {};
  std::vector<RelationEdge> edges = std::move(state->edges);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < edges.size(); ++i) {
    if (edges[i].weight < options_.min_weight) continue;
    edges[i].negated = !state->progress[i].affirmed;
    if (kept != i) edges[kept] = std::move(edges[i]);
    ++kept;
  }
  edges.resize(kept);
  state->progress = {};
  std::vector<ActorNode> nodes = std::move(state->nodes);
  std::map<std::string, std::string> metadata = std::move(state->metadata);
  state.reset();

  ActorGraph graph = ActorGraph::FromParts(std::move(nodes), std::move(edges));
  graph.metadata() = std::move(metadata);
  return graph;
}

}  // namespace actorgraph
