#include "extract/relation_matcher.h"

#include <algorithm>
#include <cstddef>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <optional>
#include <set>
#include <sstream>

#include "extract/word_set.h"

namespace actorgraph {
namespace {

constexpr double kCarriedSubjectPenalty = 0.8;
constexpr std::size_t kArgumentWindow = 14;  // tokens an argument may stand from its trigger

std::vector<std::string> Words(std::string_view lemma) {
  std::vector<std::string> out;
  std::istringstream in{std::string(lemma)};
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

bool IsStrongBoundary(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.lower == ";" || t.lower == ":" || t.lower == "?" || t.lower == "!" ||
          t.lower == "•");
}

// Where the noun of the object starting at tokens[pos] stands, past articles and determiners
// ("le accuse", "ogni addebito", "quest'attacco", "un telegramma"); tokens.size() when none.
std::size_t ObjectNounAt(std::span<const Token> tokens, std::size_t pos) {
  static const WordSet kDeterminers = {"ogni", "tutte", "tutti", "qualsiasi", "qualunque",
                                       "queste", "questi", "questo", "quest'", "tali", "nuove",
                                       "nuovi", "un'"};
  // An opening quote too: ha denunciato «la presa del potere».
  while (pos < tokens.size() &&
         (IsArticle(tokens[pos].lower) || kDeterminers.count(tokens[pos].lower) ||
          tokens[pos].lower == "«" || tokens[pos].lower == "\"")) {
    ++pos;
  }
  return std::min(pos, tokens.size());
}

// Whether a word looks like a past participle agreeing with a noun: "voluta", "imposto",
// "decise" (regular endings, and the irregular participles of verbs that take an author).
bool LooksLikeParticiple(std::string_view w) {
  static const WordSet kIrregular = {
      "imposto",  "imposta",  "imposti",  "imposte",  "proposto", "proposta", "proposti",
      "proposte", "deciso",   "decisa",   "decisi",   "decise",   "preso",    "presa",
      "presi",    "prese",    "fatto",    "fatta",    "fatti",    "fatte",    "promosso",
      "promossa", "promossi", "promosse", "scelto",   "scelta",   "scelti",   "scelte",
      "messo",    "messa",    "messi",    "messe",    "espresso", "espressa", "espressi",
      "espresse", "condotto", "condotta", "condotti", "condotte", "voluto",   "voluta",
      "voluti",   "volute",   "chiesto",  "chiesta",  "chiesti",  "chieste"};
  if (kIrregular.count(w)) return true;
  if (w.size() < 5) return false;
  static constexpr std::string_view kEndings[] = {"ato", "ata", "ati", "ate", "uto", "uta",
                                                  "uti", "ute", "ito", "ita", "iti", "ite"};
  return std::any_of(std::begin(kEndings), std::end(kEndings),
                     [&](std::string_view e) { return w.ends_with(e); });
}

// The noun of the object starting at tokens[pos]; "" at the end of the sentence.
std::string_view ObjectNoun(std::span<const Token> tokens, std::size_t pos) {
  pos = ObjectNounAt(tokens, pos);
  return pos < tokens.size() ? std::string_view(tokens[pos].lower) : std::string_view();
}

// Whether the object at tokens[pos] is accusations or criticism ("le accuse", "ogni addebito",
// "tutte le critiche di Mosca").
bool IsAccusationAfter(std::span<const Token> tokens, std::size_t pos) {
  static const WordSet kNouns = {"accusa", "accuse", "critiche", "critica", "addebiti",
                                 "addebito", "insinuazioni", "imputazioni", "contestazioni",
                                 "responsabilità", "versione", "ricostruzione", "sospetti",
                                 "illazioni", "insinuazione", "allegazioni"};
  return kNouns.count(ObjectNoun(tokens, pos)) > 0;
}

// The kinds of event a noun can name when it refers back to one the document reported: "ha
// condannato l'attacco", "ha criticato l'intesa". ("La decisione", "la mossa" could be any
// act; taking the last one the document reported was wrong more often than right.)
enum class EventKind {
  kNone,
  kConflict,  // any hostile act: an assault, a coercion, a sanction, a threat, a deployment
  kHostile,   // an attack, a coup, a violation: an assault or a coercion
  kCoercion,  // an arrest, a trial, an expulsion: a coercion or a sanction
  kSanction,
  kAgreement,
  kConcession,  // a release, a pardon, a withdrawal: a concession or a retreat
};

// The kind of event the object at tokens[pos] names, or kNone.
EventKind EventNamedAfter(std::span<const Token> tokens, std::size_t pos, bool nested = false) {
  static const std::unordered_map<std::string_view, EventKind> kNouns = [] {
    std::unordered_map<std::string_view, EventKind> nouns;
    for (std::string_view w :
         {"attacco", "attacchi", "attentato", "attentati", "aggressione", "strage", "raid",
          "bombardamento", "bombardamenti", "agguato", "assassinio", "uccisione", "sparatoria",
          "massacro", "irruzione", "incursione", "incursioni", "offensiva", "invasione",
          "violazione", "violazioni", "dirottamento", "repressione", "violenze", "golpe",
          "putsch", "ammutinamento", "insurrezione", "provocazione", "provocazioni",
          "occupazione", "annessione", "blitz", "accaduto", "episodio", "operazione",
          "operazioni", "intervento"}) {
      nouns.emplace(w, EventKind::kHostile);
    }
    for (std::string_view w :
         {"arresto", "arresti", "detenzione", "fermo", "cattura", "condanna", "condanne",
          "mandato", "incriminazione", "processo", "espulsione", "espulsioni", "estradizione",
          "censura", "chiusura", "divieto", "scioglimento", "destituzione"}) {
      nouns.emplace(w, EventKind::kCoercion);
    }
    for (std::string_view w : {"sanzioni", "sanzione", "embargo", "dazi", "restrizioni"}) {
      nouns.emplace(w, EventKind::kSanction);
    }
    for (std::string_view w : {"accordo", "accordi", "intesa", "patto", "trattato",
                               "memorandum", "ratifica", "alleanza"}) {
      nouns.emplace(w, EventKind::kAgreement);
    }
    for (std::string_view w : {"liberazione", "rilascio", "scarcerazione", "grazia", "amnistia",
                               "ritiro", "dimissioni"}) {
      nouns.emplace(w, EventKind::kConcession);
    }
    return nouns;
  }();
  pos = ObjectNounAt(tokens, pos);
  // "la scarsa trasparenza", "il brutale attacco": adjectives before the noun.
  static const WordSet kAdjectives = {
      "scarsa", "scarso", "presunto", "presunta", "presunti", "presunte", "cosiddetto",
      "cosiddetta", "recente", "recenti", "ultimo", "ultima", "ultimi", "ultime", "brutale",
      "brutali", "violenta", "violento", "vile", "grave", "gravi", "mancata", "mancato",
      "totale", "completa", "improvvisa", "improvviso", "ennesimo", "ennesima"};
  while (pos + 1 < tokens.size() && kAdjectives.count(tokens[pos].lower)) ++pos;
  if (pos >= tokens.size()) return EventKind::kNone;
  std::string_view noun = tokens[pos].lower;
  auto next = [&](std::size_t k) {
    return pos + k < tokens.size() ? std::string_view(tokens[pos + k].lower) : std::string_view();
  };
  // "il colpo di Stato", "la presa del potere", "il tentativo di golpe"
  if (noun == "colpo" && next(1) == "di" && next(2) == "stato") return EventKind::kHostile;
  if (noun == "presa" && next(1) == "del" && next(2) == "potere") return EventKind::kHostile;
  if (noun == "tentativo" && (next(1) == "di" || next(1) == "d'")) {
    return EventNamedAfter(tokens, pos + 2, nested) == EventKind::kHostile ? EventKind::kHostile
                                                                   : EventKind::kNone;
  }
  // "hanno condannato il tentativo": condemned, an attempt is a coup's or an attack's.
  if (noun == "tentativo") return EventKind::kHostile;
  if (noun == "tentato" || noun == "tentata") return EventNamedAfter(tokens, pos + 1, nested);
  auto it = kNouns.find(noun);
  if (it != kNouns.end()) return it->second;
  // "la scarsa trasparenza dell'intesa", "i termini dell'accordo": a plain noun's "di"
  // complement (one step only).
  if (!nested && BasePreposition(next(1)) == "di") return EventNamedAfter(tokens, pos + 2, true);
  return EventKind::kNone;
}

bool IsStructural(std::string_view type) {
  return type == "OFFICIAL_OF" || type == "MEMBER_OF" || type == "RELATIVE_OF";
}

// Whether a reported relation of `type` can be an event of `kind`.
bool IsEventOfKind(EventKind kind, std::string_view type) {
  switch (kind) {
    case EventKind::kNone:
      return false;
    case EventKind::kConflict:
      return type == "ASSAULT" || type == "COERCE" || type == "SANCTION" || type == "THREATEN" ||
             type == "MOBILIZE";
    case EventKind::kHostile:
      return type == "ASSAULT" || type == "COERCE";
    case EventKind::kCoercion:
      return type == "COERCE" || type == "SANCTION";
    case EventKind::kSanction:
      return type == "SANCTION";
    case EventKind::kAgreement:
      return type == "AGREE";
    case EventKind::kConcession:
      return type == "CONCEDE" || type == "RETREAT";
  }
  return false;
}

// "ha rassegnato oggi le dimissioni": adverbs of time inside a multiword trigger.
bool IsTimeAdverb(std::string_view w) {
  return w == "oggi" || w == "ieri" || w == "stamane" || w == "stamattina" || w == "stasera" ||
         w == "stanotte" || w == "poi" || w == "già" || w == "infine" || w == "subito" ||
         w == "ora" || w == "ancora";
}

// Whether words of hearsay, fear or risk stand just before tokens[pos]: "voci sull'arresto",
// "il timore di un arresto".
bool IsHearsayBefore(std::span<const Token> tokens, std::size_t pos) {
  static const WordSet kWords = {"voci", "voce", "indiscrezioni", "notizie", "ipotesi",
                                 "rischio", "timore", "timori", "paura", "minaccia", "richiesta",
                                 "possibilità", "eventualità", "spettro"};
  for (std::size_t k = pos; k > 0 && pos - k < 4; --k) {
    if (kWords.count(tokens[k - 1].lower)) return true;
  }
  return false;
}

bool IsDetentionState(std::string_view lemma) {
  return lemma.ends_with(" in carcere") || lemma.ends_with(" agli arresti") ||
         lemma.ends_with(" agli arresti domiciliari") || lemma.ends_with(" in prigione") ||
         lemma.ends_with(" in cella") || lemma.ends_with(" dietro le sbarre");
}

bool IsArrestNoun(std::string_view w) {
  return w == "arresto" || w == "arresti" || w == "detenzione" || w == "cattura" ||
         w == "incarcerazione" || w == "fermo";
}

bool IsResignation(std::string_view lemma) {
  return lemma == "dimettersi" || lemma == "rassegnare le dimissioni" ||
         lemma.starts_with("lasciare il potere") || lemma.starts_with("lasciare l'") ||
         lemma.starts_with("lasciare la carica") || lemma.starts_with("lasciare le cariche") ||
         lemma == "lasciare la guida" || lemma == "lasciare la presidenza" ||
         lemma == "accettare di lasciare";
}

bool IsReleaseNoun(std::string_view w) {
  return w == "rilascio" || w == "liberazione" || w == "scarcerazione";
}

// Nouns of a protest and of the places it holds: who breaks them up or bans them acts against
// the protesters ("ha disperso il corteo", "ha sgomberato l'accampamento"). Not "marcia": "ha
// fermato la marcia su Mosca" is one's own.
bool IsProtestNoun(std::string_view w) {
  static const WordSet kNouns = {
      "manifestazione", "manifestazioni", "protesta",      "proteste",     "corteo",   "cortei",
      "presidio",       "presidi",        "accampamento",  "accampamenti", "sit-in",   "raduno",
      "raduni",         "assembramento",  "assembramenti", "blocchi",      "barricate"};
  return kNouns.count(w) > 0;
}

// What is demanded of a state's authorities: "ha chiesto il ripristino dell'ordine
// costituzionale", "chiedono nuove elezioni", "ha sollecitato un'indagine".
bool IsDemandNoun(std::string_view w) {
  static const WordSet kNouns = {"ripristino",  "revoca",         "dimissioni",   "indagine",
                                 "inchiesta",   "elezioni",       "voto",         "annullamento",
                                 "riconteggio", "trasparenza",    "chiarimenti",  "spiegazioni",
                                 "garanzie",    "rispetto",       "sospensione",  "pubblicazione",
                                 "riapertura",  "rinvio",         "ritiro",       "scioglimento",
                                 "abrogazione", "ritorno",        "restituzione", "riforma",
                                 "riforme",     "protezione",     "accesso",      "giustizia",
                                 "processo",    "incriminazione", "punizione",    "fine",
                                 "cessazione",  "grazia",         "amnistia",     "referendum"};
  return kNouns.count(w) > 0 || IsReleaseNoun(w);
}

// Concern, alarm or condemnation expressed, by a noun or "dirsi preoccupato".
bool IsConcernTrigger(std::string_view lemma) {
  return lemma == "preoccupazione" || lemma == "inquietudine" || lemma == "apprensione" ||
         lemma == "allarme" || lemma == "sgomento" || lemma == "costernazione" ||
         lemma == "condanna" || lemma.starts_with("dire preoccupat") ||
         lemma.starts_with("dire allarmat") || lemma.starts_with("dire delus");
}

bool IsCondemningVerb(std::string_view lemma) {
  return lemma == "condannare" || lemma == "criticare" || lemma == "deplorare" ||
         lemma == "denunciare" || lemma == "stigmatizzare";
}

// What someone said: condemning it targets the speaker, not an act.
bool IsSpeechNoun(std::string_view w) {
  static const WordSet kWords = {"parole", "parola", "dichiarazioni", "dichiarazione",
                                 "affermazioni", "frasi", "frase", "commenti", "commento",
                                 "toni", "retorica", "discorso", "post", "messaggio"};
  return kWords.count(w) > 0;
}

// Whether a concern ends at tokens[pos] with nothing it is about, or only the situation:
// "ha espresso preoccupazione.", "... preoccupazione per la situazione".
bool ConcernWithoutObject(std::span<const Token> tokens, std::size_t pos) {
  if (pos < tokens.size() && tokens[pos].lower == "\"") ++pos;  // "«profondamente allarmato»"
  if (pos >= tokens.size()) return true;
  const std::string_view w = tokens[pos].lower;
  if (w == "e" || w == "ma" || w == "," || w == ";" || w == "." || w == ":") return true;
  static const WordSet kSituations = {"situazione", "crisi", "sviluppi", "escalation",
                                      "violenze", "tensioni", "eventi", "notizie", "scontri"};
  if (BasePreposition(w) != "per") return false;
  std::size_t k = pos + 1;
  if (k < tokens.size() && IsArticle(tokens[k].lower)) ++k;
  return k < tokens.size() && kSituations.count(tokens[k].lower) > 0 &&
         (k + 1 >= tokens.size() || BasePreposition(tokens[k + 1].lower).empty());
}

// Whether the noun at tokens[pos] is what a report is about: "la notizia dell'arresto",
// "l'annuncio del ritiro".
bool IsReportOf(std::span<const Token> tokens, std::size_t pos) {
  static const WordSet kNouns = {"notizia", "notizie", "annuncio", "voce", "voci", "conferma",
                                 "smentita", "resoconto", "cronaca", "immagini", "video"};
  // (Past an article or an opening quote: "ha parlato di un attacco".)
  while (pos >= 3 && (IsArticle(tokens[pos - 1].lower) || tokens[pos - 1].lower == "«" ||
                      tokens[pos - 1].lower == "\"")) {
    --pos;
  }
  if (pos < 2 || BasePreposition(tokens[pos - 1].lower) != "di") return false;
  if (kNouns.count(tokens[pos - 2].lower) > 0) return true;
  // "ha parlato davanti al Sejm di «un attacco ibrido»": talk of an act.
  static const WordSet kTalk = {"parlato", "parla", "parlano", "parlava", "parlavano"};
  for (std::size_t k = pos - 1; k-- > 0 && pos - 1 - k <= 5;) {
    if (kTalk.count(tokens[k].lower)) return true;
    if (tokens[k].kind == TokenKind::kPunct) break;
  }
  return false;
}

// Words of condemnation: "inaccettabile", "un crimine", "terroristi".
bool IsCondemnationWord(std::string_view w) {
  static const WordSet kWords = {
      "inaccettabile", "inaccettabili", "illegale", "illegali", "illegittimo", "illegittima",
      "incostituzionale", "ignobile", "ignobili", "vergognoso", "vergognosa", "vergogna",
      "criminale", "criminali", "crimine", "crimini", "terroristico", "terroristica",
      "barbaro", "barbara", "barbarie", "vile", "codardo",
      "mostruoso", "mostruosa", "assassinio", "provocazione", "provocatorio", "provocatoria",
      "irresponsabile", "ostile", "aggressione", "aggressivo", "aggressiva", "minaccia",
      "inammissibile", "deplorevole", "scandaloso", "scandalosa", "golpe", "farsa", "ricatto",
      "menzogna", "menzogne", "propaganda", "pericoloso", "pericolosa", "inaudito", "inaudita",
      "grave", "gravissimo", "gravissima", "sbagliato", "sbagliata", "assurdo", "assurda",
      "persecuzione", "motivato", "motivata", "motivati", "motivate", "oltraggioso",
      "oltraggiosa", "infondato", "infondata", "infondate", "infondati", "arbitrario",
      "arbitraria", "dittatura", "vergognosi", "scioccante", "ingiustificato",
      "ingiustificata", "terrorista", "terroristi", "dittatore", "tiranno", "assassino",
      "assassini", "macellaio", "genocida", "genocidio", "nemico", "nemica", "fascista",
      "nazista", "neonazista", "burattino", "marionetta", "bugiardo", "bugiardi"};
  return kWords.count(w) > 0;
}

// Whether words of condemnation follow tokens[pos] within the clause ("... inaccettabile",
// "... un crimine", "«illegale e incostituzionale»").
bool CondemnationWithin(std::span<const Token> tokens, std::size_t pos, std::size_t end) {
  for (std::size_t k = pos; k < end && k < pos + 12; ++k) {
    if (IsCondemnationWord(tokens[k].lower)) return true;
  }
  return false;
}

// Whether the object at tokens[pos] is a message ("un telegramma", "un messaggio di
// sostegno"): sending one is no aid.
bool IsMessageAfter(std::span<const Token> tokens, std::size_t pos) {
  static const WordSet kNouns = {"messaggio", "messaggi", "telegramma", "lettera", "lettere",
                                 "nota", "auguri", "condoglianze", "segnale", "segnali"};
  return kNouns.count(ObjectNoun(tokens, pos)) > 0;
}

// Frequent finite verbs of descriptive relative clauses ("il cui mandato scade", "la cui
// famiglia vive"), besides the auxiliaries and the trigger verbs.
bool IsCommonFiniteVerb(std::string_view w) {
  static const WordSet kWords = {
      "scade", "guida", "guidava", "dirige", "dirigeva", "presiede", "presiedeva", "resta",
      "rimane", "conta", "contava", "vive", "viveva", "governa", "governava", "detiene",
      "deteneva", "controlla", "controllava", "comprende", "include", "riunisce", "appartiene",
      "dipende", "si trova", "sorge", "ospita", "gestisce", "rappresenta", "comanda"};
  return kWords.count(w) > 0;
}

// Nouns that sum up an act named just before: "..., una decisione criticata da X".
bool IsActSummaryNoun(std::string_view w) {
  static const WordSet kWords = {
      "decisione", "mossa", "scelta", "idea", "proposta", "misura", "misure", "provvedimento",
      "iniziativa", "annuncio", "decreto", "piano", "richiesta", "dichiarazione", "nomina",
      "linea", "posizione", "condotta", "gesto", "passo", "svolta", "ordine", "ultimatum",
      "offerta", "accusa", "accuse", "affermazione", "affermazioni", "parole", "frase"};
  return kWords.count(w) > 0;
}

// Words that may stand between an auxiliary and its participle, or before a verb group.
bool IsVerbGroupFiller(std::string_view w) {
  // Adverbs in -mente ("ha duramente criticato", "ha invece smentito") stand anywhere.
  if (w.size() > 6 && w.ends_with("mente")) return true;
  static constexpr std::string_view kWords[] = {
      "non", "già", "anche", "poi", "mai", "ancora", "successivamente", "subito", "infatti",
      "si", "ci", "lo", "la", "li", "le", "gli", "ne", "mi", "ti", "vi", "l'", "c'", "s'",
      "stato", "stata", "stati", "state", "più", "appena", "ufficialmente", "formalmente",
      "nuovamente", "duramente", "apertamente", "inoltre", "pure", "finalmente", "oggi", "ieri",
      "invece", "però", "comunque", "tuttavia", "ormai", "soltanto", "solo", "sempre", "forse",
      "davvero", "infine", "addirittura", "persino", "perfino", "intanto", "allora", "quindi",
      "dunque", "ora", "stamane", "stanotte", "domani", "spesso", "talvolta", "voler",
      "poter", "dover"};
  static const WordSet kSet(std::begin(kWords), std::end(kWords));
  return kSet.count(w) > 0;
}

bool IsUnaccusative(std::string_view lemma) {
  static constexpr std::string_view kVerbs[] = {
      "intervenire", "arrivare", "partire", "entrare", "andare", "venire", "tornare",
      "rimanere", "restare", "morire", "nascere", "giungere", "uscire", "scoppiare",
      "ritirarsi", "incontrarsi", "accordarsi", "consultarsi", "schierarsi", "scagliarsi",
      "coordinarsi", "allearsi", "appellarsi", "congratularsi", "protestare", "manifestare",
      "scioperare", "cooperare", "collaborare", "parlare", "telefonare", "colloquiare",
      "aderire", "sparare", "riunirsi"};
  static const WordSet kSet(std::begin(kVerbs), std::end(kVerbs));
  return kSet.count(lemma) > 0;
}

bool HasSubordinatorBefore(std::span<const Token> tokens, std::size_t pos) {
  static const WordSet kWords = {
      "che", "perché", "affinché", "se", "sebbene", "benché", "qualora", "purché", "prima",
      "cui", "chiunque", "nonostante"};
  for (std::size_t k = pos; k > 0 && pos - k < 8; --k) {
    if (kWords.count(tokens[k - 1].lower)) return true;
  }
  return false;
}

// Verbs that deny the event a following noun names: "ha escluso qualsiasi trattativa".
bool IsRejectingVerbForm(std::string_view w) {
  static const WordSet kWords = {
      "escluso", "esclude", "escludono", "escludendo", "escluse", "rifiutato", "rifiuta",
      "rifiutano", "rifiutando", "respinto", "respinge", "respingono", "respingendo", "negato",
      "nega", "negano", "smentito", "smentisce", "bloccato", "blocca", "bloccano",
      "bloccando", "bocciato", "boccia", "bocciano", "vietato", "vieta", "vietano",
      "veto"};  // "ha posto il veto sugli aiuti"
  return kWords.count(w) > 0;
}

// Whether a noun at tokens[pos] is the object of a light verb, whose subject is the noun's:
// "ha avuto un colloquio", "hanno tenuto colloqui", "ha avviato una trattativa".
bool LightVerbBefore(std::span<const Token> tokens, std::size_t pos) {
  static constexpr std::string_view kStems[] = {"avut", "tenut", "condott", "svolt", "avviat",
                                                "intrattenut", "avrà", "avranno"};
  std::size_t k = pos;
  if (k > 0 && IsArticle(tokens[k - 1].lower)) --k;
  if (k == 0) return false;
  const std::string_view w = tokens[k - 1].lower;
  return w == "ha" || w == "hanno" || w == "aveva" || w == "avevano" || w == "avrà" ||
         std::any_of(std::begin(kStems), std::end(kStems), [&](std::string_view stem) {
           return w.starts_with(stem) && w.size() <= stem.size() + 1;
         });
}

// Forms of the verbs that judge an event: "ha condannato l'arresto", "ha accolto con favore
// l'intesa", "ha definito il golpe ...".
bool IsJudgingVerbForm(std::string_view w) {
  return StartsWithAny(w, {"condann", "critic", "denunc", "deplor", "stigmatizz", "respint",
                           "respinge", "contestat", "contesta", "accolt", "accoglie", "salutat",
                           "saluta", "elogi", "apprezz", "difes", "difend", "definit",
                           "definisce", "bollat", "bolla", "deprecat", "esecrat"});
}

// Forms of the verbs that ask for something: "ha chiesto aiuto", "sollecitano sostegno".
bool IsAskingVerbForm(std::string_view w) {
  return StartsWithAny(w, {"chies", "chied", "sollecit", "invoc", "implor", "domand", "reclam",
                           "intim", "esort", "invit", "ingiun"});
}

// Verbs whose infinitive complement is only intended, asked for or threatened: "ha minacciato
// di colpire", "chiede di ritirare", "è pronto a inviare".
bool IsIntentionVerbForm(std::string_view w) {
  return StartsWithAny(w, {"minacci", "promess", "promett", "promise", "chiest", "chied",
                           "intend", "intenzion", "vuole", "vogliono", "voluto", "pront",
                           "propost", "propon", "sollecit", "esort", "invit", "annunci", "decis",
                           "decid", "pian", "progett", "spera", "sperano", "sperato", "offert",
                           "offre", "offrono", "pretend", "impegn", "ordin", "autorizz"});
}

// Whether the noun "attacco" at tokens[pos] is words: "un duro attacco", "un attacco verbale".
bool IsVerbalAttackAt(std::span<const Token> tokens, std::size_t pos) {
  static const WordSet kAdjectives = {"duro", "durissimo", "verbale", "frontale", "personale",
                                      "polemico", "aspro"};
  const std::string_view w = tokens[pos].lower;
  if (w != "attacco" && w != "attacchi") return false;
  return (pos > 0 && kAdjectives.count(tokens[pos - 1].lower)) ||
         (pos + 1 < tokens.size() && kAdjectives.count(tokens[pos + 1].lower));
}

// Verbs that stop an event a following noun names: "ha sospeso i negoziati".
// Verbs that undo an agreement: "ha denunciato l'accordo militare con gli Stati Uniti", "ha
// stracciato l'intesa".
bool IsCancellingVerbForm(std::string_view w) {
  static const WordSet kWords = {"denunciato", "denuncia", "denunciano", "stracciato", "straccia",
                                 "abbandonato", "abbandona", "rescisso", "rescinde", "disdetto",
                                 "affossato", "affossa", "ripudiato", "ripudia"};
  return kWords.count(w) > 0;
}

bool IsSuspendingVerbForm(std::string_view w) {
  static const WordSet kWords = {
      "sospeso", "sospende", "sospendono", "interrotto", "interrompe", "interrompono",
      "congelato", "congela", "annullato", "annulla", "cancellato", "rinviato", "rinvia",
      "fermato", "ferma", "fermano", "tagliato", "taglia", "tagliano", "ridotto", "riduce",
      "riducono", "dimezzato"};
  return kWords.count(w) > 0;
}

// Verbs and nouns that lift a measure a following noun names: "ha revocato le sanzioni",
// "la revoca delle restrizioni". Lifting sanctions or an emergency rule is a concession.
bool IsLiftingWord(std::string_view w) {
  static const WordSet kWords = {
      "revocato", "revocata", "revocate", "revocati", "revoca", "revocano", "revocando",
      "revocherà", "tolto", "tolte", "toglie", "tolgono", "togliendo", "allentato", "allenta",
      "allentano", "allentando", "allentamento", "abolito", "abolisce", "abolizione",
      "sollevato", "rimosso", "rimuove", "rimozione", "eliminato", "elimina", "sospeso",
      "sospende", "sospendono", "sospensione", "congelato", "congela", "alleggerito",
      "alleggerimento", "fine", "cancellato", "annullato", "annulla"};
  return kWords.count(w) > 0;
}

// When the actor at `pos` completes a noun of forces, means, envoys or numbers ("navi di X",
// "i funzionari di X", "migliaia di manifestanti"), returns the position of that noun.
std::optional<std::size_t> ForcesOf(std::span<const Token> tokens, std::size_t pos) {
  static const WordSet kNouns = {
      "aerei", "navi", "caccia", "jet", "droni", "bombardieri", "elicotteri", "sottomarini",
      "fregate", "missili", "razzi", "carri", "mezzi", "reparti", "unità", "battaglioni",
      "brigate", "divisioni", "colonne", "convogli", "miliziani", "combattenti", "mercenari",
      "uomini", "funzionari", "rappresentanti", "delegati", "emissari", "inviati",
      "negoziatori", "portavoce", "vertici", "dirigenti", "leader", "milizie", "truppe",
      "soldati", "forze", "consiglio", "commissione", "comitato", "segretariato", "assemblea",
      "presidenza", "delegazione", "delegazioni", "missione", "ministri", "capi", "corte",
      "tribunale", "procura", "magistratura", "giudici", "procuratori", "inquirenti",
      "centinaia", "migliaia", "decine", "dozzine", "folla", "folle", "gruppi"};
  if (pos < 2) return std::nullopt;
  std::size_t k = pos - 1;
  if (IsArticle(tokens[k].lower)) --k;
  if (k == 0 || BasePreposition(tokens[k].lower) != "di") return std::nullopt;
  // "navi da guerra di X", "il Consiglio di pace e sicurezza dell'Unione africana": a short
  // complement may stand after the noun.
  // "migliaia di sostenitori dei golpisti": people related to X are not X's forces.
  static const WordSet kOthers = {"sostenitori", "simpatizzanti", "seguaci", "oppositori",
                                  "avversari", "nemici", "critici", "vittime", "familiari",
                                  "parenti", "ostaggi", "prigionieri", "detenuti"};
  for (std::size_t n = k; n > 0 && k - n < 6; --n) {
    if (kOthers.count(tokens[n - 1].lower)) break;
    if (kNouns.count(tokens[n - 1].lower)) return n - 1;
    if (tokens[n - 1].kind != TokenKind::kWord) break;
  }
  return std::nullopt;
}

// The preposition governing the noun phrase whose head is at `head`, past determiners and
// quantifiers ("da diverse migliaia di soldati" -> "da").
std::string_view PrepositionOfPhrase(std::span<const Token> tokens, std::size_t head) {
  static const WordSet kQuantifiers = {
      "diverse", "diversi", "alcune", "alcuni", "molte", "molti", "numerose", "numerosi",
      "poche", "pochi", "tante", "tanti", "varie", "vari", "centinaia", "migliaia", "decine"};
  std::size_t k = head;
  while (k > 0 && head - k < 2 && kQuantifiers.count(tokens[k - 1].lower)) --k;
  return PrepositionBefore(tokens, k);
}

bool IsCapitalizedWord(const Token& t) { return t.kind == TokenKind::kWord && t.capitalized; }

bool IsClauseEnd(const Token& t) {
  return t.kind == TokenKind::kPunct || !BasePreposition(t.lower).empty() || t.lower == "e" ||
         t.lower == "ed";
}

// The preposition mentions[m] shares with the mention coordinated before it, whose
// preposition is `prep_before`: "con Japarov e Rahmon", "contro la Francia e la Germania.".
// Not across clauses: in "ha scritto alla Russia e la Cina ha risposto" China is a subject.
std::string_view SharedPreposition(std::span<const Token> tokens,
                                   std::span<const SentenceMention> mentions, std::size_t m,
                                   std::string_view prep_before) {
  std::size_t k = mentions[m].begin;
  const bool article = k > 0 && IsArticle(tokens[k - 1].lower);
  if (article) --k;
  if (k == 0 || mentions[m - 1].end != k - 1) return "";
  // Not "di" before an article: "il Brasile di Lula e la Colombia" coordinates the heads, not
  // the owners ("le critiche di Londra e Washington" has two owners).
  const std::string_view joint = tokens[k - 1].lower;
  if ((joint != "e" && joint != "ed") || (prep_before == "di" && article)) return "";
  if (article && mentions[m].end < tokens.size() && !IsClauseEnd(tokens[mentions[m].end])) {
    return "";
  }
  return prep_before;
}

// "con il segretario generale del Partito comunista, Nguyen Phu Trong": a person named after
// a title and its "di" complement takes the preposition that governs the title.
std::string_view TitlePreposition(std::span<const Token> tokens,
                                  std::span<const SentenceMention> mentions, std::size_t m) {
  const SentenceMention& owner = mentions[m - 1];
  if (mentions[m].actor.type != "PERSON" || owner.end + 1 != mentions[m].begin ||
      tokens[owner.end].lower != ",") {
    return "";
  }
  std::size_t k = owner.begin;
  if (k > 0 && IsArticle(tokens[k - 1].lower)) --k;
  if (k == 0 || BasePreposition(tokens[k - 1].lower) != "di") return "";
  --k;
  const std::size_t of = k;
  while (k > 0 && of - k < 3 && tokens[k - 1].kind == TokenKind::kWord &&
         !tokens[k - 1].capitalized && BasePreposition(tokens[k - 1].lower).empty() &&
         !IsArticle(tokens[k - 1].lower)) {
    --k;
  }
  if (k == of || k == 0) return "";
  if (IsArticle(tokens[k - 1].lower) && k > 1) --k;
  const std::string_view prep = BasePreposition(tokens[k - 1].lower);
  return prep == "di" ? "" : prep;
}

bool IsNegator(std::string_view w) { return w == "non" || w == "né" || w == "mai"; }

// The speaker named right after the quotation that tokens[pos] stands in ("«... colpire
// Teheran», ha detto Netanyahu"): the first mention, without a preposition, within three
// words after the closing mark and its comma or colon.
std::optional<std::size_t> SpeakerAfterQuotationIn(std::span<const Token> tokens,
                                                   std::span<const SentenceMention> mentions,
                                                   std::span<const std::string_view> prep,
                                                   std::size_t pos) {
  std::size_t marks_before = 0;
  for (std::size_t k = 0; k < pos; ++k) marks_before += tokens[k].lower == "\"";
  std::size_t close = pos;
  while (close < tokens.size() && tokens[close].lower != "\"") ++close;
  // Inside a quotation: an odd number of marks before it, or none and one after (the
  // quotation began in an earlier sentence).
  if (close == tokens.size() || (marks_before % 2 == 0 && marks_before > 0)) return std::nullopt;
  std::size_t k = close + 1;
  if (k >= tokens.size() || (tokens[k].lower != "," && tokens[k].lower != ":")) return std::nullopt;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].begin <= k + 1) continue;  // a verb first: ", ha detto X"
    if (mentions[m].begin > k + 4) break;
    if (prep[m].empty() && !mentions[m].adjective && !mentions[m].is_location) return m;
    break;
  }
  return std::nullopt;
}

