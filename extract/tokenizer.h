#pragma once
// Tokens of an Italian sentence: words, numbers and punctuation. Elided articles and
// prepositions are split off with their apostrophe (l' dell' all' d' un' ...; "po'" stays one
// token); hyphenated words stay whole ("Kassym-Jomart", "Nur-Sultan", "Putin-Biden") and the
// recogniser decides whether a hyphen joins two actors (SplitAtHyphens).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/token_text.h"

namespace actorgraph {

enum class TokenKind { kWord, kNumber, kPunct };

struct Token {
  std::size_t start = 0;  // byte offsets in the normalised text, half-open
  std::size_t end = 0;
  TokenKind kind = TokenKind::kWord;
  // Lower-cased, accents kept: "è", "dell'". A final apostrophe standing for an accent is
  // spelled as the accent: "perche'" -> "perché", "E'" -> "è" (fold "perche", "e").
  TokenText lower;
  TokenText fold;            // lower-cased, accents stripped: "e", "dell'"
  bool capitalized = false;  // first letter upper-case ("Putin", "OTSC")
  bool all_caps = false;     // every letter upper-case and at least two letters ("OTSC", "UE")
  bool elided = false;       // ends with an apostrophe of elision ("dell'", "l'")
  bool hyphenated = false;   // contains an inner hyphen ("Putin-Biden")
};

// Tokenises text[begin, end) of the normalised text; offsets stay relative to the whole text.
// Also one token each: "U.S.A.", "S.p.A." (dotted acronyms), "Moody's", "3,5%", and a word
// containing U+FFFD (a replaced byte). A quote mark ' before a word is punctuation.
std::vector<Token> Tokenize(std::string_view text, std::size_t begin, std::size_t end);

// The same into `tokens`, replacing what it held: a loop over the sentences of a document
// reuses one vector instead of allocating one for every sentence.
void Tokenize(std::string_view text, std::size_t begin, std::size_t end,
              std::vector<Token>& tokens);

// The same into the front of `storage`; returns how many tokens the text has (the sentence
// is storage[0, n)). The tokens after them are left from earlier calls, not destroyed: a
// loop over sentences of varying length builds and frees no Token and no string of a word
// shorter than one seen before.
std::size_t TokenizeReusing(std::string_view text, std::size_t begin, std::size_t end,
                            std::vector<Token>& storage);

// Splits a hyphenated word token into its parts (the hyphens are dropped), e.g.
// "Putin-Biden" -> "Putin", "Biden". Returns {token} when it has no inner hyphen.
std::vector<Token> SplitAtHyphens(const Token& token, std::string_view text);

}  // namespace actorgraph
