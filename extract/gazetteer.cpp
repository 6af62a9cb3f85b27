#include "extract/gazetteer.h"

#include <algorithm>

#include "extract/normalizer.h"

namespace actorgraph {
namespace {

// Words that must never be taken as a name on their own, whatever the dictionary says
// (function words and sentence-initial capitals that collide with surnames or cities).
bool IsStopWord(std::string_view key) {
  static constexpr std::string_view kStop[] = {
      "il", "lo", "la", "i", "gli", "le", "un", "una", "di", "a", "da", "in", "con", "su",
      "per", "tra", "fra", "e", "o", "ma", "che", "non", "si", "ha", "ho", "al", "del"};
  return std::find(std::begin(kStop), std::end(kStop), key) != std::end(kStop);
}

constexpr std::size_t kMinMisspelledLength = 7;

// Every string made by deleting one byte of an ASCII key (the key itself included).
std::vector<std::string> Deletions(const std::string& key) {
  std::vector<std::string> out{key};
  for (std::size_t i = 0; i < key.size(); ++i) {
    out.push_back(key.substr(0, i) + key.substr(i + 1));
  }
  return out;
}

// Damerau-Levenshtein distance of at most one between a and b.
bool WithinOneEdit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) {
    if (i == a.size()) return true;
    if (a.substr(i + 1) == b.substr(i + 1)) return true;  // substitution
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
           a.substr(i + 2) == b.substr(i + 2);  // transposition
  }
  return a.substr(i) == b.substr(i + 1);  // insertion
}

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

int KindRank(NameKind kind) {
  switch (kind) {
    case NameKind::kActor: return 0;
    case NameKind::kAgent: return 1;
    case NameKind::kTitle: return 2;
    case NameKind::kSeat: return 3;
    case NameKind::kCapital: return 4;
    case NameKind::kDemonym: return 5;
    case NameKind::kSurname: return 6;
  }
  return 7;
}

}  // namespace

bool NeedsMatchKey(std::string_view key) {
  if (key.size() <= 4) return false;
  if (key.find("ev") != std::string_view::npos) {
    if (key.find("yev") != std::string_view::npos || key.find("iev") != std::string_view::npos ||
        key.find("jev") != std::string_view::npos) {
      return true;
    }
  }
  return key.ends_with("yy") || key.ends_with("ij") || key.ends_with("iy") ||
         key.ends_with("yj") || key.ends_with("ji") || key.ends_with("kij");
}

std::string MatchKey(std::string_view fold) {
  std::string key(fold);
  if (!NeedsMatchKey(fold)) return key;  // most words: no search for the variants below
  // Transliterations of Slavic and Central Asian names: -ayev/-aev, -yy/-iy/-ij/-y, "kh"/"h"
  // are written both ways in the Italian press.
  auto replace_all = [&](std::string_view from, std::string_view to) {
    for (std::size_t p = key.find(from); p != std::string::npos; p = key.find(from, p + to.size())) {
      key.replace(p, from.size(), to);
    }
  };
  if (key.size() > 4) {
    replace_all("yev", "ev");
    replace_all("iev", "ev");
    replace_all("jev", "ev");
    if (key.ends_with("yy") || key.ends_with("ij") || key.ends_with("iy") || key.ends_with("yj")) {
      key.replace(key.size() - 2, 2, "y");
    } else if (key.ends_with("ji") || key.ends_with("kij")) {
      key.back() = 'y';
    }
  }
  return key;
}

void Gazetteer::Add(std::string_view name, NameSense sense, bool exact_case) {
  NormalizedText normalized = Normalize(name);
  std::vector<Token> tokens = Tokenize(normalized.text, 0, normalized.text.size());
  if (tokens.empty()) return;
  Entry entry;
  for (std::size_t i = 1; i < tokens.size(); ++i) entry.keys.push_back(MatchKey(tokens[i].fold));
  auto& map = exact_case ? by_exact_first_ : by_first_;
  std::string first = exact_case ? normalized.text.substr(tokens[0].start,
                                                          tokens[0].end - tokens[0].start)
                                 : MatchKey(tokens[0].fold);
  if (!exact_case && tokens.size() == 1 && IsStopWord(first)) return;
  entry.needs_capital = !exact_case && tokens[0].capitalized &&
                        (sense.kind == NameKind::kActor || sense.kind == NameKind::kSurname ||
                         sense.kind == NameKind::kCapital || sense.kind == NameKind::kSeat);
  std::vector<Entry>& entries = map[first];
  for (Entry& e : entries) {
    if (e.keys == entry.keys && e.needs_capital == entry.needs_capital) {
      bool known = std::any_of(e.senses.begin(), e.senses.end(), [&](const NameSense& s) {
        return s.kind == sense.kind && s.index == sense.index;
      });
      if (!known) e.senses.push_back(sense);
      return;
    }
  }
  entry.senses.push_back(sense);
  entries.push_back(std::move(entry));
}

