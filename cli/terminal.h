#pragma once
// How the query commands draw on a terminal: colour only when standard output is a terminal
// and NO_COLOR is not set (https://no-color.org), and relations as arrows.

#include <cstddef>
#include <string>
#include <string_view>

namespace actorgraph::cli {

// True when standard output is a terminal and the NO_COLOR variable is unset or empty.
bool StdoutWantsColor();

// ANSI styles that are the identity when disabled, so callers format the same way either way.
class TerminalStyle {
 public:
  explicit TerminalStyle(bool enabled) : enabled_(enabled) {}

  std::string Bold(std::string_view text) const { return Wrap("1", text); }
  std::string Dim(std::string_view text) const { return Wrap("2", text); }
  std::string Red(std::string_view text) const { return Wrap("31", text); }
  std::string Green(std::string_view text) const { return Wrap("32", text); }
  std::string Yellow(std::string_view text) const { return Wrap("33", text); }
  std::string Cyan(std::string_view text) const { return Wrap("36", text); }
  // The colour of a relation family (cooperation green, conflict red, structural cyan).
  std::string Family(std::string_view type, std::string_view text) const;

 private:
  std::string Wrap(std::string_view code, std::string_view text) const;
  bool enabled_;
};

// A relation as walked: "-[T]->" forward, "<-[T]-" against its direction, "-[T]-" for a
// symmetric type (stored in one direction, meant both ways).
std::string RelationArrow(std::string_view type, bool forward, bool symmetric);

// "1 relation", "2 relations": `count` and the noun, with an s unless count is 1.
std::string Plural(std::size_t count, std::string_view noun);

}  // namespace actorgraph::cli
