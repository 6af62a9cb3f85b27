#include "graph/actor_lookup.h"

#include <algorithm>
#include <cstdint>
#include <set>

#include "extract/error.h"

namespace actorgraph {
namespace {

// Base letters of U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A). A space
// stands for the two symbols (U+00D7, U+00F7); ligatures fold to their first letter except
// the three spelled out in FoldCodePoint.
constexpr std::string_view kLatin1Base =
    "aaaaaaaceeeeiiiidnooooo ouuuuytsaaaaaaaceeeeiiiidnooooo ouuuuyty";
constexpr std::string_view kLatinExtendedABase =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkk"
    "kllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatin1Base.size() == 0x100 - 0xC0);
static_assert(kLatinExtendedABase.size() == 0x180 - 0x100);

// Appends the folded form of one code point: lower-case ASCII, the base letter of an accented
// Latin letter, nothing for combining marks, the UTF-8 bytes unchanged otherwise.
void FoldCodePoint(char32_t cp, std::string_view bytes, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
  } else if (cp == 0xC6 || cp == 0xE6) {
    out += "ae";
  } else if (cp == 0xDF) {
    out += "ss";
  } else if (cp == 0x152 || cp == 0x153) {
    out += "oe";
  } else if (cp >= 0xC0 && cp < 0x100) {
    out += kLatin1Base[cp - 0xC0];
  } else if (cp >= 0x100 && cp < 0x180) {
    out += kLatinExtendedABase[cp - 0x100];
  } else if (cp >= 0x218 && cp <= 0x21B) {  // Romanian Ș ș Ț ț
    out += cp < 0x21A ? 's' : 't';
  } else if (cp >= 0x300 && cp < 0x370) {
    // combining diacritics (decomposed input): dropped
  } else {
    out.append(bytes);
  }
}

bool IsWordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80;
}

// Splits a folded key into its words.
std::vector<std::string_view> Words(std::string_view key) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < key.size()) {
    std::size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    if (end > start) words.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// Levenshtein distance, giving up (returning `bound` + 1) once it must exceed `bound`.
std::size_t EditDistance(std::string_view a, std::string_view b, std::size_t bound) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > bound) return bound + 1;
  std::vector<std::size_t> row(a.size() + 1);
  for (std::size_t i = 0; i <= a.size(); ++i) row[i] = i;
  for (std::size_t j = 1; j <= b.size(); ++j) {
    std::size_t diagonal = row[0];
    row[0] = j;
    std::size_t row_min = row[0];
    for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t above = row[i];
      row[i] = std::min({row[i] + 1, row[i - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      row_min = std::min(row_min, row[i]);
    }
    if (row_min > bound) return bound + 1;
  }
  return row[a.size()];
}

std::string Quote(const ActorNode& n) {
  if (n.label.empty() || n.label == n.id) return n.id;
  return n.label + " (" + n.id + ")";
}

// FoldActorName into `key`, reusing its capacity: a scan folds every name of the graph per
// query, so ASCII takes an inline path and nothing is allocated once the buffer has grown.
void FoldInto(std::string_view name, std::string& key) {
  key.clear();
  auto separate = [&key] {
    if (!key.empty() && key.back() != ' ') key += ' ';
  };
  for (std::size_t i = 0; i < name.size();) {
    const unsigned char lead = static_cast<unsigned char>(name[i]);
    if (lead < 0x80) {
      const char c = static_cast<char>(lead >= 'A' && lead <= 'Z' ? lead - 'A' + 'a' : lead);
      if (IsWordByte(c)) {
        key += c;
      } else {
        separate();
      }
      ++i;
      continue;
    }
    std::size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (i + length > name.size()) length = name.size() - i;
    char32_t cp = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(name[i + k]) & 0x3F);
    }
    const std::size_t before = key.size();
    FoldCodePoint(cp, name.substr(i, length), key);
    // Only the two symbols fold to a space (everything else is letters or kept bytes).
    if (key.size() == before + 1 && key.back() == ' ') {
      key.pop_back();
      separate();
    }
    i += length;
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
}

// True when `phrase` occurs in `key` between word boundaries (both are folded keys).
bool ContainsWords(std::string_view key, std::string_view phrase) {
  for (std::size_t at = key.find(phrase); at != std::string_view::npos;
       at = key.find(phrase, at + 1)) {
    const std::size_t end = at + phrase.size();
    if ((at == 0 || key[at - 1] == ' ') && (end == key.size() || key[end] == ' ')) return true;
  }
  return false;
}

}  // namespace

std::string FoldActorName(std::string_view name) {
  std::string key;
  FoldInto(name, key);
  return key;
}

ActorLookup::ActorLookup(const ActorGraph& graph, std::span<const ActorAlias> aliases)
    : graph_(graph) {
  for (const ActorAlias& alias : aliases) {
    std::string folded = FoldActorName(alias.alias);
    if (folded.empty()) continue;
    if (auto node = graph.FindNode(alias.actor_id)) {
      aliases_.emplace_back(std::move(folded), *node);
    } else {
      absent_.emplace_back(std::move(folded), alias.actor_id);
    }
  }
  std::sort(absent_.begin(), absent_.end());
}

