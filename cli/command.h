#pragma once
// The pieces every subcommand shares: global options, exit codes, and the registration
// signature used by the table in main.cpp.

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace actorgraph::cli {

// Exit codes, documented in `actorgraph --help`.
inline constexpr int kExitOk = 0;
inline constexpr int kExitUserError = 1;   // usage or user error (message names file/position)
inline constexpr int kExitSkipped = 2;     // finished, but some inputs were skipped (reported)
inline constexpr int kExitInternal = 3;    // internal error

// Options that every subcommand accepts.
struct GlobalOptions {
  std::vector<std::string> schema_dirs;  // --schemas DIR (repeatable; later override earlier)
  bool verbose = false;
  bool quiet = false;
};

// A registered subcommand's body: runs after parsing, returns the exit code.
using CommandBody = std::function<int()>;

// Registers a subcommand's options on `app` and sets `body` to run it.
using CommandSetup = void (*)(CLI::App& app, const GlobalOptions& global, CommandBody& body);

// One subcommand per function (cli/*_command.cpp).
void SetUpExtractCommand(CLI::App& app, const GlobalOptions& global, CommandBody& body);
void SetUpBuildCommand(CLI::App& app, const GlobalOptions& global, CommandBody& body);
void SetUpMergeCommand(CLI::App& app, const GlobalOptions& global, CommandBody& body);
void SetUpExportCommand(CLI::App& app, const GlobalOptions& global, CommandBody& body);
void SetUpPathCommand(CLI::App& app, const GlobalOptions& global, CommandBody& body);
void SetUpNeighborsCommand(CLI::App& app, const GlobalOptions& global, CommandBody& body);
void SetUpDiffCommand(CLI::App& app, const GlobalOptions& global, CommandBody& body);
void SetUpStatsCommand(CLI::App& app, const GlobalOptions& global, CommandBody& body);

}  // namespace actorgraph::cli
