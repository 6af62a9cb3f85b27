#pragma once
// The records the extractor produces: actor mentions and typed relations between actors. They
// are the contract between extract/ and graph/ and the JSON Lines format of `actorgraph extract`.

#include <cstddef>
#include <string>

#include "extract/literal_comparable_string.h"
#include "extract/shared_string.h"

namespace actorgraph {

// An actor as the rest of the pipeline sees it, whether it came from the dictionary or was
// found as a new name. id is stable across documents and runs. The rules test the fields
// against literals (`actor.type == "PERSON"`), and copy actors often: SharedString does both
// cheaply (a copy of a schema's actor writes six pointers).
struct ActorRef {
  SharedString id;        // "putin", "KAZ", "csto", "new:wagner-group"
  SharedString label;     // "Vladimir Putin"
  SharedString type;      // PERSON, COUNTRY, IGO, ORGANIZATION, GROUP, ...
  SharedString country;   // ISO 3166 alpha-3 of the actor's country, when known
  SharedString sector;    // for an agent resolved to its country: "government", ...
  SharedString wikidata;  // "Q7747", when known

  bool empty() const { return id.empty(); }
  friend bool operator==(const ActorRef&, const ActorRef&) = default;
  // Six pointer exchanges; the default std::swap would move through a temporary.
  friend void swap(ActorRef& a, ActorRef& b) noexcept {
    swap(a.id, b.id);
    swap(a.label, b.label);
    swap(a.type, b.type);
    swap(a.country, b.country);
    swap(a.sector, b.sector);
    swap(a.wikidata, b.wikidata);
  }
};

// How a mention was resolved to its actor. Arrays, not pointers, so that the rules' tests
// (`m.resolution == kResolvedDictionary`) compare them inline (LiteralComparableString).
inline constexpr char kResolvedDictionary[] = "dictionary";
inline constexpr char kResolvedDescriptor[] = "descriptor";
inline constexpr char kResolvedNewName[] = "new_name";
inline constexpr char kResolvedCoreference[] = "coreference";

// One occurrence of an actor in a document.
struct Mention {
  std::string doc;
  std::size_t sentence = 0;  // 0-based index of the sentence in the document
  std::size_t start = 0;     // byte offsets of the mention in the original document
  std::size_t end = 0;
  std::string text;          // the surface text, as in the original document
  ActorRef actor;
  std::string resolution;    // one of the kResolved* values
  bool is_location = false;  // "ad Astana": the place where something happens, not an actor
};

// The modality of a relation: how the text commits to it (arrays, as the kResolved* above).
inline constexpr char kModalityAsserted[] = "asserted";
inline constexpr char kModalityReported[] = "reported";          // "sarebbe", "secondo fonti"
inline constexpr char kModalityFuture[] = "future";              // "firmeranno", "inizierà"
inline constexpr char kModalityHypothetical[] = "hypothetical";  // "potrebbe", "se ..."

// A typed, directed relation between two actors, with its provenance.
struct Relation {
  std::string doc;            // the document's path or id
  std::string date;           // "YYYY-MM" or "YYYY-MM-DD"; empty when unknown
  std::size_t sentence = 0;   // 0-based index of the sentence in the document
  std::size_t start = 0;      // byte offsets of the sentence in the original document
  std::size_t end = 0;
  ActorRef source;
  LiteralComparableString type;  // "CONSULT", "OFFICIAL_OF", ...
  ActorRef target;
  std::string trigger;        // the word that triggered the rule: "incontro", "firmato"
  bool negated = false;
  LiteralComparableString modality = kModalityAsserted;
  double confidence = 1.0;
  LiteralComparableString rule;  // the rule that fired, so a user can see why
  std::string text;           // the sentence
  std::string location;       // where it happened ("Almaty"), when the text says
  std::string attribute;      // OFFICIAL_OF: the office ("president"); agents: the sector
  // How the document names each end where it names it in full (its first mention by name,
  // not "il partito" or "il presidente"), when that differs from the label: "Partito
  // repubblicano del popolo" for the CHP, whose label is "Partito popolare repubblicano".
  std::string source_name;
  std::string target_name;
};

}  // namespace actorgraph
