#include "graph/actor_lookup.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <vector>

#include "extract/error.h"

namespace actorgraph {
namespace {

// Actors only (lookups never look at edges).
ActorGraph MakeActors(const std::vector<std::pair<std::string, std::string>>& id_label) {
  std::vector<ActorNode> nodes;
  for (const auto& [id, label] : id_label) {
    nodes.push_back({});
    nodes.back().id = id;
    nodes.back().label = label;
  }
  return ActorGraph::FromParts(std::move(nodes), {}, TextPool());
}

std::string IdOf(const ActorGraph& g, const ActorMatch& m) {
  return m.kind == ActorMatch::Kind::kFound ? g.node(m.node).id
                                            : "<" + std::to_string(int(m.kind)) + ">";
}

const ActorGraph actors = MakeActors({{"putin", "Vladimir Putin"},
                                      {"tokayev", "Kassym-Jomart Tokayev"},
                                      {"csto", "CSTO"},
                                      {"kim-jong-un", "Kim Jong-un"},
                                      {"kim-yo-jong", "Kim Yo-jong"},
                                      {"soigu", "Sergej Šojgu"},
                                      {"KAZ", "Kazakistan"}});
const std::vector<ActorAlias> aliases = {{"csto", "OTSC"},
                                         {"tokayev", "Tokaev"},
                                         {"KAZ", "Kazakhstan"},
                                         {"masimov", "Karim Masimov"}};  // not in the graph

TEST_CASE("FoldActorName: case, accents and punctuation", "[graph]") {
  CHECK(FoldActorName("Kassym-Jomart Tokayev") == "kassym jomart tokayev");
  CHECK(FoldActorName("  Šojgu ") == "sojgu");
  CHECK(FoldActorName("Città dell'È") == "citta dell e");
  CHECK(FoldActorName("ŁÓDŹ") == "lodz");
  CHECK(FoldActorName("Straße") == "strasse");
  CHECK(FoldActorName("---") == "");
}

TEST_CASE("ActorLookup: id, label, alias, accents, whole words", "[graph]") {
  ActorLookup lookup(actors, aliases);
  // the exact id, and ids folded
  CHECK(IdOf(actors, lookup.Find("KAZ")) == "KAZ");
  CHECK(IdOf(actors, lookup.Find("kaz")) == "KAZ");
  // labels and aliases, whatever the case and accents
  CHECK(IdOf(actors, lookup.Find("vladimir putin")) == "putin");
  CHECK(IdOf(actors, lookup.Find("otsc")) == "csto");
  CHECK(IdOf(actors, lookup.Find("Tokaev")) == "tokayev");
  CHECK(IdOf(actors, lookup.Find("kazakhstan")) == "KAZ");
  CHECK(IdOf(actors, lookup.Find("sergej sojgu")) == "soigu");
  // a surname, or a run of whole words of a label
  CHECK(IdOf(actors, lookup.Find("Putin")) == "putin");
  CHECK(IdOf(actors, lookup.Find("šojgu")) == "soigu");
  CHECK(IdOf(actors, lookup.Find("jomart tokayev")) == "tokayev");
  CHECK(IdOf(actors, lookup.Find("jong un")) == "kim-jong-un");
  // but not part of a word
  CHECK(lookup.Find("puti").kind == ActorMatch::Kind::kUnknown);
}

TEST_CASE("ActorLookup: works from ids and labels alone", "[graph]") {
  ActorLookup lookup(actors);
  CHECK(IdOf(actors, lookup.Find("putin")) == "putin");
  CHECK(IdOf(actors, lookup.Find("Kassym Jomart")) == "tokayev");
  CHECK(lookup.Find("otsc").kind == ActorMatch::Kind::kUnknown);
}

TEST_CASE("ActorLookup: ambiguity lists the candidates", "[graph]") {
  ActorLookup lookup(actors, aliases);
  // "kim" is a word of two labels
  ActorMatch kim = lookup.Find("Kim");
  REQUIRE(kim.kind == ActorMatch::Kind::kAmbiguous);
  REQUIRE(kim.candidates.size() == 2);
  CHECK(actors.node(kim.candidates[0]).id == "kim-jong-un");
  CHECK(actors.node(kim.candidates[1]).id == "kim-yo-jong");
  // "jong" too: a word of both ("Jong-un", "Yo-jong")
  CHECK(lookup.Find("jong").kind == ActorMatch::Kind::kAmbiguous);
  // Resolve says so and names both
  try {
    lookup.Resolve("kim", "FROM");
    FAIL("Resolve should throw");
  } catch (const UsageError& e) {
    std::string message = e.what();
    CHECK_THAT(message, Catch::Contains("FROM 'kim' is ambiguous"));
    CHECK_THAT(message, Catch::Contains("Kim Jong-un (kim-jong-un)"));
    CHECK_THAT(message, Catch::Contains("Kim Yo-jong (kim-yo-jong)"));
  }
  // a whole-name match wins over word matches elsewhere
  CHECK(IdOf(actors, lookup.Find("kim jong un")) == "kim-jong-un");
}

TEST_CASE("ActorLookup: unknown names get the closest suggestions", "[graph]") {
  ActorLookup lookup(actors, aliases);
  // one typo in a surname
  ActorMatch typo = lookup.Find("Putn");
  REQUIRE(typo.kind == ActorMatch::Kind::kUnknown);
  REQUIRE_FALSE(typo.candidates.empty());
  CHECK(actors.node(typo.candidates[0]).id == "putin");
  // another transliteration, one letter more
  ActorMatch tokaiev = lookup.Find("Tokaiyev");
  REQUIRE_FALSE(tokaiev.candidates.empty());
  CHECK(actors.node(tokaiev.candidates[0]).id == "tokayev");
  // the beginning of a name
  ActorMatch kazakh = lookup.Find("Kazakh");
  REQUIRE_FALSE(kazakh.candidates.empty());
  CHECK(actors.node(kazakh.candidates[0]).id == "KAZ");
  // nothing close: no suggestion
  CHECK(lookup.Find("zzzzzzzz").candidates.empty());
  try {
    lookup.Resolve("putn", "TO");
    FAIL("Resolve should throw");
  } catch (const UsageError& e) {
    CHECK_THAT(std::string(e.what()), Catch::Contains("did you mean Vladimir Putin (putin)"));
  }
  // an alias of an actor the graph does not hold
  ActorMatch masimov = lookup.Find("karim masimov");
  CHECK(masimov.kind == ActorMatch::Kind::kNotInGraph);
  CHECK(masimov.absent_id == "masimov");
}

// Timing on 200k actors; run with `actorgraph_graph_tests [perf]`.
TEST_CASE("ActorLookup: building and finding on 200k actors", "[.][perf]") {
  std::vector<std::pair<std::string, std::string>> id_label;
  for (int i = 0; i < 200000; ++i) {
    id_label.emplace_back("a" + std::to_string(i),
                          "Nome" + std::to_string(i % 977) + " Cognome" + std::to_string(i));
  }
  ActorGraph big = MakeActors(id_label);
  auto start = std::chrono::steady_clock::now();
  ActorLookup lookup(big);
  double build_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  CHECK(big.node(lookup.Resolve("cognome123456", "FROM")).id == "a123456");
  double find_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() -
      build_ms;
  WARN("build " << build_ms << " ms, find " << find_ms << " ms");
  CHECK(build_ms + find_ms < 1000);
}

}  // namespace
}  // namespace actorgraph
