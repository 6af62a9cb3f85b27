#include "extract/actor_recognizer.h"

#include <catch2/catch.hpp>

#include "tests/extract/extraction_fixture.h"

namespace actorgraph {
namespace {

using testing::Mentions;
using testing::Relations;

TEST_CASE("ActorRecognizer: agents combine with a country", "[extract]") {
  auto m = Mentions("Il governo kazako ha chiuso le frontiere. I militari russi sono arrivati.");
  REQUIRE(m.count("KAZ@descriptor"));
  REQUIRE(m.count("RUS@descriptor"));
  // every gender and number of a demonym, "-che" included; "le istituzioni" with a country
  auto forms = Mentions("Le istituzioni guatemalteche tacciono, le autorità monegasche no.");
  REQUIRE(forms.count("GTM@descriptor"));
  REQUIRE(forms.count("MCO@descriptor"));
  // A state's forces that a person orders about are that person's state's, whatever country
  // the article named most so far.
  auto ordered = Mentions(
      "Gli Usa evacuano il consolato. Washington ha richiamato i diplomatici americani. Il "
      "presidente Kassym-Jomart Tokayev, con l'aiuto delle truppe giunte da Mosca, ha ordinato "
      "ai militari di aprire il fuoco.",
      "2022-01-07");
  REQUIRE(ordered.count("KAZ@coreference"));
  REQUIRE_FALSE(ordered.count("USA@coreference"));
}

TEST_CASE("ActorRecognizer: a company named after a country is no country", "[extract]") {
  auto m = Mentions("Vietnam Airlines ha firmato un accordo con Boeing. Il Vietnam esulta.",
                    "2023-09-11");
  REQUIRE(m.count("new:vietnam-airlines@new_name"));
  REQUIRE(m.count("VNM@dictionary"));  // the second sentence's
}

TEST_CASE("ActorRecognizer: an office at a known person's service", "[extract]") {
  // The person is named inside the title; the office is one of their country.
  REQUIRE(Mentions("Il portavoce del presidente Vladimir Putin, Dmitrij Peskov, ha parlato.",
                   "2021-11-09")
              .count("putin@dictionary"));
  REQUIRE(
      Relations("Il consigliere di Recep Tayyip Erdoğan, Kemal Arslan, ha parlato.", "2021-11-09")
          .count("new:kemal-arslan OFFICIAL_OF TUR"));
}

TEST_CASE("ActorRecognizer: a headline's opening participle is no word of a name", "[extract]") {
  auto m = Mentions("Arrestato Tamaz Kvlividze, leader dell'opposizione.", "2021-02-23");
  REQUIRE(m.count("new:tamaz-kvlividze@new_name"));
  REQUIRE_FALSE(m.count("new:arrestato-tamaz-kvlividze@new_name"));
  // first names that end like participles stay names
  REQUIRE(Mentions("Fortunato Ramos ha parlato ai giornalisti.", "2021-02-23")
              .count("new:fortunato-ramos@new_name"));
}

TEST_CASE("ActorRecognizer: trades and communities are collective actors", "[extract]") {
  // Alone they are the group; with a demonym the group held in that country.
  auto m = Mentions(
      "I pescatori filippini accusano la guardia costiera cinese. I commercianti "
      "hanno chiuso i negozi e i capi tribali hanno incontrato il principe.",
      "2024-06-19");
  REQUIRE(m.count("fishermen@descriptor"));
  REQUIRE(m.count("merchants@dictionary"));
  REQUIRE(m.count("tribes@dictionary"));
  REQUIRE(Relations("I pescatori filippini accusano la guardia costiera cinese.", "2024-06-19")
              .count("fishermen ACCUSE CHN"));
  // Armed members of a group named after them are that group.
  REQUIRE(Mentions("I jihadisti di al-Shabaab hanno attaccato una base.", "2024-01-08")
              .count("al_shabaab@descriptor"));
  REQUIRE(Mentions("I gruppi jihadisti controllano il nord.", "2022-10-03")
              .count("jihadists@dictionary"));
  // rights groups, victims' families and observers; envoys of a body named after them are it
  auto r = Mentions(
      "Le organizzazioni per i diritti umani e i familiari delle vittime accusano "
      "il governo. La missione di osservazione dell'Osce ha criticato il voto, "
      "come gli osservatori internazionali.",
      "2024-10-31");
  REQUIRE(r.count("rights_groups@dictionary"));
  REQUIRE(r.count("victims_families@dictionary"));
  REQUIRE(r.count("osce@descriptor"));
  REQUIRE(r.count("observers@dictionary"));
  // nor "famiglie dei detenuti" inside an association's
  REQUIRE(Mentions("La Lega delle famiglie dei detenuti ha protestato.", "2024-10-31")
              .count("new:lega-delle-famiglie-dei-detenuti@new_name"));
  // "lavoratori" inside a union's own name is no collective actor of its own.
  REQUIRE_FALSE(Mentions("Il Sindacato autonomo dei lavoratori della Jirama (Satj) ha protestato.",
                         "2025-10-17")
                    .count("workers@dictionary"));
  // Heading an unnamed association of a trade is no office in the trade.
  REQUIRE_FALSE(Relations("Sylvie Wakolo, che presiede un'associazione di commercianti del "
                          "quartiere, chiede aiuto.",
                          "2024-05-16")
                    .count("new:sylvie-wakolo OFFICIAL_OF merchants"));
}

TEST_CASE("ActorRecognizer: the leader named after a party or its members", "[extract]") {
  auto r = Relations(
      "Il governo nasce dall'intesa fra il National Federation Party di Biman "
      "Prasad e altri due partiti.",
      "2022-12-24");
  REQUIRE(r.count("new:biman-prasad MEMBER_OF new:national-federation-party"));
  REQUIRE(
      Mentions("I socialdemocratici di Pamela Rendi-Wagner non hanno ancora deciso.", "2019-05-21")
          .count("new:pamela-rendi-wagner@new_name"));
  // a place after "di" stays a place
  REQUIRE_FALSE(
      Mentions("Il partito di governo ha vinto nella provincia di Nuova Scozia.", "2019-05-21")
          .count("new:nuova-scozia@new_name"));
}

TEST_CASE("ActorRecognizer: long names whose words belong to known people", "[extract]") {
  // patronymics that are words of people named before do not make the name theirs
  auto m = Mentions(
      "L'emiro Tamim bin Hamad ha incontrato Mohammed bin Rashid. «Ci hanno "
      "respinti», ricorda Hamad Rashid al-Kuwari, membro della Shura.",
      "2021-01-06");
  REQUIRE(m.count("new:hamad-rashid-al-kuwari@new_name"));
  REQUIRE_FALSE(m.count("tamim@coreference"));
  // a second surname that is also a known person's
  REQUIRE(
      Mentions("Due studenti, Jack Bryan Pintado Sánchez e un suo amico, sono morti.", "2020-11-15")
          .count("new:jack-bryan-pintado-sanchez@new_name"));
  // a name right after a body or a country it is no part of
  auto after = Mentions(
      "Sono liberi la giornalista russo-americana di Radio Free Europe Alsu Kurmasheva e "
      "Paul Whelan. La Germania ha liberato Vadim Krasikov, la Norvegia Mikhail Mikushin.",
      "2024-08-02");
  REQUIRE(after.count("new:alsu-kurmasheva@new_name"));
  REQUIRE(after.count("new:mikhail-mikushin@new_name"));
  REQUIRE(Mentions("È libera la giornalista di Radio Free Europe Alsu Kurmasheva.", "2024-08-02")
              .count("new:alsu-kurmasheva@new_name"));
  // an adjective before the title in apposition
  REQUIRE(Mentions("Pechino è soddisfatta. Tam Yiu-chung, unico delegato dell'ex colonia nel "
                   "Comitato permanente, ha difeso la legge.",
                   "2020-07-02")
              .count("new:tam-yiu-chung@new_name"));
  // a country's English name as a first name
  REQUIRE(Mentions("Due studenti, Jack Bryan Pintado Sánchez e Jordan Inti Sotelo Camargo, sono "
                   "stati uccisi.",
                   "2020-11-15")
              .count("new:jordan-inti-sotelo-camargo@new_name"));
  // the head after "guidato da", three words long
  REQUIRE(
      Mentions("Il gruppo, guidato da Mahamat Mahdi Ali, ha minacciato il governo.", "2021-04-23")
          .count("new:mahamat-mahdi-ali@new_name"));
  // a name the document introduced, remembered under its first word, is still found
  REQUIRE(Mentions("Il gruppo Comando Sud ha parlato. Il Comando Sud ha poi taciuto.", "2023-11-22")
              .count("new:comando-sud@coreference"));
}

TEST_CASE("ActorRecognizer: a name parties of several countries share", "[extract]") {
  // the party of the country the article names most
  REQUIRE(Mentions("In Malesia il Pas ha sostenuto Muhyiddin.", "2020-03-01")
              .count("mys_pas@dictionary"));
  REQUIRE(Mentions("In Moldavia il Pas di Maia Sandu ha vinto.", "2024-10-20")
              .count("mda_pas@dictionary"));
  auto korea = Relations(
      "La Corea del Sud è divisa. Il leader del Partito democratico, Lee "
      "Jae-myung, ha criticato Seul.",
      "2023-08-24");
  REQUIRE(korea.count("lee_jae_myung OFFICIAL_OF kor_dpk"));
  // an organisation the dictionary knows only by its acronym, named in a title's complement
  auto dap = Relations(
      "A Kuala Lumpur il segretario generale del Partito d'azione democratica "
      "(Dap), Lim Guan Eng, ha parlato. Il Dap ha poi criticato il governo "
      "della Malesia.",
      "2020-03-01");
  REQUIRE(dap.count("lim_guan_eng OFFICIAL_OF mys_dap"));
  REQUIRE(dap.count("mys_dap ACCUSE MYS"));
}

TEST_CASE("ActorRecognizer: a party member named after the party", "[extract]") {
  REQUIRE(Relations("Negli ultimi mesi un dirigente del Chadema, Ali Mohamed Kibao, è stato "
                    "prelevato da uomini armati.",
                    "2025-04-13")
              .count("new:ali-mohamed-kibao MEMBER_OF tza_chadema"));
  REQUIRE(Relations("Il candidato della coalizione Azimio la Umoja, Raila Odinga, ha respinto i "
                    "risultati.",
                    "2022-08-16")
              .count("odinga MEMBER_OF ken_azimio"));
  // the countries of a plural title's complement are no parties of their own
  auto pair = Relations(
      "I ministri degli Esteri di Russia e Cina, Sergej Lavrov e Wang Yi, si "
      "sono incontrati.",
      "2022-06-09");
  REQUIRE(pair.count("lavrov CONSULT wang_yi"));
  REQUIRE(pair.count("lavrov OFFICIAL_OF RUS"));
  REQUIRE_FALSE(pair.count("RUS CONSULT CHN"));
  REQUIRE_FALSE(pair.count("RUS CONSULT wang_yi"));
  // the leader of the opposition
  REQUIRE(Relations("Honiara tace. Il leader dell'opposizione, Matthew Wale, ha criticato il "
                    "governo.",
                    "2022-04-20")
              .count("new:matthew-wale OFFICIAL_OF opposition"));
  // a party named in sentence case before the name: the name is the member, not an outlet
  auto r = Relations(
      "Con lui si è schierato il deputato del Partito liberale Otávio Brandão "
      "Sales, che ha ringraziato Trump.",
      "2025-07-31");
  REQUIRE(r.count("new:otavio-brandao-sales OFFICIAL_OF new:partito-liberale"));
  REQUIRE(Relations("Lo ha detto Sara Bianchi, direttrice del giornale La Voce.", "2025-07-31")
              .count("new:sara-bianchi OFFICIAL_OF new:la-voce"));
}

TEST_CASE("ActorRecognizer: offices of the state without a country named", "[extract]") {
  // a party's adjective between the title and the name
  REQUIRE(Relations("Gli Usa protestano. Washington è irritata. Il deputato democratico Joaquin "
                    "Castro ha criticato Trump.",
                    "2023-01-09")
              .count("new:joaquin-castro OFFICIAL_OF USA"));
  // a known person's government office the dictionary does not list: the person's country
  REQUIRE(Relations("A Tokyo il capo di gabinetto Yoshihide Suga ha parlato.", "2020-07-02")
              .count("suga OFFICIAL_OF JPN"));
  // but a known person's "presidente" the dictionary does not list may be a party's
  REQUIRE_FALSE(
      Relations("Lo sostengono l'Umno del presidente Ahmad Zahid Hamidi e il Pas.", "2020-03-01")
          .count("zahid OFFICIAL_OF MYS"));
}

TEST_CASE("ActorRecognizer: descriptors resolve by the document's date", "[extract]") {
  // The same words name different people in 2015 and in 2022.
  REQUIRE(Mentions("Il presidente kazako ha parlato alla nazione.", "2022-01-05")
              .count("tokayev@descriptor"));
  REQUIRE(Mentions("Il presidente kazako ha parlato alla nazione.", "2015-06-01")
              .count("nazarbayev@descriptor"));
  // "il suo omologo" takes the office of the person just named
  auto m = Mentions("Il presidente russo ha telefonato al suo omologo kazako.", "2022-01-07");
  REQUIRE(m.count("putin@descriptor"));
  REQUIRE(m.count("tokayev@descriptor"));
}

TEST_CASE("ActorRecognizer: a bare title refers back to whom the text gave it", "[extract]") {
  // "il cancelliere" after Scholz and Macron is Scholz; "il presidente" after a president
  // introduced with his title and another named bare is the former
  auto m = Mentions("Il cancelliere tedesco Olaf Scholz ha incontrato Macron. Il cancelliere ha "
                    "poi telefonato a Biden.",
                    "2023-05-10");
  REQUIRE(m.count("scholz@coreference"));
  auto p = Mentions("Il presidente francese Emmanuel Macron ha ricevuto Xi Jinping. Il presidente "
                    "ha poi parlato ai giornalisti.",
                    "2024-05-06");
  REQUIRE(p.count("macron@coreference"));
  REQUIRE_FALSE(p.count("xi_jinping@coreference"));
  // a rank alone is the person last named with it; "i due" the two people just named
  auto r = Relations("Il generale Abdourahamane Tchiani ha preso il potere. Il generale ha poi "
                     "accusato la Francia.",
                     "2023-07-28");
  REQUIRE(r.count("tchiani ACCUSE FRA"));
  auto d = Relations("Putin ha ricevuto Kim Jong-un a Pyongyang. I due hanno poi firmato un "
                     "trattato.",
                     "2024-06-19");
  REQUIRE(d.count("kim_jong_un AGREE putin"));
  // a plural pronoun is no one person: "li accusa" is not the minister just named
  REQUIRE_FALSE(Relations("Secondo il presidente francese Emmanuel Macron, gli arrestati sono "
                          "venti; la procura kazaka li accusa di terrorismo.",
                          "2022-01-10")
                    .count("KAZ ACCUSE macron"));
  // a personal pronoun or "quest'ultimo" is the person named last
  REQUIRE(Relations("Il premier Netanyahu ha parlato alla Knesset. Quest'ultimo ha poi minacciato "
                    "l'Iran. Lui ha anche criticato la Nato.",
                    "2023-03-01")
              .count("netanyahu ACCUSE nato"));
  // a plural is no back-reference to one person
  REQUIRE_FALSE(Mentions("Scholz ha incontrato Macron. I leader hanno parlato.", "2023-05-10")
                    .count("macron@coreference"));
}

TEST_CASE("ActorRecognizer: demonyms coordinated after an agent noun", "[extract]") {
  auto m = Mentions("Rubio ha incontrato le delegazioni turca e ucraina.", "2025-05-16");
  REQUIRE(m.count("TUR@descriptor"));
  REQUIRE(m.count("UKR@descriptor"));
  // collective actors stay themselves, held in each country
  auto p = Relations("I manifestanti serbi e kosovari hanno protestato contro la Nato.",
                     "2025-05-16");
  REQUIRE(p.count("protesters PROTEST nato"));
  REQUIRE_FALSE(p.count("XKX PROTEST nato"));
}

TEST_CASE("ActorRecognizer: places are locations, capitals as agents are countries",
          "[extract]") {
  auto m = Mentions("Ad Astana la polizia ha arrestato decine di persone. Mosca ha respinto le "
                    "accuse.");
  REQUIRE(m.count("KAZ@location"));
  REQUIRE(m.count("RUS@dictionary"));
  // a country after "a" with an article receives ("all'Iraq"); "a Cuba" is a place
  auto d = Mentions("Washington imporrà all'Iraq sanzioni. Il vertice si terrà a Cuba.");
  REQUIRE(d.count("IRQ@dictionary"));
  REQUIRE_FALSE(d.count("IRQ@location"));
  REQUIRE(d.count("CUB@location"));
}

TEST_CASE("ActorRecognizer: new names after a title or a rank join later mentions",
          "[extract]") {
  auto m = Mentions("Il generale Oumarou Sankaré ha preso il potere. Ieri Sankaré ha parlato.");
  REQUIRE(m.count("new:oumarou-sankare@new_name"));
  REQUIRE(m.count("new:oumarou-sankare@coreference"));
  // an organisation introduced with its acronym in brackets
  auto o = Mentions("L'Unione dei Porti del Nord (Upn) ha protestato. Poi l'Upn ha taciuto.");
  REQUIRE(o.count("new:upn@new_name"));
}

TEST_CASE("ActorRecognizer: unknown people named with an apposition or a particle",
          "[extract]") {
  // a full name with its title after the comma, and the party named after the title
  auto r = testing::Relations("Ieri Dragan Petrović, vicepresidente di Sloga Nova, ha parlato.");
  REQUIRE(r.count("new:dragan-petrovic OFFICIAL_OF new:sloga-nova"));
  // name particles stay inside the name
  auto m = Mentions("Il portavoce della presidenza, Khalid al-Mansouri, ha smentito.");
  REQUIRE(m.count("new:khalid-al-mansouri@new_name"));
  // who the person is, after the name; the speaker after a verb of saying
  auto v = Mentions("Lo ha detto Marta Ferri, commerciante di Aosta. «Abbiamo paura», dice "
                    "Bruno Valli.");
  REQUIRE(v.count("new:marta-ferri@new_name"));
  REQUIRE(v.count("new:bruno-valli@new_name"));
  // a long complement, with an acronym in brackets, between the title and the name
  REQUIRE(testing::Relations("Lo ha confermato il vicepresidente dell'autorità romena per le "
                             "comunicazioni (Ancom), Pavel Ionescu.")
              .count("new:pavel-ionescu OFFICIAL_OF ROU"));
  // the government of a person: its head
  auto g = testing::Relations("Il governo di Benjamin Netanyahu ha risposto. L'amministrazione "
                              "Biden ha protestato.",
                              "2024-01-10");
  REQUIRE(g.count("netanyahu OFFICIAL_OF ISR"));
  REQUIRE(g.count("biden OFFICIAL_OF USA"));
  // a state body with a possessive: the country of the actor it refers to
  REQUIRE(testing::Relations("Il Senegal è in crisi. Dakar tace. Il Tagikistan ha protestato: il "
                             "suo ministero degli Esteri ha chiesto a Bishkek di fermarsi.",
                             "2022-09-17")
              .count("TJK REQUEST KGZ"));
  // the head of a body, in a relative clause or after a participle
  auto h = testing::Relations("Jimmy Chérizier, che guida la coalizione criminale Viv Ansanm, ha "
                              "parlato. L'Unione africana, coordinata da Edgardo Lanfranchi, ha "
                              "taciuto.",
                              "2024-06-26");
  REQUIRE(h.count("new:jimmy-cherizier OFFICIAL_OF viv_ansanm"));
  REQUIRE(h.count("new:edgardo-lanfranchi OFFICIAL_OF au"));
  // an office given after the name; an unknown name given one is a person
  auto o = testing::Relations("L'Italia cambia governo. Roma tace. Ieri Mario Bianchi è stato "
                              "nominato ministro degli Esteri. Emmanuel Macron è stato eletto "
                              "presidente.",
                              "2017-05-08");
  REQUIRE(o.count("new:mario-bianchi OFFICIAL_OF ITA"));
  REQUIRE(o.count("macron OFFICIAL_OF FRA"));
  // a place described in apposition is no person
  REQUIRE_FALSE(Mentions("Ieri la Nuova Caledonia, territorio francese, ha votato.")
                    .count("new:nuova-caledonia@new_name"));
}

TEST_CASE("ActorRecognizer: transliteration variants and slips match the same actor",
          "[extract]") {
  REQUIRE(Mentions("Tokaev ha parlato.").count("tokayev@dictionary"));
  REQUIRE(Mentions("Nazarbaev ha parlato.").count("nazarbayev@dictionary"));
  REQUIRE(Mentions("La Bielorusssia ha votato.").count("BLR@dictionary"));
}

TEST_CASE("ActorRecognizer: prepositions fold articles and possessives", "[extract]") {
  std::vector<Token> tokens;
  auto word = [&](std::string w) {
    Token t;
    t.lower = t.fold = std::move(w);
    tokens.push_back(t);
  };
  word("dal");
  word("suo");
  word("omologo");
  REQUIRE(PrepositionBefore(tokens, 2) == "da");
  REQUIRE(BasePreposition("nell'") == "in");
  REQUIRE(BasePreposition("governo").empty());
}


TEST_CASE("ActorRecognizer: a title with a complement before a new name", "[extract]") {
  auto m = Mentions("Il ministro dell'Energia Tahirou Bassolé è stato sentito dai giudici.");
  REQUIRE(m.count("new:tahirou-bassole@new_name"));
  // at the start of a sentence, a full name with a title in apposition
  auto n = Mentions("Lucia Ferraretti, portavoce della Farnesina, ha risposto.");
  REQUIRE(n.count("new:lucia-ferraretti@new_name"));
  // a weekday opening the sentence is no part of the name
  auto d = Mentions("Domenica Lucia Ferraretti, portavoce della Farnesina, ha risposto.");
  REQUIRE(d.count("new:lucia-ferraretti@new_name"));
  REQUIRE_FALSE(d.count("DMA@dictionary"));
}

TEST_CASE("ActorRecognizer: state bodies without a country", "[extract]") {
  // the country last named with the same sector
  auto m = Mentions("Il governo cileno ha protestato. Il governo ha poi convocato l'ambasciatore.");
  REQUIRE(m.count("CHL@descriptor"));
  REQUIRE(m.count("CHL@coreference"));
  // "un governo" or "il governo Meloni" is no reference to the article's country
  REQUIRE_FALSE(Mentions("Il governo cileno ha protestato. Serve un governo forte.")
                    .count("CHL@coreference"));
}

TEST_CASE("ActorRecognizer: office holders named with their country or body", "[extract]") {
  auto r = testing::Relations("Il Ciad del generale Idriss Mahamat Koulamallah ha chiuso le "
                              "frontiere.");
  REQUIRE(r.count("new:idriss-mahamat-koulamallah OFFICIAL_OF TCD"));
  auto h = testing::Relations("La Commissione dell'Unione africana, presieduta dal gabonese "
                              "Marcel Obiang Ndong, ha condannato il golpe.");
  REQUIRE(h.count("new:marcel-obiang-ndong OFFICIAL_OF au"));
  // a kinship noun may stand before a title: "figlio dell'ex presidente"
  REQUIRE(testing::Relations("Aliou Sandagou, figlio dell'ex presidente Issoufou, è stato "
                             "fermato.", "2023-08-01")
              .count("new:aliou-sandagou RELATIVE_OF issoufou"));
}


TEST_CASE("ActorRecognizer: 'l'Unione' is the last union named", "[extract]") {
  auto r = testing::Relations("La Commissione europea ha parlato dopo il vertice dell'Unione "
                              "europea. La Polonia, membro dell'Unione dal 2004, ha votato.");
  REQUIRE(r.count("POL MEMBER_OF eu"));
  REQUIRE_FALSE(r.count("POL MEMBER_OF ec"));
}


TEST_CASE("ActorRecognizer: heads of bodies in apposition", "[extract]") {
  REQUIRE(testing::Relations("Il ministro Lucio Ferrante, a capo della Nato, ha parlato.")
              .count("new:lucio-ferrante OFFICIAL_OF nato"));
  // "nipote dell'ex presidente": the former holder in the article's country
  REQUIRE(testing::Relations("Ad Astana la tensione resta alta. Ad Almaty la polizia presidia le "
                             "strade. Ieri Daulet Nurlanov, nipote dell'ex presidente, è stato "
                             "arrestato.", "2022-01-10")
              .count("new:daulet-nurlanov RELATIVE_OF nazarbayev"));
}


TEST_CASE("ActorRecognizer: relatives named after a kinship noun", "[extract]") {
  REQUIRE(testing::Relations("Imran Khan e la moglie Bushra Bibi sono stati fermati.", "2023-05-09")
              .count("new:bushra-bibi RELATIVE_OF khan_i"));
  // "l'ex presidente" is the former holder named in the document
  REQUIRE(testing::Relations("Pedro Castillo è in carcere. La moglie dell'ex presidente, Lucía "
                             "Fernanda Quispe, ha lasciato il Paese.", "2022-12-21")
              .count("new:lucia-fernanda-quispe RELATIVE_OF castillo_p"));
  // and a surname named in full once stands alone afterwards
  REQUIRE(testing::Mentions("Imran Khan è stato arrestato. Khan ha negato le accuse.", "2023-05-09")
              .count("khan_i@coreference"));
}


TEST_CASE("ActorRecognizer: ranks give office holders their country", "[extract]") {
  REQUIRE(testing::Relations("La Russia è in allarme. A Mosca il Cremlino tace. Ieri il "
                             "viceministro della Difesa Yunus-Bek Yevkurov ha parlato.",
                             "2023-06-25")
              .count("new:yunus-bek-yevkurov OFFICIAL_OF RUS"));
  REQUIRE(testing::Relations("Ieri il generale Valery Gerasimov ha parlato.", "2023-06-25")
              .count("gerasimov OFFICIAL_OF RUS"));
  // without an article's country to go by, no country is guessed
  REQUIRE_FALSE(testing::Relations("Ieri il viceministro della Difesa Yunus-Bek Yevkurov ha "
                                   "parlato.", "2023-06-25")
                    .count("new:yunus-bek-yevkurov OFFICIAL_OF RUS"));
  // a person near the start of a sentence, after capitalised words that are no title
  REQUIRE(testing::Mentions("Ieri Sera Netanyahu ha parlato.", "2024-04-14")
              .count("netanyahu@dictionary"));
}

TEST_CASE("ActorRecognizer: staff named by the body they serve", "[extract]") {
  // a title's demonym is a mention of the country too
  REQUIRE(Mentions("Il cancelliere tedesco Olaf Scholz ha parlato.", "2023-03-01")
              .count("DEU@descriptor"));
  // an envoy after a comma
  REQUIRE(testing::Relations("Ha parlato l'ambasciatore della Francia, Pierre Dumont.")
              .count("new:pierre-dumont OFFICIAL_OF FRA"));
  // a body of a state, with a demonym or in the article's country
  REQUIRE(testing::Relations("Paolo Neri, consigliere dell'ufficio presidenziale ucraino, ha "
                             "accusato Mosca.")
              .count("new:paolo-neri OFFICIAL_OF UKR"));
  REQUIRE(testing::Relations("La Francia ha protestato. Parigi tace. Ne ha parlato il portavoce "
                             "della polizia di Lione, Marc Girard.")
              .count("new:marc-girard OFFICIAL_OF FRA"));
  // a seat in the complement names the country, in an article about another one
  REQUIRE(testing::Relations("L'Armenia ha protestato. Erevan tace. Ne ha parlato il portavoce "
                             "del dipartimento di Stato Paul Harris.")
              .count("new:paul-harris OFFICIAL_OF USA"));
  // a person's staff serve the person's country; the person holds no such title
  auto r = testing::Relations("Artur Galstyan, consigliere di Pashinyan, ha smentito.",
                              "2023-05-01");
  REQUIRE(r.count("new:artur-galstyan OFFICIAL_OF ARM"));
  REQUIRE_FALSE(r.count("pashinyan OFFICIAL_OF ARM"));
  // a town councillor of a place the dictionary does not know
  REQUIRE(testing::Relations("L'Armenia ha protestato. Erevan tace. Luca Bassi, consigliere "
                             "comunale di Goris, ha parlato.")
              .count("new:luca-bassi OFFICIAL_OF ARM"));
  // an organisation noun and its adjectives before a new name
  REQUIRE(testing::Relations("Anna Verdi, portavoce della coalizione ecologista Terra Viva, ha "
                             "criticato il governo.")
              .count("new:anna-verdi OFFICIAL_OF new:terra-viva"));
  REQUIRE(testing::Relations("Ieri Gino Lodi, deputato del partito liberale Patria Libera, ha "
                             "votato contro.")
              .count("new:gino-lodi OFFICIAL_OF new:patria-libera"));
}

TEST_CASE("ActorRecognizer: organisations spelled out before their acronym", "[extract]") {
  // the initials, skipping articles and prepositions, whatever the case of the words
  auto m = Mentions("Ha vinto il Partito democratico senegalese (Pds). Il Pds ha festeggiato. "
                    "Protesta l'Alleanza per l'unione dei contadini (Auc).");
  REQUIRE(m.count("new:pds@new_name"));
  REQUIRE(m.count("new:pds@coreference"));
  REQUIRE(m.count("new:auc@new_name"));
  // initials that do not match are no expansion
  REQUIRE_FALSE(Mentions("Ha parlato il ministro degli interni (Pds).").count("new:pds@new_name"));
  // a country's demonym after a title, for countries of every size
  REQUIRE(testing::Relations("Ha parlato il vicepresidente guyanese Darnell Kwame Ossei.",
                             "2023-12-15")
              .count("new:darnell-kwame-ossei OFFICIAL_OF GUY"));
  // an officer in apposition holds the title; no one else is described by it
  auto o = testing::Relations("I poliziotti sono guidati da Godfrey Otunge, alto ufficiale della "
                              "polizia del Kenya.", "2024-06-26");
  REQUIRE(o.count("new:godfrey-otunge OFFICIAL_OF KEN"));
}

TEST_CASE("ActorRecognizer: protesters and the opposition of a country are their own actors",
          "[extract]") {
  auto r = testing::Relations("L'opposizione georgiana ha denunciato brogli. La polizia georgiana "
                              "ha disperso i manifestanti. Il governo ha accusato l'opposizione.",
                              "2024-10-28");
  REQUIRE(r.count("GEO COERCE protesters"));
  REQUIRE(r.count("GEO ACCUSE opposition"));
  REQUIRE_FALSE(r.count("GEO ACCUSE GEO"));
  // attackers, gangs, migrants and journalists are collective actors too
  auto c = testing::Relations("La polizia russa ha arrestato gli attentatori. Le bande armate hanno "
                              "attaccato Port-au-Prince.", "2024-03-25");
  REQUIRE(c.count("RUS COERCE attackers"));
  REQUIRE(c.count("gangs ASSAULT HTI"));
  // a profession before a name still introduces the person
  REQUIRE(Mentions("Il giornalista Marco Rossi ha parlato.").count("new:marco-rossi@new_name"));
  // a state body with a demonym stays the state
  REQUIRE(Mentions("La polizia georgiana ha parlato.", "2024-10-28").count("GEO@descriptor"));
}

TEST_CASE("ActorRecognizer: organisations named in sentence case", "[extract]") {
  auto m = Mentions("La Lega ruandese per i diritti civili ha protestato. Le marce sono state "
                    "convocate dal Collettivo dei giovani democratici, poi il Collettivo ha "
                    "parlato. Il Fronte popolare di Kordofan e l'esercito si scontrano.");
  REQUIRE(m.count("new:lega-ruandese-per-i-diritti-civili@new_name"));
  REQUIRE(m.count("new:collettivo-dei-giovani-democratici@new_name"));
  REQUIRE(m.count("new:collettivo-dei-giovani-democratici@coreference"));
  // a coordinated actor is not part of the name
  REQUIRE(m.count("new:fronte-popolare-di-kordofan@new_name"));
  // a verb with its object ends the name; a person after "di" is no part of it
  REQUIRE(Mentions("Il Fronte popolare critica il governo.").count("new:fronte-popolare@new_name"));
  REQUIRE_FALSE(Mentions("La Lega di Salvini ha votato.").count("new:lega-di-salvini@new_name"));
  // a title names the organisation in full; a year ends a platform's name
  auto r = testing::Relations("Lo ha detto Irina Volkova, direttrice del Centro per la trasparenza "
                              "elettorale, una delle ong.", "2024-05-28");
  REQUIRE(r.count("new:irina-volkova OFFICIAL_OF new:centro-per-la-trasparenza-elettorale"));
  // a demonym inside the name names no country of the office
  auto g = testing::Relations("Aimée Nzé-Obiang, presidente della Lega gabonese per i diritti "
                              "civili, ha parlato.", "2023-08-31");
  REQUIRE(g.count("new:aimee-nze-obiang OFFICIAL_OF new:lega-gabonese-per-i-diritti-civili"));
  REQUIRE_FALSE(g.count("new:aimee-nze-obiang OFFICIAL_OF GAB"));
  REQUIRE(Mentions("Lo sostiene la piattaforma Futuro 2025.").count("new:futuro-2025@new_name"));
  // a group noun with an adjective, a name joined by "dell'"
  REQUIRE(Mentions("Il gruppo paramilitare Aquile dell'Artsakh non ha consegnato le armi.")
              .count("new:aquile-dell-artsakh@new_name"));
}

TEST_CASE("ActorRecognizer: unknown full names in the places people stand", "[extract]") {
  // after a verb of saying, in any tense
  REQUIRE(Mentions("«Basta», ha spiegato Tariq Rahman.").count("new:tariq-rahman@new_name"));
  REQUIRE(Mentions("Lo ha detto ieri Lotte Brouwers.").count("new:lotte-brouwers@new_name"));
  // in apposition to one of a group, either side of the comma
  REQUIRE(Mentions("Uno dei figli, Karim Osei Mensah, è stato arrestato.")
              .count("new:karim-osei-mensah@new_name"));
  REQUIRE(Mentions("In piazza c'era Rafiq Hasan Tuhin, uno dei portavoce del movimento.")
              .count("new:rafiq-hasan-tuhin@new_name"));
  // what happens to a person, and a person coordinated with a known one
  REQUIRE(Mentions("Le proteste sono seguite alla morte di Leyla Ahmadi.")
              .count("new:leyla-ahmadi@new_name"));
  REQUIRE(Mentions("Lo firmarono Keizo Obuchi e Kim Dae-jung.").count("new:keizo-obuchi@new_name"));
  // a role with an adjective before the name; a role that is no office gives none
  REQUIRE(Mentions("Il religioso sciita Nimr al-Nimr fu giustiziato.")
              .count("new:nimr-al-nimr@new_name"));
  REQUIRE_FALSE(testing::Relations("Il partito fondato dal miliardario Bidzina Ivanishvili ha vinto.",
                                   "2024-10-31")
                    .count("ivanishvili OFFICIAL_OF GEO"));
}

TEST_CASE("ActorRecognizer: unknown full names without a title", "[extract]") {
  auto m = Mentions("Tra gli arrestati c'era anche Ruben Vardanyan. L'agenzia, guidata da Samantha "
                    "Power, ha promesso aiuti.");
  REQUIRE(m.count("new:ruben-vardanyan@new_name"));
  REQUIRE(m.count("new:samantha-power@new_name"));
  // at the start of a sentence only before a verb
  REQUIRE(Mentions("Lotte Brouwers ha detto di no.").count("new:lotte-brouwers@new_name"));
  REQUIRE(Mentions("Porto Rico vota domenica.").empty());
  // places, buildings and things are no people
  auto p = Mentions("La nave è entrata nel Mar Rosso. L'aereo è atterrato all'aeroporto Toussaint "
                    "Louverture. Poi è arrivato a Porto Rico.");
  for (const auto& mention : p) REQUIRE_FALSE(mention.starts_with("new:"));
  // a foreign organisation's name says what it is, after a preposition too
  auto o = Mentions("Il fondatore della Grameen Bank ha giurato. Lo hanno detto Nippon Steel e "
                    "Mitsubishi Heavy Industries.");
  REQUIRE(o.count("new:grameen-bank@new_name"));
  REQUIRE(o.count("new:mitsubishi-heavy-industries@new_name"));
  // a hyphenated first name; a two-word place before a name in apposition
  auto h = Mentions(
      "Parigi ha richiamato Philippe Étienne e Jean-Pierre Thébault. Da San "
      "Pietroburgo Arkadij Volodin, il fondatore del gruppo, ha parlato.");
  REQUIRE(h.count("new:jean-pierre-thebault@new_name"));
  REQUIRE(h.count("new:arkadij-volodin@new_name"));
  REQUIRE_FALSE(h.count("new:san-pietroburgo-arkadij-volodin@new_name"));
  // a name in sentence case goes on over "e della"; a verb form after "della" is a noun
  auto party = Relations(
      "L'opposizione, guidata dal Partito della libertà e della giustizia di "
      "Dragan Đilas, chiede nuove elezioni.",
      "2025-01-28");
  REQUIRE(party.count("djilas MEMBER_OF new:partito-della-liberta-e-della-giustizia"));
  REQUIRE_FALSE(party.count("opposition ASSAULT djilas"));
  // a portfolio after "per" stands between the title and the name
  REQUIRE(Mentions("Il ministro per il Pacifico Zed Seselja ha parlato.")
              .count("new:zed-seselja@new_name"));
}

TEST_CASE("ActorRecognizer: \"il partito\" is the last party, not the last body", "[extract]") {
  auto m = Mentions("Il Pakistan Tehreek-e-Insaf ha protestato. Il portavoce dell'Ispr ha "
                    "parlato. Il partito ha poi accusato il governo.",
                    "2023-05-11");
  REQUIRE(m.count("pak_pti@coreference"));
  REQUIRE_FALSE(m.count("pak_ispr@coreference"));
}

TEST_CASE("ActorRecognizer: a body named right after a title, a deputy of his country",
          "[extract]") {
  auto r = testing::Relations("Lo ha detto l'Alto rappresentante Ue per la politica estera, Josep "
                              "Borrell. Il segretario generale Nato Mark Rutte ha parlato.",
                              "2024-05-20");
  REQUIRE(r.count("borrell OFFICIAL_OF eu"));
  REQUIRE(r.count("rutte OFFICIAL_OF nato"));
  REQUIRE(testing::Relations("Il primo vicepresidente Mohammad Mokhber assume i poteri.",
                             "2024-05-20")
              .count("mokhber OFFICIAL_OF IRN"));
  // a body of a state named without its state is the known person's country's, no new name
  auto k = testing::Relations("John Kirby, portavoce del Consiglio per la sicurezza nazionale, ha "
                              "parlato.",
                              "2024-03-25");
  REQUIRE(k.count("kirby OFFICIAL_OF USA"));
  REQUIRE_FALSE(k.count("kirby OFFICIAL_OF new:consiglio"));
  // a title with no complement is the known person's own office, also before a second title
  auto z = testing::Relations("Khaleda Zia, ex premier e leader del Partito nazionalista del "
                              "Bangladesh, è stata liberata.",
                              "2024-08-08");
  REQUIRE(z.count("zia_k OFFICIAL_OF BGD"));
  REQUIRE(z.count("zia_k OFFICIAL_OF bgd_bnp"));
}

TEST_CASE("ActorRecognizer: ministers of any portfolio, envoys and their posts", "[extract]") {
  auto r = testing::Relations("La ministra francese delle Forze armate, Florence Parly, ha "
                              "parlato. Il ministro Gabrielius Landsbergis ha risposto. Il "
                              "ministro degli Esteri iraniano ha accusato Israele.",
                              "2022-02-01");
  REQUIRE(r.count("parly OFFICIAL_OF FRA"));
  REQUIRE(r.count("landsbergis OFFICIAL_OF LTU"));
  REQUIRE(r.count("amir_abdollahian ACCUSE ISR"));
  // a minister without a named country serves the article's
  auto h = testing::Relations("La Russia protesta. Mosca accusa Kiev. Il ministro delle Finanze "
                              "Anton Siluanov ha parlato. Il viceministro degli Esteri Mikhail "
                              "Bogdanov ha parlato.",
                              "2022-06-22");
  REQUIRE(h.count("new:anton-siluanov OFFICIAL_OF RUS"));
  REQUIRE(h.count("new:mikhail-bogdanov OFFICIAL_OF RUS"));
  // an envoy's seat may stand between the title and the name
  auto e = testing::Relations("Parlano il console marocchino a Orano, Ahmed Hrizi, e "
                              "l'ambasciatore dell'Unione europea a Mosca, Markus Ederer.",
                              "2022-06-22");
  REQUIRE(e.count("new:ahmed-hrizi OFFICIAL_OF MAR"));
  REQUIRE(e.count("new:markus-ederer OFFICIAL_OF eu"));
  REQUIRE(testing::Relations("Il ministero degli Esteri indiano ha convocato l'alto commissario "
                             "canadese Cameron MacKay.",
                             "2023-09-19")
              .count("new:cameron-mackay OFFICIAL_OF CAN"));
  // the UN's high commissioner is no state's envoy
  REQUIRE(testing::Relations("L'Alta commissaria dell'Onu per i diritti umani, Michelle "
                             "Bachelet, ha parlato.",
                             "2022-01-07")
              .count("bachelet OFFICIAL_OF un"));
}

TEST_CASE("ActorRecognizer: appositions name the person's own body and party", "[extract]") {
  // a known person's state body is their own country's, and a second title is theirs too
  auto m = testing::Relations("La Francia protesta. Parigi accusa il Mali. Il comunicato, "
                              "firmato dal colonnello Abdoulaye Maïga, ministro "
                              "dell'Amministrazione territoriale e portavoce del governo, è "
                              "duro.",
                              "2022-02-01");
  REQUIRE(m.count("maiga_a OFFICIAL_OF MLI"));
  REQUIRE_FALSE(m.count("maiga_a OFFICIAL_OF FRA"));
  REQUIRE_FALSE(m.count("attal OFFICIAL_OF FRA"));
  auto p = testing::Relations("Ad Algeri il deputato Lakhdar Ouennoughi, del Movimento della "
                              "società per la pace (Msp), ha parlato. Oleg Simakin, deputato "
                              "della Duma regionale per il partito Russia Unita, ha parlato. "
                              "Ha vinto Daniel Chapo, candidato del Frelimo.",
                              "2024-10-25");
  REQUIRE(p.count("new:lakhdar-ouennoughi MEMBER_OF dza_msp"));
  REQUIRE(p.count("new:oleg-simakin MEMBER_OF united_russia"));
  REQUIRE(p.count("chapo MEMBER_OF moz_frelimo"));
  // kinship past the title's demonym
  REQUIRE(testing::Relations("Sedeva anche Jared Kushner, consigliere e genero del presidente "
                             "americano Donald Trump.",
                             "2021-01-06")
              .count("kushner RELATIVE_OF trump"));
}

TEST_CASE("ActorRecognizer: names that are places, things and foreign organisations",
          "[extract]") {
  auto m = testing::Mentions(
      "Parla Diego Arbulú, dell'Università di San Marcos. Lo sciopero è "
      "della Central Unitaria de Trabajadores (Cut) e del Frente Cívico Patriótico. "
      "La Coordinadora Nacional de Derechos Humanos protesta. La guardia "
      "costiera cinese ha speronato una motovedetta filippina.",
      "2019-10-24");
  REQUIRE_FALSE(m.count("marcos_jr@dictionary"));
  REQUIRE(m.count("new:cut@new_name"));
  REQUIRE(m.count("new:frente-civico-patriotico@new_name"));
  REQUIRE(m.count("new:coordinadora-nacional-de-derechos-humanos@new_name"));
  REQUIRE_FALSE(m.count("new:derechos-humanos@new_name"));
  REQUIRE(m.count("CHN@descriptor"));
  REQUIRE(m.count("PHL@descriptor"));
  // a counterpart named right after a known person has that person's office
  REQUIRE(testing::Relations("Il Cremlino ha riferito di un colloquio tra Vladimir Putin e il suo "
                             "omologo kazako.",
                             "2022-01-08")
              .count("putin CONSULT tokayev"));
}

}  // namespace
}  // namespace actorgraph

