#include "extract/gazetteer.h"

#include <algorithm>
#include <array>

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
  // Asked of most tokens, so one pass over the bytes: "yev", "iev" or "jev" anywhere, or a
  // final "yy", "ij" (also "kij"), "iy", "yj" or "ji".
  const std::size_t n = key.size();
  if (n <= 4) return false;
  const char last = key[n - 1];
  const char before = key[n - 2];
  if ((last == 'y' && (before == 'y' || before == 'i')) ||
      (last == 'j' && (before == 'i' || before == 'y')) || (last == 'i' && before == 'j')) {
    return true;
  }
  for (std::size_t i = 2; i < n; ++i) {
    if (key[i] == 'v' && key[i - 1] == 'e' &&
        (key[i - 2] == 'y' || key[i - 2] == 'i' || key[i - 2] == 'j')) {
      return true;
    }
  }
  return false;
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

namespace {

// The index as Add() collects it, before Gazetteer lays it out flat.
class NameIndexBuilder {
 public:
  struct Entry {
    std::vector<std::string> keys;  // match keys of tokens 2..n (the first is the table's)
    bool needs_capital = false;
    std::vector<NameSense> senses;
  };

  void Add(std::string_view name, NameSense sense, bool exact_case) {
    NormalizedText normalized = Normalize(name);
    std::vector<Token> tokens = Tokenize(normalized.text, 0, normalized.text.size());
    if (tokens.empty()) return;
    Entry entry;
    for (std::size_t i = 1; i < tokens.size(); ++i) entry.keys.push_back(MatchKey(tokens[i].fold));
    std::string first =
        exact_case ? normalized.text.substr(tokens[0].start, tokens[0].end - tokens[0].start)
                   : MatchKey(tokens[0].fold);
    if (!exact_case && tokens.size() == 1 && IsStopWord(first)) return;
    entry.needs_capital = !exact_case && tokens[0].capitalized &&
                          (sense.kind == NameKind::kActor || sense.kind == NameKind::kSurname ||
                           sense.kind == NameKind::kCapital || sense.kind == NameKind::kSeat);
    StringTable& table = exact_case ? exact_first : first_words;
    std::vector<std::vector<Entry>>& lists = exact_case ? exact_entries : first_entries;
    const std::uint32_t id = table.Add(first);
    if (id == lists.size()) lists.emplace_back();
    std::vector<Entry>& entries = lists[id];
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

  void AddSchema(const Schema& schema) {
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
        for (const std::string& d : Deletions(key)) {
          const std::uint32_t id = deletions.Add(d);
          if (id == misspellings.size()) misspellings.emplace_back();
          misspellings[id].emplace_back(i, key);
        }
      }
    }
    for (std::uint32_t i = 0; i < schema.agents().size(); ++i) {
      for (const std::string& n : schema.agents()[i].names) Add(n, {NameKind::kAgent, i}, false);
    }
    for (std::uint32_t i = 0; i < schema.offices().size(); ++i) {
      for (const std::string& n : schema.offices()[i].titles) Add(n, {NameKind::kTitle, i}, false);
    }
  }

  StringTable first_words;
  std::vector<std::vector<Entry>> first_entries;  // by first_words id
  StringTable exact_first;
  std::vector<std::vector<Entry>> exact_entries;  // by exact_first id
  StringTable deletions;
  std::vector<std::vector<std::pair<std::uint32_t, std::string>>> misspellings;  // by deletion
};

}  // namespace

Gazetteer::Gazetteer(const Schema& schema) {
  if (const auto section = FindTableSection(schema.compiled_tables(), kGazetteerSection)) {
    TableReader in(*section);
    Read(in);
    if (!in.AtEnd()) TableReader::Fail();
  } else {
    Build(schema);
  }
}

