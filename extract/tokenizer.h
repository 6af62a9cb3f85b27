#pragma once
// Tokens of an Italian sentence: words, numbers and punctuation. Elided articles and
// prepositions are split off with their apostrophe (l' dell' all' d' un' ...; "po'" stays one
// token); hyphenated words stay whole ("Kassym-Jomart", "Nur-Sultan", "Putin-Biden") and the
// recogniser decides whether a hyphen joins two actors (SplitAtHyphens).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

enum class TokenKind { kWord, kNumber, kPunct };

struct Token {
  std::size_t start = 0;  // byte offsets in the normalised text, half-open
  std::size_t end = 0;
  TokenKind kind = TokenKind::kWord;
  std::string lower;      // lower-cased, accents kept: "è", "dell'"
  std::string fold;       // lower-cased, accents stripped: "e", "dell'"
  bool capitalized = false;  // first letter upper-case ("Putin", "OTSC")
  bool all_caps = false;     // every letter upper-case and at least two letters ("OTSC", "UE")
  bool elided = false;       // ends with an apostrophe of elision ("dell'", "l'")
  bool hyphenated = false;   // contains an inner hyphen ("Putin-Biden")
};

// Tokenises text[begin, end) of the normalised text; offsets stay relative to the whole text.
std::vector<Token> Tokenize(std::string_view text, std::size_t begin, std::size_t end);

// Splits a hyphenated word token into its parts (the hyphens are dropped), e.g.
// "Putin-Biden" -> "Putin", "Biden". Returns {token} when it has no inner hyphen.
std::vector<Token> SplitAtHyphens(const Token& token, std::string_view text);

}  // namespace actorgraph
