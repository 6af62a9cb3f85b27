#include "graph/list_codec.h"

#include <charconv>
#include <cstring>

namespace actorgraph {
namespace {

constexpr std::string_view kSeparator = " | ";

void AppendEscaped(std::string& out, std::string_view text, std::string_view also) {
  for (char c : text) {
    if (c == '\\' || c == '|' || also.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
}

// Reads an escaped field from text[pos] up to the first unescaped character of `stops` (or the
// end), unescaping it. Leaves pos at the stop character. std::nullopt on a dangling backslash.
std::optional<std::string> ReadField(std::string_view text, std::size_t& pos,
                                     std::string_view stops) {
  // The first `c` in [from, to), or `to` (memchr: fields run to tens of bytes).
  auto next = [&](char c, std::size_t from, std::size_t to) {
    const void* hit = std::memchr(text.data() + from, c, to - from);
    return hit == nullptr ? to
                          : static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
  };
  std::string field;
  while (pos < text.size()) {
    // Copy the run up to the next stop or backslash at once: most fields have neither. Each
    // search stops where the previous one found something.
    std::size_t run = text.size();
    for (char stop : stops) run = next(stop, pos, run);
    run = next('\\', pos, run);
    field.append(text.data() + pos, run - pos);
    pos = run;
    if (pos == text.size() || text[pos] != '\\') break;
    if (++pos == text.size()) return std::nullopt;  // a dangling backslash
    field += text[pos++];
  }
  return field;
}

// After an item: either the end, or " | " whose leading space the item's reader has taken
// (the caller strips it). Advances past "| ". False when something else follows.
bool SkipSeparator(std::string_view text, std::size_t& pos) {
  if (pos == text.size()) return true;
  if (text.substr(pos, 2) != "| ") return false;
  pos += 2;
  return true;
}

// An item read up to '|' ends with the separator's space, unless it is the last item.
bool StripSeparatorSpace(std::string& item, std::string_view text, std::size_t pos) {
  if (pos == text.size()) return true;
  if (item.empty() || item.back() != ' ') return false;
  item.pop_back();
  return true;
}

}  // namespace

std::string JoinList(std::span<const PooledText> items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += kSeparator;
    AppendEscaped(out, items[i], "");
  }
  return out;
}

std::optional<std::vector<PooledText>> SplitList(std::string_view text, TextPool& texts) {
  std::vector<PooledText> items;
  if (text.empty()) return items;
  std::size_t pos = 0;
  bool more = true;  // after a separator there is always one more item, perhaps empty
  while (more) {
    std::optional<std::string> item = ReadField(text, pos, "|");
    if (!item || !StripSeparatorSpace(*item, text, pos)) return std::nullopt;
    more = pos < text.size();
    if (!SkipSeparator(text, pos)) return std::nullopt;
    items.push_back(texts.Add(*item));
  }
  return items;
}

std::string FormatEvidence(std::span<const Evidence> evidence) {
  std::string out;
  for (std::size_t i = 0; i < evidence.size(); ++i) {
    const Evidence& e = evidence[i];
    if (i > 0) out += kSeparator;
    AppendEscaped(out, e.date, " ");
    out += ' ';
    AppendEscaped(out, e.doc, "#");
    out += '#';
    out += std::to_string(e.sentence);
    out += ": ";
    AppendEscaped(out, e.text, "");
  }
  return out;
}

std::optional<std::vector<Evidence>> ParseEvidence(std::string_view text, TextPool& texts) {
  std::vector<Evidence> evidence;
  std::size_t pos = 0;
  while (pos < text.size()) {
    Evidence e;
    std::optional<std::string> date = ReadField(text, pos, " |");
    if (!date || pos == text.size() || text[pos++] != ' ') return std::nullopt;
    std::optional<std::string> doc = ReadField(text, pos, "#|");
    if (!doc || pos == text.size() || text[pos++] != '#') return std::nullopt;
    const char* begin = text.data() + pos;
    const char* end = text.data() + text.size();
    auto [stop, error] = std::from_chars(begin, end, e.sentence);
    if (error != std::errc() || end - stop < 2 || stop[0] != ':' || stop[1] != ' ') {
      return std::nullopt;
    }
    pos += static_cast<std::size_t>(stop - begin) + 2;
    std::optional<std::string> sentence_text = ReadField(text, pos, "|");
    if (!sentence_text || !StripSeparatorSpace(*sentence_text, text, pos) ||
        !SkipSeparator(text, pos)) {
      return std::nullopt;
    }
    e.date = texts.Add(*date);
    e.doc = texts.Add(*doc);
    e.text = texts.Add(*sentence_text);
    evidence.push_back(e);
  }
  return evidence;
}

}  // namespace actorgraph
