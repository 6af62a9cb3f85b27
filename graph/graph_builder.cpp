// GraphBuilder: streams relations and mentions into per-actor and per-edge accumulators.
#include <algorithm>
#include <cassert>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
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

// Widens [first, last] to take in [first_candidate, last_candidate]; an empty date is unknown.
// Text is std::string (nodes) or PooledText (edges).
template <typename Text>
void WidenDates(Text& first, Text& last, const Text& first_candidate, const Text& last_candidate) {
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

// The order of an edge's evidence: by date, then document, then sentence.
struct EvidenceKey {
  std::string_view date;
  std::string_view doc;
  std::size_t sentence = 0;
  friend bool operator==(const EvidenceKey&, const EvidenceKey&) = default;
  friend bool operator<(const EvidenceKey& a, const EvidenceKey& b) {
    return std::tie(a.date, a.doc, a.sentence) < std::tie(b.date, b.doc, b.sentence);
  }
};

EvidenceKey KeyOf(const Evidence& e) { return {e.date, e.doc, e.sentence}; }

// Inserts the evidence of `key` into `kept` (sorted by EvidenceKey) unless it is already there,
// then trims to `cap` entries: the kept set is the `cap` smallest, whatever the insertion
// order. `make()` returns the record, pooling its texts: only evidence that is kept is pooled.
template <typename Make>
void KeepEvidence(std::vector<Evidence>& kept, const EvidenceKey& key, std::size_t cap, Make make) {
  auto at = std::lower_bound(kept.begin(), kept.end(), key,
                             [](const Evidence& e, const EvidenceKey& k) { return KeyOf(e) < k; });
  if (at != kept.end() && KeyOf(*at) == key) return;
  if (kept.size() >= cap && at == kept.end()) return;
  const std::ptrdiff_t offset = at - kept.begin();
  GrowWithin(kept, cap);
  kept.insert(kept.begin() + offset, make());
  if (kept.size() > cap) kept.pop_back();
}

// Keeps the `cap` smallest distinct documents, so the kept ones do not depend on the order
// relations and shards arrive in.
void AddDoc(std::vector<PooledText>& docs, PooledText doc, std::size_t cap) {
  auto at = std::lower_bound(docs.begin(), docs.end(), doc);
  if (at != docs.end() && *at == doc) return;
  if (docs.size() >= cap && at == docs.end()) return;
  const std::ptrdiff_t offset = at - docs.begin();
  GrowWithin(docs, cap);
  docs.insert(docs.begin() + offset, doc);
  if (docs.size() > cap) docs.pop_back();
}

// A slot of the builder's edge index: the edge's number and the high half of its hash.
struct EdgeSlot {
  std::uint32_t tag = 0;
  std::uint32_t edge = kNoEdge;
  static constexpr std::uint32_t kNoEdge = 0xFFFFFFFF;
};

std::uint64_t EdgeHash(std::uint32_t source, std::uint32_t target, std::string_view type) {
  std::uint64_t h = (std::uint64_t{source} << 32 | target) * 0x9E3779B97F4A7C15ULL;
  h ^= std::hash<std::string_view>()(type) + (h >> 29);
  return h * 0xBF58476D1CE4E5B9ULL ^ (h >> 31);
}

// What an edge needs while it accumulates, beside its RelationEdge. The last supporting
// sentence is enough to count distinct sentences under the builder's precondition (one
// document's relations arrive together, in sentence order).
struct EdgeProgress {
  PooledText last_doc;
  std::size_t last_sentence = 0;
  bool has_last = false;
  bool affirmed = false;  // some support was not negated
};

}  // namespace

// Nodes, edges and their texts accumulate in what Finish hands to ActorGraph::FromParts, so
// the records are never copied; the indices beside them are small.
struct GraphBuilder::State {
  std::vector<ActorNode> nodes;
  std::unordered_map<std::string, std::uint32_t> node_index;
  std::vector<RelationEdge> edges;
  std::vector<EdgeProgress> progress;  // parallel to edges
  // The edges by (source, type, target): open addressing, probed linearly, a power of two at
  // most 3/4 full. 8 bytes a slot, where a node-based map takes over 50 bytes an edge.
  std::vector<EdgeSlot> edge_index;
  TextPool texts;
  // The document and date of the last relation, pooled: one document's relations arrive
  // together, so a document costs one pool lookup, not one per relation.
  PooledText current_doc;
  PooledText current_date;
  std::map<std::string, std::string> metadata;

  void EnterDocument(const Relation& relation) {
    if (current_doc != relation.doc) current_doc = texts.Add(relation.doc);
    if (current_date != relation.date) current_date = texts.Add(relation.date);
  }

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

