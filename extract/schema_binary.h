#pragma once
// A compiled Schema: a compact binary form of the loaded entries, so that the embedded defaults
// are parsed and validated once, at build time (schema_compiler), instead of on every run.
//
// Format (all integers are unsigned LEB128 varints; little-endian where fixed-width):
//   "AGSCHEMA" magic, version, the table of source file names, then the actors, agents,
//   offices and relation types, each a count followed by the entries field by field.
//   Strings are a length and the bytes; a SourcePosition's file is an index into the table.
// Bump kSchemaBinaryVersion whenever the layout or a schema struct changes.

#include <cstdint>
#include <string>
#include <string_view>

#include "extract/schema.h"

namespace actorgraph {

inline constexpr std::string_view kSchemaBinaryMagic = "AGSCHEMA";
inline constexpr std::uint32_t kSchemaBinaryVersion = 3;

// Returns the binary form of every entry of `schema`, in order, with its source positions.
std::string SerializeSchema(const Schema& schema);

// Rebuilds the schema written by SerializeSchema, with its lookup indexes. Entries are taken
// as they are: the writer validated them. Throws SchemaError when `bytes` is not a compiled
// schema of this version (wrong magic or version, truncated, trailing bytes, duplicate ids).
Schema DeserializeSchema(std::string_view bytes);

}  // namespace actorgraph
