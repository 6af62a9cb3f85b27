#pragma once
// Relation rules: finds trigger verbs and nouns of the schema's relation types in a sentence
// and fills their argument frames from the recognised actors, handling compound tenses,
// passives ("è stato arrestato", "le truppe inviate da Mosca"), coordinated actors, dropped
// subjects, nominal events ("l'invasione russa dell'Ucraina", "colloqui tra X e Y",
// "l'incontro Putin-Tokayev"), lists ("di cui fanno parte A, B e C"), negation and modality.
// Compile once from the schema; Match() is const and thread-safe.

#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/actor_recognizer.h"
#include "extract/morphology.h"
#include "extract/relation.h"
#include "extract/schema.h"
#include "extract/tokenizer.h"
#include "extract/word_set.h"

namespace actorgraph {

class RelationMatcher {
 public:
  // The schema must outlive the matcher.
  explicit RelationMatcher(const Schema& schema, std::size_t max_pairs_per_sentence = 12);
  // Not copyable: the TriggerRefs point into the matcher's own rest_words_.
  RelationMatcher(const RelationMatcher&) = delete;
  RelationMatcher& operator=(const RelationMatcher&) = delete;

  // Replaces the contents of `out` with the relations of one sentence (source, type, target,
  // trigger, negated, modality, confidence, rule, location and attribute filled; provenance is
  // the caller's). Passing the same vector for every sentence reuses its storage. Updates the
  // document memory's last subject.
  void Match(std::span<const Token> tokens, std::string_view text, const SentenceActors& actors,
             DocumentMemory& memory, std::vector<Relation>& out) const;

 private:
  struct TriggerRef {
    std::uint32_t type = 0;     // index into Schema::relation_types()
    std::uint32_t trigger = 0;  // index into its triggers
    // Further words of a multi-word lemma ("dichiarazione congiunta"), in rest_words_: an
    // occurrence copies its TriggerRef, which must not allocate.
    std::span<const std::string> rest;
  };
  struct Occurrence;
  struct Sentence;

  // Replaces the contents of `found` with the sentence's trigger occurrences (Match reuses
  // one vector for every sentence).
  void FindTriggers(const Sentence& s, std::vector<Occurrence>& found) const;
  static std::optional<std::size_t> InstrumentNounBefore(const Sentence& s, std::size_t che);
  // Whether `person` is the president or prime minister of `country` at `date`.
  bool LeadsCountryAt(std::string_view person, std::string_view country,
                      std::string_view date) const;
  bool ParticleAfterObject(const Sentence& s, const TriggerRef& ref, std::size_t verb) const;
  void Resolve(const Sentence& s, const Occurrence& occ, DocumentMemory& memory,
               std::vector<Relation>& out) const;
  void MatchMembership(const Sentence& s, std::vector<Relation>& out) const;
  // "colloqui mediati dagli Stati Uniti", "un vertice ospitato da X", "con la mediazione del
  // Qatar": the mediator or host consults each party of the talks.
  void MatchMediation(const Sentence& s, std::span<const Occurrence> found,
                      const DocumentMemory& memory, std::vector<Relation>& out) const;
  // "Su richiesta della Guyana, il Consiglio di sicurezza si è riunito": whoever asked
  // requests it of the clause's subject.
  void MatchRequestedBy(const Sentence& s, std::vector<Relation>& out) const;
  // "La Francia ha richiamato i suoi ambasciatori a Washington e Canberra": recalling an
  // envoy reduces relations with the country it was posted to (SANCTION).
  void MatchRecalledEnvoys(const Sentence& s, const DocumentMemory& memory,
                           std::vector<Relation>& out) const;
  void RedirectReleaseRequests(const Sentence& s, const DocumentMemory& memory,
                               std::vector<Relation>& out) const;
  // "Tra i fermati ci sono X e Y", "tra i liberati c'è anche X": those named among the
  // arrested or the freed were arrested or freed, by the state where it happened.
  void MatchAmongThe(const Sentence& s, const DocumentMemory& memory,
                     std::vector<Relation>& out) const;

  const Schema& schema_;
  std::size_t max_pairs_;
  std::deque<std::vector<std::string>> rest_words_;  // TriggerRef::rest of each trigger
  VerbLexicon verbs_;  // every form of the verb triggers (TriggerVerbLexicon)
  // By lemma; transparent, so that a VerbForm's lemma finds its triggers without a copy.
  std::unordered_map<std::string, std::vector<TriggerRef>, StringViewHash, std::equal_to<>>
      verb_triggers_;
  FilteredWordMap<std::vector<TriggerRef>> noun_triggers_;  // by form, asked every token
};

}  // namespace actorgraph