void Gazetteer::Build(const Schema& schema) {
  NameIndexBuilder builder;
  builder.AddSchema(schema);
  std::vector<Entry> entries;
  std::vector<std::uint32_t> keys;
  std::vector<NameSense> senses;
  // Longest names first; within a name, actors before agents before titles ... surnames.
  auto lay_out = [&](std::vector<std::vector<NameIndexBuilder::Entry>>& lists) {
    std::vector<Range> ranges;
    for (auto& list : lists) {
      std::stable_sort(list.begin(), list.end(),
                       [](const auto& a, const auto& b) { return a.keys.size() > b.keys.size(); });
      ranges.push_back(
          {static_cast<std::uint32_t>(entries.size()), static_cast<std::uint32_t>(list.size())});
      for (auto& e : list) {
        std::stable_sort(e.senses.begin(), e.senses.end(), [](NameSense a, NameSense b) {
          return KindRank(a.kind) < KindRank(b.kind);
        });
        entries.push_back({static_cast<std::uint32_t>(keys.size()),
                           static_cast<std::uint32_t>(e.keys.size()),
                           static_cast<std::uint32_t>(senses.size()),
                           static_cast<std::uint32_t>(e.senses.size()), e.needs_capital ? 1u : 0u});
        for (const std::string& key : e.keys) keys.push_back(words_.Add(key));
        senses.insert(senses.end(), e.senses.begin(), e.senses.end());
      }
    }
    return TableArray<Range>(std::move(ranges));
  };
  first_ = std::move(builder.first_words);
  first_entries_ = lay_out(builder.first_entries);
  exact_first_ = std::move(builder.exact_first);
  exact_first_entries_ = lay_out(builder.exact_entries);
  entries_.Assign(std::move(entries));
  keys_.Assign(std::move(keys));
  senses_.Assign(std::move(senses));
  first_filter_ = WordFilter(first_.size());
  for (std::uint32_t id = 0; id < first_.size(); ++id) first_filter_.Add(first_.Word(id));
  exact_filter_ = WordFilter(exact_first_.size());
  for (std::uint32_t id = 0; id < exact_first_.size(); ++id) {
    exact_filter_.Add(exact_first_.Word(id));
  }
  deletions_ = std::move(builder.deletions);
  std::vector<Range> misspellings_of;
  std::vector<Misspelling> misspellings;
  for (const auto& countries : builder.misspellings) {
    misspellings_of.push_back({static_cast<std::uint32_t>(misspellings.size()),
                               static_cast<std::uint32_t>(countries.size())});
    for (const auto& [actor, key] : countries) misspellings.push_back({actor, words_.Add(key)});
  }
  misspellings_of_.Assign(std::move(misspellings_of));
  misspellings_.Assign(std::move(misspellings));
}

void Gazetteer::Write(TableWriter& out) const {
  first_.Write(out);
  first_entries_.Write(out);
  exact_first_.Write(out);
  exact_first_entries_.Write(out);
  first_filter_.Write(out);
  exact_filter_.Write(out);
  entries_.Write(out);
  keys_.Write(out);
  senses_.Write(out);
  words_.Write(out);
  deletions_.Write(out);
  misspellings_of_.Write(out);
  misspellings_.Write(out);
}

void Gazetteer::Read(TableReader& in) {
  first_.Read(in);
  first_entries_.Read(in);
  exact_first_.Read(in);
  exact_first_entries_.Read(in);
  first_filter_.Read(in);
  exact_filter_.Read(in);
  entries_.Read(in);
  keys_.Read(in);
  senses_.Read(in);
  words_.Read(in);
  deletions_.Read(in);
  misspellings_of_.Read(in);
  misspellings_.Read(in);
  // The ranges must stay inside their arrays; the words they name were checked by Read().
  const auto inside = [](const TableArray<Range>& ranges, std::size_t size) {
    return std::all_of(ranges.begin(), ranges.end(),
                       [&](Range r) { return r.begin <= size && r.count <= size - r.begin; });
  };
  const bool consistent =
      first_entries_.size() == first_.size() &&
      exact_first_entries_.size() == exact_first_.size() &&
      misspellings_of_.size() == deletions_.size() && inside(first_entries_, entries_.size()) &&
      inside(exact_first_entries_, entries_.size()) &&
      inside(misspellings_of_, misspellings_.size()) &&
      std::all_of(entries_.begin(), entries_.end(),
                  [&](const Entry& e) {
                    return e.keys_begin <= keys_.size() &&
                           e.keys_count <= keys_.size() - e.keys_begin &&
                           e.senses_begin <= senses_.size() &&
                           e.senses_count <= senses_.size() - e.senses_begin;
                  }) &&
      std::all_of(keys_.begin(), keys_.end(), [&](std::uint32_t k) { return k < words_.size(); }) &&
      std::all_of(misspellings_.begin(), misspellings_.end(),
                  [&](const Misspelling& m) { return m.key < words_.size(); }) &&
      std::all_of(senses_.begin(), senses_.end(), [](NameSense s) {
        return static_cast<std::uint32_t>(s.kind) <= static_cast<std::uint32_t>(NameKind::kTitle);
      });
  if (!consistent) TableReader::Fail();
}

Gazetteer::Range Gazetteer::FirstWordEntries(const TokenText& fold) const {
  return NeedsMatchKey(fold) ? EntriesOfFirstKey(MatchKey(fold)) : EntriesOfFirstKey(fold);
}

