#include "cli/command.h"
#include "extract/error.h"

namespace actorgraph::cli {

// Placeholder until the query engine lands (issue 6): parses its arguments and says so.
void SetUpDiffCommand(CLI::App& app, const GlobalOptions&, CommandBody& body) {
  app.allow_extras();
  app.callback([&body] {
    body = [] () -> int {
      throw UsageError("'diff' is not available yet: the query engine comes with issue 6");
    };
  });
}

}  // namespace actorgraph::cli
