#include "extract/normalizer.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <string_view>

namespace actorgraph {
namespace {

// The original bytes that normalised text[begin, end) came from.
std::string_view Original(const NormalizedText& n, std::string_view original, std::size_t begin,
                          std::size_t end) {
  const std::size_t from = n.OriginalOffset(begin);
  return original.substr(from, n.OriginalOffset(end) - from);
}

// Whether `text` is well-formed UTF-8 (as Normalize promises for its output).
bool IsValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    std::size_t length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
    if (length == 0 || b > 0xF4 || i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += length;
  }
  return true;
}

// The invariants every normalisation keeps, whatever the input.
void CheckInvariants(const NormalizedText& n, std::string_view original) {
  REQUIRE(n.to_original.size() == n.text.size() + 1);
  REQUIRE(n.to_original.back() == original.size());
  for (std::size_t i = 1; i < n.to_original.size(); ++i) {
    REQUIRE(n.to_original[i - 1] <= n.to_original[i]);
  }
  REQUIRE(IsValidUtf8(n.text));
}

TEST_CASE("Normalizer: ASCII text is copied with an identity map", "[text]") {
  const std::string original = "Il presidente Mattarella ha ricevuto il premier a Roma.\n";
  const NormalizedText n = Normalize(original);
  REQUIRE(n.text == original);
  REQUIRE(n.invalid_sequences == 0);
  CheckInvariants(n, original);
  for (std::size_t i = 0; i <= original.size(); ++i) REQUIRE(n.OriginalOffset(i) == i);
  // the backtick used as an apostrophe is mapped even on the fast path
  REQUIRE(Normalize("l`Onu").text == "l'Onu");
  REQUIRE(Normalize("").text.empty());
  REQUIRE(Normalize("").to_original.size() == 1);
}

TEST_CASE("Normalizer: typographic apostrophes keep offsets into the original", "[text]") {
  const std::string original = "Il vertice dell\u2019OTSC a Nur-Sultan";
  const NormalizedText n = Normalize(original);
  REQUIRE(n.text == "Il vertice dell'OTSC a Nur-Sultan");
  CheckInvariants(n, original);
  const std::size_t apostrophe = n.text.find('\'');
  // "dell'" covers the three bytes of U+2019 in the original
  REQUIRE(Original(n, original, apostrophe - 4, apostrophe + 1) == "dell\u2019");
  REQUIRE(Original(n, original, apostrophe + 1, apostrophe + 5) == "OTSC");
  REQUIRE(Original(n, original, n.text.size() - 10, n.text.size()) == "Nur-Sultan");
}

TEST_CASE("Normalizer: quotes, dashes and spaces become ASCII", "[text]") {
  const std::string original =
      "\u00ABBasta\u00BB \u2013 ha detto \u201Cil ministro\u201D \u2014 \u201Eora\u201D"
      "\u00A0subito\u202F\u2012\u2212 \u2018s\u00EC\u2019 \u02BCx";
  const NormalizedText n = Normalize(original);
  REQUIRE(n.text == "\"Basta\" - ha detto \"il ministro\" - \"ora\" subito -- 's\u00EC' 'x");
  CheckInvariants(n, original);
  // the ellipsis becomes three periods, all pointing at the one original character
  const std::string ellipsis = "Vedremo\u2026 forse";
  const NormalizedText e = Normalize(ellipsis);
  REQUIRE(e.text == "Vedremo... forse");
  REQUIRE(Original(e, ellipsis, 7, 10) == "\u2026");
  REQUIRE(Original(e, ellipsis, 8, 9).empty());  // inside a character: no finer answer
  // a byte-order mark and a soft hyphen vanish, the bullet stays
  const NormalizedText b = Normalize("\uFEFF\u2022 Mosca\u00ADtrattativa");
  REQUIRE(b.text == "\u2022 Moscatrattativa");
  REQUIRE(b.OriginalOffset(0) == 3);
}

TEST_CASE("Normalizer: Italian accents stay as they are", "[text]") {
  const std::string original =
      "Perch\u00E9 l\u2019Unione \u00E8 pi\u00F9 unita? Citt\u00E0 e libert\u00E0";
  const NormalizedText n = Normalize(original);
  REQUIRE(n.text == "Perch\u00E9 l'Unione \u00E8 pi\u00F9 unita? Citt\u00E0 e libert\u00E0");
  CheckInvariants(n, original);
  const std::size_t e = n.text.find("\u00E8");
  REQUIRE(Original(n, original, e, e + 2) == "\u00E8");
}

TEST_CASE("Normalizer: decomposed accents are composed (NFC)", "[text]") {
  // "perche" + U+0301 COMBINING ACUTE, "E" + U+0300 COMBINING GRAVE
  const std::string original = "perche\u0301 E\u0300 cosi\u0300.";
  const NormalizedText n = Normalize(original);
  REQUIRE(n.text == "perch\u00E9 \u00C8 cos\u00EC.");
  CheckInvariants(n, original);
  // "é" maps to the "e" and its combining mark together
  const std::size_t e = n.text.find("\u00E9");
  REQUIRE(Original(n, original, e, e + 2) == "e\u0301");
  REQUIRE(Original(n, original, 0, e + 2) == "perche\u0301");
  // a combining mark with nothing to attach to is kept, not lost
  const NormalizedText lone = Normalize("\u0301abc");
  REQUIRE(lone.text == "\u0301abc");
  // a singleton with a canonical equivalent: U+212B ANGSTROM SIGN -> U+00C5
  REQUIRE(Normalize("10 \u212B").text == "10 \u00C5");
}

TEST_CASE("Normalizer: invalid UTF-8 is replaced and counted, never thrown", "[text]") {
  const std::string fffd = "\uFFFD";
  // a Latin-1 "è" inside UTF-8 text
  NormalizedText n = Normalize("Putin \xE8 arrivato");
  REQUIRE(n.text == "Putin " + fffd + " arrivato");
  REQUIRE(n.invalid_sequences == 1);
  // a truncated three-byte sequence is one error, and the next character survives
  const std::string truncated =
      "ab\xE2\x80"
      "cd";
  n = Normalize(truncated);
  REQUIRE(n.text == "ab" + fffd + "cd");
  REQUIRE(n.invalid_sequences == 1);
  REQUIRE(Original(n, truncated, 2, 5) == "\xE2\x80");
  REQUIRE(Original(n, truncated, 5, 7) == "cd");
  // truncated at the very end of the document
  n = Normalize(std::string("citt\xC3"));
  REQUIRE(n.text == "citt" + fffd);
  REQUIRE(n.invalid_sequences == 1);
  // overlong, surrogate, stray continuation bytes and bytes never valid: one each
  n = Normalize(std::string("\xC0\xAF|\xED\xA0\x80|\x80\x80|\xFF|\xF4\x90\x80\x80"));
  REQUIRE(n.invalid_sequences == 2 + 3 + 2 + 1 + 4);
  CheckInvariants(n, "\xC0\xAF|\xED\xA0\x80|\x80\x80|\xFF|\xF4\x90\x80\x80");
  // a real U+FFFD in the input is not an error
  REQUIRE(Normalize("x\uFFFDy").invalid_sequences == 0);
}

TEST_CASE("Normalizer: arbitrary bytes keep the invariants", "[text]") {
  // Deterministic pseudo-random documents mixing ASCII, valid UTF-8 pieces and junk.
  const std::string_view pieces[] = {"a",        " ",        "\xC3\xA8",     "\xE2\x80\x99",
                                     "\xE2\x80", "\xF0\x9F", "\xCC\x81",     "\xFF",
                                     "\x80",     ".",        "\xE2\x80\xA6", "\xF0\x9F\x98\x80",
                                     "\xC2\xA0", "`",        "\xEF\xBB\xBF"};
  std::uint32_t state = 12345;
  for (int doc = 0; doc < 200; ++doc) {
    std::string original;
    for (int k = 0; k < 64; ++k) {
      state = state * 1664525u + 1013904223u;
      original += pieces[(state >> 16) % std::size(pieces)];
    }
    const NormalizedText n = Normalize(original);
    CheckInvariants(n, original);
  }
}

TEST_CASE("Normalizer: FoldForMatching lower-cases and strips accents", "[text]") {
  REQUIRE(FoldForMatching("Putin") == "putin");
  REQUIRE(FoldForMatching("\u00C8") == "e");  // È
  REQUIRE(FoldForMatching("Citt\u00E0") == "citta");
  REQUIRE(FoldForMatching("\u00C7avu\u015Fo\u011Flu") == "cavusoglu");  // Çavuşoğlu
  REQUIRE(FoldForMatching("\u0160ef\u010Dovi\u010D") == "sefcovic");    // Šefčovič
  REQUIRE(FoldForMatching("Lavrov, Zelens\u2019kyj") == "lavrov, zelens\u2019kyj");
  REQUIRE(FoldForMatching("Ra\u00EBl \u017Derjav") == "rael zerjav");  // ë, Ž
  REQUIRE(FoldForMatching("\u0141\u00F3d\u017A") == "lodz");           // Łódź
  REQUIRE(FoldForMatching("Stra\u00DFe") == "strasse");
  REQUIRE(FoldForMatching("\u00D8rsted") == "orsted");
  // Vietnamese is above the tables and goes through ICU; Greek is in them
  REQUIRE(FoldForMatching("Nguy\u1EC5n") == "nguyen");
  REQUIRE(FoldForMatching("\u0386\u03B8\u03AE\u03BD\u03B1") == "\u03B1\u03B8\u03B7\u03BD\u03B1");
  // decomposed input folds like composed input
  REQUIRE(FoldForMatching("perche\u0301") == "perche");
  // bad bytes do not throw
  REQUIRE(FoldForMatching("a\xFF") == "a\uFFFD");
}

TEST_CASE("Normalizer: LowerCase keeps accents", "[text]") {
  REQUIRE(LowerCase("\u00C8 PUTIN") == "\u00E8 putin");
  REQUIRE(LowerCase("\u00C0\u00C9\u00CC\u00D2\u00D9") == "\u00E0\u00E9\u00EC\u00F2\u00F9");
  REQUIRE(LowerCase("\u0160EF\u010COVI\u010C") == "\u0161ef\u010Dovi\u010D");
  REQUIRE(LowerCase("dell'Onu") == "dell'onu");
  REQUIRE(LowerCase("\u1E9E") == "\u00DF");  // capital sharp s, above the tables
}

}  // namespace
}  // namespace actorgraph