template <typename Visit>
void ActorLookup::ForEachKey(Visit&& visit) const {
  std::string key;
  for (NodeIndex n = 0; n < graph_.nodes().size(); ++n) {
    FoldInto(graph_.node(n).id, key);
    visit(std::string_view(key), n);
    FoldInto(graph_.node(n).label, key);
    visit(std::string_view(key), n);
  }
  for (const auto& [alias, node] : aliases_) visit(std::string_view(alias), node);
}

ActorMatch ActorLookup::Find(std::string_view name) const {
  ActorMatch match;
  auto decide = [&](const std::set<NodeIndex>& nodes) {
    if (nodes.size() == 1) {
      match.kind = ActorMatch::Kind::kFound;
      match.node = *nodes.begin();
    } else {
      match.kind = ActorMatch::Kind::kAmbiguous;
      match.candidates.assign(nodes.begin(), nodes.end());
      std::sort(match.candidates.begin(), match.candidates.end(), [&](NodeIndex a, NodeIndex b) {
        return graph_.node(a).label != graph_.node(b).label
                   ? graph_.node(a).label < graph_.node(b).label
                   : a < b;
      });
    }
    return match;
  };

  if (auto node = graph_.FindNode(name)) return decide({*node});
  const std::string query = FoldActorName(name);
  if (query.empty()) return match;

  // One pass collects both steps: whole folded names, and runs of whole words inside them.
  std::set<NodeIndex> whole, words;
  ForEachKey([&](std::string_view key, NodeIndex node) {
    if (key == query) {
      whole.insert(node);
    } else if (key.size() > query.size() && ContainsWords(key, query)) {
      words.insert(node);
    }
  });
  if (!whole.empty()) return decide(whole);
  if (!words.empty()) return decide(words);

  // An alias of an actor that has no node in this graph.
  auto absent =
      std::lower_bound(absent_.begin(), absent_.end(), std::make_pair(query, std::string()));
  if (absent != absent_.end() && absent->first == query) {
    match.kind = ActorMatch::Kind::kNotInGraph;
    match.absent_id = absent->second;
    return match;
  }
  match.candidates = Suggest(name);
  return match;
}

std::vector<NodeIndex> ActorLookup::Suggest(std::string_view name, std::size_t limit) const {
  const std::string key = FoldActorName(name);
  if (key.empty()) return {};
  const std::size_t bound = std::max<std::size_t>(1, (key.size() + 1) / 3);
  // Best distance per node, over its whole keys and their single words.
  std::vector<std::pair<std::size_t, NodeIndex>> best;
  auto consider = [&](std::string_view candidate, NodeIndex node) {
    // A word the name begins ("kazakh" -> "kazakhstan") counts as one edit away.
    std::size_t d =
        key.size() >= 3 && candidate.starts_with(key) ? 1 : EditDistance(key, candidate, bound);
    if (d <= bound) best.emplace_back(d, node);
  };
  ForEachKey([&](std::string_view candidate, NodeIndex node) {
    consider(candidate, node);
    if (candidate.find(' ') == std::string_view::npos) return;
    for (std::string_view word : Words(candidate)) consider(word, node);
  });
  std::sort(best.begin(), best.end());
  std::vector<NodeIndex> nodes;
  for (const auto& [distance, node] : best) {
    if (std::find(nodes.begin(), nodes.end(), node) != nodes.end()) continue;
    nodes.push_back(node);
    if (nodes.size() == limit) break;
  }
  return nodes;
}

NodeIndex ActorLookup::Resolve(std::string_view name, std::string_view role) const {
  ActorMatch match = Find(name);
  const std::string what = std::string(role) + " '" + std::string(name) + "'";
  auto list = [&](const std::vector<NodeIndex>& nodes) {
    std::string text;
    for (NodeIndex n : nodes) text += (text.empty() ? "" : ", ") + Quote(graph_.node(n));
    return text;
  };
  switch (match.kind) {
    case ActorMatch::Kind::kFound:
      return match.node;
    case ActorMatch::Kind::kAmbiguous:
      throw UsageError(what + " is ambiguous: " + std::to_string(match.candidates.size()) +
                           " actors match (" + list(match.candidates) + ")",
                       {}, "name one of them by its id");
    case ActorMatch::Kind::kNotInGraph:
      throw UsageError(what + " is the actor '" + match.absent_id +
                       "', which does not appear in this graph");
    case ActorMatch::Kind::kUnknown:
      break;
  }
  if (match.candidates.empty()) {
    throw UsageError(what + ": no actor has this id, name or alias", {},
                     "`actorgraph stats` lists the most connected actors");
  }
  throw UsageError(what + ": no actor has this id, name or alias", {},
                   "did you mean " + list(match.candidates) + "?");
}

}  // namespace actorgraph
