#include "extract/string_table.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/error.h"

namespace actorgraph {
namespace {

TEST_CASE("StringTable: words are numbered in the order they were first added", "[extract]") {
  StringTable table;
  REQUIRE(table.size() == 0);
  REQUIRE(table.Find("firma") == StringTable::kNotFound);
  REQUIRE(table.Add("firma") == 0);
  REQUIRE(table.Add("firmò") == 1);
  REQUIRE(table.Add("") == 2);
  // adding a word again returns its id and adds nothing
  REQUIRE(table.Add("firma") == 0);
  REQUIRE(table.size() == 3);
  REQUIRE(table.Find("firmò") == 1);
  REQUIRE(table.Find("") == 2);
  REQUIRE(table.Word(1) == "firmò");
  // prefixes, extensions and other cases are other words
  REQUIRE(table.Find("firm") == StringTable::kNotFound);
  REQUIRE(table.Find("firmare") == StringTable::kNotFound);
  REQUIRE(table.Find("Firma") == StringTable::kNotFound);
}

TEST_CASE("SameWord: equal words of every length, and words one byte apart", "[extract]") {
  const std::string long_word = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (std::size_t n = 0; n <= long_word.size(); ++n) {
    const std::string a = long_word.substr(0, n);
    INFO(a);
    REQUIRE(SameWord(a, std::string(a)));
    if (n < long_word.size()) REQUIRE_FALSE(SameWord(a, long_word.substr(0, n + 1)));
    for (std::size_t k = 0; k < n; ++k) {
      std::string b = a;
      b[k] = '#';
      REQUIRE_FALSE(SameWord(a, b));
    }
  }
}

TEST_CASE("StringTable: thousands of words, short and long, survive the table's growth",
          "[extract]") {
  StringTable table;
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i)
    words.push_back(std::string(static_cast<std::size_t>(i % 23), 'a') + std::to_string(i));
  for (std::size_t i = 0; i < words.size(); ++i) REQUIRE(table.Add(words[i]) == i);
  for (std::size_t i = 0; i < words.size(); ++i) {
    REQUIRE(table.Find(words[i]) == i);
    REQUIRE(table.Word(static_cast<std::uint32_t>(i)) == words[i]);
  }
  REQUIRE(table.Find("a5000") == StringTable::kNotFound);
}

TEST_CASE("StringTable: read back in place, a table answers as the one written", "[extract]") {
  StringTable table;
  for (std::string_view w : {"accordo", "intesa", "tregua", "patto"}) table.Add(w);
  TableWriter out;
  table.Write(out);
  const std::string bytes = std::move(out).Finish();
  TableReader in(bytes);
  StringTable read;
  read.Read(in);
  REQUIRE(in.AtEnd());
  REQUIRE(read.size() == 4);
  REQUIRE(read.Find("tregua") == 2);
  REQUIRE(read.Find("armistizio") == StringTable::kNotFound);
  // the words are the bytes' own: the table does not copy them
  REQUIRE(read.Word(0).data() >= bytes.data());
  REQUIRE(read.Word(0).data() < bytes.data() + bytes.size());
  // adding to a table that was read copies it first, and leaves the bytes alone
  const std::string before = bytes;
  REQUIRE(read.Add("armistizio") == 4);
  REQUIRE(read.Find("patto") == 3);
  REQUIRE(bytes == before);
}

TEST_CASE("StringTable: truncated bytes are a SchemaError", "[extract]") {
  StringTable table;
  table.Add("accordo");
  TableWriter out;
  table.Write(out);
  const std::string bytes = std::move(out).Finish();
  for (std::size_t size = 0; size < bytes.size(); size += 8) {
    TableReader in(std::string_view(bytes).substr(0, size));
    StringTable read;
    REQUIRE_THROWS_AS(read.Read(in), SchemaError);
  }
}

}  // namespace
}  // namespace actorgraph
