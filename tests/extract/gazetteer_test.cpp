#include "extract/gazetteer.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "extract/default_schemas.h"
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

TEST_CASE("Gazetteer: NeedsMatchKey is true exactly when MatchKey changes the word", "[extract]") {
  for (std::string_view word :
       {"tokayev",     "tokaev",  "zelenskyy",  "zelensky",  "nazarbayev",  "gurbanguly",
        "dmitrij",     "jurij",   "podolyak",   "medvediev", "sergeyevich", "lavrov",
        "nikolaevich", "yevgeny", "evgenij",    "ji",        "kij",         "uijy",
        "arkhangelsk", "bakiev",  "tymoshenko", "yev",       "aiev"}) {
    INFO(word);
    REQUIRE(NeedsMatchKey(word) == (MatchKey(word) != word));
  }
}

std::vector<std::pair<std::string, std::string>> DefaultYaml() {
  std::vector<std::pair<std::string, std::string>> files;
  for (const EmbeddedFile& f : DefaultSchemaFiles()) files.emplace_back(f.path, f.content);
  return files;
}

std::string Written(const Gazetteer& gazetteer) {
  TableWriter out;
  gazetteer.Write(out);
  return std::move(out).Finish();
}

TEST_CASE("Gazetteer: the compiled default index is the one the default YAML gives", "[extract]") {
  // A stale default_tables.bin, or a gazetteer that reads differently than it writes, shows here.
  const Schema compiled = Schema::Load({});
  REQUIRE_FALSE(compiled.compiled_tables().empty());
  const Schema yaml = Schema::LoadFromStrings(DefaultYaml());
  REQUIRE(yaml.compiled_tables().empty());
  const Gazetteer read(compiled);
  const Gazetteer built(yaml);
  REQUIRE(Written(read) == Written(built));
  // and both answer alike
  NormalizedText n;
  auto tokens =
      TokensOf("Il presidente kazako Kassym-Jomart Tokaev ha incontrato l'OTSC a Mosca", &n);
  for (std::size_t i = 0; i <= tokens.size(); ++i) {
    const auto a = read.LongestMatchAt(tokens, i, n.text);
    const auto b = built.LongestMatchAt(tokens, i, n.text);
    REQUIRE(a.has_value() == b.has_value());
    if (a) {
      REQUIRE(a->end == b->end);
      REQUIRE(a->senses.size() == b->senses.size());
    }
  }
}

}  // namespace
}  // namespace actorgraph
