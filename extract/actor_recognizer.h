#pragma once
// Actor recognition in one sentence: dictionary names (longest match), agents combined with a
// country ("il governo kazako" -> KAZ, sector government), titles and descriptors resolved by
// date ("il presidente kazako" in January 2022 -> Tokayev; "il suo omologo russo"), new names
// introduced by a title, a group noun or an acronym in brackets, and places ("ad Astana"),
// which are kept as locations rather than actors. Titles and appositions also yield the
// structural relations OFFICIAL_OF and RELATIVE_OF.

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/people_index.h"
#include "extract/relation.h"
#include "extract/schema.h"
#include "extract/string_table.h"
#include "extract/tokenizer.h"

namespace actorgraph {

// An actor mention inside one sentence, over tokens [begin, end).
struct SentenceMention {
  std::size_t begin = 0;
  std::size_t end = 0;
  ActorRef actor;
  LiteralComparableString resolution;  // kResolved* of relation.h
  bool is_location = false;  // "in Kazakistan", "ad Astana": a place, not an actor
  bool adjective = false;    // a bare demonym ("l'invasione russa"): only an 'adj' argument
  bool hyphen_pair = false;  // one side of "Putin-Biden"
  std::string office;        // the office it was introduced with, if any
};

// A structural relation read from a title or an apposition.
struct StructuralRelation {
  LiteralComparableString type;  // OFFICIAL_OF or RELATIVE_OF
  std::size_t source = 0;   // index into the sentence's mentions
  ActorRef target;
  std::string attribute;    // OFFICIAL_OF: the office
  std::string rule;
  std::string trigger;
};

struct SentenceActors {
  std::vector<SentenceMention> mentions;  // in token order, non-overlapping
  // Actors named inside another mention ("il capo del Consiglio europeo Michel": the
  // Consiglio europeo): reported as mentions, not used as relation arguments.
  std::vector<SentenceMention> nested;
  std::vector<StructuralRelation> structural;
};

// std::hash for strings and string_views through HashWord (inline; std::hash calls
// _Hash_bytes): for the tables the recogniser asks at every word.
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view word) const {
    return static_cast<std::size_t>(HashWord(word));
  }
};

// What recognition remembers across the sentences of one document.
struct DocumentMemory {
  std::string date;                             // the document's date, for descriptors
  // Match key of a name/surname/acronym -> actor. Asked at every capitalised word: a hash
  // table (HashWord), never iterated.
  std::unordered_map<std::string, ActorRef, WordHash, std::equal_to<>> new_actors;
  ActorRef last_person;                         // for "il suo omologo", "il presidente"
  std::string last_person_office;
  ActorRef last_subject;                        // subject of the last relation, for dropped ones
  ActorRef last_organization;                   // for "l'organizzazione", "l'alleanza"
  std::vector<ActorRef> recent_organizations;   // oldest first, at most 8
  ActorRef last_group;                          // for "il movimento", "il gruppo"
  ActorRef sentence_subject;                    // the current sentence's last verb subject
  // How often each person / country was named so far, for "i due leader", "entrambi i
  // Paesi": people by recency, countries by count (ties: the most recent).
  std::vector<std::pair<ActorRef, int>> recent_people;
  // The rank or title word each person was named with ("generale"), for "i due generali".
  std::map<std::string, std::string> person_titles;
  // The office each person was named with in this document ("president"), for a later bare
  // "il presidente" when someone else was named in between.
  std::map<std::string, std::string> person_offices;
  // The people named in the previous sentence, in order, for a bare "i due" that follows.
  std::vector<std::pair<ActorRef, int>> previous_sentence_people;
  std::vector<std::pair<ActorRef, int>> recent_countries;
  // Every country mention so far (places, demonyms and agents included), by country: the
  // country an article is about, for "il governo" or "i militari" without a country.
  std::map<std::string, std::pair<ActorRef, int>> country_mentions;
  // The country last named as a place ("in Kazakistan") and how many sentences ago (0: this
  // one), for deployments that name no destination.
  ActorRef last_place;
  int sentences_since_place = 1000;
  // The country last named with each agent sector ("il governo venezuelano"), for a later
  // "il governo" alone.
  std::map<std::string, ActorRef, std::less<>> country_by_sector;
  // Who last coerced (arrested, detained) each person, by person id: "hanno chiesto il rilascio
  // di X" is a request to them.
  std::map<std::string, ActorRef, std::less<>> detained_by;
  // Who last accused each actor (and a person's country), by id: "X ha respinto le accuse"
  // rejects them.
  std::map<std::string, ActorRef, std::less<>> accused_by;
  // The last relations this document asserted (oldest first, at most kRecentEvents), for a
  // later reference to the event by a noun: "ha condannato il golpe", "ha definito la
  // decisione illegale", "ha criticato l'intesa".
  struct Event {
    LiteralComparableString type;
    ActorRef source;
    ActorRef target;
  };
  static constexpr std::size_t kRecentEvents = 24;
  std::vector<Event> recent_events;
  // Two people who sign act for sides the document named before them ("l'intesa è stata
  // siglata da Redwan Hussien e da Getachew Reda" after "Etiopia e Tplf"): whether `e` is such
  // a signature, and the last agreement or fight between two non-persons among the first
  // `before` recent events (nullptr when there is none).
  static bool SignedByPeople(const Event& e) {
    return e.type == "AGREE" && e.source.type == "PERSON" && e.target.type == "PERSON";
  }
  const Event* SidesBefore(std::size_t before) const;

