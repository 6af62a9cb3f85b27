#pragma once
// The schema: actors, agents, offices and relation types, loaded from YAML (the embedded
// defaults, then each --schemas DIR in order; a later entry with the same id replaces an
// earlier one). Build once, then share the const object across threads.

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/error.h"
#include "extract/literal_comparable_string.h"
#include "extract/relation.h"
#include "extract/string_table.h"

namespace actorgraph {

// A dated office held by a person: {office: president, of: KAZ, from: 2019-03-20}.
struct OfficeTerm {
  std::string office;  // office code, see offices.yaml
  std::string of;      // actor id of the country or organisation
  std::string from;    // "YYYY[-MM[-DD]]"; empty = since ever
  std::string to;      // empty = still in office

  // True when the term covers `date` ("YYYY[-MM[-DD]]"); an empty date matches every term.
  bool Covers(std::string_view date) const;
};

struct ActorEntry {
  ActorRef ref;                       // id, label, type, country, wikidata
  std::string cameo;
  std::string iso2;
  std::string leader_office;          // countries: the office "il leader X" means
  std::vector<std::string> names;     // all languages, matched case/accent-insensitively
  std::string italian_name;           // the first of the Italian names, "" when none
  std::vector<std::string> acronyms;  // matched with their exact case
  std::vector<std::string> demonyms;  // countries: adjective forms, "kazako", "kazaka", ...
  std::vector<std::string> capitals;  // metonyms for the actor ("Mosca")
  std::vector<std::string> seats;     // seats of power ("Cremlino"), sector "government"
  std::vector<OfficeTerm> offices;    // people: dated offices
  bool surname = true;                // people: also match the last word of a name alone
  SourcePosition where;               // where it was defined, for messages
};

struct AgentEntry {
  std::string sector;               // "military", "government", ...
  std::vector<std::string> names;   // "esercito", "militari", ...
  std::string alone;                // actor id the noun means without a country; "" = none
  // The nouns also fill organisations' own names ("il Comitato per la difesa dei pescatori"):
  // they do not end such a name.
  bool in_names = false;
  // "X di BODY" is that body ("i jihadisti di al-Shabaab", "la missione di osservazione
  // dell'Osce"), not the collective actor held in the body's country.
  bool of_body = false;
  SourcePosition where;
};

struct OfficeEntry {
  std::string office;               // "president"
  std::vector<std::string> titles;  // "presidente", "capo dello Stato"
  SourcePosition where;
};

// Which argument of a trigger is the source and which the target. Roles:
//   subject, object, "pp:<prep>" (a prepositional phrase: pp:con, pp:a, pp:contro, pp:da),
//   "agent" (da/dal after a passive), "of" (di/del after a noun), "adj" (a demonym adjective:
//   "l'invasione russa"), "pair" (tra X e Y / X-Y: both ends of a symmetric noun).
// A role may name an agent sector after '@' ("object@embassy"): only a mention of that sector
// fills it ("ha convocato l'ambasciatore russo", not "ha convocato una riunione").
struct ArgumentFrame {
  // LiteralComparableString: the matcher tests them against literals for every argument.
  LiteralComparableString source;
  LiteralComparableString target;
  LiteralComparableString source_sector;
  LiteralComparableString target_sector;
  friend bool operator==(const ArgumentFrame&, const ArgumentFrame&) = default;
};

struct Trigger {
  LiteralComparableString lemma;  // "incontrare", "incontro"
  bool is_noun = false;
  std::vector<ArgumentFrame> frames;  // tried in order
  double confidence = 0.8;
  // The type the relation has, affirmed, when the trigger is negated: "non riconosce la
  // giurisdizione" rejects it (REJECT). "" keeps the type, flagged negated.
  std::string when_negated;
  SourcePosition where;
};

struct RelationType {
  LiteralComparableString type;     // "CONSULT"; tested against literals at every trigger
  std::string description;
  LiteralComparableString family;   // "cooperation", "conflict", "structural"
  std::vector<std::string> cameo;   // CAMEO root codes
  bool symmetric = false;
  std::vector<Trigger> triggers;    // verbs and nouns
  SourcePosition where;
};

class Schema {
 public:
  // The embedded defaults followed by every *.yaml under each directory (sorted by name).
  // The defaults come compiled (schema_compiler checked them at build time); the result equals
  // LoadFromStrings(default YAML + user files). Throws SchemaError naming file:line:col.
  static Schema Load(const std::vector<std::string>& user_dirs);

  // Loads from (name, content) pairs in order; for tests and the embedded defaults.
  static Schema LoadFromStrings(const std::vector<std::pair<std::string, std::string>>& files);

  const std::vector<ActorEntry>& actors() const { return actors_; }
  const std::vector<AgentEntry>& agents() const { return agents_; }
  const std::vector<OfficeEntry>& offices() const { return offices_; }
  const std::vector<RelationType>& relation_types() const { return types_; }

  // Lookup tables derived from this schema (the gazetteer's index, the trigger verbs' forms;
  // sections of extract/table_io.h in static storage), which schema_compiler builds for the
  // embedded defaults: Load() attaches them when no user file is added, and the extractor
  // reads them in place instead of building its tables. Empty for every other schema.
  std::string_view compiled_tables() const { return compiled_tables_; }

  // Returns the actor / relation type with this id, or nullptr.
  const ActorEntry* FindActor(std::string_view id) const;
  const RelationType* FindType(std::string_view type) const;
  std::set<std::string> SymmetricTypes() const;

  // Labels actors by their first Italian name where they have one ("Stati Uniti", "Movimento
  // Amal"), the language of the articles, instead of the schema's `label`.
  void UseItalianLabels();

 private:
  friend Schema DeserializeSchema(std::string_view bytes);  // extract/schema_binary.h

  void AddFile(const std::string& name, const std::string& content);
  void Validate() const;  // cross references: offices[].of, country, types
  // Rebuilds the index maps from the entry lists; keys must be unique (the first one wins).
  void Index();

  std::vector<ActorEntry> actors_;
  std::vector<AgentEntry> agents_;
  std::vector<OfficeEntry> offices_;
  std::vector<RelationType> types_;
  // Actor ids, asked at every mention: the actor of ids.Find(id) is actors_[at[that]].
  struct ActorIndex {
    StringTable ids;
    std::vector<std::uint32_t> at;
  };
  ActorIndex actor_index_;
  std::map<std::string, std::size_t, std::less<>> type_index_;
  std::map<std::string, std::size_t, std::less<>> agent_index_;   // by sector
  std::map<std::string, std::size_t, std::less<>> office_index_;  // by office
  std::string_view compiled_tables_;
};

}  // namespace actorgraph
