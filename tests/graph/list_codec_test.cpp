#include "graph/list_codec.h"

#include <catch2/catch.hpp>

namespace actorgraph {
namespace {

TEST_CASE("ListCodec: lists round-trip exactly, separators and escapes included", "[graph]") {
  const std::vector<std::string> docs = {"a.txt", "", "b | c.txt", "back\\slash", " spaced ", ""};
  REQUIRE(SplitList(JoinList(docs)) == docs);
  // readable when nothing needs escaping
  REQUIRE(JoinList({"a.txt", "b.txt"}) == "a.txt | b.txt");
  REQUIRE(SplitList("")->empty());
}

TEST_CASE("ListCodec: evidence round-trips exactly and reads well", "[graph]") {
  const std::vector<Evidence> evidence = {
      {"ansa/1.txt", 3, "2022-01-06", "Putin ha sentito Tokayev."},
      {"doc #2 | x", 0, "", "testo | con \\ e \"virgolette\"\n "},
      {"d", 12, "data con spazio", ""}};
  REQUIRE(ParseEvidence(FormatEvidence(evidence)) == evidence);
  REQUIRE(FormatEvidence({evidence[0]}) == "2022-01-06 ansa/1.txt#3: Putin ha sentito Tokayev.");
}

TEST_CASE("ListCodec: malformed text is rejected, not guessed", "[graph]") {
  REQUIRE_FALSE(SplitList("a |b").has_value());
  REQUIRE_FALSE(SplitList("dangling\\").has_value());
  REQUIRE_FALSE(ParseEvidence("2022-01 doc-without-sentence").has_value());
  REQUIRE_FALSE(ParseEvidence("2022-01 doc#x: text").has_value());
}

}  // namespace
}  // namespace actorgraph
