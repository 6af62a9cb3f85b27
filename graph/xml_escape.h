#pragma once
// Escaping for the XML writers (GraphML, GEXF).

#include <string>
#include <string_view>

namespace actorgraph {

// Appends `text` to `out`, cleaned (CleanText) and escaped so that it reads back unchanged both
// as element content and inside a double-quoted attribute: & < > " become entities, and tab,
// newline and carriage return become character references (a parser would normalise them).
void AppendXmlEscaped(std::string& out, std::string_view text);

}  // namespace actorgraph
