#pragma once
// Italian verb and noun morphology for the relation rules: every form of a trigger lemma is
// generated (regular conjugation plus tables of irregular verbs and participles), so a rule
// written for "firmare" fires on "ha firmato", "firmò", "firmeranno", "firmando", "firmarlo".

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/word_set.h"

namespace actorgraph {

enum class VerbTense : std::uint8_t {
  kInfinitive,
  kPresent,
  kImperfect,
  kPastRemote,      // passato remoto: firmò
  kFuture,          // firmerà
  kConditional,     // firmerebbe
  kSubjunctive,     // (che) firmi
  kSubjunctiveImperfect,  // (se) firmasse
  kImperative,
  kGerund,          // firmando
  kPastParticiple,  // firmato, firmata, firmati, firmate
  kPresentParticiple,
};

struct VerbForm {
  std::string lemma;     // "firmare"
  VerbTense tense = VerbTense::kInfinitive;
  std::uint8_t person = 0;   // 1..3 for finite forms, 0 otherwise
  bool plural = false;
  bool feminine = false;     // participles
  std::string clitic;        // attached clitic(s) for infinitives/gerunds/imperatives: "lo", "gli"
};

// Returns every form of a verb lemma (an infinitive ending in -are, -ere, -ire, -rre, also
// reflexive "-rsi"), each with its analysis. Irregular verbs (essere, avere, fare, dire, dare,
// stare, andare, venire, volere, potere, dovere, porre and compounds, -durre, chiedere,
// mettere, uccidere, espellere, scegliere, ...) come from tables. Unknown irregulars are
// conjugated as regular. Forms are lower-case with accents (firmò). A reflexive lemma keeps its
// -si in VerbForm::lemma ("scagliarsi": scaglia, scagliò, scagliandosi with clitic "si").
// Returns an empty vector when `lemma` is not an infinitive.
std::vector<std::pair<std::string, VerbForm>> ConjugateVerb(std::string_view lemma);

// Returns the singular and plural forms of a noun lemma ("incontro" -> incontro, incontri;
// "minaccia" -> minaccia, minacce; "crisi" -> crisi), lower-case.
std::vector<std::string> NounForms(std::string_view lemma);

// A surface form -> analyses index over a set of lemmas. Build once, then query (const).
class VerbLexicon {
 public:
  // Adds every form of `lemma`. Must not be called after the lexicon is shared across threads.
  void AddVerb(std::string_view lemma);
  // Returns the analyses of a lower-case surface form, or an empty span.
  std::span<const VerbForm> Lookup(std::string_view form) const;

 private:
  // Transparent, so that Lookup(string_view) hashes the token without building a std::string.
  struct FormHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view form) const noexcept {
      return std::hash<std::string_view>{}(form);
    }
  };
  std::unordered_map<std::string, std::vector<VerbForm>, FormHash, std::equal_to<>> forms_;
  // Every key of forms_ (sized for 64k forms): most tokens are no verb form and leave here.
  WordFilter filter_{std::size_t{1} << 16};
};

// Analyses of the auxiliary, modal and aspectual verbs the rules look through: essere, avere,
// venire (passive), stare, potere, dovere, volere, and their forms. Returns nullptr for others.
const std::vector<VerbForm>* AuxiliaryForms(std::string_view form);

}  // namespace actorgraph