// The words of the quotation that ends right before tokens[pos] ("«...», ha avvertito",
// "«...»: ha accusato"), as [begin, end); begin is 0 when the quotation began in an earlier
// sentence.
std::optional<std::pair<std::size_t, std::size_t>> QuotationBefore(std::span<const Token> tokens,
                                                                   std::size_t pos) {
  std::size_t close = pos;
  if (close > 0 && (tokens[close - 1].lower == "," || tokens[close - 1].lower == ":")) --close;
  if (close == 0 || tokens[close - 1].lower != "\"") return std::nullopt;
  --close;
  std::size_t marks = 0;
  std::optional<std::size_t> open;
  for (std::size_t k = 0; k < close; ++k) {
    if (tokens[k].lower != "\"") continue;
    ++marks;
    open = k;
  }
  // An even number of marks before it, or none at the start of the sentence: the mark at
  // `close` opens a quotation ("«Chiediamo ..."), it closes none.
  if (marks % 2 == 0 && (marks > 0 || close == 0)) return std::nullopt;
  return std::make_pair(open ? *open + 1 : 0, close);
}

bool IsNounNegator(std::string_view w) {
  return w == "senza" || w == "nessun" || w == "nessuna" || w == "nessuno" || w == "alcun" ||
         w == "alcuna" || w == "niente" || w == "nessun'";
}

}  // namespace

struct RelationMatcher::Occurrence {
  std::size_t begin = 0;  // first token of the trigger (the verb or noun)
  std::size_t end = 0;    // one past its last word
  std::size_t group_begin = 0;  // first token of the verb group (auxiliaries, "non")
  TriggerRef ref;
  bool is_noun = false;
  bool passive = false;
  bool reduced_passive = false;  // "le truppe inviate da Mosca"
  bool gerund = false;           // ", accusando Parigi": the main clause's subject acts
  bool enclitic = false;         // "accusandolo": the object is a pronoun
  bool proclitic = false;        // "lo ha accusato": likewise
  bool plural_clitic = false;    // "li accusa", "accusandoli": the pronoun is no one person
  bool dative_clitic = false;    // "gli ha chiesto", "chiedendogli": the indirect object is one
  bool finite = true;            // infinitives and gerunds take the governing subject
  bool negated = false;
  // "ha condannato Navalny a diciannove anni": the preposition of a two-word verb trigger
  // ("condannare a") stands after the object; the trigger outranks the verb alone.
  bool split_particle = false;
  std::string modality = kModalityAsserted;
};

struct RelationMatcher::Sentence {
  std::span<const Token> tokens;
  std::string_view text;
  const SentenceActors& actors;
  // In buffers that each thread reuses from sentence to sentence (Match): three or more
  // allocations a sentence otherwise.
  std::vector<int>& mention_at;  // token -> mention index or -1
  // Token inside "( ... )" or " - ... - " (1) or not (0); a byte a token: std::vector<bool>'s
  // bit masks cost 3 M instructions on the 1 MB corpus.
  std::vector<std::uint8_t>& in_aside;
  std::vector<std::string_view>& prep;  // mention -> governing preposition
  std::size_t clause_begin(std::size_t pos) const {
    while (pos > 0 && !IsStrongBoundary(tokens[pos - 1])) --pos;
    return pos;
  }
  std::size_t clause_end(std::size_t pos) const {
    while (pos < tokens.size() && !IsStrongBoundary(tokens[pos])) ++pos;
    return pos;
  }
};

RelationMatcher::RelationMatcher(const Schema& schema, std::size_t max_pairs_per_sentence)
    : schema_(schema), max_pairs_(max_pairs_per_sentence), verbs_(TriggerVerbLexicon(schema)) {
  const auto& types = schema.relation_types();
  for (std::uint32_t t = 0; t < types.size(); ++t) {
    for (std::uint32_t k = 0; k < types[t].triggers.size(); ++k) {
      const Trigger& trigger = types[t].triggers[k];
      std::vector<std::string> words = Words(trigger.lemma);
      if (words.empty()) continue;
      const auto& rest = rest_words_.emplace_back(words.begin() + 1, words.end());
      TriggerRef ref{t, k, rest};
      if (trigger.is_noun) {
        for (const std::string& form : NounForms(words[0])) noun_triggers_[form].push_back(ref);
      } else {
        verb_triggers_[words[0]].push_back(ref);
      }
    }
  }
}

// Whether the one-word rest of a verb trigger ("a" of "condannare a") follows the verb's object,
// an actor named right after the verb ("ha condannato Navalny a diciannove anni"), and
// introduces no place ("... Navalny a Mosca").
bool RelationMatcher::ParticleAfterObject(const Sentence& s, const TriggerRef& ref,
                                          std::size_t verb) const {
  const auto& tokens = s.tokens;
  if (ref.rest.size() != 1 || verb + 2 >= tokens.size()) return false;
  std::size_t k = verb + 1;
  if (IsArticle(tokens[k].lower)) ++k;
  if (k >= tokens.size() || s.mention_at[k] < 0) return false;
  const SentenceMention& object = s.actors.mentions[static_cast<std::size_t>(s.mention_at[k])];
  if (object.is_location || object.adjective) return false;
  const std::size_t after = object.end;
  if (after + 1 >= tokens.size() || BasePreposition(tokens[after].lower) != ref.rest.front()) {
    return false;
  }
  return s.mention_at[after + 1] < 0;
}

// The noun of a text or act right before a relative "che" ("una risoluzione che", "la legge
// approvata ieri, che"), past up to two adjectives; nullopt when there is none.
std::optional<std::size_t> RelationMatcher::InstrumentNounBefore(const Sentence& s,
                                                                 std::size_t che) {
  static const WordSet kNouns = {
      "risoluzione", "risoluzioni", "dichiarazione", "dichiarazioni", "legge", "leggi",
      "decreto", "decreti", "comunicato", "nota", "lettera", "documento", "mozione", "appello",
      "messaggio", "provvedimento", "ordinanza", "sentenza", "mandato", "rapporto", "accordo",
      "memorandum", "emendamento", "ordine", "direttiva", "bozza", "testo", "richiesta"};
  const auto& tokens = s.tokens;
  std::size_t k = che;
  if (k > 0 && tokens[k - 1].lower == ",") --k;
  for (int skipped = 0; k > 0 && skipped <= 2; ++skipped, --k) {
    const Token& t = tokens[k - 1];
    if (t.kind != TokenKind::kWord || s.mention_at[k - 1] >= 0 || t.capitalized) return {};
    if (kNouns.count(t.lower)) return k - 1;
  }
  return {};
}

bool RelationMatcher::LeadsCountryAt(std::string_view person, std::string_view country,
                                     std::string_view date) const {
  const ActorEntry* entry = schema_.FindActor(person);
  if (entry == nullptr) return false;
  return std::any_of(entry->offices.begin(), entry->offices.end(), [&](const OfficeTerm& t) {
    return t.of == country && (t.office == "president" || t.office == "prime_minister") &&
           t.Covers(date);
  });
}

