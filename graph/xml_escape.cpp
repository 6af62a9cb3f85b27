#include "graph/xml_escape.h"

#include "graph/text_sanitizer.h"

namespace actorgraph {

void AppendXmlEscaped(std::string& out, std::string_view text) {
  const std::string clean = CleanText(text);
  for (char c : clean) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\t':
        out += "&#9;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        out += c;
    }
  }
}

}  // namespace actorgraph
