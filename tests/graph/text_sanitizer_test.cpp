#include "graph/text_sanitizer.h"

#include <catch2/catch.hpp>

namespace actorgraph {
namespace {

TEST_CASE("TextSanitizer: XML-illegal characters go, invalid UTF-8 is replaced", "[graph]") {
  REQUIRE(CleanText("città\tà\r\n") == "città\tà\r\n");
  REQUIRE(CleanText("a\x01"
                    "b\x1f"
                    "c\x7f") == "abc\x7f");
  REQUIRE(CleanText(std::string("nul\0x", 5)) == "nulx");
  REQUIRE(CleanText("\xEF\xBF\xBE") == "");                      // U+FFFE
  REQUIRE(CleanText("bad\xC3") == "bad\xEF\xBF\xBD");            // truncated sequence
  REQUIRE(CleanText("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  REQUIRE(CleanText("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
}

}  // namespace
}  // namespace actorgraph
