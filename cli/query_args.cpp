#include "cli/query_args.h"

#include "extract/document.h"
#include "extract/error.h"

namespace actorgraph::cli {

void AddFilterOptions(CLI::App& app, FilterArgs& args) {
  app.add_option("--types", args.types, "Use only these relation types (comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--exclude-types", args.exclude_types,
                 "Never use these relation types (comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--since", args.since,
                 "Use relations with a supporting sentence dated on or after (YYYY[-MM[-DD]])");
  app.add_option("--until", args.until, "... dated on or before (YYYY[-MM[-DD]])");
  app.add_option("--min-weight", args.min_weight,
                 "Use relations supported by at least this many sentences");
}

EdgeFilter MakeEdgeFilter(const FilterArgs& args, const Schema& schema) {
  EdgeFilter filter;
  auto check_type = [&](const std::string& option, const std::string& type) {
    if (!schema.FindType(type)) {
      throw UsageError(option + ": unknown relation type '" + type + "'", {},
                       "see the relation_types of the schema");
    }
    return type;
  };
  for (const std::string& t : args.types) filter.types.insert(check_type("--types", t));
  for (const std::string& t : args.exclude_types) {
    filter.exclude_types.insert(check_type("--exclude-types", t));
  }
  auto check_date = [](const char* option, const std::string& date) {
    if (!date.empty() && !IsValidDate(date)) {
      throw UsageError(std::string(option) + " \"" + date +
                       "\" is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
  };
  check_date("--since", args.since);
  check_date("--until", args.until);
  filter.since = args.since;
  filter.until = args.until;
  filter.min_weight = args.min_weight;
  return filter;
}

std::vector<ActorAlias> SchemaAliases(const Schema& schema) {
  std::vector<ActorAlias> aliases;
  for (const ActorEntry& actor : schema.actors()) {
    for (const std::string& name : actor.names) aliases.push_back({actor.ref.id, name});
    for (const std::string& acronym : actor.acronyms) aliases.push_back({actor.ref.id, acronym});
  }
  return aliases;
}

}  // namespace actorgraph::cli
