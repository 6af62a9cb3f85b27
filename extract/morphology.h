#pragma once
// Italian verb and noun morphology for the relation rules: every form of a trigger lemma is
// generated (regular conjugation plus tables of irregular verbs and participles), so a rule
// written for "firmare" fires on "ha firmato", "firmò", "firmeranno", "firmando", "firmarlo".

#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/string_table.h"
#include "extract/table_io.h"
#include "extract/word_set.h"

namespace actorgraph {

class Schema;

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
  // "firmare": points into the VerbLexicon that holds the form, or at the lemma given to
  // ConjugateVerb.
  std::string_view lemma;
  VerbTense tense = VerbTense::kInfinitive;
  std::uint8_t person = 0;   // 1..3 for finite forms, 0 otherwise
  bool plural = false;
  bool feminine = false;     // participles
  // Attached clitic(s) for infinitives/gerunds/imperatives: "lo", "gli", "glielo"; static.
  std::string_view clitic;
};

// Returns every form of a verb lemma (an infinitive ending in -are, -ere, -ire, -rre, also
// reflexive "-rsi"), each with its analysis. Irregular verbs (essere, avere, fare, dire, dare,
// stare, andare, venire, volere, potere, dovere, porre and compounds, -durre, chiedere,
// mettere, uccidere, espellere, scegliere, ...) come from tables. Unknown irregulars are
// conjugated as regular. Forms are lower-case with accents (firmò). A reflexive lemma keeps its
// -si in VerbForm::lemma ("scagliarsi": scaglia, scagliò, scagliandosi with clitic "si").
// Returns an empty vector when `lemma` is not an infinitive. The analyses' lemma points at
// `lemma`.
std::vector<std::pair<std::string, VerbForm>> ConjugateVerb(std::string_view lemma);

// Returns the singular and plural forms of a noun lemma ("incontro" -> incontro, incontri;
// "minaccia" -> minaccia, minacce; "crisi" -> crisi), lower-case.
std::vector<std::string> NounForms(std::string_view lemma);

// A surface form -> analyses index over a set of lemmas. Build once, then query (const).
class VerbLexicon {
 public:
  // Adds every form of `lemma` (nothing when it was added before). Must not be called after
  // the lexicon is shared across threads.
  void AddVerb(std::string_view lemma);
  // Returns the analyses of a lower-case surface form, lemma by lemma in the order they were
  // added, or an empty span. Valid until the next AddVerb.
  std::span<const VerbForm> Lookup(std::string_view form) const {
    if (!filter_.MayContain(form)) return {};
    const std::uint32_t id = forms_.Find(form);
    if (id == StringTable::kNotFound) return {};
    return std::span<const VerbForm>(analyses_).subspan(analyses_of_[id].begin,
                                                        analyses_of_[id].count);
  }

  // The lexicon as arrays of compiled tables (extract/table_io.h), and back: Read() gives the
  // lexicon that was written, lemmas and analyses in the same order, and uses the arrays in
  // place (the bytes must outlive the lexicon).
  void Write(TableWriter& out) const;
  void Read(TableReader& in);

 private:
  struct Analyses {
    std::uint32_t begin = 0;  // into analyses_
    std::uint32_t count = 0;
  };
  std::deque<std::string> lemmas_;  // added ones; a deque: VerbForm::lemma points into them
  StringTable lemma_ids_;
  StringTable forms_;
  TableArray<Analyses> analyses_of_;  // by form id
  std::vector<VerbForm> analyses_;
  // Every form (sized for 64k forms): most tokens are no verb form and leave here.
  WordFilter filter_{std::size_t{1} << 16};
};

// The lexicon of the schema's verb triggers: the first word of every verb lemma, in schema
// order. Read from the schema's compiled tables when it has them (the embedded defaults),
// conjugated here otherwise.
VerbLexicon TriggerVerbLexicon(const Schema& schema);

// The name of the lexicon's section in a schema's compiled tables (Schema::compiled_tables).
inline constexpr std::string_view kTriggerVerbsSection = "verbs";

// Analyses of the auxiliary, modal and aspectual verbs the rules look through: essere, avere,
// venire (passive), stare, potere, dovere, volere, and their forms. Returns nullptr for others.
const std::vector<VerbForm>* AuxiliaryForms(std::string_view form);

}  // namespace actorgraph
