#include "graph/graph_diff.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "graph/gexf.h"
#include "graph/graph_io.h"
#include "graph/graphml.h"

namespace actorgraph {
namespace {

struct TestEdge {
  std::string source;
  std::string type;
  std::string target;
  std::int64_t weight;
  std::string first_date;
  std::string last_date;
};

ActorGraph MakeGraph(const std::vector<TestEdge>& list,
                     const std::vector<std::string>& extra = {}) {
  std::vector<ActorNode> nodes;
  auto node = [&](const std::string& id) {
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      if (nodes[i].id == id) return i;
    }
    nodes.push_back({});
    nodes.back().id = id;
    nodes.back().label = "label of " + id;
    return nodes.size() - 1;
  };
  for (const std::string& id : extra) node(id);
  TextPool texts;
  std::vector<RelationEdge> edges;
  for (const TestEdge& t : list) {
    RelationEdge e;
    e.source = node(t.source);
    e.target = node(t.target);
    e.type = texts.Add(t.type);
    e.weight = t.weight;
    e.first_date = texts.Add(t.first_date);
    e.last_date = texts.Add(t.last_date);
    edges.push_back(e);
  }
  return ActorGraph::FromParts(std::move(nodes), std::move(edges), std::move(texts));
}

std::vector<std::string> EdgeIds(const ActorGraph& g, const std::vector<EdgeIndex>& edges) {
  std::vector<std::string> ids;
  for (EdgeIndex e : edges) ids.push_back(g.edge_id(e).ToString());
  return ids;
}

//  A:  putin -CONSULT(2)- tokayev -ACCUSE(1)-> knb        masimov -OFFICIAL_OF(3)-> knb
//  B:  putin -CONSULT(5)- tokayev -ACCUSE(1)-> knb        tokayev -ARREST(2)-> masimov
//                                                          lukashenko -CONSULT(1)- putin
//  putin-tokayev: weight 2 -> 5 (changed); tokayev-knb: same (unchanged);
//  masimov->knb OFFICIAL_OF only in A (removed); ARREST and lukashenko only in B (added).
const ActorGraph graph_a = MakeGraph({{"putin", "CONSULT", "tokayev", 2, "2022-01", "2022-01"},
                                      {"tokayev", "ACCUSE", "knb", 1, "2022-01-06", "2022-01-06"},
                                      {"masimov", "OFFICIAL_OF", "knb", 3, "2021", "2022"}},
                                     {"old-actor"});
const ActorGraph graph_b =
    MakeGraph({{"putin", "CONSULT", "tokayev", 5, "2022-01", "2022-02"},
               {"tokayev", "ACCUSE", "knb", 1, "2022-01-06", "2022-01-06"},
               {"tokayev", "ARREST", "masimov", 2, "2022-01-08", "2022-01-09"},
               {"lukashenko", "CONSULT", "putin", 1, "2022-01", "2022-01"}});

TEST_CASE("GraphDiff: added, removed, changed, per type", "[graph]") {
  GraphDiff diff = DiffGraphs(graph_a, graph_b);
  // actors: lukashenko only in B, old-actor only in A
  REQUIRE(diff.added_nodes.size() == 1);
  CHECK(graph_b.node(diff.added_nodes[0]).id == "lukashenko");
  REQUIRE(diff.removed_nodes.size() == 1);
  CHECK(graph_a.node(diff.removed_nodes[0]).id == "old-actor");
  CHECK(diff.common_nodes == 4);
  // relations
  CHECK(EdgeIds(graph_b, diff.added_edges) ==
        std::vector<std::string>{"lukashenko|CONSULT|putin", "tokayev|ARREST|masimov"});
  CHECK(EdgeIds(graph_a, diff.removed_edges) ==
        std::vector<std::string>{"masimov|OFFICIAL_OF|knb"});
  REQUIRE(diff.changed_edges.size() == 1);
  CHECK(graph_a.edge(diff.changed_edges[0].first).weight == 2);
  CHECK(graph_b.edge(diff.changed_edges[0].second).weight == 5);
  CHECK(diff.unchanged_edges == 1);
  // per type
  CHECK(diff.by_type.at("CONSULT").added == 1);
  CHECK(diff.by_type.at("CONSULT").changed == 1);
  CHECK(diff.by_type.at("CONSULT").weight_a == 2);
  CHECK(diff.by_type.at("CONSULT").weight_b == 6);
  CHECK(diff.by_type.at("OFFICIAL_OF").removed == 1);
  CHECK(diff.by_type.at("ACCUSE").unchanged == 1);
  CHECK_FALSE(diff.empty());
}

TEST_CASE("GraphDiff: a date span alone is a change", "[graph]") {
  ActorGraph a = MakeGraph({{"x", "AGREE", "y", 1, "2022-01", "2022-01"}});
  ActorGraph b = MakeGraph({{"x", "AGREE", "y", 1, "2022-01", "2022-03"}});
  CHECK(DiffGraphs(a, b).changed_edges.size() == 1);
}

TEST_CASE("GraphDiff: Diff(A, A) is empty", "[graph]") {
  GraphDiff same = DiffGraphs(graph_a, graph_a);
  CHECK(same.empty());
  CHECK(same.unchanged_edges == graph_a.edges().size());
  CHECK(same.common_nodes == graph_a.nodes().size());
  CHECK(DiffGraphs(ActorGraph{}, ActorGraph{}).empty());
}

TEST_CASE("GraphDiff: Diff(B, A) mirrors Diff(A, B)", "[graph]") {
  GraphDiff ab = DiffGraphs(graph_a, graph_b);
  GraphDiff ba = DiffGraphs(graph_b, graph_a);
  CHECK(ba.added_nodes == ab.removed_nodes);
  CHECK(ba.removed_nodes == ab.added_nodes);
  CHECK(ba.added_edges == ab.removed_edges);
  CHECK(ba.removed_edges == ab.added_edges);
  REQUIRE(ba.changed_edges.size() == ab.changed_edges.size());
  for (std::size_t i = 0; i < ab.changed_edges.size(); ++i) {
    CHECK(ba.changed_edges[i].first == ab.changed_edges[i].second);
    CHECK(ba.changed_edges[i].second == ab.changed_edges[i].first);
  }
  for (const auto& [type, s] : ab.by_type) {
    const DiffTypeSummary& m = ba.by_type.at(type);
    CHECK(m.added == s.removed);
    CHECK(m.removed == s.added);
    CHECK(m.changed == s.changed);
    CHECK(m.weight_a == s.weight_b);
  }
  // against an empty graph everything is added, or removed
  GraphDiff from_nothing = DiffGraphs(ActorGraph{}, graph_b);
  CHECK(from_nothing.added_edges.size() == graph_b.edges().size());
  CHECK(DiffGraphs(graph_b, ActorGraph{}).removed_nodes.size() == graph_b.nodes().size());
}

TEST_CASE("GraphDiff: the union carries a status per node and edge", "[graph]") {
  DiffUnion both = UnionForDiff(graph_a, graph_b);
  const ActorGraph& u = both.graph;
  CHECK(u.nodes().size() == 6);
  CHECK(u.edges().size() == 5);
  auto edge_status = [&](std::string_view s, std::string_view t, std::string_view d) {
    return both.edge_status[*u.FindEdge(s, t, d)];
  };
  CHECK(edge_status("putin", "CONSULT", "tokayev") == DiffStatus::kChanged);
  CHECK(edge_status("tokayev", "ACCUSE", "knb") == DiffStatus::kUnchanged);
  CHECK(edge_status("masimov", "OFFICIAL_OF", "knb") == DiffStatus::kRemoved);
  CHECK(edge_status("tokayev", "ARREST", "masimov") == DiffStatus::kAdded);
  // a relation in both carries B's weight
  CHECK(u.edge(*u.FindEdge("putin", "CONSULT", "tokayev")).weight == 5);
  CHECK(both.node_status[*u.FindNode("old-actor")] == DiffStatus::kRemoved);
  CHECK(both.node_status[*u.FindNode("lukashenko")] == DiffStatus::kAdded);
  CHECK(both.node_status[*u.FindNode("putin")] == DiffStatus::kUnchanged);
  CHECK(DiffStatusName(DiffStatus::kChanged) == "changed");
  // each status draws in its own colour
  std::set<std::string_view> colors;
  for (DiffStatus st :
       {DiffStatus::kUnchanged, DiffStatus::kAdded, DiffStatus::kRemoved, DiffStatus::kChanged}) {
    colors.insert(DiffStatusColor(st));
  }
  CHECK(colors.size() == 4);
}

// What `actorgraph diff A B -o` writes: the union, each element with a status and its colour.
GraphDecoration StatusOf(const DiffUnion& both) {
  GraphDecoration d;
  d.node_attributes.emplace_back("status", std::vector<std::string>());
  d.edge_attributes.emplace_back("status", std::vector<std::string>());
  for (DiffStatus st : both.node_status) {
    d.node_attributes[0].second.emplace_back(DiffStatusName(st));
    d.node_colors.emplace_back(DiffStatusColor(st));
  }
  for (DiffStatus st : both.edge_status) {
    d.edge_attributes[0].second.emplace_back(DiffStatusName(st));
    d.edge_colors.emplace_back(DiffStatusColor(st));
  }
  return d;
}

TEST_CASE("GraphDiff: the union is written with its status for Gephi", "[graph]") {
  const DiffUnion both = UnionForDiff(graph_a, graph_b);
  const GraphDecoration status = StatusOf(both);

  // GraphML: a "status" key per class (unique ids), the node colour keys Gephi reads by
  // attr.name, and the edge colour replaced by the status colour
  std::ostringstream graphml;
  WriteGraphMl(both.graph, status, graphml);
  const std::string text = graphml.str();
  CHECK(text.find(R"(<key id="status" for="node" attr.name="status" attr.type="string"/>)") !=
        std::string::npos);
  CHECK(text.find(R"(<key id="edge_status" for="edge" attr.name="status" attr.type="string"/>)") !=
        std::string::npos);
  CHECK(text.find(R"(<key id="node_r" for="node" attr.name="r" attr.type="int"/>)") !=
        std::string::npos);
  const std::size_t arrest = text.find(R"(<edge id="tokayev|ARREST|masimov")");
  REQUIRE(arrest != std::string::npos);
  const std::string arrest_xml = text.substr(arrest, text.find("</edge>", arrest) - arrest);
  CHECK(arrest_xml.find(R"(<data key="edge_status">added</data>)") != std::string::npos);
  CHECK(arrest_xml.find(R"(<data key="color">#2ca02c</data>)") != std::string::npos);
  const std::size_t old = text.find(R"(<node id="old-actor">)");
  REQUIRE(old != std::string::npos);
  const std::string old_xml = text.substr(old, text.find("</node>", old) - old);
  CHECK(old_xml.find(R"(<data key="status">removed</data>)") != std::string::npos);
  CHECK(old_xml.find(R"(<data key="node_r">214</data>)") != std::string::npos);
  // the decorated file still reads back as the union graph
  std::istringstream in(text);
  const ActorGraph back = ReadGraphMl(in, "union.graphml");
  std::ostringstream plain, reread;
  WriteGraphMl(both.graph, plain);
  WriteGraphMl(back, reread);
  CHECK(reread.str() == plain.str());
  // no decoration, no change
  std::ostringstream undecorated;
  WriteGraphMl(both.graph, GraphDecoration{}, undecorated);
  CHECK(undecorated.str() == plain.str());

  // GEXF: status columns and viz:color by status
  std::ostringstream gexf;
  WriteGexf(both.graph, status, gexf);
  const std::string g = gexf.str();
  CHECK(g.find(R"(<attribute id="status" title="status" type="string"/>)") != std::string::npos);
  CHECK(g.find(R"(<attribute id="edge_status" title="status" type="string"/>)") !=
        std::string::npos);
  const std::size_t changed = g.find(R"(<edge id="putin|CONSULT|tokayev")");
  REQUIRE(changed != std::string::npos);
  const std::string changed_xml = g.substr(changed, g.find("</edge>", changed) - changed);
  CHECK(changed_xml.find(R"(<attvalue for="edge_status" value="changed"/>)") != std::string::npos);
  CHECK(changed_xml.find(R"(<viz:color r="255" g="127" b="14"/>)") != std::string::npos);
  std::istringstream gexf_in(g);
  CHECK(ReadGexf(gexf_in, "union.gexf").edges().size() == both.graph.edges().size());
}

// Timing on two 1M-edge graphs that share half their edges; run with `[perf]`.
// The union (for -o) is reported, not bounded: ActorGraph::FromParts dominates it.
TEST_CASE("GraphDiff: two 1M-edge graphs in under 5 s", "[.][perf]") {
  constexpr std::size_t kNodes = 200000, kEdges = 1000000;
  auto random_graph = [&](std::uint64_t seed) {
    std::mt19937_64 shared(1), own(seed);
    std::vector<ActorNode> nodes(kNodes);
    for (std::size_t i = 0; i < kNodes; ++i) nodes[i].id = "n" + std::to_string(1000000 + i);
    TextPool texts;
    std::vector<RelationEdge> edges(kEdges);
    for (std::size_t i = 0; i < kEdges; ++i) {
      std::mt19937_64& random = i % 2 ? own : shared;
      edges[i].source = random() % kNodes;
      edges[i].target = random() % kNodes;
      edges[i].type = texts.Add(i % 3 ? "CONSULT" : "ACCUSE");
      edges[i].weight = static_cast<std::int64_t>(1 + random() % 3);
    }
    // drop duplicate (source, type, target)s: ids must be unique
    std::sort(edges.begin(), edges.end(), [](const RelationEdge& x, const RelationEdge& y) {
      return std::tie(x.source, x.type, x.target) < std::tie(y.source, y.type, y.target);
    });
    edges.erase(std::unique(edges.begin(), edges.end(),
                            [](const RelationEdge& x, const RelationEdge& y) {
                              return std::tie(x.source, x.type, x.target) ==
                                     std::tie(y.source, y.type, y.target);
                            }),
                edges.end());
    return ActorGraph::FromParts(std::move(nodes), std::move(edges), std::move(texts));
  };
  ActorGraph a = random_graph(2), b = random_graph(3);
  auto start = std::chrono::steady_clock::now();
  GraphDiff diff = DiffGraphs(a, b);
  double diff_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  DiffUnion both = UnionForDiff(a, b);
  double union_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  WARN("diff " << diff_s << " s, with union " << union_s << " s; " << diff.added_edges.size()
               << " added, " << diff.changed_edges.size() << " changed");
  CHECK(diff.unchanged_edges + diff.changed_edges.size() > 0);
  CHECK(diff_s < 5);
  // The union (only for -o) is dominated by ActorGraph::FromParts, which indexes every id.
  CHECK(both.graph.edges().size() == a.edges().size() + diff.added_edges.size());
}

}  // namespace
}  // namespace actorgraph
