#include "extract/schema.h"

#include <catch2/catch.hpp>

namespace actorgraph {
namespace {

Schema Load(const std::string& yaml) { return Schema::LoadFromStrings({{"user.yaml", yaml}}); }

TEST_CASE("Schema: the embedded defaults load and hold the 19 relation types", "[extract]") {
  Schema schema = Schema::Load({});
  REQUIRE(schema.relation_types().size() >= 19);
  REQUIRE(schema.FindType("CONSULT")->symmetric);
  REQUIRE_FALSE(schema.FindType("ACCUSE")->symmetric);
  REQUIRE(schema.FindActor("KAZ") != nullptr);
  REQUIRE(schema.actors().size() > 900);
}

TEST_CASE("Schema: errors name file, line and column", "[extract]") {
  // an unknown key
  REQUIRE_THROWS_WITH(Load("actors:\n  - {id: x, type: GROUP, label: X, lable: Y}\n"),
                      Catch::StartsWith("user.yaml:2:") && Catch::Contains("unknown key 'lable'"));
  // YAML syntax
  REQUIRE_THROWS_WITH(Load("actors: [\n"), Catch::StartsWith("user.yaml:"));
  // an unknown role in a frame
  REQUIRE_THROWS_WITH(Load("relation_types:\n  - type: X\n    verbs:\n"
                           "      - {lemma: dire, frames: [sogetto>object]}\n"),
                      Catch::Contains("unknown role 'sogetto'"));
  // a sector qualifier with no sector
  REQUIRE_THROWS_WITH(Load("relation_types:\n  - type: X\n    verbs:\n"
                           "      - {lemma: dire, frames: [subject>object@]}\n"),
                      Catch::Contains("names no sector after '@'"));
  // a sector no agent has, with the trigger's position
  REQUIRE_THROWS_WITH(Load("relation_types:\n  - type: X\n    verbs:\n"
                           "      - {lemma: dire, frames: [subject>object@embasy]}\n"),
                      Catch::StartsWith("user.yaml:4:") && Catch::Contains("unknown sector 'embasy'"));
  // a type for negated triggers that does not exist
  REQUIRE_THROWS_WITH(Load("relation_types:\n  - type: X\n    verbs:\n"
                           "      - {lemma: dire, frames: [subject>object], when_negated: REJCT}\n"),
                      Catch::StartsWith("user.yaml:4:") &&
                          Catch::Contains("unknown when_negated type 'REJCT'"));
  // a duplicate id in one file
  REQUIRE_THROWS_WITH(Load("actors:\n  - {id: x, type: GROUP, label: X}\n"
                           "  - {id: x, type: GROUP, label: Y}\n"),
                      Catch::StartsWith("user.yaml:3:") && Catch::Contains("duplicate"));
  // a reference to an unknown actor
  REQUIRE_THROWS_WITH(Load("actors:\n  - {id: x, type: PERSON, label: X, country: NOPE}\n"),
                      Catch::Contains("unknown country 'NOPE'"));
}

TEST_CASE("Schema: later files override earlier entries with the same id", "[extract]") {
  Schema schema = Schema::LoadFromStrings(
      {{"a.yaml", "actors:\n  - {id: x, type: GROUP, label: First}\n"},
       {"b.yaml", "actors:\n  - {id: x, type: GROUP, label: Second}\n"}});
  REQUIRE(schema.actors().size() == 1);
  REQUIRE(schema.FindActor("x")->ref.label == "Second");
}

TEST_CASE("Schema: an agent's flags for organisations' names and named bodies", "[extract]") {
  Schema schema = Load(
      "actors:\n  - {id: beekeepers, type: GROUP, label: Beekeepers}\n"
      "agents:\n  - {sector: beekeepers, names: [apicoltori], alone: beekeepers, in_names: true,"
      " of_body: true}\n  - {sector: bakers, names: [fornai]}\n");
  REQUIRE(schema.agents().size() == 2);
  REQUIRE(schema.agents()[0].in_names);
  REQUIRE(schema.agents()[0].of_body);
  REQUIRE_FALSE(schema.agents()[1].in_names);
  REQUIRE_FALSE(schema.agents()[1].of_body);
  REQUIRE_THROWS_WITH(Load("agents:\n  - {sector: bakers, names: [fornai], in_names: maybe}\n"),
                      Catch::StartsWith("user.yaml:2:"));
}

TEST_CASE("Schema: office terms cover their dates", "[extract]") {
  OfficeTerm term{"president", "KAZ", "2019-03-20", ""};
  REQUIRE(term.Covers("2022-01"));
  REQUIRE(term.Covers("2019-03"));  // a month overlapping the start
  REQUIRE_FALSE(term.Covers("2018"));
  REQUIRE(term.Covers(""));
}

}  // namespace
}  // namespace actorgraph
