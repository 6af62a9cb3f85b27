#include "extract/relation_matcher.h"

#include <catch2/catch.hpp>

#include "tests/extract/extraction_fixture.h"

namespace actorgraph {
namespace {

using testing::Relations;

TEST_CASE("RelationMatcher: verbs in any tense, with subject and object", "[extract]") {
  REQUIRE(Relations("La Russia ha invaso l'Ucraina.").count("RUS ASSAULT UKR"));
  REQUIRE(Relations("Gli Stati Uniti accusarono la Cina.").count("USA ACCUSE CHN"));
  REQUIRE(Relations("Il Giappone sanzionerà la Corea del Nord.")
              .count("JPN SANCTION PRK [future]"));
}

TEST_CASE("RelationMatcher: passives take the agent as source", "[extract]") {
  REQUIRE(Relations("Karim Masimov è stato arrestato dal KNB.").count("knb COERCE masimov"));
  // a dropped subject is carried over from the sentence before
  REQUIRE(Relations("Ieri è tornato ad Almaty Karim Masimov. Si sa che è detenuto dal KNB.")
              .count("knb COERCE masimov"));
}

TEST_CASE("RelationMatcher: indirect objects and prepositional frames", "[extract]") {
  REQUIRE(Relations("Gli Stati Uniti hanno chiesto al governo kazako di revocare l'ordine.")
              .count("USA REQUEST KAZ"));
  REQUIRE(Relations("Il ministero della Difesa russo ha annunciato il ritiro dei militari russi "
                    "dal Kazakistan.")
              .count("RUS RETREAT KAZ"));
}

TEST_CASE("RelationMatcher: nominal events and pairs", "[extract]") {
  REQUIRE(Relations("Oggi l'incontro Putin-Tokayev al Cremlino.").count("putin CONSULT tokayev"));
  REQUIRE(Relations("Sono ripresi i colloqui tra Serbia e Kosovo.").count("SRB CONSULT XKX"));
  REQUIRE(Relations("Tutti ricordano l'invasione russa dell'Ucraina.").count("RUS ASSAULT UKR"));
}

TEST_CASE("RelationMatcher: coordinated actors each get the relation", "[extract]") {
  auto r = Relations("Mali e Burkina Faso hanno condannato la Francia.");
  REQUIRE(r.count("MLI ACCUSE FRA"));
  REQUIRE(r.count("BFA ACCUSE FRA"));
}

TEST_CASE("RelationMatcher: negation and modality are fields", "[extract]") {
  REQUIRE(Relations("La Russia non ha invaso la Georgia.").count("RUS ASSAULT GEO (negated)"));
  REQUIRE(Relations("Secondo fonti locali, la Turchia avrebbe bombardato la Siria.")
              .count("TUR ASSAULT SYR [reported]"));
}

TEST_CASE("RelationMatcher: co-occurrence is not a relation", "[extract]") {
  REQUIRE(Relations("La Francia e la Germania hanno tempi diversi per le elezioni.").empty());
}

TEST_CASE("RelationMatcher: structural relations from titles, lists and kinship",
          "[extract]") {
  REQUIRE(Relations("Il segretario generale della Nato, Jens Stoltenberg, è arrivato.")
              .count("stoltenberg OFFICIAL_OF nato"));
  auto members = Relations("La Csto, di cui fanno parte Armenia, Bielorussia e Russia, si è riunita.");
  REQUIRE(members.count("ARM MEMBER_OF csto"));
  REQUIRE(members.count("RUS MEMBER_OF csto"));
  REQUIRE(Relations("Samat Abish, nipote di Nazarbayev, è stato rimosso.")
              .count("abish RELATIVE_OF nazarbayev"));
}

}  // namespace
}  // namespace actorgraph
