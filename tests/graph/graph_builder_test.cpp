#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>

#include "graph/actor_graph.h"
#include "graph/graphml.h"
#include "tests/graph/graph_fixture.h"

namespace actorgraph {
namespace {

using testing::BuildGraph;
using testing::FixturePath;
using testing::FixtureRelations;
using testing::Strings;

std::string AsGraphMl(const ActorGraph& graph) {
  std::ostringstream out;
  WriteGraphMl(graph, out);
  return out.str();
}

// The fixture's documents in the given order, each document's relations kept together.
std::vector<Relation> ByDocuments(const std::vector<Relation>& relations,
                                  const std::vector<std::string>& docs) {
  std::vector<Relation> ordered;
  for (const std::string& doc : docs) {
    for (const Relation& r : relations) {
      if (r.doc == doc) ordered.push_back(r);
    }
  }
  return ordered;
}

const std::string kDoc1 = "ansa/2022-01-06 \"proteste\".txt";
const std::string kDoc2 = "corriere/2022-01-11.txt";
const std::string kDoc3 = "repubblica/feb.txt";

//   putin <--CONSULT--> tokayev: given both ways in doc1 sentence 1, then in doc2 and doc3
TEST_CASE("GraphBuilder: symmetric types are stored once, weight counts sentences", "[graph]") {
  ActorGraph g = BuildGraph(FixtureRelations(FixturePath()));

  // one CONSULT edge, smaller id as source; the two directions of one sentence count once
  REQUIRE(g.FindEdge("putin", "CONSULT", "tokayev").has_value());
  REQUIRE_FALSE(g.FindEdge("tokayev", "CONSULT", "putin").has_value());
  const RelationEdge& consult = g.edge(*g.FindEdge("putin", "CONSULT", "tokayev"));
  REQUIRE(g.edge_id(*g.FindEdge("putin", "CONSULT", "tokayev")).ToString() ==
          "putin|CONSULT|tokayev");
  REQUIRE(consult.weight == 3);
  REQUIRE(consult.evidence_total == 3);
  REQUIRE(consult.first_date == "2022-01-06");
  REQUIRE(consult.last_date == "2022-02");
  REQUIRE(Strings(consult.docs) == std::vector<std::string>{kDoc1, kDoc2, kDoc3});
  // evidence is ordered by (date, doc, sentence)
  REQUIRE(consult.evidence.size() == 3);
  REQUIRE(consult.evidence[0].date == "2022-01-06");
  REQUIRE(consult.evidence[2].text.view().find("Mosca") != std::string::npos);

  // two relations of one sentence (two triggers) are one unit of support
  REQUIRE(g.edge(*g.FindEdge("tokayev", "REPLACE", "nazarbayev")).weight == 1);
  // a directed type keeps its direction
  REQUIRE(g.FindEdge("USA", "CRITICIZE", "RUS").has_value());
  REQUIRE(g.edge(*g.FindEdge("USA", "CRITICIZE", "RUS")).weight == 2);
  // AGREE given as KAZ->RUS and RUS->KAZ in two sentences
  REQUIRE(g.edge(*g.FindEdge("KAZ", "AGREE", "RUS")).weight == 2);

  // node attributes come from the relations' ActorRef
  const ActorNode& putin = g.node(*g.FindNode("putin"));
  REQUIRE(putin.label == "Vladimir Putin");
  REQUIRE(putin.wikidata == "Q7747");
  REQUIRE(putin.first_date == "2022-01-06");
  REQUIRE(putin.last_date == "2022-02");
}

TEST_CASE("GraphBuilder: negated relations are left out unless asked for", "[graph]") {
  const std::vector<Relation> relations = FixtureRelations(FixturePath());

  // by default: no edge, and no node from a negated relation alone
  ActorGraph plain = BuildGraph(relations);
  REQUIRE_FALSE(plain.FindEdge("tokayev", "CRITICIZE", "nazarbayev").has_value());
  REQUIRE_FALSE(plain.FindEdge("USA", "CRITICIZE", "KAZ").has_value());
  REQUIRE(plain.edges().size() == 11);

  // include_negated: the edge is there, flagged; mixed support is not flagged
  GraphBuildOptions options;
  options.include_negated = true;
  ActorGraph with = BuildGraph(relations, options);
  REQUIRE(with.edges().size() == 13);
  REQUIRE(with.edge(*with.FindEdge("tokayev", "CRITICIZE", "nazarbayev")).negated);
  REQUIRE_FALSE(with.edge(*with.FindEdge("USA", "CRITICIZE", "RUS")).negated);
}

TEST_CASE("GraphBuilder: --min-weight and --types filter edges", "[graph]") {
  const std::vector<Relation> relations = FixtureRelations(FixturePath());
  GraphBuildOptions heavy;
  heavy.min_weight = 2;
  ActorGraph g = BuildGraph(relations, heavy);
  // putin-tokayev CONSULT (3), csto->KAZ AID (2), USA->RUS CRITICIZE (2), KAZ-RUS AGREE (2)
  REQUIRE(g.edges().size() == 4);
  for (const RelationEdge& e : g.edges()) REQUIRE(e.weight >= 2);

  GraphBuildOptions typed;
  typed.types = {"CONSULT", "AGREE"};
  ActorGraph t = BuildGraph(relations, typed);
  REQUIRE(t.edges().size() == 2);
  // actors only in filtered-out relations do not appear
  REQUIRE_FALSE(t.FindNode("csto").has_value());
}

TEST_CASE("GraphBuilder: evidence is capped, the smallest kept whatever the order", "[graph]") {
  const std::vector<Relation> relations = FixtureRelations(FixturePath());
  GraphBuildOptions options;
  options.max_evidence = 1;
  ActorGraph forward = BuildGraph(ByDocuments(relations, {kDoc1, kDoc2, kDoc3}), options);
  ActorGraph backward = BuildGraph(ByDocuments(relations, {kDoc3, kDoc2, kDoc1}), options);

  const RelationEdge& consult = forward.edge(*forward.FindEdge("putin", "CONSULT", "tokayev"));
  REQUIRE(consult.evidence.size() == 1);
  REQUIRE(consult.evidence[0].doc == kDoc1);  // the earliest date
  REQUIRE(consult.evidence_total == 3);
  // document order does not change a byte of the output
  REQUIRE(AsGraphMl(forward) == AsGraphMl(backward));
}

TEST_CASE("GraphBuilder: shards of documents merged equal one build", "[graph]") {
  const std::vector<Relation> relations = FixtureRelations(FixturePath());
  GraphBuildOptions options;
  options.include_negated = true;
  options.max_evidence = 2;
  Mention mention;
  mention.actor = relations[0].source;  // tokayev

  GraphBuilder whole(options, testing::kSymmetricTypes);
  for (const Relation& r : relations) whole.Add(r);
  whole.AddMention(mention, "2021-12");
  whole.AddMention(mention, "2022-03");

  // shard 1: doc1 and a mention; shard 2: doc2, doc3 and a mention; merged in a third builder
  GraphBuilder shard1(options, testing::kSymmetricTypes);
  GraphBuilder shard2(options, testing::kSymmetricTypes);
  for (const Relation& r : relations) (r.doc == kDoc1 ? shard1 : shard2).Add(r);
  shard1.AddMention(mention, "2022-03");
  shard2.AddMention(mention, "2021-12");
  GraphBuilder merged(options, testing::kSymmetricTypes);
  merged.Merge(std::move(shard2).Finish());
  merged.Merge(std::move(shard1).Finish());

  ActorGraph one = std::move(whole).Finish();
  ActorGraph two = std::move(merged).Finish();
  REQUIRE(AsGraphMl(one) == AsGraphMl(two));
  // mentions add and widen the dates seen
  const ActorNode& tokayev = two.node(*two.FindNode("tokayev"));
  REQUIRE(tokayev.mentions == 2);
  REQUIRE(tokayev.first_date == "2021-12");
  REQUIRE(tokayev.last_date == "2022-03");
}

}  // namespace
}  // namespace actorgraph

