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
#include <utility>
#include <vector>

#include "extract/schema.h"
#include "extract/string_table.h"
#include "extract/table_io.h"
#include "extract/tokenizer.h"
#include "extract/word_set.h"

namespace actorgraph {

// 32 bits wide, so that NameSense has no padding (it is an array of the compiled tables).
enum class NameKind : std::uint32_t {
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
// The same for a token's fold, the answer kept in it (TokenText::classes, bits 30-31): the
// gazetteer asks it of a token at every look-up that starts or continues there.
inline bool NeedsMatchKey(const TokenText& fold) {
  constexpr std::uint32_t kKnown = std::uint32_t{1} << 30;
  constexpr std::uint32_t kNeeds = std::uint32_t{1} << 31;
  std::uint32_t memo = fold.classes();
  if ((memo & kKnown) == 0) {
    memo |= kKnown | (NeedsMatchKey(fold.view()) ? kNeeds : 0);
    fold.set_classes(memo);
  }
  return (memo & kNeeds) != 0;
}

// Hash for heterogeneous lookup of string keys by std::string_view.
struct StringViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// The name of the gazetteer's section in a schema's compiled tables (Schema::compiled_tables).
inline constexpr std::string_view kGazetteerSection = "gazetteer";

class Gazetteer {
 public:
  // Reads the index from the schema's compiled tables when it has them (the embedded
  // defaults), else builds it from the schema's names.
  explicit Gazetteer(const Schema& schema);

  // Returns the longest name that starts at tokens[pos], or std::nullopt (also when pos is
  // past the end: callers may ask right after a match that ends the text). `text` is the
  // normalised text the tokens point into (for acronyms' exact case).
  // Asked of nearly every token, and most start no name: they are told inline, after the
  // filters' few instructions, without a call.
  std::optional<NameMatch> LongestMatchAt(std::span<const Token> tokens, std::size_t pos,
                                          std::string_view text) const {
    if (pos >= tokens.size()) return std::nullopt;  // a title that ends the text
    const Token& t = tokens[pos];
    if (t.kind == TokenKind::kPunct || !MayStartName(t, text)) return std::nullopt;
    return LongestMatchFrom(tokens, pos, text);
  }

  // The senses of a single word (for the parts of "Putin-Biden"), or an empty span.
  std::span<const NameSense> LookupWord(const Token& token, std::string_view text) const;

  // The country whose one-word name is one typing error away from a capitalised word of at
  // least 7 letters ("Atmenia" -> Armenia), when exactly one country is; else std::nullopt.
  std::optional<std::uint32_t> LookupMisspelledCountry(const Token& token) const;

  // Writes the index for the schema's compiled tables (schema_compiler, under
  // kGazetteerSection); the constructor reads it back, in place.
  void Write(TableWriter& out) const;

 private:
  // A name under its first word.
  struct Entry {
    std::uint32_t keys_begin = 0;  // keys_[keys_begin, + keys_count): match keys of tokens 2..n
    std::uint32_t keys_count = 0;
    std::uint32_t senses_begin = 0;  // senses_[senses_begin, + senses_count)
    std::uint32_t senses_count = 0;
    std::uint32_t needs_capital = 0;  // the first token must be capitalised in the text
  };
  struct Range {
    std::uint32_t begin = 0;
    std::uint32_t count = 0;
  };
  // False when no name starts with the token: its fold (unless a transliteration variant) and
  // its exact spelling (when capitalised) fail the filters. True does not promise a name.
  bool MayStartName(const Token& t, std::string_view text) const {
    if (first_filter_.MayContain(t.fold) || NeedsMatchKey(t.fold)) return true;
    return (t.all_caps || t.capitalized) &&
           exact_filter_.MayContain(text.substr(t.start, t.end - t.start));
  }
  // LongestMatchAt for a word that passed MayStartName.
  std::optional<NameMatch> LongestMatchFrom(std::span<const Token> tokens, std::size_t pos,
                                            std::string_view text) const;
  // The names whose first word is the token with this fold (longest first), or an empty range.
  Range FirstWordEntries(const TokenText& fold) const;
  // The same for a first word's match key.
  Range EntriesOfFirstKey(std::string_view key) const;
  std::optional<NameMatch> MatchIn(Range entries, std::span<const Token> tokens,
                                   std::size_t pos) const;
  // The words_ id of a token's match key, or StringTable::kNotFound.
  std::uint32_t WordId(const TokenText& fold) const;
  void Build(const Schema& schema);
  void Read(TableReader& in);

  // First word (match key) -> its entries, longest first.
  StringTable first_;
  TableArray<Range> first_entries_;  // by first_ id
  // Acronyms: the exact first token -> its entries.
  StringTable exact_first_;
  TableArray<Range> exact_first_entries_;
  // The words of first_ and exact_first_: most tokens start no name and leave here.
  WordFilter first_filter_;
  WordFilter exact_filter_;
  TableArray<Entry> entries_;
  TableArray<std::uint32_t> keys_;  // ids into words_
  TableArray<NameSense> senses_;    // each name's, actors before agents before titles ...
  StringTable words_;               // the names' later words and the countries' keys
  // One-deletion variants of one-word country names -> (actor, words_ id of the name's key).
  StringTable deletions_;
  struct Misspelling {
    std::uint32_t actor = 0;
    std::uint32_t key = 0;  // words_ id of the country's name
  };
  TableArray<Range> misspellings_of_;  // by deletions_ id
  TableArray<Misspelling> misspellings_;
};

}  // namespace actorgraph
