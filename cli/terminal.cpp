#include "cli/terminal.h"

#include <unistd.h>

#include <cstdlib>

#include "graph/actor_graph.h"

namespace actorgraph::cli {

bool StdoutWantsColor() {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

std::string TerminalStyle::Wrap(std::string_view code, std::string_view text) const {
  if (!enabled_) return std::string(text);
  std::string out = "\033[";
  out.append(code).append("m").append(text).append("\033[0m");
  return out;
}

std::string TerminalStyle::Family(std::string_view type, std::string_view text) const {
  std::string_view family = RelationFamily(type);
  if (family == "cooperation") return Green(text);
  if (family == "structural") return Cyan(text);
  return Red(text);
}

std::string RelationArrow(std::string_view type, bool forward, bool symmetric) {
  std::string arrow = symmetric || forward ? "-[" : "<-[";
  arrow.append(type);
  arrow += symmetric || !forward ? "]-" : "]->";
  return arrow;
}

std::string Plural(std::size_t count, std::string_view noun) {
  std::string text = std::to_string(count);
  text.append(" ").append(noun);
  if (count != 1) text += 's';
  return text;
}

}  // namespace actorgraph::cli