void RelationMatcher::FindTriggers(const Sentence& s, std::vector<Occurrence>& found) const {
  found.clear();
  const auto& tokens = s.tokens;
  auto rest_matches = [&](const TriggerRef& ref, std::size_t pos, std::size_t* end) {
    std::size_t k = pos + 1;
    for (const std::string& w : ref.rest) {
      // "si è detto «profondamente allarmato»": quotes and an adverb before a content word.
      // ("ha rassegnato oggi le dimissioni": an adverb of time before any word.)
      while (k + 1 < tokens.size() && tokens[k].lower != w &&
             (IsTimeAdverb(tokens[k].lower) ||
              (w.size() > 3 &&
               (tokens[k].lower == "\"" || tokens[k].lower == "molto" ||
                (tokens[k].lower.size() > 6 && tokens[k].lower.ends_with("mente")))))) {
        ++k;
      }
      // "condannato all'ergastolo": a preposition ending the trigger may be articulated.
      const bool folded = ref.rest.size() == 1 && k < tokens.size() &&
                          tokens[k].lower != w && BasePreposition(tokens[k].lower) == w;
      if (k >= tokens.size() || (tokens[k].lower != w && !folded)) return false;
      ++k;
    }
    *end = k;
    return true;
  };
  // The (type, trigger) pairs a word already gave: a few, so a vector reused for every word
  // (of every sentence on this thread).
  thread_local std::vector<std::pair<std::uint32_t, std::uint32_t>> seen;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::kWord || s.mention_at[i] >= 0) continue;
    // Nouns.
    // "All'uscita dal vertice", "al rientro da Mosca": a time, not a withdrawal.
    const bool temporal = i > 0 && (t.lower == "uscita" || t.lower == "rientro") &&
                          (tokens[i - 1].lower == "all'" || tokens[i - 1].lower == "al");
    // "Lindell accusa Teheran": right after an actor, a finite verb form is the verb.
    auto verb_after_actor = [&] {
      if (i == 0 || s.mention_at[i - 1] < 0) return false;
      const auto forms = verbs_.Lookup(t.lower);
      return std::any_of(forms.begin(), forms.end(),
                         [](const VerbForm& f) {
                           return f.person == 3 && f.tense != VerbTense::kSubjunctive &&
                                  f.tense != VerbTense::kSubjunctiveImperfect;
                         });
    };
    if (auto it = noun_triggers_.find(t.lower);
        it != noun_triggers_.end() && !temporal && !verb_after_actor()) {
      for (const TriggerRef& ref : it->second) {
        Occurrence occ;
        if (!rest_matches(ref, i, &occ.end)) continue;
        occ.begin = occ.group_begin = i;
        occ.ref = ref;
        occ.is_noun = true;
        for (std::size_t k = i; k > 0 && k + 4 > i; --k) {
          if (IsNounNegator(tokens[k - 1].lower)) occ.negated = true;
        }
        found.push_back(std::move(occ));
      }
    }
    // Verbs.
    std::span<const VerbForm> analyses = verbs_.Lookup(t.lower);
    if (analyses.empty()) continue;
    // "caccia e navi di Stati Uniti": in political news "caccia" is fighter jets, not "chases".
    if (t.lower == "caccia") continue;
    // '"...", sostiene Putin': a verb right after a closing quote tags reported speech.
    if (i > 0 && (tokens[i - 1].lower == "\"" || tokens[i - 1].lower == ",") && i > 1 &&
        tokens[i - 2].lower == "\"") {
      continue;
    }
    const bool is_noun_form = noun_triggers_.count(t.lower) > 0;
    // "la visita di X", "gli attacchi": after an article the word is the noun.
    if (is_noun_form && i > 0 &&
        (IsArticle(tokens[i - 1].lower) || !BasePreposition(tokens[i - 1].lower).empty())) {
      continue;
    }
    // "aveva presentato la domanda", "un invito": a word after an article that cannot be a
    // clitic pronoun is a noun, whatever verb it could be.
    if (i > 0) {
      std::string_view prev = tokens[i - 1].lower;
      // ("della giustizia", "alla condanna": after an articulated preposition too.)
      const bool article = prev == "il" || prev == "un" || prev == "uno" || prev == "una" ||
                           prev == "un'" || prev == "i" || prev == "l'" ||
                           (!BasePreposition(prev).empty() && BasePreposition(prev) != prev &&
                            prev != "ad" && prev != "d'");  // (not "ad aiutare")
      const bool clitic_or_article = prev == "la" || prev == "le" || prev == "lo";
      bool after_verb_or_preposition = false;
      if (clitic_or_article && i > 1) {
        std::string_view w = tokens[i - 2].lower;
        after_verb_or_preposition =
            !BasePreposition(w).empty() ||
            (w.size() > 4 && (w.ends_with("ato") || w.ends_with("ata") || w.ends_with("ati") ||
                              w.ends_with("ate") || w.ends_with("uto") || w.ends_with("uta") ||
                              w.ends_with("ito") || w.ends_with("ita")));
      }
      // "gli alleati", "gli arrestati": a participle right after "gli" is a noun (the clitic
      // "gli" stands before a finite verb or an auxiliary: "gli ha chiesto").
      const bool participle_noun =
          prev == "gli" && std::any_of(analyses.begin(), analyses.end(), [](const VerbForm& f) {
            return f.tense == VerbTense::kPastParticiple;
          });
      if (article || after_verb_or_preposition || participle_noun) continue;
    }
    seen.clear();
    for (const VerbForm& form : analyses) {
      // "l'incontro", "gli assassini": news prose does not use the second person, nor the
      // first singular outside quotes; such readings of a word are almost always a noun.
      if (form.person == 2 && !form.plural) continue;
      if (form.person == 1 && !form.plural) continue;
      // A subjunctive stands after "che", "perché", "se" ...: elsewhere the word is a noun
      // ("criminali e assassini").
      if ((form.tense == VerbTense::kSubjunctive ||
           form.tense == VerbTense::kSubjunctiveImperfect) &&
          !HasSubordinatorBefore(tokens, i)) {
        continue;
      }
      if (is_noun_form && form.person != 0 && form.person != 3) continue;
      auto it = verb_triggers_.find(form.lemma);
      if (it == verb_triggers_.end()) continue;
      for (const TriggerRef& ref : it->second) {
        if (std::find(seen.begin(), seen.end(), std::pair{ref.type, ref.trigger}) != seen.end()) {
          continue;
        }
        seen.emplace_back(ref.type, ref.trigger);
        Occurrence occ;
        if (!rest_matches(ref, i, &occ.end)) {
          if (!ParticleAfterObject(s, ref, i)) continue;
          occ.end = i + 1;
          occ.split_particle = true;
        }
        occ.begin = i;
        // "accusandolo", "per definirla": the attached pronoun is the object, someone named
        // before ("accusandogli" or "accusandosi" name no object).
        occ.dative_clitic = form.clitic == "gli";
        occ.enclitic = form.clitic != "gli" &&
                       (form.clitic.ends_with("lo") || form.clitic.ends_with("la") ||
                        form.clitic.ends_with("li") || form.clitic.ends_with("le"));
        occ.plural_clitic = occ.enclitic &&
                            (form.clitic.ends_with("li") || form.clitic.ends_with("le"));
        occ.ref = ref;
        occ.finite = form.tense != VerbTense::kInfinitive && form.tense != VerbTense::kGerund;
        occ.gerund = form.tense == VerbTense::kGerund;
        if (form.tense == VerbTense::kFuture) occ.modality = kModalityFuture;
        if (form.tense == VerbTense::kConditional) occ.modality = kModalityReported;
        // Walk left over the verb group: auxiliaries, clitics, adverbs, "non".
        std::size_t g = i;
        bool has_essere = false, has_aux = false, reflexive = false;
        while (g > 0 && i - g < 6) {
          // "Mohammed VI ha telefonato": a word of an actor's name is no clitic ("vi").
          if (s.mention_at[g - 1] >= 0) break;
          std::string_view w = tokens[g - 1].lower;
          const std::vector<VerbForm>* aux = AuxiliaryForms(w);
          if (aux) {
            has_aux = true;
            for (const VerbForm& a : *aux) {
              if (a.lemma == "essere" || a.lemma == "venire") has_essere = true;
              if (a.tense == VerbTense::kFuture) occ.modality = kModalityFuture;
              if (a.tense == VerbTense::kConditional) occ.modality = kModalityReported;
              if (a.lemma == "potere" && occ.modality == kModalityAsserted)
                occ.modality = kModalityHypothetical;
            }
          } else if (!IsVerbGroupFiller(w)) {
            break;
          }
          if (w == "stato" || w == "stata" || w == "stati" || w == "state") has_essere = true;
          if (w == "si" || w == "s'" || w == "ci") reflexive = true;  // "si sono sentiti"
          if (w == "lo" || w == "li" || ((w == "la" || w == "le") && g - 1 > 0 &&
                                         tokens[g - 2].kind != TokenKind::kWord)) {
            occ.proclitic = true;  // "lo ha accusato", ", la accusa"
            occ.plural_clitic = w == "li" || w == "le";
          }
          if (w == "gli") occ.dative_clitic = true;  // "gli ha chiesto di ..."
          if (IsNegator(w)) occ.negated = true;
          --g;
        }
        occ.group_begin = g;
        // "non intende scusarsi": an infinitive right after "intendere" is only intended, and
        // its negation is the infinitive's.
        if (form.tense == VerbTense::kInfinitive && g > 0 &&
            tokens[g - 1].lower.starts_with("intend")) {
          occ.modality = kModalityHypothetical;
          for (std::size_t k = g - 1; k > 0 && g - 1 - k < 3; --k) {
            if (IsNegator(tokens[k - 1].lower)) occ.negated = true;
            if (!IsVerbGroupFiller(tokens[k - 1].lower)) break;
          }
        }
        // "senza incontrare resistenza": the event did not happen.
        if (g > 0 && tokens[g - 1].lower == "senza") occ.negated = true;
        // With essere, the participle of an unaccusative verb is active ("è intervenuta"),
        // of any other verb passive ("è stato arrestato", "le truppe inviate da Mosca").
        bool transitive = !IsUnaccusative(form.lemma);
        if (form.tense == VerbTense::kPastParticiple && transitive) {
          if (has_essere && !reflexive) {
            occ.passive = true;
          } else if (!has_aux && i > 0 &&
                     ((tokens[i - 1].kind == TokenKind::kWord &&
                       !IsVerbGroupFiller(tokens[i - 1].lower)) ||
                      (tokens[i - 1].lower == "," && i > 1 && s.mention_at[i - 2] >= 0) ||
                      // "L'accordo, siglato dal premier etiope e dal presidente ...": a
                      // participle with its agent after a noun and a comma.
                      (tokens[i - 1].lower == "," && i > 1 &&
                       tokens[i - 2].kind == TokenKind::kWord && i + 1 < tokens.size() &&
                       BasePreposition(tokens[i + 1].lower) == "da"))) {
            // a participle after a noun, or in apposition to an actor ("il movimento,
            // sostenuto dall'Iran, ...")
            occ.passive = occ.reduced_passive = true;
            occ.finite = false;
          } else if (!has_aux && !has_essere) {
            continue;  // a bare participle used as an adjective
          }
        }
        found.push_back(std::move(occ));
      }
    }
  }
  // "ha accolto con favore": a longer trigger at the same word wins over the word alone
  // ("accogliere" is a meeting, "accogliere con favore" support).
  std::erase_if(found, [&](const Occurrence& o) {
    return std::any_of(found.begin(), found.end(), [&](const Occurrence& longer) {
      return longer.begin == o.begin &&
             (longer.end > o.end || (longer.split_particle && !o.split_particle));
    });
  });
}

namespace {

// Resolve builds, for every trigger, a few short lists of mention indices (the actors of a
// role, those coordinated with them, a frame's sources and targets) and copies them, then the
// ends' actors and their pairs; from the heap they cost more than the rules that fill them. A
// ScratchVector (MentionList) takes its storage from a per-thread scratch buffer instead; a
// ScratchFrame gives back, when it ends, all that was taken after it began (a list freed last
// is given back at once, so that one growing in a loop reuses its place). What does not fit
// comes from the heap as usual.
struct ScratchBuffer {
  static constexpr std::size_t kBytes = 16384;
  alignas(std::max_align_t) unsigned char bytes[kBytes];
  std::size_t top = 0;  // bytes[0, top) are taken
};
thread_local ScratchBuffer scratch;

template <typename T>
struct ScratchAllocator {
  using value_type = T;
  ScratchAllocator() = default;
  template <typename U>
  ScratchAllocator(const ScratchAllocator<U>&) noexcept {}  // NOLINT(google-explicit-constructor)

  static std::size_t Rounded(std::size_t n) {
    constexpr std::size_t kAlign = alignof(std::max_align_t);
    return (n * sizeof(T) + kAlign - 1) / kAlign * kAlign;
  }
  T* allocate(std::size_t n) {
    const std::size_t bytes = Rounded(n);
    if (n <= ScratchBuffer::kBytes / sizeof(T) && bytes <= ScratchBuffer::kBytes - scratch.top) {
      T* p = reinterpret_cast<T*>(scratch.bytes + scratch.top);
      scratch.top += bytes;
      return p;
    }
    return std::allocator<T>().allocate(n);
  }
  void deallocate(T* p, std::size_t n) noexcept {
    const auto* bytes = reinterpret_cast<unsigned char*>(p);
    if (bytes < scratch.bytes || bytes >= scratch.bytes + ScratchBuffer::kBytes) {
      std::allocator<T>().deallocate(p, n);
    } else if (bytes + Rounded(n) == scratch.bytes + scratch.top) {
      scratch.top = static_cast<std::size_t>(bytes - scratch.bytes);
    }
  }
  friend bool operator==(const ScratchAllocator&, const ScratchAllocator&) { return true; }
};

class ScratchFrame {
 public:
  ScratchFrame() = default;
  ScratchFrame(const ScratchFrame&) = delete;
  ScratchFrame& operator=(const ScratchFrame&) = delete;
  ~ScratchFrame() { scratch.top = top_; }

 private:
  std::size_t top_ = scratch.top;
};

template <typename T>
using ScratchVector = std::vector<T, ScratchAllocator<T>>;

// Indices into a sentence's mentions.
using MentionList = ScratchVector<std::size_t>;

}  // namespace

