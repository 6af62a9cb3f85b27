#pragma once
// Streaming XML reading for the graph readers: no DOM, constant memory beyond what the handler
// keeps, and safe on hostile input (no DTD entities, no external entities). expat is the
// reference parser; ParseXmlFast adds a scanner for the plain XML our writers produce and
// leaves everything else to expat.

#include <functional>
#include <istream>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace actorgraph {

// One attribute of a start tag: its local name (any "prefix:" dropped) and decoded value.
struct XmlAttribute {
  std::string_view name;
  std::string_view value;
};

// The attributes of one start tag, by local name. The views are valid during the
// StartElement call only.
class XmlAttributes {
 public:
  explicit XmlAttributes(std::span<const XmlAttribute> attributes) : attributes_(attributes) {}
  // The value of attribute `name`, or std::nullopt when the tag does not have it. Inline:
  // readers call it for nearly every element.
  std::optional<std::string_view> Get(std::string_view name) const {
    for (const XmlAttribute& attribute : attributes_) {
      if (attribute.name.size() == name.size() &&
          std::char_traits<char>::compare(attribute.name.data(), name.data(), name.size()) == 0) {
        return attribute.value;
      }
    }
    return std::nullopt;
  }

 private:
  std::span<const XmlAttribute> attributes_;
};

// Receives the document's elements in order. Names are local names ("viz:color" -> "color").
// A handler rejects content by throwing XmlContentError; the reader turns it into an InputError
// at the current line and column.
class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void StartElement(std::string_view name, const XmlAttributes& attributes) = 0;
  // `text` is the character data directly inside the element since its last child ended
  // (for leaf elements: all of their text).
  virtual void EndElement(std::string_view name, std::string_view text) = 0;
};

// Thrown by an XmlHandler for well-formed XML whose content is wrong (unknown node, bad number).
struct XmlContentError {
  std::string message;
  std::string hint;
};

// Parses `in` and feeds `handler`. Throws InputError naming `file`, line and column when the
// XML is malformed, declares entities (the "billion laughs" and external-entity attacks are
// rejected at the declaration, before any expansion), references an external entity, or when
// the handler throws XmlContentError.
void ParseXml(std::istream& in, const std::string& file, XmlHandler& handler);

// ParseXml, several times faster on the plain XML that graph writers produce (UTF-8, no
// DOCTYPE, only the predefined entities and character references): a scanner of that subset
// reads it, and expat stays the reference. On anything else, and on any error (malformed XML
// or an XmlContentError from the handler), `in` is rewound and expat parses the whole document
// into the handler that `restart` returns, which must be a fresh one (the first has seen part
// of the document). Results and errors are those of ParseXml. `in` must be seekable.
void ParseXmlFast(std::istream& in, const std::string& file, XmlHandler& handler,
                  const std::function<XmlHandler&()>& restart);

}  // namespace actorgraph
