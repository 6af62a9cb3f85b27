// Schema::Load: the compiled defaults embedded in the binary, then the user's YAML directories.
// Kept apart from schema.cpp because schema_compiler, which produces those defaults, links the
// rest of the schema code without them.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/default_schemas.h"
#include "extract/schema.h"
#include "extract/schema_binary.h"

namespace actorgraph {
namespace fs = std::filesystem;

Schema Schema::Load(const std::vector<std::string>& user_dirs) {
  // The defaults were parsed and validated from schemas/*.yaml at build time.
  Schema schema = DeserializeSchema(DefaultSchemaBinary());
  std::vector<std::string> paths;
  for (const std::string& dir : user_dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      throw SchemaError("--schemas: not a directory", {dir});
    }
    std::vector<std::string> dir_paths;
    for (const auto& entry : fs::recursive_directory_iterator(dir, ec)) {
      if (entry.path().extension() == ".yaml" || entry.path().extension() == ".yml") {
        dir_paths.push_back(entry.path().string());
      }
    }
    std::sort(dir_paths.begin(), dir_paths.end());
    paths.insert(paths.end(), dir_paths.begin(), dir_paths.end());
  }
  // Every file is read before any is parsed, so errors come in the order they always did.
  std::vector<std::string> contents;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw SchemaError("cannot read", {path});
    std::ostringstream content;
    content << in.rdbuf();
    contents.push_back(std::move(content).str());
  }
  if (paths.empty()) {
    // Validated at build time, and the tables were built from it there.
    schema.compiled_tables_ = DefaultCompiledTables();
    return schema;
  }
  for (std::size_t i = 0; i < paths.size(); ++i) schema.AddFile(paths[i], contents[i]);
  // User entries may point at defaults and replace them: check the merged schema, as
  // LoadFromStrings does.
  schema.Validate();
  return schema;
}

}  // namespace actorgraph