void RelationMatcher::Resolve(const Sentence& s, const Occurrence& occ, DocumentMemory& memory,
                              std::vector<Relation>& out) const {
  // Before any MentionList: they are all gone when it ends.
  const ScratchFrame scratch_frame;
  const auto& tokens = s.tokens;
  const auto& mentions = s.actors.mentions;
  const RelationType& type = schema_.relation_types()[occ.ref.type];
  const Trigger& trigger = type.triggers[occ.ref.trigger];
  const std::size_t clause_begin = s.clause_begin(occ.group_begin);
  const std::size_t clause_end = s.clause_end(occ.end);
  // "ha inviato un telegramma a X": a message (the noun is a trigger of its own), no aid.
  if (type.type == "AID" && !occ.is_noun && IsMessageAfter(tokens, occ.end)) return;
  // "Georgetown ha chiesto aiuto all'Onu": aid asked for is a request, not aid given.
  if ((type.type == "AID" || type.type == "SUPPORT") && occ.is_noun && occ.begin > 0) {
    std::size_t k = occ.begin;
    if (k > 0 && IsArticle(tokens[k - 1].lower)) --k;
    if (k > 0 && IsAskingVerbForm(tokens[k - 1].lower)) return;
  }
  // "ha definito l'attacco ignobile": naming something is an accusation only in words of
  // condemnation.
  if (type.type == "ACCUSE" && trigger.lemma == "definire" &&
      !CondemnationWithin(tokens, occ.end, clause_end)) {
    return;
  }
  // "ha fermato gli aiuti di Bratislava": stopping a thing is no detention of its owner.
  if (type.type == "COERCE" && trigger.lemma == "fermare" && !occ.passive) {
    static const WordSet kThings = {
        "aiuti", "aiuto", "forniture", "fornitura", "consegne", "consegna", "lavori",
        "esportazioni", "importazioni", "trasferimenti", "pagamenti", "finanziamenti",
        "progetto", "processo", "negoziati", "trattative", "colloqui", "avanzata", "offensiva",
        "guerra", "combattimenti", "attacchi", "bombardamenti", "violenze", "flussi", "treni",
        "voli", "spedizioni", "vendite", "invii", "invio"};
    if (kThings.count(ObjectNoun(tokens, occ.end))) return;
  }
  // "designare" sanctions only as a listing of terrorists ("designato ... come organizzazione
  // terroristica"), not as an appointment.
  if (type.type == "SANCTION" && trigger.lemma == "designare") {
    bool terrorist = false;
    for (std::size_t k = occ.end; k < clause_end && k < occ.end + 12; ++k) {
      terrorist = terrorist || tokens[k].lower.starts_with("terroris");
    }
    if (!terrorist) return;
  }

  auto usable = [&](std::size_t m, std::string_view role) {
    if (mentions[m].adjective) return role == "adj";
    if (mentions[m].is_location) return role == "pp:in" || role == "pp:a" || role == "iobj";
    return role != "adj";
  };
  // Extends a mention to the actors coordinated with it ("Mali, Niger e Burkina Faso").
  auto coordinated = [&](std::size_t m, bool leftwards) {
    MentionList group{m};
    if (mentions[m].hyphen_pair) {
      // "i tre Paesi", "Putin-Biden": every actor of the group.
      group.clear();
      for (std::size_t k = 0; k < mentions.size(); ++k) {
        if (mentions[k].hyphen_pair && mentions[k].begin == mentions[m].begin) group.push_back(k);
      }
      return group;
    }
    std::size_t cur = m;
    while (true) {
      std::optional<std::size_t> next;
      if (leftwards && cur > 0) next = cur - 1;
      if (!leftwards && cur + 1 < mentions.size()) next = cur + 1;
      if (!next || mentions[*next].adjective || mentions[*next].hyphen_pair ||
          mentions[*next].is_location || (leftwards && s.prep[*next] != s.prep[m])) {
        break;
      }
      std::size_t a = leftwards ? mentions[*next].end : mentions[cur].end;
      std::size_t b = leftwards ? mentions[cur].begin : mentions[*next].begin;
      // ", e con il presidente ..."; the rest of a name the dictionary matched in part
      // ("Tamim bin Hamad al-Thani, e con ...") may stand in the gap too.
      bool joined = b > a && b - a <= 5;
      // "sia Kurti sia Vučić", "sia a Kiev che a Chișinău": the correlative pair.
      const std::size_t first = mentions[leftwards ? *next : cur].begin;
      const bool correlative = (first >= 1 && tokens[first - 1].lower == "sia") ||
                               (first >= 2 && tokens[first - 2].lower == "sia");
      // Articles alone join nothing: "ha definito Netanyahu un terrorista" names one actor.
      bool only_articles = true;
      for (std::size_t k = a; k < b && joined; ++k) {
        std::string_view w = tokens[k].lower;
        const bool name_rest = k == a && (tokens[k].capitalized || w.starts_with("al-"));
        // "le ambasciate del Ruanda, della Francia e del Belgio": owners of one agent noun.
        const bool owner_list = !mentions[m].actor.sector.empty() && !leftwards &&
                                BasePreposition(w) == "di";
        joined = w == "," || w == "e" || w == "ed" || w == "(" || w == "nonché" || name_rest ||
                 owner_list ||
                 IsArticle(w) || (correlative && (w == "sia" || w == "che")) ||
                 // "Wang Yi e il suo omologo Jeremiah Manele"
                 (IsThirdPersonPossessive(w) && k > a && IsArticle(tokens[k - 1].lower)) ||
                 (!s.prep[m].empty() && BasePreposition(w) == s.prep[m]);
        only_articles = only_articles && IsArticle(w);
      }
      if (!joined || only_articles) break;
      group.push_back(*next);
      cur = *next;
    }
    return group;
  };
  // "Samantha Power, che ha incontrato Pashinyan", "il Fronte, una milizia locale che si è
  // schierata con l'esercito": in a relative clause without its own subject the subject is
  // the antecedent of "che", the actor right before it (or before a short apposition).
  // "Ibrahim Zuhair Manik, deputato del Partito democratico maldiviano (Mdp), ...": the
  // person an apposition that ends at the comma tokens[comma] describes, when its own actors
  // hang on prepositions and it has no verb.
  auto apposed_person = [&](std::size_t comma) -> std::optional<std::size_t> {
    for (std::size_t m = mentions.size(); m-- > 0;) {
      if (mentions[m].end > comma) continue;
      if (comma - mentions[m].end > 24) break;
      if (!s.prep[m].empty() && !mentions[m].adjective) continue;  // inside the apposition
      if (s.in_aside[mentions[m].begin]) continue;                   // "(Mdp)"
      if (mentions[m].adjective || mentions[m].actor.type != "PERSON" ||
          tokens[mentions[m].end].lower != "," || mentions[m].end == comma) {
        return std::nullopt;
      }
      bool apposition = !tokens[mentions[m].end + 1].capitalized;
      for (std::size_t k = mentions[m].end + 1; k < comma && apposition; ++k) {
        if (s.mention_at[k] >= 0 || s.in_aside[k]) continue;
        const auto forms = verbs_.Lookup(tokens[k].lower);
        apposition = tokens[k].kind == TokenKind::kWord &&
                     AuxiliaryForms(tokens[k].lower) == nullptr &&
                     std::none_of(forms.begin(), forms.end(),
                                  [](const VerbForm& f) { return f.person != 0; });
      }
      if (apposition) return m;
      return std::nullopt;
    }
    return std::nullopt;
  };
  auto relative_antecedent = [&](std::size_t che) -> MentionList {
    // "Il Consiglio ha approvato una risoluzione che chiede a Israele ...": a text that asks,
    // condemns or bans speaks for its author, the subject of the clause that names it.
    if (std::optional<std::size_t> noun = InstrumentNounBefore(s, che)) {
      if (s.mention_at[*noun + 1] >= 0) return {};  // "la dichiarazione di X che": below
      for (std::size_t m = mentions.size(); m-- > 0;) {
        if (mentions[m].end > *noun) continue;
        if (mentions[m].begin < s.clause_begin(*noun)) break;
        if (!s.prep[m].empty() || mentions[m].adjective || mentions[m].is_location) continue;
        return coordinated(m, true);
      }
      return {};
    }
    for (std::size_t m = mentions.size(); m-- > 0;) {
      if (mentions[m].end > che) continue;
      // "il raid di un drone statunitense che ... ha ucciso": a noun phrase with a demonym
      // acts for that country.
      if (mentions[m].adjective && mentions[m].end == che) return {m};
      if (mentions[m].adjective) continue;
      std::size_t end = mentions[m].end;
      // "la Comunità di sviluppo dell'Africa australe (Sadc), di cui": past its acronym.
      if (end + 3 < che && tokens[end].lower == "(" && tokens[end + 2].lower == ")") end += 3;
      std::size_t gap = che - end;
      if (gap == 0 || (gap == 1 && tokens[end].lower == ",")) {
        // "al-Shabaab, affiliati ad al-Qaeda, che ...": an actor inside an apposition,
        // governed by a preposition, leaves the antecedent to the one it describes.
        if (!s.prep[m].empty() && m > 0 && s.prep[m - 1].empty() && !mentions[m - 1].adjective &&
            mentions[m - 1].end < mentions[m].begin && tokens[mentions[m - 1].end].lower == "," &&
            mentions[m].begin - mentions[m - 1].end <= 8) {
          bool apposition = true;
          // (A single capitalised word is a portfolio, no name: "membro della commissione
          // Esteri della Camera".)
          for (std::size_t k = mentions[m - 1].end + 1; k < mentions[m].begin && apposition; ++k) {
            const bool name_pair = k + 1 < mentions[m].begin && IsCapitalizedWord(tokens[k]) &&
                                   IsCapitalizedWord(tokens[k + 1]);
            apposition = tokens[k].kind == TokenKind::kWord && !name_pair &&
                         AuxiliaryForms(tokens[k].lower) == nullptr;
          }
          if (apposition) return coordinated(m - 1, true);
        }
        return coordinated(m, true);
      }
      if (gap <= 10 && tokens[end].lower == ",") {
        // ", una milizia locale che", ", miliardario ed ex ministro di Stato dell'enclave, che"
        bool apposition = true;
        for (std::size_t k = end + 1; k < che && apposition; ++k) {
          // words, no verb ("Stato" is a noun, "stato" a participle), and no full name
          const bool name_pair = k + 1 < che && IsCapitalizedWord(tokens[k]) &&
                                 IsCapitalizedWord(tokens[k + 1]);
          apposition = (tokens[k].kind == TokenKind::kWord && !name_pair &&
                        (tokens[k].capitalized || AuxiliaryForms(tokens[k].lower) == nullptr)) ||
                       (tokens[k].lower == "," && k + 1 == che);
        }
        if (apposition) return coordinated(m, true);
      }
      break;
    }
    // "ha detto Ernesto Quintanilla, deputato di Arena eletto a La Libertad, che accusa ...":
    // a person, then a longer apposition whose own actors hang on prepositions.
    if (che < 2 || tokens[che - 1].lower != ",") return {};
    if (auto person = apposed_person(che - 1)) return coordinated(*person, true);
    return {};
  };
  // Set when the trigger's clause is a relative one: its subject is never carried over.
  bool in_relative_clause = false;
  // Set when the clause's subject is a noun phrase that is no actor: nothing is carried over.
  bool subject_is_phrase = false;
  // Set when a warning's target comes from the clause it announces ("avverte che X ...").
  bool warning_clause = false;
  // "migliaia di sostenitori dei golpisti hanno preso d'assalto", "la giunta ha accusato": a
  // noun phrase that is no actor stands as the subject, so none is carried over. A phrase
  // opened by a preposition ("nel discorso ha accusato") is a complement, not a subject.
  const bool plain_subject = [&] {
    if (occ.group_begin == 0 || occ.is_noun) return false;
    std::size_t k = occ.group_begin;
    // "migliaia di sostenitori dei golpisti hanno ...": an actor completing a noun that is
    // none; the noun is the subject.
    if (const int at = s.mention_at[k - 1]; at >= 0) {
      const SentenceMention& owner = mentions[static_cast<std::size_t>(at)];
      std::size_t p = owner.begin;  // back over "dei" or "di" + article
      if (p > clause_begin && IsArticle(tokens[p - 1].lower)) --p;
      const bool of = p > clause_begin && BasePreposition(tokens[p - 1].lower) == "di";
      if (of && p - 1 > clause_begin) {
        const Token& noun = tokens[p - 2];
        if (noun.kind == TokenKind::kWord && s.mention_at[p - 2] < 0 && !noun.capitalized &&
            !ForcesOf(tokens, owner.begin)) {
          return true;
        }
      }
    }
    // (A bare demonym is a word of the phrase: "i rappresentanti della comunità serba".)
    auto no_actor = [&](std::size_t at) {
      return s.mention_at[at] < 0 || mentions[static_cast<std::size_t>(s.mention_at[at])].adjective;
    };
    const Token& last = tokens[k - 1];
    if (last.kind != TokenKind::kWord || !no_actor(k - 1) || last.capitalized ||
        IsVerbGroupFiller(last.lower) || !BasePreposition(last.lower).empty() ||
        IsArticle(last.lower) || last.lower == "e" || last.lower == "ed" || last.lower == "ma" ||
        last.lower == "che" || last.lower == "cui") {
      return false;
    }
    while (k > clause_begin && tokens[k - 1].kind == TokenKind::kWord && no_actor(k - 1)) {
      --k;
      // "Negli ultimi mesi le unità cinesi avevano colpito": the noun phrase starts at its
      // article, after a time complement.
      if (IsArticle(tokens[k].lower) && k > clause_begin &&
          BasePreposition(tokens[k - 1].lower).empty() && !IsArticle(tokens[k - 1].lower) &&
          tokens[k - 1].kind == TokenKind::kWord) {
        break;
      }
    }
    std::string_view first = tokens[k].lower;
    return IsArticle(first) || (BasePreposition(first).empty() && !IsVerbGroupFiller(first) &&
                                first != "e" && first != "ma" && first != "che");
  }();
  // "Prigozhin, che accusava Shoigu di ..., ha sostenuto": a relative clause closed by a
  // comma before the verb; its actors are not the verb's subject, its antecedent is.
  std::optional<std::size_t> closed_relative;  // the "che"
  for (std::size_t k = occ.group_begin; k-- > clause_begin + 1;) {
    if (s.mention_at[k] >= 0) break;  // an actor after the comma is the subject itself
    if (tokens[k].lower != ",") continue;
    for (std::size_t q = k; q-- > clause_begin + 1;) {
      if (tokens[q].lower == "che" && tokens[q - 1].lower == ",") {
        closed_relative = q;
        break;
      }
      // "Merkel, il cui governo ha la presidenza dell'Ue, ha telefonato": the article (or
      // preposition) before "cui" stands where "che" would.
      // (Not "la Lega araba, il cui segretario generale, Aboul Gheit, ha condannato": there
      // the verb is the relative clause's own.)
      if (tokens[q].lower == "cui" && q > clause_begin + 2 && tokens[q - 2].lower == "," &&
          (IsArticle(tokens[q - 1].lower) || !BasePreposition(tokens[q - 1].lower).empty())) {
        const bool own_verb = std::any_of(
            tokens.begin() + static_cast<std::ptrdiff_t>(q + 1),
            tokens.begin() + static_cast<std::ptrdiff_t>(k),
            [&](const Token& t) {
              const auto forms = verbs_.Lookup(t.lower);
              return AuxiliaryForms(t.lower) != nullptr || IsCommonFiniteVerb(t.lower) ||
                     std::any_of(forms.begin(), forms.end(),
                                 [](const VerbForm& f) { return f.person != 0; });
            });
        if (own_verb) closed_relative = q - 1;
        break;
      }
    }
    break;
  }
  // The nearest mention left of the trigger without a preposition: the subject.
  auto subject_left = [&]() -> MentionList {
    if (closed_relative) {
      auto antecedent = relative_antecedent(*closed_relative);
      // "Gli avversari di Sall, il cui mandato scade, lo accusano": the antecedent is the
      // noun Sall completes, no actor; "X, deputato del Partito Y, che controlla il
      // Parlamento, ha accusato": the person the apposition describes.
      if (!antecedent.empty() && !s.prep[antecedent.front()].empty()) {
        std::size_t comma = *closed_relative - 1;
        if (tokens[*closed_relative].lower != "che") --comma;  // ", il cui"
        if (auto person = apposed_person(comma)) return coordinated(*person, true);
        if (tokens[*closed_relative].lower != "che") {
          subject_is_phrase = true;  // "Gli avversari di Sall, il cui ..., lo accusano"
          return {};
        }
      }
      if (!antecedent.empty()) return antecedent;
    }
    // "Vučić ha negato che Belgrado abbia avuto un ruolo e ha accusato Kurti": a verb
    // coordinated after a complement clause ("che ...") shares the main clause's subject.
    if (!occ.is_noun && occ.group_begin > clause_begin + 2 &&
        (tokens[occ.group_begin - 1].lower == "e" || tokens[occ.group_begin - 1].lower == "ed")) {
      std::optional<std::size_t> complement;
      for (std::size_t k = occ.group_begin - 1; k-- > clause_begin + 1;) {
        if (tokens[k].lower != "che") continue;
        const Token& before = tokens[k - 1];
        const bool after_verb = before.kind == TokenKind::kWord && s.mention_at[k - 1] < 0 &&
                                (before.lower.ends_with("ato") || before.lower.ends_with("uto") ||
                                 before.lower.ends_with("ito") || before.lower.ends_with("ce") ||
                                 before.lower.ends_with("ma") || before.lower.ends_with("sto") ||
                                 before.lower.ends_with("etto"));
        if (after_verb) complement = k;
        break;
      }
      for (std::size_t m = mentions.size(); complement && m-- > 0;) {
        if (mentions[m].end > *complement) continue;
        if (mentions[m].begin < clause_begin) break;
        if (!s.prep[m].empty() || mentions[m].adjective || mentions[m].is_location) continue;
        return coordinated(m, true);
      }
    }
    for (std::size_t m = mentions.size(); m-- > 0;) {
      if (mentions[m].end > occ.group_begin) continue;
      if (mentions[m].begin < clause_begin) break;
      // (Not an actor of the relative clause closed before the verb.)
      if (closed_relative && mentions[m].begin > *closed_relative) continue;
      // A relative "che" between this actor and the verb: the verb belongs to the relative
      // clause ("la milizia che ha attaccato" is not the earlier actor's act).
      std::optional<std::size_t> che;
      for (std::size_t k = mentions[m].end; k < occ.group_begin; ++k) {
        if (tokens[k].lower != "che" || k == 0) continue;
        // After a comma, an actor or a noun phrase ("una milizia locale che") "che" is a
        // relative pronoun; after a verb ("ha detto che") it opens a complement clause.
        bool relative = tokens[k - 1].lower == "," || s.mention_at[k - 1] >= 0;
        for (std::size_t b = k - 1; !relative && b > 0 && k - b <= 3; --b) {
          std::string_view w = tokens[b - 1].lower;
          if (tokens[b - 1].kind != TokenKind::kWord || AuxiliaryForms(w)) break;
          relative = IsArticle(w);
        }
        if (relative) che = k;
      }
      if (che) {
        in_relative_clause = true;
        return relative_antecedent(*che);
      }
      // "L'offensiva russa ha colpito", "Un drone americano ha ucciso": a noun phrase
      // that opens the clause with a demonym stands for that country.
      if (mentions[m].adjective && !occ.is_noun && s.prep[m].empty() &&
          mentions[m].end == occ.group_begin && mentions[m].begin >= 2 &&
          mentions[m].begin - 2 == clause_begin && IsArticle(tokens[clause_begin].lower) &&
          tokens[clause_begin + 1].kind == TokenKind::kWord && s.mention_at[clause_begin + 1] < 0) {
        return {m};
      }
      if (!s.prep[m].empty() || mentions[m].adjective || mentions[m].is_location) continue;
      if (s.in_aside[mentions[m].begin] && !s.in_aside[occ.group_begin]) continue;
      // "Erdogan aveva spiazzato le cancellerie occidentali chiedendo all'Ue ...": a gerund's
      // subject is the clause's, not the object of the verb before it.
      if (occ.gerund && mentions[m].begin > clause_begin) {
        // (After a verb of saying stands its subject: "ha detto Nurlan Abdykadyrov, accusando
        // Dushanbe", "ha scritto il capo della diplomazia europea, ringraziando X".)
        std::size_t b = mentions[m].begin - 1;
        const bool article = IsArticle(tokens[b].lower) && b > clause_begin;
        if (article) --b;
        const std::string_view w = tokens[b].lower;
        if (article && tokens[b].kind == TokenKind::kWord && s.mention_at[b] < 0 &&
            !IsSpeechVerbForm(w) &&
            (!verbs_.Lookup(w).empty() || w.ends_with("ato") || w.ends_with("ata") ||
             w.ends_with("ati") || w.ends_with("ate") || w.ends_with("uto") || w.ends_with("ito") ||
             (w.size() >= 5 && (w.ends_with("so") || w.ends_with("sto") || w.ends_with("tto") ||
                                w.ends_with("rto"))))) {
          continue;
        }
      }
      return coordinated(m, true);
    }
    return {};
  };
  // "A condannare l'attacco è stata anche la Francia": an infinitive after "a" that opens the
  // clause, then a form of "essere" that introduces the subject (a cleft sentence).
  const std::optional<std::size_t> cleft_copula = [&]() -> std::optional<std::size_t> {
    if (occ.is_noun || occ.finite || occ.group_begin == 0 || occ.group_begin - 1 != clause_begin ||
        (tokens[clause_begin].lower != "a" && tokens[clause_begin].lower != "ad")) {
      return std::nullopt;
    }
    static const WordSet kCopula = {"è", "sono", "era", "erano", "sarà", "saranno", "fu",
                                    "furono", "sarebbe", "sarebbero"};
    for (std::size_t k = occ.end; k < clause_end && k < occ.end + 12; ++k) {
      if (kCopula.count(tokens[k].lower)) return k;
    }
    return std::nullopt;
  }();
  auto after = [&](std::string_view prep, std::string_view role, std::size_t from,
                   std::size_t window) -> MentionList {
    // A direct object never stands past "che": there a subordinate clause begins
    // ("ha avvertito che Mosca ..."); nor past the copula of a cleft sentence.
    std::size_t limit = cleft_copula && *cleft_copula >= from ? *cleft_copula : clause_end;
    if (occ.is_noun) {
      for (std::size_t k = from; k < clause_end; ++k) {
        // (Not a comma inside a list of actors: "l'uscita di Mali, Burkina Faso e Niger dalla
        // Cedeao".)
        const bool in_list = k > 0 && k + 1 < tokens.size() && s.mention_at[k - 1] >= 0 &&
                             (s.mention_at[k + 1] >= 0 ||
                              (IsArticle(tokens[k + 1].lower) && k + 2 < tokens.size() &&
                               s.mention_at[k + 2] >= 0));
        if (tokens[k].lower == "," && !in_list) {
          limit = k;
          break;
        }
      }
    }
    // "la Lega araba, riunita a Doha, si era schierata con Il Cairo": a participle in an
    // apposition has its complements before the apposition's closing comma.
    if (!occ.is_noun && !occ.gerund && !occ.finite && occ.group_begin == occ.begin &&
        occ.begin > 0 && tokens[occ.begin - 1].lower == "," &&
        !tokens[occ.begin].lower.ends_with("re")) {
      for (std::size_t k = from; k < limit; ++k) {
        if (tokens[k].lower == ",") {
          limit = k;
          break;
        }
      }
    }
    if (role == "object") {
      // Nor past a conjunction that opens another clause ("..., mentre l'aviazione ...").
      // Nor past a relative pronoun ("ha criticato l'alleanza, della quale fanno parte ...").
      static const WordSet kClauseOpeners = {
          "che", "mentre", "dove", "quando", "ma", "però", "perché", "poiché", "sebbene",
          "benché", "finché", "affinché", "cui", "quale", "quali"};
      for (std::size_t k = from; k < clause_end && k < from + window; ++k) {
        // Nor past another verb group ("difenderà ogni metro e ha accusato X").
        // Nor past a gerund ("ha respinto le accuse accusando Kiev": Kiev is the gerund's).
        const std::string_view w = tokens[k].lower;
        const bool gerund = k > from && w.size() >= 6 && s.mention_at[k] < 0 &&
                            (w.ends_with("ando") || w.ends_with("endo"));
        const bool next_verb = gerund || ((w == "e" || w == "ed") && k + 1 < tokens.size() &&
                                          AuxiliaryForms(tokens[k + 1].lower));
        // ("accusa però Teheran": right after the verb, "però" is an adverb.)
        const bool adverb = k == from && w == "però";
        if ((kClauseOpeners.count(tokens[k].lower) && !adverb) || next_verb) {
          limit = k;
          break;
        }
      }
    }
    if (!prep.empty() && !occ.is_noun) {
      // Nor a complement past another verb group: "ha proclamato lo stato di emergenza e ha
      // trasferito ogni potere al comandante".
      for (std::size_t k = from; k + 1 < limit && k < from + window; ++k) {
        if ((tokens[k].lower == "e" || tokens[k].lower == "ed") &&
            AuxiliaryForms(tokens[k + 1].lower)) {
          limit = k;
          break;
        }
      }
    }
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].begin < from || mentions[m].begin >= limit) continue;
      if (mentions[m].begin > from + window) break;
      if (!usable(m, role)) continue;
      if (s.prep[m] == prep) return coordinated(m, false);
      // "il sostegno della Francia alla candidatura dell'Uzbekistan": the owner of a plain
      // noun introduced by the preposition.
      if (!prep.empty() && s.prep[m] == "di" && mentions[m].begin >= 2) {
        std::size_t k = mentions[m].begin - 1;  // the "di" word
        if (IsArticle(tokens[k].lower) && k > 0) --k;
        if (k >= 2 && tokens[k - 1].kind == TokenKind::kWord && s.mention_at[k - 1] < 0 &&
            !IsArticle(tokens[k - 1].lower)) {
          std::size_t p = k - 2;  // the preposition, maybe with an article after it
          if (IsArticle(tokens[p].lower) && p > 0) --p;
          if (p >= from && BasePreposition(tokens[p].lower) == prep) return coordinated(m, false);
        }
      }
      if (prep.empty() && role == "object") {
        // The object is the first actor after the verb; a prepositional one stops the search
        // only when it is not a complement of the object.
        continue;
      }
    }
    return {};
  };
  bool carried = false;
  const ActorRef& sentence_subject = memory.sentence_subject;
  const bool frame_uses_object =
      std::any_of(trigger.frames.begin(), trigger.frames.end(),
                  [](const ArgumentFrame& f) { return f.target == "object"; });
  auto resolve_role = [&](std::string_view role) -> MentionList {
    std::string_view r = role;
    if (occ.passive && r == "subject") r = "agent";
    else if (occ.passive && r == "object") r = "patient";
    if (r == "subject" && occ.is_noun) {
      // "l'arresto del leader dell'opposizione da parte della polizia georgiana": the agent
      // of a noun named after "da parte di".
      for (std::size_t k = occ.end; k + 2 < clause_end && k < occ.end + 12; ++k) {
        if (tokens[k].lower != "da" || tokens[k + 1].lower != "parte" ||
            BasePreposition(tokens[k + 2].lower) != "di") {
          continue;
        }
        std::size_t at = k + 3;
        if (at < tokens.size() && IsArticle(tokens[at].lower)) ++at;
        if (at < tokens.size() && s.mention_at[at] >= 0) {
          return coordinated(static_cast<std::size_t>(s.mention_at[at]), false);
        }
        break;
      }
    }
    if (r == "subject" && cleft_copula) {
      // "A condannare l'attacco è stata anche la Francia": the cleft sentence's subject
      // follows "è stato".
      static const WordSet kFillers = {"stato", "stata", "stati", "state", "anche", "proprio",
                                       "invece", "poi", "soprattutto", "ancora", "stavolta"};
      std::size_t at = *cleft_copula + 1;
      while (at < clause_end && kFillers.count(tokens[at].lower)) ++at;
      if (at < clause_end && IsArticle(tokens[at].lower)) ++at;
      if (at < clause_end && s.mention_at[at] >= 0) {
        return coordinated(static_cast<std::size_t>(s.mention_at[at]), false);
      }
    }
    if (r == "subject") {
      if (!occ.is_noun && occ.group_begin > 0 && !sentence_subject.empty() &&
          (tokens[occ.group_begin - 1].lower == "e" || tokens[occ.group_begin - 1].lower == "ed" ||
           (occ.gerund && tokens[occ.group_begin - 1].lower == ","))) {
        return {};  // resolved below from the previous verb's subject
      }
      // "Chi ha stretto la mano a Cohen ha tradito ...": whoever did it is no actor.
      if (occ.group_begin > 0 && tokens[occ.group_begin - 1].lower == "chi") return {};
      auto found = subject_left();
      if (found.empty() && !occ.is_noun && !occ.passive && occ.finite && !frame_uses_object) {
        // A postverbal subject: "Alla riunione hanno partecipato Putin, Lukashenko e ...",
        // not past the next verb group.
        std::size_t window = 0;
        while (window < 6 && occ.end + window < clause_end &&
               AuxiliaryForms(tokens[occ.end + window].lower) == nullptr) {
          ++window;
        }
        found = after("", "subject", occ.end, window);
      }
      return found;
    }
    if (r == "patient") {
      if (occ.reduced_passive) {
        // "Masimov, arrestato dal KNB": the mention right before the participle.
        for (std::size_t m = mentions.size(); m-- > 0;) {
          if (mentions[m].end <= occ.begin && mentions[m].end + 2 >= occ.begin &&
              s.prep[m].empty() && usable(m, "object")) {
            return {m};
          }
        }
        // "Atene ha sospeso le domande d'asilo, una decisione criticata dall'Unhcr": a noun
        // that sums up the act before the comma stands for its author, that clause's subject.
        std::size_t k = occ.begin;
        if (k < 3 || !IsActSummaryNoun(tokens[k - 1].lower)) return {};
        --k;
        if (IsArticle(tokens[k - 1].lower)) --k;
        if (tokens[k - 1].lower != ",") return {};
        const std::size_t comma = k - 1, begin = s.clause_begin(comma);
        for (std::size_t m = 0; m < mentions.size() && mentions[m].end <= comma; ++m) {
          if (mentions[m].begin < begin || !s.prep[m].empty() || mentions[m].adjective ||
              mentions[m].is_location) {
            continue;
          }
          return coordinated(m, true);
        }
        return {};
      }
      return subject_left();
    }
    if (r == "agent") return after("da", role, occ.end, kArgumentWindow);
    if (r == "che") {
      // "ha chiesto che la Russia ritiri le truppe": the subject of the clause "che" opens
      // right after the verb.
      std::size_t k = occ.end;
      while (k < clause_end && k < occ.end + 3 && tokens[k].lower != "che") ++k;
      if (k >= clause_end || tokens[k].lower != "che") return {};
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        if (mentions[m].begin <= k) continue;
        if (mentions[m].begin > k + 3 || mentions[m].begin >= clause_end) break;
        bool determiners_only = true;
        for (std::size_t w = k + 1; w < mentions[m].begin && determiners_only; ++w) {
          determiners_only = IsArticle(tokens[w].lower);
        }
        if (determiners_only && s.prep[m].empty() && usable(m, "object")) {
          return coordinated(m, false);
        }
        break;
      }
      return {};
    }
    if (r == "other") {
      // "X, dal collega Y, ha firmato una dichiarazione congiunta": the one other actor named
      // before the trigger in its clause, whatever its preposition.
      MentionList others;
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        if (mentions[m].begin < clause_begin || mentions[m].begin >= occ.begin ||
            mentions[m].adjective || mentions[m].is_location || s.in_aside[mentions[m].begin] !=
                                                                     s.in_aside[occ.begin]) {
          continue;
        }
        others.push_back(m);
      }
      auto subject = subject_left();
      std::erase_if(others, [&](std::size_t m) {
        return std::find(subject.begin(), subject.end(), m) != subject.end();
      });
      if (others.size() > 1) {
        // Several: the one met with "da", "con" or "presso" ("dal collega Y").
        std::erase_if(others, [&](std::size_t m) {
          return s.prep[m] != "da" && s.prep[m] != "con" && s.prep[m] != "presso";
        });
      }
      if (others.size() > 1) {
        // Still several ("arrivato dal G20 di Nuova Delhi, ha adottato con X"): the one met
        // with "con".
        std::erase_if(others, [&](std::size_t m) { return s.prep[m] != "con"; });
      }
      if (others.size() == 1) return others;
      return {};
    }
    if (r == "object") {
      // "ha avvertito che ...", "ha sostenuto di non voler ...": the verb takes a clause, not
      // an object ("minacciò di lasciare l'Unione" keeps the infinitive's object).
      if (occ.end < tokens.size() &&
          (tokens[occ.end].lower == "che" ||
           (tokens[occ.end].lower == "di" && trigger.lemma == "sostenere"))) {
        // "ha avvertito che Washington e Londra «pagheranno un prezzo»": a warning's target
        // is the subject of what it announces.
        if (type.type == "THREATEN" && tokens[occ.end].lower == "che") {
          warning_clause = true;
          auto announced = after("", "subject", occ.end + 1, 4);
          if (announced.empty()) {
            // "ha avvertito che qualsiasi attacco dell'Iran riceverà una risposta": the one
            // whose act opens the announced clause.
            auto owner = after("di", "pp:di", occ.end + 1, 8);
            if (!owner.empty()) {
              bool plain = true;
              for (std::size_t k = occ.end + 1; k < mentions[owner.front()].begin && plain; ++k) {
                const auto forms = verbs_.Lookup(tokens[k].lower);
                if (tokens[k].lower == "\"") continue;  // "qualsiasi nuova «avventura» di X"
                plain = tokens[k].kind == TokenKind::kWord &&
                        AuxiliaryForms(tokens[k].lower) == nullptr &&
                        std::none_of(forms.begin(), forms.end(), [](const VerbForm& f) {
                          return f.person == 3 || f.tense == VerbTense::kPastParticiple;
                        });
              }
              if (plain) announced = owner;
            }
          }
          // "Peskov ha avvertito che la Russia adotterà contromisure contro la Nato": when the
          // speaker's side acts, the warning is to whom it acts against.
          const auto speaker = subject_left();
          const bool own_side =
              !announced.empty() && !speaker.empty() &&
              std::all_of(announced.begin(), announced.end(), [&](std::size_t m) {
                const ActorRef& a = mentions[m].actor;
                const ActorRef& by = mentions[speaker.front()].actor;
                return a.id == by.id || a.id == by.country || a.country == by.id;
              });
          if (own_side) {
            for (std::string_view prep : {"contro", "a", "verso"}) {
              auto against = after(prep, "pp:" + std::string(prep), mentions[announced.back()].end,
                                   kArgumentWindow);
              if (!against.empty()) return against;
            }
            return after("", "object", mentions[announced.back()].end, 6);
          }
          return announced;
        }
        return {};
      }
      // "non lasciano passare i convogli", "ha lasciato fare": "lasciare" with an infinitive
      // lets someone act, it leaves no one.
      if (trigger.lemma == "lasciare" && occ.end < tokens.size() && !tokens[occ.end].capitalized &&
          LooksLikeInfinitive(tokens[occ.end].lower)) {
        return {};
      }
      auto found = after("", role, occ.end, 10);
      if (!found.empty()) return found;
      if (occ.enclitic || occ.proclitic) return {};  // resolved from the context below
      // "ha condannato l'uso dei migranti da parte di Minsk", "ha condannato la legge voluta
      // da Pechino": who is judged is the author of an object that is not an actor, before
      // the object's owner.
      if (type.type == "ACCUSE" || type.type == "REJECT" || type.type == "SUPPORT" ||
          type.type == "PROTEST") {
        for (std::size_t m = 0; m < mentions.size(); ++m) {
          const std::size_t b = mentions[m].begin;
          if (b <= occ.end + 2 || b >= clause_end || b > occ.end + 10) continue;
          std::size_t k = b - 1;
          if (IsArticle(tokens[k].lower) && k > occ.end) --k;
          const bool by_part = s.prep[m] == "di" && k >= occ.end + 3 &&
                               tokens[k - 1].lower == "parte" && tokens[k - 2].lower == "da";
          const bool by_participle = s.prep[m] == "da" && k >= occ.end + 2 &&
                                     s.mention_at[k - 1] < 0 &&
                                     LooksLikeParticiple(tokens[k - 1].lower);
          if (!by_part && !by_participle) continue;
          // Only the object's own words before it: no punctuation, clause or verb group.
          bool plain = true;
          for (std::size_t w = occ.end; w + (by_part ? 2 : 1) < k && plain; ++w) {
            plain =
                tokens[w].kind != TokenKind::kPunct && tokens[w].lower != "che" &&
                AuxiliaryForms(tokens[w].lower) == nullptr &&
                (s.mention_at[w] < 0 || s.prep[static_cast<std::size_t>(s.mention_at[w])] == "di");
          }
          if (plain && usable(m, role)) return coordinated(m, false);
          break;
        }
      }
      // Leaving or abandoning needs what is left named: "ha lasciato la guida del governo" is
      // no retreat from the government's owner.
      if (trigger.lemma == "lasciare" || trigger.lemma == "abbandonare") return {};
      // "ha respinto la proposta di Hamas", "ha arrestato decine di manifestanti": the owner
      // of an object that is not an actor.
      // "ha colpito più di sessanta obiettivi in sedici località dello Yemen": plain words
      // only (no verb of another clause, no punctuation) may stand between.
      // Not the owner of the noun of an adverbial phrase right after the verb: "si è riunito
      // su richiesta della Guyana" has no object ("ha dato il via libera all'ingresso della
      // Svezia" has one).
      std::size_t phrase_noun_end = 0;
      const std::string_view next_prep =
          occ.end + 1 < tokens.size() ? BasePreposition(tokens[occ.end].lower) : "";
      if (!next_prep.empty() && next_prep != "di" &&
          (next_prep != "a" || tokens[occ.end + 1].lower == "margine")) {
        std::size_t q = occ.end + 1;
        if (IsArticle(tokens[q].lower) && q + 1 < tokens.size()) ++q;
        phrase_noun_end = q + 1;
      }
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        if (mentions[m].begin <= occ.end || mentions[m].begin > occ.end + 10 ||
            mentions[m].begin >= clause_end || s.prep[m] != "di" || !usable(m, role)) {
          continue;
        }
        std::size_t di = mentions[m].begin - 1;
        if (IsArticle(tokens[di].lower) && di > 0) --di;
        if (di == phrase_noun_end) break;
        bool plain_noun_between = true;
        for (std::size_t k = occ.end; k + 1 < mentions[m].begin && plain_noun_between; ++k) {
          plain_noun_between = tokens[k].kind != TokenKind::kPunct && s.mention_at[k] < 0 &&
                               tokens[k].lower != "che" &&
                               AuxiliaryForms(tokens[k].lower) == nullptr;
        }
        if (!plain_noun_between) break;
        // "ha condannato l'arresto di Condé": the one an event the document reported was
        // done to is not who is judged; its agent is (found from the document's memory).
        if (type.type == "ACCUSE" || type.type == "REJECT" || type.type == "SUPPORT" ||
            type.type == "PROTEST") {
          const EventKind kind = EventNamedAfter(tokens, occ.end);
          // "ha condannato l'uccisione di Dias e Guambe": a person an attack or an arrest is
          // said of is its victim, whether or not the document reported the act.
          if ((kind == EventKind::kHostile || kind == EventKind::kCoercion) &&
              mentions[m].actor.type == "PERSON") {
            return {};
          }
          if (kind != EventKind::kNone &&
              std::any_of(memory.recent_events.begin(), memory.recent_events.end(),
                          [&](const DocumentMemory::Event& e) {
                            return IsEventOfKind(kind, e.type) &&
                                   e.target.id == mentions[m].actor.id;
                          })) {
            return {};
          }
        }
        return coordinated(m, false);
      }
      // "ha denunciato interferenze da parte della Russia": the author of the object.
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        const std::size_t b = mentions[m].begin;
        if (b <= occ.end + 2 || b > occ.end + 10 || b >= clause_end || s.prep[m] != "di") continue;
        std::size_t k = b - 1;
        if (IsArticle(tokens[k].lower)) --k;
        if (k >= 2 && tokens[k - 1].lower == "parte" && tokens[k - 2].lower == "da") {
          return coordinated(m, false);
        }
      }
      // "ha condannato l'aggressione russa": the country of an event in the object.
      // ("ha condannato di nuovo l'aggressione russa")
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        if (mentions[m].adjective && mentions[m].begin > occ.end &&
            mentions[m].begin <= occ.end + 5 && mentions[m].begin < clause_end) {
          bool plain = true;
          for (std::size_t k = occ.end; k < mentions[m].begin && plain; ++k) {
            plain = tokens[k].kind == TokenKind::kWord && s.mention_at[k] < 0;
          }
          if (plain) return {m};
        }
      }
      return {};
    }
    if (r == "iobj" || (occ.is_noun && r == "pp:a")) {
      auto found = after("a", role, occ.end, kArgumentWindow);
      // "ha ribadito a Xi il sostegno della Russia", "ha promesso a Kiev nuovi aiuti": the
      // governing verb's indirect object stands before the noun.
      if (found.empty() && occ.is_noun) {
        for (std::size_t m = mentions.size(); m-- > 0;) {
          if (mentions[m].end > occ.begin || mentions[m].begin < clause_begin) continue;
          if (occ.begin - mentions[m].end > 4) break;
          bool determiners_only = true;  // "a Kiev nuovi aiuti", "a Xi il sostegno"
          for (std::size_t k = mentions[m].end; k < occ.begin && determiners_only; ++k) {
            std::string_view w = tokens[k].lower;
            if (w == "\"") continue;  // "a Yunus i suoi «migliori auguri»"
            determiners_only = tokens[k].kind == TokenKind::kWord && w != "e" &&
                               BasePreposition(w).empty() && AuxiliaryForms(w) == nullptr;
          }
          if (determiners_only && s.prep[m] == "a" && !mentions[m].is_location &&
              !mentions[m].adjective) {
            found = coordinated(m, false);
          }
          break;
        }
      }
      return found;
    }
    if (r == "of") return after("di", role, occ.end, 4);
    if (r.substr(0, 3) == "pp:") {
      auto found = after(r.substr(3), role, occ.end, kArgumentWindow);
      if (!found.empty() || occ.end >= tokens.size() ||
          BasePreposition(tokens[occ.end].lower) != r.substr(3)) {
        return found;
      }
      // "preoccupato per il coinvolgimento russo", "proteste contro l'occupazione israeliana":
      // the country of an event the phrase names by a demonym.
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        if (!mentions[m].adjective || mentions[m].begin <= occ.end + 1) continue;
        if (mentions[m].begin > occ.end + 5 || mentions[m].begin >= clause_end) break;
        bool plain = true;
        for (std::size_t k = occ.end + 1; k < mentions[m].begin && plain; ++k) {
          plain = tokens[k].kind == TokenKind::kWord && s.mention_at[k] < 0 &&
                  BasePreposition(tokens[k].lower).empty();
        }
        if (plain) return {m};
        break;
      }
      return found;
    }
    if (r == "adj") {
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        if (mentions[m].adjective && mentions[m].begin >= occ.end &&
            mentions[m].begin <= occ.end + 1) {
          return {m};
        }
        // "il sostegno militare americano", "la presenza navale cinese": one plain
        // adjective may stand before the demonym.
        if (mentions[m].adjective && mentions[m].begin == occ.end + 1 + 1 &&
            tokens[occ.end].kind == TokenKind::kWord && !tokens[occ.end].capitalized &&
            s.mention_at[occ.end] < 0 && BasePreposition(tokens[occ.end].lower).empty() &&
            !IsArticle(tokens[occ.end].lower) && tokens[occ.end].lower != "e") {
          return {m};
        }
      }
    }
    return {};
  };
  auto pair = [&]() -> std::pair<MentionList, MentionList> {
    // "incontro Putin-Tokayev" / "colloqui tra Stati Uniti e Russia" / "X e Y hanno firmato"
    for (std::size_t m = 0; m + 1 < mentions.size(); ++m) {
      if (mentions[m].hyphen_pair && mentions[m + 1].hyphen_pair &&
          mentions[m].begin == mentions[m + 1].begin && mentions[m].begin >= occ.end &&
          mentions[m].begin <= occ.end + 2) {
        return {{m}, {m + 1}};
      }
    }
    // "colloqui tra Stati Uniti e Russia", "un incontro di diverse ore tra X e Y"
    for (std::size_t k = occ.end; k < occ.end + 6 && k < clause_end; ++k) {
      if (tokens[k].kind == TokenKind::kPunct || s.mention_at[k] >= 0) break;
      if (tokens[k].lower != "tra" && tokens[k].lower != "fra") continue;
      auto tra = after("tra", "pair", k, 4);
      if (tra.size() >= 2) return {{tra[0]}, {tra.begin() + 1, tra.end()}};
      break;
    }
    // "Putin e Tokayev hanno avuto un colloquio", "i due leader hanno firmato"; a passive
    // pairs its agents ("una dichiarazione firmata dall'Iran, dall'Arabia Saudita e dalla
    // Cina"), an impersonal one ("è stato concordato") has none.
    if (occ.passive) {
      auto agents = after("da", "agent", occ.end, kArgumentWindow);
      if (agents.size() >= 2) return {{agents.front()}, {agents.begin() + 1, agents.end()}};
      return {};
    }
    auto subject = subject_left();
    if (subject.empty() && !occ.is_noun && occ.finite) subject = after("", "subject", occ.end, 6);
    if (subject.size() >= 2) return {{subject.back()}, {subject.begin(), subject.end() - 1}};
    if (subject.size() == 1 && mentions[subject[0]].hyphen_pair && subject[0] > 0 &&
        mentions[subject[0] - 1].hyphen_pair &&
        mentions[subject[0] - 1].begin == mentions[subject[0]].begin) {
      return {{subject[0] - 1}, {subject[0]}};
    }
    return {};
  };

  MentionList sources, targets;
  bool all_pairs = false;  // "i tre Paesi hanno firmato": every two of them
  std::string rule;
  ActorRef carried_source, carried_target, carried_partner;
  // "«Israele pagherà», ha avvertito Khamenei": after a quotation the name that follows the
  // verb is its subject, and the actor the quotation is about its target.
  if (auto quote = !occ.is_noun && !occ.passive && occ.finite
                       ? QuotationBefore(tokens, occ.group_begin)
                       : std::nullopt) {
    std::optional<std::size_t> speaker, about;
    for (std::size_t m = 0; m < mentions.size() && !speaker; ++m) {
      if (mentions[m].begin >= occ.end && mentions[m].begin <= occ.end + 2 &&
          s.prep[m].empty() && !mentions[m].adjective && !mentions[m].is_location) {
        speaker = m;
      }
    }
    for (std::size_t pass = 0; pass < 2 && speaker && !about; ++pass) {
      for (std::size_t m = 0; m < mentions.size() && !about; ++m) {
        const ActorRef& a = mentions[m].actor;
        const ActorRef& by = mentions[*speaker].actor;
        if (mentions[m].begin < quote->first || mentions[m].end > quote->second ||
            mentions[m].adjective || (pass == 0 && !s.prep[m].empty()) ||
            a.id == by.id || a.id == by.country || a.country == by.id) {
          continue;
        }
        about = m;  // the quotation's subject first, else any actor it names
      }
    }
    if (!speaker || !about) return;
    sources = {*speaker};
    targets = {*about};
    rule = "verb:quotation";
  }
  for (const ArgumentFrame& frame : trigger.frames) {
    if (!rule.empty()) break;  // the quotation gave both ends
    if (frame.source == "pair") {
      auto [a, b] = pair();
      if (!a.empty() && !b.empty()) {
        sources = a;
        targets = b;
        rule = std::string(occ.is_noun ? "noun" : "verb") + ":pair";
        all_pairs = sources.size() + targets.size() >= 3;
        break;
      }
      continue;
    }
    // "ha convocato l'ambasciatore russo": a role bound to an agent sector takes only such
    // mentions.
    auto of_sector = [&](MentionList found, const std::string& sector) {
      if (sector.empty()) return found;
      std::erase_if(found, [&](std::size_t m) { return mentions[m].actor.sector != sector; });
      return found;
    };
    // "la testata X ha dato la notizia dell'arresto di Y": who reports an event is not its
    // agent.
    if (occ.is_noun && frame.source == "subject" && IsReportOf(tokens, occ.begin)) continue;
    MentionList src = of_sector(resolve_role(frame.source), frame.source_sector);
    MentionList tgt = of_sector(resolve_role(frame.target), frame.target_sector);
    // One is a member of an organisation, never of a country: "è entrato nell'Unione".
    if (type.type == "MEMBER_OF") {
      std::erase_if(tgt, [&](std::size_t m) {
        const std::string& t = mentions[m].actor.type;
        return t != "IGO" && t != "ORGANIZATION";
      });
    }
    // "quelli che ha definito «terroristi»": the word of condemnation is what the target is
    // called, not the target.
    if (trigger.lemma == "definire") {
      std::erase_if(tgt, [&](std::size_t m) {
        return mentions[m].end == mentions[m].begin + 1 &&
               IsCondemnationWord(tokens[mentions[m].begin].lower);
      });
    }
    if (occ.is_noun && frame.target == "subject") {
      // "X ha incassato il sostegno della Lega araba": the beneficiary is the clause's first
      // actor, not the nearest one ("non ha criticato Mosca e ha ribadito il sostegno di ...").
      tgt.clear();
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        if (mentions[m].begin < clause_begin || mentions[m].adjective || mentions[m].is_location ||
            !s.prep[m].empty() || s.in_aside[mentions[m].begin]) {
          continue;
        }
        if (mentions[m].begin < occ.begin) tgt = coordinated(m, false);
        break;
      }
      // "L'operazione è stata condotta con il sostegno di X": the clause is about an event
      // the document reported; its agent is the one supported.
      if (tgt.empty() && !src.empty() && clause_begin < occ.begin) {
        const EventKind kind = EventNamedAfter(tokens, clause_begin);
        for (auto it = memory.recent_events.rbegin();
             kind != EventKind::kNone && it != memory.recent_events.rend(); ++it) {
          if (!IsEventOfKind(kind, it->type)) continue;
          if (it->source.id != mentions[src.front()].actor.id) {
            carried_target = it->source;
            carried = true;
          }
          break;
        }
      }
    }
    // "Al-Sisi ha accolto con favore l'intesa, così come l'Oman": who is compared with the
    // subject does the same, and is no target.
    if (!src.empty() && !occ.passive) {
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        std::size_t b = mentions[m].begin;
        if (b > 0 && IsArticle(tokens[b - 1].lower)) --b;
        if (b < 2 || tokens[b - 1].lower != "come" || tokens[b - 2].lower != "così" ||
            mentions[m].begin < clause_begin || mentions[m].begin >= clause_end ||
            std::find(src.begin(), src.end(), m) != src.end()) {
          continue;
        }
        std::erase(tgt, m);
        src.push_back(m);
      }
    }
    // "Macron ha telefonato a Trump insieme a Zelensky": who acts together with the subject
    // acts too. (Before the subject, "insieme a lui" is more often the object's companion.)
    if (!src.empty() && !tgt.empty() && !occ.is_noun && !occ.passive) {
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        if (mentions[m].begin < clause_begin || mentions[m].begin >= clause_end ||
            mentions[m].begin < mentions[src.front()].end || s.prep[m] != "a" ||
            mentions[m].adjective || mentions[m].is_location ||
            std::find(tgt.begin(), tgt.end(), m) != tgt.end() ||
            std::find(src.begin(), src.end(), m) != src.end()) {
          continue;
        }
        std::size_t b = mentions[m].begin;
        if (b > 0 && BasePreposition(tokens[b - 1].lower) == "a") --b;
        if (b > 0 && IsArticle(tokens[b - 1].lower)) --b;
        if (b > 0 && tokens[b - 1].lower == "insieme") src.push_back(m);
      }
    }
    // (Resigning "insieme al presidente del Parlamento" is resigning with him, not to him.)
    if (type.type == "CONCEDE" && IsResignation(trigger.lemma)) tgt.clear();
    if (!src.empty() && tgt.empty() && carried_target.empty() && type.type == "CONCEDE" &&
        IsResignation(trigger.lemma)) {
      // "Il premier Vučević ha rassegnato le dimissioni": one resigns to one's own country.
      const ActorRef& who = mentions[src.front()].actor;
      if (const ActorEntry* home = who.type == "PERSON" ? schema_.FindActor(who.country) : nullptr;
          home && home->ref.type == "COUNTRY") {
        carried_target = home->ref;
        carried = true;
      }
    }
    if (!src.empty() && tgt.empty() && (type.type == "AID" || type.type == "MOBILIZE")) {
      // "le infrastrutture sono protette dai soldati dell'OTSC ... in Kazakistan": a
      // deployment's target is the country where it happens.
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        if (mentions[m].is_location && mentions[m].actor.type == "COUNTRY" &&
            mentions[m].actor.id != mentions[src[0]].actor.id) {
          tgt = {m};
          carried = true;  // lower confidence: the place stands for the recipient
          break;
        }
      }
      // "... in Kazakistan. Contingenti più piccoli sono stati inviati da Bielorussia e
      // Armenia": troops sent nowhere named go where the previous sentence was.
      // (Not for a border or an encirclement: those name the side faced.)
      if (tgt.empty() && frame.target != "object" && frame.target != "pp:confine" &&
          frame.target != "pp:intorno" && memory.sentences_since_place >= 1 &&
          memory.sentences_since_place <= 3 &&
          std::none_of(src.begin(), src.end(), [&](std::size_t m) {
            // People send on others' behalf; only states and bodies are taken this far.
            return mentions[m].actor.type == "PERSON" ||
                   mentions[m].actor.id == memory.last_place.id ||
                   mentions[m].actor.country == memory.last_place.id;
          })) {
        carried_target = memory.last_place;
        carried = true;
      }
    }
    // (Not an infinitive: "ha complottato per ucciderlo" speaks of the main clause's subject;
    // but "Ad accoglierlo è stato Aoun" is a cleft sentence's verb.)
    if (tgt.empty() && !occ.passive && (occ.finite || occ.gerund || cleft_copula) &&
        (((occ.enclitic || occ.proclitic) && frame.target == "object") ||
         (occ.dative_clitic && frame.target == "iobj"))) {
      // "Borrell ha attribuito a Kurti la responsabilità, accusandolo di ...", "Macron lo ha
      // accolto": the pronoun is the last actor named before the verb that is not its
      // subject, else the person named last before.
      std::string src_id = !src.empty() ? mentions[src.front()].actor.id : sentence_subject.id;
      if (src_id.empty()) src_id = memory.last_subject.id;
      for (std::size_t m = mentions.size(); m-- > 0;) {
        // ("gli ha chiesto": to a person.)
        if (mentions[m].end > occ.group_begin || mentions[m].adjective ||
            mentions[m].is_location || mentions[m].actor.id == src_id ||
            (occ.plural_clitic && mentions[m].actor.type == "PERSON") ||
            (frame.target == "iobj" && mentions[m].actor.type != "PERSON")) {
          continue;
        }
        carried_target = mentions[m].actor;
        break;
      }
      // ("ordinandogli di deviare" after "l'equipaggio": a dative points back only to the
      // previous sentence's subject, not to anyone named before.)
      if (carried_target.empty() && frame.target == "iobj") {
        if (memory.last_subject.type == "PERSON" && memory.last_subject.id != src_id) {
          carried_target = memory.last_subject;
        }
      }
      for (auto it = memory.recent_people.rbegin();
           carried_target.empty() && !occ.plural_clitic && frame.target != "iobj" &&
           it != memory.recent_people.rend();
           ++it) {
        if (it->first.id == src_id) continue;
        if (std::any_of(mentions.begin(), mentions.end(),
                        [&](const SentenceMention& m) { return m.actor.id == it->first.id; })) {
          continue;  // named in this sentence, after the verb
        }
        carried_target = it->first;
      }
      if (!carried_target.empty()) carried = true;
    }
    // Who acts, named or not, for the rules below that aim at someone the words do not name.
    const ActorRef& subject = !src.empty()                ? mentions[src.front()].actor
                              : !sentence_subject.empty() ? sentence_subject
                                                          : memory.last_subject;
    // ("L'accusa è stata smentita da Parigi": in the passive, the accusations are the subject.)
    if (tgt.empty() && carried_target.empty() && type.type == "REJECT" &&
        frame.target == "object" &&
        (occ.passive ? !src.empty() && IsAccusationAfter(tokens, clause_begin)
                     : IsAccusationAfter(tokens, occ.end))) {
      // "ha respinto le accuse polacche", "le accuse di Kiev": the accusers named with them.
      const std::size_t noun = ObjectNounAt(tokens, occ.end);
      for (std::size_t m = 0; m < mentions.size() && noun < tokens.size(); ++m) {
        if (mentions[m].begin <= noun || mentions[m].begin > noun + 3) continue;
        const bool named_with =
            (mentions[m].adjective && mentions[m].begin == noun + 1) || s.prep[m] == "di";
        if (named_with && mentions[m].actor.id != subject.id &&
            mentions[m].actor.id != subject.country) {
          carried_target = mentions[m].actor;
          carried_target.sector.clear();
          carried = true;
        }
        break;
      }
      // "Kiev ha respinto ogni accusa": those of whoever this document said accused the
      // subject (or the subject's country).
      for (const std::string& id : {subject.id, subject.country}) {
        if (carried) break;
        auto accuser = id.empty() ? memory.accused_by.end() : memory.accused_by.find(id);
        if (accuser == memory.accused_by.end() || accuser->second.id == subject.id) continue;
        carried_target = accuser->second;
        carried = true;
        break;
      }
      // No accusation the document reported: in an article about two states, the other one
      // ("Il ministero degli Esteri indiano ha respinto le accuse" in one about Canada and
      // India). The country named most often besides the subject's own, clearly more than a
      // third one.
      if (carried_target.empty() && !subject.empty()) {
        const auto other = memory.MostNamedCountry({subject.id, subject.country});
        if (other.country && other.count >= 3 && other.count >= 2 * other.runner_up) {
          carried_target = *other.country;
          carried = true;
        }
      }
    }
    if (tgt.empty() && carried_target.empty() && !occ.passive &&
        (type.type == "ACCUSE" || type.type == "REJECT" || type.type == "SUPPORT" ||
         type.type == "PROTEST" || type.type == "REQUEST")) {
      // "Von der Leyen ha condannato l'aggressione", "ha definito il dirottamento illegale",
      // "hanno manifestato contro il golpe": an event named by a noun that names no agent is
      // the last such event this document reported; its agent is the target. When that was
      // the subject's own act, the subject speaks of itself.
      std::size_t at = occ.end;
      if (frame.target.starts_with("pp:") && at < tokens.size() &&
          BasePreposition(tokens[at].lower) == frame.target.substr(3)) {
        ++at;
      } else if (frame.target != "object") {
        at = tokens.size();
      }
      EventKind kind = EventNamedAfter(tokens, at);
      // "ha chiesto il rilascio di tutti i detenuti": asked of whoever holds them.
      if (type.type == "REQUEST" && frame.target == "object" &&
          IsReleaseNoun(ObjectNoun(tokens, at))) {
        kind = EventKind::kCoercion;
      }
      // "Il ministro ha espresso seria preoccupazione.", "... preoccupazione per la
      // situazione": concern at nothing named is concern at the last violence reported.
      std::size_t horizon = memory.recent_events.size();
      bool situational = false;  // an act the words do not name: the last one fitting
      if (kind == EventKind::kNone && IsConcernTrigger(trigger.lemma) &&
          ConcernWithoutObject(tokens, occ.end)) {
        kind = EventKind::kHostile;
        horizon = 10;
        situational = true;
      }
      // "ha condannato la stretta", "ha condannato le violenze": a condemned act the nouns
      // above do not name is the last hostile act reported (not "le parole" of someone).
      if (kind == EventKind::kNone && type.type == "ACCUSE" && frame.target == "object" &&
          IsCondemningVerb(trigger.lemma) && at < tokens.size() && s.mention_at[at] < 0 &&
          tokens[at].lower != "che" && !IsSpeechNoun(ObjectNoun(tokens, at))) {
        kind = EventKind::kConflict;
        horizon = 8;
        situational = true;
      }
      for (auto it = memory.recent_events.rbegin();
           kind != EventKind::kNone && it != memory.recent_events.rend() &&
           it - memory.recent_events.rbegin() < static_cast<std::ptrdiff_t>(horizon);
           ++it) {
        if (!IsEventOfKind(kind, it->type)) continue;
        // (Concern at nothing named is concern at what a state or an armed group did, not at
        // a crowd's clash.)
        // (Nor at a leader's act on their own state's institutions: "Rajoelina aveva sciolto
        // l'esecutivo".)
        if (situational && it->source.type == "PERSON" && it->target.type == "COUNTRY" &&
            it->source.country == it->target.id) {
          continue;
        }
        if (situational && it->source.id == "protesters") {
          continue;
        }
        // Two people who signed an agreement act for sides named before them.
        const auto older = static_cast<std::size_t>(memory.recent_events.rend() - it) - 1;
        if (DocumentMemory::SignedByPeople(*it) && memory.SidesBefore(older)) continue;
        auto is_subject = [&](const ActorRef& a) {
          return a.id == subject.id || a.id == subject.country;
        };
        // An agreement's parties are both its agents: "ha criticato l'intesa" names both.
        if (is_subject(it->source) || (kind == EventKind::kAgreement && is_subject(it->target))) {
          break;
        }
        carried_target = it->source;
        if (kind == EventKind::kAgreement) carried_partner = it->target;
        carried = true;
        break;
      }
      // Concern at nothing named when the document reported no fitting act: concern at the
      // state the article is about, voiced from outside it ("Parigi ha espresso «profonda
      // preoccupazione»").
      if (carried_target.empty() && situational && !subject.empty()) {
        const ActorRef home = memory.DominantCountry();
        if (!home.empty() && home.id != subject.id && home.id != subject.country) {
          carried_target = home;
          carried = true;
        }
      }
    }
    if (tgt.empty() && carried_target.empty() && !occ.passive && type.type == "REQUEST" &&
        frame.target == "object" && occ.end < tokens.size()) {
      // "ha chiesto il rapido ripristino dell'ordine costituzionale", "chiedono nuove
      // elezioni": what only a state's authorities can grant is asked of the state the
      // article is about (not by that state itself).
      std::size_t at = ObjectNounAt(tokens, occ.end);
      while (at < tokens.size() && at < occ.end + 4 && s.mention_at[at] < 0 &&
             !IsDemandNoun(tokens[at].lower) && tokens[at].kind == TokenKind::kWord &&
             BasePreposition(tokens[at].lower).empty()) {
        ++at;  // "il rapido ripristino", "nuove elezioni"
      }
      const ActorRef home = memory.DominantCountry();
      // "ha chiesto che l'ordine costituzionale sia rispettato": a clause that names no one.
      bool clause_of_no_one = tokens[occ.end].lower == "che";
      for (std::size_t k = occ.end; clause_of_no_one && k < clause_end; ++k) {
        clause_of_no_one = s.mention_at[k] < 0;
      }
      if ((clause_of_no_one ||
           (at < tokens.size() && s.mention_at[at] < 0 && IsDemandNoun(tokens[at].lower))) &&
          !home.empty() && home.id != subject.id && home.id != subject.country) {
        carried_target = home;
        carried = true;
      }
    }
    if (tgt.empty() && carried_target.empty() && !occ.passive && !occ.is_noun &&
        (type.type == "COERCE" || type.type == "ASSAULT") && frame.target == "object" &&
        occ.end < tokens.size()) {
      // "la polizia ha disperso il corteo", "ha sgomberato stamattina l'accampamento": the
      // protesters.
      std::size_t from = occ.end;
      while (from < tokens.size() && from < occ.end + 2 &&
             (IsTimeAdverb(tokens[from].lower) || tokens[from].lower.ends_with("mente"))) {
        ++from;
      }
      const std::size_t at = ObjectNounAt(tokens, from);
      if (at < tokens.size() && s.mention_at[at] < 0 && IsProtestNoun(tokens[at].lower)) {
        if (const ActorEntry* protesters = schema_.FindActor("protesters")) {
          carried_target = protesters->ref;
          carried = true;
        }
      }
    }
    if (tgt.empty() && carried_target.empty() && !occ.passive && !occ.is_noun &&
        type.type == "PROTEST" &&
        (src.empty() || mentions[src.front()].actor.type == "GROUP" ||
         mentions[src.front()].actor.type == "ORGANIZATION")) {
      // "Centinaia di migliaia di persone hanno sfilato a Santiago", "i manifestanti hanno
      // protestato contro l'aumento delle tasse": a street protest that names no one is against
      // the state where it happens, else the state the article is about.
      // (HomeCountry also takes the country last named with the protesters: "i manifestanti
      // serbi".)
      ActorRef home = HomeCountry(memory, mentions, "protesters");
      if (!home.empty() && (src.empty() || mentions[src.front()].actor.id != home.id)) {
        home.sector.clear();
        carried_target = home;
        carried = true;
      }
    }
    if (src.empty() && type.type == "PROTEST" && (!tgt.empty() || !carried_target.empty())) {
      // "Migliaia di persone hanno manifestato contro il governo": the protesters.
      if (const ActorEntry* protesters = schema_.FindActor("protesters")) {
        carried_source = protesters->ref;
      }
    }
    // "Zúñiga è stato arrestato a La Paz", "decine di manifestanti sono state fermate": an
    // arrest or a sentence with no agent is the doing of the state where it happens, else of
    // the person's country, else of the country the article is about.
    // The one arrested stands next to the verb, in its clause ("X ha riferito che sono state
    // sequestrate armi" arrests nobody).
    auto next_to_verb = [&](std::size_t m) {
      std::size_t from = mentions[m].end, to = occ.group_begin;
      if (mentions[m].begin >= occ.end) from = occ.end, to = mentions[m].begin;
      // "Zúñiga, ex comandante dell'esercito, è stato arrestato": an apposition between.
      const bool apposition = to > from + 1 && tokens[from].lower == "," &&
                              tokens[to - 1].lower == "," && to <= from + 14;
      if (to > from + 6 && !apposition) return false;
      // "Sonko, che resta in prigione": the relative pronoun right before the verb.
      const bool relative = to > from && to <= from + 2 && tokens[to - 1].lower == "che" &&
                            (to == from + 1 || tokens[from].lower == ",");
      if (relative) return true;
      for (std::size_t k = from; k < to; ++k) {
        if (tokens[k].lower == "che" || tokens[k].lower == ";") return false;
        if (apposition && k > from && k + 1 < to &&
            (tokens[k].lower == "," || AuxiliaryForms(tokens[k].lower))) {
          return false;
        }
      }
      return true;
    };
    // "Nasrallah, ucciso in un raid israeliano su Beirut", "morti nell'attacco di Hamas": the
    // author of the strike named after a passive without agent.
    if (src.empty() && carried_source.empty() && occ.passive &&
        (type.type == "ASSAULT" || type.type == "COERCE") && frame.source == "subject") {
      static const WordSet kStrikes = {"raid", "attacco", "attacchi", "bombardamento",
                                       "bombardamenti", "blitz", "agguato", "attentato",
                                       "incursione", "offensiva", "operazione", "missile",
                                       "drone", "colpo", "colpi"};
      for (std::size_t k = occ.end; k + 1 < tokens.size() && k < occ.end + 6; ++k) {
        if (!kStrikes.count(tokens[k].lower)) continue;
        const std::string_view before = tokens[k - 1].lower;
        if (!IsArticle(before) && BasePreposition(before).empty()) break;
        for (std::size_t m = 0; m < mentions.size(); ++m) {
          if (mentions[m].begin <= k || mentions[m].begin > k + 3) continue;
          const bool demonym = mentions[m].adjective && mentions[m].begin <= k + 2;
          if (demonym || s.prep[m] == "di") carried_source = mentions[m].actor;
          break;
        }
        break;
      }
      if (!carried_source.empty()) {
        carried_source.sector.clear();
        carried = true;
      }
    }
    // ... also "X si trova in carcere", "X resta agli arresti domiciliari" (a state of
    // detention) and "l'arresto di X" (a noun, where no one is said to have arrested X).
    const bool detention_state = !occ.is_noun && frame.source == "agent" &&
                                 IsDetentionState(trigger.lemma);
    // (Not "voci sull'arresto di X", "il rischio di un arresto": talk of one.)
    const bool arrest_noun = occ.is_noun && frame.source == "subject" && frame.target == "of" &&
                             IsArrestNoun(tokens[occ.begin].lower) &&
                             !IsHearsayBefore(tokens, occ.begin);
    // (For the noun, only of someone whose country the dictionary or a title gave: "l'arresto
    // di Roman Protasevich" in an article about a flight to Vilnius is not Lithuania's.)
    // ("è stato incriminato": charges, too, are brought by the state.)
    const bool judicial =
        type.type == "COERCE" || (type.type == "ACCUSE" && trigger.lemma == "incriminare");
    if (src.empty() && carried_source.empty() && judicial &&
        ((occ.passive && frame.source == "subject") || detention_state ||
         (arrest_noun && !tgt.empty() && !mentions[tgt.front()].actor.country.empty())) &&
        !tgt.empty() && (arrest_noun || next_to_verb(tgt.front())) &&
        (mentions[tgt.front()].actor.type == "PERSON" ||
         mentions[tgt.front()].actor.type == "GROUP")) {
      const ActorRef& held = mentions[tgt.front()].actor;
      for (const SentenceMention& m : mentions) {
        if (!m.is_location || m.actor.type != "COUNTRY" || m.begin < occ.end) continue;
        // "arrestato ieri a La Paz"; not "..., appena rientrato da Hong Kong"
        const bool same_phrase =
            m.begin <= occ.end + 6 &&
            std::none_of(tokens.begin() + static_cast<std::ptrdiff_t>(occ.end),
                         tokens.begin() + static_cast<std::ptrdiff_t>(m.begin),
                         [](const Token& t) { return t.kind == TokenKind::kPunct; });
        if (same_phrase) carried_source = m.actor;
        break;
      }
      if (const ActorEntry* home = held.type == "PERSON" && carried_source.empty()
                                       ? schema_.FindActor(held.country)
                                       : nullptr;
          home && home->ref.type == "COUNTRY") {
        carried_source = home->ref;
      }
      if (carried_source.empty()) carried_source = HomeCountry(memory, mentions, "police");
      carried_source.sector.clear();
      if (!carried_source.empty()) carried = true;
    }
    // A dropped subject is carried over from the previous clause or sentence.
    if (tgt.empty() && carried_target.empty() && !occ.is_noun && !occ.passive &&
        (type.type == "REQUEST" || type.type == "SUPPORT" || type.type == "THREATEN") &&
        (frame.target == "object" || frame.target == "iobj")) {
      // "In una telefonata con Kagame, Rubio ha sollecitato un cessate il fuoco": what is
      // asked, promised or warned of in a conversation is said to the other side of it.
      static const WordSet kTalks = {"telefonata", "colloquio",  "conversazione",
                                     "incontro",   "bilaterale", "videochiamata"};
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        if (s.prep[m] != "con" || mentions[m].begin < 2 || mentions[m].adjective) continue;
        std::size_t k = mentions[m].begin - 1;  // "con"
        if (tokens[k].lower != "con" || !kTalks.count(tokens[k - 1].lower)) continue;
        // The conversation between the verb's subject and the verb, or just after the verb.
        const std::size_t from = !src.empty()           ? mentions[src.front()].end
                                 : occ.group_begin > 10 ? occ.group_begin - 10
                                                        : 0;
        const bool before_verb = mentions[m].begin >= from && mentions[m].end <= occ.group_begin;
        const bool after_verb = mentions[m].begin >= occ.end && mentions[m].begin <= occ.end + 8;
        if (!before_verb && !after_verb) continue;
        const ActorRef& speaker = !src.empty() ? mentions[src.front()].actor : sentence_subject;
        if (mentions[m].actor.id == speaker.id) continue;
        carried_target = mentions[m].actor;
        carried = true;
        break;
      }
    }
    bool src_is_subject = (frame.source == "subject") != occ.passive ||
                          (occ.passive && frame.source == "subject");
    const bool has_target = !tgt.empty() || !carried_target.empty();
    if (src.empty() && has_target && !occ.is_noun && frame.source == "subject" &&
        !occ.passive && !sentence_subject.empty() && occ.group_begin > 0 &&
        (tokens[occ.group_begin - 1].lower == "e" || tokens[occ.group_begin - 1].lower == "ed" ||
         (occ.gerund && tokens[occ.group_begin - 1].lower == ","))) {
      carried_source = sentence_subject;  // "X ha accusato Y e ha invitato Z"
    } else if (std::optional<std::size_t> speaker =
                   src.empty() && carried_source.empty() && has_target && !occ.is_noun &&
                           frame.source == "subject" && !occ.passive
                       ? SpeakerAfterQuotationIn(tokens, mentions, s.prep, occ.end)
                       : std::nullopt) {
      // "«Siamo pronti a colpire Teheran», ha detto Netanyahu": the speaker's own words.
      carried_source = mentions[*speaker].actor;
      carried = true;
    } else if (src.empty() && carried_source.empty() && has_target &&
               (!occ.is_noun || LightVerbBefore(tokens, occ.begin)) &&
               frame.source == "subject" && !occ.passive && !memory.last_subject.empty() &&
               !in_relative_clause && !plain_subject && !subject_is_phrase) {
      // ("Ha avuto un colloquio con Macron": the noun of a light verb has its subject.)
      carried_source = memory.last_subject;
      carried = true;
    }
    // Only a passive whose subject is dropped takes it from before: not a participle after a
    // noun ("le targhe rilasciate da Belgrado"), not a relative clause whose antecedent is no
    // actor ("il compromesso, che sarebbe stato sollecitato da Washington").
    if (tgt.empty() && !src.empty() && occ.passive && !occ.reduced_passive &&
        !in_relative_clause && !plain_subject && frame.target == "object" &&
        !memory.last_person.empty()) {
      carried_target = memory.last_person;  // "Si sa che è detenuto dal KNB"
      carried = true;
    }
    (void)src_is_subject;
    if (tgt.empty() && !src.empty() && occ.reduced_passive && frame.target != "object") {
      // "Tokayev, con il supporto delle truppe inviate da Mosca, ...": the beneficiary of an
      // unnamed patient is the clause's main actor.
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        if (mentions[m].begin >= occ.begin) break;
        if (s.prep[m].empty() && !mentions[m].adjective && !mentions[m].is_location &&
            !s.in_aside[mentions[m].begin] && mentions[m].actor.id != mentions[src[0]].actor.id) {
          tgt = {m};
          break;
        }
      }
    }
    if ((!src.empty() || !carried_source.empty()) && (!tgt.empty() || !carried_target.empty())) {
      sources = src;
      targets = tgt;
      rule = std::string(occ.is_noun ? "noun:" : (occ.passive ? "passive:" : "verb:")) +
             frame.source + ">" + frame.target;
      break;
    }
    carried_source = {};
    carried_target = {};
    carried_partner = {};
    carried = false;
  }
  ScratchVector<ActorRef> source_refs, target_refs;
  for (std::size_t m : sources) source_refs.push_back(mentions[m].actor);
  for (std::size_t m : targets) target_refs.push_back(mentions[m].actor);
  if (source_refs.empty() && !carried_source.empty()) source_refs.push_back(carried_source);
  if (target_refs.empty() && !carried_target.empty()) {
    target_refs.push_back(carried_target);
    if (!carried_partner.empty()) target_refs.push_back(carried_partner);
  }
  if (source_refs.empty() || target_refs.empty()) return;

  // Negation governed from outside: "ha negato di aver inviato", "smentisce l'accordo"; not
  // past a verb coordinated after it ("ha negato ogni ruolo e ha accusato Kurti").
  bool negated = occ.negated;
  std::size_t negation_reach = clause_begin;
  for (std::size_t k = occ.group_begin + 1; k > clause_begin + 1; --k) {
    if ((tokens[k - 2].lower == "e" || tokens[k - 2].lower == "ed" || tokens[k - 2].lower == ",") &&
        AuxiliaryForms(tokens[k - 1].lower) != nullptr) {
      negation_reach = k - 1;
      break;
    }
  }
  for (std::size_t k = negation_reach; k < occ.group_begin; ++k) {
    std::string_view w = tokens[k].lower;
    if (w.starts_with("negat") || w.starts_with("neg") || w.starts_with("smentit") ||
        w.starts_with("smentisc")) {
      if (w == "negato" || w == "nega" || w == "negano" || w == "negava" || w == "smentito" ||
          w == "smentisce" || w == "smentiscono" || w == "negando") {
        negated = true;
      }
    }
  }
  std::optional<std::size_t> rejected_by;
  std::optional<std::size_t> lifted_by;
  std::optional<std::size_t> suspended_by;
  std::string occ_modality_override;
  // "Gli Stati Uniti hanno revocato le sanzioni contro Caracas", "la revoca delle
  // restrizioni", "ha tolto il veto": the measure ends; whoever had imposed it concedes.
  if (occ.is_noun && (type.type == "SANCTION" || type.type == "COERCE" || type.type == "REJECT")) {
    std::size_t k = occ.begin;
    while (k > clause_begin && occ.begin - k < 4 &&
           (IsArticle(tokens[k - 1].lower) || tokens[k - 1].lower == "di" ||
            tokens[k - 1].lower.starts_with("del") || tokens[k - 1].lower == "degli" ||
            tokens[k - 1].lower == "dei" || tokens[k - 1].lower == "tutte" ||
            tokens[k - 1].lower == "tutti")) {
      --k;
    }
    if (k > clause_begin && IsLiftingWord(tokens[k - 1].lower)) lifted_by = k - 1;
  }
  if (occ.is_noun && !lifted_by) {
    for (std::size_t k = occ.begin; k > clause_begin && occ.begin - k < 5; --k) {
      std::string_view w = tokens[k - 1].lower;
      const bool cancels =
          (type.type == "AGREE" || type.type == "COOPERATE") && IsCancellingVerbForm(w);
      if (!IsRejectingVerbForm(w) && !IsSuspendingVerbForm(w) && !cancels) continue;
      // "non hanno escluso nuove sanzioni": ruling out is itself denied, the event stays open.
      bool denied = false;
      for (std::size_t n = k - 1; n > clause_begin && k - 1 - n < 4; --n) {
        if (IsNegator(tokens[n - 1].lower)) denied = true;
      }
      if (denied) {
        occ_modality_override = kModalityHypothetical;
      } else {
        negated = true;
        if (IsRejectingVerbForm(w) || cancels) rejected_by = k - 1;
        // "ha sospeso gli aiuti all'Ucraina", "ha interrotto le forniture di gas alla Spagna":
        // stopping aid or cooperation is a sanction.
        if (IsSuspendingVerbForm(w) && (type.type == "AID" || type.type == "COOPERATE")) {
          suspended_by = k - 1;
        }
      }
      break;
    }
  }
  // "La Francia ha condannato l'arresto di X": whoever judges a hostile act or words is not
  // their agent (who praises a cooperation may be a party to it).
  if (occ.is_noun && rule.starts_with("noun:subject>") &&
      (type.type == "ASSAULT" || type.type == "COERCE" || type.type == "SANCTION" ||
       type.type == "MOBILIZE" || type.type == "THREATEN" || type.type == "ACCUSE" ||
       type.type == "REJECT" || type.type == "PROTEST")) {
    std::size_t k = occ.begin;
    if (k > clause_begin && IsArticle(tokens[k - 1].lower)) --k;
    if (k > clause_begin && tokens[k - 1].lower == "\"") --k;  // "ha condannato «l'attacco»"
    if (k > clause_begin && IsJudgingVerbForm(tokens[k - 1].lower)) return;
  }
  // "La Cedeao ha chiesto l'arresto di X": an event asked for has not happened.
  if (occ.is_noun && occ_modality_override.empty() && type.type != "REQUEST") {
    std::size_t k = occ.begin;
    while (k > clause_begin && occ.begin - k < 3 &&
           (IsArticle(tokens[k - 1].lower) || tokens[k - 1].kind == TokenKind::kWord) &&
           !IsAskingVerbForm(tokens[k - 1].lower)) {
      --k;
    }
    if (k > clause_begin && IsAskingVerbForm(tokens[k - 1].lower)) {
      // Whoever asks is not its agent ("l'arresto di X" asked by the Cedeao is not the
      // Cedeao's); an agent of its own stays, as a possibility ("il ritiro delle truppe russe").
      if (rule.starts_with("noun:subject>")) return;
      occ_modality_override = kModalityHypothetical;
    }
  }
  // "... di fare pressione sui Paesi perché applichino le sanzioni contro la Russia": a noun in
  // a clause of purpose has that clause's subject, not the main one.
  if (occ.is_noun && rule.starts_with("noun:subject>") && !sources.empty()) {
    for (std::size_t k = mentions[sources.front()].end; k < occ.begin; ++k) {
      const std::string_view w = tokens[k].lower;
      if (w == "perché" || w == "affinché" || w == "purché") return;
    }
  }
  // "stava preparando attacchi contro cittadini americani": a planned event may not happen.
  if (occ.is_noun && occ_modality_override.empty() && occ.begin > clause_begin) {
    std::size_t k = occ.begin;
    if (k > clause_begin && IsArticle(tokens[k - 1].lower)) --k;
    if (k > clause_begin && IsPossessive(tokens[k - 1].lower)) --k;  // "la propria mediazione"
    if (k > clause_begin && IsArticle(tokens[k - 1].lower)) --k;
    // ... and an offered or proposed one: "ha offerto la propria mediazione".
    if (k > clause_begin &&
        StartsWithAny(tokens[k - 1].lower, {"prepar", "pianific", "progett", "organizz", "medit",
                                            "offert", "offre", "propost", "propone"})) {
      occ_modality_override = kModalityHypothetical;
    }
  }
  // "ha sollecitato Belgrado e Pristina a riprendere il dialogo": a noun under an infinitive
  // that is only asked for or intended.
  if (occ.is_noun && occ_modality_override.empty()) {
    for (std::size_t k = occ.begin; k > clause_begin + 1 && occ.begin - k < 5; --k) {
      std::string_view w = tokens[k - 1].lower;
      if (!LooksLikeInfinitive(w) || (tokens[k - 2].lower != "a" && tokens[k - 2].lower != "di"))
        continue;
      for (std::size_t v = k - 2; v > clause_begin && k - 2 - v < 10; --v) {
        if (IsAskingVerbForm(tokens[v - 1].lower) || IsIntentionVerbForm(tokens[v - 1].lower)) {
          const std::string_view iv = tokens[v - 1].lower;
          // "ha chiesto al Consiglio di imporre sanzioni contro il Ruanda": who asks does
          // not act.
          if (IsAskingVerbForm(iv) && rule.starts_with("noun:subject>")) return;
          if (!iv.starts_with("annunci") && !iv.starts_with("decis") && !iv.starts_with("decid")) {
            occ_modality_override = kModalityHypothetical;
          }
          break;
        }
      }
      break;
    }
  }
  // "La Tunisia non ha firmato l'intesa": a noun under a negated verb is negated too.
  // (Not "non ha fatto mancare la propria solidarietà": to let nothing lack is to give.)
  if (occ.is_noun && !negated && occ_modality_override.empty()) {
    for (std::size_t k = occ.begin; k > clause_begin && occ.begin - k < 7; --k) {
      if (tokens[k - 1].lower == "mancare") break;
      if (IsNegator(tokens[k - 1].lower)) {
        negated = true;
        break;
      }
    }
  }
  // An infinitive under a verb that rejects it ("ha rifiutato di inviare truppe") did not
  // happen; under one of intention or request ("ha minacciato di colpire") it may.
  // "di aver armato": a past infinitive is an infinitive too.
  const std::string_view group_first = tokens[occ.group_begin].lower;
  const bool past_infinitive = group_first == "aver" || group_first == "avere" ||
                               group_first == "esser" || group_first == "essere";
  // "ha negato che la Piattaforma abbia chiesto sanzioni": what a denial says did not happen.
  if (!occ.is_noun && occ.finite) {
    for (std::size_t k = occ.group_begin; k > clause_begin + 1 && occ.group_begin - k < 8; --k) {
      // (Not a verb coordinated after it: "ha negato che ... e ha accusato Kurti".)
      const std::string_view w = tokens[k - 1].lower;
      if (w == "e" || w == "ed" || w == "ma" || w == "," || AuxiliaryForms(w)) break;
      if (w != "che") continue;
      const std::string_view denial = tokens[k - 2].lower;
      if (denial == "negato" || denial == "nega" || denial == "negano" || denial == "smentito" ||
          denial == "smentisce" || denial == "smentiscono" || denial == "escluso" ||
          denial == "esclude" || denial == "escludono") {
        negated = true;
      }
      break;
    }
  }
  if (!occ.is_noun && (!occ.finite || past_infinitive) && !occ.reduced_passive &&
      occ_modality_override.empty()) {
    std::size_t k = occ.group_begin;
    if (k > clause_begin && (tokens[k - 1].lower == "di" || tokens[k - 1].lower == "a" ||
                             tokens[k - 1].lower == "ad")) {
      for (std::size_t v = k - 1; v > clause_begin && k - 1 - v < 8; --v) {
        std::string_view w = tokens[v - 1].lower;
        if (IsRejectingVerbForm(w)) {
          negated = true;
          break;
        }
        // "ha accusato la Serbia di aver armato il gruppo": what X is accused of is alleged.
        if (w.starts_with("accus") || w.starts_with("incolp")) {
          occ_modality_override = kModalityReported;
          break;
        }
        // "ha chiesto a Merino di lasciare l'incarico": who asks does not act.
        if (IsAskingVerbForm(w) && rule.starts_with("verb:subject>") && !occ.is_noun) return;
        if (IsIntentionVerbForm(w)) {
          // "ha annunciato di aver inviato": a past infinitive reports a fact.
          const bool past = tokens[k].lower == "aver" || tokens[k].lower == "avere" ||
                            tokens[k].lower == "essere" || tokens[k].lower == "esser";
          if (!past && !w.starts_with("annunci") && !w.starts_with("decis") &&
              !w.starts_with("decid") && !w.starts_with("ordin") && !w.starts_with("autorizz")) {
            occ_modality_override = kModalityHypothetical;
          }
          break;
        }
        if (tokens[v - 1].kind == TokenKind::kPunct) break;
      }
    }
  }
  std::string modality = occ_modality_override.empty() ? occ.modality : occ_modality_override;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    std::string_view w = tokens[k].lower;
    if (w == "secondo" && modality == kModalityAsserted) modality = kModalityReported;
    if ((w == "sarebbe" || w == "sarebbero" || w == "avrebbe" || w == "avrebbero") &&
        k >= clause_begin && k < clause_end && modality == kModalityAsserted) {
      modality = kModalityReported;
    }
    if (w == "se" && k == clause_begin) modality = kModalityHypothetical;
  }
  std::string location;
  for (const SentenceMention& m : mentions) {
    if (m.is_location) {
      location = m.actor.label;
      break;
    }
  }
  double confidence = trigger.confidence * (carried ? kCarriedSubjectPenalty : 1.0);
  ScratchVector<std::pair<const ActorRef*, const ActorRef*>> ends;
  // "un incontro a tre con Erdogan e con Kristersson", "un vertice trilaterale": everyone in
  // the meeting meets everyone else.
  if (!all_pairs && occ.is_noun && type.type == "CONSULT" && target_refs.size() >= 2) {
    static const WordSet kMultilateral = {"trilaterale", "trilaterali", "quadrilaterale",
                                          "congiunto", "congiunta", "congiunti", "tre",
                                          "quattro", "cinque"};
    for (std::size_t k = occ.end; k < occ.end + 3 && k < tokens.size(); ++k) {
      const bool counted = tokens[k].lower == "tre" || tokens[k].lower == "quattro" ||
                           tokens[k].lower == "cinque";
      if (kMultilateral.count(tokens[k].lower) &&
          (!counted || (k > 0 && tokens[k - 1].lower == "a"))) {
        all_pairs = true;
      }
    }
  }
  if (all_pairs) {
    ScratchVector<const ActorRef*> group;
    for (const ActorRef& a : source_refs) group.push_back(&a);
    for (const ActorRef& a : target_refs) group.push_back(&a);
    for (std::size_t a = 0; a < group.size(); ++a) {
      for (std::size_t b = a + 1; b < group.size(); ++b) ends.emplace_back(group[a], group[b]);
    }
  } else {
    for (const ActorRef& src : source_refs) {
      for (const ActorRef& tgt : target_refs) ends.emplace_back(&src, &tgt);
    }
  }
  std::size_t pairs = 0;
  for (const auto& [src_ptr, tgt_ptr] : ends) {
    {
      const ActorRef& src = *src_ptr;
      const ActorRef& tgt = *tgt_ptr;
      if (src.id == tgt.id || ++pairs > max_pairs_) continue;
      // "Peskov ha avvertito che la Russia adotterà contromisure" warns others, not Russia.
      // "Blinken ha ribadito il sostegno degli Stati Uniti": nor does a country back its own
      // spokesman.
      if ((warning_clause || rule == "noun:of>subject") &&
          (tgt.id == src.country || tgt.country == src.id)) {
        continue;
      }
      // "Macron è intervenuto all'Eliseo": a head of state or government neither aids nor
      // deploys against the country they lead (a regional leader may send troops to Moscow).
      if ((type.type == "AID" || type.type == "MOBILIZE" || type.type == "REQUEST") &&
          src.type == "PERSON" && tgt.id == src.country &&
          LeadsCountryAt(src.id, tgt.id, memory.date)) {
        continue;
      }
      // "Il Niger ha ordinato ai suoi militari di ...": a state's order to its own agents.
      if (type.type == "REQUEST" && trigger.lemma == "ordinare" &&
          (tgt.id == src.id || tgt.id == src.country)) {
        continue;
      }
      // "La premier aveva lasciato Dacca": a person leaving their own country flees or
      // travels; no forces withdraw.
      if (type.type == "RETREAT" && src.type == "PERSON" && tgt.id == src.country) continue;
      Relation& r = out.emplace_back();  // built in place: a Relation is costly to move
      r.source = src;
      r.target = tgt;
      r.type = type.type;
      // "attaccare" is verbal criticism from a person ("Trump ha attaccato Biden") and armed
      // assault from a state, an army or a group ("le milizie hanno attaccato la città").
      if (r.type == "ACCUSE" && trigger.lemma == "attaccare" && src.type != "PERSON" &&
          schema_.FindType("ASSAULT")) {
        r.type = "ASSAULT";
      }
      // "ha lanciato pesanti accuse contro Kiev", "un ultimatum a Hamas": what is launched says
      // which act it is; "un duro attacco" is words.
      if (r.type == "ASSAULT" && occ.is_noun && IsVerbalAttackAt(tokens, occ.begin) &&
          schema_.FindType("ACCUSE")) {
        r.type = "ACCUSE";
      }
      if (r.type == "ASSAULT" && trigger.lemma == "lanciare") {
        for (std::size_t k = occ.end; k < occ.end + 4 && k < clause_end; ++k) {
          std::string_view w = tokens[k].lower;
          if (BasePreposition(w) == "contro" || BasePreposition(w) == "a") break;
          if (w == "accuse" || w == "accusa" || w == "critiche" || w == "invettiva" ||
              w == "invettive" || w == "affondo" || w == "strali" ||
              (w == "attacco" && IsVerbalAttackAt(tokens, k))) {
            r.type = "ACCUSE";
          } else if (w == "ultimatum" || w == "monito" || w == "avvertimento" || w == "minacce") {
            r.type = "THREATEN";
          }
        }
        if (r.type != "ASSAULT" && !schema_.FindType(r.type)) r.type = "ASSAULT";
      }
      r.trigger = std::string(s.text.substr(tokens[occ.begin].start,
                                            tokens[occ.end - 1].end - tokens[occ.begin].start));
      r.negated = negated;
      r.modality = modality;
      r.confidence = confidence;
      r.rule = rule + (carried ? "+carried" : "");
      r.location = location;
      // "Caracas non riconosce la giurisdizione della Corte": denying this act is another,
      // said of two actors the sentence names, neither the other's country.
      if (negated && !trigger.when_negated.empty() && !carried && tgt.country != src.id &&
          src.country != tgt.id) {
        r.type = trigger.when_negated;
        r.negated = false;
        r.rule += "+negated";
      }
      if (lifted_by && schema_.FindType("CONCEDE")) {
        r.type = "CONCEDE";
        r.rule += "+lifted";
        r.trigger = std::string(s.text.substr(tokens[*lifted_by].start,
                                              tokens[occ.end - 1].end - tokens[*lifted_by].start));
      }
    }
  }
  // (Only the clause's subject rules out: "ha smentito le notizie di un incontro tra X e Y"
  // is no rejection between X and Y.)
  // What the clause's subject does to the event's other party by stopping or ruling it out.
  auto add_for_each_pair = [&](const char* relation_type, std::string trigger_text,
                               const char* rule_name) {
    for (const ActorRef& src : source_refs) {
      for (const ActorRef& tgt : target_refs) {
        if (src.id == tgt.id) continue;
        Relation r;
        r.source = src;
        r.target = tgt;
        r.type = relation_type;
        r.trigger = trigger_text;
        r.modality = modality;
        r.confidence = confidence;
        r.rule = rule_name;
        r.location = location;
        out.push_back(std::move(r));
      }
    }
  };
  if (suspended_by && rule.starts_with("noun:subject>") && schema_.FindType("SANCTION")) {
    add_for_each_pair("SANCTION",
                      std::string(s.text.substr(tokens[*suspended_by].start,
                                                tokens[occ.end - 1].end -
                                                    tokens[*suspended_by].start)),
                      "noun:suspended");
  }
  // "ha escluso qualsiasi trattativa con i rivoltosi": whoever rules the event out rejects its
  // other party.
  if (rejected_by && rule.starts_with("noun:subject>") && schema_.FindType("REJECT")) {
    add_for_each_pair("REJECT", std::string(tokens[*rejected_by].lower), "noun:rejected");
  }
  if (!occ.is_noun && !occ.passive && !negated) {
    if (!sources.empty()) memory.last_subject = mentions[sources.front()].actor;
    memory.sentence_subject = source_refs.front();
  }
}

