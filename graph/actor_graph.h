#pragma once
// ActorGraph: the graph of who did what to whom, aggregated from extracted relations.
//
// One node per actor (keyed by actor id); one edge per (source, type, target), directed as
// extracted; symmetric types (CONSULT, AGREE, COOPERATE, RELATIVE_OF, ...) are stored once with
// the smaller id as source. An edge's weight is the number of distinct sentences supporting it.
// Boost.Graph is used inside graph/ only; this header exposes plain structs and indices.
// The strings of edges (types, dates, documents, evidence) are held once in TextPools that the
// graph shares with its copies (graph/text_pool.h): a 1 GB corpus builds in a fraction of it.
//
// Usage:
//   GraphBuildOptions options;            // filters and evidence cap
//   GraphBuilder builder(options, symmetric_types);
//   for (const Relation& r : relations) builder.Add(r);
//   for (const Mention& m : mentions) builder.AddMention(m, date);
//   ActorGraph graph = std::move(builder).Finish();
//   WriteGraphMl(graph, out);             // graph/graphml.h
//
//   TextPool texts;                       // or from parts, the edges' strings pooled
//   edge.type = texts.Add("CONSULT");
//   ActorGraph g = ActorGraph::FromParts(std::move(nodes), std::move(edges), std::move(texts));

#include <compare>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/relation.h"
#include "graph/text_pool.h"

namespace actorgraph {

using NodeIndex = std::size_t;
using EdgeIndex = std::size_t;

struct ActorNode {
  std::string id;           // actor id, the node's stable id in every format
  std::string label;
  std::string type;         // PERSON, COUNTRY, IGO, ...
  std::string country;      // ISO alpha-3 when known
  std::string sector;
  std::string wikidata;
  std::int64_t mentions = 0;
  std::string first_date;   // "YYYY-MM[-DD]", empty when no dated document mentions it
  std::string last_date;
};

// One sentence that supports an edge, its strings pooled like the edge's.
struct Evidence {
  PooledText doc;
  std::size_t sentence = 0;
  PooledText date;
  PooledText text;
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

// An aggregated relation. Its strings are PooledText, held by the pools of its graph
// (ActorGraph::text_pools()): a type, date, document or sentence that many edges share is
// stored once, and the record is 120 bytes besides its two lists. Its stable id is not stored
// either: ActorGraph::edge_id() derives it from the endpoints and the type.
struct RelationEdge {
  NodeIndex source = 0;
  NodeIndex target = 0;
  PooledText type;                     // relation type, e.g. "CONSULT"
  std::int64_t weight = 0;             // distinct supporting sentences
  PooledText first_date;
  PooledText last_date;
  std::vector<PooledText> docs;        // the first max_docs distinct documents, sorted
  std::int64_t docs_total = 0;         // distinct documents before the cap
  std::vector<Evidence> evidence;      // at most GraphBuildOptions::max_evidence, in order
  std::int64_t evidence_total = 0;     // how many there were before the cap
  bool negated = false;                // only with include_negated: all support was negated
};

// Relation families, used for colours: cooperation, conflict or structural.
std::string_view RelationFamily(std::string_view type);

// Returns the stable edge id for (source, type, target), e.g. "putin|CONSULT|tokayev".
std::string MakeEdgeId(std::string_view source_id, std::string_view type,
                       std::string_view target_id);

// A stable edge id as its three parts, not joined. Compares as the joined ids would (which is
// not part by part: '|' sorts after letters), the order ActorGraph keeps its edges in.
struct EdgeIdView {
  std::string_view source;
  std::string_view type;
  std::string_view target;

  std::string ToString() const { return MakeEdgeId(source, type, target); }
  friend std::strong_ordering operator<=>(const EdgeIdView& a, const EdgeIdView& b);
  friend bool operator==(const EdgeIdView& a, const EdgeIdView& b) { return std::is_eq(a <=> b); }
};

// The pools that hold a graph's texts. Shared, never changed once shared: copies of a graph,
// and graphs made from its edges (a neighbourhood, a diff), keep its texts alive.
using SharedTextPools = std::vector<std::shared_ptr<const TextPool>>;

// The aggregated graph. Nodes and edges are kept sorted by id, so every writer that walks them
// in index order produces the same bytes for the same corpus.
struct Topology;  // the Boost.Graph view of the graph: graph/topology.h

class ActorGraph {
 public:
  ActorGraph();
  ~ActorGraph();
  ActorGraph(const ActorGraph&);
  ActorGraph& operator=(const ActorGraph&);
  ActorGraph(ActorGraph&&) noexcept;
  ActorGraph& operator=(ActorGraph&&) noexcept;

  const std::vector<ActorNode>& nodes() const { return nodes_; }
  const std::vector<RelationEdge>& edges() const { return edges_; }
  const ActorNode& node(NodeIndex i) const { return nodes_[i]; }
  const RelationEdge& edge(EdgeIndex i) const { return edges_[i]; }

  // Returns the node with this actor id, or std::nullopt. O(log nodes): a binary search.
  std::optional<NodeIndex> FindNode(std::string_view id) const;
  // Returns the edge with this (source, type, target), or std::nullopt. O(log edges).
  std::optional<EdgeIndex> FindEdge(std::string_view source_id, std::string_view type,
                                    std::string_view target_id) const;
  // Edge i's stable id, (source id, type, target id): edge_id(i).ToString() is
  // "putin|CONSULT|tokayev". Edges are sorted by it.
  EdgeIdView edge_id(EdgeIndex i) const { return IdOf(edges_[i]); }

