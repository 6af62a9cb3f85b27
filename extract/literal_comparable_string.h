#pragma once
// A std::string whose comparison with a string literal (`token.lower == "che"`,
// `actor.type == "PERSON"`, the rules' most frequent tests) compares the lengths first, inline.
// GCC 12's operator==(const std::string&, const char*) calls compare() and strlen out of
// line, which cost a tenth of extraction. Adds no state to std::string.

#include <cstddef>
#include <string>
#include <utility>

namespace actorgraph {

class LiteralComparableString : public std::string {
 public:
  using std::string::string;
  using std::string::operator=;
  LiteralComparableString() = default;
  // NOLINTNEXTLINE(google-explicit-constructor): implicit on purpose, a drop-in std::string
  LiteralComparableString(std::string text) : std::string(std::move(text)) {}

  template <std::size_t N>
  friend bool operator==(const LiteralComparableString& text, const char (&literal)[N]) {
    return text.size() == N - 1 &&
           std::char_traits<char>::compare(text.data(), literal, N - 1) == 0;
  }
};

}  // namespace actorgraph
