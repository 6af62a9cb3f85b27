#include "graph/gexf.h"

#include <cassert>
#include <cmath>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/date_range.h"
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

void AppendAttribute(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  AppendXmlEscaped(out, value);
  out += '"';
}

// A decoration's extra columns of one class: (id, title) and the values per element.
struct ExtraColumns {
  std::vector<std::string> ids;
  std::vector<const std::pair<std::string, std::vector<std::string>>*> attributes;
};

template <typename Element>
void AppendDeclarations(std::string& out, std::string_view element_class,
                        std::span<const Column<Element>> columns, const ExtraColumns& extra) {
  out += "    <attributes class=\"";
  out += element_class;
  out += "\" mode=\"static\">\n";
  auto declare = [&](std::string_view id, std::string_view title, std::string_view type) {
    out += "      <attribute";
    AppendAttribute(out, "id", id);
    AppendAttribute(out, "title", title);
    AppendAttribute(out, "type", type);
    out += "/>\n";
  };
  for (const auto& column : columns) declare(column.name, column.name, GexfTypeName(column.type));
  for (std::size_t k = 0; k < extra.ids.size(); ++k) {
    declare(extra.ids[k], extra.attributes[k]->first, "string");
  }
  out += "    </attributes>\n";
}

template <typename Element>
void AppendValues(std::string& out, const Element& element,
                  std::span<const Column<Element>> columns, const ExtraColumns& extra,
                  std::size_t index) {
  std::string values;
  auto value_of = [&](std::string_view id, std::string_view value) {
    values += "          <attvalue";
    AppendAttribute(values, "for", id);
    AppendAttribute(values, "value", value);
    values += "/>\n";
  };
  for (const auto& column : columns) {
    if (std::optional<std::string> value = column.get(element)) value_of(column.name, *value);
  }
  for (std::size_t k = 0; k < extra.ids.size(); ++k) {
    const std::string& value = extra.attributes[k]->second[index];
    if (!value.empty()) value_of(extra.ids[k], value);
  }
  if (values.empty()) return;
  out += "        <attvalues>\n";
  out += values;
  out += "        </attvalues>\n";
}

void AppendSpell(std::string& out, std::string_view first, std::string_view last) {
  std::optional<std::string> start = FirstDayOf(first);
  std::optional<std::string> end = LastDayOf(last);
  if (!start && !end) return;
  out += "        <spells><spell";
  if (start) AppendAttribute(out, "start", *start);
  if (end) AppendAttribute(out, "end", *end);
  out += "/></spells>\n";
}

}  // namespace

void WriteGexf(const ActorGraph& graph, std::ostream& out) {
  WriteGexf(graph, GraphDecoration{}, out);
}

void WriteGexf(const ActorGraph& graph, const GraphDecoration& decoration, std::ostream& out) {
  assert(decoration.node_colors.empty() || decoration.node_colors.size() == graph.nodes().size());
  assert(decoration.edge_colors.empty() || decoration.edge_colors.size() == graph.edges().size());
  std::set<std::string> used;  // attribute ids, unique in the document
  for (const auto& column : NodeColumns()) used.emplace(column.name);
  for (const auto& column : EdgeColumns()) used.emplace(column.name);
  auto extra = [&](const auto& attributes, std::string_view domain) {
    ExtraColumns columns;
    for (const auto& attribute : attributes) {
      columns.ids.push_back(UniqueAttributeId(attribute.first, domain, used));
      columns.attributes.push_back(&attribute);
    }
    return columns;
  };
  const ExtraColumns node_extra = extra(decoration.node_attributes, "node");
  const ExtraColumns edge_extra = extra(decoration.edge_attributes, "edge");
  auto append_color = [](std::string& buffer, const Rgb& rgb) {
    buffer += "        <viz:color r=\"" + std::to_string(rgb.r) + "\" g=\"" +
              std::to_string(rgb.g) + "\" b=\"" + std::to_string(rgb.b) + "\"/>\n";
  };

  std::string buffer =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
      "version=\"1.3\">\n"
      "  <meta>\n    <creator>actorgraph</creator>\n  </meta>\n"
      "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n";
  AppendDeclarations(buffer, "node", NodeColumns(), node_extra);
  AppendDeclarations(buffer, "edge", EdgeColumns(), edge_extra);

  buffer += "    <nodes count=\"" + std::to_string(graph.nodes().size()) + "\">\n";
  for (NodeIndex i = 0; i < graph.nodes().size(); ++i) {
    const ActorNode& node = graph.node(i);
    buffer += "      <node";
    AppendAttribute(buffer, "id", node.id);
    if (!node.label.empty()) AppendAttribute(buffer, "label", node.label);
    buffer += ">\n";
    AppendValues(buffer, node, NodeColumns(), node_extra, i);
    AppendSpell(buffer, node.first_date, node.last_date);
    if (!decoration.node_colors.empty()) {
      if (std::optional<Rgb> rgb = ParseHexColor(decoration.node_colors[i])) {
        append_color(buffer, *rgb);
      }
    }
    buffer += "      </node>\n";
    FlushIfLarge(buffer, out);
  }
  buffer += "    </nodes>\n";

  buffer += "    <edges count=\"" + std::to_string(graph.edges().size()) + "\">\n";
  for (EdgeIndex i = 0; i < graph.edges().size(); ++i) {
    const RelationEdge& edge = graph.edge(i);
    buffer += "      <edge";
    AppendAttribute(buffer, "id", graph.edge_id(i).ToString());
    AppendAttribute(buffer, "source", graph.node(edge.source).id);
    AppendAttribute(buffer, "target", graph.node(edge.target).id);
    AppendAttribute(buffer, "kind", edge.type);
    AppendAttribute(buffer, "label", edge.type);
    AppendAttribute(buffer, "weight", std::to_string(edge.weight) + ".0");
    buffer += ">\n";
    AppendValues(buffer, edge, EdgeColumns(), edge_extra, i);
    AppendSpell(buffer, edge.first_date, edge.last_date);
    std::optional<Rgb> rgb;
    if (!decoration.edge_colors.empty()) rgb = ParseHexColor(decoration.edge_colors[i]);
    append_color(buffer, rgb.value_or(FamilyColor(RelationFamily(edge.type))));
    buffer += "      </edge>\n";
    FlushIfLarge(buffer, out);
  }
  buffer += "    </edges>\n  </graph>\n</gexf>\n";
  out.write(buffer.data(), std::ssize(buffer));
}

