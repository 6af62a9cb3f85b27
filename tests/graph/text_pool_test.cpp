#include "graph/text_pool.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>

namespace actorgraph {
namespace {

TEST_CASE("TextPool: a text is stored once and outlives moves of its pool", "[graph]") {
  TextPool texts;
  const PooledText consult = texts.Add("CONSULT");
  // the same text again is the same text, stored once; the empty string takes no room
  CHECK(texts.Add(std::string("CONSULT")) == consult);
  CHECK(texts.size() == 1);
  CHECK(texts.Add("").empty());
  CHECK(texts.size() == 1);
  // texts stay where they are while the pool moves and grows over many blocks
  TextPool moved = std::move(texts);
  for (int i = 0; i < 100000; ++i) moved.Add("sentence " + std::to_string(i));
  CHECK(consult.view() == "CONSULT");
  CHECK(moved.size() == 100001);
  CHECK(moved.Add("sentence 99999") == "sentence 99999");
  CHECK(moved.size() == 100001);
  // a frozen pool keeps its texts
  moved.Freeze();
  CHECK(consult == "CONSULT");
}

TEST_CASE("TextPool: any bytes, any length", "[graph]") {
  TextPool texts;
  const std::string with_nul("a\0b", 3);
  CHECK(texts.Add(with_nul).view() == with_nul);
  CHECK(texts.Add("a").view() == "a");
  const std::string long_text(3 << 20, 'z');  // longer than a block
  CHECK(texts.Add(long_text).view() == long_text);
  CHECK(texts.Add("after").view() == "after");
  CHECK(texts.size() == 4);
}

TEST_CASE("PooledText: compares by content, whatever the pool", "[graph]") {
  TextPool a, b;
  CHECK(a.Add("2022-01") == b.Add("2022-01"));
  CHECK(a.Add("2022-01") < b.Add("2022-01-06"));
  CHECK(a.Add("2022-02") > b.Add("2022-01-06"));
  CHECK(PooledText() < a.Add("0"));  // the empty text first, as ""
  CHECK(PooledText() == "");
  // with plain strings, either side
  CHECK(a.Add("x") == "x");
  CHECK("x" == a.Add("x"));
  CHECK(a.Add("x") != std::string("y"));
}

}  // namespace
}  // namespace actorgraph
