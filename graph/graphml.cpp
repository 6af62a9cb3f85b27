#include "graph/graphml.h"

#include <cassert>
#include <cctype>
#include <cmath>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>
#include <vector>

#include "graph/graph_assembler.h"
#include "graph/graph_columns.h"
#include "graph/graph_io.h"
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
  WriteGraphMl(graph, GraphDecoration{}, out);
}

void WriteGraphMl(const ActorGraph& graph, const GraphDecoration& decoration, std::ostream& out) {
  assert(decoration.node_colors.empty() || decoration.node_colors.size() == graph.nodes().size());
  assert(decoration.edge_colors.empty() || decoration.edge_colors.size() == graph.edges().size());
  std::string buffer;
  buffer +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  std::set<std::string> used;  // key ids, unique in the document
  auto key = [&](std::string_view id, std::string_view domain, std::string_view name,
                 std::string_view type) {
    used.emplace(id);
    AppendKey(buffer, id, domain, name, type);
  };
  for (const auto& [name, value] : graph.metadata()) {
    key(GraphKeyId(name), "graph", name, "string");
  }
  key("label", "node", "label", "string");
  for (const auto& column : NodeColumns()) {
    key(column.name, "node", column.name, GraphMlTypeName(column.type));
  }
  key("type", "edge", "type", "string");
  key("weight", "edge", "weight", "double");
  for (const auto& column : EdgeColumns()) {
    key(column.name, "edge", column.name, GraphMlTypeName(column.type));
  }
  key("color", "edge", "color", "string");
  for (std::string_view channel : {"r", "g", "b"}) key(channel, "edge", channel, "int");

  // The decoration's keys, after ours so that an undecorated file is unchanged.
  auto extra_keys = [&](const auto& attributes, std::string_view domain) {
    std::vector<std::string> ids;
    for (const auto& [name, values] : attributes) {
      assert(values.size() == (domain == "node" ? graph.nodes().size() : graph.edges().size()));
      ids.push_back(UniqueAttributeId(name, domain, used));
      AppendKey(buffer, ids.back(), domain, name, "string");
    }
    return ids;
  };
  const std::vector<std::string> node_ids = extra_keys(decoration.node_attributes, "node");
  std::vector<std::string> node_color_ids;  // color, r, g, b
  if (!decoration.node_colors.empty()) {
    for (std::string_view name : {"color", "r", "g", "b"}) {
      node_color_ids.push_back(UniqueAttributeId(name, "node", used));
      AppendKey(buffer, node_color_ids.back(), "node", name, name == "color" ? "string" : "int");
    }
  }
  const std::vector<std::string> edge_ids = extra_keys(decoration.edge_attributes, "edge");

  buffer += "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n";
  for (const auto& [name, value] : graph.metadata()) {
    AppendData(buffer, "    ", GraphKeyId(name), value);
  }

  auto extra_data = [&](const auto& attributes, const std::vector<std::string>& ids,
                        std::size_t i) {
    for (std::size_t k = 0; k < ids.size(); ++k) {
      const std::string& value = attributes[k].second[i];
      if (!value.empty()) AppendData(buffer, "      ", ids[k], value);
    }
  };
  auto color_data = [&](std::string_view ids_color, std::string_view ids_r, std::string_view ids_g,
                        std::string_view ids_b, std::string_view hex, Rgb rgb) {
    AppendData(buffer, "      ", ids_color, hex);
    AppendData(buffer, "      ", ids_r, std::to_string(rgb.r));
    AppendData(buffer, "      ", ids_g, std::to_string(rgb.g));
    AppendData(buffer, "      ", ids_b, std::to_string(rgb.b));
  };

  for (NodeIndex i = 0; i < graph.nodes().size(); ++i) {
    const ActorNode& node = graph.node(i);
    buffer += "    <node id=\"";
    AppendXmlEscaped(buffer, node.id);
    buffer += "\">\n";
    if (!node.label.empty()) AppendData(buffer, "      ", "label", node.label);
    for (const auto& column : NodeColumns()) {
      if (std::optional<std::string> value = column.get(node)) {
        AppendData(buffer, "      ", column.name, *value);
      }
    }
    extra_data(decoration.node_attributes, node_ids, i);
    if (!node_color_ids.empty()) {
      if (std::optional<Rgb> rgb = ParseHexColor(decoration.node_colors[i])) {
        color_data(node_color_ids[0], node_color_ids[1], node_color_ids[2], node_color_ids[3],
                   decoration.node_colors[i], *rgb);
      }
    }
    buffer += "    </node>\n";
    FlushIfLarge(buffer, out);
  }

  for (EdgeIndex i = 0; i < graph.edges().size(); ++i) {
    const RelationEdge& edge = graph.edge(i);
    buffer += "    <edge id=\"";
    AppendXmlEscaped(buffer, graph.edge_id(i).ToString());
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
    std::optional<Rgb> rgb;
    std::string_view hex;
    if (!decoration.edge_colors.empty()) {
      hex = decoration.edge_colors[i];
      rgb = ParseHexColor(hex);
    }
    if (!rgb) {
      hex = FamilyColorHex(family);
      rgb = FamilyColor(family);
    }
    color_data("color", "r", "g", "b", hex, *rgb);
    extra_data(decoration.edge_attributes, edge_ids, i);
    buffer += "    </edge>\n";
    FlushIfLarge(buffer, out);
  }
  buffer += "  </graph>\n</graphml>\n";
  out.write(buffer.data(), std::ssize(buffer));
}

