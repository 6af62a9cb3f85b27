#include "extract/irregular_verbs.h"

#include <algorithm>
#include <array>

namespace actorgraph::verb_tables {
namespace {

// Bases are listed once; compounds (sostenere, intervenire, proporre, condurre, uccidere,
// rieleggere, respingere, coinvolgere, ...) are found by FindIrregularVerb through `prefixes`.
// Bases that are not verbs on their own ("cidere", "pellere") exist only to carry compounds.
constexpr std::array kIrregularVerbs = std::to_array<IrregularVerb>({
    // --- auxiliaries, modals and the short -are verbs ------------------------------------------
    {.lemma = "essere",
     .future = "sar",
     .participle = "stato",
     .present = "sono sei è siamo siete sono",
     .subjunctive = "sia sia sia siamo siate siano",
     .imperative = "sii siamo siate",
     .past_remote = "fui fosti fu fummo foste furono",
     .imperfect = "ero eri era eravamo eravate erano",
     .subjunctive_imperfect = "fossi fossi fosse fossimo foste fossero",
     .present_participle = "-",
     .prefixes = ""},
    {.lemma = "avere",
     .future = "avr",
     .strong_past = "ebb",
     .present = "ho hai ha abbiamo avete hanno",
     .subjunctive = "abbia abbia abbia abbiamo abbiate abbiano",
     .imperative = "abbi abbiamo abbiate",
     .prefixes = ""},
    {.lemma = "fare",
     .model = "facere",
     .future = "far",
     .participle = "fatto",
     .strong_past = "fec",
     .present = "faccio fai fa facciamo fate fanno",
     .imperative = "fa'/fai facciamo fate",
     .prefixes = "ri"},
    {.lemma = "dire",
     .model = "dicere",
     .future = "dir",
     .participle = "detto",
     .strong_past = "diss",
     .present = "dico dici dice diciamo dite dicono",
     .imperative = "di' diciamo dite",
     .prefixes = ""},
    {.lemma = "dare",
     .future = "dar",
     .present = "do dai dà diamo date danno",
     .subjunctive = "dia dia dia diamo diate diano",
     .imperative = "da'/dai diamo date",
     .past_remote = "diedi/detti desti diede/dette demmo deste diedero/dettero",
     .subjunctive_imperfect = "dessi dessi desse dessimo deste dessero",
     .prefixes = ""},
    {.lemma = "stare",
     .future = "star",
     .present = "sto stai sta stiamo state stanno",
     .subjunctive = "stia stia stia stiamo stiate stiano",
     .imperative = "sta'/stai stiamo state",
     .past_remote = "stetti stesti stette stemmo steste stettero",
     .subjunctive_imperfect = "stessi stessi stesse stessimo steste stessero",
     .prefixes = ""},
    {.lemma = "andare",
     .future = "andr",
     .present = "vado vai va andiamo andate vanno",
     .imperative = "va'/vai andiamo andate",
     .prefixes = ""},
    {.lemma = "volere",
     .future = "vorr",
     .strong_past = "voll",
     .present = "voglio vuoi vuole vogliamo volete vogliono",
     .imperative = "-",
     .prefixes = ""},
    {.lemma = "potere",
     .future = "potr",
     .present = "posso puoi può possiamo potete possono",
     .imperative = "-",
     .present_participle = "-",
     .prefixes = ""},
    {.lemma = "dovere",
     .future = "dovr",
     .present = "devo/debbo devi deve dobbiamo dovete devono/debbono",
     .imperative = "-",
     .present_participle = "-",
     .prefixes = ""},
    {.lemma = "sapere",
     .future = "sapr",
     .strong_past = "sepp",
     .present = "so sai sa sappiamo sapete sanno",
     .subjunctive = "sappia sappia sappia sappiamo sappiate sappiano",
     .imperative = "sappi sappiamo sappiate",
     .present_participle = "-",
     .prefixes = ""},
    // --- -nire, -nere, -rre ---------------------------------------------------------------------
    {.lemma = "venire",
     .future = "verr",
     .participle = "venuto",
     .strong_past = "venn",
     .present = "vengo vieni viene veniamo venite vengono"},
    {.lemma = "tenere",
     .future = "terr",
     .strong_past = "tenn",
     .present = "tengo tieni tiene teniamo tenete tengono"},
    {.lemma = "rimanere",
     .future = "rimarr",
     .participle = "rimasto",
     .strong_past = "rimas",
     .present = "rimango rimani rimane rimaniamo rimanete rimangono"},
    {.lemma = "porre",
     .model = "ponere",
     .future = "porr",
     .participle = "posto",
     .strong_past = "pos",
     .present = "pongo poni pone poniamo ponete pongono"},
    {.lemma = "durre",
     .model = "ducere",
     .future = "durr",
     .participle = "dotto",
     .strong_past = "duss"},
    {.lemma = "trarre",
     .model = "traere",
     .future = "trarr",
     .participle = "tratto",
     .strong_past = "trass",
     .present = "traggo trai trae traiamo traete traggono"},
    {.lemma = "bere", .model = "bevere", .future = "berr", .strong_past = "bevv", .prefixes = ""},
    {.lemma = "valere",
     .future = "varr",
     .participle = "valso",
     .strong_past = "vals",
     .present = "valgo vali vale valiamo valete valgono"},
    {.lemma = "cadere", .future = "cadr", .strong_past = "cadd"},
    {.lemma = "vedere", .future = "vedr", .participle = "visto", .strong_past = "vid"},
    {.lemma = "provvedere", .prefixes = ""},  // regular, unlike vedere
    {.lemma = "vivere", .future = "vivr", .participle = "vissuto", .strong_past = "viss"},
    // --- -gliere, -cere -------------------------------------------------------------------------
    {.lemma = "scegliere",
     .participle = "scelto",
     .strong_past = "scels",
     .present = "scelgo scegli sceglie scegliamo scegliete scelgono"},
    {.lemma = "cogliere",
     .participle = "colto",
     .strong_past = "cols",
     .present = "colgo cogli coglie cogliamo cogliete colgono"},
    {.lemma = "togliere",
     .participle = "tolto",
     .strong_past = "tols",
     .present = "tolgo togli toglie togliamo togliete tolgono"},
    {.lemma = "sciogliere",
     .participle = "sciolto",
     .strong_past = "sciols",
     .present = "sciolgo sciogli scioglie sciogliamo sciogliete sciolgono"},
    {.lemma = "piacere",
     .strong_past = "piacqu",
     .present = "piaccio piaci piace piacciamo piacete piacciono"},
    {.lemma = "tacere",
     .strong_past = "tacqu",
     .present = "taccio taci tace tacciamo tacete tacciono"},
    {.lemma = "nascere", .participle = "nato", .strong_past = "nacqu"},
    {.lemma = "conoscere", .strong_past = "conobb"},
    {.lemma = "crescere", .strong_past = "crebb"},
    {.lemma = "vincere", .participle = "vinto", .strong_past = "vins"},
    // --- strong -ere: participle and passato remoto stem ----------------------------------------
    {.lemma = "chiedere", .participle = "chiesto", .strong_past = "chies"},
    {.lemma = "mettere", .participle = "messo", .strong_past = "mis"},
    {.lemma = "prendere", .participle = "preso", .strong_past = "pres"},
    {.lemma = "rendere", .participle = "reso", .strong_past = "res"},
    {.lemma = "spondere", .participle = "sposto", .strong_past = "spos"},  // rispondere
    {.lemma = "nascondere", .participle = "nascosto", .strong_past = "nascos"},
    {.lemma = "cidere", .participle = "ciso", .strong_past = "cis"},  // uccidere, decidere
    {.lemma = "dividere", .participle = "diviso", .strong_past = "divis"},
    {.lemma = "ridere", .participle = "riso", .strong_past = "ris"},
    {.lemma = "pellere", .participle = "pulso", .strong_past = "puls"},  // espellere
    {.lemma = "fendere", .participle = "feso", .strong_past = "fes"},    // difendere
    {.lemma = "tendere", .participle = "teso", .strong_past = "tes"},    // attendere
    {.lemma = "pendere", .participle = "peso", .strong_past = "pes"},    // sospendere
    {.lemma = "cendere", .participle = "ceso", .strong_past = "ces"},    // accendere
    {.lemma = "correre", .participle = "corso", .strong_past = "cors"},
    {.lemma = "spingere", .participle = "spinto", .strong_past = "spins"},
    {.lemma = "pingere", .participle = "pinto", .strong_past = "pins"},  // dipingere
    {.lemma = "fingere", .participle = "finto", .strong_past = "fins"},
    {.lemma = "tingere", .participle = "tinto", .strong_past = "tins"},
    {.lemma = "stringere", .participle = "stretto", .strong_past = "strins"},
    {.lemma = "giungere", .participle = "giunto", .strong_past = "giuns"},
    {.lemma = "sumere", .participle = "sunto", .strong_past = "suns"},   // assumere
    {.lemma = "leggere", .participle = "letto", .strong_past = "less"},  // eleggere
    {.lemma = "reggere", .participle = "retto", .strong_past = "ress"},  // correggere
    {.lemma = "proteggere", .participle = "protetto", .strong_past = "protess"},
    {.lemma = "dirigere", .participle = "diretto", .strong_past = "diress"},
    {.lemma = "struggere", .participle = "strutto", .strong_past = "struss"},  // distruggere
    {.lemma = "sconfiggere", .participle = "sconfitto", .strong_past = "sconfiss"},
    {.lemma = "fliggere", .participle = "flitto", .strong_past = "fliss"},  // infliggere
    {.lemma = "scrivere", .participle = "scritto", .strong_past = "scriss"},
    {.lemma = "muovere", .participle = "mosso", .strong_past = "moss"},
    {.lemma = "rompere", .participle = "rotto", .strong_past = "rupp"},
    {.lemma = "chiudere", .participle = "chiuso", .strong_past = "chius"},
    {.lemma = "cludere", .participle = "cluso", .strong_past = "clus"},  // escludere
    {.lemma = "perdere", .participle = "perso", .strong_past = "pers"},
    {.lemma = "cutere", .participle = "cusso", .strong_past = "cuss"},  // discutere
    {.lemma = "concedere", .participle = "concesso", .strong_past = "concess"},
    {.lemma = "succedere", .participle = "successo", .strong_past = "success"},
    {.lemma = "primere", .participle = "presso", .strong_past = "press"},  // esprimere
    {.lemma = "vadere", .participle = "vaso", .strong_past = "vas"},       // invadere
    {.lemma = "suadere", .participle = "suaso", .strong_past = "suas"},    // persuadere
    {.lemma = "radere", .participle = "raso", .strong_past = "ras"},
    {.lemma = "plodere", .participle = "ploso", .strong_past = "plos"},  // esplodere
    {.lemma = "volgere", .participle = "volto", .strong_past = "vols"},  // coinvolgere
    {.lemma = "porgere", .participle = "porto", .strong_past = "pors"},
    {.lemma = "sorgere", .participle = "sorto", .strong_past = "sors"},  // insorgere
    {.lemma = "accorgere", .participle = "accorto", .strong_past = "accors"},
    {.lemma = "mergere", .participle = "merso", .strong_past = "mers"},  // emergere
    {.lemma = "spargere", .participle = "sparso", .strong_past = "spars"},
    {.lemma = "solvere", .participle = "solto", .strong_past = "sols"},  // risolvere
    {.lemma = "nettere", .participle = "nesso", .strong_past = "ness"},  // annettere
    // --- -ire -------------------------------------------------------------------------------
    {.lemma = "uscire", .present = "esco esci esce usciamo uscite escono"},
    {.lemma = "salire", .present = "salgo sali sale saliamo salite salgono"},
    {.lemma = "udire", .present = "odo odi ode udiamo udite odono"},
    {.lemma = "morire",
     .participle = "morto",
     .present = "muoio muori muore moriamo morite muoiono"},
    {.lemma = "apparire",
     .participle = "apparso",
     .strong_past = "apparv",
     .present = "appaio appari appare appariamo apparite appaiono"},
    {.lemma = "comparire",
     .participle = "comparso",
     .strong_past = "comparv",
     .present = "compaio compari compare compariamo comparite compaiono"},
    {.lemma = "aprire", .participle = "aperto"},
    {.lemma = "coprire", .participle = "coperto"},
    {.lemma = "offrire", .participle = "offerto"},
    {.lemma = "soffrire", .participle = "sofferto"},
});

bool HasPrefix(const IrregularVerb& verb, std::string_view prefix) {
  if (verb.prefixes == "*") return true;
  std::string_view rest = verb.prefixes;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    if (rest.substr(0, space) == prefix) return true;
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return false;
}

const IrregularVerb* FindBase(std::string_view base) {
  for (const IrregularVerb& verb : kIrregularVerbs) {
    if (verb.lemma == base) return &verb;
  }
  return nullptr;
}

// -ire verbs without -isc-; compounds of the starred ones too (inseguire, consentire).
constexpr std::array<std::string_view, 8> kPlainIreExact = {
    "partire", "dormire", "servire", "bollire", "cucire", "pentire", "mentire", "riempire"};
constexpr std::array<std::string_view, 5> kPlainIreBases = {"seguire", "sentire", "vestire",
                                                            "vertire", "fuggire"};

constexpr std::array<std::string_view, 13> kStressedIVerbs = {
    "inviare",   "rinviare", "avviare", "riavviare", "deviare", "ovviare", "sviare",
    "fuorviare", "sciare",   "spiare",  "espiare",   "obliare", "rinviare"};

}  // namespace

std::optional<IrregularMatch> FindIrregularVerb(std::string_view lemma) {
  if (const IrregularVerb* verb = FindBase(lemma)) return IrregularMatch{verb, {}};
  // Longest base first: "respingere" is re+spingere, not res+pingere.
  for (std::size_t cut = 1; cut + 4 <= lemma.size(); ++cut) {
    const IrregularVerb* verb = FindBase(lemma.substr(cut));
    if (verb != nullptr && HasPrefix(*verb, lemma.substr(0, cut))) {
      return IrregularMatch{verb, lemma.substr(0, cut)};
    }
  }
  return std::nullopt;
}

bool IsPlainIreVerb(std::string_view lemma) {
  if (std::find(kPlainIreExact.begin(), kPlainIreExact.end(), lemma) != kPlainIreExact.end()) {
    return true;
  }
  return std::any_of(kPlainIreBases.begin(), kPlainIreBases.end(),
                     [&](std::string_view base) { return lemma.ends_with(base); });
}

bool HasStressedI(std::string_view lemma) {
  return std::find(kStressedIVerbs.begin(), kStressedIVerbs.end(), lemma) != kStressedIVerbs.end();
}

}  // namespace actorgraph::verb_tables