void RelationMatcher::MatchMembership(const Sentence& s, std::vector<Relation>& out) const {
  // "X fa parte della Y", "di cui fanno parte A, B e C": MEMBER_OF.
  const auto& tokens = s.tokens;
  const auto& mentions = s.actors.mentions;
  if (mentions.size() < 2) return;  // a member and what it belongs to
  // "Paesi della Nato come Polonia ed Estonia", "gli alleati dell'Alleanza, tra cui la
  // Turchia": members named as examples of a group.
  static const WordSet kMemberNouns = {"paesi", "stati", "membri", "alleati", "nazioni",
                                       "governi", "partner"};
  for (std::size_t i = 0; i + 3 < tokens.size(); ++i) {
    if (!kMemberNouns.count(tokens[i].lower)) continue;
    std::size_t k = i + 1;
    if (tokens[k].lower == "membri") ++k;
    if (k >= tokens.size() || BasePreposition(tokens[k].lower) != "di" || tokens[k].lower == "di" ||
        k + 1 >= tokens.size() || s.mention_at[k + 1] < 0) {
      continue;
    }
    const std::size_t organisation = static_cast<std::size_t>(s.mention_at[k + 1]);
    const std::string& type = mentions[organisation].actor.type;
    if (type != "IGO" && type != "ORGANIZATION") continue;
    std::size_t at = mentions[organisation].end;
    if (at < tokens.size() && tokens[at].lower == ",") ++at;
    if (at + 1 < tokens.size() && tokens[at].lower == "tra" && tokens[at + 1].lower == "cui") {
      at += 2;
    } else if (at < tokens.size() && (tokens[at].lower == "come" || tokens[at].lower == "quali")) {
      at += 1;
    } else {
      continue;
    }
    if (at < tokens.size() && IsArticle(tokens[at].lower)) ++at;
    if (at >= tokens.size() || s.mention_at[at] < 0) continue;
    // The list: countries joined by commas and "e".
    for (std::size_t m = static_cast<std::size_t>(s.mention_at[at]); m < mentions.size(); ++m) {
      if (mentions[m].actor.type != "COUNTRY" || mentions[m].adjective) break;
      Relation r;
      r.source = mentions[m].actor;
      r.type = "MEMBER_OF";
      r.target = mentions[organisation].actor;
      r.trigger = std::string(tokens[i].lower);
      r.confidence = 0.8;
      r.rule = "membership:examples";
      out.push_back(std::move(r));
      const std::size_t next = mentions[m].end;
      if (m + 1 >= mentions.size() || next >= tokens.size()) break;
      std::size_t gap = next;
      while (gap < mentions[m + 1].begin &&
             (tokens[gap].lower == "," || tokens[gap].lower == "e" || tokens[gap].lower == "ed" ||
              IsArticle(tokens[gap].lower))) {
        ++gap;
      }
      if (gap != mentions[m + 1].begin) break;
    }
  }
  // "l'Ungheria, membro dell'Unione dal 2004", "la Finlandia è il trentunesimo Paese membro
  // della Nato", "X, uno dei membri fondatori del blocco".
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i].lower != "membro" && tokens[i].lower != "membri") continue;
    std::optional<std::size_t> organisation, member;
    // "membro dell'ufficio politico di Ansar Allah": a body of the organisation between.
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].begin <= i || mentions[m].begin > i + 6) continue;
      bool plain = true;
      for (std::size_t k = i + 1; k < mentions[m].begin && plain; ++k) {
        plain = tokens[k].kind == TokenKind::kWord && !tokens[k].capitalized;
      }
      const std::string& type = mentions[m].actor.type;
      if (plain && s.prep[m] == "di" &&
          (type == "IGO" || type == "ORGANIZATION" || type == "GROUP")) {
        organisation = m;
      }
      break;
    }
    // "la Comunità ..., di cui il Gabon è membro insieme al Camerun e al Congo"
    std::vector<std::size_t> with;
    if (!organisation) {
      std::size_t cui = i;
      while (cui > 0 && i - cui < 6 && tokens[cui - 1].lower != "cui") --cui;
      if (cui == 0 || tokens[cui - 1].lower != "cui" || cui < 2 ||
          BasePreposition(tokens[cui - 2].lower) != "di") {
        continue;
      }
      for (std::size_t m = mentions.size(); m-- > 0;) {
        const std::string& type = mentions[m].actor.type;
        if (mentions[m].end <= cui - 2 &&
            (type == "IGO" || type == "ORGANIZATION" || type == "GROUP")) {
          organisation = m;
          break;
        }
      }
      if (!organisation) continue;
      // (The list runs on while it names countries: "insieme, tra gli altri, al Camerun, al
      // Congo e alla Guinea Equatoriale".)
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        if (mentions[m].begin <= i) continue;
        if (mentions[m].begin > i + (with.empty() ? 12 : 24) || mentions[m].adjective ||
            mentions[m].actor.type != "COUNTRY" || (s.prep[m] != "a" && s.prep[m] != "con")) {
          break;
        }
        with.push_back(m);
      }
    }
    bool negated = false;
    for (std::size_t m = mentions.size(); m-- > 0;) {
      if (mentions[m].end > i) continue;
      if (mentions[m].adjective || mentions[m].is_location) break;
      bool joined = i - mentions[m].end <= 7;
      for (std::size_t k = mentions[m].end; k < i && joined; ++k) {
        static const WordSet kGap = {
            ",", "è", "sono", "era", "erano", "resta", "rimane", "diventata", "diventato",
            "diventati", "divenuta", "divenuto", "ormai", "già", "anche", "non", "uno", "una",
            "dei", "degli", "delle", "altro", "altra", "paese", "stato", "nuovo", "nuova",
            "ultimo", "ultima", "primo", "prima", "unico", "unica", "pieno", "effettivo",
            // "è diventata in aprile il trentunesimo membro"
            "in", "a", "da", "ieri", "oggi", "gennaio", "febbraio", "marzo", "aprile", "maggio",
            "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"};
        std::string_view w = tokens[k].lower;
        joined = kGap.count(w) > 0 || IsArticle(w) || w.ends_with("esimo") || w.ends_with("esima");
        if (w == "non") negated = true;
      }
      if (joined) member = m;
      break;
    }
    if (!member || mentions[*member].actor.id == mentions[*organisation].actor.id) continue;
    with.insert(with.begin(), *member);
    for (std::size_t m : with) {
      Relation r;
      r.source = mentions[m].actor;
      r.source.sector.clear();
      r.type = "MEMBER_OF";
      r.target = mentions[*organisation].actor;
      r.trigger = tokens[i].lower;
      r.negated = negated;
      r.confidence = 0.85;
      r.rule = "membership:membro";
      out.push_back(std::move(r));
    }
  }
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i].lower != "parte") continue;
    std::string_view verb = tokens[i - 1].lower;
    static constexpr std::string_view kFare[] = {"fa", "fanno", "faceva", "facevano", "fatto",
                                                 "farà", "faranno", "fare", "farebbe", "facciano",
                                                 "faccia", "fece", "fecero"};
    if (std::find(std::begin(kFare), std::end(kFare), verb) == std::end(kFare)) continue;
    std::vector<std::size_t> members;
    std::vector<std::size_t> organisations;
    std::optional<std::size_t> organisation;
    // "di cui fanno parte", "della quale fanno parte", "dei quali fa parte"
    const std::string_view pronoun = i >= 3 ? std::string_view(tokens[i - 2].lower) : "";
    bool relative = (pronoun == "cui" || pronoun == "quale" || pronoun == "quali") &&
                    BasePreposition(tokens[i - 3].lower) == "di";
    if (relative) {
      for (std::size_t m = mentions.size(); m-- > 0;) {
        if (mentions[m].end <= i - 3 && !mentions[m].adjective &&
            mentions[m].actor.type != "PERSON" && mentions[m].actor.type != "COUNTRY") {
          organisation = m;
          break;
        }
      }
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        if (mentions[m].begin > i && !mentions[m].adjective) members.push_back(m);
      }
    } else {
      for (std::size_t m = 0; m < mentions.size(); ++m) {
        if (mentions[m].begin > i && s.prep[m] == "di" && mentions[m].begin <= i + 3) {
          organisation = m;
          break;
        }
      }
      for (std::size_t m = mentions.size(); m-- > 0;) {
        if (mentions[m].end <= i - 1 && s.prep[m].empty() && !mentions[m].adjective) {
          members.push_back(m);
          // "Russia e Kazakistan fanno parte", "entrambi i Paesi fanno parte"
          while (m > 0 && mentions[m - 1].end + 2 >= mentions[m].begin &&
                 s.prep[m - 1].empty() && !mentions[m - 1].adjective) {
            members.push_back(--m);
          }
          break;
        }
      }
    }
    if (!organisation) continue;
    // "fanno parte dell'Unione economica eurasiatica e della Csto"
    organisations.push_back(*organisation);
    for (std::size_t m = *organisation + 1; m < mentions.size(); ++m) {
      const std::size_t gap_begin = mentions[m - 1].end, gap_end = mentions[m].begin;
      bool joined = gap_end >= gap_begin && gap_end - gap_begin <= 2;
      for (std::size_t k = gap_begin; k < gap_end && joined; ++k) {
        joined = tokens[k].lower == "e" || tokens[k].lower == "," ||
                 BasePreposition(tokens[k].lower) == "di";
      }
      if (!joined || s.prep[m] != "di") break;
      organisations.push_back(m);
    }
    bool negated = i >= 2 && (tokens[i - 2].lower == "non" ||
                              (i >= 3 && tokens[i - 3].lower == "non"));
    for (std::size_t org : organisations) {
    for (std::size_t m : members) {
      if (mentions[m].actor.id == mentions[org].actor.id) continue;
      const std::string& type = mentions[m].actor.type;
      if (type != "COUNTRY" && type != "IGO" && type != "ORGANIZATION" && type != "GROUP") continue;
      Relation r;
      r.source = mentions[m].actor;
      r.type = "MEMBER_OF";
      r.target = mentions[org].actor;
      r.trigger = "fare parte";
      r.negated = negated;
      r.confidence = 0.85;
      r.rule = relative ? "membership:di-cui" : "membership:fare-parte";
      out.push_back(std::move(r));
    }
    }
  }
}

