#pragma once
// Options shared by the commands that query a graph (path, neighbors): relation filters and
// the schema's aliases for naming actors.

#include <cstdint>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "extract/schema.h"
#include "graph/actor_lookup.h"
#include "graph/path_query.h"

namespace actorgraph::cli {

struct FilterArgs {
  std::vector<std::string> types;          // --types
  std::vector<std::string> exclude_types;  // --exclude-types
  std::string since;                       // --since YYYY[-MM[-DD]]
  std::string until;                       // --until
  std::int64_t min_weight = 0;             // --min-weight
};

// Adds --types, --exclude-types, --since, --until and --min-weight to a subcommand.
void AddFilterOptions(CLI::App& app, FilterArgs& args);

// The filter the options describe. Throws UsageError for a relation type the schema does not
// know (a misspelt type would silently match nothing) or a date that does not parse.
EdgeFilter MakeEdgeFilter(const FilterArgs& args, const Schema& schema);

// Every name and acronym of every schema actor, for naming actors on the command line.
std::vector<ActorAlias> SchemaAliases(const Schema& schema);

}  // namespace actorgraph::cli
