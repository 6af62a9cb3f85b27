#include "graph/list_codec.h"

#include <catch2/catch.hpp>

namespace actorgraph {
namespace {

TEST_CASE("ListCodec: lists round-trip exactly, separators and escapes included", "[graph]") {
  TextPool texts;
  const std::vector<PooledText> docs = {texts.Add("a.txt"),     {},
                                        texts.Add("b | c.txt"), texts.Add("back\\slash"),
                                        texts.Add(" spaced "),  {}};
  REQUIRE(SplitList(JoinList(docs), texts) == docs);
  // readable when nothing needs escaping
  REQUIRE(JoinList({{texts.Add("a.txt"), texts.Add("b.txt")}}) == "a.txt | b.txt");
  REQUIRE(SplitList("", texts)->empty());
}

TEST_CASE("ListCodec: evidence round-trips exactly and reads well", "[graph]") {
  TextPool texts;
  const std::vector<Evidence> evidence = {
      {texts.Add("ansa/1.txt"), 3, texts.Add("2022-01-06"), texts.Add("Putin ha sentito Tokayev.")},
      {texts.Add("doc #2 | x"), 0, {}, texts.Add("testo | con \\ e \"virgolette\"\n ")},
      {texts.Add("d"), 12, texts.Add("data con spazio"), {}}};
  // read into another pool: equal by content
  TextPool other;
  REQUIRE(ParseEvidence(FormatEvidence(evidence), other) == evidence);
  REQUIRE(FormatEvidence({&evidence[0], 1}) ==
          "2022-01-06 ansa/1.txt#3: Putin ha sentito Tokayev.");
}

TEST_CASE("ListCodec: malformed text is rejected, not guessed", "[graph]") {
  TextPool texts;
  REQUIRE_FALSE(SplitList("a |b", texts).has_value());
  REQUIRE_FALSE(SplitList("dangling\\", texts).has_value());
  REQUIRE_FALSE(ParseEvidence("2022-01 doc-without-sentence", texts).has_value());
  REQUIRE_FALSE(ParseEvidence("2022-01 doc#x: text", texts).has_value());
}

}  // namespace
}  // namespace actorgraph
