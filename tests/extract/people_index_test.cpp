#include "extract/people_index.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "extract/default_schemas.h"

namespace actorgraph {
namespace {

Schema SmallSchema() {
  return Schema::LoadFromStrings({{"test.yaml", R"(
offices:
  - {office: president, titles: [presidente]}
  - {office: prime_minister, titles: [primo ministro]}
actors:
  - {id: KAZ, type: COUNTRY, label: Kazakhstan, names: {it: [Kazakistan]}}
  - {id: tokayev, type: PERSON, label: Kassym-Jomart Tokayev,
     names: {it: [Kassym-Jomart Tokayev, Tokaev]},
     offices: [{office: president, of: KAZ, from: "2019-03-20"}]}
  - {id: nazarbayev, type: PERSON, label: Nursultan Nazarbayev,
     names: {it: [Nursultan Nazarbayev]},
     offices: [{office: president, of: KAZ, from: "1990-04-24", to: "2019-03-20"},
               {office: prime_minister, of: KAZ, from: "1989-07-22", to: "1990-04-24"}]}
)"}});
}

std::string Written(const PeopleIndex& index) {
  TableWriter out;
  index.Write(out);
  return std::move(out).Finish();
}

TEST_CASE("PeopleIndex: holders of an office, in schema order", "[extract]") {
  const Schema schema = SmallSchema();
  const PeopleIndex index(schema);
  // both presidents, then anyone in any office of the country (one entry per term)
  const auto presidents = index.HoldersOf("president", "KAZ");
  REQUIRE(std::vector<std::uint32_t>(presidents.begin(), presidents.end()) ==
          std::vector<std::uint32_t>{1, 2});
  const auto any = index.HoldersOf("*", "KAZ");
  REQUIRE(std::vector<std::uint32_t>(any.begin(), any.end()) ==
          std::vector<std::uint32_t>{1, 2, 2});
  // no such office, no such actor
  REQUIRE(index.HoldersOf("king", "KAZ").empty());
  REQUIRE(index.HoldersOf("president", "RUS").empty());
}

TEST_CASE("PeopleIndex: first and last words of multi-word names", "[extract]") {
  const Schema schema = SmallSchema();
  const PeopleIndex index(schema);
  // match keys: "tokayev" and "tokaev" are one key
  REQUIRE(index.IsFirstName("nursultan"));
  REQUIRE(index.IsFirstName("kassym-jomart"));
  REQUIRE_FALSE(index.IsFirstName("tokaev"));  // a one-word name has no first word
  REQUIRE(index.IsLastNameOf("tokayev", "tokaev"));
  REQUIRE(index.IsLastNameOf("nazarbayev", "nazarbaev"));
  REQUIRE_FALSE(index.IsLastNameOf("tokayev", "nazarbaev"));
}

TEST_CASE("PeopleIndex: the compiled default index is the one the default YAML gives",
          "[extract]") {
  // A stale default_tables.bin, or an index that reads differently than it writes, shows here.
  const Schema compiled = Schema::Load({});
  REQUIRE_FALSE(compiled.compiled_tables().empty());
  std::vector<std::pair<std::string, std::string>> files;
  for (const EmbeddedFile& f : DefaultSchemaFiles()) files.emplace_back(f.path, f.content);
  const Schema yaml = Schema::LoadFromStrings(files);
  REQUIRE(yaml.compiled_tables().empty());
  REQUIRE(Written(PeopleIndex(compiled)) == Written(PeopleIndex(yaml)));
}

}  // namespace
}  // namespace actorgraph
