#include "extract/sentence_splitter.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "extract/normalizer.h"

namespace actorgraph {
namespace {

// The sentences of `text` as strings; headings are prefixed with "# ".
std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (const SentenceSpan& s : SplitSentences(text)) {
    REQUIRE(s.start < s.end);
    REQUIRE(s.end <= text.size());
    out.push_back((s.is_heading ? "# " : "") + std::string(text.substr(s.start, s.end - s.start)));
  }
  return out;
}

// Splits the normalised form of `original`, as the extractor does.
std::vector<std::string> SplitNormalized(std::string_view original) {
  return Split(Normalize(original).text);
}

using Sentences = std::vector<std::string>;

TEST_CASE("SentenceSplitter: plain sentences", "[text]") {
  REQUIRE(Split("Putin ha telefonato a Erdogan. Il colloquio \u00E8 durato un'ora.") ==
          Sentences{"Putin ha telefonato a Erdogan.", "Il colloquio \u00E8 durato un'ora."});
  REQUIRE(Split("Chi vuole la guerra? Nessuno! Eppure si combatte.") ==
          Sentences{"Chi vuole la guerra?", "Nessuno!", "Eppure si combatte."});
  // "È" is upper-case: a new sentence
  REQUIRE(Split("Il governo tace. \u00C8 una scelta.") ==
          Sentences{"Il governo tace.", "\u00C8 una scelta."});
  REQUIRE(Split("").empty());
  REQUIRE(Split(" \n\n \t ").empty());
  REQUIRE(Split("senza punto finale") == Sentences{"senza punto finale"});
}

TEST_CASE("SentenceSplitter: titles and abbreviations do not end sentences", "[text]") {
  REQUIRE(Split("Il sig. Rossi e il dott. Bianchi hanno incontrato il gen. Verdi. Poi sono "
                "partiti.") ==
          Sentences{"Il sig. Rossi e il dott. Bianchi hanno incontrato il gen. Verdi.",
                    "Poi sono partiti."});
  REQUIRE(Split("Ne hanno parlato l'on. Neri, il prof. Gialli, l'avv. Blu, l'ing. Rosa, il "
                "sen. Viola e il dep. Grigi. Nessuno ha votato.")
              .size() == 2);
  REQUIRE(Split("Lo prevede l'art. 11 della Costituzione, citato a pag. 4 del documento.").size() ==
          1);
  // initials
  REQUIRE(Split("J. Biden ha chiamato V. Putin da S. Pietroburgo. La telefonata \u00E8 finita.") ==
          Sentences{"J. Biden ha chiamato V. Putin da S. Pietroburgo.",
                    "La telefonata \u00E8 finita."});
  // dotted acronyms, even before a capitalised name
  REQUIRE(Split("Lo ha detto il portavoce della U.E. Peter Stano ai giornalisti.").size() == 1);
  REQUIRE(Split("Gli U.S.A. e la Cina, p.es. Pechino, trattano.").size() == 1);
  // "ecc." and "etc." can end a sentence before a capital, not before a lower-case word
  REQUIRE(Split("Sono arrivati ministri, ambasciatori ecc. Il vertice inizia domani.") ==
          Sentences{"Sono arrivati ministri, ambasciatori ecc.", "Il vertice inizia domani."});
  REQUIRE(Split("Armi, munizioni, carburante ecc. e altri aiuti.").size() == 1);
  // a URL is not an abbreviation
  REQUIRE(Split("Il testo \u00E8 su www.governo.it. Il ministro lo ha firmato.").size() == 2);
}

TEST_CASE("SentenceSplitter: datelines and lower case after a period", "[text]") {
  REQUIRE(Split("Milano, 9 nov. (askanews) - Il ministro degli Esteri ha convocato "
                "l'ambasciatore. La Farnesina conferma.") ==
          Sentences{"Milano, 9 nov. (askanews) - Il ministro degli Esteri ha convocato "
                    "l'ambasciatore.",
                    "La Farnesina conferma."});
  REQUIRE(Split("L'incontro \u00E8 previsto il 9 nov. alle 10 a Palazzo Chigi.").size() == 1);
  // the normalised en dash of a real dateline
  REQUIRE(SplitNormalized("Roma, 3 mar. (askanews) \u2013 Il Quirinale tace.").size() == 1);
}

TEST_CASE("SentenceSplitter: numbers keep their periods and commas", "[text]") {
  REQUIRE(Split("In piazza c'erano 2.000 persone, il 3,5% degli iscritti. Alle 10.30 sono "
                "partiti 1.700 pullman, 10.000 in tutto. Il corteo \u00E8 finito nel 2021. "
                "Nessun incidente.") ==
          Sentences{"In piazza c'erano 2.000 persone, il 3,5% degli iscritti.",
                    "Alle 10.30 sono partiti 1.700 pullman, 10.000 in tutto.",
                    "Il corteo \u00E8 finito nel 2021.", "Nessun incidente."});
}

TEST_CASE("SentenceSplitter: ellipsis", "[text]") {
  REQUIRE(Split("Ha detto che... vedremo. Poi \u00E8 uscito... Il giorno dopo \u00E8 tornato.") ==
          Sentences{"Ha detto che... vedremo.", "Poi \u00E8 uscito...",
                    "Il giorno dopo \u00E8 tornato."});
  REQUIRE(SplitNormalized("Aspettava\u2026 Poi ha parlato.") ==
          Sentences{"Aspettava...", "Poi ha parlato."});
  // an omission inside a quote is not a sentence end
  REQUIRE(SplitNormalized("\u00ABNoi (...) Vogliamo la pace\u00BB, ha detto.").size() == 1);
}

TEST_CASE("SentenceSplitter: quotes stay with their sentence", "[text]") {
  // the closing quote after the period belongs to the sentence it closes
  REQUIRE(SplitNormalized("\u00ABNon tratteremo mai.\u00BB Poi ha lasciato la sala.") ==
          Sentences{"\"Non tratteremo mai.\"", "Poi ha lasciato la sala."});
  // a quote that ends inside the sentence does not split it
  REQUIRE(SplitNormalized("\u00ABBasta!\u00BB, ha gridato il ministro. \u00ABOra si tratta\u00BB, "
                          "ha aggiunto.") ==
          Sentences{"\"Basta!\", ha gridato il ministro.", "\"Ora si tratta\", ha aggiunto."});
  REQUIRE(SplitNormalized("\u201CPerch\u00E9?\u201D chiede il ministro.").size() == 1);
  REQUIRE(SplitNormalized("Ha detto: \u201CSiamo pronti.\u201D Il Cremlino tace.") ==
          Sentences{"Ha detto: \"Siamo pronti.\"", "Il Cremlino tace."});
  // a short quote is not cut at the sentence ends inside it
  REQUIRE(SplitNormalized("\u00ABNon tratteremo. Mai\u00BB, ha detto Putin. Poi \u00E8 uscito.") ==
          Sentences{"\"Non tratteremo. Mai\", ha detto Putin.", "Poi \u00E8 uscito."});
  REQUIRE(SplitNormalized("Lavrov: \u201CBasta. Ora si tratta.\u201D Il vertice riprende.") ==
          Sentences{"Lavrov: \"Basta. Ora si tratta.\"", "Il vertice riprende."});
  // an unclosed quote does not swallow the paragraph
  REQUIRE(SplitNormalized("Ha detto \u00ABbasta. Poi \u00E8 uscito. Fine.").size() == 3);
  // a quote that opens a sentence stays with it
  REQUIRE(SplitNormalized("Il vertice \u00E8 finito. \u00ABNessun accordo\u00BB, dice Lavrov.") ==
          Sentences{"Il vertice \u00E8 finito.", "\"Nessun accordo\", dice Lavrov."});
  // a period after the closing quote
  REQUIRE(SplitNormalized("Ha detto \u00ABbasta\u00BB. Poi \u00E8 uscito.") ==
          Sentences{"Ha detto \"basta\".", "Poi \u00E8 uscito."});
}

TEST_CASE("SentenceSplitter: bullets are their own sentences", "[text]") {
  REQUIRE(Split("Le richieste di Kiev:\n\u2022 ritiro delle truppe\n\u2022 cessate il fuoco "
                "immediato\n\u2022 scambio di prigionieri. Subito.\nIl Cremlino non risponde.") ==
          Sentences{"Le richieste di Kiev:", "ritiro delle truppe", "cessate il fuoco immediato",
                    "scambio di prigionieri.", "Subito.", "Il Cremlino non risponde."});
  REQUIRE(Split("Punti chiave\n\n- gas russo\n- sanzioni\n* aiuti militari") ==
          Sentences{"# Punti chiave", "gas russo", "sanzioni", "aiuti militari"});
  // a bullet with nothing after it yields no sentence
  REQUIRE(Split("\u2022\n\u2022  \nFine.") == Sentences{"Fine."});
  // inline bullets of a flattened list
  REQUIRE(Split("Temi: \u2022 energia \u2022 difesa") == Sentences{"Temi:", "energia", "difesa"});
}

TEST_CASE("SentenceSplitter: headings and paragraphs", "[text]") {
  // the first line of the text, without final punctuation, is a heading
  REQUIRE(Split("Ucraina, telefonata tra Putin e Biden\nRoma, 9 nov. (askanews) - I due "
                "presidenti hanno parlato. Nessun accordo.") ==
          Sentences{"# Ucraina, telefonata tra Putin e Biden",
                    "Roma, 9 nov. (askanews) - I due presidenti hanno parlato.",
                    "Nessun accordo."});
  // a one-line paragraph between blank lines
  REQUIRE(Split("Il vertice si \u00E8 chiuso.\n\nLe reazioni\n\nMosca approva.") ==
          Sentences{"Il vertice si \u00E8 chiuso.", "# Le reazioni", "Mosca approva."});
  // a blank line ends a sentence even without a period
  REQUIRE(Split("Il ministro ha detto che\n\nla seduta \u00E8 tolta.") ==
          Sentences{"Il ministro ha detto che", "la seduta \u00E8 tolta."});
  // a single newline inside a paragraph does not
  REQUIRE(Split("Il ministro ha detto che la situazione\n\u00E8 grave. Poi ha taciuto.") ==
          Sentences{"Il ministro ha detto che la situazione\n\u00E8 grave.", "Poi ha taciuto."});
  REQUIRE(Split("Il vertice con\nPutin \u00E8 rinviato.") ==
          Sentences{"Il vertice con\nPutin \u00E8 rinviato."});
  // ... unless the line reads like a subheading
  REQUIRE(
      Split("Il vertice si \u00E8 chiuso.\nLe reazioni internazionali\nMosca approva.") ==
      Sentences{"Il vertice si \u00E8 chiuso.", "# Le reazioni internazionali", "Mosca approva."});
  // the last line without a period is a sentence, not a heading
  REQUIRE(Split("Il testo finisce qui.\n\nRiproduzione riservata") ==
          Sentences{"Il testo finisce qui.", "Riproduzione riservata"});
  // a line ending with a colon introduces what follows
  REQUIRE(Split("Il comunicato:\n\nnessuna novit\u00E0.") ==
          Sentences{"Il comunicato:", "nessuna novit\u00E0."});
}

TEST_CASE("SentenceSplitter: CRLF line ends behave like LF", "[text]") {
  REQUIRE(Split("Crisi a Mosca\r\n\r\nIl Cremlino conferma.\r\nLa Duma\r\ntace.\r\n") ==
          Sentences{"# Crisi a Mosca", "Il Cremlino conferma.", "La Duma\r\ntace."});
  REQUIRE(Split("Primo paragrafo\r\nsenza punto\r\n \r\nSecondo.") ==
          Sentences{"Primo paragrafo\r\nsenza punto", "Secondo."});
}

TEST_CASE("SentenceSplitter: spans are trimmed and point into the text", "[text]") {
  const std::string text = "  Il ministro parla.   \n\n\t Poi tace.  ";
  const std::vector<SentenceSpan> spans = SplitSentences(text);
  REQUIRE(spans.size() == 2);
  REQUIRE(spans[0].start == 2);
  REQUIRE(text.substr(spans[0].start, spans[0].end - spans[0].start) == "Il ministro parla.");
  REQUIRE(text.substr(spans[1].start, spans[1].end - spans[1].start) == "Poi tace.");
}

TEST_CASE("SentenceSplitter: long input stays linear", "[text]") {
  // 20,000 words without a sentence end, then periods that look like abbreviations
  std::string text;
  for (int k = 0; k < 20000; ++k) text += "parola ";
  text += "fine.";
  REQUIRE(Split(text).size() == 1);
  std::string dots;
  for (int k = 0; k < 20000; ++k) dots += "a.b.";
  dots += " X. J. K. ... ";
  for (int k = 0; k < 20000; ++k) dots += ". ";
  const std::vector<SentenceSpan> spans = SplitSentences(dots);
  REQUIRE(spans.size() > 1);
  REQUIRE(spans.front().start == 0);
}

}  // namespace
}  // namespace actorgraph
