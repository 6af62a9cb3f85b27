#pragma once
// The gazetteer: every name the schema knows (actor names and acronyms, capitals, seats of
// power, demonyms, agent nouns, office titles), compiled into an index over normalised tokens
// for longest-match lookup. Matching is insensitive to case, accents, apostrophe forms and
// common transliteration variants (Tokayev/Tokaev, Zelensky/Zelenskyy); acronyms match with
// their exact case. Build once, then share the const object across threads.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/schema.h"
#include "extract/tokenizer.h"
#include "extract/word_set.h"

namespace actorgraph {

enum class NameKind : std::uint8_t {
  kActor,     // a name or acronym of an actor
  kSurname,   // a person's surname alone
  kCapital,   // a capital, standing for its actor when not a place
  kSeat,      // a seat of power ("Cremlino"), standing for the government
  kDemonym,   // an adjective of a country ("kazako")
  kAgent,     // an agent noun ("governo", "militari")
  kTitle,     // an office title ("presidente", "segretario generale")
};

struct NameSense {
  NameKind kind = NameKind::kActor;
  std::uint32_t index = 0;  // into Schema::actors() (actor kinds) / agents() / offices()
};

struct NameMatch {
  std::size_t end = 0;                // token index one past the match
  std::span<const NameSense> senses;  // every sense of the matched name, best first
};

// Returns the matching key of a token: its accent-free lower case with transliteration
// variants folded (Tokayev -> tokaev, Zelenskyy -> zelensky).
std::string MatchKey(std::string_view fold);

// True when MatchKey(fold) differs from fold; lets hot paths skip building the key.
bool NeedsMatchKey(std::string_view fold);

// Hash for heterogeneous lookup of string keys by std::string_view.
struct StringViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class Gazetteer {
 public:
  explicit Gazetteer(const Schema& schema);

  // Returns the longest name that starts at tokens[pos], or std::nullopt (also when pos is
  // past the end: callers may ask right after a match that ends the text). `text` is the
  // normalised text the tokens point into (for acronyms' exact case).
  std::optional<NameMatch> LongestMatchAt(std::span<const Token> tokens, std::size_t pos,
                                          std::string_view text) const;

  // The senses of a single word (for the parts of "Putin-Biden"), or an empty span.
  std::span<const NameSense> LookupWord(const Token& token, std::string_view text) const;

  // The country whose one-word name is one typing error away from a capitalised word of at
  // least 7 letters ("Atmenia" -> Armenia), when exactly one country is; else std::nullopt.
  std::optional<std::uint32_t> LookupMisspelledCountry(const Token& token) const;

 private:
  struct Entry {
    std::vector<std::string> keys;  // match keys of tokens 2..n (the first is the map key)
    bool needs_capital = false;     // the first token must be capitalised in the text
    std::vector<NameSense> senses;
  };
  void Add(std::string_view name, NameSense sense, bool exact_case);
  std::optional<NameMatch> MatchIn(const std::vector<Entry>& entries,
                                   std::span<const Token> tokens, std::size_t pos) const;
  using EntryMap =
      std::unordered_map<std::string, std::vector<Entry>, StringViewHash, std::equal_to<>>;
  // The entries of `map` under the match key of `fold`, or nullptr; `filter` holds map's keys.
  const std::vector<Entry>* Find(const EntryMap& map, const WordFilter& filter,
                                 std::string_view fold) const;

  // First-token key -> entries, longest first.
  EntryMap by_first_;
  // Acronyms: exact first token -> entries.
  EntryMap by_exact_first_;
  // The keys of by_first_ and by_exact_first_: most tokens start no name and leave here.
  WordFilter first_filter_;
  WordFilter exact_filter_;
  // One-deletion variants of one-word country names -> (actor, the name's key).
  std::unordered_map<std::string, std::vector<std::pair<std::uint32_t, std::string>>,
                     StringViewHash, std::equal_to<>>
      country_deletions_;
};

}  // namespace actorgraph
