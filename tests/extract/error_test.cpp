#include "extract/error.h"

#include <catch2/catch.hpp>

namespace actorgraph {
namespace {

TEST_CASE("Error: message names file, line, column and hint", "[extract]") {
  SchemaError e("relation 'CONSULT': unknown role 'sogetto'", {"schemas/relations.yaml", 14, 7},
                "known: subject, object, pp:<prep>");
  REQUIRE(std::string(e.what()) ==
          "schemas/relations.yaml:14:7: relation 'CONSULT': unknown role 'sogetto' "
          "(known: subject, object, pp:<prep>)");
  // a position without a column, and none at all
  REQUIRE(std::string(InputError("bad", {"a.txt", 3}).what()) == "a.txt:3: bad");
  REQUIRE(std::string(InputError("bad").what()) == "bad");
}

}  // namespace
}  // namespace actorgraph
