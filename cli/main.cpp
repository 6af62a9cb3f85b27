// actorgraph: who did what to whom in news articles, as a graph.
// This file holds the subcommand table and the only catch: libraries throw actorgraph::Error
// for what a user can cause, and main turns it into a message and a documented exit code.

#include <cstdio>
#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "cli/command.h"
#include "extract/error.h"

namespace {

using actorgraph::cli::CommandSetup;

struct CommandEntry {
  const char* name;
  const char* summary;
  CommandSetup setup;
};

constexpr CommandEntry kCommands[] = {
    {"extract", "Extract actor relations from articles as JSON Lines",
     actorgraph::cli::SetUpExtractCommand},
    {"build", "Build the actor graph of a corpus", actorgraph::cli::SetUpBuildCommand},
    {"merge", "Merge relation files and partial graphs into one graph",
     actorgraph::cli::SetUpMergeCommand},
    {"export", "Convert a graph to another format", actorgraph::cli::SetUpExportCommand},
    {"path", "How two actors are connected", actorgraph::cli::SetUpPathCommand},
    {"neighbors", "The actors around an actor", actorgraph::cli::SetUpNeighborsCommand},
    {"diff", "Compare the graphs of two article sets", actorgraph::cli::SetUpDiffCommand},
    {"stats", "Counts, components and the most central actors", actorgraph::cli::SetUpStatsCommand},
};

constexpr const char* kExitCodes =
    "Exit codes:\n"
    "  0  success\n"
    "  1  usage or user error (the message names the file and position)\n"
    "  2  finished, but some inputs were skipped (each is reported)\n"
    "  3  internal error\n";

void ConfigureLogging(const actorgraph::cli::GlobalOptions& global) {
  auto logger = spdlog::stderr_color_mt("actorgraph");
  logger->set_pattern("%^%l%$: %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(global.quiet     ? spdlog::level::err
                    : global.verbose ? spdlog::level::debug
                                     : spdlog::level::info);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace actorgraph::cli;
  CLI::App app{"actorgraph: who did what to whom in news articles, as a graph"};
  app.footer(kExitCodes);
  app.set_version_flag("--version", std::string("actorgraph ") + ACTORGRAPH_VERSION);
  app.require_subcommand(1);
  GlobalOptions global;
  CommandBody body;
  for (const CommandEntry& command : kCommands) {
    CLI::App* sub = app.add_subcommand(command.name, command.summary);
    sub->footer(kExitCodes);
    sub->add_option("--schemas", global.schema_dirs,
                    "Directory of YAML schemas added to the defaults (repeatable; later ones "
                    "override earlier ones)");
    sub->add_flag("-v,--verbose", global.verbose, "More detail on standard error");
    sub->add_flag("-q,--quiet", global.quiet, "Only errors on standard error");
    command.setup(*sub, global, body);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUserError;
  }
  ConfigureLogging(global);
  try {
    return body();
  } catch (const actorgraph::Error& e) {
    spdlog::error("{}", e.what());
    return kExitUserError;
  } catch (const std::bad_alloc&) {
    spdlog::critical("out of memory");
    return kExitInternal;
  } catch (const std::exception& e) {
    spdlog::critical("internal error: {}", e.what());
    return kExitInternal;
  }
}
