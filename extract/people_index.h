#pragma once
// The dictionary's people as the recogniser looks them up: who held which office of which
// actor, and the first and last words of their names. Derived from the schema's actors once;
// schema_compiler writes it into the default schema's compiled tables, so that a run reads it
// in place instead of folding some 12,000 names and hashing them into sets at every start.
// Build once, then share the const object across threads.

#include <cstdint>
#include <span>
#include <string_view>

#include "extract/schema.h"
#include "extract/string_table.h"
#include "extract/table_io.h"

namespace actorgraph {

// The name of the index's section in a schema's compiled tables (Schema::compiled_tables).
inline constexpr std::string_view kPeopleSection = "people";

class PeopleIndex {
 public:
  // Reads the index from the schema's compiled tables when it has them (the embedded
  // defaults), else builds it from the schema's actors.
  explicit PeopleIndex(const Schema& schema);

  // The people (indices into Schema::actors(), in schema order, once per term) who held
  // `office` of the actor `of_id`; with office "*", those who held any office of it. Empty
  // when none did.
  std::span<const std::uint32_t> HoldersOf(std::string_view office, std::string_view of_id) const;

  // Whether `key` is the match key (MatchKey) of the first word of a multi-word name of a
  // person ("pedro", "imran"): before an unknown surname it makes a new person.
  bool IsFirstName(std::string_view key) const;

  // Whether `key` is the match key of the last word of a multi-word name of the person with
  // this id: the surnames that a full mention binds for the rest of the document.
  bool IsLastNameOf(std::string_view id, std::string_view key) const;

  // Writes the index for the schema's compiled tables (schema_compiler, under
  // kPeopleSection); the constructor reads it back, in place.
  void Write(TableWriter& out) const;

 private:
  struct Range {
    std::uint32_t begin = 0;  // into holders_
    std::uint32_t count = 0;
  };
  void Build(const Schema& schema);
  void Read(TableReader& in, std::size_t actors);

  // "office|actor id" and "*|actor id" -> holders_of_[id], a range of holders_.
  StringTable offices_;
  TableArray<Range> holders_of_;
  TableArray<std::uint32_t> holders_;
  StringTable first_names_;
  StringTable last_names_;  // "id<TAB>key"
};

}  // namespace actorgraph
