// schema_compiler: loads the default schema YAML files and writes them as one compiled schema
// (extract/schema_binary.h), which the build embeds into actorgraph. The YAML is checked here,
// so a broken default schema fails the build with file:line:col instead of every run. It also
// writes the lookup tables the extractor derives from that schema (extract/table_io.h: the
// gazetteer's index, every form of the trigger verbs), so that runs read them in place.
//
// Usage: schema_compiler OUTPUT TABLES_OUTPUT FILE.yaml...
//   Run from the source tree: each FILE is read and recorded by the path given
//   ("schemas/relations.yaml"), which is what error messages and SourcePosition show.
// Exit codes: 0 written, 1 a schema error, 2 bad arguments or an unreadable or unwritable file.

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "extract/error.h"
#include "extract/gazetteer.h"
#include "extract/morphology.h"
#include "extract/people_index.h"
#include "extract/schema.h"
#include "extract/schema_binary.h"
#include "extract/table_io.h"

namespace {

// The sections of Schema::compiled_tables(): what Gazetteer, TriggerVerbLexicon and PeopleIndex
// build.
std::string CompileTables(const actorgraph::Schema& schema) {
  actorgraph::TableWriter gazetteer;
  actorgraph::Gazetteer(schema).Write(gazetteer);
  actorgraph::TableWriter verbs;
  actorgraph::TriggerVerbLexicon(schema).Write(verbs);
  actorgraph::TableWriter people;
  actorgraph::PeopleIndex(schema).Write(people);
  actorgraph::TableWriter tables;
  tables.Section(actorgraph::kGazetteerSection, std::move(gazetteer).Finish());
  tables.Section(actorgraph::kTriggerVerbsSection, std::move(verbs).Finish());
  tables.Section(actorgraph::kPeopleSection, std::move(people).Finish());
  return std::move(tables).Finish();
}

bool ReadFile(const std::string& path, std::string& content) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream out;
  out << in.rdbuf();
  content = std::move(out).str();
  return !in.bad();
}

// Writes beside the target and renames, so an interrupted build leaves no half-written file.
bool WriteFile(const std::string& path, const std::string& content) {
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out.write(content.data(), static_cast<std::streamsize>(content.size()))) return false;
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  return !ec;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: schema_compiler OUTPUT TABLES_OUTPUT FILE.yaml...\n";
    return 2;
  }
  const std::string output = argv[1];
  const std::string tables_output = argv[2];
  std::vector<std::pair<std::string, std::string>> files;
  for (int i = 3; i < argc; ++i) {
    std::string content;
    if (!ReadFile(argv[i], content)) {
      std::cerr << "schema_compiler: cannot read " << argv[i] << "\n";
      return 2;
    }
    files.emplace_back(argv[i], std::move(content));
  }
  std::string compiled;
  std::string tables;
  try {
    const actorgraph::Schema schema = actorgraph::Schema::LoadFromStrings(files);
    compiled = actorgraph::SerializeSchema(schema);
    tables = CompileTables(schema);
  } catch (const actorgraph::Error& e) {
    std::cerr << e.what() << "\nschema_compiler: the default schema under "
              << std::filesystem::current_path().string() << " is invalid\n";
    return 1;
  }
  // What actorgraph will read back must be what was written: a format bug stops the build.
  if (actorgraph::SerializeSchema(actorgraph::DeserializeSchema(compiled)) != compiled) {
    std::cerr << "schema_compiler: the compiled schema does not read back identically\n";
    return 1;
  }
  if (!WriteFile(output, compiled)) {
    std::cerr << "schema_compiler: cannot write " << output << "\n";
    return 2;
  }
  if (!WriteFile(tables_output, tables)) {
    std::cerr << "schema_compiler: cannot write " << tables_output << "\n";
    return 2;
  }
  return 0;
}