namespace actorgraph {
namespace {

TEST_CASE("Word classes: a token's word gets the answers of the string functions", "[extract]") {
  // Every word of one to three letters (the articles, most prepositions), then longer ones.
  std::vector<std::string> words;
  const std::string letters = "abcdefghilmnopqrstuvz'";
  for (char a : letters) {
    words.emplace_back(1, a);
    for (char b : letters) {
      words.push_back(std::string{a, b});
      for (char c : letters) words.push_back(std::string{a, b, c});
    }
  }
  for (const char* w : {"dello", "della", "degli", "dell'", "dall'", "nell'", "sull'", "negli",
                        "contro", "verso", "presso", "senza", "secondo", "proprio", "propria",
                        "stesso", "nuova", "loro", "nostro", "presidente", "giornalista",
                        "intervista", "organizzazione", "governo", "", "secondi"}) {
    words.emplace_back(w);
  }
  for (const std::string& w : words) {
    INFO(w);
    const TokenText token(w);
    REQUIRE(BasePreposition(token) == BasePreposition(std::string_view(w)));
    REQUIRE(IsPossessive(token) == IsPossessive(std::string_view(w)));
    REQUIRE(IsArticle(token) == IsArticle(std::string_view(w)));
    // asked again: the answers kept in the token
    REQUIRE(BasePreposition(token) == BasePreposition(std::string_view(w)));
    REQUIRE(IsArticle(token) == IsArticle(std::string_view(w)));
  }
}

}  // namespace
}  // namespace actorgraph
