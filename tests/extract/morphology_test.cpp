#include "extract/morphology.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "extract/default_schemas.h"
#include "extract/schema.h"

namespace actorgraph {
namespace {

// The forms of `lemma` with the given analysis (clitic-free unless `clitic` is given).
std::vector<std::string> FormsOf(std::string_view lemma, VerbTense tense, std::uint8_t person = 0,
                                 bool plural = false, std::string_view clitic = {}) {
  std::vector<std::string> forms;
  for (const auto& [form, analysis] : ConjugateVerb(lemma)) {
    if (analysis.tense == tense && analysis.person == person && analysis.plural == plural &&
        analysis.clitic == clitic && !analysis.feminine) {
      forms.push_back(form);
    }
  }
  return forms;
}

std::string Form(std::string_view lemma, VerbTense tense, std::uint8_t person = 0,
                 bool plural = false) {
  const std::vector<std::string> forms = FormsOf(lemma, tense, person, plural);
  return forms.empty() ? "<none>" : forms.front();
}

bool Generates(std::string_view lemma, std::string_view form) {
  const auto forms = ConjugateVerb(lemma);
  return std::any_of(forms.begin(), forms.end(), [&](const auto& f) { return f.first == form; });
}

using enum VerbTense;

TEST_CASE("ConjugateVerb: regular -are, every simple tense", "[morphology]") {
  REQUIRE(Form("firmare", kPresent, 3) == "firma");
  REQUIRE(Form("firmare", kPresent, 3, true) == "firmano");
  REQUIRE(Form("firmare", kImperfect, 3) == "firmava");
  REQUIRE(Form("firmare", kPastRemote, 3) == "firmò");
  REQUIRE(Form("firmare", kPastRemote, 3, true) == "firmarono");
  REQUIRE(Form("firmare", kFuture, 3) == "firmerà");
  REQUIRE(Form("firmare", kFuture, 3, true) == "firmeranno");
  REQUIRE(Form("firmare", kConditional, 3) == "firmerebbe");
  REQUIRE(Form("firmare", kSubjunctive, 3) == "firmi");
  REQUIRE(Form("firmare", kSubjunctiveImperfect, 3) == "firmasse");
  REQUIRE(Form("firmare", kImperative, 2) == "firma");
  REQUIRE(Form("firmare", kImperative, 2, true) == "firmate");
  REQUIRE(Form("firmare", kGerund) == "firmando");
  REQUIRE(Form("firmare", kPresentParticiple) == "firmante");
  REQUIRE(Form("firmare", kInfinitive) == "firmare");
  // the participle in its four gender/number forms
  std::vector<std::string> participles;
  for (const auto& [form, analysis] : ConjugateVerb("firmare")) {
    if (analysis.tense == kPastParticiple) participles.push_back(form);
  }
  REQUIRE(participles == std::vector<std::string>{"firmato", "firmata", "firmati", "firmate"});
}

TEST_CASE("ConjugateVerb: -care/-gare keep the hard sound, -ciare/-giare drop the i",
          "[morphology]") {
  REQUIRE(Form("cercare", kFuture, 3) == "cercherà");
  REQUIRE(Form("pagare", kFuture, 3, true) == "pagheranno");
  REQUIRE(Form("attaccare", kPresent, 2) == "attacchi");
  REQUIRE(Form("negare", kSubjunctive, 3, true) == "neghino");
  REQUIRE(Form("minacciare", kFuture, 3) == "minaccerà");
  REQUIRE(Form("lanciare", kFuture, 3) == "lancerà");
  REQUIRE(Form("minacciare", kPresent, 2) == "minacci");
  REQUIRE(Form("minacciare", kPresent, 1, true) == "minacciamo");
  REQUIRE(Form("scagliare", kFuture, 3) == "scaglierà");  // gli is not gi
  // a stressed i survives: tu invii, but noi inviamo
  REQUIRE(Form("inviare", kPresent, 2) == "invii");
  REQUIRE(Form("inviare", kPresent, 1, true) == "inviamo");
  REQUIRE(Form("inviare", kFuture, 3) == "invierà");
}

TEST_CASE("ConjugateVerb: -ere and -ire with and without -isc-", "[morphology]") {
  REQUIRE(Form("combattere", kPresent, 3) == "combatte");
  REQUIRE(Form("combattere", kPastParticiple) == "combattuto");
  REQUIRE(FormsOf("combattere", kPastRemote, 3) ==
          std::vector<std::string>{"combatté", "combattette"});
  REQUIRE(Form("colpire", kPresent, 3) == "colpisce");
  REQUIRE(Form("colpire", kPresent, 3, true) == "colpiscono");
  REQUIRE(Form("colpire", kPresent, 1, true) == "colpiamo");
  REQUIRE(Form("colpire", kSubjunctive, 3) == "colpisca");
  REQUIRE(Form("colpire", kPastRemote, 3) == "colpì");
  REQUIRE(Form("garantire", kPresent, 3) == "garantisce");
  REQUIRE(Form("sostituire", kPresent, 3) == "sostituisce");
  REQUIRE(Form("condire", kPresent, 3) == "condisce");  // not a compound of dire
  REQUIRE(Form("partire", kPresent, 3) == "parte");
  REQUIRE(Form("seguire", kPresent, 3, true) == "seguono");
  REQUIRE(Form("proseguire", kPresent, 3) == "prosegue");
  REQUIRE(Form("sentire", kPresent, 1) == "sento");
}

TEST_CASE("ConjugateVerb: auxiliaries, modals and short verbs", "[morphology]") {
  REQUIRE(Form("essere", kPresent, 3) == "è");
  REQUIRE(Form("essere", kPastRemote, 3) == "fu");
  REQUIRE(Form("essere", kConditional, 3) == "sarebbe");
  REQUIRE(Form("essere", kSubjunctiveImperfect, 3) == "fosse");
  REQUIRE(Form("essere", kPastParticiple) == "stato");
  REQUIRE(Form("avere", kPresent, 3) == "ha");
  REQUIRE(Form("avere", kPastRemote, 3) == "ebbe");
  REQUIRE(Form("avere", kFuture, 3) == "avrà");
  REQUIRE(Form("fare", kPastRemote, 3) == "fece");
  REQUIRE(Form("fare", kPresent, 3, true) == "fanno");
  REQUIRE(Form("fare", kPastParticiple) == "fatto");
  REQUIRE(Form("dire", kPastRemote, 3) == "disse");
  REQUIRE(Form("dire", kImperfect, 3) == "diceva");
  REQUIRE(Form("dare", kPresent, 3) == "dà");
  REQUIRE(FormsOf("dare", kPastRemote, 3) == std::vector<std::string>{"diede", "dette"});
  REQUIRE(Form("stare", kPastRemote, 3) == "stette");
  REQUIRE(Form("andare", kPresent, 1) == "vado");
  REQUIRE(Form("andare", kFuture, 3) == "andrà");
  REQUIRE(Form("potere", kFuture, 3) == "potrà");
  REQUIRE(Form("potere", kPresent, 3) == "può");
  REQUIRE(Form("volere", kPresent, 3) == "vuole");
  REQUIRE(Form("volere", kPastRemote, 3) == "volle");
  REQUIRE(FormsOf("dovere", kPresent, 1) == std::vector<std::string>{"devo", "debbo"});
  REQUIRE(Form("sapere", kSubjunctive, 3) == "sappia");
  // modals have no imperative
  REQUIRE(FormsOf("potere", kImperative, 2).empty());
}

TEST_CASE("ConjugateVerb: irregular participles and passato remoto of news verbs", "[morphology]") {
  struct Case {
    const char* lemma;
    const char* participle;
    const char* past_remote;  // 3sg
  };
  const Case cases[] = {
      {"chiedere", "chiesto", "chiese"},
      {"richiedere", "richiesto", "richiese"},
      {"rispondere", "risposto", "rispose"},
      {"mettere", "messo", "mise"},
      {"promettere", "promesso", "promise"},
      {"dimettere", "dimesso", "dimise"},
      {"uccidere", "ucciso", "uccise"},
      {"decidere", "deciso", "decise"},
      {"espellere", "espulso", "espulse"},
      {"scegliere", "scelto", "scelse"},
      {"prendere", "preso", "prese"},
      {"sorprendere", "sorpreso", "sorprese"},
      {"difendere", "difeso", "difese"},
      {"sospendere", "sospeso", "sospese"},
      {"accendere", "acceso", "accese"},
      {"condividere", "condiviso", "condivise"},
      {"correre", "corso", "corse"},
      {"soccorrere", "soccorso", "soccorse"},
      {"vincere", "vinto", "vinse"},
      {"convincere", "convinto", "convinse"},
      {"respingere", "respinto", "respinse"},
      {"raggiungere", "raggiunto", "raggiunse"},
      {"assumere", "assunto", "assunse"},
      {"rimanere", "rimasto", "rimase"},
      {"eleggere", "eletto", "elesse"},
      {"rieleggere", "rieletto", "rielesse"},
      {"scrivere", "scritto", "scrisse"},
      {"sottoscrivere", "sottoscritto", "sottoscrisse"},
      {"vedere", "visto", "vide"},
      {"promuovere", "promosso", "promosse"},
      {"rompere", "rotto", "ruppe"},
      {"interrompere", "interrotto", "interruppe"},
      {"chiudere", "chiuso", "chiuse"},
      {"escludere", "escluso", "escluse"},
      {"concludere", "concluso", "concluse"},
      {"perdere", "perso", "perse"},
      {"discutere", "discusso", "discusse"},
      {"succedere", "successo", "successe"},
      {"concedere", "concesso", "concesse"},
      {"esprimere", "espresso", "espresse"},
      {"reprimere", "represso", "represse"},
      {"invadere", "invaso", "invase"},
      {"persuadere", "persuaso", "persuase"},
      {"nascere", "nato", "nacque"},
      {"vivere", "vissuto", "visse"},
      {"cogliere", "colto", "colse"},
      {"accogliere", "accolto", "accolse"},
      {"rivolgere", "rivolto", "rivolse"},
      {"coinvolgere", "coinvolto", "coinvolse"},
      {"stringere", "stretto", "strinse"},
      {"distruggere", "distrutto", "distrusse"},
      {"proteggere", "protetto", "protesse"},
      {"sostenere", "sostenuto", "sostenne"},
      {"ottenere", "ottenuto", "ottenne"},
      {"intervenire", "intervenuto", "intervenne"},
      {"proporre", "proposto", "propose"},
      {"imporre", "imposto", "impose"},
      {"condurre", "condotto", "condusse"},
      {"ridurre", "ridotto", "ridusse"},
      {"sottrarre", "sottratto", "sottrasse"},
      {"aprire", "aperto", "aprì"},
      {"offrire", "offerto", "offrì"},
      {"scoprire", "scoperto", "scoprì"},
      {"morire", "morto", "morì"},
      {"esplodere", "esploso", "esplose"},
      {"infliggere", "inflitto", "inflisse"},
      {"annettere", "annesso", "annesse"},
      {"sconfiggere", "sconfitto", "sconfisse"},
  };
  for (const Case& c : cases) {
    INFO(c.lemma);
    REQUIRE(Form(c.lemma, kPastParticiple) == c.participle);
    REQUIRE(Form(c.lemma, kPastRemote, 3) == c.past_remote);
  }
  // the prefix carries through every tense of a compound
  REQUIRE(Form("sostenere", kPresent, 3) == "sostiene");
  REQUIRE(Form("sostenere", kFuture, 3) == "sosterrà");
  REQUIRE(Form("intervenire", kPresent, 3, true) == "intervengono");
  REQUIRE(Form("proporre", kFuture, 3) == "proporrà");
  REQUIRE(Form("proporre", kGerund) == "proponendo");
  REQUIRE(Form("condurre", kImperfect, 3) == "conduceva");
  REQUIRE(Form("trarre", kPresent, 1) == "traggo");
  REQUIRE(Form("scegliere", kPresent, 3, true) == "scelgono");
  REQUIRE(Form("rimanere", kPresent, 3, true) == "rimangono");
  REQUIRE(Form("cogliere", kPresent, 3, true) == "colgono");
  REQUIRE(Form("espellere", kPastRemote, 3, true) == "espulsero");
  REQUIRE(Form("prendere", kPastRemote, 2) == "prendesti");  // weak persons stay weak
  // a regular verb that merely ends like an irregular one stays regular
  REQUIRE(Form("mandare", kPresent, 3) == "manda");
  REQUIRE(Form("restare", kPastRemote, 3) == "restò");
  REQUIRE(Form("procedere", kPastParticiple) == "proceduto");
  REQUIRE(Form("provvedere", kFuture, 3) == "provvederà");
}

TEST_CASE("ConjugateVerb: enclitic pronouns on infinitive, gerund and imperative", "[morphology]") {
  for (const char* form :
       {"accusandolo", "inviarle",    "inviarlo",  "chiedergli", "informarlo", "incontrarsi",
        "inviandovi",  "dargli",      "farlo",     "porlo",      "condurlo",   "firmalo",
        "firmatelo",   "firmiamolo",  "farselo",   "fallo",      "dimmi",      "dagli",
        "ritiratevi",  "ritiriamoci", "colpiscili"}) {
    INFO(form);
    const bool found =
        Generates("accusare", form) || Generates("inviare", form) || Generates("chiedere", form) ||
        Generates("informare", form) || Generates("incontrare", form) || Generates("dare", form) ||
        Generates("fare", form) || Generates("porre", form) || Generates("condurre", form) ||
        Generates("firmare", form) || Generates("dire", form) || Generates("ritirare", form) ||
        Generates("colpire", form);
    REQUIRE(found);
  }
  REQUIRE(FormsOf("accusare", kGerund, 0, false, "lo") == std::vector<std::string>{"accusandolo"});
  // an imperative takes no 3rd-person reflexive and no pronoun of its own person
  REQUIRE_FALSE(Generates("firmare", "firmasi"));
  REQUIRE_FALSE(Generates("firmare", "firmateti"));
  REQUIRE_FALSE(Generates("firmare", "firmiamomi"));
  REQUIRE_FALSE(Generates("fare", "failo"));  // only fa' takes clitics
}

TEST_CASE("ConjugateVerb: reflexive lemmas yield the plain forms under the -si lemma",
          "[morphology]") {
  const auto forms = ConjugateVerb("scagliarsi");
  auto analysis_of = [&](std::string_view form, std::string_view clitic) -> const VerbForm* {
    for (const auto& [f, a] : forms) {
      if (f == form && a.clitic == clitic) return &a;
    }
    return nullptr;
  };
  REQUIRE(analysis_of("scaglia", "") != nullptr);
  REQUIRE(analysis_of("scaglia", "")->lemma == "scagliarsi");
  REQUIRE(analysis_of("scagliò", "") != nullptr);
  REQUIRE(analysis_of("scagliarsi", "si") != nullptr);
  REQUIRE(analysis_of("scagliandosi", "si") != nullptr);
  REQUIRE(Generates("impegnarsi", "impegnerà"));
  REQUIRE(Generates("ritirarsi", "ritirati"));
  REQUIRE(Generates("dimettersi", "dimise"));
  REQUIRE(Generates("opporsi", "oppose"));
  REQUIRE(Generates("sottrarsi", "sottrasse"));
  // not an infinitive
  REQUIRE(ConjugateVerb("firma").empty());
  REQUIRE(ConjugateVerb("").empty());
}

TEST_CASE("VerbLexicon: one lookup per token, all analyses of ambiguous forms", "[morphology]") {
  VerbLexicon lexicon;
  for (const char* lemma : {"firmare", "essere", "stare", "accusare", "porre", "scagliarsi"}) {
    lexicon.AddVerb(lemma);
  }
  REQUIRE(lexicon.Lookup("firmò").size() == 1);
  REQUIRE(lexicon.Lookup("firmò")[0].lemma == "firmare");
  REQUIRE(lexicon.Lookup("firmò")[0].tense == kPastRemote);
  REQUIRE(lexicon.Lookup("firmerà").size() == 1);
  // firmate: present 2pl, imperative 2pl, participle feminine plural
  REQUIRE(lexicon.Lookup("firmate").size() == 3);
  // stato: participle of essere and of stare
  const auto stato = lexicon.Lookup("stato");
  REQUIRE(stato.size() == 2);
  REQUIRE(stato[0].lemma != stato[1].lemma);
  REQUIRE(lexicon.Lookup("accusandolo")[0].clitic == "lo");
  REQUIRE(lexicon.Lookup("scagliò")[0].lemma == "scagliarsi");
  REQUIRE(lexicon.Lookup("posero")[0].lemma == "porre");
  // unknown and upper-case forms are not found
  REQUIRE(lexicon.Lookup("firmo'").empty());
  REQUIRE(lexicon.Lookup("Firmò").empty());
  REQUIRE(lexicon.Lookup("").empty());
  // adding a lemma twice adds no duplicate analyses
  lexicon.AddVerb("firmare");
  REQUIRE(lexicon.Lookup("firmò").size() == 1);
}

std::string Written(const VerbLexicon& lexicon) {
  TableWriter out;
  lexicon.Write(out);
  return std::move(out).Finish();
}

TEST_CASE("VerbLexicon: read back in place, a lexicon answers as the one written", "[morphology]") {
  VerbLexicon lexicon;
  for (const char* lemma : {"firmare", "essere", "stare", "scagliarsi", "fare", "rifare"}) {
    lexicon.AddVerb(lemma);
  }
  const std::string bytes = Written(lexicon);
  VerbLexicon read;
  TableReader in(bytes);
  read.Read(in);
  REQUIRE(in.AtEnd());
  for (std::string_view form : {"firmò", "stato", "firmate", "scagliandosi", "fallo", "rifece",
                                "sarebbe", "firmarlo", "niente"}) {
    INFO(form);
    const auto a = lexicon.Lookup(form);
    const auto b = read.Lookup(form);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      REQUIRE(a[i].lemma == b[i].lemma);
      REQUIRE(a[i].tense == b[i].tense);
      REQUIRE(a[i].person == b[i].person);
      REQUIRE(a[i].plural == b[i].plural);
      REQUIRE(a[i].feminine == b[i].feminine);
      REQUIRE(a[i].clitic == b[i].clitic);
    }
  }
  // what is read writes the same bytes again
  REQUIRE(Written(read) == bytes);
  // and grows like any other lexicon
  read.AddVerb("accusare");
  REQUIRE(read.Lookup("accusandolo").size() == 1);
  REQUIRE(read.Lookup("stato").size() == 2);
}

TEST_CASE("TriggerVerbLexicon: the compiled defaults are the forms of the default YAML",
          "[morphology]") {
  // A stale default_tables.bin shows here.
  std::vector<std::pair<std::string, std::string>> yaml;
  for (const EmbeddedFile& f : DefaultSchemaFiles()) yaml.emplace_back(f.path, f.content);
  const Schema compiled = Schema::Load({});
  REQUIRE_FALSE(compiled.compiled_tables().empty());
  REQUIRE(Written(TriggerVerbLexicon(compiled)) ==
          Written(TriggerVerbLexicon(Schema::LoadFromStrings(yaml))));
  REQUIRE(TriggerVerbLexicon(compiled).Lookup("firmò")[0].lemma == "firmare");
}

TEST_CASE("AuxiliaryForms: compound tenses, passives, reported modality", "[morphology]") {
  auto has = [](std::string_view form, std::string_view lemma, VerbTense tense) {
    const std::vector<VerbForm>* analyses = AuxiliaryForms(form);
    if (analyses == nullptr) return false;
    return std::any_of(analyses->begin(), analyses->end(),
                       [&](const VerbForm& a) { return a.lemma == lemma && a.tense == tense; });
  };
  REQUIRE(has("sarebbe", "essere", kConditional));
  REQUIRE(has("avrebbe", "avere", kConditional));
  REQUIRE(has("sarà", "essere", kFuture));
  REQUIRE(has("avrà", "avere", kFuture));
  REQUIRE(has("verrà", "venire", kFuture));
  REQUIRE(has("verrebbe", "venire", kConditional));
  REQUIRE(has("fosse", "essere", kSubjunctiveImperfect));
  REQUIRE(has("avesse", "avere", kSubjunctiveImperfect));
  REQUIRE(has("va", "andare", kPresent));
  REQUIRE(has("stato", "essere", kPastParticiple));
  REQUIRE(has("stato", "stare", kPastParticiple));
  REQUIRE(has("stanno", "stare", kPresent));
  REQUIRE(has("potrebbe", "potere", kConditional));
  REQUIRE(has("dovrà", "dovere", kFuture));
  REQUIRE(has("vogliono", "volere", kPresent));
  REQUIRE(has("è", "essere", kPresent));
  REQUIRE(has("ha", "avere", kPresent));
  REQUIRE(AuxiliaryForms("firmò") == nullptr);
  REQUIRE(AuxiliaryForms("fa") == nullptr);  // fare is not an auxiliary
}

TEST_CASE("NounForms: singular and plural of trigger nouns", "[morphology]") {
  using Forms = std::vector<std::string>;
  REQUIRE(NounForms("incontro") == Forms{"incontro", "incontri"});
  REQUIRE(NounForms("colloquio") == Forms{"colloquio", "colloqui"});
  REQUIRE(NounForms("vertice") == Forms{"vertice", "vertici"});
  REQUIRE(NounForms("telefonata") == Forms{"telefonata", "telefonate"});
  REQUIRE(NounForms("sanzione") == Forms{"sanzione", "sanzioni"});
  REQUIRE(NounForms("accusa") == Forms{"accusa", "accuse"});
  REQUIRE(NounForms("attacco") == Forms{"attacco", "attacchi"});
  REQUIRE(NounForms("dialogo") == Forms{"dialogo", "dialoghi"});
  REQUIRE(NounForms("bilaterale") == Forms{"bilaterale", "bilaterali"});
  REQUIRE(NounForms("intesa") == Forms{"intesa", "intese"});
  REQUIRE(NounForms("visita") == Forms{"visita", "visite"});
  REQUIRE(NounForms("tregua") == Forms{"tregua", "tregue"});
  // -ca/-ga harden, -cia/-gia lose an unstressed i after a consonant only
  REQUIRE(NounForms("minaccia") == Forms{"minaccia", "minacce"});
  REQUIRE(NounForms("provincia") == Forms{"provincia", "province"});
  REQUIRE(NounForms("camicia") == Forms{"camicia", "camicie"});
  REQUIRE(NounForms("strategia") == Forms{"strategia", "strategie"});
  REQUIRE(NounForms("banca") == Forms{"banca", "banche"});
  REQUIRE(NounForms("politico") == Forms{"politico", "politici"});
  // invariable
  REQUIRE(NounForms("crisi") == Forms{"crisi"});
  REQUIRE(NounForms("città") == Forms{"città"});
  REQUIRE(NounForms("summit") == Forms{"summit"});
  REQUIRE(NounForms("raid") == Forms{"raid"});
  REQUIRE(NounForms("blitz") == Forms{"blitz"});
  REQUIRE(NounForms("serie") == Forms{"serie"});
  // irregular table
  REQUIRE(NounForms("uomo") == Forms{"uomo", "uomini"});
  REQUIRE(NounForms("arma") == Forms{"arma", "armi"});
  REQUIRE(NounForms("programma") == Forms{"programma", "programmi"});
  REQUIRE(NounForms("invio") == Forms{"invio", "invii"});
  REQUIRE(NounForms("terrorista") == Forms{"terrorista", "terroristi", "terroriste"});
}

}  // namespace
}  // namespace actorgraph
