#include "extract/actor_recognizer.h"

#include <catch2/catch.hpp>

#include "tests/extract/extraction_fixture.h"

namespace actorgraph {
namespace {

using testing::Mentions;

TEST_CASE("ActorRecognizer: agents combine with a country", "[extract]") {
  auto m = Mentions("Il governo kazako ha chiuso le frontiere. I militari russi sono arrivati.");
  REQUIRE(m.count("KAZ@descriptor"));
  REQUIRE(m.count("RUS@descriptor"));
}

TEST_CASE("ActorRecognizer: descriptors resolve by the document's date", "[extract]") {
  // The same words name different people in 2015 and in 2022.
  REQUIRE(Mentions("Il presidente kazako ha parlato alla nazione.", "2022-01-05")
              .count("tokayev@descriptor"));
  REQUIRE(Mentions("Il presidente kazako ha parlato alla nazione.", "2015-06-01")
              .count("nazarbayev@descriptor"));
  // "il suo omologo" takes the office of the person just named
  auto m = Mentions("Il presidente russo ha telefonato al suo omologo kazako.", "2022-01-07");
  REQUIRE(m.count("putin@descriptor"));
  REQUIRE(m.count("tokayev@descriptor"));
}

TEST_CASE("ActorRecognizer: places are locations, capitals as agents are countries",
          "[extract]") {
  auto m = Mentions("Ad Astana la polizia ha arrestato decine di persone. Mosca ha respinto le "
                    "accuse.");
  REQUIRE(m.count("KAZ@location"));
  REQUIRE(m.count("RUS@dictionary"));
}

TEST_CASE("ActorRecognizer: new names after a title or a rank join later mentions",
          "[extract]") {
  auto m = Mentions("Il generale Oumarou Sankaré ha preso il potere. Ieri Sankaré ha parlato.");
  REQUIRE(m.count("new:oumarou-sankare@new_name"));
  REQUIRE(m.count("new:oumarou-sankare@coreference"));
  // an organisation introduced with its acronym in brackets
  auto o = Mentions("L'Unione dei Porti del Nord (Upn) ha protestato. Poi l'Upn ha taciuto.");
  REQUIRE(o.count("new:upn@new_name"));
}

TEST_CASE("ActorRecognizer: unknown people named with an apposition or a particle",
          "[extract]") {
  // a full name with its title after the comma, and the party named after the title
  auto r = testing::Relations("Ieri Dragan Petrović, vicepresidente di Sloga Nova, ha parlato.");
  REQUIRE(r.count("new:dragan-petrovic OFFICIAL_OF new:sloga-nova"));
  // name particles stay inside the name
  auto m = Mentions("Il portavoce della presidenza, Khalid al-Mansouri, ha smentito.");
  REQUIRE(m.count("new:khalid-al-mansouri@new_name"));
}

TEST_CASE("ActorRecognizer: transliteration variants and slips match the same actor",
          "[extract]") {
  REQUIRE(Mentions("Tokaev ha parlato.").count("tokayev@dictionary"));
  REQUIRE(Mentions("Nazarbaev ha parlato.").count("nazarbayev@dictionary"));
  REQUIRE(Mentions("La Bielorusssia ha votato.").count("BLR@dictionary"));
}

TEST_CASE("ActorRecognizer: prepositions fold articles and possessives", "[extract]") {
  std::vector<Token> tokens;
  auto word = [&](std::string w) {
    Token t;
    t.lower = t.fold = std::move(w);
    tokens.push_back(t);
  };
  word("dal");
  word("suo");
  word("omologo");
  REQUIRE(PrepositionBefore(tokens, 2) == "da");
  REQUIRE(BasePreposition("nell'") == "in");
  REQUIRE(BasePreposition("governo").empty());
}

}  // namespace
}  // namespace actorgraph