  // Remembers an organisation named in the text, for later "l'organizzazione".
  void NoteOrganization(const ActorRef& organization);
  // The organisation "l'unione", "l'alleanza", "l'organizzazione" or "il blocco" refers to:
  // the last one of that kind, else the last one named; empty when none was.
  const ActorRef& OrganizationFor(std::string_view noun, const Schema& schema) const;

  // The country named most often so far, leaving out the ids in `except`: how often, and how
  // often the next one was (`country` is null when none is left).
  struct CountryTally {
    const ActorRef* country = nullptr;
    int count = 0;
    int runner_up = 0;
  };
  CountryTally MostNamedCountry(std::initializer_list<std::string_view> except = {}) const;
  // The country named clearly most often so far (at least twice, more than any other), or an
  // empty ref.
  ActorRef DominantCountry() const;
};

// The country of "il governo", "i militari" or "il primo ministro" named without one: a
// country `sentence` places itself in ("A Teheran il portavoce ..."), else the country last
// named with that sector, else the article's dominant country, else an empty ref.
ActorRef HomeCountry(const DocumentMemory& memory, std::span<const SentenceMention> sentence,
                     std::string_view sector);

class ActorRecognizer {
 public:
  // Both must outlive the recogniser.
  ActorRecognizer(const Schema& schema, const Gazetteer& gazetteer);

  // Finds the actors of one sentence (tokens of the normalised `text`), updating `memory`.
  SentenceActors Recognize(std::span<const Token> tokens, std::string_view text,
                           DocumentMemory& memory) const;

  // The actor a schema entry stands for.
  const ActorRef& RefOf(std::uint32_t actor_index) const;