void RelationMatcher::Match(std::span<const Token> tokens, std::string_view text,
                            const SentenceActors& actors, DocumentMemory& memory,
                            std::vector<Relation>& out) const {
  thread_local std::vector<int> mention_at;
  thread_local std::vector<std::uint8_t> in_aside;
  thread_local std::vector<std::string_view> prep_of_mention;
  mention_at.assign(tokens.size(), -1);
  in_aside.assign(tokens.size(), 0);
  prep_of_mention.clear();
  Sentence s{tokens, text, actors, mention_at, in_aside, prep_of_mention};
  {
    // Parenthetical asides: their actors are not the clause's subject.
    int depth = 0;
    bool dash = false;
    // (Not the dash of a dateline: "ISTANBUL – Ekrem İmamoğlu ...".)
    std::size_t dateline = 0;
    while (dateline < tokens.size() && dateline < 4 && tokens[dateline].all_caps) ++dateline;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      std::string_view w = tokens[k].lower;
      if (w == "(") ++depth;
      if (w == "-" && tokens[k].kind == TokenKind::kPunct && !(k == dateline && k > 0)) {
        dash = !dash;
      }
      s.in_aside[k] = depth > 0 || dash;
      if (w == ")" && depth > 0) --depth;
    }
  }
  for (std::size_t m = 0; m < actors.mentions.size(); ++m) {
    const SentenceMention& mention = actors.mentions[m];
    for (std::size_t k = mention.begin; k < mention.end && k < tokens.size(); ++k) {
      s.mention_at[k] = static_cast<int>(m);
    }
    std::string_view prep = PrepositionBefore(tokens, mention.begin);
    // "aerei e navi di Stati Uniti e Gran Bretagna hanno colpito", "i funzionari di Mosca":
    // the forces or envoys of an actor stand for it, so it takes their place in the clause.
    // (Not an apposition: "Thi Hanh, portavoce di un'associazione di Mosca, ha accusato".)
    if (prep == "di") {
      auto apposed_to_person = [&](std::size_t head) {
        if (head < 2 || tokens[head - 1].lower != "," || s.mention_at[head - 2] < 0) return false;
        const auto& before = actors.mentions[static_cast<std::size_t>(s.mention_at[head - 2])];
        return before.actor.type == "PERSON";
      };
      if (auto head = ForcesOf(tokens, mention.begin); head && !apposed_to_person(*head)) {
        prep = PrepositionOfPhrase(tokens, *head);
      }
    }
    if (prep.empty() && m > 0 && !s.prep[m - 1].empty()) {
      prep = SharedPreposition(tokens, actors.mentions, m, s.prep[m - 1]);
    }
    if (prep.empty() && m > 0 && s.prep[m - 1] == "di") {
      prep = TitlePreposition(tokens, actors.mentions, m);
    }
    // "del Partito repubblicano del popolo (Chp)": the acronym stands where its name does.
    if (prep.empty() && m > 0 && mention.begin >= 1 && tokens[mention.begin - 1].lower == "(" &&
        actors.mentions[m - 1].end + 1 == mention.begin) {
      prep = s.prep[m - 1];
    }
    s.prep.push_back(prep);
  }
  out.clear();
  memory.sentence_subject = {};
  // The sentence's triggers, in one vector per thread kept from sentence to sentence.
  thread_local std::vector<Occurrence> found;
  FindTriggers(s, found);
  const ActorRef subject_before = memory.last_subject;
  for (const Occurrence& occ : found) Resolve(s, occ, memory, out);
  // "Sikorski ha parlato ieri a Varsavia. Ha poi accusato la Bielorussia": a sentence that
  // opens with an actor and its verb gives the next sentence its dropped subject, also when
  // it related no one.
  if (memory.last_subject.id == subject_before.id && !actors.mentions.empty()) {
    const SentenceMention& first = actors.mentions.front();
    const std::size_t opening = first.begin > 0 && IsArticle(tokens[0].lower) ? 1 : 0;
    if (first.begin == opening && s.prep[0].empty() && !first.adjective && !first.is_location &&
        first.end < tokens.size() &&
        (AuxiliaryForms(tokens[first.end].lower) ||
         !verbs_.Lookup(tokens[first.end].lower).empty())) {
      memory.last_subject = first.actor;
    }
  }
  MatchMediation(s, found, memory, out);
  MatchRequestedBy(s, out);
  MatchRecalledEnvoys(s, memory, out);
  MatchAmongThe(s, memory, out);
  MatchMembership(s, out);
  for (const StructuralRelation& st : actors.structural) {
    Relation r;
    r.source = actors.mentions[st.source].actor;
    r.type = st.type;
    r.target = st.target;
    r.trigger = st.trigger;
    r.confidence = 0.9;
    r.rule = st.rule;
    r.attribute = st.attribute;
    if (r.source.id != r.target.id) out.push_back(std::move(r));
  }
  RedirectReleaseRequests(s, memory, out);
  // One relation per (source, type, target, negated) in a sentence: the first found. A
  // sentence has a few relations, so each is compared with those kept before it, in place.
  std::size_t kept = 0;
  for (std::size_t k = 0; k < out.size(); ++k) {
    const Relation& r = out[k];
    if (std::any_of(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(kept),
                    [&](const Relation& u) {
                      return u.negated == r.negated && u.source.id == r.source.id &&
                             u.type == r.type && u.target.id == r.target.id;
                    })) {
      continue;
    }
    if (kept != k) out[kept] = std::move(out[k]);
    ++kept;
  }
  out.erase(out.begin() + static_cast<std::ptrdiff_t>(kept), out.end());
  for (const Relation& r : out) {
    if (r.type == "COERCE" && !r.negated && r.target.type == "PERSON") {
      memory.detained_by[r.target.id] = r.source;
    }
    if (!r.negated && r.modality == kModalityAsserted && !IsStructural(r.type)) {
      if (memory.recent_events.size() == DocumentMemory::kRecentEvents) {
        memory.recent_events.erase(memory.recent_events.begin());
      }
      memory.recent_events.push_back({r.type, r.source, r.target});
    }
    if (r.type == "ACCUSE" && !r.negated) {
      memory.accused_by[r.target.id] = r.source;
      if (r.target.type == "PERSON" && !r.target.country.empty()) {
        memory.accused_by[r.target.country] = r.source;
      }
    }
  }
}

