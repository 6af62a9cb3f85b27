#include "extract/tokenizer.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/normalizer.h"
#include "extract/sentence_splitter.h"

namespace actorgraph {
namespace {

std::vector<Token> TokenizeAll(std::string_view text) { return Tokenize(text, 0, text.size()); }

// The surface strings of the tokens.
std::vector<std::string> Surfaces(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : TokenizeAll(text)) out.emplace_back(text.substr(t.start, t.end - t.start));
  return out;
}

using Strings = std::vector<std::string>;

TEST_CASE("Tokenizer: case flags and lower case of words short and long, ASCII or not", "[text]") {
  struct Expected {
    std::string_view word;
    std::string_view lower;
    bool capitalized;
    bool all_caps;
  };
  // 1 to 40 bytes: within one eight-byte step, across several, and past the 32 bytes of the
  // word-wide path; digits and hyphens are no letters; the first letter decides capitalized.
  for (const Expected& e : std::initializer_list<Expected>{
           {"x", "x", false, false},
           {"X", "x", true, false},
           {"NATO", "nato", true, true},
           {"Nato", "nato", true, false},
           {"nATO", "nato", false, false},
           {"U2", "u2", true, false},
           {"5G", "5g", true, false},
           {"2022Kiev", "2022kiev", true, false},
           {"12345678Ab", "12345678ab", true, false},
           {"Kassym-Jomart", "kassym-jomart", true, false},
           {"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF", "abcdefghijklmnopqrstuvwxyzabcdef", true, true},
           {"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN", "abcdefghijklmnopqrstuvwxyzabcdefghijklmn",
            true, true},
           {"Zelenskyy", "zelenskyy", true, false},
           {"Jean-Marie", "jean-marie", true, false},
           {"\u00C9LYS\u00C9E", "\u00E9lys\u00E9e", true, true},
           {"citt\u00E0", "citt\u00E0", false, false},
       }) {
    INFO(e.word);
    // at the end of the text and followed by more text
    for (const std::string& text : {std::string(e.word), std::string(e.word) + " e poi altro"}) {
      const std::vector<Token> tokens = TokenizeAll(text);
      REQUIRE_FALSE(tokens.empty());
      REQUIRE(tokens[0].lower == std::string(e.lower));
      REQUIRE(tokens[0].capitalized == e.capitalized);
      REQUIRE(tokens[0].all_caps == e.all_caps);
    }
  }
  // a vector given back holds only the new sentence's tokens
  std::vector<Token> tokens = TokenizeAll("Una frase piuttosto lunga, con virgole e parole.");
  Tokenize("Breve.", 0, 6, tokens);
  REQUIRE(tokens.size() == 2);
  REQUIRE(tokens[0].lower == "breve");
  REQUIRE(tokens[0].capitalized);
}

TEST_CASE("Tokenizer: words, numbers and punctuation", "[text]") {
  REQUIRE(Surfaces("Putin ha incontrato Erdogan a Sochi, poi \u00E8 ripartito.") ==
          Strings{"Putin", "ha", "incontrato", "Erdogan", "a", "Sochi", ",", "poi", "\u00E8",
                  "ripartito", "."});
  const std::vector<Token> tokens = TokenizeAll("Mosca, 12 ottobre!");
  REQUIRE(tokens.size() == 5);
  REQUIRE(tokens[0].kind == TokenKind::kWord);
  REQUIRE(tokens[1].kind == TokenKind::kPunct);
  REQUIRE(tokens[2].kind == TokenKind::kNumber);
  REQUIRE(tokens[4].kind == TokenKind::kPunct);
  // an ellipsis is one token, other punctuation one character each
  REQUIRE(Surfaces("Vedremo... (forse)?!") ==
          Strings{"Vedremo", "...", "(", "forse", ")", "?", "!"});
  REQUIRE(TokenizeAll("").empty());
  REQUIRE(TokenizeAll(" \t\n ").empty());
}

TEST_CASE("Tokenizer: elided articles and prepositions are split off", "[text]") {
  REQUIRE(Surfaces("l'OTSC dell'Ue all'Onu dall'Iran nell'ambito sull'accordo d'Italia") ==
          Strings{"l'", "OTSC", "dell'", "Ue", "all'", "Onu", "dall'", "Iran", "nell'", "ambito",
                  "sull'", "accordo", "d'", "Italia"});
  REQUIRE(Surfaces("un'intesa quest'anno c'\u00E8 s'\u00E8 m'ha t'ho v'\u00E8") ==
          Strings{"un'", "intesa", "quest'", "anno", "c'", "\u00E8", "s'", "\u00E8", "m'", "ha",
                  "t'", "ho", "v'", "\u00E8"});
  const std::vector<Token> tokens = TokenizeAll("L'Alleanza e DELL'UE");
  REQUIRE(tokens[0].elided);
  REQUIRE(tokens[0].lower == "l'");
  REQUIRE(tokens[0].capitalized);
  REQUIRE(!tokens[0].all_caps);  // a single letter
  REQUIRE(!tokens[1].elided);
  REQUIRE(tokens[3].lower == "dell'");
  REQUIRE(tokens[3].all_caps);
  // a space after the apostrophe of a known elision
  REQUIRE(Surfaces("dell' Onu e l' 80%") == Strings{"dell'", "Onu", "e", "l'", "80%"});
  // "un po'" keeps its apostrophe and is not an elision
  const std::vector<Token> po = TokenizeAll("un po' di tempo");
  REQUIRE(po.size() == 4);
  REQUIRE(po[1].lower == "po'");
  REQUIRE(!po[1].elided);
}

TEST_CASE("Tokenizer: typographic apostrophes map back to the original bytes", "[text]") {
  const std::string original = "Il vertice dell\u2019OTSC e l\u2019\u00ABintesa\u00BB";
  const NormalizedText n = Normalize(original);
  const std::vector<Token> tokens = Tokenize(n.text, 0, n.text.size());
  auto original_of = [&](const Token& t) {
    const std::size_t from = n.OriginalOffset(t.start);
    return original.substr(from, n.OriginalOffset(t.end) - from);
  };
  REQUIRE(tokens.size() == 9);
  REQUIRE(tokens[2].lower == "dell'");
  REQUIRE(original_of(tokens[2]) == "dell\u2019");
  REQUIRE(original_of(tokens[3]) == "OTSC");
  REQUIRE(original_of(tokens[5]) == "l\u2019");
  REQUIRE(original_of(tokens[6]) == "\u00AB");
  REQUIRE(original_of(tokens[7]) == "intesa");
  REQUIRE(original_of(tokens[8]) == "\u00BB");
}

TEST_CASE("Tokenizer: an apostrophe for an accent stays in the word", "[text]") {
  // keyboards without accents: "perche'" is "perché", "E'" is "È"
  const std::vector<Token> tokens = TokenizeAll("E' vero perche' la citta' e' gia' pronta");
  REQUIRE(Surfaces("E' vero perche' la citta' e' gia' pronta") ==
          Strings{"E'", "vero", "perche'", "la", "citta'", "e'", "gia'", "pronta"});
  REQUIRE(tokens[0].lower == "\u00E8");
  REQUIRE(tokens[0].fold == "e");
  REQUIRE(tokens[0].capitalized);
  REQUIRE(tokens[2].lower == "perch\u00E9");
  REQUIRE(tokens[2].fold == "perche");
  REQUIRE(!tokens[2].elided);
  REQUIRE(tokens[4].lower == "citt\u00E0");
  REQUIRE(tokens[6].lower == "gi\u00E0");
  // matching works across both spellings
  REQUIRE(TokenizeAll("perch\u00E9")[0].fold == tokens[2].fold);
  REQUIRE(TokenizeAll("perch\u00E9")[0].lower == tokens[2].lower);
}

TEST_CASE("Tokenizer: single quotes are not elisions", "[text]") {
  REQUIRE(Surfaces("la 'guerra lampo' di Putin") ==
          Strings{"la", "'", "guerra", "lampo", "'", "di", "Putin"});
  REQUIRE(Surfaces("il piano 'Putin' fallisce") ==
          Strings{"il", "piano", "'", "Putin", "'", "fallisce"});
  // an English possessive stays in the name
  REQUIRE(Surfaces("secondo Moody's il debito") == Strings{"secondo", "Moody's", "il", "debito"});
}

TEST_CASE("Tokenizer: hyphenated words stay whole", "[text]") {
  const std::string text =
      "Kassym-Jomart Tokayev a Nur-Sultan: vertice Putin-Biden in video-riunione";
  REQUIRE(Surfaces(text) == Strings{"Kassym-Jomart", "Tokayev", "a", "Nur-Sultan", ":", "vertice",
                                    "Putin-Biden", "in", "video-riunione"});
  const std::vector<Token> tokens = TokenizeAll(text);
  REQUIRE(tokens[0].hyphenated);
  REQUIRE(!tokens[1].hyphenated);
  REQUIRE(tokens[6].hyphenated);
  REQUIRE(tokens[6].capitalized);
  REQUIRE(tokens[6].lower == "putin-biden");
  // spaced or trailing hyphens are punctuation
  REQUIRE(Surfaces("Putin - Biden, anti- e -pro") ==
          Strings{"Putin", "-", "Biden", ",", "anti", "-", "e", "-", "pro"});
  REQUIRE(Surfaces("Covid-19 e G-20") == Strings{"Covid-19", "e", "G-20"});
}

TEST_CASE("Tokenizer: SplitAtHyphens gives the parts with their offsets", "[text]") {
  const std::string text = "il vertice Putin-Biden-Xi e il Covid-19";
  const std::vector<Token> tokens = TokenizeAll(text);
  const std::vector<Token> parts = SplitAtHyphens(tokens[2], text);
  REQUIRE(parts.size() == 3);
  REQUIRE(text.substr(parts[0].start, parts[0].end - parts[0].start) == "Putin");
  REQUIRE(text.substr(parts[1].start, parts[1].end - parts[1].start) == "Biden");
  REQUIRE(text.substr(parts[2].start, parts[2].end - parts[2].start) == "Xi");
  REQUIRE(parts[1].lower == "biden");
  REQUIRE(parts[1].capitalized);
  REQUIRE(!parts[1].hyphenated);
  const std::vector<Token> covid = SplitAtHyphens(tokens.back(), text);
  REQUIRE(covid.size() == 2);
  REQUIRE(covid[1].kind == TokenKind::kNumber);
  // a token without an inner hyphen comes back unchanged
  const std::vector<Token> same = SplitAtHyphens(tokens[0], text);
  REQUIRE(same.size() == 1);
  REQUIRE(same[0].start == tokens[0].start);
  REQUIRE(same[0].end == tokens[0].end);
}

TEST_CASE("Tokenizer: numbers keep their separators", "[text]") {
  REQUIRE(Surfaces("2.000 soldati, il 3,5% del Pil, alle 10.30, 1.700.000 euro e 24/7") ==
          Strings{"2.000", "soldati", ",", "il", "3,5%", "del", "Pil", ",", "alle", "10.30", ",",
                  "1.700.000", "euro", "e", "24", "/", "7"});
  // a period or comma not followed by a digit is punctuation
  REQUIRE(Surfaces("nel 2021. Poi, 5, 6") ==
          Strings{"nel", "2021", ".", "Poi", ",", "5", ",", "6"});
  const std::vector<Token> tokens = TokenizeAll("10.000 e 5G");
  REQUIRE(tokens[0].kind == TokenKind::kNumber);
  REQUIRE(tokens[2].kind == TokenKind::kWord);  // digits glued to letters
}

TEST_CASE("Tokenizer: dotted acronyms are one token", "[text]") {
  REQUIRE(Surfaces("gli U.S.A. e la U.E., la S.p.A. p.es. oggi") ==
          Strings{"gli", "U.S.A.", "e", "la", "U.E.", ",", "la", "S.p.A.", "p.es.", "oggi"});
  const std::vector<Token> tokens = TokenizeAll("U.S.A.");
  REQUIRE(tokens[0].all_caps);
  // a web address is not an acronym; an abbreviation keeps its period apart
  REQUIRE(Surfaces("www.gov.it e il gen. Rossi") ==
          Strings{"www", ".", "gov", ".", "it", "e", "il", "gen", ".", "Rossi"});
}

TEST_CASE("Tokenizer: case flags, lower and fold", "[text]") {
  const std::vector<Token> tokens =
      TokenizeAll("OTSC Ue \u00C8 \u00C7avu\u015Fo\u011Flu \u0160EF\u010COVI\u010C na\u00EFve");
  REQUIRE(tokens[0].all_caps);
  REQUIRE(tokens[0].capitalized);
  REQUIRE(tokens[0].lower == "otsc");
  REQUIRE(!tokens[1].all_caps);
  REQUIRE(tokens[1].capitalized);
  REQUIRE(tokens[2].capitalized);
  REQUIRE(!tokens[2].all_caps);  // one letter
  REQUIRE(tokens[2].lower == "\u00E8");
  REQUIRE(tokens[2].fold == "e");
  REQUIRE(tokens[3].lower == "\u00E7avu\u015Fo\u011Flu");
  REQUIRE(tokens[3].fold == "cavusoglu");
  REQUIRE(tokens[4].all_caps);
  REQUIRE(tokens[4].fold == "sefcovic");
  REQUIRE(!tokens[5].capitalized);
  REQUIRE(tokens[5].fold == "naive");
}

TEST_CASE("Tokenizer: a sub-range keeps offsets into the whole text", "[text]") {
  const std::string text = "Prima frase. Il Cremlino tace.";
  const std::vector<Token> tokens = Tokenize(text, 13, text.size());
  REQUIRE(tokens.size() == 4);
  REQUIRE(tokens[0].start == 13);
  REQUIRE(tokens[1].lower == "cremlino");
  REQUIRE(text.substr(tokens[1].start, tokens[1].end - tokens[1].start) == "Cremlino");
}

TEST_CASE("Tokenizer: replaced bytes stay inside their word", "[text]") {
  const NormalizedText n = Normalize("la citt\xE0 di Mosca");
  const std::vector<Token> tokens = Tokenize(n.text, 0, n.text.size());
  REQUIRE(tokens.size() == 4);
  REQUIRE(tokens[1].lower == "citt\uFFFD");
}

TEST_CASE("Tokenizer: a 20,000-token sentence is linear", "[text]") {
  std::string text;
  for (int k = 0; k < 10000; ++k) text += "dell'Onu ";
  const std::vector<Token> tokens = TokenizeAll(text);
  REQUIRE(tokens.size() == 20000);
  REQUIRE(tokens.back().end == text.size() - 1);
  // one very long word
  const std::string word(200000, 'a');
  REQUIRE(TokenizeAll(word).size() == 1);
}

TEST_CASE("Tokenizer: the three stages agree on arbitrary text", "[text]") {
  // Deterministic pseudo-random documents built from the characters the stages care about.
  const std::string_view pieces[] = {
      "a",      "B",      "2",      ".",      ",",       " ",    "\n", "\r\n",  "\"",    "'", "-",
      "\u2022", "\u2019", "\u2026", "\u00E8", "e\u0301", "\xFF", "U.", "dell'", "gen. ", "?", "("};
  std::uint32_t state = 7;
  for (int doc = 0; doc < 300; ++doc) {
    std::string original;
    for (int k = 0; k < 80; ++k) {
      state = state * 1664525u + 1013904223u;
      original += pieces[(state >> 16) % std::size(pieces)];
    }
    const NormalizedText n = Normalize(original);
    std::size_t previous_end = 0;
    for (const SentenceSpan& s : SplitSentences(n.text)) {
      // sentences are ordered, disjoint, non-empty and trimmed
      REQUIRE(previous_end <= s.start);
      REQUIRE(s.start < s.end);
      REQUIRE(s.end <= n.text.size());
      REQUIRE(n.text[s.start] != ' ');
      REQUIRE(n.text[s.end - 1] != ' ');
      previous_end = s.end;
      std::size_t previous_token_end = s.start;
      for (const Token& t : Tokenize(n.text, s.start, s.end)) {
        // tokens are ordered, disjoint, non-empty and inside their sentence
        REQUIRE(previous_token_end <= t.start);
        REQUIRE(t.start < t.end);
        REQUIRE(t.end <= s.end);
        REQUIRE(!t.lower.empty());
        previous_token_end = t.end;
        for (const Token& part : SplitAtHyphens(t, n.text)) {
          REQUIRE(t.start <= part.start);
          REQUIRE(part.end <= t.end);
        }
      }
    }
  }
}

TEST_CASE("Tokenizer: token text compares with literals whole, not by prefix", "[text]") {
  const std::vector<Token> tokens = TokenizeAll("Dell'Onu e perché");
  REQUIRE(tokens.size() == 4);
  // Equal only when every byte and the length agree.
  REQUIRE(tokens[0].lower == "dell'");
  REQUIRE_FALSE(tokens[0].lower == "dell");
  REQUIRE_FALSE(tokens[0].lower == "dell'o");
  REQUIRE(tokens[1].lower != "Onu");
  REQUIRE(tokens[2].lower == "e");
  REQUIRE(tokens[3].lower == "perché");
  // Still a std::string for every other use.
  const std::string& lower = tokens[1].lower;
  REQUIRE(lower == "onu");
  REQUIRE(std::string_view(tokens[3].lower).size() == 7);
}

}  // namespace
}  // namespace actorgraph