 private:
  struct Cursor;
  // The organisation or group a common noun at tokens[pos] refers back to ("il blocco"), or
  // nullptr.
  const ActorRef* CorefOrganization(Cursor& c, std::size_t pos) const;
  // Whether `match` at tokens[pos] is the first name of a person the dictionary does not know.
  // Whether a name of an actor (not an agent noun or a title) starts at tokens[pos].
  bool NamesActorAt(std::span<const Token> tokens, std::size_t pos, std::string_view text) const;
  bool IsFirstNameOfNewPerson(std::span<const Token> tokens, std::size_t pos,
                              const NameMatch& match, std::string_view text) const;
  // The actor a dictionary name stands for when several share it: the one of the country the
  // document names most.
  std::uint32_t ActorOfSharedName(const Cursor& c, const NameMatch& match) const;
  // Whether tokens[pos] is a name word the dictionary does not know, or knows only as one word
  // of a person's name ("Rashid", "Sánchez").
  bool IsSingleWordOfPersonName(std::span<const Token> tokens, std::size_t pos,
                                std::string_view text) const;
  // Whether a country's name starts at tokens[pos] ("Mali, Niger e ...").
  bool StartsCountryList(std::span<const Token> tokens, std::size_t pos,
                         std::string_view text) const;
  bool MatchAgent(Cursor& c, std::size_t pos, const NameMatch& match) const;
  bool MatchTitle(Cursor& c, std::size_t pos, const NameMatch& match) const;
  bool MatchNewOrganization(Cursor& c, std::size_t pos) const;
  bool MatchForeignOrganization(Cursor& c, std::size_t pos) const;
  // The organisation named by tokens[begin, bracket) and the acronym in brackets after (the
  // dictionary's actor when it knows the acronym or the name), remembered for later mentions.
  ActorRef BracketedOrganization(Cursor& c, std::size_t begin, std::size_t bracket) const;
  // Adds the organisation named by tokens[begin, bracket) and the acronym in brackets after
  // (the dictionary's actor when it knows the acronym).
  void AddBracketedOrganization(Cursor& c, std::size_t begin, std::size_t bracket) const;
  // "la Lega gabonese per i diritti civili": a new organisation named in sentence case.
  bool MatchSentenceCaseOrganization(Cursor& c, std::size_t pos) const;
  // One past the end of such a name whose head noun is tokens[pos], or pos when none starts there.
  std::size_t SentenceCaseOrganizationEnd(const Cursor& c, std::size_t pos) const;
  bool MatchGroupNoun(Cursor& c, std::size_t pos) const;
  // Adds the mention tokens[begin, end) of a new organisation or group and remembers it as
  // the last one of its kind ("l'organizzazione", "il gruppo" refer back to it).
  void AddNewOrganization(Cursor& c, std::size_t begin, std::size_t end, ActorRef ref) const;
  void MatchApposition(Cursor& c, std::size_t mention) const;
  // Returns the index of the person mention it added, if any.
  std::optional<std::size_t> MatchNameAfterDescription(Cursor& c, std::size_t pos) const;
  bool MatchRankAndName(Cursor& c, std::size_t pos) const;
  // An unknown full name where a person's name stands, or a foreign organisation's name.
  bool MatchBareFullName(Cursor& c, std::size_t pos) const;
  bool MatchBareRank(Cursor& c, std::size_t pos) const;
  // The office a title at tokens[at] gives the person mentions[person] ("è stato nominato
  // ministro degli Esteri", "ha nominato X primo ministro"), held in the country or body named
  // after the title, else in `appointer` (may be empty), the person's country or the article's.
  void AddGivenOffice(Cursor& c, std::size_t person, std::size_t at, const ActorRef& appointer,
                      std::string_view verb) const;
  bool MatchKnownFirstName(Cursor& c, std::size_t pos) const;
  bool MatchKinshipName(Cursor& c, std::size_t pos) const;
  // The country of an office's "di" complement at tokens[pos] that names no actor: a demonym,
  // seat or capital in it ("dell'ufficio presidenziale ucraino", "della Casa Bianca"), a
  // person whose staff it is, else, with `or_home`, for a body of a state ("della polizia
  // regionale di Trenčín"), the country the article is about; empty when none.
  ActorRef CountryOfComplement(Cursor& c, std::size_t pos, bool or_home) const;
  // The country a third-person possessive before a state body refers to ("il suo ministero
  // degli Esteri"): that of the last actor the sentence named, else of the last relation's
  // subject; empty when it has none.
  ActorRef PossessorCountry(Cursor& c) const;
  // Whether tokens[pos] opens the sentence with a participle ("Arrestato Nika Melia"): no
  // word of a name.
  bool IsHeadlineParticiple(std::span<const Token> tokens, std::size_t pos) const;
  // The country of the person who gives an order to a state's forces at `pos` ("Tokayev ha
  // ordinato ai militari"), or an empty ref.
  ActorRef CommanderCountry(Cursor& c, std::size_t pos) const;
  // The body a third-person possessive before a title at `pos` refers to ("il suo portavoce"):
  // the organisation or group last named before it in the sentence, else the last relation's
  // subject when that is one; empty otherwise.
  ActorRef Possessor(const Cursor& c, std::size_t pos) const;
  // The country of the leader named at `pos`, maybe after "di" ("il governo di Viktor Orbán",
  // "l'amministrazione Biden"): a person of the dictionary who held an office in it.
  ActorRef CountryOfRulerAt(const Cursor& c, std::size_t pos) const;
  // The person a kinship noun's "di" complement starting at tokens[pos] names, and one past
  // the complement; nullopt when it names none.
  std::optional<std::pair<ActorRef, std::size_t>> RelativeNamedAt(Cursor& c,
                                                                   std::size_t pos) const;
  // The person an office title alone refers to ("l'ex presidente"), or nullopt.
  std::optional<ActorRef> RecentHolder(Cursor& c, std::string_view office, bool former) const;
  bool MatchNameWithApposition(Cursor& c, std::size_t pos) const;
  // Adds a mention over tokens[mention_begin, name_end) of a new person named by
  // tokens[name_begin, name_end), remembered for later mentions; returns its index.
  // "il cileno Gabriel Boric", "i presidenti X e Y": OFFICIAL_OF from a demonym or a plural
  // title before dictionary people.
  void MatchImpliedOffice(Cursor& c, std::size_t mention) const;
  // "X, direttore del giornale Y": Y is a new organisation, where X holds `office`.
  bool MatchOutletOfOffice(Cursor& c, std::size_t title_at, std::size_t name_at,
                           const std::string& office) const;
  std::size_t AddNewPerson(Cursor& c, std::size_t mention_begin, std::size_t name_begin,
                           std::size_t name_end, std::string country) const;
  // The holder of `office` (or of the head office when office is "head"/"leader") of actor
  // `of` at `date`; `former` looks for the latest holder before the date.
  const ActorEntry* Holder(std::string_view office, const ActorEntry& of, std::string_view date,
                           bool former) const;
  // The actor of a "di/del/della ..." complement at tokens[pos]; sets *end (and *begin, the
  // actor's first token, when given).
  std::optional<std::uint32_t> ActorAfterPreposition(Cursor& c, std::size_t pos,
                                                     std::size_t* end,
                                                     std::size_t* begin = nullptr) const;

