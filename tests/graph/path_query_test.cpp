#include "graph/path_query.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace actorgraph {
namespace {

struct TestEdge {
  std::string source;
  std::string type;
  std::string target;
  std::int64_t weight = 1;
  std::vector<std::string> dates = {};  // one evidence sentence per date
};

// A graph from edges; nodes are created from the ids the edges name (label = id).
ActorGraph MakeGraph(const std::vector<TestEdge>& list) {
  std::vector<ActorNode> nodes;
  auto node = [&](const std::string& id) {
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      if (nodes[i].id == id) return i;
    }
    nodes.push_back({});
    nodes.back().id = id;
    nodes.back().label = id;
    return nodes.size() - 1;
  };
  TextPool texts;
  std::vector<RelationEdge> edges;
  for (const TestEdge& t : list) {
    RelationEdge e;
    e.source = node(t.source);
    e.target = node(t.target);
    e.type = texts.Add(t.type);
    e.weight = t.weight;
    for (const std::string& d : t.dates) {
      const PooledText date = texts.Add(d);
      e.evidence.push_back({texts.Add("doc-" + d), 0, date, texts.Add("sentence of " + d)});
      if (e.first_date.empty() || date < e.first_date) e.first_date = date;
      if (date > e.last_date) e.last_date = date;
    }
    e.evidence_total = static_cast<std::int64_t>(e.evidence.size());
    edges.push_back(e);
  }
  return ActorGraph::FromParts(std::move(nodes), std::move(edges), std::move(texts));
}

// The ids along a path.
std::vector<std::string> Ids(const ActorGraph& g, const ActorPath& p) {
  std::vector<std::string> ids;
  for (NodeIndex n : p.nodes) ids.push_back(g.node(n).id);
  return ids;
}

NodeIndex N(const ActorGraph& g, std::string_view id) { return *g.FindNode(id); }

using Ids_ = std::vector<std::string>;

// Yen's classic example, directed, costs in sixtieths (weight 20 = cost 3/60):
//
//        3       4
//    C ----> D ----> F ---1--> H
//    |       ^     ^ |         ^
//   2|      1|   2/  |2        |2
//    v       |   /   v         |
//    E ------+--+    G --------+
//    |               ^
//    +-------3-------+
//
//  C->D 3, C->E 2, E->D 1, D->F 4, E->F 2, E->G 3, F->G 2, F->H 1, G->H 2
TEST_CASE("PathQuery: Yen's k shortest paths on the classic example", "[graph]") {
  auto w = [](int cost) { return std::int64_t{60} / cost; };
  ActorGraph g = MakeGraph({{"C", "T", "D", w(3)},
                            {"C", "T", "E", w(2)},
                            {"E", "T", "D", w(1)},
                            {"D", "T", "F", w(4)},
                            {"E", "T", "F", w(2)},
                            {"E", "T", "G", w(3)},
                            {"F", "T", "G", w(2)},
                            {"F", "T", "H", w(1)},
                            {"G", "T", "H", w(2)}});
  PathOptions options;
  options.directed = true;
  options.cost = PathCost::kStrength;
  options.k = 5;
  PathQuery query(g, options);
  std::vector<ActorPath> paths = query.Find(N(g, "C"), N(g, "H"));

  // the cheapest first, with its cost
  REQUIRE(paths.size() == 5);
  CHECK(Ids(g, paths[0]) == Ids_{"C", "E", "F", "H"});
  CHECK(paths[0].cost == Approx(5.0 / 60));
  CHECK(Ids(g, paths[1]) == Ids_{"C", "E", "G", "H"});
  CHECK(paths[1].cost == Approx(7.0 / 60));
  // three paths cost 8, in some order
  std::set<Ids_> cost_8;
  for (std::size_t i = 2; i < 5; ++i) {
    CHECK(paths[i].cost == Approx(8.0 / 60));
    cost_8.insert(Ids(g, paths[i]));
  }
  CHECK(cost_8 ==
        std::set<Ids_>{{"C", "D", "F", "H"}, {"C", "E", "D", "F", "H"}, {"C", "E", "F", "G", "H"}});
  // every path is simple and walks its edges forward
  for (const ActorPath& p : paths) {
    CHECK(std::set<NodeIndex>(p.nodes.begin(), p.nodes.end()).size() == p.nodes.size());
    for (const PathStep& s : p.steps) CHECK(s.forward);
  }

  // asking for more paths than exist returns all 7 simple paths
  options.k = 10;
  PathQuery all(g, options);
  CHECK(all.Find(N(g, "C"), N(g, "H")).size() == 7);
}