namespace {

class GexfHandler : public XmlHandler {
 public:
  void StartElement(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "gexf" && !seen_root_) {
      // Every GEXF version's namespace is under gexf.net (1.1draft, 1.2draft, 1.3); a file
      // without one is accepted.
      const std::string_view ns = attributes.Get("xmlns").value_or("http://gexf.net/");
      if (ns.find("://gexf.net/") == std::string_view::npos &&
          ns.find("://www.gexf.net/") == std::string_view::npos) {
        throw XmlContentError{"<gexf> in namespace '" + std::string(ns) +
                                  "', not a GEXF namespace (http://gexf.net/1.3)",
                              "not a GEXF file"};
      }
      seen_root_ = true;
    } else if (!seen_root_) {
      throw XmlContentError{"the root element is <" + std::string(name) + ">, not <gexf>",
                            "not a GEXF file"};
    } else if (name == "attributes") {
      edge_class_ = attributes.Get("class").value_or("node") == "edge";
    } else if (name == "attribute") {
      auto& titles = edge_class_ ? edge_titles_ : node_titles_;
      const std::string id(Required(attributes, "id", "attribute"));
      titles[id] = std::string(attributes.Get("title").value_or(id));
    } else if (name == "node" && !in_node_) {
      node_ = assembler_.Node(Required(attributes, "id", "node"));
      in_node_ = true;
      if (std::optional<std::string_view> label = attributes.Get("label")) {
        assembler_.node(node_).label = *label;
      }
    } else if (name == "edge") {
      StartEdge(attributes);
    } else if (name == "attvalue") {
      ApplyValue(attributes);
    }
  }

  void EndElement(std::string_view name, std::string_view) override {
    if (name == "node") {
      in_node_ = false;
    } else if (name == "edge") {
      assembler_.NewEdge() = std::move(edge_);
      in_edge_ = false;
    }
  }

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

  void StartEdge(const XmlAttributes& attributes) {
    edge_ = RelationEdge();
    edge_.source = assembler_.Node(Required(attributes, "source", "edge"));
    edge_.target = assembler_.Node(Required(attributes, "target", "edge"));
    edge_.type = assembler_.texts().Add(
        attributes.Get("kind").value_or(attributes.Get("label").value_or("RELATED")));
    edge_.weight = 1;
    if (std::optional<std::string_view> weight = attributes.Get("weight")) {
      std::optional<double> value = ParseDouble(*weight);
      if (!value) BadValue("weight", *weight);
      edge_.weight = std::llround(*value);
    }
    in_edge_ = true;
  }

  void ApplyValue(const XmlAttributes& attributes) {
    const std::string id(Required(attributes, "for", "attvalue"));
    const std::string_view value = Required(attributes, "value", "attvalue");
    if (in_edge_) {
      Apply(EdgeColumns(), edge_titles_, id, value, edge_, assembler_.texts());
    } else if (in_node_) {
      Apply(NodeColumns(), node_titles_, id, value, assembler_.node(node_), assembler_.texts());
    }
  }

  template <typename Element>
  static void Apply(std::span<const Column<Element>> columns,
                    const std::unordered_map<std::string, std::string>& titles,
                    const std::string& id, std::string_view value, Element& element,
                    TextPool& texts) {
    auto title = titles.find(id);
    if (title == titles.end()) {
      throw XmlContentError{"<attvalue> refers to undeclared attribute '" + id + "'", ""};
    }
    for (const auto& column : columns) {
      if (column.name == title->second) {
        if (!column.set(element, value, texts)) BadValue(title->second, value);
        return;
      }
    }
  }

  [[noreturn]] static void BadValue(const std::string& name, std::string_view text) {
    throw XmlContentError{"malformed value for '" + name + "': '" + std::string(text) + "'", ""};
  }

  GraphAssembler assembler_;
  std::unordered_map<std::string, std::string> node_titles_;  // attribute id -> title
  std::unordered_map<std::string, std::string> edge_titles_;
  bool seen_root_ = false;
  bool edge_class_ = false;
  bool in_node_ = false;
  bool in_edge_ = false;
  NodeIndex node_ = 0;
  RelationEdge edge_;
};

}  // namespace

ActorGraph ReadGexf(std::istream& in, const std::string& file) {
  std::optional<GexfHandler> handler(std::in_place);
  ParseXmlFast(in, file, *handler, [&]() -> XmlHandler& { return handler.emplace(); });
  return std::move(*handler).Finish();
}

}  // namespace actorgraph