void RelationMatcher::MatchMediation(const Sentence& s, std::span<const Occurrence> found,
                                     const DocumentMemory& memory,
                                     std::vector<Relation>& out) const {
  const auto& tokens = s.tokens;
  const auto& mentions = s.actors.mentions;
  if (mentions.empty()) return;
  // Meetings and agreements, named by a noun ("i colloqui") or a verb ("hanno firmato").
  auto is_talks = [&](const Occurrence& occ) {
    const std::string& type = schema_.relation_types()[occ.ref.type].type;
    return type == "CONSULT" || type == "AGREE";
  };
  if (std::none_of(found.begin(), found.end(), is_talks)) return;
  // The mentions a mediator phrase names from tokens[pos]: "degli Stati Uniti e della
  // Francia", "dal primo ministro X", or a demonym ("la mediazione qatariota").
  auto mediators_at = [&](std::size_t pos) {
    std::vector<std::size_t> named;
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].begin < pos || mentions[m].is_location) continue;
      const std::size_t from = named.empty() ? pos : mentions[named.back()].end;
      if (mentions[m].begin > from + 3) break;
      bool joined = true;
      for (std::size_t k = from; k < mentions[m].begin && joined; ++k) {
        std::string_view w = tokens[k].lower;
        joined = IsArticle(w) || !BasePreposition(w).empty() ||
                 (!named.empty() && w == "e");  // not ",": "del Qatar, Israele e Hamas"
      }
      if (!joined) break;
      named.push_back(m);
    }
    return named;
  };
  // "alla presenza di Trump", "accanto al presidente americano": a witness of the signing or
  // the meeting takes part in it.
  static const WordSet kMediationNouns = {"mediazione", "egida",           "regia",    "auspici",
                                          "patrocinio", "intermediazione", "presenza", "accanto"};
  static constexpr std::string_view kHostParticiples[] = {"mediat", "ospitat", "facilitat",
                                                          "promoss", "patrocinat"};
  for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
    const std::string_view w = tokens[k].lower;
    std::vector<std::size_t> mediators;
    bool noun_cue = false;
    bool active_host = false;  // its parties must be named in the sentence
    // ("la presenza militare francese" is no witness: only "alla presenza di", "in presenza di".)
    if (kMediationNouns.count(w) && (w != "presenza" || (k > 0 && (tokens[k - 1].lower == "alla" ||
                                                                   tokens[k - 1].lower == "in")))) {
      noun_cue = true;
      mediators = mediators_at(k + 1);
    } else if (std::any_of(std::begin(kHostParticiples), std::end(kHostParticiples),
                           [&](std::string_view p) {
                             return w.starts_with(p) && w.size() <= p.size() + 1;
                           }) &&
               BasePreposition(tokens[k + 1].lower) == "da") {
      mediators = mediators_at(k + 1);
    } else if ((w.starts_with("ospit") || w.starts_with("mediat") || w.starts_with("facilit")) &&
               k > 0 && AuxiliaryForms(tokens[k - 1].lower) != nullptr) {
      // "Il Qatar ha ospitato i negoziati tra Hamas e Israele": the host is the subject, and
      // the talks follow the verb.
      const bool talks_follow = std::any_of(found.begin(), found.end(), [&](const Occurrence& o) {
        return is_talks(o) && o.is_noun && o.begin > k && o.begin <= k + 3;
      });
      for (std::size_t m = mentions.size(); talks_follow && m-- > 0;) {
        if (mentions[m].end > k || mentions[m].begin < s.clause_begin(k)) continue;
        if (!s.prep[m].empty() || mentions[m].is_location || mentions[m].adjective) continue;
        mediators = {m};
        break;
      }
      noun_cue = true;  // the talks are after the cue
      active_host = true;
    }
    if (mediators.empty()) continue;
    // The talks: a meeting or agreement noun before the cue in its clause ("negoziato con la
    // mediazione di"), or, for "grazie alla mediazione di X", after it.
    const std::size_t begin = s.clause_begin(k), end = s.clause_end(k);
    const Occurrence* talks = nullptr;
    for (const Occurrence& occ : found) {
      if (!is_talks(occ) || occ.begin < begin || occ.begin >= end || occ.begin == k) continue;
      if (!noun_cue && !occ.is_noun) continue;  // "mediati da" qualifies a noun
      if (occ.begin < k ? k - occ.end <= 12 : noun_cue) {
        talks = &occ;
        if (occ.begin > k) break;
      }
    }
    if (!talks) continue;
    auto is_mediator = [&](const ActorRef& a) {
      return std::any_of(mediators.begin(), mediators.end(), [&](std::size_t m) {
        return mentions[m].actor.id == a.id || mentions[m].actor.country == a.id ||
               a.country == mentions[m].actor.id;
      });
    };
    // Its parties: the two this sentence related through it (or through another agreement or
    // meeting), else the two sides of the last agreement or fight of the document.
    std::vector<ActorRef> parties;
    bool signed_by_people = false;
    for (const Relation& r : out) {
      if ((r.type == "AGREE" || r.type == "CONSULT") && !r.negated && !is_mediator(r.source) &&
          !is_mediator(r.target)) {
        parties = {r.source, r.target};
        signed_by_people = DocumentMemory::SignedByPeople({r.type, r.source, r.target});
        if (r.trigger == tokens[talks->begin].lower) break;
      }
    }
    // Two people who signed act for the sides the document named before: "l'intesa è stata
    // siglata da Redwan Hussien e da Getachew Reda ... mediati dall'Ua".
    const DocumentMemory::Event* sides = nullptr;
    if (!active_host && signed_by_people) {
      sides = memory.SidesBefore(memory.recent_events.size());
    } else if (!active_host && parties.empty()) {
      for (auto it = memory.recent_events.rbegin(); it != memory.recent_events.rend(); ++it) {
        if (it->type == "AGREE" || it->type == "ASSAULT") {
          sides = &*it;
          break;
        }
      }
    }
    if (sides && !is_mediator(sides->source) && !is_mediator(sides->target)) {
      parties = {sides->source, sides->target};
    }
    for (std::size_t m : mediators) {
      for (const ActorRef& party : parties) {
        Relation r;
        r.source = mentions[m].actor;
        r.type = "CONSULT";
        r.target = party;
        r.trigger = std::string(w);
        r.confidence = 0.7;
        r.rule = "mediation";
        out.push_back(std::move(r));
      }
    }
  }
}