  // Edges leaving / entering a node, as indices into edges(), and the node at each edge's
  // other end (OutNeighbors(n)[i] is edge(OutEdges(n)[i]).target): walks that only need the
  // endpoints never touch the edges themselves.
  std::span<const EdgeIndex> OutEdges(NodeIndex n) const { return out_.Edges(n); }
  std::span<const EdgeIndex> InEdges(NodeIndex n) const { return in_.Edges(n); }
  std::span<const NodeIndex> OutNeighbors(NodeIndex n) const { return out_.Neighbors(n); }
  std::span<const NodeIndex> InNeighbors(NodeIndex n) const { return in_.Neighbors(n); }

  // Builds a graph from already aggregated nodes and edges (readers, merge, diff): sorts them
  // by id and fills the indices. Edge source/target must index into `nodes` as given, and
  // `texts` must hold every text of the edges; the graph keeps them.
  static ActorGraph FromParts(std::vector<ActorNode> nodes, std::vector<RelationEdge> edges,
                              SharedTextPools texts);
  // The same for edges whose texts are all in `texts`, which is complete: it is frozen.
  static ActorGraph FromParts(std::vector<ActorNode> nodes, std::vector<RelationEdge> edges,
                              TextPool texts);

  // The pools its edges' texts are in: for a graph made from some of its edges.
  const SharedTextPools& text_pools() const { return text_pools_; }

  // The Boost.Graph adjacency list over the same nodes and edges (vertex i = node(i), each
  // Boost edge carries its EdgeIndex). For the algorithms in graph/. Built on the first call
  // (safe from several threads): it costs about 80 bytes and an allocation per edge, and
  // reading, building and writing graphs never need it.
  const Topology& topology() const;

  // Graph-level metadata written by the writers and read back (e.g. "generator").
  std::map<std::string, std::string>& metadata() { return metadata_; }
  const std::map<std::string, std::string>& metadata() const { return metadata_; }

 private:
  void Index();
  // The id of an edge whose endpoints index nodes_.
  EdgeIdView IdOf(const RelationEdge& e) const {
    return {nodes_[e.source].id, e.type, nodes_[e.target].id};
  }

  std::vector<ActorNode> nodes_;
  std::vector<RelationEdge> edges_;
  SharedTextPools text_pools_;
  // One direction of the adjacency, compressed: node n's entries are [offsets[n], offsets[n+1]).
  struct Adjacency {
    std::vector<std::size_t> offsets;
    std::vector<EdgeIndex> edges;
    std::vector<NodeIndex> neighbors;
    std::span<const EdgeIndex> Edges(NodeIndex n) const {
      return {edges.data() + offsets[n], offsets[n + 1] - offsets[n]};
    }
    std::span<const NodeIndex> Neighbors(NodeIndex n) const {
      return {neighbors.data() + offsets[n], offsets[n + 1] - offsets[n]};
    }
  };
  Adjacency out_;
  Adjacency in_;
  std::map<std::string, std::string> metadata_;
  struct LazyTopology;
  std::unique_ptr<LazyTopology> topology_;  // never null, except in a moved-from graph
};

struct GraphBuildOptions {
  bool include_negated = false;    // negated relations are left out unless asked for
  std::int64_t min_weight = 1;     // edges with fewer supporting sentences are dropped
  std::set<std::string> types;     // when not empty, keep only these relation types
  std::size_t max_evidence = 5;    // evidence kept per edge; the total is always kept
  std::size_t max_docs = 50;       // document ids kept per edge; the total is always kept
};

// Aggregates relations (and mentions, for node counts) into an ActorGraph. Memory grows with
// the number of distinct actors and edges and the kept evidence sentences (each stored once,
// however many edges it supports), not with the number of relations: an edge remembers
// only the last (doc, sentence) that supported it, so distinct sentences are counted right
// under this precondition: the relations of one document arrive consecutively, in
// non-decreasing sentence order (documents themselves may come in any order, and shards of
// different documents may be built apart and merged). Under it, the result depends only on the
// multiset of inputs: node attributes take the smallest non-empty value seen, evidence keeps
// the max_evidence smallest by (date, doc, sentence).
class GraphBuilder {
 public:
  // `symmetric_types` are stored once per unordered pair, with the smaller id as source.
  GraphBuilder(GraphBuildOptions options, std::set<std::string> symmetric_types);
  ~GraphBuilder();
  GraphBuilder(GraphBuilder&&) noexcept;
  GraphBuilder& operator=(GraphBuilder&&) noexcept;

  // Adds one relation. Relations left out by the options (negated, other types) are ignored
  // entirely: they create no node either.
  void Add(const Relation& relation);
  // Counts one mention of its actor (creating the node) seen in a document of `date`.
  void AddMention(const Mention& mention, std::string_view date);
  // Merges a partial graph built elsewhere from other documents: weights, mentions and totals
  // add, dates and documents unite, evidence keeps the smallest. Shards + Merge == one build,
  // provided each shard was built with min_weight 1 (a filtered shard has lost edges).
  void Merge(const ActorGraph& partial);

  // Returns the graph. The builder must not be used afterwards.
  ActorGraph Finish() &&;

 private:
  // Implementation details are the graph library's own; only the public API above is a contract.
  struct State;
  std::unique_ptr<State> state_;
  GraphBuildOptions options_;
  std::set<std::string> symmetric_;
};

}  // namespace actorgraph
