#include "extract/actor_recognizer.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <unordered_set>
#include <cctype>
#include <unordered_map>

#include "extract/morphology.h"
#include "extract/normalizer.h"
#include "extract/word_set.h"

namespace actorgraph {
namespace {

constexpr std::string_view kHeadOffices[] = {
    "president", "chairman", "secretary_general", "head", "king", "emir", "supreme_leader",
    "prime_minister", "commander"};

// Words that, before a capitalised name, introduce a new person ("il generale X"); with the
// roles of kRolesWithoutOffice below, which do so too.
constexpr std::string_view kPersonTitleWords[] = {
      "generale", "colonnello", "maresciallo", "ammiraglio", "capitano", "comandante",
      "presidente", "premier", "ministro", "ministra", "leader", "capo", "segretario",
      "segretaria", "portavoce", "ambasciatore", "ambasciatrice", "senatore", "senatrice",
      "deputato", "deputata", "sindaco", "governatore", "giudice", "procuratore", "vicepresidente",
      "viceministro", "sottosegretario", "cancelliere", "cancelliera", "emiro", "re", "principe",
      "direttore", "direttrice", "consigliere",
      "vicegovernatore", "vicegovernatrice", "governatrice", "sindaca", "vicepremier",
      "vicesegretario", "vicesegretaria", "sottosegretaria", "viceministra", "ufficiale",
      "funzionario", "funzionaria", "consigliera", "coordinatore", "coordinatrice", "delegato",
      "delegata", "commissario", "commissaria", "sultano",
      "regina", "principessa", "eurodeputato", "eurodeputata", "parlamentare", "assessore",
      "assessora", "prefetto", "tenente", "sergente", "inviato", "inviata", "emissario",
      "emissaria", "procuratrice", "magistrato", "magistrata", "capogruppo", "rappresentante"};

// Roles before a name that are no office of a state: "l'attivista Maria Kolesnikova", "il
// miliardario Bidzina Ivanishvili".
constexpr std::string_view kRolesWithoutOffice[] = {
      "attivista", "oppositore", "oppositrice", "dissidente", "giornalista", "avvocato",
      "avvocata", "fondatore", "fondatrice", "mediatore", "mediatrice", "negoziatore",
      "negoziatrice", "vescovo", "arcivescovo", "cardinale", "patriarca", "rabbino",
      "reverendo", "mullah", "imam", "ayatollah", "sceicco", "oligarca", "religioso",
      "religiosa", "imprenditore", "imprenditrice", "miliardario", "miliardaria", "magnate",
      "blogger", "studente", "studentessa", "docente", "professore", "professoressa",
      "scrittore", "scrittrice", "poeta", "poetessa", "reporter", "fotografo", "fotografa",
      "medico", "rapper", "cantante", "predicatore", "predicatrice", "politologo", "politologa",
      "ricercatore", "ricercatrice", "chierico"};

// Partisans and professions in -ista: "l'indipendentista Louis Mapou", "il sindacalista X",
// "l'economista X" (not "la rivista Time", "l'intervista").
bool IsPartisanNoun(std::string_view lower) {
  static const WordSet kNotPeople = {"intervista", "rivista", "conquista", "autopista",
                                     "riconquista"};
  return lower.size() >= 8 && (lower.ends_with("ista") || lower.ends_with("isti")) &&
         kNotPeople.count(lower) == 0;
}

// Nouns that say who an unknown person is when they follow the name in apposition, though
// they are no title before one: "Sylvie Wakolo, commerciante di Nouméa", "Chamari
// Rathnayake, un'insegnante che ...".
bool IsPersonRoleNoun(std::string_view lower) {
  static const WordSet kNouns = {
      "commerciante", "insegnante", "studente", "studentessa", "medico", "imprenditore",
      "imprenditrice", "agricoltore", "agricoltrice", "contadino", "contadina", "operaio",
      "operaia", "pescatore", "ricercatore", "ricercatrice", "docente", "professore",
      "professoressa", "scrittore", "scrittrice", "regista", "sacerdote", "vescovo", "residente",
      "abitante", "madre", "padre", "moglie", "marito", "vedova", "sopravvissuto",
      "sopravvissuta", "testimone", "manifestante", "volontario", "volontaria", "blogger",
      "ingegnere", "infermiere", "infermiera", "pensionato", "pensionata", "rifugiato",
      "rifugiata", "sfollato", "sfollata", "esperto", "esperta", "storico", "storica",
      "politologo", "politologa", "accademico", "accademica", "avvocata", "ex", "veterano",
      "veterana", "deputato", "sindacalista", "presidente", "rappresentante", "responsabile",
      "portavoce", "proprietario", "proprietaria", "titolare", "direttore", "direttrice"};
  return kNouns.count(lower) > 0;
}

// Verbs of saying after which a full name is the speaker: "... dice Desmond Holder".
bool IsPostposedSpeechVerb(std::string_view lower) {
  static const WordSet kVerbs = {"dice", "dicono", "racconta", "raccontano", "spiega",
                                 "spiegano", "afferma", "aggiunge", "commenta", "osserva",
                                 "sottolinea", "ricorda", "denuncia", "conferma", "assicura",
                                 "avverte", "ammette", "lamenta", "insiste", "prosegue"};
  return kVerbs.count(lower) > 0;
}

bool IsRoleWithoutOffice(std::string_view lower) {
  static const WordSet kSet(std::begin(kRolesWithoutOffice), std::end(kRolesWithoutOffice));
  return kSet.count(lower) > 0;
}

// Their participles, after "ha" or "aveva": "... ha spiegato Rafiqul Hasan Tuhin".
bool IsSpeechParticiple(std::string_view lower) {
  static const WordSet kVerbs = {
      "detto", "spiegato", "raccontato", "affermato", "aggiunto", "commentato", "osservato",
      "sottolineato", "ricordato", "denunciato", "confermato", "assicurato", "avvertito",
      "ammesso", "lamentato", "insistito", "dichiarato", "precisato", "ribadito", "scritto",
      "replicato", "risposto", "sostenuto", "riferito", "annunciato", "rivendicato"};
  return kVerbs.count(lower) > 0;
}

// Nouns of what happens to a person, whose "di" complement is one: "la morte di Mahsa Amini",
// "l'arresto di X Y".
bool IsPersonEventNoun(std::string_view lower) {
  static const WordSet kNouns = {"morte", "uccisione", "omicidio", "assassinio", "funerali",
                                 "arresto", "liberazione", "rilascio", "scarcerazione",
                                 "condanna", "processo", "rapimento", "sequestro",
                                 "estradizione", "detenzione", "scomparsa", "esecuzione"};
  return kNouns.count(lower) > 0;
}

bool IsPersonTitleWord(std::string_view lower) {
  static const WordSet kSet(std::begin(kPersonTitleWords), std::end(kPersonTitleWords));
  return kSet.count(lower) > 0 || IsRoleWithoutOffice(lower) || IsPartisanNoun(lower);
}
bool IsPersonTitleWord(const TokenText& lower) {
  return (WordClasses(lower) & kClassPersonTitle) != 0;
}

// Nouns that introduce a new group ("il gruppo Wagner", "la milizia Fano").
constexpr std::string_view kGroupNouns[] = {"gruppo", "milizia", "movimento", "partito",
                                                "organizzazione", "brigata", "fronte",
                                                "formazione", "fazione", "coalizione"};

// Plural nouns for the members of a party or a faction: "i socialdemocratici di X", "i
// sostenitori di X".
bool IsPartyMembersNoun(std::string_view lower) {
  static const WordSet kSet = {
      "socialdemocratici", "conservatori", "laburisti",   "liberali",   "socialisti", "comunisti",
      "nazionalisti",      "repubblicani", "democratici", "centristi",  "populisti",  "sostenitori",
      "seguaci",           "fedelissimi",  "fedeli",      "partigiani", "uomini",     "miliziani"};
  return kSet.count(lower) > 0;
}

bool IsGroupNoun(std::string_view lower) {
  static const WordSet kSet(std::begin(kGroupNouns), std::end(kGroupNouns));
  return kSet.count(lower) > 0;
}

constexpr std::string_view kKinshipNouns[] = {
      "nipote", "figlio", "figlia", "moglie", "marito", "fratello", "sorella", "padre",
      "madre", "genero", "nuora", "cognato", "cognata", "cugino", "cugina", "zio", "zia",
      "suocero", "suocera", "vedova", "erede", "primogenito", "primogenita", "figli",
      "figlie", "fratelli", "sorelle", "nipoti", "cugini"};

bool IsKinshipNoun(std::string_view lower) {
  static const WordSet kSet(std::begin(kKinshipNouns), std::end(kKinshipNouns));
  return kSet.count(lower) > 0;
}

bool IsStrongPunctuation(std::string_view w) {
  return w == ";" || w == ":" || w == "." || w == "?" || w == "!";
}

bool IsLocativePreposition(std::string_view prep) { return prep == "in" || prep == "a"; }

// "il", "i", "l'" and the articulated prepositions ("al", "dai", "dell'"): what stands before
// a definite noun phrase.
bool IsDefiniteDeterminer(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "il", "lo", "la", "i", "gli", "le", "l'", "del", "dello", "della", "dei", "degli",
      "delle", "dell'", "al", "allo", "alla", "ai", "agli", "alle", "all'", "dal", "dallo",
      "dalla", "dai", "dagli", "dalle", "dall'", "nel", "nello", "nella", "nei", "negli",
      "nelle", "nell'", "col", "coi", "sul", "sulla", "sui", "sugli", "sulle", "sull'"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// The word before an agent word, past "nuovo" or "stesso": "alle nuove autorità".
std::string_view DeterminerBefore(std::span<const Token> tokens, std::size_t pos) {
  static const WordSet kAdjectives = {"nuovo",  "nuova",  "nuovi",  "nuove",   "stesso",
                                      "stessa", "stessi", "stesse", "attuale", "attuali",
                                      "intero", "intera", "interi", "intere"};
  if (pos >= 2 && kAdjectives.count(tokens[pos - 1].lower)) --pos;
  return tokens[pos - 1].lower;
}

// Agent words too general to stand for a country on their own ("le forze", "gli agenti").
bool IsVagueAgentWord(std::string_view w) {
  return w == "forze" || w == "militare" || w == "agenti" || w == "amministrazione" ||
         w == "amministrazioni" || w == "governi" || w == "eserciti" || w == "soldato" ||
         w == "truppa" || w == "unità" || w == "istituzioni";
}

bool IsNameWord(const Token& t) {
  // "O'" and "D'" open Irish and Italian surnames: "David O'Sullivan", "Massimo D'Alema".
  if (t.elided) return t.capitalized && (t.lower == "o'" || t.lower == "d'");
  return t.kind == TokenKind::kWord && t.capitalized && t.lower.size() > 1;
}

// Whether a word after "di" opens an infinitive clause: "riaprire", "aver mentito",
// "ritirarsi", "non", "farlo".
bool OpensInfinitive(const Token& t) {
  if (t.kind != TokenKind::kWord || t.capitalized) return false;
  return t.lower == "non" || LooksLikeInfinitive(t.lower);
}

// Whether tokens[pos] opens an infinitive clause, also inside a quotation that opens there:
// "di «premiare il terrorismo»".
bool OpensInfinitiveAt(std::span<const Token> tokens, std::size_t pos) {
  if (pos < tokens.size() && (tokens[pos].lower == "\"" || tokens[pos].lower == "«")) ++pos;
  return pos < tokens.size() && OpensInfinitive(tokens[pos]);
}

// "il governo Meloni", "il contingente dell'organizzazione", "il governo guidato da Mamin":
// the words after an agent name whose it is.
bool HasOwnerAfter(std::span<const Token> tokens, std::size_t end) {
  if (end >= tokens.size()) return false;
  std::string_view w = tokens[end].lower;
  // "ha chiesto al governo di riaprire", "ha accusato il governo di aver mentito": "di" opens
  // an infinitive, no owner.
  if (w == "di" && OpensInfinitiveAt(tokens, end + 1)) return false;
  // "le truppe inviate da Mosca", "i miliziani addestrati dall'Iran", "i soldati giunti dalla
  // Russia": the owner after "da".
  static const std::string_view kSentBy[] = {"inviat",    "mandat",    "dispiegat", "schierat",
                                             "addestrat", "finanziat", "armat",     "comandat",
                                             "giunt",     "arrivat",   "provenient"};
  if (end + 1 < tokens.size() && BasePreposition(tokens[end + 1].lower) == "da" &&
      std::any_of(std::begin(kSentBy), std::end(kSentBy), [&](std::string_view stem) {
        return w.starts_with(stem) && w.size() == stem.size() + 1;
      })) {
    return true;
  }
  return IsNameWord(tokens[end]) || BasePreposition(w) == "di" || w.starts_with("guidat") ||
         w.starts_with("presiedut") || w.starts_with("format") || w.starts_with("composto") ||
         w.starts_with("composta") || w.starts_with("insediat");
}

// Whether the agent at tokens[pos] receives an order: "ha ordinato ai militari", "ordina
// alla polizia", "ha dato ordine all'esercito".
bool IsOrderedAt(std::span<const Token> tokens, std::size_t pos) {
  if (pos < 2 || BasePreposition(tokens[pos - 1].lower) != "a") return false;
  const std::string_view w = tokens[pos - 2].lower;
  return w.starts_with("ordin") && !w.starts_with("ordinari");
}

// Particles inside a person's name: "Majed al-Ansari", "Ursula von der Leyen", "bin Salman".
bool IsNameParticle(const Token& t) {
  static const WordSet kWords = {"bin", "ibn", "von", "van", "der",
                                                              "den", "de", "du", "da", "dos",
                                                              "del", "la", "le", "abu", "bint"};
  if (t.kind != TokenKind::kWord) return false;
  return kWords.count(t.lower) > 0 || t.lower.starts_with("al-") || t.lower.starts_with("el-");
}

// Extends a name that starts at tokens[begin] over name words and inner particles (at most
// `max_words` tokens); returns one past its last name word.
std::size_t NameEnd(std::span<const Token> tokens, std::size_t begin, std::size_t max_words) {
  std::size_t k = begin, end = begin;
  while (k < tokens.size() && k < begin + max_words) {
    if (IsNameWord(tokens[k])) {
      end = ++k;
    } else if (k > begin && IsNameParticle(tokens[k]) && !tokens[k].lower.starts_with("al-") &&
               !tokens[k].lower.starts_with("el-") && k + 1 < tokens.size() &&
               IsNameWord(tokens[k + 1])) {
      ++k;
    } else if (k > begin && (tokens[k].lower.starts_with("al-") ||
                             tokens[k].lower.starts_with("el-"))) {
      end = ++k;  // "al-Ansari" is itself the last word
    } else {
      break;
    }
  }
  return end;
}

// Past qualifiers of an office: "di turno", "di transizione", "ad interim", "deposto",
// "uscente", "de facto". Returns the first token after them.
std::size_t SkipOfficeQualifiers(std::span<const Token> tokens, std::size_t at) {
  if (at + 1 < tokens.size() && tokens[at].lower == "di" &&
      (tokens[at + 1].lower == "turno" || tokens[at + 1].lower == "transizione")) {
    return at + 2;
  }
  if (at + 1 < tokens.size() && tokens[at].lower == "ad" && tokens[at + 1].lower == "interim") {
    return at + 2;
  }
  static constexpr std::string_view kAdjectives[] = {"deposto", "deposta", "uscente", "eletto",
                                                     "eletta", "designato", "designata",
                                                     "rovesciato", "destituito", "incaricato",
                                                     "de", "facto", "onorario", "onoraria",
                                                     "speciale", "personale", "anziano",
                                                     "anziana", "capo", "principale"};
  while (at < tokens.size() &&
         std::find(std::begin(kAdjectives), std::end(kAdjectives), tokens[at].lower) !=
             std::end(kAdjectives)) {
    ++at;
  }
  return at;
}

// The end of a short "di" complement after a title, before a name: "dell'Energia", "della
// Sicurezza nazionale", "del dipartimento di Stato", "agli Esteri". Returns `at` when there is
// none.
std::size_t ComplementEnd(std::span<const Token> tokens, std::size_t at) {
  std::size_t k = at;
  for (int part = 0; part < 2; ++part) {
    // "del Petrolio", "della Sicurezza nazionale"; a portfolio may also take "a": "il
    // segretario agli Esteri", "il commissario all'Allargamento".
    if (k + 1 >= tokens.size()) break;
    const std::string_view prep = BasePreposition(tokens[k].lower);
    if ((prep != "di" && !(part == 0 && prep == "a")) ||
        tokens[k + 1].kind != TokenKind::kWord || IsArticle(tokens[k + 1].lower)) {
      break;
    }
    std::size_t end = k + 2;
    while (end < tokens.size() && end < k + 5 && tokens[end].kind == TokenKind::kWord &&
           !tokens[end].capitalized && !IsArticle(tokens[end].lower) &&
           BasePreposition(tokens[end].lower).empty() && tokens[end].lower != "e") {
      ++end;
    }
    k = end;
  }
  return k;
}

// Lower-case words that may stand inside a proper name ("Comunità economica degli Stati").
bool IsNameConnector(const Token& t) {
  static constexpr std::string_view kWords[] = {"di", "del", "della", "dei", "degli", "delle",
                                                "dell'", "per", "e", "economica", "africana"};
  return std::find(std::begin(kWords), std::end(kWords), t.lower) != std::end(kWords);
}

// A stable ascii id from a name: "Oumarou Sankaré" -> "oumarou-sankare".
std::string Slug(std::string_view label) {
  std::string out;
  for (char c : FoldForMatching(label)) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) {
      out.push_back(static_cast<char>(std::tolower(u)));
    } else if (!out.empty() && out.back() != '-') {
      out.push_back('-');
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string Surface(std::span<const Token> tokens, std::size_t begin, std::size_t end,
                    std::string_view text) {
  return std::string(text.substr(tokens[begin].start, tokens[end - 1].end - tokens[begin].start));
}

// The actor a document introduces by the name tokens[begin, end): "new:" and its slug.
ActorRef NewActorRef(std::span<const Token> tokens, std::string_view text, std::size_t begin,
                     std::size_t end, std::string type) {
  ActorRef ref;
  ref.label = Surface(tokens, begin, end, text);
  ref.id = "new:" + Slug(ref.label);
  ref.type = std::move(type);
  return ref;
}

// A new organisation or group named by tokens[begin, end), remembered under its first word so
// that later mentions join it ("Nexta" after "il fondatore di Nexta, ...").
ActorRef RememberNewActor(DocumentMemory& memory, std::span<const Token> tokens,
                          std::string_view text, std::size_t begin, std::size_t end,
                          std::string type) {
  ActorRef ref = NewActorRef(tokens, text, begin, end, std::move(type));
  memory.new_actors[MatchKey(tokens[begin].fold)] = ref;
  return ref;
}

int CompareDatePrefix(std::string_view a, std::string_view b) {
  std::size_t n = std::min(a.size(), b.size());
  return a.substr(0, n).compare(b.substr(0, n));
}

// "il presidente francese", "il ministro degli Esteri russo": the country a title's demonym
// names, reported as a nested mention of its own. Unlike a bare adjective ("la lingua russa")
// it surely means the state; the title's holder stays the relation argument.
SentenceMention DemonymInTitle(std::size_t begin, std::size_t end, const ActorRef& country) {
  SentenceMention m;
  m.begin = begin;
  m.end = end;
  m.actor = country;
  m.resolution = kResolvedDescriptor;
  return m;
}

// Where the name an acronym in brackets abbreviates begins: its initials, read backwards over
// the words before the bracket, skipping articles and prepositions ("il Partito democratico
// senegalese (Pds)", "l'Alleanza per l'unione dei romeni (Aur)"). nullopt when they differ
// or the first word is not capitalised.
std::optional<std::size_t> AcronymExpansionBegin(std::span<const Token> tokens,
                                                 std::size_t bracket, std::string_view acronym) {
  std::size_t letter = acronym.size();
  std::size_t k = bracket;
  while (letter > 0 && k > 0 && bracket - k < 14) {
    const Token& w = tokens[--k];
    if (w.kind != TokenKind::kWord) return std::nullopt;
    if (IsArticle(w.lower) || !BasePreposition(w.lower).empty() || w.lower == "e") continue;
    const char initial = w.fold.empty() ? '\0' : w.fold.front();
    if (initial !=
        static_cast<char>(std::tolower(static_cast<unsigned char>(acronym[letter - 1])))) {
      return std::nullopt;
    }
    --letter;
  }
  if (letter > 0 || !tokens[k].capitalized) return std::nullopt;
  return k;
}

}  // namespace

bool LooksLikeInfinitive(std::string_view w) {
  // Truncated before another infinitive: "aver mentito", "voler organizzare", "poter votare".
  static const WordSet kTruncated = {"aver",  "esser", "far",   "dir",   "voler",
                                     "poter", "dover", "saper", "venir", "tener"};
  if (kTruncated.count(w) > 0) return true;
  // Past an enclitic pronoun: "ritirarsi", "consegnarlo", "restituirgli".
  for (std::string_view clitic : {"gli", "si", "lo", "la", "li", "le", "ne", "ci", "vi"}) {
    if (w.size() > clitic.size() + 3 && w.ends_with(clitic)) {
      const std::string_view stem = w.substr(0, w.size() - clitic.size());
      if (stem.ends_with("ar") || stem.ends_with("er") || stem.ends_with("ir") ||
          stem.ends_with("rr")) {
        return true;
      }
    }
  }
  return w.size() > 3 &&
         (w.ends_with("are") || w.ends_with("ere") || w.ends_with("ire") || w.ends_with("rre"));
}

bool IsSpeechVerbForm(std::string_view lower) {
  return IsPostposedSpeechVerb(lower) || IsSpeechParticiple(lower);
}

// The words IsArticle accepts (WordClasses' table needs them listed).
constexpr std::string_view kArticles[] = {"il", "lo", "la", "i", "gli", "le", "l'", "un", "uno",
                                          "una", "un'"};

bool IsArticle(std::string_view w) {
  // Asked for most words: the eleven articles ("il", "lo", "la", "i", "gli", "le", "l'", "un",
  // "uno", "una", "un'") compared byte by byte instead of hashed.
  switch (w.size()) {
    case 1:
      return w[0] == 'i';
    case 2:
      return (w[0] == 'i' && w[1] == 'l') || (w[0] == 'u' && w[1] == 'n') ||
             (w[0] == 'l' && (w[1] == 'o' || w[1] == 'a' || w[1] == 'e' || w[1] == '\''));
    case 3:
      return w == std::string_view("gli") ||
             (w[0] == 'u' && w[1] == 'n' && (w[2] == 'o' || w[2] == 'a' || w[2] == '\''));
    default:
      return false;
  }
}

// Prepositions, articulated ones with their base.
constexpr std::pair<std::string_view, std::string_view> kPrepositionFolds[] = {
    {"di", "di"},     {"d'", "di"},       {"del", "di"},    {"dello", "di"},  {"della", "di"},
    {"dei", "di"},    {"degli", "di"},    {"delle", "di"},  {"dell'", "di"},  {"a", "a"},
    {"ad", "a"},      {"al", "a"},        {"allo", "a"},    {"alla", "a"},    {"ai", "a"},
    {"agli", "a"},    {"alle", "a"},      {"all'", "a"},    {"da", "da"},     {"dal", "da"},
    {"dallo", "da"},  {"dalla", "da"},    {"dai", "da"},    {"dagli", "da"},  {"dalle", "da"},
    {"dall'", "da"},  {"in", "in"},       {"nel", "in"},    {"nello", "in"},  {"nella", "in"},
    {"nei", "in"},    {"negli", "in"},    {"nelle", "in"},  {"nell'", "in"},  {"con", "con"},
    {"col", "con"},   {"coi", "con"},     {"su", "su"},     {"sul", "su"},    {"sullo", "su"},
    {"sulla", "su"},  {"sui", "su"},      {"sugli", "su"},  {"sulle", "su"},  {"sull'", "su"},
    {"per", "per"},   {"tra", "tra"},     {"fra", "tra"},   {"contro", "contro"},
    {"verso", "verso"}, {"presso", "presso"}, {"senza", "senza"}, {"secondo", "secondo"}};

std::string_view BasePreposition(std::string_view w) {
  // Every preposition is at most 7 bytes: most words leave at the first test.
  if (w.empty() || w.size() > 7) return "";
  static const WordMap<std::string_view> kFolds(std::begin(kPrepositionFolds),
                                                std::end(kPrepositionFolds));
  const std::string_view* fold = kFolds.Find(w);
  return fold ? *fold : std::string_view();
}

constexpr std::string_view kPossessives[] = {"suo",     "sua",    "suoi",   "sue",    "loro",
                                             "proprio", "propria", "propri", "proprie", "nostro",
                                             "nostra",  "stesso", "stessa", "nuovo",  "nuova"};

bool IsPossessive(std::string_view w) {
  const auto& kWords = kPossessives;
  static const WordSet kSet(std::begin(kWords), std::end(kWords));
  // Asked for most words: one whose length or first byte no word of the list has leaves before
  // the lookup (both taken from the list, so that a word added to it is still found).
  struct Filter {
    std::size_t min_size = std::string_view::npos, max_size = 0;
    std::array<bool, 256> first{};
  };
  static const Filter kFilter = [] {
    Filter f;
    for (std::string_view word : kWords) {
      f.min_size = std::min(f.min_size, word.size());
      f.max_size = std::max(f.max_size, word.size());
      f.first[static_cast<unsigned char>(word[0])] = true;
    }
    return f;
  }();
  if (w.size() < kFilter.min_size || w.size() > kFilter.max_size ||
      !kFilter.first[static_cast<unsigned char>(w[0])]) {
    return false;
  }
  return kSet.count(w) > 0;
}

std::string_view PrepositionBefore(std::span<const Token> tokens, std::size_t pos) {
  if (pos == 0) return "";
  std::size_t i = pos - 1;
  // "dal suo omologo", "con il proprio alleato": a possessive between preposition and noun.
  if (IsPossessive(tokens[i].lower)) {
    if (i == 0) return "";
    --i;
  }
  // "al solo Stato islamico", "alla stessa Russia", "contro l'intera Unione europea": a
  // focusing word after the article.
  static const WordSet kFocus = {"solo",   "sola",   "soli",   "sole",   "stesso", "stessa",
                                 "stessi", "stesse", "intero", "intera", "interi", "intere"};
  if (kFocus.count(tokens[i].lower)) {
    if (i == 0) return "";
    --i;
  }
  if (IsArticle(tokens[i].lower)) {
    if (i == 0) return "";
    --i;
  }
  std::string_view base = BasePreposition(tokens[i].lower);
  // "nei confronti di X", "contro X": the same role.
  if (base == "di" && i >= 2 && tokens[i - 1].lower == "confronti" &&
      tokens[i - 2].lower == "nei") {
    return "contro";
  }
  // "al confine con X", "lungo la frontiera con X": X is the other side of a border, a role
  // of its own (troops massed there face X).
  if (base == "con" && i >= 1) {
    std::string_view noun = tokens[i - 1].lower;
    if (noun == "confine" || noun == "confini" || noun == "frontiera" || noun == "frontiere") {
      return "confine";
    }
  }
  // "intorno a Taiwan", "attorno all'isola": what manoeuvres encircle.
  if (base == "a" && i >= 1 &&
      (tokens[i - 1].lower == "intorno" || tokens[i - 1].lower == "attorno")) {
    return "intorno";
  }
  return base;
}

void DocumentMemory::NoteOrganization(const ActorRef& organization) {
  last_organization = organization;
  std::erase_if(recent_organizations,
                [&](const ActorRef& o) { return o.id == organization.id; });
  recent_organizations.push_back(organization);
  if (recent_organizations.size() > 8) recent_organizations.erase(recent_organizations.begin());
}

const ActorRef& DocumentMemory::OrganizationFor(std::string_view noun,
                                                const Schema& schema) const {
  // "l'Unione" is the last union named, "l'Alleanza" the last alliance: an organisation one
  // of whose names holds the noun ("Alleanza atlantica", "Unione europea").
  if (noun == "unione" || noun == "alleanza") {
    for (auto it = recent_organizations.rbegin(); it != recent_organizations.rend(); ++it) {
      const ActorEntry* entry = schema.FindActor(it->id);
      if (entry == nullptr) continue;
      for (const std::string& name : entry->names) {
        if (FoldForMatching(name).find(noun) != std::string::npos) return *it;
      }
    }
  }
  return last_organization;
}

const DocumentMemory::Event* DocumentMemory::SidesBefore(std::size_t before) const {
  for (std::size_t k = std::min(before, recent_events.size()); k-- > 0;) {
    const Event& e = recent_events[k];
    if ((e.type == "AGREE" || e.type == "ASSAULT") && e.source.type != "PERSON" &&
        e.target.type != "PERSON") {
      return &e;
    }
  }
  return nullptr;
}

DocumentMemory::CountryTally DocumentMemory::MostNamedCountry(
    std::initializer_list<std::string_view> except) const {
  CountryTally tally;
  for (const auto& [id, entry] : country_mentions) {
    if (std::find(except.begin(), except.end(), id) != except.end()) continue;
    if (tally.country == nullptr || entry.second > tally.count) {
      if (tally.country) tally.runner_up = std::max(tally.runner_up, tally.count);
      tally.country = &entry.first;
      tally.count = entry.second;
    } else {
      tally.runner_up = std::max(tally.runner_up, entry.second);
    }
  }
  return tally;
}

ActorRef DocumentMemory::DominantCountry() const {
  const CountryTally tally = MostNamedCountry();
  if (tally.country == nullptr || tally.count < 2 || tally.count <= tally.runner_up) return {};
  return *tally.country;
}

// Sectors of the state: "il governo", "i militari", "la polizia" without a country are those
// of the country the article is about. Protesters, rebels or the opposition are not.
bool IsStateSector(std::string_view sector) {
  static constexpr std::string_view kSectors[] = {
      "government", "military", "police", "defence", "foreign_affairs", "interior",
      "intelligence", "legislature", "judiciary"};
  return std::find(std::begin(kSectors), std::end(kSectors), sector) != std::end(kSectors);
}

// The country of "il governo", "i militari" or "il primo ministro" named without one: a
// country this sentence places itself in ("A Teheran il portavoce ..."), else the country
// last named with that sector unless the article is clearly about another, else the
// article's dominant country, else none.
ActorRef HomeCountry(const DocumentMemory& memory, std::span<const SentenceMention> sentence,
                     std::string_view sector) {
  for (const SentenceMention& m : sentence) {
    if (m.is_location && m.actor.type == "COUNTRY") {
      ActorRef country = m.actor;
      country.sector.clear();
      return country;
    }
  }
  // In an article clearly about one country (named half as often again as any other), "il
  // governo" is its, even after a sentence on another's ("il governo cinese" in one about the
  // Philippines).
  const DocumentMemory::CountryTally tally = memory.MostNamedCountry();
  const bool clear = tally.country && tally.count >= 3 && 2 * tally.count >= 3 * tally.runner_up;
  if (auto it = memory.country_by_sector.find(sector);
      it != memory.country_by_sector.end() && (!clear || it->second.id == tally.country->id)) {
    return it->second;
  }
  return memory.DominantCountry();
}

// Whether the sentence already gives mention `mention` an office.
bool HasOffice(const SentenceActors& sentence, std::size_t mention) {
  return std::any_of(sentence.structural.begin(), sentence.structural.end(),
                     [&](const StructuralRelation& st) {
                       return st.source == mention && st.type == "OFFICIAL_OF";
                     });
}

// Offices of a state's government, as opposed to those of organisations ("segretario generale").
// Offices of a province, region or city: held in the country ("il governatore della provincia
// X" is an official of the country the article is about).
bool IsLocalOffice(std::string_view office) {
  return office == "governor" || office == "deputy_governor" || office == "mayor" ||
         office == "councillor";
}

// Nouns that name an outlet or a company: the capitalised name after them is an organisation
// ("il direttore del giornale El Khyzmatynda", "la compagnia di bandiera Belavia").
constexpr std::string_view kOrganizationNouns[] = {
      "giornale", "quotidiano", "settimanale", "periodico", "canale", "emittente", "agenzia",
      "testata", "sito", "portale", "radio", "tv", "televisione", "rete", "compagnia",
      "società", "azienda", "gruppo", "holding", "banca", "fondazione", "associazione", "ong",
      "sindacato", "partito", "movimento", "organizzazione", "istituto", "centro", "think-tank",
      "coalizione", "collettivo", "comitato", "federazione", "piattaforma", "fronte", "alleanza"};

bool IsOrganizationNoun(std::string_view lower) {
  static const WordSet kSet(std::begin(kOrganizationNouns), std::end(kOrganizationNouns));
  return kSet.count(lower) > 0;
}

// Whether a lower-case word may open a new actor's mention: a group, organisation or kinship
// noun, or a title ("il gruppo X", "la compagnia X", "la moglie X", "il generale X"). One
// probe instead of one per rule for the many words that open none.
bool MayIntroduceNewActor(std::string_view lower) {
  static const WordSet kSet = [] {
    std::vector<std::string_view> words;
    for (const auto& list : {std::span<const std::string_view>(kPersonTitleWords),
                             std::span<const std::string_view>(kRolesWithoutOffice),
                             std::span<const std::string_view>(kGroupNouns),
                             std::span<const std::string_view>(kKinshipNouns),
                             std::span<const std::string_view>(kOrganizationNouns)}) {
      words.insert(words.end(), list.begin(), list.end());
    }
    return WordSet(words.begin(), words.end());
  }();
  return kSet.count(lower) > 0 || IsPartisanNoun(lower);
}

namespace {

// The words that have a class, with their bits, each found by asking the string_view
// functions themselves (so that the two agree); a word out of the table has none but perhaps
// IsPartisanNoun's suffix.
struct WordClassTable {
  WordMap<std::uint32_t> classes;
  std::vector<std::string_view> bases;
};

const WordClassTable& WordClassesOfWords() {
  static const WordClassTable kTable = [] {
    std::vector<std::string_view> words;
    for (const auto& [word, base] : kPrepositionFolds) words.push_back(word);
    for (const auto& list : {std::span<const std::string_view>(kArticles),
                             std::span<const std::string_view>(kPossessives),
                             std::span<const std::string_view>(kPersonTitleWords),
                             std::span<const std::string_view>(kRolesWithoutOffice),
                             std::span<const std::string_view>(kGroupNouns),
                             std::span<const std::string_view>(kKinshipNouns),
                             std::span<const std::string_view>(kOrganizationNouns)}) {
      words.insert(words.end(), list.begin(), list.end());
    }
    std::vector<std::string_view> bases;
    std::vector<std::pair<std::string_view, std::uint32_t>> entries;
    for (std::string_view word : words) {
      std::uint32_t bits = kClassesKnown;
      if (IsPossessive(word)) bits |= kClassPossessive;
      if (MayIntroduceNewActor(word)) bits |= kClassIntroducesActor;
      if (IsPersonTitleWord(word)) bits |= kClassPersonTitle;
      if (IsArticle(word)) bits |= kClassArticle;
      if (const std::string_view base = BasePreposition(word); !base.empty()) {
        auto it = std::find(bases.begin(), bases.end(), base);
        if (it == bases.end()) it = bases.insert(bases.end(), base);
        bits |= static_cast<std::uint32_t>(it - bases.begin() + 1) << kClassBaseShift;
      }
      entries.emplace_back(word, bits);
    }
    return WordClassTable{WordMap<std::uint32_t>(entries.begin(), entries.end()),
                          std::move(bases)};
  }();
  return kTable;
}

bool MayIntroduceNewActor(const TokenText& lower) {
  return (WordClasses(lower) & kClassIntroducesActor) != 0;
}

}  // namespace

std::uint32_t ClassifyWord(const TokenText& lower) {
  const std::uint32_t* found = WordClassesOfWords().classes.Find(lower.view());
  std::uint32_t bits = kClassesKnown;
  if (found) {
    bits = *found;
  } else if (lower.size() >= 8 && lower[lower.size() - 4] == 'i' && IsPartisanNoun(lower)) {
    // A word in -ista or -isti out of the lists: IsPartisanNoun answers for both questions.
    bits |= kClassIntroducesActor | kClassPersonTitle;
  }
  bits |= lower.classes();  // (bits another module keeps there)
  lower.set_classes(bits);
  return bits;
}

std::string_view PrepositionBaseAt(std::uint32_t index) {
  return WordClassesOfWords().bases[index - 1];
}

// Capitalised nouns that open an organisation's name written in sentence case ("la Lega
// gabonese per i diritti civili", "il Collettivo dei giovani patrioti").
bool IsOrganizationHead(std::string_view lower) {
  static const WordSet kWords = {
      "fronte", "lega", "centro", "collettivo", "comitato", "movimento", "alleanza",
      "coalizione", "associazione", "federazione", "confederazione", "unione", "partito",
      "organizzazione", "fondazione", "sindacato", "osservatorio", "istituto", "forum",
      "brigata", "brigate", "milizia", "consorzio", "piattaforma", "coordinamento", "rete"};
  return kWords.count(lower) > 0;
}

// Of those, the heads that open few dictionary names, so that a later "il Comitato" or "il
// Fronte" alone is the one the document introduced.
bool IsDistinctiveOrganizationHead(std::string_view lower) {
  static const WordSet kWords = {"fronte", "collettivo", "comitato", "osservatorio",
                                 "consorzio", "centro", "coordinamento", "forum",
                                 "piattaforma", "sindacato", "fondazione", "associazione"};
  return kWords.count(lower) > 0;
}

// An organisation named in sentence case ("la Lega gabonese per i diritti civili"): remembered
// under its head noun only when few dictionary names start with it ("Collettivo", "Fronte"),
// so that a later "Lega" or "Partito" alone is not taken for it.
ActorRef RememberSentenceCaseOrganization(DocumentMemory& memory, std::span<const Token> tokens,
                                          std::string_view text, std::size_t begin,
                                          std::size_t end) {
  const bool armed = tokens[begin].lower.starts_with("brigat") || tokens[begin].lower == "milizia";
  ActorRef ref = NewActorRef(tokens, text, begin, end, armed ? "GROUP" : "ORGANIZATION");
  if (IsDistinctiveOrganizationHead(tokens[begin].lower)) {
    memory.new_actors[MatchKey(tokens[begin].fold)] = ref;
  }
  return ref;
}

// A lower-case word with the ending of an Italian adjective: "popolare", "civica", "nazionale",
// "gabonese", "democratico", "rivoluzionario", "progressista", "europea".
bool LooksLikeAdjective(std::string_view w) {
  if (w.size() < 5) return false;
  static constexpr std::string_view kEndings[] = {
      "ale", "ali", "are", "ari", "ano", "ana", "ani", "ane", "ese", "esi", "ico", "ica",
      "ici", "iche", "ivo", "iva", "ivi", "ive", "ista", "isti", "iste", "ense", "ensi",
      "ario", "aria", "arie", "orio", "oria", "eo", "ea", "ei", "ee", "ile", "ili"};
  return std::any_of(std::begin(kEndings), std::end(kEndings),
                     [&](std::string_view e) { return w.ends_with(e); });
}

// Capitalised words that open or close the names of places, buildings, events and things,
// never a person's: "Porto Rico", "Nord Kivu", "Mar Rosso", "Crocus City Hall", "Air Force One".
bool IsPlaceOrThingWord(std::string_view lower) {
  static const WordSet kWords = {
      "nord", "sud", "est", "ovest", "mar", "mare", "monte", "monti", "lago", "porto", "saint",
      "san", "santa", "santo", "nuova", "nuovo", "nuove", "nuovi", "isola", "isole", "capo",
      "golfo", "valle", "piazza", "via", "viale", "palazzo", "palacio", "casa", "città", "city",
      "hall", "repubblica", "stato", "stati", "regno", "provincia", "regione", "distretto",
      "contea", "air", "force", "tv", "alto", "alta", "basso", "bassa", "grande", "gran", "fiume",
      "canale", "stretto", "deserto", "penisola", "corno", "terra", "costa", "riviera", "centrale",
      "orientale", "occidentale", "settentrionale", "meridionale", "international", "national",
      "royal", "operazione", "coppa", "giochi", "premio", "trattato", "accordo", "accordi", "carta",
      "dichiarazione", "conferenza", "forum", "vertice", "summit", "festival", "expo", "aeroporto",
      "airport", "stadio", "piana", "altopiano", "parco", "ponte", "strada", "corso", "quartiere",
      "campo", "linea", "zona", "area", "new", "north", "south", "west", "east", "mount", "lake",
      "river", "island", "islands", "bay", "gulf", "sea", "port", "fort", "point", "street",
      "square", "avenue", "road", "district", "county", "province", "region", "state", "states",
      "kingdom", "republic", "leader", "volo", "dio", "allah", "gesù", "cristo",
      "madonna", "papa"};
  return kWords.count(lower) > 0;
}

// "alto commissario", "alta commissaria", "alti commissari"
bool IsHighWord(std::string_view lower) {
  return lower == "alto" || lower == "alta" || lower == "alti";
}

// "San", "Santa", "São": a saint's name before a name makes it a place's or a thing's.
bool IsSaintWord(std::string_view lower) {
  return lower == "san" || lower == "santa" || lower == "santo" || lower == "santi" ||
         lower == "são" || lower == "saint" || lower == "sankt" || lower == "sant'";
}

// First words of an organisation's name in Spanish, Portuguese, French, German, the Balkan
// and Slavic languages: "Frente Amplio", "Partido dos Trabalhadores", "Rassemblement national",
// "Stranka slobode i pravde".
bool IsForeignOrganizationHead(std::string_view lower) {
  static const WordSet kWords = {
      "central", "coordinadora", "tribunal", "frente", "partido", "movimiento", "consejo",
      "comisión", "comision", "fiscalía", "fiscalia", "unión", "asamblea", "congreso",
      "instituto", "fundación", "fundacion", "asociación", "asociacion", "confederación",
      "confederacion", "federación", "federacion", "sindicato", "alianza", "coalición",
      "coalicion", "bloque", "conselho", "comissão", "comissao", "associação", "associacao",
      "confederação", "parti", "rassemblement", "mouvement", "conseil", "cour",
      "assemblée", "comité", "partei", "bund", "stranka", "savez", "pokret", "partidul",
      "uniunea", "frontul", "partia", "ruch", "sojusz", "partija", "ligue", "syndicat",
      "fédération", "confédération", "union", "hezb", "harakat", "jabhat", "tehreek",
      "tehrik", "jamaat", "jamiat", "majlis"};
  return kWords.count(lower) > 0;
}

// Lower-case words inside such names: "Central Unitaria de Trabajadores", "Stranka slobode i
// pravde".
bool IsForeignNameConnector(std::string_view lower) {
  static const WordSet kWords = {"de", "del", "la", "las", "los", "do", "da", "dos", "das",
                                 "des", "du", "et", "y", "e", "i", "für", "der", "die", "und",
                                 "of", "and", "the", "for", "pour", "le", "el", "al", "za"};
  return kWords.count(lower) > 0;
}

// Last words of a foreign organisation's name: "Grameen Bank", "Azerbaijan Airlines",
// "Nippon Steel", "Mitsubishi Heavy Industries".
bool IsForeignOrganizationWord(std::string_view lower) {
  static const WordSet kWords = {
      "bank", "airlines", "airways", "air", "steel", "industries", "industry", "group",
      "corporation", "corp", "company", "holding", "holdings", "energy", "oil", "petroleum",
      "gas", "motors", "electric", "electronics", "telecom", "media", "news", "times", "post",
      "press", "network", "foundation", "institute", "watch", "party", "front", "movement",
      "union", "alliance", "council", "committee", "commission", "association", "league",
      "congress", "assembly", "agency", "authority", "service", "services", "trust", "fund",
      "partners", "capital", "systems", "technologies", "tech", "labs", "university",
      "college", "church", "brigade", "brigades", "army", "guard", "unit"};
  return kWords.count(lower) > 0;
}

// Capitalised nouns that name a body of a state or of an organisation, not an organisation of
// its own: "il presidente della Commissione", "il portavoce della Presidenza".
bool IsInstitutionWord(std::string_view lower) {
  static const WordSet kWords = {
      "camera", "senato", "repubblica", "stato", "governo", "consiglio", "parlamento",
      "presidenza", "commissione", "corte", "assemblea", "procura", "polizia", "marina",
      "aeronautica", "esercito", "guardia", "banca", "cancelleria", "casa", "segreteria",
      "direzione", "difesa", "giustizia", "interno", "interni", "esteri", "economia", "regione",
      "provincia", "città", "comune", "duma", "rada", "knesset", "farnesina", "cremlino"};
  return kWords.count(lower) > 0;
}

// Government posts, whose "di" complement is a portfolio, never an organisation.
bool IsGovernmentPost(std::string_view office) {
  return office.ends_with("minister") || office == "deputy_minister" ||
         office == "undersecretary";
}

bool IsNationalOffice(std::string_view office) {
  static constexpr std::string_view kOffices[] = {
      "president", "vice_president", "prime_minister", "deputy_prime_minister",
      "foreign_minister", "defence_minister", "interior_minister", "chief_of_general_staff",
      "national_security_adviser", "state_counsellor", "king", "crown_prince", "emir",
      "supreme_leader", "speaker", "chief_of_staff",
      "prosecutor", "member_of_parliament"};
  return std::find(std::begin(kOffices), std::end(kOffices), office) != std::end(kOffices);
}

// Capitalised words that open a sentence without being a name ("Venerdì Milan Radoičić, ...").
bool IsSentenceOpener(std::string_view lower) {
  static const WordSet kWords = {
      "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
      "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
      "settembre", "ottobre", "novembre", "dicembre", "ieri", "oggi", "domani", "stamane",
      "stamattina", "stasera", "stanotte", "intanto", "inoltre", "secondo", "anche", "poi",
      "ora", "già", "dopo", "mentre", "quando", "però", "ma", "infine", "così", "tuttavia",
      "anzi", "eppure", "allora", "quindi", "dunque", "proprio",
      "solo", "soltanto", "sempre", "mai", "qui", "lì", "là", "sia", "né", "ecco", "appena"};
  return kWords.count(lower) > 0 || !BasePreposition(lower).empty() || IsArticle(lower);
}

// "guidato da", "presieduta da", "coordinato da": the participles that name a body's head.
bool IsHeadingParticiple(std::string_view w) {
  static constexpr std::string_view kStems[] = {"guidat", "presiedut", "capeggiat", "dirett",
                                                "comandat", "coordinat"};
  return std::any_of(std::begin(kStems), std::end(kStems), [&](std::string_view stem) {
    return w.starts_with(stem) && w.size() == stem.size() + 1;
  });
}

// Whether a country's name at tokens[pos] after "a" is a recipient, not a place: countries
// take "in" as places ("in Iraq") and "a" with an article as recipients ("all'Iraq", "alla
// Francia"); "a Cuba", "a Malta" (no article) and plural island groups ("alle Maldive") are
// places.
bool IsDativeCountry(std::span<const Token> tokens, std::size_t pos, NameKind kind) {
  if (kind != NameKind::kActor || pos == 0) return false;
  std::string_view w = tokens[pos - 1].lower;
  return w == "al" || w == "allo" || w == "alla" || w == "all'";
}

// Participles that give someone an office: "è stato nominato ministro", "eletto presidente",
// "ha giurato come premier".
bool IsAppointingVerbForm(std::string_view w) {
  static const WordSet kWords = {"nominato", "nominata", "eletto", "eletta", "designato",
                                 "designata", "confermato", "confermata", "diventato",
                                 "diventata", "divenuto", "divenuta", "giurato", "proclamato",
                                 "proclamata", "scelto", "scelta", "insediato", "insediata"};
  return kWords.count(w) > 0;
}

// "il", "la", "l'" and the singular articulated prepositions ("del", "alla", "dall'").
bool IsSingularDefinite(std::string_view w) {
  static const WordSet kWords = {
      "il", "lo", "la", "l'", "del", "dello", "della", "dell'", "al", "allo", "alla", "all'",
      "dal", "dallo", "dalla", "dall'", "nel", "nello", "nella", "nell'", "sul", "sullo",
      "sulla", "sull'", "col"};
  return kWords.count(w) > 0;
}

// Whether tokens[pos] follows "<treaty noun> di": "Statuto di Roma", "accordi di Minsk".
bool IsTreatyNameBefore(std::span<const Token> tokens, std::size_t pos) {
  static const WordSet kNouns = {
      "statuto", "trattato", "trattati", "accordo", "accordi", "protocollo", "protocolli",
      "convenzione", "convenzioni", "dichiarazione", "formato", "processo", "patto",
      "memorandum", "carta", "intesa", "intese", "conferenza", "gruppo"};
  return pos >= 2 && tokens[pos - 1].lower == "di" && kNouns.count(tokens[pos - 2].lower) > 0;
}

bool IsThirdPersonPossessive(std::string_view w) {
  return w == "suo" || w == "sua" || w == "suoi" || w == "sue" || w == "loro";
}

struct ActorRecognizer::Cursor {
  static constexpr std::size_t kMentionsReserved = 4;
  std::span<const Token> tokens;
  std::string_view text;
  DocumentMemory& memory;
  SentenceActors& out;

  std::size_t Add(SentenceMention m) {
    // Room for the few a sentence names, at its first: growing from one moved them each time.
    // Four (about 550 bytes) stay within glibc's per-thread cache of small blocks; eight
    // (over 1 kB) did not and saved less.
    if (out.mentions.capacity() == 0) out.mentions.reserve(kMentionsReserved);
    out.mentions.push_back(std::move(m));
    return out.mentions.size() - 1;
  }
};

namespace {

// Adds, as one group over tokens [begin, end), the `count` actors of `recent` (oldest first)
// a plural refers to: "i due leader" the people named last (they just met), "entrambi i
// Paesi" the countries the article names most (`by_count`).
void AddLastNamed(std::vector<SentenceMention>& mentions,
                  const std::vector<std::pair<ActorRef, int>>& recent, bool by_count,
                  std::size_t count, std::size_t begin, std::size_t end) {
  std::vector<std::size_t> order(recent.size());
  for (std::size_t r = 0; r < order.size(); ++r) order[r] = r;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (by_count && recent[a].second != recent[b].second) {
      return recent[a].second > recent[b].second;
    }
    return a > b;
  });
  // Oldest first, as they were named.
  std::vector<std::size_t> chosen(order.begin(),
                                  order.begin() + static_cast<std::ptrdiff_t>(count));
  std::sort(chosen.begin(), chosen.end());
  for (std::size_t r : chosen) {
    SentenceMention m;
    m.begin = begin;
    m.end = end;
    m.actor = recent[r].first;
    m.resolution = kResolvedCoreference;
    m.hyphen_pair = true;
    mentions.push_back(std::move(m));
  }
}

// Where a plural without a number that stands for the parties starts, when tokens[pos] ends
// one: "le parti", "alle parti", "tutte le parti" (not "le parti sociali"), or "entrambi"
// used alone ("esortando entrambi a evitare"). std::nullopt otherwise.
std::optional<std::size_t> BareGroupAt(std::span<const Token> tokens, std::size_t pos) {
  const std::string_view w = tokens[pos].lower;
  auto next_is_word = [&] {
    return pos + 1 < tokens.size() && tokens[pos + 1].kind == TokenKind::kWord;
  };
  if (w == "entrambi" || w == "entrambe") {
    if (!next_is_word()) return pos;
    const std::string_view next = tokens[pos + 1].lower;
    if (IsArticle(next)) return std::nullopt;  // "entrambi i Paesi"
    if (BasePreposition(next) == "a" || next == "di" || next == "hanno" || next == "sono") {
      return pos;
    }
    return std::nullopt;
  }
  // "I due hanno poi firmato", "i due si sono stretti la mano": the two just named.
  if ((w == "due") && pos > 0 && (tokens[pos - 1].lower == "i" || tokens[pos - 1].lower == "le") &&
      next_is_word()) {
    static const WordSet kVerbStarts = {"hanno", "avevano", "avranno", "sono", "erano", "si",
                                        "non", "poi", "ieri", "oggi", "hanno"};
    if (kVerbStarts.count(tokens[pos + 1].lower)) return pos - 1;
    return std::nullopt;
  }
  if (w != "parti" || pos == 0) return std::nullopt;
  const std::string_view before = tokens[pos - 1].lower;
  if (before != "le" && before != "alle" && before != "delle" && before != "dalle") {
    return std::nullopt;
  }
  // "le parti in causa", "alle parti di fermarsi"; not "le parti sociali", "le parti del
  // corpo"
  if (next_is_word()) {
    const std::string_view next = tokens[pos + 1].lower;
    if ((BasePreposition(next) == "di" && next != "di") ||
        (!tokens[pos + 1].capitalized && next.size() > 4 &&
                                          BasePreposition(next).empty() && !IsArticle(next) &&
                                          !AuxiliaryForms(next) && next != "affinché")) {
      return std::nullopt;
    }
  }
  if (pos >= 2 && before == "le" && tokens[pos - 2].lower == "tutte") return pos - 2;
  return pos - (before == "le" ? 1 : 0);
}

}  // namespace

ActorRecognizer::ActorRecognizer(const Schema& schema, const Gazetteer& gazetteer)
    : schema_(schema), gazetteer_(gazetteer), people_(schema) {}

const ActorRef& ActorRecognizer::RefOf(std::uint32_t actor_index) const {
  return schema_.actors()[actor_index].ref;
}

const ActorEntry* ActorRecognizer::Holder(std::string_view office, const ActorEntry& of,
                                          std::string_view date, bool former) const {
  std::vector<std::string_view> offices;
  // Generic titles ("capo", "leader", "numero uno") mean whoever heads the actor.
  if (office == "head" || office == "leader" || office == "chairman" || office == "director") {
    if (!of.leader_office.empty()) offices.push_back(of.leader_office);
    offices.insert(offices.end(), std::begin(kHeadOffices), std::end(kHeadOffices));
  } else {
    offices.push_back(office);
  }
  for (std::string_view o : offices) {
    const std::span<const std::uint32_t> holders = people_.HoldersOf(o, of.ref.id);
    if (holders.empty()) continue;
    const ActorEntry* best = nullptr;
    std::string best_to;
    for (std::uint32_t i : holders) {
      const ActorEntry& person = schema_.actors()[i];
      for (const OfficeTerm& t : person.offices) {
        if (t.office != o || t.of != of.ref.id) continue;
        if (!former && !date.empty() && t.Covers(date)) return &person;
        // An undated document speaks of the present: the current holder.
        if (!former && date.empty() && t.to.empty()) return &person;
        // "l'ex presidente": the latest term that ended before the date.
        if (former && !t.to.empty() && (date.empty() || CompareDatePrefix(t.to, date) <= 0) &&
            (best == nullptr || t.to > best_to)) {
          best = &person;
          best_to = t.to;
        }
      }
    }
    if (best) return best;
  }
  return nullptr;
}

std::optional<std::uint32_t> ActorRecognizer::ActorAfterPreposition(Cursor& c, std::size_t pos,
                                                                     std::size_t* end,
                                                                     std::size_t* begin) const {
  // "del Kazakistan", "della Nato", "dei servizi di sicurezza kazaki", "della missione CSTO":
  // up to two common words may stand between the preposition and the actor.
  if (pos >= c.tokens.size() || BasePreposition(c.tokens[pos].lower) != "di") return std::nullopt;
  // "al governo di convocare l'ambasciatore cinese": an infinitive, no complement.
  if (c.tokens[pos].lower == "di" && pos + 1 < c.tokens.size() &&
      OpensInfinitive(c.tokens[pos + 1])) {
    return std::nullopt;
  }
  for (std::size_t k = pos + 1; k < c.tokens.size() && k <= pos + 4; ++k) {
    if (c.tokens[k].kind == TokenKind::kPunct) return std::nullopt;
    // Another preposition starts another complement: "del contingente dell'organizzazione dal
    // Kazakistan" is not "del Kazakistan".
    if (k > pos + 1) {
      std::string_view prep = BasePreposition(c.tokens[k].lower);
      if (!prep.empty() && prep != "di") return std::nullopt;
    }
    // "del blocco", "dell'organizzazione", "del movimento": the one last named.
    if (k == pos + 1 || (k == pos + 2 && IsArticle(c.tokens[pos + 1].lower))) {
      const ActorRef* antecedent = CorefOrganization(c, k);
      if (const ActorEntry* e = antecedent ? schema_.FindActor(antecedent->id) : nullptr) {
        *end = k + 1;
        if (begin) *begin = k;
        return static_cast<std::uint32_t>(e - schema_.actors().data());
      }
    }
    if (auto m = gazetteer_.LongestMatchAt(c.tokens, k, c.text)) {
      for (const NameSense& s : m->senses) {
        if (s.kind == NameKind::kActor || s.kind == NameKind::kSeat ||
            s.kind == NameKind::kCapital) {
          if (schema_.actors()[s.index].ref.type == "PERSON") continue;
          *end = m->end;
          if (begin) *begin = k;
          return s.kind == NameKind::kActor && &s == &m->senses.front() ? ActorOfSharedName(c, *m)
                                                                        : s.index;
        }
        // "del ministero degli Esteri russo": an agent and its country.
        if (s.kind == NameKind::kAgent) {
          if (m->end < c.tokens.size()) {
            if (auto d = gazetteer_.LongestMatchAt(c.tokens, m->end, c.text);
                d && d->senses.front().kind == NameKind::kDemonym) {
              *end = d->end;
              if (begin) *begin = k;
              return d->senses.front().index;
            }
            // "del regime di Niamey", "del governo di Mosca"
            std::size_t owner_end = 0;
            if (auto owner = ActorAfterPreposition(c, m->end, &owner_end);
                owner && schema_.actors()[*owner].ref.type == "COUNTRY") {
              *end = owner_end;
              if (begin) *begin = k;
              return owner;
            }
          }
          // "il portavoce del ministero degli Esteri, Nasser Kanaani" in an article about
          // Iran: the state body of the article's country.
          // Only the head noun of the complement: "della compagnia militare" is no army.
          const AgentEntry& agent = schema_.agents()[s.index];
          const bool head = k == pos + 1 || (k == pos + 2 && IsArticle(c.tokens[pos + 1].lower));
          if (head && IsStateSector(agent.sector) && !IsVagueAgentWord(c.tokens[k].lower) &&
              !HasOwnerAfter(c.tokens, m->end)) {
            ActorRef home = HomeCountry(c.memory, c.out.mentions, agent.sector);
            if (const ActorEntry* e = home.empty() ? nullptr : schema_.FindActor(home.id)) {
              *end = m->end;
              if (begin) *begin = k;
              return static_cast<std::uint32_t>(e - schema_.actors().data());
            }
          }
        }
      }
      return std::nullopt;
    }
  }
  return std::nullopt;
}

bool ActorRecognizer::MatchAgent(Cursor& c, std::size_t pos, const NameMatch& match) const {
  const AgentEntry* agent = nullptr;
  for (const NameSense& s : match.senses) {
    if (s.kind == NameKind::kAgent) {
      agent = &schema_.agents()[s.index];
      break;
    }
  }
  if (!agent) return false;
  // "la commissione Esteri della Camera", "la commissione Difesa": a parliament's committee
  // named after a portfolio, not the ministry.
  if (pos > 0 &&
      (c.tokens[pos - 1].lower == "commissione" || c.tokens[pos - 1].lower == "commissioni")) {
    return false;
  }
  // "l'attivista Maria Kolesnikova", "il dissidente Ilya Yashin": a person's role before a
  // name, not the collective actor.
  if (match.end < c.tokens.size() && IsNameWord(c.tokens[match.end]) &&
      IsPersonTitleWord(c.tokens[pos].lower) &&
      (NameEnd(c.tokens, match.end, 4) >= match.end + 2 ||
       !gazetteer_.LongestMatchAt(c.tokens, match.end, c.text))) {
    return false;
  }
  std::size_t end = match.end;
  std::optional<std::uint32_t> country;
  // "il governo kazako", "le forze armate russe", "i militari kazaki", "il governo di
  // transizione maliano"
  const std::size_t after_qualifiers = SkipOfficeQualifiers(c.tokens, end);
  for (std::size_t k = after_qualifiers;
       k < c.tokens.size() && k <= after_qualifiers + 1 && !country; ++k) {
    if (auto m = gazetteer_.LongestMatchAt(c.tokens, k, c.text)) {
      for (const NameSense& s : m->senses) {
        if (s.kind == NameKind::kDemonym) {
          country = s.index;
          end = m->end;
          break;
        }
      }
      break;
    }
  }
  // "il governo di Mosca", "le truppe della CSTO"
  if (!country) {
    std::size_t after = 0, begin = 0;
    if (auto a = ActorAfterPreposition(c, end, &after, &begin); a && begin <= end + 3) {
      country = a;
      end = after;
    }
  }
  const bool by_demonym = country.has_value();
  // "l'Alta commissaria dell'Onu per i diritti umani": an office of the organisation, not the
  // envoy of a state ("l'alto commissario canadese").
  if (agent->sector == "embassy" && IsHighWord(c.tokens[pos].lower) &&
      (!country || schema_.actors()[*country].ref.type != "COUNTRY")) {
    return false;
  }
  if (country && schema_.actors()[*country].ref.type == "COUNTRY") {
    c.memory.country_by_sector[agent->sector] = RefOf(*country);
  }
  SentenceMention m;
  m.begin = pos;
  m.end = end;
  // "i jihadisti di al-Shabaab", "la missione di osservazione dell'Osce", "gli indipendentisti
  // del Flnks": members or envoys of a body named after them are that body.
  const bool members_of_group =
      agent->of_body && country && schema_.actors()[*country].ref.type != "COUNTRY";
  if (country && !agent->alone.empty() && !IsStateSector(agent->sector) && !members_of_group) {
    // "i manifestanti kazaki", "l'opposizione georgiana": people of a country who act apart
    // from (often against) its state; the collective actor, held in that country.
    m.actor = schema_.FindActor(agent->alone)->ref;
    const ActorRef& of = schema_.actors()[*country].ref;
    m.actor.country = of.type == "COUNTRY" ? of.id : of.country;
    m.resolution = kResolvedDescriptor;
  } else if (country) {
    m.actor = RefOf(*country);
    m.actor.sector = agent->sector;
    m.resolution = kResolvedDescriptor;
  } else if (ActorRef owner = IsStateSector(agent->sector) && pos > 0 &&
                                      IsThirdPersonPossessive(c.tokens[pos - 1].lower)
                                  ? PossessorCountry(c)
                                  : ActorRef();
             !owner.empty()) {
    // "Il Tagikistan ha protestato: il suo ministero degli Esteri ha chiesto ...": the
    // country of the actor the possessive refers to.
    m.actor = owner;
    m.actor.sector = agent->sector;
    m.resolution = kResolvedCoreference;
  } else if (ActorRef ruled = IsStateSector(agent->sector) ? CountryOfRulerAt(c, end) : ActorRef();
             !ruled.empty()) {
    // "il regime di Aleksandr Lukashenko", "il governo di Viktor Orbán", "l'amministrazione
    // Biden": the state of the known leader named after it.
    m.actor = std::move(ruled);
    m.actor.sector = agent->sector;
    m.resolution = kResolvedDescriptor;
  } else if (!agent->alone.empty()) {
    const ActorEntry* alone = schema_.FindActor(agent->alone);
    m.actor = alone->ref;
    m.resolution = kResolvedDictionary;
  } else if (ActorRef commander = IsStateSector(agent->sector) && IsOrderedAt(c.tokens, pos)
                                      ? CommanderCountry(c, pos)
                                      : ActorRef();
             !commander.empty()) {
    // "Tokayev ha ordinato ai militari di sparare": the forces of the person who orders.
    m.actor = std::move(commander);
    m.actor.sector = agent->sector;
    m.resolution = kResolvedCoreference;
  } else if (ActorRef home = HomeCountry(c.memory, c.out.mentions, agent->sector);
             !home.empty() && IsStateSector(agent->sector) && pos > 0 &&
             IsDefiniteDeterminer(DeterminerBefore(c.tokens, pos)) &&
             (match.end > pos + 1 || !IsVagueAgentWord(c.tokens[pos].lower)) &&
             !HasOwnerAfter(c.tokens, end)) {
    // "i militari hanno arrestato ...", "ha chiesto al governo di ...": the article's country.
    m.actor = home;
    m.actor.sector = agent->sector;
    m.resolution = kResolvedCoreference;
  } else {
    return false;
  }
  const ActorRef first = m.actor;
  c.Add(std::move(m));
  // "le delegazioni turca e ucraina", "i governi russo e cinese": further demonyms coordinated
  // after the first name further countries with the same agents.
  for (std::size_t k = end; by_demonym && k + 1 < c.tokens.size();) {
    const std::string_view w = c.tokens[k].lower;
    if (w != "e" && w != "ed" && w != ",") break;
    auto d = gazetteer_.LongestMatchAt(c.tokens, k + 1, c.text);
    if (!d || d->senses.front().kind != NameKind::kDemonym) break;
    const ActorEntry& other = schema_.actors()[d->senses.front().index];
    SentenceMention more;
    more.begin = k + 1;
    more.end = d->end;
    more.actor = other.ref;
    if (!agent->alone.empty() && !IsStateSector(agent->sector)) {
      // a collective actor held in another country: "i manifestanti serbi e kosovari"
      more.actor = first;
      more.actor.country = other.ref.type == "COUNTRY" ? other.ref.id : other.ref.country;
    } else {
      more.actor.sector = agent->sector;
    }
    more.resolution = kResolvedDescriptor;
    c.Add(std::move(more));
    end = d->end;
    k = end;
  }
  if (by_demonym) {
    // "l'ambasciatore messicano Pablo Monroy": an envoy named after the agent word, or after
    // a comma ("l'ambasciatore della Francia, Marc Girard").
    // "l'alto commissario indiano Munu Mahawar": a Commonwealth envoy is an envoy too.
    const TokenText& word = c.tokens[pos].lower;
    const bool envoy = agent->sector == "embassy" && word != "ambasciata" && word != "ambasciate" &&
                       !word.starts_with("consolat") && word != "rappresentanza";
    std::size_t name_at = end;
    // "il console marocchino a Orano, Ahmed Hrizi", "il rappresentante permanente all'Onu,
    // Omar Hilale": the post's seat before the comma.
    if (envoy && name_at + 2 < c.tokens.size()) {
      const std::string_view prep = BasePreposition(c.tokens[name_at].lower);
      if ((prep == "a" || prep == "in" || prep == "presso") && c.tokens[name_at + 1].capitalized) {
        std::size_t k = name_at + 1;
        while (k < c.tokens.size() && k < name_at + 5 && c.tokens[k].capitalized) ++k;
        if (k + 1 < c.tokens.size() && c.tokens[k].lower == ",") name_at = k;
      }
    }
    if (envoy && name_at + 1 < c.tokens.size() && c.tokens[name_at].lower == "," &&
        IsNameWord(c.tokens[name_at + 1])) {
      ++name_at;
    }
    auto person = MatchNameAfterDescription(c, name_at);
    if (person && envoy) {
      c.out.structural.push_back({"OFFICIAL_OF", *person, RefOf(*country),
                                  IsHighWord(word) ? "high_commissioner" : "ambassador",
                                  "title-name", word});
    }
  }
  return true;
}

// Nouns that stand before a party's name: "il partito Russia Unita", "la coalizione Azimio".
bool IsPartyNoun(std::string_view lower) {
  static const WordSet kWords = {"partito", "movimento", "lista", "coalizione", "fronte",
                                 "blocco", "alleanza", "formazione"};
  return kWords.count(lower) > 0;
}

void MatchPartyOfPerson(std::span<const Token> tokens, SentenceActors& out) {
  // "il FijiFirst di Bainimarama", "il partito del presidente, Nuevas Ideas": a party named as
  // a person's is one the person belongs to (often leads).
  for (std::size_t q = 0; q + 1 < out.mentions.size(); ++q) {
    const SentenceMention& org = out.mentions[q];
    if (org.actor.type != "ORGANIZATION" || org.adjective || org.is_location) continue;
    std::size_t k = org.end;
    if (k >= tokens.size() || BasePreposition(tokens[k].lower) != "di") continue;
    ++k;
    if (k < tokens.size() && IsArticle(tokens[k].lower)) ++k;
    const SentenceMention& person = out.mentions[q + 1];
    if (person.begin != k || person.actor.type != "PERSON") continue;
    // "il partito del presidente, Nuevas Ideas": the party named in apposition, when the first
    // word only pointed back to a party.
    ActorRef party = org.actor;
    if (org.resolution == kResolvedCoreference) {
      if (q + 2 >= out.mentions.size() || person.end >= tokens.size() ||
          tokens[person.end].lower != "," || out.mentions[q + 2].begin != person.end + 1 ||
          out.mentions[q + 2].actor.type != "ORGANIZATION") {
        continue;
      }
      party = out.mentions[q + 2].actor;
    }
    party.sector.clear();
    const bool known = std::any_of(out.structural.begin(), out.structural.end(),
                                   [&](const StructuralRelation& st) {
                                     return st.source == q + 1 && st.target.id == party.id;
                                   });
    if (!known) {
      out.structural.push_back({"MEMBER_OF", q + 1, party, "", "party-of-person", "di"});
    }
  }
  // "il partito del presidente, Nuevas Ideas", "la coalizione di Odinga, Azimio la Umoja"
  for (std::size_t p = 0; p + 1 < out.mentions.size(); ++p) {
    const SentenceMention& person = out.mentions[p];
    const SentenceMention& party = out.mentions[p + 1];
    if (person.actor.type != "PERSON" || party.actor.type != "ORGANIZATION" ||
        person.end >= tokens.size() || tokens[person.end].lower != "," ||
        party.begin != person.end + 1 || person.begin < 2) {
      continue;
    }
    std::size_t k = person.begin;
    if (IsArticle(tokens[k - 1].lower)) --k;
    if (k < 2 || BasePreposition(tokens[k - 1].lower) != "di" ||
        !IsPartyNoun(tokens[k - 2].lower)) {
      continue;
    }
    ActorRef target = party.actor;
    target.sector.clear();
    out.structural.push_back({"MEMBER_OF", p, target, "", "party-of-person",
                              std::string(tokens[k - 2].lower)});
  }
}

// Nouns for a party's members and candidates before the party: "il deputato del Partito
// liberale X", "un dirigente del Chadema, X", "il candidato della coalizione Y, X".
bool IsPartyMemberNoun(std::string_view lower) {
  static const WordSet kWords = {"candidato", "candidata",   "esponente",  "dirigente", "militante",
                                 "membro",    "deputato",    "deputata",   "senatore",  "senatrice",
                                 "attivista", "consigliere", "consigliera"};
  return kWords.count(lower) > 0;
}

void MatchPartyBeforePerson(std::span<const Token> tokens, SentenceActors& out) {
  // "il deputato del Partito liberale Otávio Brandão Sales", "un dirigente del Chadema, Ali
  // Mohamed Kibao", "il candidato della coalizione Azimio la Umoja, Raila Odinga": a member of
  // a party named before the person, with or without a comma.
  for (std::size_t p = 1; p < out.mentions.size(); ++p) {
    const SentenceMention& person = out.mentions[p];
    if (person.actor.type != "PERSON" || person.adjective) continue;
    const SentenceMention& party = out.mentions[p - 1];
    if ((party.actor.type != "ORGANIZATION" && party.actor.type != "GROUP") || party.adjective ||
        party.is_location || !party.actor.sector.empty()) {
      continue;
    }
    // Between the party and the person: at most the rest of a long name ("la Umoja") and a
    // comma.
    std::size_t k = person.begin;
    if (k > party.end && tokens[k - 1].lower == ",") --k;
    bool rest_of_name = k >= party.end && k <= party.end + 2;
    for (std::size_t w = party.end; w < k && rest_of_name; ++w) {
      rest_of_name = tokens[w].capitalized || IsArticle(tokens[w].lower);
    }
    if (!rest_of_name) continue;
    std::size_t b = party.begin;
    if (b > 0 && IsPartyNoun(tokens[b - 1].lower)) --b;
    if (b > 0 && IsArticle(tokens[b - 1].lower)) --b;
    if (b < 2 || BasePreposition(tokens[b - 1].lower) != "di" ||
        !IsPartyMemberNoun(tokens[b - 2].lower)) {
      continue;
    }
    const bool known = std::any_of(out.structural.begin(), out.structural.end(),
                                   [&](const StructuralRelation& st) {
                                     return st.source == p && st.target.id == party.actor.id;
                                   });
    if (known) continue;
    out.structural.push_back(
        {"MEMBER_OF", p, party.actor, "", "party-before-person", std::string(tokens[b - 2].lower)});
  }
}

void MatchLeaderOfOpposition(std::span<const Token> tokens, SentenceActors& out) {
  // "Il leader dell'opposizione, Matthew Wale", "il capo dell'opposizione Michal Šimečka": the
  // person leads the opposition (an agent phrase of its own, "leader dell'opposizione").
  for (std::size_t p = 1; p < out.mentions.size(); ++p) {
    const SentenceMention& person = out.mentions[p];
    const SentenceMention& group = out.mentions[p - 1];
    if (person.actor.type != "PERSON" || group.actor.id != "opposition" ||
        (tokens[group.begin].lower != "leader" && tokens[group.begin].lower != "capo")) {
      continue;
    }
    std::size_t k = person.begin;
    if (k > group.end && tokens[k - 1].lower == ",") --k;
    if (k != group.end) continue;
    const bool known = std::any_of(out.structural.begin(), out.structural.end(),
                                   [&](const StructuralRelation& st) { return st.source == p; });
    if (known) continue;
    ActorRef target = group.actor;
    target.sector.clear();
    out.structural.push_back({"OFFICIAL_OF", p, target, "leader", "leader-of-opposition",
                              std::string(tokens[group.begin].lower)});
  }
}

void MatchPartyInApposition(std::span<const Token> tokens, SentenceActors& out) {
  // "Lakhdar Ouennoughi, del Movimento della società per la pace (Msp), ...", "Oleg Simakin,
  // deputato della Duma regionale per il partito Russia Unita, ...", "X, eletta con il Pt,":
  // a party named in a person's apposition, as their own, is one they belong to.
  for (std::size_t p = 0; p + 1 < out.mentions.size(); ++p) {
    const SentenceMention& person = out.mentions[p];
    if (person.actor.type != "PERSON" || person.end >= tokens.size() ||
        tokens[person.end].lower != ",") {
      continue;
    }
    for (std::size_t q = p + 1; q < out.mentions.size(); ++q) {
      const SentenceMention& party = out.mentions[q];
      if (party.begin > person.end + 16) break;
      bool inside = true;  // no verb, no clause boundary between
      for (std::size_t k = person.end + 1; k < party.begin && inside; ++k) {
        inside = !IsStrongPunctuation(tokens[k].lower) && tokens[k].lower != "che" &&
                 AuxiliaryForms(tokens[k].lower) == nullptr;
      }
      if (!inside) break;
      if (party.actor.type != "ORGANIZATION" || party.adjective || party.is_location) continue;
      // What stands right before the party: "del", "per il partito", "con il", "nelle file
      // del"; "del" only right after the comma ("X, del Pt,"), not inside a complement.
      std::size_t k = party.begin;
      if (k > 0 && IsPartyNoun(tokens[k - 1].lower)) --k;
      if (k > 0 && IsArticle(tokens[k - 1].lower)) --k;
      if (k == 0) continue;
      const std::string_view before = tokens[k - 1].lower;
      const std::string_view prep = BasePreposition(before);
      const bool own =
          (prep == "di" && k - 1 == person.end + 1) || before == "per" || before == "con" ||
          (prep == "di" && k >= 2 && tokens[k - 2].lower == "file") ||
          (prep == "di" && k >= 2 && (tokens[k - 2].lower == "candidato" ||
                                      tokens[k - 2].lower == "candidata" ||
                                      tokens[k - 2].lower == "esponente" ||
                                      tokens[k - 2].lower == "punta" ||
                                      tokens[k - 2].lower == "dirigente" ||
                                      tokens[k - 2].lower == "militante" ||
                                      tokens[k - 2].lower == "membro" ||
                                      tokens[k - 2].lower == "deputato" ||
                                      tokens[k - 2].lower == "deputata"));
      if (!own) continue;
      const bool known = std::any_of(out.structural.begin(), out.structural.end(),
                                     [&](const StructuralRelation& st) {
                                       return st.source == p && st.target.id == party.actor.id;
                                     });
      if (known) break;
      ActorRef target = party.actor;
      target.sector.clear();
      out.structural.push_back(
          {"MEMBER_OF", p, target, "", "party-apposition", std::string(tokens[k - 1].lower)});
      break;
    }
  }
}

bool ActorRecognizer::NamesActorAt(std::span<const Token> tokens, std::size_t pos,
                                   std::string_view text) const {
  const auto m = gazetteer_.LongestMatchAt(tokens, pos, text);
  if (!m) return false;
  const NameKind kind = m->senses.front().kind;
  return kind == NameKind::kActor || kind == NameKind::kSurname || kind == NameKind::kCapital;
}

bool ActorRecognizer::IsFirstNameOfNewPerson(std::span<const Token> tokens, std::size_t pos,
                                              const NameMatch& match,
                                              std::string_view text) const {
  // "Abbas Kamel": one word the dictionary knows as a person's name or surname, followed by a
  // name it does not know, is someone else's first name.
  const NameSense& sense = match.senses.front();
  const bool person_word =
      sense.kind == NameKind::kSurname ||
      (sense.kind == NameKind::kActor && match.end == pos + 1 &&
       schema_.actors()[sense.index].ref.type == "PERSON");
  if (!person_word || match.end >= tokens.size() || !IsNameWord(tokens[match.end])) return false;
  if (!gazetteer_.LongestMatchAt(tokens, match.end, text)) return true;
  // "Hamad Rashid al-Kuwari": first names and patronymics that are words of known people's
  // names, before a surname the dictionary does not know.
  const std::size_t end = NameEnd(tokens, pos, 4);
  if (end < pos + 3 || (end < tokens.size() && IsNameWord(tokens[end])) ||
      gazetteer_.LongestMatchAt(tokens, end - 1, text)) {
    return false;
  }
  for (std::size_t w = match.end; w + 1 < end; ++w) {
    if (!IsSingleWordOfPersonName(tokens, w, text)) return false;
  }
  return true;
}

std::uint32_t ActorRecognizer::ActorOfSharedName(const Cursor& c, const NameMatch& match) const {
  // "il Pas", "il Partito democratico": a name several parties of different countries share
  // is the one of the country the document names most, counting this sentence too; the
  // first listed when none of their countries is named.
  std::uint32_t best = match.senses.front().index;
  if (match.senses.size() < 2 || match.senses[1].kind != NameKind::kActor) return best;
  int best_count = 0;
  for (const NameSense& s : match.senses) {
    if (s.kind != NameKind::kActor) break;
    const std::string& country = schema_.actors()[s.index].ref.country;
    if (country.empty()) continue;
    int count = 0;
    if (auto it = c.memory.country_mentions.find(country); it != c.memory.country_mentions.end()) {
      count = it->second.second;
    }
    for (const SentenceMention& m : c.out.mentions) {
      count += m.actor.type == "COUNTRY" && m.actor.id == country;
    }
    if (count > best_count) {
      best = s.index;
      best_count = count;
    }
  }
  return best;
}

bool ActorRecognizer::IsSingleWordOfPersonName(std::span<const Token> tokens, std::size_t pos,
                                               std::string_view text) const {
  auto match = gazetteer_.LongestMatchAt(tokens, pos, text);
  if (!match) return IsNameParticle(tokens[pos]) || IsNameWord(tokens[pos]);
  const NameSense& sense = match->senses.front();
  return match->end == pos + 1 &&
         (sense.kind == NameKind::kSurname ||
          (sense.kind == NameKind::kActor && schema_.actors()[sense.index].ref.type == "PERSON"));
}

const ActorRef* ActorRecognizer::CorefOrganization(Cursor& c, std::size_t pos) const {
  // "l'organizzazione", "l'Alleanza", "il blocco": the organisation last named; "il
  // movimento", "il gruppo", "la milizia": the group last named. Not when a name follows
  // ("il movimento Vetëvendosje") or the words are a known name ("Unione africana").
  const auto& tokens = c.tokens;
  std::string_view w = tokens[pos].lower;
  const bool org_noun = w == "organizzazione" || w == "alleanza" || w == "blocco" || w == "unione";
  const bool group_noun = w == "movimento" || w == "gruppo" || w == "milizia" || w == "partito" ||
                          w == "formazione";
  if (!org_noun && !(group_noun && !c.memory.last_group.empty())) return nullptr;
  const ActorRef* group = &c.memory.last_group;
  if (group_noun && (w == "partito" || w == "movimento")) {
    // "il partito" is the last party named, not the last company or outlet: an organisation
    // one of whose names says it is a party or a movement, else the last armed or political
    // group.
    group = nullptr;
    for (auto it = c.memory.recent_organizations.rbegin();
         it != c.memory.recent_organizations.rend() && group == nullptr; ++it) {
      const ActorEntry* entry = schema_.FindActor(it->id);
      const bool partisan =
          entry ? std::any_of(entry->names.begin(), entry->names.end(),
                              [](const std::string& name) {
                                const std::string folded = FoldForMatching(name);
                                return folded.find("partit") != std::string::npos ||
                                       folded.find("party") != std::string::npos ||
                                       folded.find("moviment") != std::string::npos ||
                                       folded.find("movement") != std::string::npos;
                              })
                : it->label.str().find("artit") != std::string::npos ||
                      it->label.str().find("ovimento") != std::string::npos;
      if (partisan) group = &*it;
    }
    if (group == nullptr && c.memory.last_group.type == "GROUP") group = &c.memory.last_group;
    if (group == nullptr) return nullptr;
  }
  const ActorRef& antecedent = group_noun ? *group : c.memory.OrganizationFor(w, schema_);
  if (antecedent.empty() || gazetteer_.LongestMatchAt(tokens, pos, c.text)) return nullptr;
  if (pos + 1 < tokens.size() &&
      (IsNameWord(tokens[pos + 1]) || tokens[pos + 1].kind == TokenKind::kNumber ||
       tokens[pos + 1].lower == "di" || gazetteer_.LongestMatchAt(tokens, pos + 1, c.text))) {
    return nullptr;
  }
  // "il Partito repubblicano", "l'Alleanza per il progresso": a capitalised noun mid-sentence
  // followed by an adjective or a complement is a name the dictionary does not know.
  if (tokens[pos].capitalized && pos > 1 && pos + 1 < tokens.size()) {
    const Token& next = tokens[pos + 1];
    if (next.kind == TokenKind::kWord && AuxiliaryForms(next.lower) == nullptr &&
        next.lower != "e" && next.lower != "che" && next.lower != "ha" &&
        next.lower != "non" && BasePreposition(next.lower) != "a" &&
        BasePreposition(next.lower) != "in" && BasePreposition(next.lower) != "da" &&
        BasePreposition(next.lower) != "con" && !next.lower.ends_with("mente")) {
      return nullptr;
    }
  }
  return &antecedent;
}

bool ActorRecognizer::StartsCountryList(std::span<const Token> tokens, std::size_t pos,
                                         std::string_view text) const {
  auto m = gazetteer_.LongestMatchAt(tokens, pos, text);
  return m && (m->senses.front().kind == NameKind::kActor ||
               m->senses.front().kind == NameKind::kCapital) &&
         schema_.actors()[m->senses.front().index].ref.type == "COUNTRY";
}

bool ActorRecognizer::MatchTitle(Cursor& c, std::size_t pos, const NameMatch& match) const {
  const OfficeEntry* office = nullptr;
  for (const NameSense& s : match.senses) {
    if (s.kind == NameKind::kTitle) {
      office = &schema_.offices()[s.index];
      break;
    }
  }
  if (!office) return false;
  const auto& tokens = c.tokens;
  std::size_t title_end = match.end;
  // "il presidente del Consiglio europeo": the one-word title "presidente" followed by an actor
  // covers more than the title "presidente del Consiglio" (the Italian prime minister).
  if (match.end > pos + 1) {
    std::size_t after = 0;
    if (ActorAfterPreposition(c, pos + 1, &after) && after > match.end) {
      // (Not the bare "ministro" of "il ministro degli Esteri iraniano": the portfolio is the
      // office.)
      for (const NameSense& s : gazetteer_.LookupWord(tokens[pos], c.text)) {
        if (s.kind == NameKind::kTitle && !IsGovernmentPost(schema_.offices()[s.index].office)) {
          office = &schema_.offices()[s.index];
          title_end = pos + 1;
          break;
        }
      }
    }
  }
  std::string office_code = office->office;
  // "l'ex presidente", "l'allora presidente", "il presidente uscente"
  bool former = pos > 0 && (tokens[pos - 1].lower == "ex" || tokens[pos - 1].lower == "former");
  bool then = pos > 0 && tokens[pos - 1].lower == "allora";
  const std::size_t nested_before = c.out.nested.size();
  std::size_t j = title_end;
  // "il presidente di turno", "il presidente di transizione", "il presidente deposto"
  auto skip_qualifier = [&](std::size_t at) { return SkipOfficeQualifiers(tokens, at); };
  j = skip_qualifier(j);
  // "il portavoce militare del movimento": one adjective before the complement, or before
  // the name ("il loro portavoce militare, il generale Yahya Saree").
  if (j + 1 < tokens.size() && tokens[j].kind == TokenKind::kWord && !tokens[j].capitalized &&
      BasePreposition(tokens[j].lower).empty() && !IsArticle(tokens[j].lower) &&
      (BasePreposition(tokens[j + 1].lower) == "di" ||
       (tokens[j + 1].lower == "," && LooksLikeAdjective(tokens[j].lower)))) {
    // ("militare" is also an agent's name: here it is the adjective.)
    auto known = gazetteer_.LongestMatchAt(tokens, j, c.text);
    if (!known || (known->end == j + 1 && known->senses.front().kind == NameKind::kAgent &&
                   LooksLikeAdjective(tokens[j].lower))) {
      ++j;
    }
  }
  // "il deputato democratico Joaquin Castro", "il leader conservatore Pierre Poilievre": a
  // party's adjective between the title and a full name.
  if (j + 2 < tokens.size() && tokens[j].kind == TokenKind::kWord && !tokens[j].capitalized &&
      (LooksLikeAdjective(tokens[j].lower) || tokens[j].lower.ends_with("atore") ||
       tokens[j].lower.ends_with("atrice")) &&
      IsNameWord(tokens[j + 1]) && NameEnd(tokens, j + 1, 4) >= j + 3 &&
      !gazetteer_.LongestMatchAt(tokens, j, c.text)) {
    ++j;
  }
  const ActorEntry* of = nullptr;
  bool of_is_seat = false;
  if (office_code == "counterpart" && !c.memory.last_person_office.empty()) {
    office_code = c.memory.last_person_office;  // "il suo omologo kazako"
  }
  // "tra Vladimir Putin e il suo omologo kazako": the counterpart of the person just named,
  // in the office the dictionary says they held at the document's date.
  if (office->office == "counterpart" && !c.out.mentions.empty() &&
      c.out.mentions.back().actor.type == "PERSON" && c.out.mentions.back().end + 4 >= pos) {
    if (const ActorEntry* p = schema_.FindActor(c.out.mentions.back().actor.id)) {
      for (const OfficeTerm& t : p->offices) {
        if (t.Covers(c.memory.date)) {
          office_code = t.office;
          break;
        }
      }
    }
  }
  // "presidente kazako" / "presidente del Kazakistan" / "capo del Cremlino"
  if (j < tokens.size()) {
    if (auto m = gazetteer_.LongestMatchAt(tokens, j, c.text)) {
      const NameSense& sense = m->senses.front();
      if (sense.kind == NameKind::kDemonym) {
        of = &schema_.actors()[sense.index];
        c.out.nested.push_back(DemonymInTitle(j, m->end, of->ref));
        j = m->end;
        // "la ministra francese delle Forze armate, Florence Parly": the portfolio after the
        // demonym.
        if (j + 1 < tokens.size() && BasePreposition(tokens[j].lower) == "di" &&
            tokens[j + 1].capitalized && !NamesActorAt(tokens, j + 1, c.text)) {
          j = ComplementEnd(tokens, j);
          while (j < tokens.size() && tokens[j].capitalized && tokens[j].kind == TokenKind::kWord &&
                 j + 1 < tokens.size() && tokens[j + 1].lower == ",") {
            ++j;  // "delle Forze Armate,"
          }
        }
      } else if (sense.kind == NameKind::kActor && tokens[j].capitalized &&
                 schema_.actors()[sense.index].ref.type == "IGO") {
        // "l'alto rappresentante Ue", "il segretario generale Onu": an international body
        // named right after the title, as an adjective.
        of = &schema_.actors()[sense.index];
        SentenceMention nested;
        nested.begin = j;
        nested.end = m->end;
        nested.actor = of->ref;
        nested.resolution = kResolvedDictionary;
        c.out.nested.push_back(std::move(nested));
        c.memory.NoteOrganization(of->ref);
        j = m->end;
      }
    }
  }
  if (!of) {
    std::size_t after = 0, begin = 0;
    if (auto a = ActorAfterPreposition(c, j, &after, &begin)) {
      of = &schema_.actors()[*a];
      of_is_seat = true;
      SentenceMention nested;
      nested.begin = begin;
      nested.end = after;
      nested.actor = of->ref;
      nested.resolution = kResolvedDictionary;
      c.out.nested.push_back(std::move(nested));
      // "il segretario generale della CSTO ... l'organizzazione": the CSTO.
      if (of->ref.type == "IGO" || of->ref.type == "ORGANIZATION") {
        c.memory.NoteOrganization(of->ref);
      }
      j = after;
    }
  }
  // "il portavoce del presidente Vladimir Putin, Dmitrij Peskov", "il consigliere di Trump":
  // an office at the service of a known person is one of that person's country; the person is
  // named inside the title.
  if (!of && j + 1 < tokens.size() && BasePreposition(tokens[j].lower) == "di") {
    std::size_t k = j + 1;
    if (k < tokens.size() && IsArticle(tokens[k].lower)) ++k;
    if (k < tokens.size() && !tokens[k].capitalized) {
      const auto senses = gazetteer_.LookupWord(tokens[k], c.text);
      if (std::any_of(senses.begin(), senses.end(),
                      [](const NameSense& n) { return n.kind == NameKind::kTitle; })) {
        ++k;  // "del presidente"
      }
    }
    if (auto m = k < tokens.size() ? gazetteer_.LongestMatchAt(tokens, k, c.text) : std::nullopt;
        m && m->senses.front().kind == NameKind::kActor &&
        schema_.actors()[m->senses.front().index].ref.type == "PERSON") {
      const ActorEntry& person = schema_.actors()[m->senses.front().index];
      const ActorEntry* country =
          person.ref.country.empty() ? nullptr : schema_.FindActor(person.ref.country);
      if (country && country->ref.type == "COUNTRY") {
        SentenceMention nested;
        nested.begin = k;
        nested.end = m->end;
        nested.actor = person.ref;
        nested.resolution = kResolvedDictionary;
        c.out.nested.push_back(std::move(nested));
        of = country;
        j = m->end;
      }
    }
  }
  (void)of_is_seat;
  // A demonym after the complement: "il ministro degli Esteri russo".
  if (j < tokens.size() && !of) {
    if (auto m = gazetteer_.LongestMatchAt(tokens, j, c.text);
        m && m->senses.front().kind == NameKind::kDemonym) {
      of = &schema_.actors()[m->senses.front().index];
      c.out.nested.push_back(DemonymInTitle(j, m->end, of->ref));
      j = m->end;
    }
  }
  // "il fondatore di Nexta, Stepan Putilo", "l'amministratore delegato di Ryanair, Michael
  // O'Leary": after a bare "di" (portfolios take an article: "della Difesa"), capitalised
  // words the dictionary does not know, then the person after a comma: an organisation.
  std::optional<ActorRef> new_of;
  std::size_t new_of_begin = 0, new_of_end = 0;
  // "il presidente della Republika Srpska, Milorad Dodik": with an article too, unless the
  // name is a state body's ("il presidente della Camera", "della Commissione").
  if (!of && j + 3 < tokens.size() && BasePreposition(tokens[j].lower) == "di" &&
      IsNameWord(tokens[j + 1]) && !IsGovernmentPost(office_code) &&
      // ("il sindaco di Novi Sad, Milan Đurić": a local office's complement is a place.)
      !IsLocalOffice(office_code) &&
      (tokens[j].lower == "di" || !IsInstitutionWord(tokens[j + 1].lower))) {
    const std::size_t k = NameEnd(tokens, j + 1, 4);
    bool unknown = k + 1 < tokens.size() && tokens[k].lower == "," && IsNameWord(tokens[k + 1]);
    for (std::size_t w = j + 1; w < k && unknown; ++w) {
      unknown = !gazetteer_.LongestMatchAt(tokens, w, c.text);
    }
    if (unknown) {
      new_of = RememberNewActor(c.memory, tokens, c.text, j + 1, k, "ORGANIZATION");
      new_of_begin = j + 1;
      new_of_end = k;
    }
  }
  // "il segretario generale del Partito d'azione democratica (Dap), Lim Guan Eng", "la
  // portavoce della Lega gabonese per i diritti civili, X": an organisation the dictionary does
  // not know, named in sentence case or before its acronym, holds the office.
  // (The title may hold the organisation's head noun: "segretario generale del Partito".)
  std::size_t org_at = 0;
  if (j + 2 < tokens.size() && BasePreposition(tokens[j].lower) == "di" &&
      tokens[j].lower != "di" && IsNameWord(tokens[j + 1])) {
    org_at = j + 1;
  } else if (j >= pos + 3 && j < tokens.size() && IsNameWord(tokens[j - 1]) &&
             IsOrganizationHead(tokens[j - 1].lower) &&
             BasePreposition(tokens[j - 2].lower) == "di") {
    org_at = j - 1;
  }
  if (!of && !new_of && org_at > 0 && !IsGovernmentPost(office_code) &&
      !IsLocalOffice(office_code)) {
    for (std::size_t k = org_at + 1; k + 2 < tokens.size() && k < org_at + 13 && !new_of; ++k) {
      if (tokens[k].kind == TokenKind::kPunct && tokens[k].lower != "(") break;
      if (tokens[k].lower != "(" || tokens[k + 2].lower != ")") continue;
      const Token& acronym = tokens[k + 1];
      const std::string_view letters = c.text.substr(acronym.start, acronym.end - acronym.start);
      const auto known = gazetteer_.LookupWord(acronym, c.text);
      // (An acronym of the name in another language: "Partito d'azione democratica (Dap)".)
      if ((known.empty() || known.front().kind != NameKind::kActor) &&
          AcronymExpansionBegin(tokens, k, letters) != org_at &&
          SentenceCaseOrganizationEnd(c, org_at) != k) {
        break;
      }
      new_of = BracketedOrganization(c, org_at, k);
      new_of_begin = org_at;
      new_of_end = k + 3;
    }
    if (!new_of && !gazetteer_.LongestMatchAt(tokens, org_at, c.text)) {
      if (const std::size_t end = SentenceCaseOrganizationEnd(c, org_at); end > org_at + 1) {
        new_of = RememberSentenceCaseOrganization(c.memory, tokens, c.text, org_at, end);
        new_of_begin = org_at;
        new_of_end = end;
      }
    }
  }
  // "l'inviato speciale dell'Unione europea per le sanzioni, David O'Sullivan": a short
  // complement of purpose may stand between the office and the name.
  // Without a known actor, "il portavoce della presidenza, Khalid al-Mansouri": a complement
  // the dictionary does not know may also stand there.
  const bool unknown_complement =
      !of && j + 1 < tokens.size() && !BasePreposition(tokens[j].lower).empty();
  if ((of || unknown_complement) && j + 1 < tokens.size() &&
      // ("la guida del Consiglio al posto di Nazarbayev": whom the holder replaced.)
      !(tokens[j].lower == "al" && tokens[j + 1].lower == "posto") &&
      (tokens[j].lower == "per" || tokens[j].lower == "alla" || tokens[j].lower == "agli" ||
       tokens[j].lower == "all'" || tokens[j].lower == "al" || tokens[j].lower == "alle" ||
       tokens[j].lower == "ai" || unknown_complement)) {
    // "il ministro del Petrolio Sani Mahamadou", "il ministro della Sicurezza nazionale Itamar
    // Ben Gvir": without a comma, a one-noun complement with its adjectives, then a full name
    // (two or more capitalised words the dictionary does not know).
    bool named = false;
    if (unknown_complement) {
      std::size_t k = ComplementEnd(tokens, j);
      // "X, direttore del giornale El Khyzmatynda": the name after an outlet or a company is
      // that organisation, and the office is held by the person in apposition before.
      // "portavoce della coalizione pacifista Vrede Nu": the complement's noun, before its
      // adjectives, may say so too.
      // (Not after an organisation named in sentence case: "il deputato del Partito liberale
      // Otávio Brandão Sales" names the person.)
      if (!new_of && k > j && k < tokens.size() && IsNameWord(tokens[k]) &&
          (IsOrganizationNoun(tokens[k - 1].lower) || IsOrganizationNoun(tokens[j + 1].lower)) &&
          !gazetteer_.LongestMatchAt(tokens, k, c.text)) {
        return MatchOutletOfOffice(c, pos, k, office_code);
      }
      if (k > j && k < tokens.size() && IsNameWord(tokens[k]) &&
          !gazetteer_.LongestMatchAt(tokens, k, c.text) && NameEnd(tokens, k, 5) >= k + 2) {
        j = k;
        named = true;
      }
      // "il ministro per il Pacifico Zed Seselja", "la ministra per gli Affari europei Anna
      // Berg": a portfolio after "per" (one noun, maybe capitalised, and its adjectives).
      if (!named && tokens[j].lower == "per" && j + 3 < tokens.size()) {
        k = j + 1;
        if (IsArticle(tokens[k].lower)) ++k;
        if (k < tokens.size() && tokens[k].kind == TokenKind::kWord) ++k;
        while (k < tokens.size() && k < j + 6 && tokens[k].kind == TokenKind::kWord &&
               !tokens[k].capitalized && LooksLikeAdjective(tokens[k].lower)) {
          ++k;
        }
        if (k < tokens.size() && IsNameWord(tokens[k]) &&
            !gazetteer_.LongestMatchAt(tokens, k, c.text) && NameEnd(tokens, k, 5) >= k + 2) {
          j = k;
          named = true;
        }
      }
    }
    // "il portavoce in lingua araba dell'esercito israeliano, Avichay Adraee", "il
    // vicepresidente dell'autorità per le comunicazioni (Ancom), Pavel Popescu": a longer
    // complement, with an acronym in brackets but no verb, when a full name follows the comma.
    const std::size_t reach = j + 12;
    for (std::size_t k = j + 1; !named && k < tokens.size() && k <= reach; ++k) {
      if (tokens[k].lower == ",") {
        if (k > j + 5 && NameEnd(tokens, k + 1, 5) < k + 3) break;
        j = k;
        break;
      }
      const bool bracket = tokens[k].lower == "(" || tokens[k].lower == ")";
      if ((tokens[k].kind == TokenKind::kPunct && !bracket) ||
          (k > j + 5 && (AuxiliaryForms(tokens[k].lower) || tokens[k].lower == "che"))) {
        break;
      }
    }
  }
  // A name in apposition: "il presidente francese Emmanuel Macron", "..., Jens Stoltenberg".
  j = skip_qualifier(j);
  std::size_t name_at = j;
  // "Il ministro della Difesa, Guido Crosetto": a comma may stand before the name.
  // "il capo di stato maggiore, il generale Yousef Huneiti": or a rank and a name.
  // (Not after "il cui", nor for "il suo omologo": the antecedent says whose office it is.)
  const auto rank_and_name = [&](std::size_t k) {
    return k + 2 < tokens.size() && office->office != "counterpart" &&
           !(pos > 0 && tokens[pos - 1].lower == "cui") && IsArticle(tokens[k].lower) &&
           IsPersonTitleWord(tokens[k + 1].lower) && IsNameWord(tokens[k + 2]);
  };
  if (name_at + 1 < tokens.size() && tokens[name_at].lower == "," &&
      (of || IsNameWord(tokens[name_at + 1]) || rank_and_name(name_at + 1))) {
    ++name_at;
    // "il comandante delle Rsf, il generale Mohamed Hamdan Dagalo"
    // "il commissario europeo all'allargamento, l'ungherese Olivér Várhelyi"
    std::size_t k = name_at;
    if (k < tokens.size() && IsArticle(tokens[k].lower)) ++k;
    if (auto d = gazetteer_.LongestMatchAt(tokens, k, c.text);
        d && d->senses.front().kind == NameKind::kDemonym) {
      k = d->end;
    }
    while (k < tokens.size() && k < name_at + 4 && IsPersonTitleWord(tokens[k].lower)) ++k;
    if (k > name_at && k < tokens.size() && IsNameWord(tokens[k])) name_at = k;
  }
  std::optional<std::pair<ActorRef, std::size_t>> person;  // actor, end token
  std::string resolution = kResolvedDictionary;
  if (name_at < tokens.size()) {
    auto m = gazetteer_.LongestMatchAt(tokens, name_at, c.text);
    if (m && IsFirstNameOfNewPerson(tokens, name_at, *m, c.text)) m.reset();
    if (m && !IsNameWord(tokens[name_at])) m.reset();
    if (m) {
      const NameSense& s = m->senses.front();
      if ((s.kind == NameKind::kActor || s.kind == NameKind::kSurname) &&
          schema_.actors()[s.index].ref.type == "PERSON") {
        person = std::make_pair(RefOf(s.index), m->end);
      }
    } else if (auto it = c.memory.new_actors.find(MatchKey(tokens[name_at].fold));
               IsNameWord(tokens[name_at]) && it != c.memory.new_actors.end()) {
      person = std::make_pair(it->second, name_at + 1);
      resolution = kResolvedCoreference;
    } else if (IsNameWord(tokens[name_at]) &&
               // ("il segretario del Pheu Thai Party": the end of the party's name.)
               !IsForeignOrganizationWord(tokens[name_at].lower)) {
      std::size_t k = NameEnd(tokens, name_at, 5);
      if (k > name_at) {
        ActorRef ref;
        ref.label = Surface(tokens, name_at, k, c.text);
        ref.id = "new:" + Slug(ref.label);
        ref.type = "PERSON";
        if (of) ref.country = of->ref.type == "COUNTRY" ? of->ref.id : of->ref.country;
        c.memory.new_actors[MatchKey(tokens[k - 1].fold)] = ref;
        c.memory.new_actors[MatchKey(tokens[name_at].fold) + " " +
                            MatchKey(tokens[k - 1].fold)] = ref;
        person = std::make_pair(ref, k);
        resolution = kResolvedNewName;
      }
    }
  }
  if (person) {
    SentenceMention m;
    m.begin = pos;
    m.end = person->second;
    m.actor = person->first;
    m.resolution = resolution;
    m.office = office_code;
    std::size_t index = c.Add(std::move(m));
    // The office's actor: the one named, else the one the person held this office in.
    ActorRef target;
    // "il Mali del colonnello Assimi Goïta", "l'Eritrea del presidente Isaias Afwerki"
    const SentenceMention* owner =
        pos > 0 && BasePreposition(tokens[pos - 1].lower) == "di" && index > 0 &&
                c.out.mentions[index - 1].end + 1 == pos
            ? &c.out.mentions[index - 1]
            : nullptr;
    if (of) {
      target = of->ref;
    } else if (new_of) {
      target = *new_of;
      SentenceMention nested;
      nested.begin = new_of_begin;
      nested.end = new_of_end;
      nested.actor = *new_of;
      nested.resolution =
          new_of->id.str().starts_with("new:") ? kResolvedNewName : kResolvedDictionary;
      c.out.nested.push_back(std::move(nested));
    } else if (owner && (owner->actor.type == "COUNTRY" || owner->actor.type == "IGO") &&
               !owner->adjective) {
      target = owner->actor;
      target.sector.clear();
    } else if (ActorRef possessor = pos > 0 && IsThirdPersonPossessive(tokens[pos - 1].lower)
                                        ? Possessor(c, pos)
                                        : ActorRef();
               !possessor.empty() && office_code != "counterpart") {
      // "Gli Houthi ... il loro portavoce militare, il generale Yahya Saree", "la sua
      // direttrice, Ketevan Abuladze": the body the possessive refers to.
      target = std::move(possessor);
    } else if (ActorRef country = unknown_complement && resolution == kResolvedNewName
                                      ? CountryOfComplement(c, title_end, true)
                                      : ActorRef();
               !country.empty()) {
      // "il portavoce della polizia regionale di Trenčín, Marek Hudec"
      target = std::move(country);
    } else if (resolution != kResolvedDictionary &&
               ((IsNationalOffice(office_code) &&
                 std::none_of(tokens.begin() + static_cast<std::ptrdiff_t>(title_end),
                              tokens.begin() + static_cast<std::ptrdiff_t>(name_at),
                              [](const Token& t) { return !BasePreposition(t.lower).empty(); })) ||
                IsLocalOffice(office_code) || IsGovernmentPost(office_code))) {
      // "il governatore della provincia Malek Rahmati": a local office, in the same country.
      // "il primo ministro Hamza Abdi Barre" in an article about Somalia: a national office
      // without a country is the article's country.
      target = HomeCountry(c.memory, c.out.mentions, "government");
    } else if (const ActorEntry* p = schema_.FindActor(person->first.id)) {
      // The term in office at the document's date; else the latest term with that title
      // ("il presidente deposto Mohamed Bazoum" after the coup still held the office).
      // "presidente" names a president, a chairman or a speaker: the holder's own terms say
      // which ("il presidente della Commissione dell'Ua, Moussa Faki Mahamat").
      auto named_by_title = [&](const std::string& held) {
        if (held == office_code) return true;
        // "il ministro Landsbergis": a minister of any portfolio.
        if (office_code == "minister" && held.ends_with("_minister") &&
            !held.ends_with("prime_minister")) {
          return true;
        }
        return std::any_of(match.senses.begin(), match.senses.end(), [&](const NameSense& s) {
          return s.kind == NameKind::kTitle && schema_.offices()[s.index].office == held;
        });
      };
      const OfficeTerm* term = nullptr;
      for (const OfficeTerm& t : p->offices) {
        if (!named_by_title(t.office)) continue;
        if (t.Covers(c.memory.date) || former || then) {
          term = &t;
          break;
        }
        if (term == nullptr || t.from > term->from) term = &t;
      }
      if (term) {
        if (const ActorEntry* o = schema_.FindActor(term->of)) target = o->ref;
      }
      // "il portavoce del Consiglio per la sicurezza nazionale della Casa Bianca, John
      // Kirby": no such term, but the complement names the country.
      if (!term && unknown_complement) target = CountryOfComplement(c, title_end, false);
      // "il primo vicepresidente Mohammad Mokhber": a deputy's or spokesman's title with no
      // complement and no term of the person's own is held in the person's country.
      // "A Tokyo il capo di gabinetto Yoshihide Suga": so is an office of a state's government.
      if (target.empty() && !term && !unknown_complement &&
          (office_code == "vice_president" || office_code == "deputy_chairman" ||
           office_code == "first_deputy_chairman" || office_code == "spokesman" ||
           // ("il presidente Ahmad Zahid Hamidi" of a party: a known person's "presidente"
           // the dictionary does not list is no head of state.)
           (IsNationalOffice(office_code) && office_code != "president") ||
           IsGovernmentPost(office_code) || IsLocalOffice(office_code) ||
           office_code == "member_of_parliament" || office_code == "adviser")) {
        if (const ActorEntry* home = schema_.FindActor(p->ref.country);
            home && home->ref.type == "COUNTRY") {
          target = home->ref;
        }
      }
    }
    if (!target.empty() && office_code != "counterpart") {
      c.out.structural.push_back({"OFFICIAL_OF", index, target, office_code, "title-name",
                                  std::string(c.text.substr(tokens[pos].start,
                                                            tokens[title_end - 1].end -
                                                                tokens[pos].start))});
    }
    c.memory.last_person = person->first;
    c.memory.last_person_office = office_code;
    return true;
  }
  // "Godfrey Otunge, alto ufficiale della polizia del Kenya": the title of the person before,
  // who holds it (MatchApposition), not a descriptor of someone else.
  std::size_t before_title = pos;
  while (before_title > 0 && (IsArticle(tokens[before_title - 1].lower) ||
                              tokens[before_title - 1].lower == "ex" ||
                              tokens[before_title - 1].lower == "alto" ||
                              tokens[before_title - 1].lower == "alta")) {
    --before_title;
  }
  if (before_title > 0 && tokens[before_title - 1].lower == "," && !c.out.mentions.empty() &&
      c.out.mentions.back().end + 1 == before_title &&
      c.out.mentions.back().actor.type == "PERSON") {
    c.out.nested.resize(nested_before);
    return false;
  }
  // "Abdoulaye Maïga, ministro dell'Amministrazione territoriale e portavoce del governo": a
  // second title coordinated in the same apposition.
  if (before_title > 0 && tokens[before_title - 1].lower == "e" && !c.out.mentions.empty() &&
      c.out.mentions.back().actor.type == "PERSON") {
    const std::size_t person_end = c.out.mentions.back().end;
    bool apposition = person_end + 2 < before_title && tokens[person_end].lower == "," &&
                      before_title - person_end <= 10;
    for (std::size_t k = person_end + 1; apposition && k + 1 < before_title; ++k) {
      apposition = tokens[k].kind == TokenKind::kWord && AuxiliaryForms(tokens[k].lower) == nullptr;
    }
    if (apposition) {
      // "Khaleda Zia, ex premier e leader del Bnp": the second title's body is hers too.
      if (of && !former) {
        // (A state office of a known person is held in their own country: "portavoce del
        // governo" is not the article's government's.)
        ActorRef held = of->ref;
        const SentenceMention& holder = c.out.mentions.back();
        if (const ActorEntry* own = holder.resolution == kResolvedDictionary
                                        ? schema_.FindActor(holder.actor.country)
                                        : nullptr;
            own && own->ref.type == "COUNTRY" && held.type == "COUNTRY") {
          held = own->ref;
        }
        c.out.structural.push_back(
            {"OFFICIAL_OF", c.out.mentions.size() - 1, held, office_code, "name-apposition",
             std::string(c.text.substr(tokens[pos].start,
                                       tokens[title_end - 1].end - tokens[pos].start))});
      }
      c.out.nested.resize(nested_before);
      return false;
    }
  }
  // A descriptor without a name: resolve by date ("il presidente kazako" in January 2022).
  const ActorEntry* holder = nullptr;
  if (of) {
    holder = Holder(office_code, *of, then ? std::string_view() : c.memory.date, former);
  } else if (!former && !then && pos > 0 && IsSingularDefinite(tokens[pos - 1].lower)) {
    // "il presidente" alone (not "i leader", "un ministro"): the last person introduced with that
    // office, else the person named most recently who was given that office or title in this
    // document or holds it at its date ("Macron ha ricevuto Xi Jinping. Il presidente cinese ..."
    // is Xi; "... Il cancelliere ha poi telefonato" after Scholz and Macron is Scholz).
    ActorRef referent;
    if (!c.memory.last_person.empty() && c.memory.last_person_office == office_code) {
      referent = c.memory.last_person;
    }
    // Those the text itself gave the office come first: a journalist's "il presidente" points
    // back to whom they introduced so.
    for (const bool by_text : {true, false}) {
      for (auto it = c.memory.recent_people.rbegin();
           referent.empty() && it != c.memory.recent_people.rend(); ++it) {
        const std::string& id = it->first.id;
        bool fits = false;
        if (by_text) {
          auto given = c.memory.person_offices.find(id);
          auto titled = c.memory.person_titles.find(id);
          fits = (given != c.memory.person_offices.end() && given->second == office_code) ||
                 (titled != c.memory.person_titles.end() && titled->second == tokens[pos].lower);
        } else if (const ActorEntry* p = schema_.FindActor(id)) {
          fits = std::any_of(p->offices.begin(), p->offices.end(), [&](const OfficeTerm& t) {
            return t.office == office_code && t.Covers(c.memory.date);
          });
        }
        if (fits) referent = it->first;
      }
    }
    if (!referent.empty()) {
      SentenceMention m;
      m.begin = pos;
      m.end = j;
      m.actor = referent;
      m.resolution = kResolvedCoreference;
      m.office = office_code;
      c.Add(std::move(m));
      return true;
    }
  }
  if (!holder && of && of->ref.type == "COUNTRY" && !former &&
      j > title_end) {
    // "il presidente somalo", "all'omologo somalo" when the dictionary has no holder for the
    // date: the country's government still acts, and an analyst codes it so.
    SentenceMention m;
    m.begin = pos;
    m.end = j;
    m.actor = of->ref;
    m.actor.sector = "government";
    m.resolution = kResolvedDescriptor;
    m.office = office_code;
    c.Add(std::move(m));
    return true;
  }
  if (!holder) {
    c.out.nested.resize(nested_before);  // nothing matched: the complement is scanned again
    return false;
  }
  SentenceMention m;
  m.begin = pos;
  m.end = j;
  m.actor = holder->ref;
  m.resolution = kResolvedDescriptor;
  m.office = office_code;
  std::size_t index = c.Add(std::move(m));
  c.out.structural.push_back({"OFFICIAL_OF", index, of->ref, office_code, "title-descriptor",
                              std::string(c.text.substr(tokens[pos].start,
                                                        tokens[title_end - 1].end -
                                                            tokens[pos].start))});
  c.memory.last_person = holder->ref;
  c.memory.last_person_office = office_code;
  return true;
}

bool ActorRecognizer::MatchNewOrganization(Cursor& c, std::size_t pos) const {
  // "la Comunità economica degli Stati dell'Africa occidentale (Ecowas)": a capitalised name
  // of two or more words followed by an acronym in brackets.
  const auto& tokens = c.tokens;
  if (!IsNameWord(tokens[pos])) return false;
  std::size_t k = pos + 1;
  while (k < tokens.size() && k < pos + 12 &&
         (IsNameWord(tokens[k]) || IsNameConnector(tokens[k]) ||
          (tokens[k].kind == TokenKind::kWord && !tokens[k].capitalized &&
           tokens[k].lower.size() > 3 && k + 1 < tokens.size() && tokens[k + 1].lower != "("))) {
    ++k;
  }
  if (k - pos < 2 || k + 2 >= tokens.size() || tokens[k].lower != "(" ||
      tokens[k + 2].lower != ")" || !tokens[k + 1].capitalized) {
    return false;
  }
  std::string_view acronym =
      c.text.substr(tokens[k + 1].start, tokens[k + 1].end - tokens[k + 1].start);
  if (acronym.size() < 2 || acronym.size() > 10) return false;
  AddBracketedOrganization(c, pos, k);
  return true;
}

bool ActorRecognizer::MatchForeignOrganization(Cursor& c, std::size_t pos) const {
  // "la Central Unitaria de Trabajadores (Cut)", "il Frente Amplio", "la Coordinadora Nacional
  // de Derechos Humanos", "il Tribunal Supremo Electoral": a name in another language opened by
  // the word for a party, a union, a court or a council is an organisation's, never a person's.
  const auto& tokens = c.tokens;
  if (!IsNameWord(tokens[pos]) || !IsForeignOrganizationHead(tokens[pos].lower)) return false;
  std::size_t k = pos + 1, end = pos + 1;
  while (k < tokens.size() && k < pos + 9) {
    if (IsNameWord(tokens[k]) && !tokens[k].all_caps) {
      end = ++k;
    } else if (IsForeignNameConnector(tokens[k].lower) && k + 1 < tokens.size() &&
               (IsNameWord(tokens[k + 1]) || IsForeignNameConnector(tokens[k + 1].lower))) {
      ++k;
    } else {
      break;
    }
  }
  if (end < pos + 2) return false;
  // Not a name the dictionary knows inside ("Frente Amplio de Chile" is its own entry).
  for (std::size_t w = pos + 1; w < end; ++w) {
    if (auto m = gazetteer_.LongestMatchAt(tokens, w, c.text);
        m && m->senses.front().kind == NameKind::kActor && m->end >= end) {
      return false;
    }
  }
  if (end + 2 < tokens.size() && tokens[end].lower == "(" && tokens[end + 2].lower == ")" &&
      tokens[end + 1].capitalized) {
    AddBracketedOrganization(c, pos, end);
    return true;
  }
  AddNewOrganization(c, pos, end, NewActorRef(tokens, c.text, pos, end, "ORGANIZATION"));
  return true;
}

ActorRef ActorRecognizer::BracketedOrganization(Cursor& c, std::size_t begin,
                                                std::size_t bracket) const {
  const auto& tokens = c.tokens;
  const Token& acronym = tokens[bracket + 1];
  ActorRef ref;
  // An acronym the dictionary knows wins: "(Knb)" after a descriptive name; so does a name it
  // knows in full ("l'Unione Salvate la Romania (Usr)").
  if (auto known = gazetteer_.LookupWord(acronym, c.text); !known.empty() &&
      known.front().kind == NameKind::kActor) {
    ref = RefOf(known.front().index);
  } else if (auto name = gazetteer_.LongestMatchAt(tokens, begin, c.text);
             name && name->end == bracket && name->senses.front().kind == NameKind::kActor) {
    ref = RefOf(name->senses.front().index);
  } else {
    ref.label = Surface(tokens, begin, bracket, c.text);
    ref.id = "new:" + Slug(c.text.substr(acronym.start, acronym.end - acronym.start));
    ref.type = "ORGANIZATION";
    c.memory.new_actors[MatchKey(acronym.fold)] = ref;
  }
  c.memory.NoteOrganization(ref);
  return ref;
}

void ActorRecognizer::AddBracketedOrganization(Cursor& c, std::size_t begin,
                                               std::size_t bracket) const {
  ActorRef ref = BracketedOrganization(c, begin, bracket);
  SentenceMention m;
  m.begin = begin;
  m.end = bracket + 3;
  m.resolution = ref.id.starts_with("new:") ? kResolvedNewName : kResolvedDictionary;
  m.actor = std::move(ref);
  c.Add(std::move(m));
}

std::size_t ActorRecognizer::SentenceCaseOrganizationEnd(const Cursor& c, std::size_t pos) const {
  // Italian writes the names of organisations in sentence case: a capitalised head noun, then
  // adjectives and complements in lower case.
  const auto& tokens = c.tokens;
  if (!IsNameWord(tokens[pos]) || !IsOrganizationHead(tokens[pos].lower)) return pos;
  const auto adjective_at = [&](std::size_t k) {
    if (k >= tokens.size() || tokens[k].kind != TokenKind::kWord || tokens[k].capitalized) {
      return false;
    }
    // A verb takes an object: "il Fronte popolare critica il governo".
    if (k + 1 < tokens.size() && IsArticle(tokens[k + 1].lower)) return false;
    if (LooksLikeAdjective(tokens[k].lower)) return true;
    auto d = gazetteer_.LongestMatchAt(tokens, k, c.text);
    return d && d->end == k + 1 && d->senses.front().kind == NameKind::kDemonym;
  };
  std::size_t end = pos + 1;
  while (end < pos + 3 && adjective_at(end)) ++end;
  // Complements: "per i diritti civili", "di Jebel Marra", "dei giovani patrioti", "per la
  // transizione e la restaurazione delle istituzioni".
  for (int part = 0; part < 4 && end < tokens.size(); ++part) {
    std::size_t k = end;
    const std::string_view prep = BasePreposition(tokens[k].lower);
    const bool coordinated = part > 0 && tokens[k].lower == "e";
    if (!coordinated && prep != "di" && prep != "per" && prep != "contro" &&
        !(part > 0 && (prep == "a" || prep == "in") && tokens[k].lower != "a" &&
          tokens[k].lower != "in")) {
      break;
    }
    ++k;
    if (k < tokens.size() && IsArticle(tokens[k].lower) &&
        (prep == tokens[k - 1].lower || coordinated)) {
      ++k;
    } else if (coordinated && k < tokens.size() && BasePreposition(tokens[k].lower) == "di") {
      ++k;  // "della libertà e della giustizia"
    }
    if (k >= tokens.size() || tokens[k].kind != TokenKind::kWord) break;
    std::size_t noun_end = k;
    auto known = gazetteer_.LongestMatchAt(tokens, k, c.text);
    // "il Comitato per la difesa della costa": a ministry's short name in lower case is a
    // common noun ("la Difesa" is the ministry).
    // Nor are the nouns of a trade or a community ("dei pescatori", "delle famiglie dei
    // detenuti").
    if (known && !tokens[k].capitalized && known->senses.front().kind == NameKind::kAgent) {
      const AgentEntry& agent = schema_.agents()[known->senses.front().index];
      const std::string& sector = agent.sector;
      if (((sector == "defence" || sector == "foreign_affairs" || sector == "interior") &&
           known->end == k + 1) ||
          agent.in_names) {
        known.reset();
      }
    }
    if (known) {
      // "la Lega di Salvini", "il Fronte e l'esercito": a person or an agent ends the name; a
      // country stays inside ("il Fronte per la liberazione del Sahel").
      const NameSense& s = known->senses.front();
      const bool country = s.kind == NameKind::kActor &&
                           schema_.actors()[s.index].ref.type == "COUNTRY";
      if (!country && !(s.kind == NameKind::kDemonym && !coordinated)) break;
      noun_end = known->end;
    } else if (IsNameWord(tokens[k])) {
      noun_end = NameEnd(tokens, k, 3);
    } else if (!tokens[k].capitalized && tokens[k].lower.size() > 2 &&
               !IsArticle(tokens[k].lower) && BasePreposition(tokens[k].lower).empty() &&
               !AuxiliaryForms(tokens[k].lower) && tokens[k].lower != "che" &&
               tokens[k].lower != "cui" && tokens[k].lower != "non") {
      noun_end = k + 1;
      while (noun_end < k + 3 && adjective_at(noun_end)) ++noun_end;
    }
    if (noun_end == k) break;
    // A coordinated noun continues the name only when the name goes on after it.
    if (coordinated &&
        (noun_end >= tokens.size() || BasePreposition(tokens[noun_end].lower) != "di")) {
      break;
    }
    end = noun_end;
  }
  if (end == pos + 1) return pos;
  if (auto known = gazetteer_.LongestMatchAt(tokens, pos, c.text); known && known->end >= end) {
    return pos;  // the dictionary has it
  }
  return end;
}

bool ActorRecognizer::MatchSentenceCaseOrganization(Cursor& c, std::size_t pos) const {
  // "la Lega gabonese per i diritti civili", "il Collettivo dei giovani patrioti", "il Fronte
  // popolare di Jebel Marra", after an article.
  const auto& tokens = c.tokens;
  if (pos == 0 || !IsDefiniteDeterminer(tokens[pos - 1].lower)) return false;
  const std::size_t end = SentenceCaseOrganizationEnd(c, pos);
  if (end == pos) return false;
  // "(Lgdc)" after the name is its acronym.
  std::size_t mention_end = end;
  const bool bracketed = end + 2 < tokens.size() && tokens[end].lower == "(" &&
                         tokens[end + 2].lower == ")" && tokens[end + 1].capitalized;
  // Later "il Collettivo", "il Fronte" join it.
  ActorRef ref = RememberSentenceCaseOrganization(c.memory, tokens, c.text, pos, end);
  if (bracketed) {
    mention_end = end + 3;
    c.memory.new_actors[MatchKey(tokens[end + 1].fold)] = ref;
  }
  AddNewOrganization(c, pos, mention_end, std::move(ref));
  return true;
}

void ActorRecognizer::AddNewOrganization(Cursor& c, std::size_t begin, std::size_t end,
                                         ActorRef ref) const {
  if (ref.type == "GROUP") {
    c.memory.last_group = ref;
  } else {
    c.memory.NoteOrganization(ref);
  }
  SentenceMention m;
  m.begin = begin;
  m.end = end;
  m.actor = std::move(ref);
  m.resolution = kResolvedNewName;
  c.Add(std::move(m));
}

bool ActorRecognizer::MatchGroupNoun(Cursor& c, std::size_t pos) const {
  // "il gruppo Wagner", "la milizia Fano": a group noun followed by a capitalised name;
  // "l'emittente privata Walf Tv", "la compagnia petrolifera americana ExxonMobil": an
  // organisation noun, up to two adjectives, then the name.
  const auto& tokens = c.tokens;
  const bool group = IsGroupNoun(tokens[pos].lower);
  if ((!group && !IsOrganizationNoun(tokens[pos].lower)) || pos + 1 >= tokens.size()) return false;
  std::size_t name = pos + 1;
  // "il gruppo paramilitare Aquile dell'Artsakh": a group noun takes adjectives too.
  while (name < tokens.size() && name < pos + 3 && tokens[name].kind == TokenKind::kWord &&
         !tokens[name].capitalized && tokens[name].lower.size() > 3 &&
         BasePreposition(tokens[name].lower).empty() && !IsArticle(tokens[name].lower) &&
         (!group || LooksLikeAdjective(tokens[name].lower))) {
    ++name;
  }
  std::size_t k = name;
  while (k < tokens.size() && k < name + 3 && IsNameWord(tokens[k])) ++k;
  if (k == name) return false;
  // "Aquile dell'Artsakh", "Brigate dei Giganti": a "di" joining two capitalised words.
  if (k + 1 < tokens.size() && BasePreposition(tokens[k].lower) == "di" &&
      tokens[k].lower != "di" && IsNameWord(tokens[k + 1]) &&
      !gazetteer_.LongestMatchAt(tokens, k + 1, c.text)) {
    k += 2;
  }
  // "la piattaforma Alternance 2023": a year or a number ends the name.
  if (k < tokens.size() && tokens[k].kind == TokenKind::kNumber && tokens[k].lower.size() <= 4 &&
      tokens[k].start == tokens[k - 1].end + 1) {
    ++k;
  }
  if (auto known = gazetteer_.LongestMatchAt(tokens, name, c.text)) {
    (void)known;
    return false;  // "il gruppo Stato islamico": the dictionary has it
  }
  AddNewOrganization(c, pos, k,
                     RememberNewActor(c.memory, tokens, c.text, name, k,
                                      group ? "GROUP" : "ORGANIZATION"));
  return true;
}

void ActorRecognizer::MatchApposition(Cursor& c, std::size_t mention) const {
  // "Samat Abish, numero due dei servizi di sicurezza kazaki", "Masimov, ex capo del KNB",
  // "..., nipote di Nazarbayev".
  const auto& tokens = c.tokens;
  SentenceMention& person = c.out.mentions[mention];
  if (person.actor.type != "PERSON") return;
  std::size_t j = person.end;
  if (j >= tokens.size() || tokens[j].lower != ",") return;
  ++j;
  if (j < tokens.size() && IsArticle(tokens[j].lower)) ++j;
  if (j < tokens.size() && (tokens[j].lower == "ex" || tokens[j].lower == "già")) ++j;
  if (j >= tokens.size()) return;
  // Kinship anywhere in the apposition: "X, numero due del KNB e nipote di Nazarbayev".
  for (std::size_t k = j; k + 2 < tokens.size() && k < j + 16; ++k) {
    if (IsStrongPunctuation(tokens[k].lower)) break;
    if (!IsKinshipNoun(tokens[k].lower) || BasePreposition(tokens[k + 1].lower) != "di") continue;
    if (auto relative = RelativeNamedAt(c, k + 2);
        relative && relative->first.id != person.actor.id) {
      c.out.structural.push_back({"RELATIVE_OF", mention, relative->first, tokens[k].lower,
                                  "kinship-apposition", tokens[k].lower});
    }
    break;
  }
  // "Karim Masimov, a capo del KNB", "X, alla guida della giunta": the head of a body.
  if (j + 2 < tokens.size() &&
      ((tokens[j].lower == "a" && tokens[j + 1].lower == "capo") ||
       (tokens[j].lower == "alla" && tokens[j + 1].lower == "guida"))) {
    std::size_t after = 0;
    if (auto of = ActorAfterPreposition(c, j + 2, &after)) {
      c.out.structural.push_back({"OFFICIAL_OF", mention, RefOf(*of), "head", "name-apposition",
                                  tokens[j + 1].lower});
    }
    return;
  }
  auto m = gazetteer_.LongestMatchAt(tokens, j, c.text);
  if (!m || m->senses.front().kind != NameKind::kTitle) return;
  const OfficeEntry& office = schema_.offices()[m->senses.front().index];
  std::size_t after = 0;
  const std::size_t title_end = SkipOfficeQualifiers(tokens, m->end);
  std::optional<std::uint32_t> of;
  if (title_end + 1 < tokens.size() && BasePreposition(tokens[title_end].lower) == "di" &&
      person.resolution == kResolvedDictionary) {
    // "John Kirby, portavoce del Consiglio per la sicurezza nazionale" in an article about
    // Russia: a body of a state, named without its state, is the known person's own country's.
    std::size_t head = title_end + 1;
    if (IsArticle(tokens[head].lower) && head + 1 < tokens.size()) ++head;
    const ActorEntry* home = schema_.FindActor(person.actor.country);
    if (home && home->ref.type == "COUNTRY" && IsInstitutionWord(tokens[head].lower) &&
        CountryOfComplement(c, title_end, false).empty()) {
      of = static_cast<std::uint32_t>(home - schema_.actors().data());
      after = ComplementEnd(tokens, title_end);
    }
  }
  if (!of) of = ActorAfterPreposition(c, title_end, &after);
  if (!of) {
    if (auto d = gazetteer_.LongestMatchAt(tokens, m->end, c.text);
        d && d->senses.front().kind == NameKind::kDemonym) {
      of = d->senses.front().index;
      after = d->end;
    }
  }
  // "X, deputato della coalizione Fatah", "X, portavoce del movimento studentesco Otpor": an
  // organisation noun, its adjectives, then a name the dictionary does not know.
  if (!of && title_end + 1 < tokens.size() && BasePreposition(tokens[title_end].lower) == "di" &&
      IsOrganizationNoun(tokens[title_end + 1].lower)) {
    const std::size_t k = ComplementEnd(tokens, title_end);
    if (k < tokens.size() && IsNameWord(tokens[k]) &&
        !gazetteer_.LongestMatchAt(tokens, k, c.text)) {
      MatchOutletOfOffice(c, j, k, office.office);
      return;
    }
  }
  std::optional<ActorRef> new_of;
  if (!of && title_end + 1 < tokens.size() && BasePreposition(tokens[title_end].lower) == "di") {
    // "Bola Tinubu, presidente di turno del blocco": an organisation named before.
    std::size_t k = title_end + 1;
    if (IsArticle(tokens[k].lower) && k + 1 < tokens.size()) ++k;
    if (const ActorRef* antecedent = CorefOrganization(c, k)) {
      new_of = *antecedent;
      after = k + 1;
    }
  }
  if (!of && !new_of && title_end + 1 < tokens.size() &&
      BasePreposition(tokens[title_end].lower) == "di") {
    // "X, presidente della Lega gabonese per i diritti civili": an organisation named in
    // sentence case, whose demonym is no country of the office.
    if (const std::size_t end = SentenceCaseOrganizationEnd(c, title_end + 1);
        end > title_end + 1) {
      new_of = RememberSentenceCaseOrganization(c.memory, tokens, c.text, title_end + 1, end);
      after = end;
    }
  }
  if (!of && !new_of) {
    // "Marc Girard, portavoce della polizia di Lione", "X, consigliere dell'ufficio
    // presidenziale ucraino"
    if (ActorRef country = CountryOfComplement(c, title_end, true); !country.empty()) {
      // "il colonnello Abdoulaye Maïga, ministro dell'Amministrazione territoriale": a state
      // body named without its state is a known person's own country's, not the article's.
      const ActorEntry* own = person.resolution == kResolvedDictionary
                                  ? schema_.FindActor(person.actor.country)
                                  : nullptr;
      if (own && own->ref.type == "COUNTRY" && CountryOfComplement(c, title_end, false).empty()) {
        country = own->ref;
      }
      new_of = std::move(country);
      after = ComplementEnd(tokens, title_end);
    }
  }
  if (!of && !new_of && m->end + 1 < tokens.size() &&
      BasePreposition(tokens[m->end].lower) == "di" && IsNameWord(tokens[m->end + 1]) &&
      !IsLocalOffice(office.office) && !gazetteer_.LongestMatchAt(tokens, m->end + 1, c.text) &&
      // "portavoce del Consiglio per la sicurezza nazionale": a state body, not a new name
      (tokens[m->end].lower == "di" || !IsInstitutionWord(tokens[m->end + 1].lower))) {
    // "María Corina Machado, leader di Vente Venezuela": an organisation the dictionary does
    // not know, named after the title.
    std::size_t k = m->end + 1;
    while (k < tokens.size() && k < m->end + 5 && IsNameWord(tokens[k])) ++k;
    // "Lista serba", "Guardia nazionale bolivariana": adjectives after the capitalised words.
    while (k < tokens.size() && k < m->end + 5 && tokens[k].kind == TokenKind::kWord &&
           !tokens[k].capitalized && !tokens[k].elided && tokens[k].lower.size() > 3 &&
           BasePreposition(tokens[k].lower).empty() && !IsArticle(tokens[k].lower) &&
           (tokens[k].lower.ends_with("a") || tokens[k].lower.ends_with("o") ||
            tokens[k].lower.ends_with("e") || tokens[k].lower.ends_with("i"))) {
      // "deputato di Arena eletto nel dipartimento ...": a participle opens another phrase.
      if (IsAppointingVerbForm(tokens[k].lower)) break;
      if (k + 1 < tokens.size() && tokens[k + 1].kind == TokenKind::kWord &&
          tokens[k + 1].lower != "e" && !tokens[k + 1].capitalized &&
          BasePreposition(tokens[k + 1].lower).empty() && k + 1 >= m->end + 4) {
        break;
      }
      ++k;
    }
    // "direttrice del Centro per la trasparenza civica": a name in sentence case.
    if (const std::size_t end = SentenceCaseOrganizationEnd(c, m->end + 1); end > k) {
      new_of = RememberSentenceCaseOrganization(c.memory, tokens, c.text, m->end + 1, end);
      k = end;
    } else {
      new_of = RememberNewActor(c.memory, tokens, c.text, m->end + 1, k, "ORGANIZATION");
    }
    after = k;
  }
  if (!of && !new_of && IsLocalOffice(office.office)) {
    // "Nurlan Abdykadyrov, vicegovernatore della regione di Batken": held in the country.
    ActorRef home = HomeCountry(c.memory, c.out.mentions, "government");
    if (!home.empty()) {
      new_of = home;
      after = ComplementEnd(tokens, title_end);  // "di Goris": the place, not a next name
      // "di Novi Sad", "della regione di Nizhny Novgorod": a place of several words.
      if (after > title_end + 1 && IsNameWord(tokens[after - 1])) {
        after = NameEnd(tokens, after - 1, 4);
      }
    }
  }
  if (!of && !new_of && person.resolution == kResolvedDictionary &&
      (title_end >= tokens.size() || tokens[title_end].lower == "," ||
       tokens[title_end].lower == "e" || IsStrongPunctuation(tokens[title_end].lower))) {
    // "Khaleda Zia, ex premier e leader del Bnp": a title with no complement is the known
    // person's own office, where the dictionary says the person held it.
    if (const ActorEntry* p = schema_.FindActor(person.actor.id)) {
      for (const OfficeTerm& t : p->offices) {
        if (t.office != office.office) continue;
        if (const ActorEntry* held = schema_.FindActor(t.of)) new_of = held->ref;
        break;
      }
    }
    if (new_of) after = title_end;
  }
  if (!of && !new_of) return;
  // "Putin, il presidente kazako Kassym-Jomart Tokayev": the title introduces the next name.
  std::size_t after_of = std::max(after, m->end + 1);
  if (after_of < tokens.size() && IsNameWord(tokens[after_of])) return;
  c.out.structural.push_back(
      {"OFFICIAL_OF", mention, of ? RefOf(*of) : *new_of, office.office, "name-apposition",
       std::string(c.text.substr(tokens[j].start, tokens[m->end - 1].end - tokens[j].start))});
}

ActorRef ActorRecognizer::CountryOfRulerAt(const Cursor& c, std::size_t pos) const {
  const auto& tokens = c.tokens;
  if (pos < tokens.size() && tokens[pos].lower == "di") ++pos;
  if (pos >= tokens.size() || !IsNameWord(tokens[pos])) return {};
  auto m = gazetteer_.LongestMatchAt(tokens, pos, c.text);
  if (!m) return {};
  const NameSense& sense = m->senses.front();
  if (sense.kind != NameKind::kActor && sense.kind != NameKind::kSurname) return {};
  const ActorRef& person = schema_.actors()[sense.index].ref;
  if (person.type != "PERSON") return {};
  const ActorEntry* country = schema_.FindActor(person.country);
  if (!country || country->ref.type != "COUNTRY") return {};
  // Only whom the dictionary has leading it: "le truppe di Prigozhin" are no state's.
  const bool leader = std::any_of(schema_.actors()[sense.index].offices.begin(),
                                  schema_.actors()[sense.index].offices.end(),
                                  [&](const OfficeTerm& t) { return t.of == country->ref.id; });
  return leader ? country->ref : ActorRef();
}

ActorRef ActorRecognizer::Possessor(const Cursor& c, std::size_t pos) const {
  // The organisation or group last named before `pos` in the sentence, else the subject of the
  // last relation when it is one. Not a state (whose offices have their own titles), a person
  // or a crowd ("i manifestanti ... il loro portavoce" speaks for a movement, not for them).
  const auto body = [&](const ActorRef& ref) {
    if (ref.type != "ORGANIZATION" && ref.type != "GROUP" && ref.type != "IGO") return false;
    return std::none_of(schema_.agents().begin(), schema_.agents().end(),
                        [&](const AgentEntry& a) { return a.alone == ref.id; });
  };
  for (auto it = c.out.mentions.rbegin(); it != c.out.mentions.rend(); ++it) {
    if (it->begin >= pos || it->is_location || it->adjective) continue;
    if (body(it->actor)) return it->actor;
  }
  if (c.out.mentions.empty() || c.out.mentions.front().begin >= pos) {
    if (body(c.memory.last_subject)) return c.memory.last_subject;
  }
  return {};
}

ActorRef ActorRecognizer::CommanderCountry(Cursor& c, std::size_t pos) const {
  // The first person this sentence named before `pos`, else the last relation's subject.
  ActorRef commander;
  for (const SentenceMention& m : c.out.mentions) {
    if (m.begin >= pos) break;
    if (m.is_location || m.adjective) continue;
    if (m.actor.type == "PERSON") commander = m.actor;
    break;
  }
  if (commander.empty() && (c.out.mentions.empty() || c.out.mentions.front().begin >= pos)) {
    commander = c.memory.last_subject;
  }
  if (commander.type != "PERSON" || commander.country.empty()) return {};
  const ActorEntry* country = schema_.FindActor(commander.country);
  return country && country->ref.type == "COUNTRY" ? country->ref : ActorRef();
}

ActorRef ActorRecognizer::PossessorCountry(Cursor& c) const {
  // The last actor this sentence named, else the subject of the last relation.
  ActorRef owner;
  for (auto it = c.out.mentions.rbegin(); it != c.out.mentions.rend() && owner.empty(); ++it) {
    if (!it->is_location && !it->adjective) owner = it->actor;
  }
  if (owner.empty()) owner = c.memory.last_subject;
  if (owner.type != "COUNTRY") {
    const ActorEntry* country = owner.country.empty() ? nullptr : schema_.FindActor(owner.country);
    owner = country && country->ref.type == "COUNTRY" ? country->ref : ActorRef();
  }
  owner.sector.clear();
  return owner;
}

ActorRef ActorRecognizer::CountryOfComplement(Cursor& c, std::size_t pos,
                                              bool or_home) const {
  const auto& tokens = c.tokens;
  const std::size_t end = ComplementEnd(tokens, pos);
  if (end == pos) return {};
  // "del ministero degli Esteri russo", "del Consiglio per la sicurezza nazionale della Casa
  // Bianca", "del dipartimento di Stato": a demonym, seat or capital in the complement.
  for (std::size_t k = pos + 1; k < end; ++k) {
    if (auto m = gazetteer_.LongestMatchAt(tokens, k, c.text)) {
      const NameSense& sense = m->senses.front();
      if (sense.kind == NameKind::kDemonym ||
          ((sense.kind == NameKind::kSeat || sense.kind == NameKind::kCapital) &&
           schema_.actors()[sense.index].ref.type == "COUNTRY")) {
        return RefOf(sense.index);
      }
    }
  }
  const Token& head = tokens[pos + 1];
  bool state_body = IsInstitutionWord(head.lower);
  if (auto m = gazetteer_.LongestMatchAt(tokens, pos + 1, c.text)) {
    const NameSense& sense = m->senses.front();
    if (sense.kind == NameKind::kAgent) {
      state_body = IsStateSector(schema_.agents()[sense.index].sector);
    } else if (sense.kind == NameKind::kActor || sense.kind == NameKind::kSurname) {
      // "il consigliere di Pashinyan": a person's staff serve the person's country.
      const ActorRef& ref = schema_.actors()[sense.index].ref;
      const ActorEntry* country = ref.type == "PERSON" ? schema_.FindActor(ref.country) : nullptr;
      return country && country->ref.type == "COUNTRY" ? country->ref : ActorRef();
    }
  }
  if (!state_body || !or_home) return {};
  return HomeCountry(c.memory, c.out.mentions, "government");
}

bool ActorRecognizer::MatchOutletOfOffice(Cursor& c, std::size_t title_at, std::size_t name_at,
                                          const std::string& office) const {
  const auto& tokens = c.tokens;
  const std::size_t end = NameEnd(tokens, name_at, 5);
  if (end == name_at) return false;
  const ActorRef org = RememberNewActor(c.memory, tokens, c.text, name_at, end, "ORGANIZATION");
  c.memory.NoteOrganization(org);
  // The person whose apposition this is: "Dauletmurat Tazhimuratov, avvocato e giornalista,
  // direttore del ...": the last person named before the comma, with no verb-like gap.
  std::optional<std::size_t> person;
  std::size_t k = title_at;
  if (k > 0 && IsArticle(tokens[k - 1].lower)) --k;
  if (k > 0 && (tokens[k - 1].lower == "," || tokens[k - 1].lower == "e")) {
    for (std::size_t m = c.out.mentions.size(); m-- > 0;) {
      const SentenceMention& mention = c.out.mentions[m];
      if (mention.end > k || k - mention.end > 10) break;
      if (mention.actor.type == "PERSON") person = m;
      break;
    }
  }
  SentenceMention m;
  m.begin = name_at;
  m.end = end;
  m.actor = org;
  m.resolution = kResolvedNewName;
  c.Add(std::move(m));
  if (person) {
    c.out.structural.push_back({"OFFICIAL_OF", *person, org, office, "name-apposition",
                                tokens[title_at].lower});
  }
  return true;
}

std::size_t ActorRecognizer::AddNewPerson(Cursor& c, std::size_t mention_begin,
                                          std::size_t name_begin, std::size_t name_end,
                                          std::string country) const {
  ActorRef ref;
  ref.label = Surface(c.tokens, name_begin, name_end, c.text);
  ref.id = "new:" + Slug(ref.label);
  ref.type = "PERSON";
  ref.country = std::move(country);
  c.memory.new_actors[MatchKey(c.tokens[name_end - 1].fold)] = ref;
  SentenceMention m;
  m.begin = mention_begin;
  m.end = name_end;
  m.actor = ref;
  m.resolution = kResolvedNewName;
  std::size_t index = c.Add(std::move(m));
  c.memory.last_person = ref;
  c.memory.last_person_office.clear();
  return index;
}

bool ActorRecognizer::IsHeadlineParticiple(std::span<const Token> tokens, std::size_t pos) const {
  // "Arrestato Nika Melia", "Ucciso il leader", "Eletta Maia Sandu": a headline opened by the
  // participle of an event that befalls someone (the stems are those of such events, so that
  // first names such as "Fortunato" or "Renato" stay names).
  if (pos != 0 || tokens[pos].kind != TokenKind::kWord) return false;
  const std::string_view w = tokens[pos].lower;
  static constexpr std::string_view kStems[] = {
      "arrestat",  "liberat", "condannat",  "fermat",    "rilasciat", "scarcerat", "espuls",
      "uccis",     "elett",   "nominat",    "rapit",     "ferit",     "mort",      "assolt",
      "estradat",  "sospes",  "dimess",     "destituit", "rimoss",    "catturat",  "giustiziat",
      "processat", "graziat", "incriminat", "indagat",   "convocat",  "attaccat",  "colpit",
      "deposto",   "deposta", "rieletto",   "rieletta",  "confermat", "respint",   "evacuat"};
  if (w.size() < 5) return false;
  const std::string_view stem = w.substr(0, w.size() - 1);
  return std::any_of(std::begin(kStems), std::end(kStems),
                     [&](std::string_view s) { return stem == s || w == s; }) &&
         !people_.IsFirstName(MatchKey(tokens[pos].fold));
}

bool ActorRecognizer::MatchNameWithApposition(Cursor& c, std::size_t pos) const {
  // "Milan Radoičić, vicepresidente di Lista serba": an unknown full name (two to four
  // capitalised words) followed by a title in apposition.
  const auto& tokens = c.tokens;
  // At the start of a sentence or after punctuation a capitalised word may be any word; the
  // title after the comma is what makes it a name there ("Mario Rossi, portavoce del ...").
  if (!IsNameWord(tokens[pos]) || (pos > 0 && tokens[pos - 1].lower == "(") ||
      IsSentenceOpener(tokens[pos].lower) || IsHeadlineParticiple(tokens, pos)) {
    return false;
  }
  std::size_t k = NameEnd(tokens, pos, 5);
  if (k - pos < 2) return false;
  // "A Peshawar Sadia Khattak, deputata ...": after "a" or "in" the first word is the place;
  // the name starts at the next one.
  // "Da San Pietroburgo Evgenij Prigozhin, il fondatore ...": after "da" too, and a place
  // that opens with a word such as "San" has two words.
  const auto place_before = [&](std::size_t at) {
    return at > 0 && (IsLocativePreposition(tokens[at - 1].lower) || tokens[at - 1].lower == "da");
  };
  // "guidato da Mahamat Mahdi Ali": after a participle naming a head, "da" is its agent.
  const bool headed_by = pos >= 2 && BasePreposition(tokens[pos - 1].lower) == "da" &&
                         IsHeadingParticiple(tokens[pos - 2].lower);
  if (k - pos >= 3 && place_before(pos) && !headed_by) return false;
  if (pos >= 2 && IsNameWord(tokens[pos - 1]) && IsPlaceOrThingWord(tokens[pos - 1].lower) &&
      place_before(pos - 1)) {
    return false;
  }
  // "«...», dice Desmond Holder": a full name after a verb of saying is its speaker; "...,
  // coordinato da Edgard Leblanc Fils": after a participle naming a head, the head.
  // "... ha spiegato Rafiqul Hasan Tuhin", "ha detto ieri Lotte Brouwers".
  std::size_t verb = pos;
  if (verb >= 2 && tokens[verb - 1].kind == TokenKind::kWord && !tokens[verb - 1].capitalized &&
      (tokens[verb - 1].lower == "ieri" || tokens[verb - 1].lower == "oggi" ||
       tokens[verb - 1].lower.ends_with("mente"))) {
    --verb;
  }
  const bool said =
      verb >= 1 && (IsPostposedSpeechVerb(tokens[verb - 1].lower) ||
                    (verb >= 2 && IsSpeechParticiple(tokens[verb - 1].lower) &&
                     (tokens[verb - 2].lower == "ha" || tokens[verb - 2].lower == "aveva" ||
                      tokens[verb - 2].lower == "avrebbe")));
  // "Uno dei figli, Noureddin Bongo Valentin, ...": a name in apposition to one of a group.
  bool one_of = false;
  if (pos >= 3 && tokens[pos - 1].lower == ",") {
    for (std::size_t w = pos - 2; w + 5 >= pos && w > 0; --w) {
      if ((tokens[w - 1].lower == "uno" || tokens[w - 1].lower == "una") &&
          BasePreposition(tokens[w].lower) == "di" && tokens[w].lower != "di") {
        one_of = true;
        break;
      }
      if (tokens[w].kind != TokenKind::kWord && tokens[w].kind != TokenKind::kNumber) break;
    }
  }
  // "la morte di Mahsa Amini".
  const bool event_of = pos >= 2 && BasePreposition(tokens[pos - 1].lower) == "di" &&
                        tokens[pos - 1].lower == "di" && IsPersonEventNoun(tokens[pos - 2].lower);
  if (((said || headed_by) && (k == tokens.size() || tokens[k].kind == TokenKind::kPunct)) ||
      (one_of && k < tokens.size() && tokens[k].lower == ",") || event_of) {
    // "guidato da Mahamat Mahdi Ali": first names that are words of known people's names
    // before a surname the dictionary does not know.
    // With three words or more the last may be one too ("Mahdi Ali").
    bool unknown = k >= pos + 3 ? IsSingleWordOfPersonName(tokens, k - 1, c.text)
                                : !gazetteer_.LongestMatchAt(tokens, k - 1, c.text);
    for (std::size_t w = pos; w + 1 < k && unknown; ++w) {
      unknown = IsSingleWordOfPersonName(tokens, w, c.text);
    }
    if (unknown) {
      MatchApposition(c, AddNewPerson(c, pos, pos, k, ""));
      return true;
    }
  }
  // "Keizo Obuchi e Kim Dae-jung": coordinated with a person the dictionary knows.
  if (k + 1 < tokens.size() && tokens[k].lower == "e") {
    if (auto other = gazetteer_.LongestMatchAt(tokens, k + 1, c.text);
        other && other->end > k + 2 && other->senses.front().kind == NameKind::kActor &&
        schema_.actors()[other->senses.front().index].ref.type == "PERSON") {
      bool unknown = true;
      for (std::size_t w = pos; w < k && unknown; ++w) {
        unknown = !gazetteer_.LongestMatchAt(tokens, w, c.text);
      }
      if (unknown) {
        AddNewPerson(c, pos, pos, k, "");
        return true;
      }
    }
  }
  // "Mario Rossi è stato nominato ministro degli Esteri": an unknown full name given an office.
  if (k + 3 < tokens.size() && (tokens[k].lower == "è" || tokens[k].lower == "era") &&
      (tokens[k + 1].lower == "stato" || tokens[k + 1].lower == "stata") &&
      IsAppointingVerbForm(tokens[k + 2].lower)) {
    auto title = gazetteer_.LongestMatchAt(tokens, k + 3, c.text);
    bool unknown = title && title->senses.front().kind == NameKind::kTitle;
    for (std::size_t w = pos; w < k && unknown; ++w) {
      unknown = !gazetteer_.LongestMatchAt(tokens, w, c.text);
    }
    if (unknown) {
      AddNewPerson(c, pos, pos, k, "");
      return true;
    }
  }
  if (k + 1 >= tokens.size() || tokens[k].lower != ",") return false;
  std::size_t t = k + 1;
  // "Rafiqul Hasan Tuhin, uno dei portavoce del movimento".
  if ((tokens[t].lower == "uno" || tokens[t].lower == "una") && t + 2 < tokens.size() &&
      BasePreposition(tokens[t + 1].lower) == "di" && tokens[t + 1].lower != "di") {
    t += 2;
  } else if (IsArticle(tokens[t].lower) && t + 1 < tokens.size()) {
    ++t;
  }
  // "Tam Yiu-chung, unico delegato dell'ex colonia": an adjective before the title.
  static const WordSet kTitleAdjectives = {"unico",   "unica",   "storico", "storica",   "ex",
                                           "nuovo",   "nuova",   "potente", "influente", "anziano",
                                           "anziana", "giovane", "celebre", "noto",      "nota"};
  if (kTitleAdjectives.count(tokens[t].lower) && t + 1 < tokens.size() &&
      (IsPersonTitleWord(tokens[t + 1].lower) || IsPersonRoleNoun(tokens[t + 1].lower) ||
       tokens[t + 1].lower == "delegato" || tokens[t + 1].lower == "delegata")) {
    ++t;
  }
  // "Sylvie Wakolo, commerciante di Nouméa": who the person is, with its complement;
  // "Haruto Sasaki, che guida una cooperativa", "Mariela Cedeño, 52 anni,": what a person does
  // or their age.
  static const WordSet kPersonVerbs = {"guida", "presiede", "dirige", "coordina", "gestisce",
                                       "rappresenta", "insegna", "lavora", "vive", "abita",
                                       "ha", "era", "è", "fu", "aveva"};
  const bool does = tokens[t].lower == "che" && t + 1 < tokens.size() &&
                    kPersonVerbs.count(tokens[t + 1].lower) > 0;
  const bool age = tokens[t].kind == TokenKind::kNumber && t + 1 < tokens.size() &&
                   tokens[t + 1].lower == "anni";
  if ((IsPersonRoleNoun(tokens[t].lower) && t + 1 < tokens.size() &&
       tokens[t + 1].kind == TokenKind::kWord && !tokens[t + 1].capitalized) ||
      does || age) {
    bool unknown = true;
    for (std::size_t w = pos; w < k && unknown; ++w) {
      unknown = !gazetteer_.LongestMatchAt(tokens, w, c.text);
    }
    if (unknown) {
      MatchApposition(c, AddNewPerson(c, pos, pos, k, ""));
      return true;
    }
  }
  // "..., figlio dell'ex presidente": kinship is as telling as a title.
  // "..., membro dell'ufficio politico di Ansar Allah", "..., esponente di spicco del partito"
  // "Dauletmurat Tazhimuratov, avvocato e giornalista": a profession that introduces people.
  const bool role = ((IsKinshipNoun(tokens[t].lower) || tokens[t].lower == "membro" ||
                      tokens[t].lower == "esponente" || tokens[t].lower == "fondatore" ||
                      tokens[t].lower == "fondatrice" || tokens[t].lower == "dirigente" ||
                      tokens[t].lower == "militante") &&
                     t + 1 < tokens.size() &&
                     (BasePreposition(tokens[t + 1].lower) == "di" ||
                      tokens[t + 1].kind == TokenKind::kWord)) ||
                    (IsPersonTitleWord(tokens[t].lower) && t + 1 < tokens.size() &&
                     (tokens[t + 1].kind == TokenKind::kWord || tokens[t + 1].lower == ","));
  auto title = gazetteer_.LongestMatchAt(tokens, t, c.text);
  if (!role && (!title || title->senses.front().kind != NameKind::kTitle)) return false;
  MatchApposition(c, AddNewPerson(c, pos, pos, k, ""));
  return true;
}

bool ActorRecognizer::MatchRankAndName(Cursor& c, std::size_t pos) const {
  // "il generale Abdourahamane Tchiani", "il colonnello Assimi Goïta": a rank or role that is
  // no office of the schema, followed by a name the dictionary does not know.
  const auto& tokens = c.tokens;
  if (!IsPersonTitleWord(tokens[pos].lower)) return false;
  std::size_t begin = pos + 1;
  while (begin < tokens.size() && begin < pos + 3 && IsPersonTitleWord(tokens[begin].lower)) {
    ++begin;  // "il colonnello generale"
  }
  // "il religioso sciita Nimr al-Nimr", "l'attivista iraniana X": an adjective before the name.
  if (begin + 1 < tokens.size() && tokens[begin].kind == TokenKind::kWord &&
      !tokens[begin].capitalized && IsNameWord(tokens[begin + 1]) &&
      (LooksLikeAdjective(tokens[begin].lower) || tokens[begin].lower.ends_with("ita"))) {
    ++begin;
  }
  // "il ministro dell'Energia Moussa Diallo": a one-noun complement with its adjectives
  // stands before a full name.
  // "Il ministro di Governo, Eduardo del Castillo": or a comma between.
  bool complement = false;
  if (std::size_t k = ComplementEnd(tokens, begin); k > begin) {
    // "la giornalista di Radio Free Europe Alsu Kurmasheva": a complement that opens a known
    // name ends with it.
    if (auto known = gazetteer_.LongestMatchAt(tokens, begin + 1, c.text);
        known && known->end > k && known->senses.front().kind == NameKind::kActor) {
      k = known->end;
    }
    if (k + 2 < tokens.size() && tokens[k].lower == "," && NameEnd(tokens, k + 1, 5) >= k + 3) {
      ++k;
    }
    if (k + 1 < tokens.size() && NameEnd(tokens, k, 5) >= k + 2) {
      begin = k;
      complement = true;
    }
  }
  // "il generale Idriss Mahamat Koulamallah": first names may be words the dictionary knows
  // from other people; the name is new when its last word is unknown. A known surname at the
  // end ("il generale Andrey Serdyukov") or a known full name is the dictionary's person.
  std::size_t k = NameEnd(tokens, begin, 4);
  if (k == begin || (complement && k < begin + 2)) return false;
  if (k < tokens.size() && IsNameWord(tokens[k])) return false;
  if (auto known = gazetteer_.LongestMatchAt(tokens, begin, c.text);
      known && (known->end >= k || known->end > begin + 1)) {
    return false;
  }
  for (std::size_t w = begin; w < k; ++w) {
    if (auto known = gazetteer_.LongestMatchAt(tokens, w, c.text);
        known && (known->end > w + 1 || w + 1 == k ||
                  known->senses.front().kind != NameKind::kSurname)) {
      return false;
    }
  }
  const std::size_t person = AddNewPerson(c, pos, begin, k, "");
  // "il viceministro della Difesa Yunus-Bek Yevkurov": a government post named by its
  // ministry is held in the article's country.
  const TokenText& rank = tokens[pos].lower;
  if (complement && (rank == "ministro" || rank == "ministra" || rank == "viceministro" ||
                     rank == "sottosegretario" || rank == "sottosegretaria")) {
    ActorRef home = HomeCountry(c.memory, c.out.mentions, "government");
    if (!home.empty()) {
      c.out.structural.push_back({"OFFICIAL_OF", person, home, rank, "title-name", rank});
    }
  }
  MatchApposition(c, person);
  return true;
}

bool ActorRecognizer::MatchBareRank(Cursor& c, std::size_t pos) const {
  // "Il generale ha poi accusato la Francia": a rank or role alone, singular, is the person
  // last named with it ("il generale Abdourahamane Tchiani").
  const auto& tokens = c.tokens;
  if (pos == 0 || !IsPersonTitleWord(tokens[pos].lower) ||
      !IsSingularDefinite(tokens[pos - 1].lower)) {
    return false;
  }
  if (pos + 1 < tokens.size() && (IsNameWord(tokens[pos + 1]) ||
                                  !BasePreposition(tokens[pos + 1].lower).empty())) {
    return false;  // a name or a complement follows: not a bare rank
  }
  for (auto it = c.memory.recent_people.rbegin(); it != c.memory.recent_people.rend(); ++it) {
    auto titled = c.memory.person_titles.find(it->first.id);
    if (titled == c.memory.person_titles.end() || titled->second != tokens[pos].lower) continue;
    SentenceMention m;
    m.begin = pos;
    m.end = pos + 1;
    m.actor = it->first;
    m.resolution = kResolvedCoreference;
    c.Add(std::move(m));
    return true;
  }
  return false;
}

void ActorRecognizer::AddGivenOffice(Cursor& c, std::size_t person, std::size_t at,
                                     const ActorRef& appointer, std::string_view verb) const {
  const auto& tokens = c.tokens;
  if (at < tokens.size() && (tokens[at].lower == "come" || tokens[at].lower == "nuovo" ||
                             tokens[at].lower == "nuova")) {
    ++at;
  }
  auto title = gazetteer_.LongestMatchAt(tokens, at, c.text);
  if (!title || title->senses.front().kind != NameKind::kTitle) return;
  const std::string& office = schema_.offices()[title->senses.front().index].office;
  if (office == "counterpart") return;
  // The office's country or body: a demonym or a "di" complement right after the title, else
  // the appointer's country, else the person's, else the article's.
  const ActorRef& holder = c.out.mentions[person].actor;
  ActorRef target;
  const std::size_t end = SkipOfficeQualifiers(tokens, title->end);
  if (auto m = gazetteer_.LongestMatchAt(tokens, end, c.text);
      m && m->senses.front().kind == NameKind::kDemonym) {
    target = RefOf(m->senses.front().index);
  } else if (std::size_t after = 0, begin = 0;
             auto a = ActorAfterPreposition(c, end, &after, &begin)) {
    target = schema_.actors()[*a].ref;
  } else if (!appointer.empty()) {
    target = appointer;
  } else if (const ActorEntry* own = schema_.FindActor(holder.country);
             own && own->ref.type == "COUNTRY") {
    target = own->ref;
  } else {
    target = HomeCountry(c.memory, c.out.mentions, "government");
  }
  if (target.empty() || target.id == holder.id) return;
  target.sector.clear();
  c.out.structural.push_back(
      {"OFFICIAL_OF", person, target, office, "appointed", std::string(verb)});
}

std::optional<std::pair<ActorRef, std::size_t>> ActorRecognizer::RelativeNamedAt(
    Cursor& c, std::size_t pos) const {
  // "di Nazarbayev", "dell'ex presidente Mahamadou Issoufou": the first person named, past
  // "ex", titles and demonyms; "dell'ex presidente" alone: that office's holder.
  const auto& tokens = c.tokens;
  for (std::size_t p = pos; p < tokens.size() && p < pos + 6; ++p) {
    if (tokens[p].kind == TokenKind::kPunct) break;
    auto m = gazetteer_.LongestMatchAt(tokens, p, c.text);
    if (!m) continue;
    const NameSense& s = m->senses.front();
    if ((s.kind == NameKind::kActor || s.kind == NameKind::kSurname) &&
        schema_.actors()[s.index].ref.type == "PERSON") {
      return std::make_pair(RefOf(s.index), m->end);
    }
    if (s.kind != NameKind::kTitle && s.kind != NameKind::kDemonym) break;
    // "del presidente americano Donald Trump": the name after the title's demonym.
    const bool demonym_then_name = [&] {
      if (m->end + 1 >= tokens.size()) return false;
      auto d = gazetteer_.LongestMatchAt(tokens, m->end, c.text);
      return d && d->senses.front().kind == NameKind::kDemonym && d->end < tokens.size() &&
             IsNameWord(tokens[d->end]);
    }();
    if (s.kind == NameKind::kTitle && !demonym_then_name &&
        (m->end >= tokens.size() || !IsNameWord(tokens[m->end]))) {
      const bool former = p > 0 && (tokens[p - 1].lower == "ex" || tokens[p - 1].lower == "former");
      if (auto holder = RecentHolder(c, schema_.offices()[s.index].office, former)) {
        return std::make_pair(*holder, m->end);
      }
      break;
    }
    p = m->end - 1;
  }
  return std::nullopt;
}

bool ActorRecognizer::MatchKinshipName(Cursor& c, std::size_t pos) const {
  // "Khan e la moglie Bushra Bibi", "la moglie dell'ex presidente, Lilia Paredes", "uno dei
  // figli, Noureddin Bongo Valentin": a relative named after the kinship noun.
  const auto& tokens = c.tokens;
  if (!IsKinshipNoun(tokens[pos].lower) || pos + 2 >= tokens.size()) return false;
  std::optional<ActorRef> relative;
  std::size_t name_at = pos + 1;
  if (BasePreposition(tokens[pos + 1].lower) == "di") {
    // "la moglie dell'ex presidente, X": whose relative comes first, then a comma.
    auto named = RelativeNamedAt(c, pos + 2);
    if (!named) return false;
    relative = named->first;
    name_at = named->second;
    if (name_at >= tokens.size() || tokens[name_at].lower != ",") return false;
    ++name_at;
  } else {
    // "la moglie X", "dei figli, X": the person just named in this sentence.
    if (tokens[name_at].lower == ",") ++name_at;
    for (std::size_t k = c.out.mentions.size(); k-- > 0;) {
      if (c.out.mentions[k].actor.type == "PERSON") {
        relative = c.out.mentions[k].actor;
        break;
      }
    }
  }
  if (!relative || name_at >= tokens.size() || !IsNameWord(tokens[name_at])) return false;
  std::size_t index = 0;
  auto known = gazetteer_.LongestMatchAt(tokens, name_at, c.text);
  if (known && !IsFirstNameOfNewPerson(tokens, name_at, *known, c.text) &&
      (known->senses.front().kind == NameKind::kActor ||
       known->senses.front().kind == NameKind::kSurname) &&
      schema_.actors()[known->senses.front().index].ref.type == "PERSON") {
    SentenceMention m;
    m.begin = name_at;
    m.end = known->end;
    m.actor = RefOf(known->senses.front().index);
    m.resolution = kResolvedDictionary;
    index = c.Add(std::move(m));
  } else {
    if (known) return false;  // "il figlio Mosca" is no name
    const std::size_t end = NameEnd(tokens, name_at, 4);
    // One word alone names the relative only right after the noun and its article ("con la
    // moglie Asma", "al padre Omar"), not after a comma or a complement.
    if (end < name_at + 2 &&
        (name_at != pos + 1 || pos == 0 ||
         (!IsArticle(tokens[pos - 1].lower) && BasePreposition(tokens[pos - 1].lower).empty()))) {
      return false;
    }
    index = AddNewPerson(c, name_at, name_at, end, relative->country);
  }
  if (c.out.mentions[index].actor.id != relative->id) {
    c.out.structural.push_back({"RELATIVE_OF", index, *relative, tokens[pos].lower,
                                "kinship-name", tokens[pos].lower});
  }
  return true;
}

std::optional<ActorRef> ActorRecognizer::RecentHolder(Cursor& c, std::string_view office,
                                                      bool former) const {
  // "dell'ex presidente": the person of this document who held that office, latest named
  // first; else the holder in the article's country.
  // "l'ex presidente" is someone whose term had ended by the document's date.
  auto fits = [&](const OfficeTerm& t) {
    if (t.office != office) return false;
    if (!former || c.memory.date.empty()) return true;
    return !t.to.empty() && CompareDatePrefix(t.to, c.memory.date) <= 0;
  };
  for (auto it = c.memory.recent_people.rbegin(); it != c.memory.recent_people.rend(); ++it) {
    const ActorEntry* person = schema_.FindActor(it->first.id);
    if (person && std::any_of(person->offices.begin(), person->offices.end(), fits)) {
      return person->ref;
    }
  }
  ActorRef home = HomeCountry(c.memory, c.out.mentions, "government");
  if (const ActorEntry* country = home.empty() ? nullptr : schema_.FindActor(home.id)) {
    if (const ActorEntry* holder = Holder(office, *country, c.memory.date, former)) {
      return holder->ref;
    }
  }
  return std::nullopt;
}

bool ActorRecognizer::MatchBareFullName(Cursor& c, std::size_t pos) const {
  // "c'era anche Ruben Vardanyan", "..., Samantha Power, che ha incontrato": two to four
  // capitalised words the dictionary does not know, where a person's name stands (not after a
  // preposition or an article, where places and titles of things do) are a new person; ending
  // in a word such as "Bank" or "Airlines", a new organisation.
  const auto& tokens = c.tokens;
  // "la giornalista di Radio Free Europe Alsu Kurmasheva", "e la Norvegia Mikhail Mikushin":
  // right after the name of a body or a country, a person's name may follow.
  const bool after_actor =
      pos > 0 && !c.out.mentions.empty() && c.out.mentions.back().end == pos &&
      !c.out.mentions.back().adjective &&
      (c.out.mentions.back().actor.type == "ORGANIZATION" ||
       c.out.mentions.back().actor.type == "IGO" || c.out.mentions.back().actor.type == "COUNTRY");
  if (!IsNameWord(tokens[pos]) || IsSentenceOpener(tokens[pos].lower) ||
      IsHeadlineParticiple(tokens, pos) ||
      (pos > 0 && IsNameWord(tokens[pos - 1]) && !after_actor)) {
    return false;
  }
  const std::size_t k = NameEnd(tokens, pos, 4);
  // (There the name must end the clause: "..., Alsu Kurmasheva." or before a verb.)
  if (after_actor && IsNameWord(tokens[pos - 1]) &&
      (k > pos + 3 || (k < tokens.size() && tokens[k].kind != TokenKind::kPunct &&
                       !AuxiliaryForms(tokens[k].lower) && tokens[k].lower != "e"))) {
    return false;
  }
  if (k < pos + 2 || (k < tokens.size() && (IsNameWord(tokens[k]) || tokens[k].lower == "(" ||
                                            tokens[k].kind == TokenKind::kNumber))) {
    return false;
  }
  const bool organization = IsForeignOrganizationWord(tokens[k - 1].lower);
  // At the start of a sentence any word is capitalised: there a verb must follow ("Ruben
  // Vardanyan è stato arrestato", "Lotte Brouwers ha detto").
  if (pos == 0 && !organization &&
      (k >= tokens.size() ||
       (!AuxiliaryForms(tokens[k].lower) && !IsSpeechVerbForm(tokens[k].lower)))) {
    return false;
  }
  // (At the start of a sentence the checks on the word before look at the first word itself,
  // which passes them.)
  const Token& before = tokens[pos > 0 ? pos - 1 : pos];
  // After a full stop, a colon or a dash a headline's first word is capitalised anyway; after
  // "l'aeroporto", "la nave", "il caso" stands the name of a thing.
  static const WordSet kThingNouns = {
      "aeroporto", "piazza", "via", "viale", "corso", "ospedale", "carcere", "prigione",
      "stadio", "nave", "petroliera", "portacontainer", "cargo", "mercantile", "città",
      "villaggio", "quartiere", "regione", "provincia", "distretto", "università", "operazione",
      "missione", "volo", "hotel", "albergo", "palazzo", "base", "porto", "valico", "fiume",
      "monte", "lago", "isola", "campo", "caso", "progetto", "piano", "programma", "festival",
      "premio", "squadra", "club", "stazione", "ponte", "diga", "giacimento", "impianto",
      "centrale", "raffineria", "miniera", "scuola", "liceo", "moschea", "chiesa", "cattedrale",
      "teatro", "museo", "sito", "app", "piattaforma", "marchio", "modello", "sistema"};
  // "il National Federation Party di Biman Prasad", "i socialdemocratici di Pamela
  // Rendi-Wagner": after a party, a group or its members, "di" introduces their leader.
  const bool led_by =
      pos >= 2 && before.lower == "di" &&
      (IsGroupNoun(tokens[pos - 2].lower) || IsPartyMembersNoun(tokens[pos - 2].lower) ||
       std::any_of(c.out.mentions.begin(), c.out.mentions.end(), [&](const SentenceMention& m) {
         return m.end == pos - 1 && !m.is_location &&
                (m.actor.type == "ORGANIZATION" || m.actor.type == "GROUP");
       }));
  if (!organization && !led_by &&
      (IsArticle(before.lower) || !BasePreposition(before.lower).empty() || before.lower == "(" ||
       before.lower == "'" || before.lower == "\"" || before.lower == "«" ||
       before.kind == TokenKind::kNumber || IsStrongPunctuation(before.lower) ||
       before.lower == "–" || before.lower == "-" || before.lower == "—" ||
       kThingNouns.count(before.lower) > 0)) {
    return false;
  }
  for (std::size_t w = pos; w < k; ++w) {
    // "Jack Bryan Pintado Sánchez": after three words the dictionary does not know, a second
    // surname that is also a known person's is part of the name.
    const bool second_surname =
        w == k - 1 && w >= pos + 3 && !organization && IsSingleWordOfPersonName(tokens, w, c.text);
    if (tokens[w].all_caps || (!organization && IsPlaceOrThingWord(tokens[w].lower)) ||
        (!second_surname && gazetteer_.LongestMatchAt(tokens, w, c.text))) {
      return false;
    }
  }
  if (organization) {
    AddNewOrganization(c, pos, k,
                       RememberNewActor(c.memory, tokens, c.text, pos, k, "ORGANIZATION"));
    return true;
  }
  // "due studenti, Jack Bryan ... e Jordan Inti Sotelo Camargo": a country's one-word English
  // name with no article before it, right before the rest of a name, is a first name.
  std::size_t begin = pos;
  if (after_actor && IsNameWord(tokens[pos - 1])) {
    const SentenceMention& country = c.out.mentions.back();
    if (country.actor.type == "COUNTRY" && country.begin + 1 == pos && country.begin > 0 &&
        !IsArticle(tokens[country.begin - 1].lower) &&
        BasePreposition(tokens[country.begin - 1].lower).empty() &&
        !IsNameWord(tokens[country.begin - 1])) {
      begin = country.begin;
      c.out.mentions.pop_back();
    }
  }
  MatchApposition(c, AddNewPerson(c, begin, begin, k, ""));
  return true;
}

bool ActorRecognizer::MatchKnownFirstName(Cursor& c, std::size_t pos) const {
  // "Pedro Castillo", "Imran Khan" without a title: a first name some person of the
  // dictionary has, followed by capitalised words the dictionary does not know.
  const auto& tokens = c.tokens;
  if (!IsNameWord(tokens[pos]) || (pos > 0 && IsNameWord(tokens[pos - 1])) ||
      !people_.IsFirstName(MatchKey(tokens[pos].fold))) {
    return false;
  }
  const std::size_t k = NameEnd(tokens, pos, 4);
  if (k < pos + 2 || (k < tokens.size() && IsNameWord(tokens[k]))) return false;
  for (std::size_t w = pos + 1; w < k; ++w) {
    if (gazetteer_.LongestMatchAt(tokens, w, c.text)) return false;  // the dictionary's
  }
  MatchApposition(c, AddNewPerson(c, pos, pos, k, ""));
  return true;
}

void ActorRecognizer::MatchImpliedOffice(Cursor& c, std::size_t mention) const {
  const SentenceMention& person = c.out.mentions[mention];
  const auto& tokens = c.tokens;
  // "i presidenti Sadyr Japarov ed Emomali Rahmon", "i ministri degli Esteri, X e Y": a plural
  // title before a list of people of the dictionary; each holds it where their term says.
  {
    std::size_t b = person.begin;
    std::size_t m = mention;
    auto joined_to_previous = [&]() {
      if (m == 0 || c.out.mentions[m - 1].actor.type != "PERSON") return false;
      const std::size_t end = c.out.mentions[m - 1].end;
      if (end > b || b - end > 2) return false;
      for (std::size_t k = end; k < b; ++k) {
        const TokenText& w = tokens[k].lower;
        if (w != "e" && w != "ed" && w != "," && !IsArticle(w)) return false;
      }
      return true;
    };
    while (joined_to_previous()) b = c.out.mentions[--m].begin;
    if (b > 0 && tokens[b - 1].lower == ",") --b;
    if (b > 0 && IsArticle(tokens[b - 1].lower)) --b;  // "..., il principe X"
    // The plural title as the words that end right before the list.
    struct PluralTitle {
      std::vector<std::string_view> words;
      std::string_view office;
    };
    static const PluralTitle kPlural[] = {
        {{"presidenti"}, "president"},
        {{"primi", "ministri"}, "prime_minister"},
        {{"i", "premier"}, "prime_minister"},
        {{"cancellieri"}, "prime_minister"},
        {{"ministri", "degli", "esteri"}, "foreign_minister"},
        {{"ministri", "della", "difesa"}, "defence_minister"},
        {{"ministri", "dell'", "interno"}, "interior_minister"},
        {{"ministri", "degli", "interni"}, "interior_minister"}};
    // "I ministri degli Esteri di Russia e Cina, Sergej Lavrov e Wang Yi": the countries in the
    // title's complement say whose offices they are; they are no parties of their own.
    std::vector<std::size_t> complement;
    const std::size_t list_begin = b;
    if (b > 0 && m > 0) {
      std::size_t q = m;
      std::size_t at = b;
      while (q > 0 && c.out.mentions[q - 1].end <= at && c.out.mentions[q - 1].end + 1 >= at &&
             (c.out.mentions[q - 1].actor.type == "COUNTRY" ||
              c.out.mentions[q - 1].actor.type == "IGO") &&
             !c.out.mentions[q - 1].adjective) {
        const std::string_view between =
            c.out.mentions[q - 1].end < at ? std::string_view(tokens[at - 1].lower) : "";
        if (!between.empty() && between != "e" && between != "ed" && between != "," &&
            !(complement.empty() && between == ",")) {
          break;
        }
        complement.push_back(q - 1);
        at = c.out.mentions[q - 1].begin;
        --q;
        if (at > 0 && IsArticle(tokens[at - 1].lower)) --at;
        // ("degli Esteri di Russia" is one agent mention: the title ends inside it.)
        const std::string_view first = tokens[c.out.mentions[q].begin].lower;
        if (first == "esteri" || first == "difesa" || first == "interno" || first == "interni") {
          b = c.out.mentions[q].begin + 1;
          break;
        }
        if (at > 0 && BasePreposition(tokens[at - 1].lower) == "di") {
          b = at - 1;
          break;
        }
      }
      if (complement.empty() || (b != at - 1 && b != c.out.mentions[complement.back()].begin + 1)) {
        complement.clear();
        b = list_begin;
      }
    }
    std::string_view wanted;
    std::string_view title_word;
    for (const PluralTitle& title : kPlural) {
      const std::size_t n = title.words.size();
      if (b < n) continue;
      bool same = true;
      for (std::size_t w = 0; w < n && same; ++w) same = tokens[b - n + w].lower == title.words[w];
      if (same) {
        wanted = title.office;
        title_word = title.words.back();
        break;
      }
    }
    if (!wanted.empty()) {
      // (Still reported as mentions of their own, nested in the title.)
      for (std::size_t q : complement) {
        c.out.nested.push_back(c.out.mentions[q]);
        c.out.mentions[q].adjective = true;
      }
      if (const ActorEntry* entry = schema_.FindActor(person.actor.id)) {
        for (const OfficeTerm& term : entry->offices) {
          if (term.office != wanted || !term.Covers(c.memory.date)) continue;
          if (const ActorEntry* of = schema_.FindActor(term.of)) {
            c.out.structural.push_back({"OFFICIAL_OF", mention, of->ref, term.office,
                                        "plural-title", std::string(title_word)});
          }
          return;
        }
      }
    }
  }
  // "il presidente brasiliano Lula e il cileno Gabriel Boric": a demonym right before a
  // person of the dictionary stands for the office that person held there at the date.
  if (mention == 0) return;
  const SentenceMention& demonym = c.out.mentions[mention - 1];
  if (!demonym.adjective || demonym.end != person.begin || demonym.begin == 0 ||
      !IsArticle(c.tokens[demonym.begin - 1].lower)) {
    return;
  }
  const ActorEntry* entry = schema_.FindActor(person.actor.id);
  if (!entry) return;
  for (const OfficeTerm& term : entry->offices) {
    if (term.of == demonym.actor.id && term.Covers(c.memory.date)) {
      c.out.structural.push_back({"OFFICIAL_OF", mention, demonym.actor, term.office,
                                  "demonym-name", c.tokens[demonym.begin].lower});
      return;
    }
  }
}

std::optional<std::size_t> ActorRecognizer::MatchNameAfterDescription(Cursor& c,
                                                                      std::size_t pos) const {
  // "l'attivista russo Aleksej Navalny", "il combattente kazako di MMA Kuat Naiman Khamitov":
  // two or more capitalised words unknown to the dictionary after a noun and a demonym.
  const auto& tokens = c.tokens;
  std::size_t k = pos;
  if (k + 1 < tokens.size() && BasePreposition(tokens[k].lower) == "di" &&
      tokens[k + 1].capitalized) {
    k += 2;
  }
  std::size_t begin = k;
  while (k < tokens.size() && k < begin + 4 && IsNameWord(tokens[k])) {
    // ("Cameron MacKay": a known surname as the first name of someone unknown.)
    if (auto known = gazetteer_.LongestMatchAt(tokens, k, c.text);
        known && (k > begin || !IsFirstNameOfNewPerson(tokens, k, *known, c.text))) {
      // ("l'ambasciatore americano Ronald Johnson": a known surname after an unknown first
      // name is someone else's.)
      const NameSense& sense = known->senses.front();
      const bool surname = sense.kind == NameKind::kSurname ||
                           (sense.kind == NameKind::kActor &&
                            schema_.actors()[sense.index].ref.type == "PERSON");
      if (k > begin && known->end == k + 1 && surname &&
          (k + 1 >= tokens.size() || !IsNameWord(tokens[k + 1]))) {
        ++k;
      }
      break;
    }
    ++k;
  }
  if (k - begin < 2) return std::nullopt;
  return AddNewPerson(c, begin, begin, k, c.out.mentions.back().actor.id);
}

SentenceActors ActorRecognizer::Recognize(std::span<const Token> tokens, std::string_view text,
                                          DocumentMemory& memory) const {
  SentenceActors out;
  Cursor c{tokens, text, memory, out};
  // "il Partito democratico senegalese (Pds)": names spelled out before an acronym in
  // brackets, found first so that a dictionary name inside ("Partito democratico") does not
  // cut them short. Pairs of (first word, bracket).
  std::vector<std::pair<std::size_t, std::size_t>> expansions;
  for (std::size_t k = 2; k + 2 < tokens.size(); ++k) {
    if (tokens[k].lower != "(" || tokens[k + 2].lower != ")" || !tokens[k + 1].capitalized) {
      continue;
    }
    const std::string_view acronym =
        text.substr(tokens[k + 1].start, tokens[k + 1].end - tokens[k + 1].start);
    if (acronym.size() < 2 || acronym.size() > 8) continue;
    if (auto begin = AcronymExpansionBegin(tokens, k, acronym); begin && *begin + 2 <= k) {
      expansions.emplace_back(*begin, k);
    }
  }
  std::size_t i = 0;
  while (i < tokens.size()) {
    const Token& t = tokens[i];
    if (t.kind == TokenKind::kPunct) {
      ++i;
      continue;
    }
    while (!expansions.empty() && expansions.front().first < i)
      expansions.erase(expansions.begin());
    if (!expansions.empty() && expansions.front().first == i) {
      AddBracketedOrganization(c, i, expansions.front().second);
      i = expansions.front().second + 3;
      continue;
    }
    const std::size_t before = out.mentions.size();
    // Names this document introduced ("Tinubu" after "il presidente nigeriano Bola Tinubu").
    if (IsNameWord(t) && !memory.new_actors.empty()) {
      // Not the first word of a longer name that ends in a word neither knows: "Hamad Rashid
      // al-Kuwari" after "Tamim bin Hamad" (unless that is the name remembered).
      const auto longer_name = [&](const ActorRef& remembered) {
        const std::size_t run = NameEnd(tokens, i, 4);
        return run >= i + 2 && (run == tokens.size() || !IsNameWord(tokens[run])) &&
               !memory.new_actors.count(MatchKey(tokens[run - 1].fold)) &&
               !gazetteer_.LongestMatchAt(tokens, run - 1, c.text) &&
               remembered.label.str().find(Surface(tokens, i, run, c.text)) == std::string::npos;
      };
      if (auto it = memory.new_actors.find(MatchKey(t.fold));
          it != memory.new_actors.end() && !longer_name(it->second)) {
        SentenceMention m;
        m.begin = i;
        m.end = i + 1;
        m.actor = it->second;
        m.resolution = kResolvedCoreference;
        c.Add(std::move(m));
        i += 1;
        continue;
      }
    }
    // "Lui ha poi criticato la Nato", "quest'ultimo ha minacciato l'Iran": a personal pronoun
    // is the person named last, in this sentence or before.
    if (const bool latter = (t.lower == "ultimo" || t.lower == "ultima") && i > 0 &&
                            (tokens[i - 1].lower == "quest'" || tokens[i - 1].lower == "questo" ||
                             tokens[i - 1].lower == "questa");
        latter || t.lower == "lui" || t.lower == "lei" || t.lower == "egli" || t.lower == "ella") {
      ActorRef referent;
      for (auto m = out.mentions.rbegin(); m != out.mentions.rend() && referent.empty(); ++m) {
        if (m->actor.type == "PERSON" && !m->adjective) referent = m->actor;
      }
      if (referent.empty() && !memory.previous_sentence_people.empty()) {
        referent = memory.previous_sentence_people.back().first;
      }
      if (referent.empty() && !memory.recent_people.empty()) {
        referent = memory.recent_people.back().first;
      }
      if (!referent.empty()) {
        SentenceMention m;
        m.begin = latter ? i - 1 : i;
        m.end = i + 1;
        m.actor = referent;
        m.resolution = kResolvedCoreference;
        c.Add(std::move(m));
        i += 1;
        continue;
      }
    }
    // "ha esortato le parti", "a tutte le parti": the two sides of the last two-sided event;
    // "esortando entrambi a": the two people named last (or the two countries).
    if (auto group = BareGroupAt(tokens, i)) {
      const bool parties = tokens[i].lower == "parti";
      // "ha parlato con X e con Y, esortando entrambi": the two just named come first.
      std::vector<std::pair<ActorRef, int>> named_here;
      for (const SentenceMention& m : out.mentions) {
        if (!parties && m.actor.type == "PERSON" && !m.adjective && !m.is_location &&
            std::none_of(named_here.begin(), named_here.end(),
                         [&](const auto& n) { return n.first.id == m.actor.id; })) {
          named_here.emplace_back(m.actor, 1);
        }
      }
      // "le parti": the two sides of the last agreement or fighting the document
      // reported, unless one of them speaks ("Blinken ha esortato le parti").
      std::vector<std::pair<ActorRef, int>> sides;
      for (auto it = memory.recent_events.rbegin(); parties && it != memory.recent_events.rend();
           ++it) {
        if (it->type != "AGREE" && it->type != "ASSAULT") continue;
        const auto older = static_cast<std::size_t>(memory.recent_events.rend() - it) - 1;
        if (DocumentMemory::SignedByPeople(*it) && memory.SidesBefore(older)) continue;
        const bool speaks = std::any_of(
            out.mentions.begin(), out.mentions.end(), [&](const SentenceMention& m) {
              return m.actor.id == it->source.id || m.actor.id == it->target.id ||
                     m.actor.country == it->source.id || m.actor.country == it->target.id;
            });
        if (!speaks) sides = {{it->source, 1}, {it->target, 1}};
        break;
      }
      const bool people = !parties && memory.recent_people.size() >= 2;
      // A bare "i due" means people named just before, in this sentence or the last one.
      const bool bare_two = tokens[i].lower == "due";
      const auto& recent = parties                  ? sides
                           : named_here.size() >= 2 ? named_here
                           : bare_two               ? memory.previous_sentence_people
                           : people                 ? memory.recent_people
                                                    : memory.recent_countries;
      if (recent.size() >= 2) {
        AddLastNamed(out.mentions, recent, false, 2, *group, i + 1);
        i += 1;
        continue;
      }
    }
    // "i due leader", "i due presidenti", "entrambi i Paesi": the last two named.
    // "entrambe le parti"
    const bool both = (t.lower == "entrambi" || t.lower == "entrambe") && i + 2 < tokens.size() &&
                      (tokens[i + 1].lower == "i" || tokens[i + 1].lower == "gli" ||
                       tokens[i + 1].lower == "le");
    // "i tre Paesi", "i quattro leader": as many as the number says.
    std::size_t count = 2;
    if (t.lower == "tre") count = 3;
    if (t.lower == "quattro") count = 4;
    if (t.lower == "cinque") count = 5;
    const bool two = (t.lower == "due" || count > 2) && i > 0 && i + 1 < tokens.size() &&
                     (tokens[i - 1].lower == "i" || tokens[i - 1].lower == "gli" ||
                      tokens[i - 1].lower == "entrambi" || tokens[i - 1].lower == "dai" ||
                      tokens[i - 1].lower == "dei" || tokens[i - 1].lower == "ai" ||
                      tokens[i - 1].lower == "tra" || tokens[i - 1].lower == "fra" ||
                      tokens[i - 1].lower == "le" || tokens[i - 1].lower == "alle" ||
                      tokens[i - 1].lower == "delle" || tokens[i - 1].lower == "dalle");
    if (both || two) {
      if (both) ++i;  // "entrambi i Paesi": the noun follows the article
      std::string_view noun = tokens[i + 1].lower;
      const std::vector<std::pair<ActorRef, int>>* recent = nullptr;
      if (noun == "leader" || noun == "presidenti" || noun == "capi" || noun == "ministri" ||
          noun == "premier" || noun == "capi di stato" || noun == "generali" ||
          noun == "esponenti" || noun == "rivali" || noun == "dirigenti") {
        recent = &memory.recent_people;
      } else if (noun == "paesi" || noun == "stati" || noun == "governi" || noun == "nazioni" ||
                 noun == "parti") {
        recent = &memory.recent_countries;
      }
      // "i cinque Paesi centroasiatici": an adjective narrows the set to one the article
      // may not have listed.
      if (i + 2 < tokens.size()) {
        const Token& next = tokens[i + 2];
        if (next.kind == TokenKind::kWord && !next.capitalized && next.lower.size() > 4 &&
            (next.lower.ends_with("i") || next.lower.ends_with("e")) &&
            BasePreposition(next.lower).empty() && !IsArticle(next.lower) &&
            !AuxiliaryForms(next.lower)) {
          recent = nullptr;
        }
      }
      // "i due generali": the people named with that rank, when the article named enough.
      std::vector<std::pair<ActorRef, int>> titled;
      static const std::map<std::string_view, std::string_view> kSingular = {
          {"generali", "generale"}, {"colonnelli", "colonnello"}, {"presidenti", "presidente"},
          {"ministri", "ministro"}, {"comandanti", "comandante"}};
      if (auto it = kSingular.find(noun);
          recent == &memory.recent_people && it != kSingular.end()) {
        for (const auto& entry : memory.recent_people) {
          auto title = memory.person_titles.find(entry.first.id);
          if (title != memory.person_titles.end() && title->second == it->second) {
            titled.push_back(entry);
          }
        }
        if (titled.size() >= count) recent = &titled;
      }
      if (recent && recent->size() >= count) {
        // "a entrambi i generali": the mention starts at "entrambi", after its preposition
        AddLastNamed(out.mentions, *recent, recent == &memory.recent_countries, count,
                     both ? i - 1 : i, i + 2);
        i += 2;
        if (i < tokens.size() && tokens[i].lower == "di" && i + 1 < tokens.size() &&
            tokens[i + 1].lower == "stato") {
          i += 2;
        }
        continue;
      }
    }
    // "l'organizzazione", "l'Alleanza", "il blocco": the organisation last named; "il
    // movimento", "il gruppo", "la milizia": the group last named.
    // "il blocco", "dell'organizzazione", "lo stesso partito"
    const bool determined =
        i > 0 &&
        (IsArticle(tokens[i - 1].lower) || !BasePreposition(tokens[i - 1].lower).empty() ||
         (i > 1 && IsPossessive(tokens[i - 1].lower) &&
          (IsArticle(tokens[i - 2].lower) || !BasePreposition(tokens[i - 2].lower).empty())));
    const ActorRef* antecedent = determined ? CorefOrganization(c, i) : nullptr;
    if (antecedent) {
      SentenceMention m;
      m.begin = i;
      m.end = i + 1;
      m.actor = *antecedent;
      m.resolution = kResolvedCoreference;
      c.Add(std::move(m));
      ++i;
      continue;
    }
    std::optional<NameMatch> match = gazetteer_.LongestMatchAt(tokens, i, text);
    if (match && i > 0 && tokens[i - 1].capitalized && IsSaintWord(tokens[i - 1].lower) &&
        (match->senses.front().kind == NameKind::kSurname ||
         (match->senses.front().kind == NameKind::kActor &&
          schema_.actors()[match->senses.front().index].ref.type == "PERSON"))) {
      // "l'Università di San Marcos", "San Martín": a saint's name names a place or a thing.
      i = match->end;
      continue;
    }
    if (!match && t.hyphenated) {
      // "la bilaterale Putin-Biden", "il Consiglio Nato-Russia": two actors joined by a dash.
      for (const Token& part : SplitAtHyphens(t, text)) {
        std::span<const NameSense> senses = gazetteer_.LookupWord(part, text);
        if (senses.empty() || (senses.front().kind != NameKind::kActor &&
                               senses.front().kind != NameKind::kSurname &&
                               senses.front().kind != NameKind::kCapital)) {
          continue;
        }
        SentenceMention m;
        m.begin = i;
        m.end = i + 1;
        m.actor = RefOf(senses.front().index);
        m.resolution = kResolvedDictionary;
        m.hyphen_pair = true;
        c.Add(std::move(m));
      }
      if (out.mentions.size() - before >= 2) {
        ++i;
        continue;
      }
      // Else one hyphenated word: "Jean-Pierre Thébault" may still be a new name.
      out.mentions.resize(before);
    }
    if (!match && IsNameWord(t) && !t.hyphenated && !IsSentenceOpener(t.lower)) {
      // "Atmenia": a one-letter slip in a country's name (not "Domenica" for Dominica).
      if (auto country = gazetteer_.LookupMisspelledCountry(t)) {
        SentenceMention m;
        m.begin = i;
        m.end = i + 1;
        m.actor = RefOf(*country);
        m.resolution = kResolvedDictionary;
        m.is_location = IsLocativePreposition(PrepositionBefore(tokens, i));
        c.Add(std::move(m));
        ++i;
        continue;
      }
    }
    if (match && IsFirstNameOfNewPerson(tokens, i, *match, text)) match.reset();
    // "Vietnam Airlines", "Azerbaijan Airlines", "Iran Air": a country's name that opens a
    // company's is no country.
    if (match && match->end < tokens.size() && match->senses.front().kind == NameKind::kActor &&
        schema_.actors()[match->senses.front().index].ref.type == "COUNTRY" &&
        IsNameWord(tokens[match->end]) && IsForeignOrganizationWord(tokens[match->end].lower) &&
        !gazetteer_.LongestMatchAt(tokens, match->end, text)) {
      const std::size_t end = match->end + 1;
      AddNewOrganization(c, i, end, NewActorRef(tokens, text, i, end, "ORGANIZATION"));
      i = end;
      continue;
    }
    if (!match && !IsNameWord(t) && !MayIntroduceNewActor(t.lower)) {
      ++i;  // most words: none of the rules below can start at them
      continue;
    }
    if (!match) {
      if (MatchNewOrganization(c, i) || MatchForeignOrganization(c, i) ||
          MatchSentenceCaseOrganization(c, i) ||
          MatchGroupNoun(c, i) || MatchRankAndName(c, i) || MatchNameWithApposition(c, i) ||
          MatchKnownFirstName(c, i) || MatchKinshipName(c, i) || MatchBareRank(c, i) ||
          MatchBareFullName(c, i)) {
        i = out.mentions.back().end;
        continue;
      }
      ++i;
      continue;
    }
    const NameSense& sense = match->senses.front();
    bool done = false;
    switch (sense.kind) {
      case NameKind::kAgent: {
        // "la procuratrice generale Diana Salazar": before a name, an agent's name that is also
        // a title is the title.
        const bool titled =
            match->end < tokens.size() && IsNameWord(tokens[match->end]) &&
            std::any_of(match->senses.begin(), match->senses.end(),
                        [](const NameSense& s) { return s.kind == NameKind::kTitle; });
        done = (titled && MatchTitle(c, i, *match)) || MatchAgent(c, i, *match);
        break;
      }
      case NameKind::kTitle:
        done = MatchTitle(c, i, *match);
        break;
      case NameKind::kDemonym: {
        // "i russi", "i kazaki": the people, i.e. the country; otherwise an adjective.
        SentenceMention m;
        m.begin = i;
        m.end = match->end;
        m.actor = RefOf(sense.index);
        m.resolution = kResolvedDescriptor;
        bool plural_noun = i > 0 && (tokens[i - 1].lower == "i" || tokens[i - 1].lower == "gli" ||
                                     tokens[i - 1].lower == "le");
        m.adjective = !plural_noun;
        std::size_t end = match->end;
        // "il nigerino Mohamed Bazoum": a nationality said of the person named next is a
        // mention of the country, though no argument of a relation.
        const bool nationality = !plural_noun && i > 0 && end < tokens.size() &&
                                 IsNameWord(tokens[end]) &&
                                 (tokens[i - 1].lower == "il" || tokens[i - 1].lower == "la" ||
                                  tokens[i - 1].lower == "l'" || tokens[i - 1].lower == "lo");
        if (nationality) {
          SentenceMention nested = m;
          nested.adjective = false;
          out.nested.push_back(std::move(nested));
        }
        c.Add(std::move(m));
        done = true;
        MatchNameAfterDescription(c, end);
        break;
      }
      case NameKind::kActor:
      case NameKind::kSurname:
      case NameKind::kCapital:
      case NameKind::kSeat: {
        // "lo Statuto di Roma", "gli accordi di Minsk", "il protocollo di Kyoto": a city in the
        // name of a treaty or a format of talks is no actor and no place.
        if (sense.kind == NameKind::kCapital && IsTreatyNameBefore(tokens, i)) {
          done = true;  // skipped past the name below
          break;
        }
        SentenceMention m;
        m.begin = i;
        m.end = match->end;
        m.actor =
            RefOf(sense.kind == NameKind::kActor ? ActorOfSharedName(c, *match) : sense.index);
        m.resolution = kResolvedDictionary;
        if (sense.kind == NameKind::kSeat) m.actor.sector = "government";
        std::string_view prep = PrepositionBefore(tokens, i);
        if ((m.actor.type == "COUNTRY" || sense.kind == NameKind::kCapital) &&
            IsLocativePreposition(prep) && !IsDativeCountry(tokens, i, sense.kind)) {
          m.is_location = true;
        }
        // A dateline ("MOSCA - Il ministro ...", "Milano, 9 nov.") is where the news was filed.
        // "Russia, Prigozhin ferma la marcia" is a headline's topic; "Mali, Niger e Burkina
        // Faso hanno ..." opens a list of subjects, and "Milano, 9 nov." is a dateline.
        if (i == 0 && match->end < tokens.size() &&
            ((tokens[match->end].lower == "-" &&
              (sense.kind == NameKind::kCapital || m.actor.type == "COUNTRY")) ||
             (tokens[match->end].lower == "," && match->end + 1 < tokens.size() &&
              ((sense.kind == NameKind::kCapital &&
                tokens[match->end + 1].kind == TokenKind::kNumber) ||
               (m.actor.type == "COUNTRY" && !StartsCountryList(tokens, match->end + 1, text)))))) {
          m.is_location = true;
        }
        // "Bruxelles" for the EU, "Washington" for the US: a capital stands for its actor.
        std::size_t index = c.Add(std::move(m));
        const std::string& type = out.mentions[index].actor.type;
        if (type == "IGO" || type == "ORGANIZATION")
          memory.NoteOrganization(out.mentions[index].actor);
        if (type == "GROUP" || type == "ORGANIZATION" || type == "PARTY") {
          memory.last_group = out.mentions[index].actor;
        }
        if (type == "PERSON") {
          memory.last_person = out.mentions[index].actor;
          memory.last_person_office.clear();
          MatchImpliedOffice(c, index);
          MatchApposition(c, index);
        }
        done = true;
        break;
      }
    }
    if (done && out.mentions.size() > before) {
      i = std::max(i + 1, out.mentions.back().end);
      // A person introduced with a title may have an apposition too.
      if (out.mentions.back().actor.type == "PERSON" && sense.kind == NameKind::kTitle) {
        MatchApposition(c, out.mentions.size() - 1);
      }
    } else {
      i = std::max(i + 1, done ? match->end : i + 1);
    }
  }
  memory.previous_sentence_people.clear();
  for (const SentenceMention& m : out.mentions) {
    if (m.actor.type == "PERSON" && !m.adjective && !m.hyphen_pair &&
        std::none_of(memory.previous_sentence_people.begin(),
                     memory.previous_sentence_people.end(),
                     [&](const auto& p) { return p.first.id == m.actor.id; })) {
      memory.previous_sentence_people.emplace_back(m.actor, 1);
    }
  }
  for (const SentenceMention& m : out.mentions) {
    if (m.hyphen_pair) continue;
    // Moves the actor to the back with one more mention. std::rotate swaps actors (pointers)
    // where erase-then-append moved each one after it (releasing and taking counts).
    auto remember = [&](std::vector<std::pair<ActorRef, int>>& recent, const ActorRef& actor) {
      for (auto it = recent.begin(); it != recent.end(); ++it) {
        if (it->first.id == actor.id) {
          std::rotate(it, it + 1, recent.end());
          recent.back().first = actor;
          recent.back().second += 1;
          return;
        }
      }
      recent.emplace_back(actor, 1);
      if (recent.size() > 16) {
        std::rotate(recent.begin(), recent.begin() + 1, recent.end());
        recent.pop_back();
      }
    };
    if (m.actor.type == "PERSON" && !m.adjective) {
      remember(memory.recent_people, m.actor);
      if (!m.office.empty() && m.office != "counterpart")
        memory.person_offices[m.actor.id] = m.office;
      for (std::size_t k : {m.begin, m.begin > 0 ? m.begin - 1 : m.begin}) {
        if (k < tokens.size() && IsPersonTitleWord(tokens[k].lower)) {
          memory.person_titles[m.actor.id] = tokens[k].lower;
          break;
        }
      }
    }
    // "entrambi i Paesi": every way a country is named counts, "russo", "il governo kazako"
    // and its people's names included.
    if (m.actor.type == "COUNTRY") {
      ActorRef country = m.actor;
      country.sector.clear();
      remember(memory.recent_countries, country);
    } else if (m.actor.type == "PERSON" && !m.actor.country.empty()) {
      if (const ActorEntry* country = schema_.FindActor(m.actor.country);
          country && country->ref.type == "COUNTRY") {
        remember(memory.recent_countries, country->ref);
      }
    }
  }
  // "il Mali del colonnello Assimi Goïta": a person introduced as the country's.
  for (std::size_t p = 1; p < out.mentions.size(); ++p) {
    const SentenceMention& person = out.mentions[p];
    const SentenceMention& owner = out.mentions[p - 1];
    if (person.actor.type != "PERSON" || owner.adjective || owner.is_location ||
        (owner.actor.type != "COUNTRY" && owner.actor.type != "IGO")) {
      continue;
    }
    std::size_t k = person.begin;
    while (k > owner.end + 1 && IsPersonTitleWord(tokens[k - 1].lower)) --k;
    if (k != owner.end + 1 || BasePreposition(tokens[owner.end].lower) != "di") {
      continue;
    }
    const bool has_office = HasOffice(out, p);
    if (has_office) continue;
    ActorRef target = owner.actor;
    target.sector.clear();
    out.structural.push_back({"OFFICIAL_OF", p, target,
                              person.office.empty() ? "head" : person.office, "owner-of-person",
                              tokens[owner.end].lower});
  }
  // "il governo di Benjamin Netanyahu", "l'amministrazione Biden", "l'esecutivo guidato da X":
  // the person heads the government of their country (else of the article's).
  for (std::size_t p = 0; p < out.mentions.size(); ++p) {
    const SentenceMention& person = out.mentions[p];
    if (person.actor.type != "PERSON" || person.begin < 1 || HasOffice(out, p)) continue;
    std::size_t k = person.begin;
    if (BasePreposition(tokens[k - 1].lower) == "di" ||
        (k >= 2 && tokens[k - 1].lower == "da" && (tokens[k - 2].lower == "guidato" ||
                                                   tokens[k - 2].lower == "guidata" ||
                                                   tokens[k - 2].lower == "presieduto"))) {
      k -= tokens[k - 1].lower == "da" ? 2 : 1;
    }
    static const WordSet kGovernments = {"governo", "amministrazione", "esecutivo", "gabinetto"};
    if (k == 0 || !kGovernments.count(tokens[k - 1].lower) ||
        (k >= 2 && !IsArticle(tokens[k - 2].lower) &&
         BasePreposition(tokens[k - 2].lower).empty())) {
      continue;
    }
    ActorRef country;
    if (const ActorEntry* own = schema_.FindActor(person.actor.country);
        own && own->ref.type == "COUNTRY") {
      country = own->ref;
    } else {
      country = HomeCountry(memory, out.mentions, "government");
    }
    if (country.empty()) continue;
    country.sector.clear();
    out.structural.push_back({"OFFICIAL_OF", p, country, "head_of_government", "government-of",
                              tokens[k - 1].lower});
  }
  // "il viceministro della Difesa Yunus-Bek Yevkurov", "il generale Valery Gerasimov": a
  // person of the dictionary named with a rank or title the offices do not list holds it in
  // their own country.
  for (std::size_t p = 0; p < out.mentions.size(); ++p) {
    const SentenceMention& person = out.mentions[p];
    if (person.actor.type != "PERSON" || person.resolution != kResolvedDictionary ||
        person.actor.country.empty() || person.begin == 0) {
      continue;
    }
    std::size_t k = person.begin;
    while (k > 0 && person.begin - k < 5 && !IsPersonTitleWord(tokens[k - 1].lower) &&
           tokens[k - 1].kind == TokenKind::kWord &&
           (k == person.begin || !tokens[k - 1].capitalized ||
            (k >= 2 && BasePreposition(tokens[k - 2].lower) == "di"))) {
      --k;
    }
    if (k == 0 || !IsPersonTitleWord(tokens[k - 1].lower)) continue;
    // "l'attivista Maria Kolesnikova", "l'oppositore Ousmane Sonko": roles that are no office
    // of the state.
    if (IsRoleWithoutOffice(tokens[k - 1].lower)) continue;
    // "il portavoce di Putin": the title is someone else's, who serves the person named.
    if (BasePreposition(tokens[person.begin - 1].lower) == "di") continue;
    // Only a title with no complement, or a complement that names no actor ("della Difesa").
    const bool other_actor = std::any_of(out.mentions.begin(), out.mentions.end(),
                                         [&](const SentenceMention& m) {
                                           return m.begin >= k - 1 && m.begin < person.begin;
                                         }) ||
                             std::any_of(out.nested.begin(), out.nested.end(),
                                         [&](const SentenceMention& m) {
                                           return m.begin >= k - 1 && m.begin < person.begin;
                                         });
    const bool has_office = HasOffice(out, p);
    if (other_actor || has_office) continue;
    const ActorEntry* country = schema_.FindActor(person.actor.country);
    if (country == nullptr || country->ref.type != "COUNTRY") continue;
    out.structural.push_back({"OFFICIAL_OF", p, country->ref, tokens[k - 1].lower, "rank-name",
                              tokens[k - 1].lower});
    // "al leader serbo-bosniaco Milorad Dodik": the preposition before the title governs the
    // person, so the mention spans the title.
    if (!PrepositionBefore(tokens, k - 1).empty()) out.mentions[p].begin = k - 1;
  }
  // "la Commissione della Cedeao, presieduta dal gambiano Omar Alieu Touray", "il ministero
  // della Difesa taiwanese, guidato dal neo ministro Wellington Koo": the head of a body.
  for (std::size_t p = 1; p < out.mentions.size(); ++p) {
    const SentenceMention& person = out.mentions[p];
    if (person.actor.type != "PERSON") continue;
    std::size_t k = person.begin;
    std::size_t q = p;
    while (q > 0 && out.mentions[q - 1].adjective && out.mentions[q - 1].end == k) {
      k = out.mentions[--q].begin;
    }
    while (k > 0 && (IsPersonTitleWord(tokens[k - 1].lower) || tokens[k - 1].lower == "neo")) --k;
    if (k < 2 || BasePreposition(tokens[k - 1].lower) != "da") continue;
    const TokenText& verb = tokens[k - 2].lower;
    if (!IsHeadingParticiple(verb)) continue;
    std::size_t before = k - 2;
    if (before > 0 && tokens[before - 1].lower == ",") --before;
    const SentenceMention* body = nullptr;
    for (std::size_t b = q; b-- > 0;) {
      if (out.mentions[b].end == before && !out.mentions[b].adjective) body = &out.mentions[b];
      if (out.mentions[b].end <= before) break;
    }
    if (body == nullptr || body->actor.type == "PERSON") continue;
    const bool has_office = HasOffice(out, p);
    if (has_office) continue;
    ActorRef target = body->actor;
    target.sector.clear();
    out.structural.push_back({"OFFICIAL_OF", p, target, "head", "headed-by", verb});
  }
  // "X è stato nominato ministro degli Esteri", "Y, eletto presidente del Parlamento": an
  // office given in the clause after the person.
  for (std::size_t p = 0; p < out.mentions.size(); ++p) {
    const SentenceMention& person = out.mentions[p];
    if (person.actor.type != "PERSON" || HasOffice(out, p)) continue;
    std::size_t k = person.end;
    while (k < tokens.size() && k < person.end + 4 && !IsAppointingVerbForm(tokens[k].lower)) {
      const std::string_view w = tokens[k].lower;
      if (w != "è" && w != "era" && w != "stato" && w != "stata" && w != "," && w != "ieri" &&
          w != "oggi" && w != "già" && w != "poi") {
        k = tokens.size();
      } else {
        ++k;
      }
    }
    if (k + 1 >= tokens.size() || !IsAppointingVerbForm(tokens[k].lower)) continue;
    AddGivenOffice(c, p, k + 1, ActorRef(), tokens[k].lower);
  }
  // "Il presidente ha nominato Michel Barnier primo ministro", "il Parlamento ha eletto X
  // presidente della Repubblica": an office given, in the active voice, after the person.
  for (std::size_t p = 0; p < out.mentions.size(); ++p) {
    const SentenceMention& person = out.mentions[p];
    if (person.actor.type != "PERSON" || HasOffice(out, p) || person.begin < 2) continue;
    std::size_t v = person.begin - 1;
    if (IsArticle(tokens[v].lower) && v > 0) --v;
    static const WordSet kHave = {"ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero",
                                  "avrà", "avranno"};
    if (v == 0 || !IsAppointingVerbForm(tokens[v].lower) || !kHave.count(tokens[v - 1].lower)) {
      continue;
    }
    // The appointer's country: the actor named last before the verb.
    ActorRef appointer;
    for (std::size_t q = p; q-- > 0;) {
      if (out.mentions[q].is_location) continue;
      const ActorRef& by = out.mentions[q].actor;
      if (by.type == "COUNTRY") {
        appointer = by;
      } else if (const ActorEntry* own = schema_.FindActor(by.country);
                 own && own->ref.type == "COUNTRY") {
        appointer = own->ref;
      }
      break;
    }
    AddGivenOffice(c, p, person.end, appointer, tokens[v].lower);
  }
  // "Jimmy Chérizier, che guida la coalizione Viv Ansanm": the head of a body, in a relative
  // clause.
  for (std::size_t p = 0; p + 1 < out.mentions.size(); ++p) {
    const SentenceMention& person = out.mentions[p];
    if (person.actor.type != "PERSON" || HasOffice(out, p)) continue;
    std::size_t k = person.end;
    if (k + 3 >= tokens.size() || tokens[k].lower != "," || tokens[k + 1].lower != "che") continue;
    static const WordSet kHeads = {"guida", "dirige", "presiede", "comanda", "coordina",
                                   "guidava", "dirigeva", "presiedeva", "comandava"};
    if (!kHeads.count(tokens[k + 2].lower)) continue;
    // The body: the next mention, after at most an article, a noun and two adjectives.
    const SentenceMention& body = out.mentions[p + 1];
    if (body.begin < k + 3 || body.begin > k + 7 || body.adjective || body.is_location ||
        body.actor.type == "PERSON" || body.actor.type == "COUNTRY") {
      continue;
    }
    bool plain = true;
    for (std::size_t w = k + 3; w < body.begin && plain; ++w) {
      plain = tokens[w].kind == TokenKind::kWord && !tokens[w].capitalized;
    }
    // "che presiede un'associazione di commercianti": the head of an unnamed body of a group
    // heads that body, not the group.
    if (!plain || BasePreposition(tokens[body.begin - 1].lower) == "di") continue;
    ActorRef target = body.actor;
    target.sector.clear();
    out.structural.push_back({"OFFICIAL_OF", p, target, "head", "headed-by", tokens[k + 2].lower});
  }
  MatchPartyInApposition(tokens, out);
  MatchPartyBeforePerson(tokens, out);
  MatchLeaderOfOpposition(tokens, out);
  MatchPartyOfPerson(tokens, out);
  // "Imran Khan ... Khan": once a person is named in full, the surname alone means them for
  // the rest of the document, even when it is too common to be listed on its own.
  for (const SentenceMention& m : out.mentions) {
    if (m.actor.type != "PERSON" || m.end < m.begin + 2 || m.end > tokens.size() ||
        (m.resolution != kResolvedDictionary && m.resolution != kResolvedDescriptor)) {
      continue;
    }
    const Token& last = tokens[m.end - 1];
    if (!IsNameWord(last) || last.hyphenated) continue;
    // Only a word of the person's own names ("il presidente della Cedeao" ends in no name).
    std::string key = MatchKey(last.fold);
    if (people_.IsLastNameOf(m.actor.id, key)) {
      memory.new_actors.try_emplace(std::move(key), m.actor);
    }
  }
  ++memory.sentences_since_place;
  for (const SentenceMention& m : out.mentions) {
    if (m.is_location && m.actor.type == "COUNTRY") {
      memory.last_place = m.actor;
      memory.last_place.sector.clear();
      memory.sentences_since_place = 0;
    }
  }
  for (const SentenceMention& m : out.mentions) {
    if (m.resolution == kResolvedCoreference) continue;
    // "i manifestanti georgiani": a collective actor held in a country speaks of it too.
    const ActorEntry* held_in = m.actor.type == "GROUP" && m.resolution == kResolvedDescriptor &&
                                        !m.actor.country.empty()
                                    ? schema_.FindActor(m.actor.country)
                                    : nullptr;
    // "il presidente kazako Tokayev": the people the article names speak of their states.
    const ActorEntry* person_of = m.actor.type == "PERSON" && !m.actor.country.empty()
                                      ? schema_.FindActor(m.actor.country)
                                      : nullptr;
    if (person_of) held_in = person_of;
    if (m.actor.type != "COUNTRY" && held_in == nullptr) continue;
    const ActorRef& country = held_in ? held_in->ref : m.actor;
    auto [it, inserted] = memory.country_mentions.try_emplace(country.id, country, 0);
    // Where things happen says more about what the article is about than who is named.
    it->second.second += m.is_location ? 2 : 1;
    if (inserted) it->second.first.sector.clear();
  }
  return out;
}

}  // namespace actorgraph