// Fewest hops, and Yen by hops over the same graph read undirected.
TEST_CASE("PathQuery: fewest hops, k paths by hops", "[graph]") {
  //   a --- b --- c --- d
  //    \               /
  //     +---- e ------+
  ActorGraph g = MakeGraph(
      {{"a", "T", "b"}, {"b", "T", "c"}, {"c", "T", "d"}, {"a", "T", "e"}, {"e", "T", "d"}});
  PathOptions options;
  options.k = 3;
  PathQuery query(g, options);
  std::vector<ActorPath> paths = query.Find(N(g, "a"), N(g, "d"));
  REQUIRE(paths.size() == 2);
  CHECK(Ids(g, paths[0]) == Ids_{"a", "e", "d"});
  CHECK(paths[0].cost == 2);
  CHECK(Ids(g, paths[1]) == Ids_{"a", "b", "c", "d"});

  // --max-hops 2 keeps only the short one
  options.max_hops = 2;
  PathQuery short_only(g, options);
  CHECK(short_only.Find(N(g, "a"), N(g, "d")).size() == 1);
  // from an actor to itself: one path of no hops
  std::vector<ActorPath> self = query.Find(N(g, "b"), N(g, "b"));
  REQUIRE(self.size() == 1);
  CHECK(self[0].steps.empty());
}

// Direction: undirected by default; --directed follows source -> target, except for symmetric
// types, which are stored once but go both ways.
//
//   masimov -OFFICIAL_OF-> knb <-ACCUSE- tokayev -CONSULT- putin   (CONSULT stored putin->tokayev)
TEST_CASE("PathQuery: direction handling and symmetric types", "[graph]") {
  ActorGraph g = MakeGraph({{"masimov", "OFFICIAL_OF", "knb"},
                            {"tokayev", "ACCUSE", "knb"},
                            {"putin", "CONSULT", "tokayev"}});
  PathOptions options;
  PathQuery undirected(g, options);
  std::vector<ActorPath> paths = undirected.Find(N(g, "masimov"), N(g, "putin"));
  REQUIRE(paths.size() == 1);
  CHECK(Ids(g, paths[0]) == Ids_{"masimov", "knb", "tokayev", "putin"});
  // the walk's direction against each relation's own
  CHECK(paths[0].steps[0].forward);
  CHECK_FALSE(paths[0].steps[1].forward);
  CHECK_FALSE(paths[0].steps[2].forward);

  // directed: masimov -> knb, but knb does not point anywhere
  options.directed = true;
  PathQuery directed(g, options);
  CHECK(directed.Find(N(g, "masimov"), N(g, "putin")).empty());
  CHECK(directed.Find(N(g, "tokayev"), N(g, "knb")).size() == 1);
  // CONSULT is not declared symmetric: only putin -> tokayev
  CHECK(directed.Find(N(g, "tokayev"), N(g, "putin")).empty());
  options.symmetric_types = {"CONSULT"};
  PathQuery symmetric(g, options);
  std::vector<ActorPath> back = symmetric.Find(N(g, "tokayev"), N(g, "putin"));
  REQUIRE(back.size() == 1);
  CHECK_FALSE(back[0].steps[0].forward);
}

// Filters: types, excluded types, weight, and the dates of the supporting sentences.
//
//   a --CONSULT(w3, 2022-01-05)--> b --ACCUSE(w1, 2021-06 .. 2023-06)--> c
//   a --------------ATTACK(w1, 2020-02)--------------------------------> c
TEST_CASE("PathQuery: filters by type, weight and date", "[graph]") {
  ActorGraph g = MakeGraph({{"a", "CONSULT", "b", 3, {"2022-01-05"}},
                            {"b", "ACCUSE", "c", 2, {"2021-06", "2023-06"}},
                            {"a", "ATTACK", "c", 1, {"2020-02"}}});
  auto hops = [&](PathOptions options) {
    PathQuery query(g, std::move(options));
    std::vector<ActorPath> paths = query.Find(N(g, "a"), N(g, "c"));
    return paths.empty() ? -1 : static_cast<int>(paths[0].steps.size());
  };
  PathOptions options;
  CHECK(hops(options) == 1);
  // excluding ATTACK forces the way through b
  options.filter.exclude_types = {"ATTACK"};
  CHECK(hops(options) == 2);
  // only CONSULT: no way to c
  options.filter = {};
  options.filter.types = {"CONSULT"};
  CHECK(hops(options) == -1);
  // weight at least 2 drops ATTACK
  options.filter = {};
  options.filter.min_weight = 2;
  CHECK(hops(options) == 2);
  // --by strength prefers two well-supported relations (1/3 + 1/2) to one weak one (1/1)
  options.filter = {};
  options.cost = PathCost::kStrength;
  CHECK(hops(options) == 2);

  // dates: 2022 keeps CONSULT (2022-01-05), but ACCUSE's evidence is 2021-06 and 2023-06,
  // so its span straddles 2022 with no sentence in it: the path is gone
  options = {};
  options.filter.since = "2022";
  options.filter.until = "2022";
  CHECK(hops(options) == -1);
  // 2021-06-15 .. 2022-01: ACCUSE (2021-06 is a month that overlaps) and CONSULT qualify
  options.filter.since = "2021-06-15";
  options.filter.until = "2022-01";
  CHECK(hops(options) == 2);
  // only an until: ATTACK of 2020 qualifies
  options.filter.since = "";
  options.filter.until = "2020-12-31";
  CHECK(hops(options) == 1);
}

