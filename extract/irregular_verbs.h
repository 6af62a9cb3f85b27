#pragma once
// Tables behind morphology.cpp: Italian verbs whose conjugation departs from the regular
// -are/-ere/-ire paradigms, and the small lists that steer the regular paradigms (-ire verbs
// without -isc-, -iare verbs with a stressed i). Internal to actorgraph_extract.

#include <optional>
#include <string_view>

namespace actorgraph::verb_tables {

// What an irregular verb changes in the regular paradigm of its model infinitive. Empty fields
// mean "regular". Finite fields hold the six persons (1sg 2sg 3sg 1pl 2pl 3pl) separated by
// spaces, alternative spellings by '/': "devo/debbo devi deve dobbiamo dovete devono/debbono".
struct IrregularVerb {
  std::string_view lemma;             // the base: "tenere", "porre", "durre", "cidere"
  std::string_view model = {};        // infinitive the stems come from: "ponere" for porre
  std::string_view future = {};       // future/conditional stem(s): "porr", "morir/morr"
  std::string_view participle = {};   // masculine singular past participle: "posto"
  std::string_view strong_past = {};  // 1sg/3sg/3pl passato remoto stem: "pos" -> posi
  std::string_view present = {};      // indicative present; the subjunctive derives from it
  std::string_view subjunctive = {};  // congiuntivo presente when not derivable
  std::string_view imperative = {};   // "2sg 1pl 2pl"; "-" = none (potere)
  std::string_view past_remote = {};  // full passato remoto (overrides strong_past)
  std::string_view imperfect = {};    // full imperfetto (essere)
  std::string_view subjunctive_imperfect = {};
  std::string_view present_participle = {};  // "-" = none
  // Which prefixes form compounds conjugated like the base: "*" any (so+stenere, con+durre),
  // "" none (dare: mandare is regular), else a space-separated list ("ri" for rifare).
  std::string_view prefixes = "*";
};

struct IrregularMatch {
  const IrregularVerb* verb = nullptr;
  std::string_view prefix;  // "sos" for sostenere; empty for the base itself
};

// Returns the entry of `lemma` (an infinitive without reflexive -si), or of the base it is a
// prefixed compound of ("rieleggere" -> leggere + "rie"), or std::nullopt for regular verbs.
std::optional<IrregularMatch> FindIrregularVerb(std::string_view lemma);

// True for -ire verbs conjugated without -isc- (partire: parto; colpire: colpisco is the default).
bool IsPlainIreVerb(std::string_view lemma);

// True for -iare verbs whose i is stressed and so survives before -i (inviare: tu invii).
bool HasStressedI(std::string_view lemma);

}  // namespace actorgraph::verb_tables