  // The edge (source, type, target), created when new.
  std::uint32_t Edge(std::uint32_t source, PooledText type, std::uint32_t target) {
    assert(edges.size() < EdgeSlot::kNoEdge);
    if (4 * (edges.size() + 1) > 3 * edge_index.size()) GrowEdgeIndex();
    const std::uint64_t hash = EdgeHash(source, target, type);
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    const std::size_t mask = edge_index.size() - 1;
    std::size_t at = hash & mask;
    for (; edge_index[at].edge != EdgeSlot::kNoEdge; at = (at + 1) & mask) {
      if (edge_index[at].tag != tag) continue;
      const RelationEdge& edge = edges[edge_index[at].edge];
      if (edge.source == source && edge.target == target && edge.type == type) {
        return edge_index[at].edge;
      }
    }
    edge_index[at] = {tag, static_cast<std::uint32_t>(edges.size())};
    RelationEdge& edge = edges.emplace_back();
    edge.source = source;
    edge.target = target;
    edge.type = type;
    progress.emplace_back();
    return edge_index[at].edge;
  }

  void GrowEdgeIndex() {
    edge_index.assign(std::max<std::size_t>(1024, 2 * edge_index.size()), EdgeSlot());
    const std::size_t mask = edge_index.size() - 1;
    for (std::uint32_t i = 0; i < edges.size(); ++i) {
      const std::uint64_t hash =
          EdgeHash(static_cast<std::uint32_t>(edges[i].source),
                   static_cast<std::uint32_t>(edges[i].target), edges[i].type);
      std::size_t at = hash & mask;
      while (edge_index[at].edge != EdgeSlot::kNoEdge) at = (at + 1) & mask;
      edge_index[at] = {static_cast<std::uint32_t>(hash >> 32), i};
    }
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
  const std::uint32_t index = state_->Edge(source, state_->texts.Add(relation.type), target);
  RelationEdge& edge = state_->edges[index];
  EdgeProgress& progress = state_->progress[index];
  if (!relation.negated) progress.affirmed = true;
  if (progress.has_last && progress.last_sentence == relation.sentence &&
      progress.last_doc == relation.doc) {
    return;  // another relation of a sentence already counted
  }
  state_->EnterDocument(relation);
  const PooledText doc = state_->current_doc;
  const PooledText date = state_->current_date;
  // A document's relations arrive together (the builder's precondition): a new document for
  // this edge is one more distinct document.
  if (!progress.has_last || progress.last_doc != doc) ++edge.docs_total;
  progress.has_last = true;
  progress.last_doc = doc;
  progress.last_sentence = relation.sentence;
  ++edge.weight;
  ++edge.evidence_total;
  WidenDates(edge.first_date, edge.last_date, date, date);
  AddDoc(edge.docs, doc, options_.max_docs);
  KeepEvidence(edge.evidence, {relation.date, relation.doc, relation.sentence},
               options_.max_evidence, [&] {
                 return Evidence{doc, relation.sentence, date, state_->texts.Add(relation.text)};
               });
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
  // The partial graph's texts are pooled anew: it is usually freed right after.
  TextPool& texts = state_->texts;
  for (const RelationEdge& in : partial.edges()) {
    const std::uint32_t at = state_->Edge(index[in.source], texts.Add(in.type), index[in.target]);
    RelationEdge& edge = state_->edges[at];
    EdgeProgress& progress = state_->progress[at];
    edge.weight = SaturatingAdd(edge.weight, in.weight);
    edge.evidence_total = SaturatingAdd(edge.evidence_total, in.evidence_total);
    progress.affirmed = progress.affirmed || !in.negated;
    WidenDates(edge.first_date, edge.last_date, texts.Add(in.first_date), texts.Add(in.last_date));
    // Shards hold different documents, so their counts add up.
    edge.docs_total = SaturatingAdd(edge.docs_total, in.docs_total);
    for (PooledText doc : in.docs) AddDoc(edge.docs, texts.Add(doc), options_.max_docs);
    for (const Evidence& e : in.evidence) {
      KeepEvidence(edge.evidence, KeyOf(e), options_.max_evidence, [&] {
        return Evidence{texts.Add(e.doc), e.sentence, texts.Add(e.date), texts.Add(e.text)};
      });
    }
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
  TextPool texts = std::move(state->texts);
  state.reset();

  ActorGraph graph = ActorGraph::FromParts(std::move(nodes), std::move(edges), std::move(texts));
  graph.metadata() = std::move(metadata);
  return graph;
}

}  // namespace actorgraph
