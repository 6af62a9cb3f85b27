#include "graph/date_range.h"

#include <catch2/catch.hpp>

namespace actorgraph {
namespace {

TEST_CASE("DateRange: partial dates widen to whole days", "[graph]") {
  REQUIRE(FirstDayOf("2022-02") == "2022-02-01");
  REQUIRE(LastDayOf("2022-02") == "2022-02-28");
  REQUIRE(LastDayOf("2024-02") == "2024-02-29");  // leap year
  REQUIRE(LastDayOf("1900-02") == "1900-02-28");  // not a leap year
  REQUIRE(FirstDayOf("2022") == "2022-01-01");
  REQUIRE(LastDayOf("2022") == "2022-12-31");
  REQUIRE(FirstDayOf("2022-01-06") == "2022-01-06");
  REQUIRE(LastDayOf("2022-01-06") == "2022-01-06");
}

TEST_CASE("DateRange: anything else is not a date", "[graph]") {
  REQUIRE_FALSE(FirstDayOf("").has_value());
  REQUIRE_FALSE(FirstDayOf("2022-13").has_value());
  REQUIRE_FALSE(FirstDayOf("2022-02-30").has_value());
  REQUIRE_FALSE(LastDayOf("gennaio 2022").has_value());
  REQUIRE_FALSE(LastDayOf("2022-1-6").has_value());
}

}  // namespace
}  // namespace actorgraph
