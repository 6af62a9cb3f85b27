#include "graph/xml_stream_reader.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <sstream>

#include "extract/error.h"

namespace actorgraph {
namespace {

struct Recorder : XmlHandler {
  std::string log;
  void StartElement(std::string_view name, const XmlAttributes& attributes) override {
    log += "<" + std::string(name) + std::string(attributes.Get("id").value_or("")) + ">";
  }
  void EndElement(std::string_view name, std::string_view text) override {
    log += std::string(text) + "</" + std::string(name) + ">";
  }
};

std::string Parse(const std::string& text) {
  std::istringstream in(text);
  Recorder recorder;
  ParseXml(in, "x.xml", recorder);
  return recorder.log;
}

TEST_CASE("XmlStreamReader: local names, attributes and leaf text", "[graph]") {
  REQUIRE(Parse("<a xmlns:v='u'><v:b id='1'>t&amp;u</v:b></a>") == "<a><b1>t&u</b></a>");
}

TEST_CASE("XmlStreamReader: entity-expansion bombs are refused at once", "[graph]") {
  std::string bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    bomb += " <!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k)
      bomb += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    bomb += "\">\n";
  }
  bomb += "]>\n<graphml>&lol9;</graphml>\n";
  const auto start = std::chrono::steady_clock::now();
  REQUIRE_THROWS_WITH(Parse(bomb), Catch::Contains("x.xml:3:") &&
                                       Catch::Contains("entity declaration 'lol' refused"));
  REQUIRE(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(100));
}

TEST_CASE("XmlStreamReader: external entities are never fetched", "[graph]") {
  // declared in the internal subset: refused at the declaration
  REQUIRE_THROWS_WITH(
      Parse("<!DOCTYPE g [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><g>&xxe;</g>"),
      Catch::Contains("entity declaration 'xxe' refused"));
  // an external DTD is not read, so its entities stay undefined
  REQUIRE_THROWS_AS(Parse("<!DOCTYPE g SYSTEM \"http://example.invalid/g.dtd\"><g>&e;</g>"),
                    InputError);
}

TEST_CASE("XmlStreamReader: a handler's complaint carries the position", "[graph]") {
  struct Picky : XmlHandler {
    void StartElement(std::string_view name, const XmlAttributes&) override {
      if (name == "bad") throw XmlContentError{"bad element", "remove it"};
    }
    void EndElement(std::string_view, std::string_view) override {}
  } picky;
  std::istringstream in("<a>\n  <bad/>\n</a>");
  REQUIRE_THROWS_WITH(ParseXml(in, "p.xml", picky), "p.xml:2:3: bad element (remove it)");
}

}  // namespace
}  // namespace actorgraph