namespace {

constexpr std::string_view kGraphMlNamespace = "http://graphml.graphdrawing.org/xmlns";

enum class Domain { kNode, kEdge, kGraph, kAll };

// What a key's data sets, resolved once at its declaration rather than at every <data>.
enum class Role { kOther, kLabel, kName, kType, kWeight, kColumn };

struct Key {
  Domain domain = Domain::kAll;
  std::string name;
  Role node_role = Role::kOther;  // for a node's data
  std::size_t node_column = 0;    // for Role::kColumn, into NodeColumns()
  Role edge_role = Role::kOther;
  std::size_t edge_column = 0;  // into EdgeColumns()
  std::size_t order = 0;        // position among the declarations
};

template <typename Element>
std::optional<std::size_t> ColumnIndex(std::span<const Column<Element>> columns,
                                       std::string_view name) {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].name == name) return i;
  }
  return std::nullopt;
}

class GraphMlHandler : public XmlHandler {
 public:
  void StartElement(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "data" && seen_root_) {  // the most frequent element by far
      std::optional<std::string_view> key = attributes.Get("key");
      if (!key) throw XmlContentError{"<data> without a key attribute", ""};
      data_ = FindKey(*key);
      if (data_ == nullptr) data_key_.assign(*key);
    } else if (name == "graphml" && !seen_root_) {
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

  void ReserveEdges(std::size_t count) { assembler_.ReserveEdges(count); }

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
    if (key.name == "label") {
      key.node_role = Role::kLabel;
      key.edge_role = Role::kName;  // an edge's label is its type when there is no "type"
    } else if (key.name == "name") {
      key.node_role = Role::kName;
    } else if (key.name == "type") {
      key.node_role = key.edge_role = Role::kType;
    } else if (key.name == "weight") {
      key.edge_role = Role::kWeight;
    }
    if (auto column = ColumnIndex(NodeColumns(), key.name); column && key.name != "label") {
      key.node_role = Role::kColumn;
      key.node_column = *column;
    }
    if (auto column = ColumnIndex(EdgeColumns(), key.name)) {
      key.edge_role = Role::kColumn;
      key.edge_column = *column;
    }
    Key& declared = keys_[std::string(id)];
    declared = std::move(key);
    declared.order = key_order_.size();
    key_order_.emplace_back(std::string(id), &declared);  // stable: the map is node-based
  }

  // The key with this id, or nullptr. Elements list their data in the same key order, so the
  // key after the last one found is tried before the hash table.
  const Key* FindKey(std::string_view id) {
    if (!key_order_.empty()) {
      const std::size_t next = (last_key_ + 1) % key_order_.size();
      if (key_order_[next].first == id) {
        last_key_ = next;
        return key_order_[next].second;
      }
    }
    auto it = keys_.find(std::string(id));
    if (it == keys_.end()) return nullptr;
    last_key_ = it->second.order;
    return &it->second;
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
    if (edge_.type.empty()) {
      edge_.type = assembler_.texts().Add(edge_label_.empty() ? "RELATED" : edge_label_);
    }
    assembler_.NewEdge() = std::move(edge_);
    in_edge_ = false;
  }

