#include "graph/xml_stream_reader.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <optional>
#include <sstream>
#include <utility>

#include "extract/error.h"

namespace actorgraph {
namespace {

struct Recorder : XmlHandler {
  std::string log;
  void StartElement(std::string_view name, const XmlAttributes& attributes) override {
    log += "<" + std::string(name) + std::string(attributes.Get("id").value_or(""));
    if (auto x = attributes.Get("x")) log += " x=[" + std::string(*x) + "]";
    log += ">";
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

// What ParseXmlFast makes of `text`: the log, or "error " + the message; and how often the
// handler had to start again (with expat).
std::pair<std::string, int> ParseFast(const std::string& text) {
  std::istringstream in(text);
  std::optional<Recorder> recorder(std::in_place);
  int restarts = 0;
  try {
    ParseXmlFast(in, "x.xml", *recorder, [&]() -> XmlHandler& {
      ++restarts;
      return recorder.emplace();
    });
  } catch (const InputError& e) {
    return {"error " + std::string(e.what()), restarts};
  }
  return {recorder->log, restarts};
}

std::string ParseExpat(const std::string& text) {
  try {
    return Parse(text);
  } catch (const InputError& e) {
    return "error " + std::string(e.what());
  }
}

TEST_CASE("XmlStreamReader: the fast scanner reads what expat reads, or leaves it to expat",
          "[graph]") {
  // in the scanner's subset: the same events, no restart
  for (const char* text : {
           "<a/>",
           "\xEF\xBB\xBF<?xml version='1.0' encoding='UTF-8'?>\n<!-- c -->\n<a id='1'>x</a>\n",
           "<a><b id=\"2\" x='t&#9;a\tb\nc &lt;&amp;&gt;&quot;&apos;'/>t<![CDATA[<&]]>u</a>",
           "<v:a xmlns:v='u'><?pi data?>caf\xC3\xA9 &#x20AC;&#8364; \xF0\x9F\x98\x80<c/>tail</v:a>",
           "<a x = \"1>2\" >]] ]></a >",
           // texts in pieces, longer than a word of eight bytes, with specials past the first
           "<a>plain text longer than eight<!-- c -->and more &amp; after</a>",
           "<a>before<![CDATA[cdata]]>after<b/>tail\twith\ttabs\n</a>",
           "<a>\n  <b id='a long value with &amp; inside' x='another long plain value'>t</b>\n</a>",
           "<p:a xmlns:p='u' p:x='1' x='2'><p:b id='3'/></p:a>",
       }) {
    CAPTURE(text);
    auto [log, restarts] = ParseFast(text);
    CHECK(log == ParseExpat(text));
    CHECK(restarts == 0);
  }
  // outside the subset or malformed: expat starts again and has the last word
  for (const char* text : {
           "<?xml version='1.0' encoding='ISO-8859-1'?><a x='\xE9'>\xE9</a>",
           "<!DOCTYPE a><a>x</a>",
           "<a>\r\nx\r\n</a>",
           "<a>&nbsp;</a>",
           "<a>x</b>",
           "<a>x]]>y</a>",
           "<a>\xC3</a>",
           "<a>\xED\xA0\x80</a>",
           "<a>&#1;</a>",
           "<a x='1'y='2'/>",
           "<a x='1' x='2'/>",
           "<a/><b/>",
           "<a/>text",
           "<a><b></a>",
           "<a x='<'/>",
           "<a>x",
           "",
           "<a><!-- a -- b --></a>",
       }) {
    CAPTURE(text);
    auto [log, restarts] = ParseFast(text);
    CHECK(log == ParseExpat(text));
    CHECK(restarts == 1);
  }
  // a tag and a text across the 64 KiB chunks the scanner reads
  const std::string long_text = "<a>" + std::string(65530, 'x') + "<b id='across the chunk'>" +
                                std::string(70000, 'y') + "&amp;</b>" + std::string(9, 'z') +
                                "</a>";
  CHECK(ParseFast(long_text) == std::make_pair(ParseExpat(long_text), 0));

  const std::string nul("<a>\0</a>", 8);
  CHECK(ParseFast(nul) == std::make_pair(ParseExpat(nul), 1));
}

}  // namespace
}  // namespace actorgraph
