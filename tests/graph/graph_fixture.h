#pragma once
// The shared test graph: tests/data/graph/relations.jsonl (20 invented relations among 11
// actors from three articles of January and February 2022) built with GraphBuilder. The
// relations have a symmetric type (CONSULT, AGREE, given both ways), negated ones, support
// repeated within a sentence and across documents, month-only dates, and nasty strings
// (quotes, <&>, newlines, a control character, pipes, backslashes, accents).

#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "extract/relation_json.h"
#include "graph/actor_graph.h"

namespace actorgraph::testing {

inline const std::set<std::string> kSymmetricTypes = {"AGREE", "CONSULT", "COOPERATE",
                                                      "RELATIVE_OF"};

// The fixture's relations in file order (which satisfies GraphBuilder's precondition).
inline std::vector<Relation> FixtureRelations(const std::string& path) {
  std::ifstream in(path);
  std::vector<Relation> relations;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    relations.push_back(RelationFromJson(line, path + ":" + std::to_string(number)));
  }
  return relations;
}

// The strings of a list of texts, to compare with expected ones.
inline std::vector<std::string> Strings(const std::vector<PooledText>& texts) {
  return {texts.begin(), texts.end()};
}

inline ActorGraph BuildGraph(const std::vector<Relation>& relations,
                             GraphBuildOptions options = {}) {
  GraphBuilder builder(options, kSymmetricTypes);
  for (const Relation& r : relations) builder.Add(r);
  return std::move(builder).Finish();
}

}  // namespace actorgraph::testing

namespace actorgraph::testing {

inline std::string FixturePath() {
  return std::string(ACTORGRAPH_TEST_DATA) + "/graph/relations.jsonl";
}

// Two actors and one edge whose every string is hostile to some format:
//   "a \"q\" <&>" --PROTEST--> "b|c\\d"      (labels with newlines, control chars, pipes)
inline ActorGraph NastyGraph() {
  std::vector<ActorNode> nodes(2);
  nodes[0].id = "a \"q\" <&>";
  nodes[0].label = "Città \"virgolette\" <tag> & amp;\nseconda riga\ttab\x01\x1f fine";
  nodes[0].type = "PERSON";
  nodes[0].mentions = 3;
  nodes[0].first_date = "2022-01";
  nodes[0].last_date = "2022-02-03";
  nodes[1].id = "b|c\\d";
  nodes[1].label = " spazi  ai bordi ";
  nodes[1].sector = "a | b \\| c";
  TextPool texts;
  std::vector<RelationEdge> edges(1);
  edges[0].source = 0;
  edges[0].target = 1;
  edges[0].type = texts.Add("PROTEST");
  edges[0].weight = 2;
  edges[0].first_date = texts.Add("2022-01");
  edges[0].last_date = texts.Add("2022-02-03");
  edges[0].docs = {texts.Add("doc | uno.txt"), texts.Add("doc#2\\x.txt"), texts.Add("three ")};
  edges[0].evidence = {{texts.Add("doc | uno.txt"), 4, texts.Add("2022-01"),
                        texts.Add("testo | con \\ barra e \"virgolette\"\r\n")},
                       {texts.Add("doc#2\\x.txt"), 0, {}, texts.Add(" spazio iniziale e finale ")}};
  edges[0].evidence_total = 7;
  edges[0].negated = true;
  ActorGraph graph = ActorGraph::FromParts(nodes, edges, std::move(texts));
  graph.metadata()["generator"] = "tests <&> \"nasty\"";
  return graph;
}

}  // namespace actorgraph::testing
