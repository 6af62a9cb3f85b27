#include "cli/command.h"
#include "extract/error.h"

namespace actorgraph::cli {

// Placeholder until the query engine lands (issue 6): parses its arguments and says so.
void SetUpPathCommand(CLI::App& app, const GlobalOptions&, CommandBody& body) {
  app.allow_extras();
  app.callback([&body] {
    body = [] () -> int {
      throw UsageError("'path' is not available yet: the query engine comes with issue 6");
    };
  });
}

}  // namespace actorgraph::cli