Gazetteer::Range Gazetteer::EntriesOfFirstKey(std::string_view key) const {
  if (!first_filter_.MayContain(key)) return {};
  const std::uint32_t id = first_.Find(key);
  return id == StringTable::kNotFound ? Range{} : first_entries_[id];
}

std::uint32_t Gazetteer::WordId(const TokenText& fold) const {
  return NeedsMatchKey(fold) ? words_.Find(MatchKey(fold)) : words_.Find(fold);
}

std::optional<NameMatch> Gazetteer::MatchIn(Range entries, std::span<const Token> tokens,
                                            std::size_t pos) const {
  // The words_ ids of tokens[pos + 1 ...], each looked up once, when an entry first asks for
  // it: a first word has several names, and comparing ids is cheaper than comparing each
  // name's words with the tokens' keys. A token that is no name's word is kNotFound.
  constexpr std::size_t kRemembered = 16;
  std::array<std::uint32_t, kRemembered> ids;
  std::size_t looked_up = 0;
  const auto id_of_word = [&](std::size_t k) {  // k <= looked_up: entries ask in order
    if (k < looked_up) return ids[k];
    const std::uint32_t id = WordId(tokens[pos + 1 + k].fold);
    if (k < kRemembered) ids[looked_up++] = id;
    return id;
  };
  const bool capitalized = tokens[pos].capitalized;
  for (std::uint32_t i = entries.begin; i < entries.begin + entries.count; ++i) {
    const Entry& e = entries_[i];
    if (pos + 1 + e.keys_count > tokens.size()) continue;
    if (e.needs_capital && !capitalized) continue;
    bool ok = true;
    for (std::size_t k = 0; k < e.keys_count && ok; ++k) {
      ok = keys_[e.keys_begin + k] == id_of_word(k);
    }
    if (ok) {
      return NameMatch{pos + 1 + e.keys_count,
                       senses_.span().subspan(e.senses_begin, e.senses_count)};
    }
  }
  return std::nullopt;
}

std::optional<NameMatch> Gazetteer::LongestMatchFrom(std::span<const Token> tokens, std::size_t pos,
                                                     std::string_view text) const {
  const Token& t = tokens[pos];
  std::optional<NameMatch> best;
  if (const Range entries = FirstWordEntries(t.fold);
      entries.count > 0) {
    best = MatchIn(entries, tokens, pos);
  }
  if (t.all_caps || t.capitalized) {
    const std::string_view surface = text.substr(t.start, t.end - t.start);
    const std::uint32_t id =
        exact_filter_.MayContain(surface) ? exact_first_.Find(surface) : StringTable::kNotFound;
    if (id != StringTable::kNotFound) {
      auto m = MatchIn(exact_first_entries_[id], tokens, pos);
      if (m && (!best || m->end > best->end)) best = m;
    }
  }
  return best;
}

std::span<const NameSense> Gazetteer::LookupWord(const Token& token, std::string_view text) const {
  const auto senses = [&](const Entry& e) {
    return senses_.span().subspan(e.senses_begin, e.senses_count);
  };
  const Range entries = FirstWordEntries(token.fold);
  for (std::uint32_t i = entries.begin; i < entries.begin + entries.count; ++i) {
    const Entry& e = entries_[i];
    if (e.keys_count == 0 && (!e.needs_capital || token.capitalized)) return senses(e);
  }
  const std::uint32_t id = exact_first_.Find(text.substr(token.start, token.end - token.start));
  if (id != StringTable::kNotFound) {
    const Range exact = exact_first_entries_[id];
    for (std::uint32_t i = exact.begin; i < exact.begin + exact.count; ++i) {
      if (entries_[i].keys_count == 0) return senses(entries_[i]);
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
  // The strings of Deletions(key) in order, built in one buffer: asked of every capitalised
  // word the dictionary does not know, where a vector of strings cost more than the look-ups.
  std::string deletion;
  for (std::size_t cut = 0; cut <= key.size(); ++cut) {  // cut > 0: byte cut - 1 deleted
    if (cut > 0) deletion.assign(key, 0, cut - 1).append(key, cut, std::string::npos);
    const std::string_view d = cut == 0 ? std::string_view(key) : std::string_view(deletion);
    const std::uint32_t id = deletions_.Find(d);
    if (id == StringTable::kNotFound) continue;
    const Range countries = misspellings_of_[id];
    for (std::uint32_t i = countries.begin; i < countries.begin + countries.count; ++i) {
      const Misspelling& m = misspellings_[i];
      if (!WithinOneEdit(key, words_.Word(m.key))) continue;
      if (found && *found != m.actor) return std::nullopt;  // two countries: too close to call
      found = m.actor;
    }
  }
  return found;
}

}  // namespace actorgraph
