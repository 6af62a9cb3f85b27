#include "extract/schema_binary.h"

#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "extract/default_schemas.h"
#include "extract/error.h"
#include "extract/schema.h"

namespace actorgraph {
namespace {
namespace fs = std::filesystem;

// Field-by-field equality, written out here rather than through the serializer under test.
bool Same(const SourcePosition& a, const SourcePosition& b) {
  return std::tie(a.file, a.line, a.column) == std::tie(b.file, b.line, b.column);
}
bool Same(const OfficeTerm& a, const OfficeTerm& b) {
  return std::tie(a.office, a.of, a.from, a.to) == std::tie(b.office, b.of, b.from, b.to);
}
bool Same(const ArgumentFrame& a, const ArgumentFrame& b) { return a == b; }
bool Same(const Trigger& a, const Trigger& b);
template <typename T>
bool Same(const std::vector<T>& a, const std::vector<T>& b) {
  return std::ranges::equal(a, b, [](const T& x, const T& y) { return Same(x, y); });
}
bool Same(const ActorEntry& a, const ActorEntry& b) {
  return a.ref == b.ref && a.cameo == b.cameo && a.iso2 == b.iso2 &&
         a.leader_office == b.leader_office && a.names == b.names && a.acronyms == b.acronyms &&
         a.demonyms == b.demonyms && a.capitals == b.capitals && a.seats == b.seats &&
         Same(a.offices, b.offices) && a.surname == b.surname && Same(a.where, b.where);
}
bool Same(const AgentEntry& a, const AgentEntry& b) {
  return a.sector == b.sector && a.names == b.names && a.alone == b.alone && Same(a.where, b.where);
}
bool Same(const OfficeEntry& a, const OfficeEntry& b) {
  return a.office == b.office && a.titles == b.titles && Same(a.where, b.where);
}
bool Same(const Trigger& a, const Trigger& b) {
  return a.lemma == b.lemma && a.is_noun == b.is_noun && Same(a.frames, b.frames) &&
         a.confidence == b.confidence && Same(a.where, b.where);
}
bool Same(const RelationType& a, const RelationType& b) {
  return a.type == b.type && a.description == b.description && a.family == b.family &&
         a.cameo == b.cameo && a.symmetric == b.symmetric && Same(a.triggers, b.triggers) &&
         Same(a.where, b.where);
}

// Compares two schemas entry by entry, naming the first entry that differs.
void RequireSameSchema(const Schema& expected, const Schema& actual) {
  REQUIRE(expected.actors().size() == actual.actors().size());
  for (std::size_t i = 0; i < expected.actors().size(); ++i) {
    INFO("actor " << expected.actors()[i].ref.id);
    REQUIRE(Same(expected.actors()[i], actual.actors()[i]));
  }
  REQUIRE(expected.agents().size() == actual.agents().size());
  for (std::size_t i = 0; i < expected.agents().size(); ++i) {
    INFO("agent " << expected.agents()[i].sector);
    REQUIRE(Same(expected.agents()[i], actual.agents()[i]));
  }
  REQUIRE(expected.offices().size() == actual.offices().size());
  for (std::size_t i = 0; i < expected.offices().size(); ++i) {
    INFO("office " << expected.offices()[i].office);
    REQUIRE(Same(expected.offices()[i], actual.offices()[i]));
  }
  REQUIRE(expected.relation_types().size() == actual.relation_types().size());
  for (std::size_t i = 0; i < expected.relation_types().size(); ++i) {
    INFO("relation type " << expected.relation_types()[i].type);
    REQUIRE(Same(expected.relation_types()[i], actual.relation_types()[i]));
  }
  // the lookups are rebuilt too
  for (const ActorEntry& a : expected.actors()) {
    const ActorEntry* found = actual.FindActor(a.ref.id);
    REQUIRE(found != nullptr);
    REQUIRE(found->ref.id == a.ref.id);
  }
  for (const RelationType& t : expected.relation_types()) {
    const RelationType* found = actual.FindType(t.type);
    REQUIRE(found != nullptr);
    REQUIRE(found->type == t.type);
  }
  REQUIRE(expected.SymmetricTypes() == actual.SymmetricTypes());
}

std::vector<std::pair<std::string, std::string>> DefaultYaml() {
  std::vector<std::pair<std::string, std::string>> files;
  for (const EmbeddedFile& f : DefaultSchemaFiles()) {
    files.emplace_back(std::string(f.path), std::string(f.content));
  }
  return files;
}

// A fresh directory under the system temp dir, removed at the end of the test.
class TempDir {
 public:
  TempDir()
      : path_(fs::temp_directory_path() /
              ("actorgraph_schema_binary_test." + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string Write(const std::string& name, const std::string& content) const {
    const fs::path file = path_ / name;
    std::ofstream(file, std::ios::binary) << content;
    return file.string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

TEST_CASE("SchemaBinary: the default YAML survives serialization unchanged", "[extract]") {
  const Schema yaml = Schema::LoadFromStrings(DefaultYaml());
  REQUIRE(yaml.actors().size() > 100);
  const std::string bytes = SerializeSchema(yaml);
  RequireSameSchema(yaml, DeserializeSchema(bytes));
  // serializing is deterministic, so the embedded bytes are reproducible
  REQUIRE(SerializeSchema(DeserializeSchema(bytes)) == bytes);
}

TEST_CASE("SchemaBinary: the embedded compiled defaults equal the embedded YAML", "[extract]") {
  // A stale or mis-built default_schema.bin would show up here.
  REQUIRE(DefaultSchemaBinary().substr(0, kSchemaBinaryMagic.size()) == kSchemaBinaryMagic);
  RequireSameSchema(Schema::LoadFromStrings(DefaultYaml()), Schema::Load({}));
}

TEST_CASE("SchemaBinary: every field round-trips, including empty and odd values", "[extract]") {
  const Schema schema = Schema::LoadFromStrings({{"odd.yaml", R"(
offices:
  - {office: president, titles: [presidente]}
actors:
  - id: AAA
    type: COUNTRY
    label: "Àà \"quoted\" ünïcode"
    names: {it: [Aà], en: ""}
    acronyms: [AA]
    demonyms: [aaese]
    capitals: [Acapo]
    seats: [Palazzo A]
    cameo: AAA
    iso2: AA
    wikidata: Q1
    leader_office: president
  - id: bob
    type: PERSON
    label: Bob
    country: AAA
    surname: false
    offices:
      - {office: president, of: AAA, from: 2001, to: 2002-03-04}
      - {office: president, of: AAA}
agents:
  - {sector: military, names: [esercito], alone: AAA}
  - {sector: police, names: [polizia]}
relation_types:
  - type: MEET
    symmetric: true
    cameo: ["04"]
    family: cooperation
    verbs:
      - {lemma: incontrare, frames: [subject>object, pair, subject>pp:con], confidence: 0.123456789}
    nouns:
      - {lemma: incontro, frames: [pair]}
  - type: EMPTY
)"}});
  RequireSameSchema(schema, DeserializeSchema(SerializeSchema(schema)));
  // an empty schema too
  RequireSameSchema(Schema(), DeserializeSchema(SerializeSchema(Schema())));
}

TEST_CASE("SchemaBinary: user schemas still extend and override the compiled defaults",
          "[extract]") {
  TempDir dir;
  const std::string user = R"(
actors:
  - id: KAZ
    type: COUNTRY
    label: Qazaqstan
    names: [Qazaqstan]
  - id: new:acme
    type: ORGANIZATION
    label: Acme Corporation
    country: KAZ
relation_types:
  - type: CONSULT
    family: cooperation
    symmetric: true
    verbs:
      - {lemma: chiacchierare, frames: [subject>pp:con]}
)";
  const std::string file = dir.Write("user.yaml", user);
  const Schema loaded = Schema::Load({dir.path()});

  // the same as parsing the default YAML followed by the user file
  std::vector<std::pair<std::string, std::string>> files = DefaultYaml();
  files.emplace_back(file, user);
  RequireSameSchema(Schema::LoadFromStrings(files), loaded);
  // the compiled tables fit the defaults alone: the extractor builds its own for this schema
  REQUIRE(loaded.compiled_tables().empty());
  REQUIRE_FALSE(Schema::Load({}).compiled_tables().empty());

  // KAZ is replaced in place, new:acme is added at the end
  const Schema defaults = Schema::Load({});
  REQUIRE(loaded.actors().size() == defaults.actors().size() + 1);
  const ActorEntry* kaz = loaded.FindActor("KAZ");
  REQUIRE(kaz != nullptr);
  REQUIRE(kaz->ref.label == "Qazaqstan");
  REQUIRE(kaz->where.file == file);
  REQUIRE(kaz - loaded.actors().data() == defaults.FindActor("KAZ") - defaults.actors().data());
  REQUIRE(loaded.actors().back().ref.id == "new:acme");
  REQUIRE(loaded.FindType("CONSULT")->triggers.size() == 1);
}

TEST_CASE("SchemaBinary: user entries are validated against the compiled defaults", "[extract]") {
  TempDir dir;
  // a reference to a default resolves; one to nothing fails at the user's line
  dir.Write("a.yaml", "actors:\n  - {id: x, type: PERSON, label: X, country: KAZ}\n");
  REQUIRE_NOTHROW(Schema::Load({dir.path()}));
  const std::string bad = dir.Write("b.yaml",
                                    "actors:\n  - {id: y, type: PERSON, label: Y, "
                                    "country: NOWHERE}\n");
  try {
    Schema::Load({dir.path()});
    FAIL("expected a SchemaError");
  } catch (const SchemaError& e) {
    REQUIRE(e.where().file == bad);
    REQUIRE(e.where().line == 2);
    REQUIRE(e.message() == "actor 'y': unknown country 'NOWHERE'");
  }
}

TEST_CASE("SchemaBinary: damaged bytes are a SchemaError, not a crash", "[extract]") {
  const std::string bytes(DefaultSchemaBinary());
  // wrong magic, wrong version, every truncation point near the ends, trailing garbage
  REQUIRE_THROWS_AS(DeserializeSchema(""), SchemaError);
  REQUIRE_THROWS_AS(DeserializeSchema("AGSCHEM"), SchemaError);
  REQUIRE_THROWS_AS(DeserializeSchema("XX" + bytes.substr(2)), SchemaError);
  std::string other_version = bytes;
  other_version[kSchemaBinaryMagic.size()] = static_cast<char>(kSchemaBinaryVersion + 1);
  REQUIRE_THROWS_WITH(DeserializeSchema(other_version), Catch::Contains("version"));
  for (std::size_t cut = 1; cut < 64; ++cut) {
    REQUIRE_THROWS_AS(DeserializeSchema(std::string_view(bytes).substr(0, bytes.size() - cut)),
                      SchemaError);
    REQUIRE_THROWS_AS(DeserializeSchema(std::string_view(bytes).substr(0, cut)), SchemaError);
  }
  REQUIRE_THROWS_WITH(DeserializeSchema(bytes + "x"), Catch::Contains("trailing"));
}

}  // namespace
}  // namespace actorgraph
