#pragma once
// The YAML schemas under schemas/, embedded into the binary at build time (see
// cmake/EmbedFiles.cmake). They are the defaults that --schemas DIR extends or overrides.

#include <span>
#include <string_view>

namespace actorgraph {

struct EmbeddedFile {
  std::string_view path;     // relative to the source tree, e.g. "schemas/relations.yaml"
  std::string_view content;  // the file's bytes
};

// The embedded schema files in load order.
std::span<const EmbeddedFile> DefaultSchemaFiles();

}  // namespace actorgraph