void RelationMatcher::MatchRecalledEnvoys(const Sentence& s, const DocumentMemory& memory,
                                         std::vector<Relation>& out) const {
  const auto& tokens = s.tokens;
  const auto& mentions = s.actors.mentions;
  if (mentions.empty()) return;
  static const WordSet kEnvoys = {"ambasciatore", "ambasciatori", "ambasciatrice",
                                  "diplomatici", "incaricato", "incaricata", "rappresentante",
                                  "rappresentanti", "inviato"};
  for (std::size_t v = 1; v + 2 < tokens.size(); ++v) {
    std::string_view verb = tokens[v].lower;
    if (!verb.starts_with("richiam") || verb == "richiamo" || verb == "richiami") continue;
    // The envoy within a few words: "il proprio ambasciatore", "per consultazioni l'ambasciatore".
    std::optional<std::size_t> envoy;
    for (std::size_t k = v + 1; k < tokens.size() && k <= v + 6 && !envoy; ++k) {
      if (s.mention_at[k] >= 0 || IsStrongBoundary(tokens[k])) break;
      if (kEnvoys.count(tokens[k].lower)) envoy = k;
    }
    if (!envoy) continue;
    // Looked up here, not per sentence: a sentence seldom recalls an envoy.
    if (!schema_.FindType("SANCTION")) return;
    const std::size_t clause_begin = s.clause_begin(v), clause_end = s.clause_end(v);
    // Who recalls: the clause's subject before the verb, else the subject carried over.
    ActorRef recaller;
    for (std::size_t m = mentions.size(); m-- > 0;) {
      if (mentions[m].end > v || mentions[m].begin < clause_begin) continue;
      if (!s.prep[m].empty() || mentions[m].is_location || mentions[m].adjective) continue;
      recaller = mentions[m].actor;
      break;
    }
    if (recaller.empty() && s.clause_begin(v) == 0) recaller = memory.last_subject;
    if (recaller.empty()) continue;
    bool negated = false;
    for (std::size_t k = v; k > clause_begin && v - k < 4; --k) {
      if (IsNegator(tokens[k - 1].lower)) negated = true;
    }
    std::string modality = kModalityAsserted;
    if (verb.starts_with("richiamer")) {
      modality = verb.ends_with("ebbe") || verb.ends_with("ebbero") ? kModalityReported
                                                                    : kModalityFuture;
    }
    // "ha minacciato di richiamare l'ambasciatore": only intended.
    if (tokens[v - 1].lower == "di" || tokens[v - 1].lower == "a") {
      for (std::size_t k = v - 1; k > clause_begin && v - 1 - k < 5; --k) {
        if (IsIntentionVerbForm(tokens[k - 1].lower)) modality = kModalityHypothetical;
      }
    }
    // Where from: the places or countries after the envoy ("in Algeria", "a Washington e
    // Canberra", "da Kigali").
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].begin <= *envoy || mentions[m].begin >= clause_end ||
          mentions[m].begin > *envoy + 8) {
        continue;
      }
      const std::string_view prep = s.prep[m];
      if (prep != "in" && prep != "a" && prep != "da" && prep != "presso") continue;
      const ActorRef& host = mentions[m].actor;
      if (host.id == recaller.id || host.id == recaller.country) continue;
      Relation r;
      r.source = recaller;
      r.type = "SANCTION";
      r.target = host;
      r.trigger = std::string(s.text.substr(tokens[v].start, tokens[*envoy].end - tokens[v].start));
      r.negated = negated;
      r.modality = modality;
      r.confidence = 0.8;
      r.rule = "recalled-envoy";
      out.push_back(std::move(r));
    }
  }
}

void RelationMatcher::MatchAmongThe(const Sentence& s, const DocumentMemory& memory,
                                    std::vector<Relation>& out) const {
  const auto& tokens = s.tokens;
  const auto& mentions = s.actors.mentions;
  if (mentions.empty()) return;
  static const std::unordered_map<std::string_view, std::string_view> kGroups = {
      {"fermati", "COERCE"},   {"arrestati", "COERCE"},  {"detenuti", "COERCE"},
      {"incarcerati", "COERCE"}, {"condannati", "COERCE"}, {"imputati", "COERCE"},
      {"liberati", "CONCEDE"}, {"rilasciati", "CONCEDE"}, {"scarcerati", "CONCEDE"},
      {"graziati", "CONCEDE"}};
  for (std::size_t k = 0; k + 3 < tokens.size(); ++k) {
    if (tokens[k].lower != "tra" && tokens[k].lower != "fra") continue;
    std::size_t g = k + 1;
    if (IsArticle(tokens[g].lower)) ++g;
    auto kind = kGroups.find(tokens[g].lower);
    if (kind == kGroups.end() || !schema_.FindType(kind->second)) continue;
    // The people listed after it ("ci sono anche X, lo studente Y e Z"): the first within a
    // few words, then each one after a comma or "e" (not one in an apposition's complement,
    // "figlia dell'ex presidente Violeta Chamorro").
    const std::size_t clause_end = s.clause_end(g);
    std::vector<std::size_t> named;
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].begin <= g || mentions[m].begin >= clause_end) continue;
      const bool person_or_group = mentions[m].actor.type == "PERSON" ||
                                   mentions[m].actor.type == "GROUP";
      if (mentions[m].adjective || mentions[m].is_location || !s.prep[m].empty() ||
          !person_or_group) {
        if (!named.empty()) break;
        continue;
      }
      std::size_t b = mentions[m].begin;
      if (b > 0 && IsArticle(tokens[b - 1].lower)) --b;
      const bool listed = named.empty() ? mentions[m].begin <= g + 11
                                        : b > 0 && (tokens[b - 1].lower == "," ||
                                                    tokens[b - 1].lower == "e");
      if (!listed) break;
      named.push_back(m);
    }
    for (std::size_t m : named) {
      const ActorRef& held = mentions[m].actor;
      // The country the article is about, else the person's own.
      ActorRef by = memory.DominantCountry();
      if (const ActorEntry* home = held.type == "PERSON" && by.empty()
                                       ? schema_.FindActor(held.country)
                                       : nullptr;
          home && home->ref.type == "COUNTRY") {
        by = home->ref;
      }
      by.sector.clear();
      if (by.empty() || by.id == held.id) continue;
      Relation r;
      r.source = by;
      r.type = kind->second;
      r.target = held;
      r.trigger = tokens[g].lower;
      r.confidence = 0.7;
      r.rule = "among-the";
      out.push_back(std::move(r));
    }
  }
}

void RelationMatcher::MatchRequestedBy(const Sentence& s, std::vector<Relation>& out) const {
  const auto& tokens = s.tokens;
  const auto& mentions = s.actors.mentions;
  if (mentions.size() < 2) return;  // an asker and the asked
  static const WordSet kNouns = {"richiesta", "invito", "sollecitazione", "pressione",
                                 "pressioni", "istanza", "insistenza"};
  for (std::size_t k = 1; k + 2 < tokens.size(); ++k) {
    if (!kNouns.count(tokens[k].lower)) continue;
    std::string_view before = tokens[k - 1].lower;
    if (IsArticle(before) && k >= 2) before = tokens[k - 2].lower;  // "dietro la richiesta"
    if (before != "su" && before != "dietro" && BasePreposition(before) != "su") continue;
    // The askers: "della Guyana", "di Mosca e Pechino".
    std::vector<std::size_t> askers;
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].begin <= k || mentions[m].is_location) continue;
      const std::size_t from = askers.empty() ? k + 1 : mentions[askers.back()].end;
      if (mentions[m].begin > from + 2) break;
      bool joined = true;
      for (std::size_t w = from; w < mentions[m].begin && joined; ++w) {
        joined = IsArticle(tokens[w].lower) || BasePreposition(tokens[w].lower) == "di" ||
                 (!askers.empty() && tokens[w].lower == "e");
      }
      if (!joined || (askers.empty() && s.prep[m] != "di" && !mentions[m].adjective)) break;
      askers.push_back(m);
    }
    if (askers.empty()) continue;
    // The asked: the clause's subject, after the phrase when it opens the sentence ("Su
    // richiesta di X, Y ha ..."), else before it ("Y si è riunito su richiesta di X").
    const std::size_t clause_begin = s.clause_begin(k), clause_end = s.clause_end(k);
    std::optional<std::size_t> asked;
    auto candidate = [&](std::size_t m) {
      return s.prep[m].empty() && !mentions[m].adjective && !mentions[m].is_location &&
             std::find(askers.begin(), askers.end(), m) == askers.end();
    };
    for (std::size_t m = 0; m < mentions.size() && !asked; ++m) {
      if (mentions[m].begin >= clause_begin && mentions[m].begin < k && candidate(m)) asked = m;
    }
    for (std::size_t m = askers.back() + 1; m < mentions.size() && !asked; ++m) {
      if (mentions[m].begin < clause_end && candidate(m)) asked = m;
    }
    if (!asked) continue;
    for (std::size_t a : askers) {
      if (mentions[a].actor.id == mentions[*asked].actor.id) continue;
      Relation r;
      r.source = mentions[a].actor;
      r.type = "REQUEST";
      r.target = mentions[*asked].actor;
      r.trigger = tokens[k].lower;
      r.confidence = 0.8;
      r.rule = "requested-by";
      out.push_back(std::move(r));
    }
  }
}

void RelationMatcher::RedirectReleaseRequests(const Sentence& s, const DocumentMemory& memory,
                                              std::vector<Relation>& out) const {
  // "Francia e Cina hanno chiesto il rilascio di Condé": the request goes to whoever holds
  // him (the one this document said arrested him), and the release is only asked for, so it
  // is no concession of the askers.
  // Only requests and the release nouns' own relations are redirected or dropped: most
  // sentences have neither, and need no scan of their words.
  if (std::none_of(out.begin(), out.end(), [&](const Relation& r) {
        return r.type == "REQUEST" || IsReleaseNoun(r.trigger);
      })) {
    return;
  }
  const auto& tokens = s.tokens;
  const auto& mentions = s.actors.mentions;
  std::set<std::string, std::less<>> released;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (!IsReleaseNoun(tokens[k].lower)) continue;
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].begin <= k) continue;
      if (mentions[m].begin > k + 10) break;
      bool joined = true;  // only names, commas and "e" between
      for (std::size_t w = k + 1; w < mentions[m].begin && joined; ++w) {
        joined = s.mention_at[w] >= 0 || tokens[w].lower == "," || tokens[w].lower == "e" ||
                 BasePreposition(tokens[w].lower) == "di" || IsArticle(tokens[w].lower) ||
                 // "il rilascio immediato di", "la liberazione immediata dell'ex presidente"
                 (tokens[w].kind == TokenKind::kWord && !tokens[w].capitalized && w <= k + 4);
      }
      if (!joined) break;
      if (mentions[m].actor.type == "PERSON") released.insert(mentions[m].actor.id);
    }
  }
  if (released.empty()) return;
  std::set<std::string, std::less<>> askers;
  for (const Relation& r : out) {
    if (r.type == "REQUEST") askers.insert(r.source.id);
  }
  std::vector<Relation> kept;
  for (Relation& r : out) {
    if (r.type == "REQUEST" && released.count(r.target.id)) {
      // Whoever the document said holds them, else whoever it last said arrested someone
      // ("sono stati arrestati" gave the state where it happened).
      auto holder = memory.detained_by.find(r.target.id);
      const ActorRef* by = holder != memory.detained_by.end() ? &holder->second : nullptr;
      for (auto it = memory.recent_events.rbegin(); !by && it != memory.recent_events.rend();
           ++it) {
        if (it->type == "COERCE") by = &it->source;
      }
      if (!by || by->id == r.source.id || by->id == r.source.country) continue;
      r.target = *by;
    } else if (IsReleaseNoun(r.trigger) && released.count(r.target.id) &&
               askers.count(r.source.id)) {
      continue;
    }
    kept.push_back(std::move(r));
  }
  out = std::move(kept);
}

}  // namespace actorgraph