  const Schema& schema_;
  const Gazetteer& gazetteer_;
  // Who held which office; the first and last words of the dictionary's people's names.
  PeopleIndex people_;
};

// The preposition governing the word at tokens[pos] ("con", "a", "da", "di", "in", "su",
// "contro", "tra", "per", "verso", ...), skipping one article; articulated prepositions are
// folded (dal -> da, nell' -> in). Returns "" when there is none.
std::string_view PrepositionBefore(std::span<const Token> tokens, std::size_t pos);

// Folds an articulated preposition or returns the word itself if it is a preposition, else "".
std::string_view BasePreposition(std::string_view lower);

// The answers of BasePreposition, IsPossessive and MayIntroduceNewActor for a token's word,
// found with one look-up and kept in the token (TokenText::classes) for the next question:
// the rules ask them again and again about the same tokens. The overloads below read them;
// a call with a token's `lower` picks them, a call with any other string the ones above.
// WordClasses' bits: kClassesKnown (a TokenText's memo is 0 before the first question), the
// answers of yes-or-no questions, and 1 + the index of the word's BasePreposition among the
// prepositions' bases (0: none) from bit kClassBaseShift.
inline constexpr std::uint32_t kClassesKnown = 1;
inline constexpr std::uint32_t kClassPossessive = 2;       // IsPossessive
inline constexpr std::uint32_t kClassIntroducesActor = 4;  // MayIntroduceNewActor
inline constexpr std::uint32_t kClassPersonTitle = 8;      // IsPersonTitleWord
inline constexpr std::uint32_t kClassArticle = 16;         // IsArticle
inline constexpr std::uint32_t kClassBaseShift = 8;        // up to bit 15
// WordClasses for a word whose memo is empty: looks it up and fills the memo.
std::uint32_t ClassifyWord(const TokenText& lower);
// The base of the preposition numbered `index` (>= 1) in WordClasses' bits.
std::string_view PrepositionBaseAt(std::uint32_t index);
inline std::uint32_t WordClasses(const TokenText& lower) {
  const std::uint32_t known = lower.classes();
  return (known & kClassesKnown) != 0 ? known : ClassifyWord(lower);
}
inline std::string_view BasePreposition(const TokenText& lower) {
  const std::uint32_t base = WordClasses(lower) >> kClassBaseShift;
  return base == 0 ? std::string_view() : PrepositionBaseAt(base);
}

bool IsArticle(std::string_view lower);
inline bool IsArticle(const TokenText& lower) {
  return (WordClasses(lower) & kClassArticle) != 0;
}

// Whether a lower-case word looks like an infinitive: "riaprire", "ritirarsi", "consegnarlo",
// and the truncated "aver", "esser", "far", "dir".
bool LooksLikeInfinitive(std::string_view lower);

// A verb of saying after which its subject may stand: "dice", "spiega", "ha detto", "ha scritto".
bool IsSpeechVerbForm(std::string_view lower);

// "suo", "propria", "loro", ...: a possessive that may stand between an article and its noun.
bool IsPossessive(std::string_view lower);
inline bool IsPossessive(const TokenText& lower) {
  return (WordClasses(lower) & kClassPossessive) != 0;
}

// "suo", "sua", "suoi", "sue", "loro": a possessive of someone named before.
bool IsThirdPersonPossessive(std::string_view lower);

}  // namespace actorgraph