namespace actorgraph {
namespace {

//   a --ACCUSE--> b, said in doc-1 ... doc-5 (one sentence each)
TEST_CASE("GraphBuilder: the document list is capped, the count is not", "[graph]") {
  std::vector<Relation> relations;
  for (int d = 5; d >= 1; --d) {
    Relation r;
    r.doc = "doc-" + std::to_string(d);
    r.source = {"a", "A", "PERSON", "", "", ""};
    r.target = {"b", "B", "PERSON", "", "", ""};
    r.type = "ACCUSE";
    relations.push_back(r);
  }
  GraphBuildOptions options;
  options.max_docs = 2;
  GraphBuilder one(options, {});
  for (const Relation& r : relations) one.Add(r);
  ActorGraph whole = std::move(one).Finish();
  const RelationEdge& e = whole.edge(*whole.FindEdge("a", "ACCUSE", "b"));
  // the two smallest ids are kept whatever the order, all five are counted
  REQUIRE(testing::Strings(e.docs) == std::vector<std::string>{"doc-1", "doc-2"});
  REQUIRE(e.docs_total == 5);

  // two shards merged give the same edge
  GraphBuilder first(options, {}), second(options, {});
  for (std::size_t i = 0; i < relations.size(); ++i) (i < 3 ? first : second).Add(relations[i]);
  GraphBuilder merged(options, {});
  merged.Merge(std::move(first).Finish());
  merged.Merge(std::move(second).Finish());
  ActorGraph shards = std::move(merged).Finish();
  const RelationEdge& m = shards.edge(*shards.FindEdge("a", "ACCUSE", "b"));
  REQUIRE(m.docs == e.docs);
  REQUIRE(m.docs_total == 5);
}

}  // namespace
}  // namespace actorgraph
