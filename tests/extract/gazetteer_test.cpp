#include "extract/gazetteer.h"

#include <catch2/catch.hpp>

#include "extract/normalizer.h"

namespace actorgraph {
namespace {

Schema SmallSchema() {
  return Schema::LoadFromStrings({{"test.yaml", R"(
actors:
  - {id: KAZ, type: COUNTRY, label: Kazakhstan, names: {it: [Kazakistan, Kazakhstan]},
     demonyms: [kazako], capitals: [Astana]}
  - {id: csto, type: IGO, label: CSTO, names: {it: [Organizzazione del Trattato di Sicurezza Collettiva]},
     acronyms: [OTSC, CSTO]}
  - {id: tokayev, type: PERSON, label: Kassym-Jomart Tokayev, names: {any: [Kassym-Jomart Tokayev]}}
)"}});
}

std::vector<Token> TokensOf(const std::string& text, NormalizedText* normalized) {
  *normalized = Normalize(text);
  return Tokenize(normalized->text, 0, normalized->text.size());
}

TEST_CASE("Gazetteer: the longest name wins and acronyms keep their case", "[extract]") {
  Schema schema = SmallSchema();
  Gazetteer gazetteer(schema);
  NormalizedText n;
  auto tokens = TokensOf("l'Organizzazione del Trattato di Sicurezza Collettiva e l'OTSC", &n);
  // tokens: l' Organizzazione del Trattato di Sicurezza Collettiva e l' OTSC
  auto long_name = gazetteer.LongestMatchAt(tokens, 1, n.text);
  REQUIRE(long_name);
  REQUIRE(long_name->end == 7);
  REQUIRE(gazetteer.LongestMatchAt(tokens, 9, n.text));
  // a lower-case "otsc" is not the acronym
  auto lower = TokensOf("otsc", &n);
  REQUIRE_FALSE(gazetteer.LongestMatchAt(lower, 0, n.text));
}

TEST_CASE("Gazetteer: surnames and transliterations", "[extract]") {
  Schema schema = SmallSchema();
  Gazetteer gazetteer(schema);
  NormalizedText n;
  auto tokens = TokensOf("Tokaev", &n);
  auto m = gazetteer.LongestMatchAt(tokens, 0, n.text);
  REQUIRE(m);
  REQUIRE(m->senses.front().kind == NameKind::kSurname);
  REQUIRE(MatchKey("zelenskyy") == MatchKey("zelensky"));
  REQUIRE(MatchKey("nazarbayev") == MatchKey("nazarbaev"));
}

TEST_CASE("Gazetteer: a one-letter slip in a long country name", "[extract]") {
  Schema schema = SmallSchema();
  Gazetteer gazetteer(schema);
  NormalizedText n;
  REQUIRE(gazetteer.LookupMisspelledCountry(TokensOf("Kazakistn", &n)[0]).has_value());
  REQUIRE_FALSE(gazetteer.LookupMisspelledCountry(TokensOf("Kasachstan", &n)[0]).has_value());
}

}  // namespace
}  // namespace actorgraph
