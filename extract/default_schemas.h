#pragma once
// The default schemas under schemas/, embedded into the binary at build time (see
// cmake/EmbedFiles.cmake and cmake/EmbedCompiledSchema.cmake). They are the defaults that
// --schemas DIR extends or overrides.

#include <span>
#include <string_view>

namespace actorgraph {

struct EmbeddedFile {
  std::string_view path;     // relative to the source tree, e.g. "schemas/relations.yaml"
  std::string_view content;  // the file's bytes
};

// The embedded schema YAML files in load order, as written. Schema::Load does not read them
// (it reads DefaultSchemaBinary()); they serve tests and fuzzers that load the defaults as text,
// and are linked only into the programs that call this.
std::span<const EmbeddedFile> DefaultSchemaFiles();

// The same files loaded, validated and compiled by schema_compiler at build time: the bytes of
// SerializeSchema(Schema::LoadFromStrings(DefaultSchemaFiles())), see extract/schema_binary.h.
std::string_view DefaultSchemaBinary();

// The lookup tables schema_compiler derived from that schema (extract/table_io.h: the
// gazetteer's index, the trigger verbs' forms), which Schema::Load attaches to the defaults.
// Static storage, 8-byte aligned.
std::string_view DefaultCompiledTables();

}  // namespace actorgraph
