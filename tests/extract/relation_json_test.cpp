#include "extract/relation_json.h"

#include <catch2/catch.hpp>

#include "extract/error.h"

namespace actorgraph {
namespace {

TEST_CASE("RelationJson: a relation survives a round trip", "[extract]") {
  Relation r;
  r.doc = "a.txt";
  r.date = "2022-01";
  r.sentence = 4;
  r.start = 812;
  r.end = 930;
  r.source = {"putin", "Vladimir Putin", "PERSON", "RUS", "", ""};
  r.type = "CONSULT";
  r.target = {"tokayev", "Kassym-Jomart Tokayev", "PERSON", "KAZ", "", ""};
  r.trigger = "incontro";
  r.negated = true;
  r.modality = kModalityReported;
  r.rule = "noun-pair";
  r.text = "Oggi l'incontro \"Putin-Tokayev\".";
  r.target_name = "Tokayev";
  Relation back = RelationFromJson(RelationToJson(r), "x");
  REQUIRE(back.target_name == "Tokayev");
  REQUIRE(back.source_name.empty());
  REQUIRE(back.source == r.source);
  REQUIRE(back.target == r.target);
  REQUIRE(back.text == r.text);
  REQUIRE(back.negated);
  REQUIRE(back.modality == kModalityReported);
  REQUIRE(back.start == 812);
}

TEST_CASE("RelationJson: keys come in the contract's order", "[extract]") {
  Relation r;
  r.source.id = "a";
  r.target.id = "b";
  r.type = "ACCUSE";
  std::string line = RelationToJson(r);
  REQUIRE(line.rfind("{\"doc\":", 0) == 0);
  REQUIRE(line.find("\"source\"") < line.find("\"type\""));
  REQUIRE(line.find("\"type\"") < line.find("\"target\""));
}

TEST_CASE("RelationJson: malformed lines name their place", "[extract]") {
  REQUIRE_THROWS_WITH(RelationFromJson("{\"source\": 1", "rel.jsonl:3"),
                      Catch::StartsWith("rel.jsonl:3: not a JSON relation"));
  REQUIRE_THROWS_AS(RelationFromJson("{\"type\": \"X\"}", "rel.jsonl:4"), InputError);
}

TEST_CASE("RelationJson: bytes that are no UTF-8 do not reach the output", "[extract]") {
  Relation r;
  r.source.id = "a";
  r.target.id = "b";
  r.type = "ACCUSE";
  r.text = std::string("x\xF5\x80\x80y\xFFz");
  const std::string line = RelationToJson(r);
  REQUIRE(line.find('\xF5') == std::string::npos);
  REQUIRE(line.find('\xFF') == std::string::npos);
  REQUIRE(RelationFromJson(line, "x").text.find('x') == 0);
}

}  // namespace
}  // namespace actorgraph
