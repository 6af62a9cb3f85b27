#include "graph/graphml.h"

#include <cctype>
#include <cmath>
#include <unordered_map>

#include "graph/graph_assembler.h"
#include "graph/graph_columns.h"
#include "graph/output_buffer.h"
#include "graph/palette.h"
#include "graph/value_parsing.h"
#include "graph/xml_escape.h"
#include "graph/xml_stream_reader.h"

namespace actorgraph {
namespace {

std::string GraphKeyId(std::string_view name) {
  // NMTOKEN characters only: anything else becomes '_'.
  std::string id = "graph_";
  for (char c : name) {
    const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' ||
                    c == '.' || static_cast<unsigned char>(c) >= 0x80;
    id += ok ? c : '_';
  }
  return id;
}

void AppendKey(std::string& out, std::string_view id, std::string_view domain,
               std::string_view name, std::string_view type) {
  out += "  <key id=\"";
  AppendXmlEscaped(out, id);
  out += "\" for=\"";
  out += domain;
  out += "\" attr.name=\"";
  AppendXmlEscaped(out, name);
  out += "\" attr.type=\"";
  out += type;
  out += "\"/>\n";
}

void AppendData(std::string& out, std::string_view indent, std::string_view key,
                std::string_view value) {
  out += indent;
  out += "<data key=\"";
  out += key;
  out += "\">";
  AppendXmlEscaped(out, value);
  out += "</data>\n";
}

}  // namespace

void WriteGraphMl(const ActorGraph& graph, std::ostream& out) {
  std::string buffer;
  buffer +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const auto& [name, value] : graph.metadata()) {
    AppendKey(buffer, GraphKeyId(name), "graph", name, "string");
  }
  AppendKey(buffer, "label", "node", "label", "string");
  for (const auto& column : NodeColumns()) {
    AppendKey(buffer, column.name, "node", column.name, GraphMlTypeName(column.type));
  }
  AppendKey(buffer, "type", "edge", "type", "string");
  AppendKey(buffer, "weight", "edge", "weight", "double");
  for (const auto& column : EdgeColumns()) {
    AppendKey(buffer, column.name, "edge", column.name, GraphMlTypeName(column.type));
  }
  AppendKey(buffer, "color", "edge", "color", "string");
  for (std::string_view channel : {"r", "g", "b"}) {
    AppendKey(buffer, channel, "edge", channel, "int");
  }
  buffer += "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n";
  for (const auto& [name, value] : graph.metadata()) {
    AppendData(buffer, "    ", GraphKeyId(name), value);
  }

  for (const ActorNode& node : graph.nodes()) {
    buffer += "    <node id=\"";
    AppendXmlEscaped(buffer, node.id);
    buffer += "\">\n";
    if (!node.label.empty()) AppendData(buffer, "      ", "label", node.label);
    for (const auto& column : NodeColumns()) {
      if (std::optional<std::string> value = column.get(node)) {
        AppendData(buffer, "      ", column.name, *value);
      }
    }
    buffer += "    </node>\n";
    FlushIfLarge(buffer, out);
  }

  for (const RelationEdge& edge : graph.edges()) {
    buffer += "    <edge id=\"";
    AppendXmlEscaped(buffer, edge.id);
    buffer += "\" source=\"";
    AppendXmlEscaped(buffer, graph.node(edge.source).id);
    buffer += "\" target=\"";
    AppendXmlEscaped(buffer, graph.node(edge.target).id);
    buffer += "\">\n";
    AppendData(buffer, "      ", "type", edge.type);
    AppendData(buffer, "      ", "weight", std::to_string(edge.weight) + ".0");
    for (const auto& column : EdgeColumns()) {
      if (std::optional<std::string> value = column.get(edge)) {
        AppendData(buffer, "      ", column.name, *value);
      }
    }
    const std::string_view family = RelationFamily(edge.type);
    const Rgb rgb = FamilyColor(family);
    AppendData(buffer, "      ", "color", FamilyColorHex(family));
    AppendData(buffer, "      ", "r", std::to_string(rgb.r));
    AppendData(buffer, "      ", "g", std::to_string(rgb.g));
    AppendData(buffer, "      ", "b", std::to_string(rgb.b));
    buffer += "    </edge>\n";
    FlushIfLarge(buffer, out);
  }
  buffer += "  </graph>\n</graphml>\n";
  out.write(buffer.data(), std::ssize(buffer));
}

namespace {

constexpr std::string_view kGraphMlNamespace = "http://graphml.graphdrawing.org/xmlns";

enum class Domain { kNode, kEdge, kGraph, kAll };

struct Key {
  Domain domain = Domain::kAll;
  std::string name;
};

class GraphMlHandler : public XmlHandler {
 public:
  void StartElement(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "graphml" && !seen_root_) {
      // A file without a namespace is accepted (hand-written GraphML); another one is not ours.
      const std::string_view ns = attributes.Get("xmlns").value_or(kGraphMlNamespace);
      if (ns != kGraphMlNamespace) {
        throw XmlContentError{"<graphml> in namespace '" + std::string(ns) + "', not '" +
                                  std::string(kGraphMlNamespace) + "'",
                              "not a GraphML file"};
      }
      seen_root_ = true;
    } else if (!seen_root_) {
      throw XmlContentError{"the root element is <" + std::string(name) + ">, not <graphml>",
                            "not a GraphML file"};
    } else if (name == "key") {
      StartKey(attributes);
    } else if (name == "node") {
      node_ = assembler_.Node(Required(attributes, "id", "node"));
      in_node_ = true;
      node_name_.clear();
    } else if (name == "edge") {
      StartEdge(attributes);
    } else if (name == "data") {
      std::optional<std::string_view> key = attributes.Get("key");
      if (!key) throw XmlContentError{"<data> without a key attribute", ""};
      data_key_ = std::string(*key);
    }
  }

