#include "extract/shared_string.h"

#include <catch2/catch.hpp>
#include <functional>
#include <map>
#include <string>
#include <thread>

namespace actorgraph {
namespace {

TEST_CASE("SharedString: reads and compares as the string it holds", "[extract]") {
  const SharedString empty;
  REQUIRE(empty.empty());
  REQUIRE(empty.size() == 0);
  REQUIRE(empty == "");
  REQUIRE(std::string(empty).empty());

  const SharedString type = std::string("PERSON");
  REQUIRE(type == "PERSON");
  REQUIRE_FALSE(type == "PERSONA");
  REQUIRE(type == std::string("PERSON"));
  REQUIRE(type == std::string_view("PERSON"));
  REQUIRE(type.size() == 6);
  REQUIRE(std::string("id:") + type + "!" == "id:PERSON!");
  // maps keyed by std::string find it as a key
  std::map<std::string, int, std::less<>> counts{{"PERSON", 1}};
  REQUIRE(counts.find(type) != counts.end());
}

TEST_CASE("SharedString: a copy keeps its text when the original changes or dies", "[extract]") {
  SharedString label = std::string("Vladimir Putin, presidente della Federazione Russa");
  SharedString copy = label;
  label = "Kassym-Jomart Tokayev";
  REQUIRE(copy == "Vladimir Putin, presidente della Federazione Russa");
  REQUIRE(label == "Kassym-Jomart Tokayev");
  {
    SharedString inner = copy;
    copy.clear();
    REQUIRE(copy.empty());
    REQUIRE(inner == "Vladimir Putin, presidente della Federazione Russa");
    copy = inner;
  }
  REQUIRE(copy == "Vladimir Putin, presidente della Federazione Russa");
  SharedString moved = std::move(copy);
  REQUIRE(moved == "Vladimir Putin, presidente della Federazione Russa");
}

TEST_CASE("SharedString: Permanent strings of equal text share one block", "[extract]") {
  const SharedString a = SharedString::Permanent("KAZ");
  const SharedString b = SharedString::Permanent(std::string("KA") + "Z");
  REQUIRE(a.data() == b.data());
  REQUIRE(a == b);
  // equal to an ordinary string of the same text, not to another Permanent one
  REQUIRE(a == SharedString(std::string("KAZ")));
  REQUIRE_FALSE(a == SharedString::Permanent("RUS"));
  REQUIRE(SharedString::Permanent("").empty());
}

TEST_CASE("SharedString: threads copy and drop the same strings", "[extract]") {
  const SharedString shared = std::string("a label longer than the short-string buffer");
  const SharedString permanent = SharedString::Permanent("COUNTRY");
  // Catch2's assertions are not thread-safe: each thread counts what went wrong.
  auto work = [&](int& wrong) {
    for (int i = 0; i < 10000; ++i) {
      SharedString copy = shared;
      SharedString copy_of_copy = copy;
      SharedString country = permanent;
      copy.clear();
      if (!(copy_of_copy == shared) || !(country == "COUNTRY")) ++wrong;
    }
  };
  int wrong_here = 0, wrong_there = 0;
  std::thread other(work, std::ref(wrong_there));
  work(wrong_here);
  other.join();
  REQUIRE(wrong_here == 0);
  REQUIRE(wrong_there == 0);
  REQUIRE(shared == "a label longer than the short-string buffer");
}

}  // namespace
}  // namespace actorgraph
