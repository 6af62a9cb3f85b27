// GraphBuilder: streams relations and mentions into per-actor and per-edge accumulators.
#include <algorithm>
#include <cassert>
#include <string>
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

void WidenDates(std::string& first, std::string& last, const std::string& first_candidate,
                const std::string& last_candidate) {
  if (!first_candidate.empty() && (first.empty() || first_candidate < first)) {
    first = first_candidate;
  }
  if (!last_candidate.empty() && (last.empty() || last_candidate > last)) last = last_candidate;
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
  kept.insert(at, std::move(e));
  if (kept.size() > cap) kept.pop_back();
}

struct EdgeAccumulator {
  std::string source;
  std::string target;
  std::string type;
  std::int64_t weight = 0;
  std::string first_date;
  std::string last_date;
  std::vector<std::string> docs;  // sorted, distinct, the smallest max_docs
  std::int64_t docs_total = 0;
  std::vector<Evidence> evidence;
  std::int64_t evidence_total = 0;
  bool affirmed = false;  // some support was not negated
  // The last supporting sentence: enough to count distinct sentences under the builder's
  // precondition (one document's relations arrive together, in sentence order).
  std::string last_doc;
  std::size_t last_sentence = 0;
  bool has_last = false;
};

// Keeps the `cap` smallest distinct documents, so the kept ones do not depend on the order
// relations and shards arrive in.
void AddDoc(std::vector<std::string>& docs, const std::string& doc, std::size_t cap) {
  auto at = std::lower_bound(docs.begin(), docs.end(), doc);
  if (at != docs.end() && *at == doc) return;
  if (docs.size() >= cap && at == docs.end()) return;
  docs.insert(at, doc);
  if (docs.size() > cap) docs.pop_back();
}

// Key of an edge in the builder: NUL separators cannot occur in ids, so no two edges collide.
std::string EdgeKey(std::string_view source, std::string_view type, std::string_view target) {
  std::string key;
  key.reserve(source.size() + type.size() + target.size() + 2);
  key.append(source).push_back('\0');
  key.append(type).push_back('\0');
  key.append(target);
  return key;
}

}  // namespace

struct GraphBuilder::State {
  std::unordered_map<std::string, ActorNode> nodes;
  std::unordered_map<std::string, EdgeAccumulator> edges;
  std::map<std::string, std::string> metadata;

  ActorNode& Node(const std::string& id) {
    auto [it, inserted] = nodes.try_emplace(id);
    if (inserted) it->second.id = id;
    return it->second;
  }

  void Describe(const ActorRef& actor, const std::string& date) {
    ActorNode& node = Node(actor.id);
    KeepSmallest(node.label, actor.label);
    KeepSmallest(node.type, actor.type);
    KeepSmallest(node.country, actor.country);
    KeepSmallest(node.sector, actor.sector);
    KeepSmallest(node.wikidata, actor.wikidata);
    WidenDates(node.first_date, node.last_date, date, date);
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
  state_->Describe(relation.source, relation.date);
  state_->Describe(relation.target, relation.date);

  const ActorRef* source = &relation.source;
  const ActorRef* target = &relation.target;
  if (symmetric_.count(relation.type) > 0 && target->id < source->id) std::swap(source, target);
  auto [it, inserted] = state_->edges.try_emplace(EdgeKey(source->id, relation.type, target->id));
  EdgeAccumulator& edge = it->second;
  if (inserted) {
    edge.source = source->id;
    edge.target = target->id;
    edge.type = relation.type;
  }
  if (!relation.negated) edge.affirmed = true;
  if (edge.has_last && edge.last_sentence == relation.sentence && edge.last_doc == relation.doc) {
    return;  // another relation of a sentence already counted
  }
  // A document's relations arrive together (the builder's precondition): a new document for
  // this edge is one more distinct document.
  if (!edge.has_last || edge.last_doc != relation.doc) ++edge.docs_total;
  edge.has_last = true;
  edge.last_doc = relation.doc;
  edge.last_sentence = relation.sentence;
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
  state_->Describe(mention.actor, day);
  ++state_->Node(mention.actor.id).mentions;
}

void GraphBuilder::Merge(const ActorGraph& partial) {
  assert(state_ && "GraphBuilder used after Finish()");
  for (const ActorNode& in : partial.nodes()) {
    ActorNode& node = state_->Node(in.id);
    KeepSmallest(node.label, in.label);
    KeepSmallest(node.type, in.type);
    KeepSmallest(node.country, in.country);
    KeepSmallest(node.sector, in.sector);
    KeepSmallest(node.wikidata, in.wikidata);
    WidenDates(node.first_date, node.last_date, in.first_date, in.last_date);
    node.mentions += in.mentions;
  }
  for (const RelationEdge& in : partial.edges()) {
    const std::string& source = partial.node(in.source).id;
    const std::string& target = partial.node(in.target).id;
    auto [it, inserted] = state_->edges.try_emplace(EdgeKey(source, in.type, target));
    EdgeAccumulator& edge = it->second;
    if (inserted) {
      edge.source = source;
      edge.target = target;
      edge.type = in.type;
    }
    edge.weight = SaturatingAdd(edge.weight, in.weight);
    edge.evidence_total = SaturatingAdd(edge.evidence_total, in.evidence_total);
    edge.affirmed = edge.affirmed || !in.negated;
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
  std::vector<ActorNode> nodes;
  nodes.reserve(state->nodes.size());
  std::unordered_map<std::string, NodeIndex> index;
  index.reserve(state->nodes.size());
  for (auto& [id, node] : state->nodes) {
    index.emplace(id, nodes.size());
    nodes.push_back(std::move(node));
  }
  state->nodes.clear();

  std::vector<RelationEdge> edges;
  edges.reserve(state->edges.size());
  for (auto& [key, acc] : state->edges) {
    if (acc.weight < options_.min_weight) continue;
    RelationEdge e;
    e.source = index.at(acc.source);
    e.target = index.at(acc.target);
    e.type = std::move(acc.type);
    e.weight = acc.weight;
    e.first_date = std::move(acc.first_date);
    e.last_date = std::move(acc.last_date);
    e.docs = std::move(acc.docs);
    e.docs_total = acc.docs_total;
    e.evidence = std::move(acc.evidence);
    e.evidence_total = acc.evidence_total;
    e.negated = !acc.affirmed;
    edges.push_back(std::move(e));
  }
  state->edges.clear();

  ActorGraph graph = ActorGraph::FromParts(std::move(nodes), std::move(edges));
  graph.metadata() = std::move(state->metadata);
  return graph;
}

}  // namespace actorgraph