Gazetteer::Gazetteer(const Schema& schema) {
  const auto& actors = schema.actors();
  for (std::uint32_t i = 0; i < actors.size(); ++i) {
    const ActorEntry& a = actors[i];
    for (const std::string& n : a.names) Add(n, {NameKind::kActor, i}, false);
    for (const std::string& n : a.acronyms) Add(n, {NameKind::kActor, i}, true);
    for (const std::string& n : a.capitals) Add(n, {NameKind::kCapital, i}, false);
    for (const std::string& n : a.seats) Add(n, {NameKind::kSeat, i}, false);
    for (const std::string& n : a.demonyms) Add(n, {NameKind::kDemonym, i}, false);
    if (a.ref.type == "PERSON" && a.surname) {
      for (const std::string& n : a.names) {
        auto space = n.rfind(' ');
        if (space != std::string::npos) Add(n.substr(space + 1), {NameKind::kSurname, i}, false);
      }
    }
  }
  for (std::uint32_t i = 0; i < actors.size(); ++i) {
    if (actors[i].ref.type != "COUNTRY") continue;
    for (const std::string& n : actors[i].names) {
      std::string key = MatchKey(FoldForMatching(n));
      if (key.size() < kMinMisspelledLength || key.find(' ') != std::string::npos ||
          !IsAscii(key)) {
        continue;
      }
      for (std::string& d : Deletions(key)) country_deletions_[std::move(d)].emplace_back(i, key);
    }
  }
  for (std::uint32_t i = 0; i < schema.agents().size(); ++i) {
    for (const std::string& n : schema.agents()[i].names) Add(n, {NameKind::kAgent, i}, false);
  }
  for (std::uint32_t i = 0; i < schema.offices().size(); ++i) {
    for (const std::string& n : schema.offices()[i].titles) Add(n, {NameKind::kTitle, i}, false);
  }
  first_filter_ = WordFilter(by_first_.size());
  for (const auto& [key, entries] : by_first_) first_filter_.Add(key);
  exact_filter_ = WordFilter(by_exact_first_.size());
  for (const auto& [key, entries] : by_exact_first_) exact_filter_.Add(key);
  // Longest names first; within a name, actors before agents before titles ... surnames.
  for (auto* map : {&by_first_, &by_exact_first_}) {
    for (auto& [key, entries] : *map) {
      std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.keys.size() > b.keys.size();
      });
      for (Entry& e : entries) {
        std::stable_sort(e.senses.begin(), e.senses.end(), [](NameSense a, NameSense b) {
          return KindRank(a.kind) < KindRank(b.kind);
        });
      }
    }
  }
}

const std::vector<Gazetteer::Entry>* Gazetteer::Find(const EntryMap& map,
                                                     const WordFilter& filter,
                                                     std::string_view fold) const {
  if (NeedsMatchKey(fold)) {
    const std::string key = MatchKey(fold);
    if (!filter.MayContain(key)) return nullptr;
    auto it = map.find(key);
    return it == map.end() ? nullptr : &it->second;
  }
  if (!filter.MayContain(fold)) return nullptr;
  auto it = map.find(fold);
  return it == map.end() ? nullptr : &it->second;
}

namespace {
bool KeyEquals(std::string_view fold, const std::string& key) {
  return NeedsMatchKey(fold) ? MatchKey(fold) == key : fold == key;
}
}  // namespace

std::optional<NameMatch> Gazetteer::MatchIn(const std::vector<Entry>& entries,
                                            std::span<const Token> tokens,
                                            std::size_t pos) const {
  for (const Entry& e : entries) {
    if (pos + 1 + e.keys.size() > tokens.size()) continue;
    if (e.needs_capital && !tokens[pos].capitalized) continue;
    bool ok = true;
    for (std::size_t k = 0; k < e.keys.size() && ok; ++k) {
      ok = KeyEquals(tokens[pos + 1 + k].fold, e.keys[k]);
    }
    if (ok) return NameMatch{pos + 1 + e.keys.size(), e.senses};
  }
  return std::nullopt;
}

std::optional<NameMatch> Gazetteer::LongestMatchAt(std::span<const Token> tokens, std::size_t pos,
                                                   std::string_view text) const {
  if (pos >= tokens.size()) return std::nullopt;  // a title that ends the text
  const Token& t = tokens[pos];
  if (t.kind == TokenKind::kPunct) return std::nullopt;
  std::optional<NameMatch> best;
  if (const auto* entries = Find(by_first_, first_filter_, t.fold)) {
    best = MatchIn(*entries, tokens, pos);
  }
  if (t.all_caps || t.capitalized) {
    const std::string_view surface = text.substr(t.start, t.end - t.start);
    auto it = exact_filter_.MayContain(surface) ? by_exact_first_.find(surface)
                                                : by_exact_first_.end();
    if (it != by_exact_first_.end()) {
      auto m = MatchIn(it->second, tokens, pos);
      if (m && (!best || m->end > best->end)) best = m;
    }
  }
  return best;
}

std::span<const NameSense> Gazetteer::LookupWord(const Token& token, std::string_view text) const {
  if (const auto* entries = Find(by_first_, first_filter_, token.fold)) {
    for (const Entry& e : *entries) {
      if (e.keys.empty() && (!e.needs_capital || token.capitalized)) return e.senses;
    }
  }
  auto it = by_exact_first_.find(text.substr(token.start, token.end - token.start));
  if (it != by_exact_first_.end()) {
    for (const Entry& e : it->second) {
      if (e.keys.empty()) return e.senses;
    }
  }
  return {};
}

std::optional<std::uint32_t> Gazetteer::LookupMisspelledCountry(const Token& token) const {
  if (!token.capitalized || token.fold.size() < kMinMisspelledLength || !IsAscii(token.fold)) {
    return std::nullopt;
  }
  std::string key = MatchKey(token.fold);
  std::optional<std::uint32_t> found;
  for (const std::string& d : Deletions(key)) {
    auto it = country_deletions_.find(d);
    if (it == country_deletions_.end()) continue;
    for (const auto& [actor, name] : it->second) {
      if (!WithinOneEdit(key, name)) continue;
      if (found && *found != actor) return std::nullopt;  // two countries: too close to call
      found = actor;
    }
  }
  return found;
}

}  // namespace actorgraph