  void EndElement(std::string_view name, std::string_view text) override {
    if (name == "data") {
      ApplyData(text);
    } else if (name == "node") {
      ActorNode& node = assembler_.node(node_);
      if (node.label.empty()) node.label = node_name_;
      in_node_ = false;
    } else if (name == "edge") {
      FinishEdge();
    }
  }

  // Only after a successful parse, which guarantees a <graphml> root.
  ActorGraph Finish() && { return std::move(assembler_).Finish(); }

 private:
  static std::string_view Required(const XmlAttributes& attributes, std::string_view name,
                                   std::string_view element) {
    std::optional<std::string_view> value = attributes.Get(name);
    if (!value) {
      throw XmlContentError{
          "<" + std::string(element) + "> without a " + std::string(name) + " attribute", ""};
    }
    return *value;
  }

  void StartKey(const XmlAttributes& attributes) {
    Key key;
    std::string_view id = Required(attributes, "id", "key");
    key.name = std::string(attributes.Get("attr.name").value_or(id));
    const std::string_view domain = attributes.Get("for").value_or("all");
    if (domain == "node") {
      key.domain = Domain::kNode;
    } else if (domain == "edge") {
      key.domain = Domain::kEdge;
    } else if (domain == "graph") {
      key.domain = Domain::kGraph;
    }
    keys_[std::string(id)] = std::move(key);
  }

  void StartEdge(const XmlAttributes& attributes) {
    edge_ = RelationEdge();
    edge_.source = assembler_.Node(Required(attributes, "source", "edge"));
    edge_.target = assembler_.Node(Required(attributes, "target", "edge"));
    edge_.weight = 1;
    edge_label_.clear();
    in_edge_ = true;
  }

  void FinishEdge() {
    if (edge_.type.empty()) edge_.type = edge_label_.empty() ? "RELATED" : edge_label_;
    assembler_.NewEdge() = std::move(edge_);
    in_edge_ = false;
  }

  void ApplyData(std::string_view text) {
    auto it = keys_.find(data_key_);
    if (it == keys_.end()) {
      throw XmlContentError{"<data> refers to undeclared key '" + data_key_ + "'",
                            "every key must be declared by a <key> element"};
    }
    const Key& key = it->second;
    const bool any = key.domain == Domain::kAll;
    if (in_edge_ && (any || key.domain == Domain::kEdge)) {
      ApplyEdgeData(key.name, text);
    } else if (in_node_ && (any || key.domain == Domain::kNode)) {
      ApplyNodeData(key.name, text);
    } else if (!in_node_ && !in_edge_ && (any || key.domain == Domain::kGraph)) {
      assembler_.metadata()[key.name] = std::string(text);
    }
  }

  void ApplyNodeData(const std::string& name, std::string_view text) {
    ActorNode& node = assembler_.node(node_);
    if (name == "label") {
      node.label = text;
    } else if (name == "name") {
      node_name_ = text;
    } else if (name == "type") {
      if (node.type.empty()) node.type = text;
    } else {
      for (const auto& column : NodeColumns()) {
        if (column.name == name) {
          if (!column.set(node, text)) BadValue(name, text);
          return;
        }
      }
    }
  }

  void ApplyEdgeData(const std::string& name, std::string_view text) {
    if (name == "type") {
      edge_.type = text;
    } else if (name == "label") {
      edge_label_ = text;
    } else if (name == "weight") {
      std::optional<double> weight = ParseDouble(text);
      if (!weight) BadValue(name, text);
      edge_.weight = std::llround(*weight);
    } else {
      for (const auto& column : EdgeColumns()) {
        if (column.name == name) {
          if (!column.set(edge_, text)) BadValue(name, text);
          return;
        }
      }
    }
  }

  [[noreturn]] static void BadValue(const std::string& name, std::string_view text) {
    throw XmlContentError{"malformed value for '" + name + "': '" + std::string(text) + "'", ""};
  }

  GraphAssembler assembler_;
  std::unordered_map<std::string, Key> keys_;
  bool seen_root_ = false;
  bool in_node_ = false;
  bool in_edge_ = false;
  NodeIndex node_ = 0;
  std::string node_name_;
  RelationEdge edge_;
  std::string edge_label_;
  std::string data_key_;
};

}  // namespace

ActorGraph ReadGraphMl(std::istream& in, const std::string& file) {
  GraphMlHandler handler;
  ParseXml(in, file, handler);
  return std::move(handler).Finish();
}

}  // namespace actorgraph
