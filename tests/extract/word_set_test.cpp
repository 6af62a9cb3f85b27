#include "extract/word_set.h"

#include <catch2/catch.hpp>
#include <string>

namespace actorgraph {
namespace {

TEST_CASE("WordSet: members and non-members", "[extract]") {
  static constexpr std::string_view kArticles[] = {"il", "lo", "la", "i", "gli", "le", "l'", "un'"};
  const WordSet set(std::begin(kArticles), std::end(kArticles));
  // Every member is found, whatever string it comes from.
  for (std::string_view w : kArticles) REQUIRE(set.contains(std::string(w)));
  // Words sharing length and first/last byte with a member are not members.
  REQUIRE_FALSE(set.contains("ia"));
  REQUIRE_FALSE(set.contains("glo"));
  REQUIRE_FALSE(set.contains("un"));
  REQUIRE_FALSE(set.contains(""));
  REQUIRE(set.count("gli") == 1);
  REQUIRE(set.count("Gli") == 0);  // case-sensitive, like the std::unordered_set it replaces
}

TEST_CASE("WordMap: values, and the first of a repeated word wins", "[extract]") {
  const WordMap<std::string_view> folds = {{"del", "di"}, {"al", "a"}, {"del", "xx"}};
  REQUIRE(folds.Find("del") != nullptr);
  REQUIRE(*folds.Find("del") == "di");
  REQUIRE(*folds.Find("al") == "a");
  REQUIRE(folds.Find("dal") == nullptr);
}

TEST_CASE("WordMap: a full hundred words stay distinct", "[extract]") {
  std::vector<std::string> words;
  for (int i = 0; i < 100; ++i) words.push_back("w" + std::to_string(i) + "x");
  std::vector<std::pair<std::string_view, int>> entries;
  for (int i = 0; i < 100; ++i) entries.emplace_back(words[static_cast<std::size_t>(i)], i);
  const WordMap<int> map(entries.begin(), entries.end());
  for (int i = 0; i < 100; ++i) REQUIRE(*map.Find(words[static_cast<std::size_t>(i)]) == i);
  REQUIRE(map.Find("w100x") == nullptr);
}

TEST_CASE("WordFilter: never rejects a key, rejects most other words", "[extract]") {
  std::vector<std::string> keys;
  for (int i = 0; i < 5000; ++i) keys.push_back("firm" + std::to_string(i) + "ato");
  WordFilter filter(keys.size());
  for (const std::string& k : keys) filter.Add(k);
  // No false negative: a key always passes.
  for (const std::string& k : keys) REQUIRE(filter.MayContain(k));
  // Few false positives among words that are no keys.
  int passed = 0;
  for (int i = 0; i < 5000; ++i) passed += filter.MayContain("parola" + std::to_string(i)) ? 1 : 0;
  REQUIRE(passed < 500);
  // An empty filter rejects everything, the empty word included.
  const WordFilter empty;
  REQUIRE_FALSE(empty.MayContain("firmato"));
  REQUIRE_FALSE(empty.MayContain(""));
}

TEST_CASE("FilteredWordMap: finds what was added, nothing else", "[extract]") {
  FilteredWordMap<std::vector<int>> map;
  map["incontro"].push_back(1);
  map["incontri"].push_back(2);
  map["incontro"].push_back(3);
  REQUIRE(map.find("incontro") != map.end());
  REQUIRE(map.find("incontro")->second == std::vector<int>{1, 3});
  REQUIRE(map.count("incontri") == 1);
  REQUIRE(map.count("incontra") == 0);
  REQUIRE(map.find("") == map.end());
}

}  // namespace
}  // namespace actorgraph