  void ApplyData(std::string_view text) {
    if (data_ == nullptr) {
      throw XmlContentError{"<data> refers to undeclared key '" + data_key_ + "'",
                            "every key must be declared by a <key> element"};
    }
    const Key& key = *data_;
    const bool any = key.domain == Domain::kAll;
    if (in_edge_ && (any || key.domain == Domain::kEdge)) {
      ApplyEdgeData(key, text);
    } else if (in_node_ && (any || key.domain == Domain::kNode)) {
      ApplyNodeData(key, text);
    } else if (!in_node_ && !in_edge_ && (any || key.domain == Domain::kGraph)) {
      assembler_.metadata()[key.name] = std::string(text);
    }
  }

  void ApplyNodeData(const Key& key, std::string_view text) {
    ActorNode& node = assembler_.node(node_);
    switch (key.node_role) {
      case Role::kLabel:
        node.label = text;
        break;
      case Role::kName:
        node_name_ = text;
        break;
      case Role::kType:
        if (node.type.empty()) node.type = text;
        break;
      case Role::kColumn:
        if (!NodeColumns()[key.node_column].set(node, text, assembler_.texts())) {
          BadValue(key.name, text);
        }
        break;
      case Role::kWeight:
      case Role::kOther:
        break;
    }
  }

  void ApplyEdgeData(const Key& key, std::string_view text) {
    switch (key.edge_role) {
      case Role::kType:
        edge_.type = assembler_.texts().Add(text);
        break;
      case Role::kName:
        edge_label_ = text;
        break;
      case Role::kWeight: {
        std::optional<double> weight = ParseDouble(text);
        if (!weight) BadValue(key.name, text);
        edge_.weight = std::llround(*weight);
        break;
      }
      case Role::kColumn:
        if (!EdgeColumns()[key.edge_column].set(edge_, text, assembler_.texts())) {
          BadValue(key.name, text);
        }
        break;
      case Role::kLabel:
      case Role::kOther:
        break;
    }
  }

  [[noreturn]] static void BadValue(const std::string& name, std::string_view text) {
    throw XmlContentError{"malformed value for '" + name + "': '" + std::string(text) + "'", ""};
  }

  GraphAssembler assembler_;
  std::unordered_map<std::string, Key> keys_;
  std::vector<std::pair<std::string, const Key*>> key_order_;  // as declared
  std::size_t last_key_ = 0;                                   // in key_order_
  bool seen_root_ = false;
  bool in_node_ = false;
  bool in_edge_ = false;
  NodeIndex node_ = 0;
  std::string node_name_;
  RelationEdge edge_;
  std::string edge_label_;
  std::string data_key_;
  const Key* data_ = nullptr;  // the key of the open <data>, or nullptr when undeclared
};

// The number of edges a GraphML stream of our writer can hold at most, from its size: every
// edge we write takes more than kMinEdgeBytes (its element and eleven <data>). 0 when the
// stream cannot tell its size. Reserving it costs address space, not memory, for the part
// that stays unused; a foreign file with smaller edges just grows the vector from there.
std::size_t EdgeCapacityHint(std::istream& in) {
  constexpr std::streamoff kMinEdgeBytes = 512;
  const std::istream::pos_type start = in.tellg();
  if (start == std::istream::pos_type(-1) || !in.seekg(0, std::ios::end)) {
    in.clear();
    return 0;
  }
  const std::streamoff size = in.tellg() - start;
  in.seekg(start);
  return size > 0 ? static_cast<std::size_t>(size / kMinEdgeBytes) : 0;
}

}  // namespace

ActorGraph ReadGraphMl(std::istream& in, const std::string& file) {
  const std::size_t edge_capacity = EdgeCapacityHint(in);
  std::optional<GraphMlHandler> handler(std::in_place);
  handler->ReserveEdges(edge_capacity);
  ParseXmlFast(in, file, *handler, [&]() -> XmlHandler& { return handler.emplace(); });
  return std::move(*handler).Finish();
}

}  // namespace actorgraph