// An edge that kept only part of its evidence falls back on its date span.
TEST_CASE("EdgeFilter: capped evidence falls back on the date span", "[graph]") {
  TextPool texts;
  RelationEdge e;
  e.weight = 10;
  e.first_date = texts.Add("2021-01");
  e.last_date = texts.Add("2023-12");
  e.evidence = {{texts.Add("d1"), 0, texts.Add("2021-01-10"), texts.Add("x")}};
  e.evidence_total = 10;
  EdgeFilter filter;
  filter.since = "2022-05";
  filter.until = "2022-06";
  CHECK(filter.Accepts(e));
  e.evidence_total = 1;  // all evidence kept, none in the window
  CHECK_FALSE(filter.Accepts(e));
  // undated edges never qualify once a window is given
  RelationEdge undated;
  CHECK_FALSE(filter.Accepts(undated));
  CHECK(EdgeFilter{}.Accepts(undated));
}

// With --by strength and --max-hops, the cheapest path within the limit, not the cheapest
// path cut off.
//
//   a --w1-- b            cost 1
//   a --w10-- c --w10-- d --w10-- b      cost 0.3, 3 hops
//   a --w10-- e --w2-- b                 cost 0.6, 2 hops
TEST_CASE("PathQuery: hop limit under strength cost", "[graph]") {
  ActorGraph g = MakeGraph({{"a", "T", "b", 1},
                            {"a", "T", "c", 10},
                            {"c", "T", "d", 10},
                            {"d", "T", "b", 10},
                            {"a", "T", "e", 10},
                            {"e", "T", "b", 2}});
  PathOptions options;
  options.cost = PathCost::kStrength;
  PathQuery unlimited(g, options);
  CHECK(Ids(g, unlimited.Find(N(g, "a"), N(g, "b"))[0]) == Ids_{"a", "c", "d", "b"});
  options.max_hops = 2;
  options.k = 3;
  PathQuery limited(g, options);
  std::vector<ActorPath> paths = limited.Find(N(g, "a"), N(g, "b"));
  REQUIRE(paths.size() == 2);
  CHECK(Ids(g, paths[0]) == Ids_{"a", "e", "b"});
  CHECK(paths[0].cost == Approx(0.6));
  CHECK(Ids(g, paths[1]) == Ids_{"a", "b"});
}

// Between two actors with several relations, a hop takes the best supported one.
TEST_CASE("PathQuery: parallel relations collapse into the best hop", "[graph]") {
  //   a ==CONSULT(w2), AGREE(w5), ACCUSE(w1)== b
  ActorGraph g =
      MakeGraph({{"a", "CONSULT", "b", 2}, {"a", "AGREE", "b", 5}, {"b", "ACCUSE", "a", 1}});
  PathOptions options;
  options.k = 3;
  PathQuery query(g, options);
  std::vector<ActorPath> paths = query.Find(N(g, "a"), N(g, "b"));
  REQUIRE(paths.size() == 1);
  CHECK(g.edge(paths[0].steps[0].edge).type == "AGREE");
}

// Timing on a 1M-edge random graph; run with `actorgraph_graph_tests [perf]`.
TEST_CASE("PathQuery: shortest path on a 1M-edge graph in under 50 ms", "[.][perf]") {
  constexpr std::size_t kNodes = 200000, kEdges = 1000000;
  std::mt19937_64 random(7);
  std::vector<ActorNode> nodes(kNodes);
  for (std::size_t i = 0; i < kNodes; ++i) nodes[i].id = "n" + std::to_string(1000000 + i);
  TextPool texts;
  std::vector<RelationEdge> edges(kEdges);
  const char* types[] = {"CONSULT", "ACCUSE", "AGREE", "ATTACK"};
  for (std::size_t i = 0; i < kEdges; ++i) {
    edges[i].source = random() % kNodes;
    edges[i].target = random() % kNodes;
    edges[i].type = texts.Add(types[i % 4]);
    edges[i].weight = static_cast<std::int64_t>(1 + random() % 9);
  }
  ActorGraph g = ActorGraph::FromParts(std::move(nodes), std::move(edges), std::move(texts));
  for (PathCost cost : {PathCost::kHops, PathCost::kStrength}) {
    PathOptions options;
    options.cost = cost;
    auto start = std::chrono::steady_clock::now();
    PathQuery query(g, options);
    for (int i = 0; i < 10; ++i) {
      CHECK_FALSE(query.Find(random() % kNodes, random() % kNodes).empty());
    }
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count() /
                10;
    WARN("mean per query: " << ms << " ms");
    CHECK(ms < 50);
  }
}

}  // namespace
}  // namespace actorgraph
