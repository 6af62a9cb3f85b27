// Fuzzes the schema loader: the bytes are one user YAML file, loaded after a small base schema
// when the first byte is odd (so that references to known actors, offices and types resolve
// and overrides are exercised; the full defaults would take 0.3 s per input), else alone. A bad
// file must give a SchemaError, never a crash, a hang or another exception.

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "extract/error.h"
#include "extract/schema.h"

namespace {

constexpr const char* kBase = R"(actors:
  - {id: KAZ, type: COUNTRY, label: Kazakhstan, names: {it: [Kazakistan]}, demonyms: [kazako],
     capitals: [Astana], leader_office: president}
  - {id: RUS, type: COUNTRY, label: Russia, seats: [Cremlino], leader_office: president}
  - {id: csto, type: IGO, label: CSTO, acronyms: [OTSC, CSTO]}
  - id: putin
    type: PERSON
    label: Vladimir Putin
    country: RUS
    offices:
      - {office: president, of: RUS, from: 2012-05-07}
agents:
  - {sector: military, names: [esercito, militari]}
  - {sector: protesters, names: [manifestanti], alone: protesters_actor}
offices:
  - {office: president, titles: [presidente]}
  - {office: prime_minister, titles: [premier, primo ministro]}
relation_types:
  - type: CONSULT
    family: cooperation
    symmetric: true
    verbs:
      - {lemma: incontrare, frames: [subject>object, pair]}
    nouns:
      - {lemma: incontro, frames: ["pp:con>of", pair], confidence: 0.7}
)";

constexpr const char* kBaseActors = R"(actors:
  - {id: protesters_actor, type: GROUP, label: Protesters}
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::vector<std::pair<std::string, std::string>> files;
  if ((data[0] & 1) != 0) {
    files.emplace_back("base.yaml", kBase);
    files.emplace_back("base_actors.yaml", kBaseActors);
  }
  files.emplace_back("fuzz.yaml", std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  try {
    actorgraph::Schema schema = actorgraph::Schema::LoadFromStrings(files);
    (void)schema.SymmetricTypes();
  } catch (const actorgraph::SchemaError&) {
  }
  return 0;
}
