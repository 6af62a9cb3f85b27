#include "graph/json_graph.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <type_traits>
#include <utility>
#include <vector>

#include "extract/error.h"
#include "graph/graph_assembler.h"
#include "graph/graph_io.h"
#include "graph/output_buffer.h"
#include "graph/palette.h"

namespace actorgraph {
namespace {

using Json = nlohmann::ordered_json;

std::string Dump(const Json& j) {
  // Invalid UTF-8 becomes U+FFFD rather than an exception: output never fails on odd input.
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json NodeToJson(const ActorNode& n) {
  return {{"id", n.id},
          {"label", n.label},
          {"type", n.type},
          {"country", n.country},
          {"sector", n.sector},
          {"wikidata", n.wikidata},
          {"mentions", n.mentions},
          {"first_seen", n.first_date},
          {"last_seen", n.last_date}};
}

Json EdgeToJson(const ActorGraph& graph, EdgeIndex i) {
  const RelationEdge& e = graph.edge(i);
  const std::string_view family = RelationFamily(e.type);
  Json evidence = Json::array();
  for (const Evidence& ev : e.evidence) {
    evidence.push_back(
        {{"doc", ev.doc}, {"sentence", ev.sentence}, {"date", ev.date}, {"text", ev.text}});
  }
  return {{"id", graph.edge_id(i).ToString()},
          {"source", graph.node(e.source).id},
          {"target", graph.node(e.target).id},
          {"key", e.type},
          {"type", e.type},
          {"family", family},
          {"color", FamilyColorHex(family)},
          {"weight", e.weight},
          {"first_date", e.first_date},
          {"last_date", e.last_date},
          {"docs", e.docs},
          {"docs_total", e.docs_total},
          {"evidence", std::move(evidence)},
          {"evidence_total", e.evidence_total},
          {"negated", e.negated}};
}

// Adds a decoration's non-empty values of element `i`; its colour replaces "color".
void Decorate(Json& j, const std::vector<std::pair<std::string, std::vector<std::string>>>& extra,
              const std::vector<std::string>& colors, std::size_t i) {
  for (const auto& [name, values] : extra) {
    if (!values[i].empty()) j[name] = values[i];
  }
  if (!colors.empty() && !colors[i].empty()) j["color"] = colors[i];
}

template <typename T>
T Get(const nlohmann::json& j, const char* key, T fallback) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return fallback;
  if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
    // nlohmann converts a float with a plain cast: out of range, that is undefined behaviour.
    if (it->is_number_float()) {
      const double value = it->get<double>();
      constexpr double kMax = std::min(static_cast<double>(std::numeric_limits<T>::max()),
                                       9007199254740992.0);  // 2^53: exact in a double
      if (!(value >= static_cast<double>(std::numeric_limits<T>::min()) && value <= kMax)) {
        throw std::invalid_argument("\"" + std::string(key) + "\": " + it->dump() +
                                    " is not an integer in range");
      }
    }
  }
  return it->get<T>();
}

// A node id as NetworkX may write it: a string, or a number.
std::string IdText(const nlohmann::json& j) {
  return j.is_string() ? j.get<std::string>() : j.dump();
}

void AddNode(GraphAssembler& assembler, const nlohmann::json& j) {
  ActorNode& n = assembler.node(assembler.Node(IdText(j.at("id"))));
  n.label = Get<std::string>(j, "label", Get<std::string>(j, "name", ""));
  n.type = Get<std::string>(j, "type", "");
  n.country = Get<std::string>(j, "country", "");
  n.sector = Get<std::string>(j, "sector", "");
  n.wikidata = Get<std::string>(j, "wikidata", "");
  n.mentions = Get<std::int64_t>(j, "mentions", 0);
  n.first_date = Get<std::string>(j, "first_seen", "");
  n.last_date = Get<std::string>(j, "last_seen", "");
}

// Fills everything but the endpoints, the strings stored in `texts`.
void FillEdge(RelationEdge& e, const nlohmann::json& j, TextPool& texts) {
  e.type = texts.Add(Get<std::string>(j, "type", Get<std::string>(j, "label", "RELATED")));
  e.weight = std::llround(Get<double>(j, "weight", 1.0));
  e.first_date = texts.Add(Get<std::string>(j, "first_date", ""));
  e.last_date = texts.Add(Get<std::string>(j, "last_date", ""));
  for (const std::string& doc : Get<std::vector<std::string>>(j, "docs", {})) {
    e.docs.push_back(texts.Add(doc));
  }
  e.docs_total = Get<std::int64_t>(j, "docs_total", 0);
  for (const nlohmann::json& ev : j.value("evidence", nlohmann::json::array())) {
    e.evidence.push_back(
        {texts.Add(Get<std::string>(ev, "doc", "")), Get<std::size_t>(ev, "sentence", 0),
         texts.Add(Get<std::string>(ev, "date", "")), texts.Add(Get<std::string>(ev, "text", ""))});
  }
  e.evidence_total = Get<std::int64_t>(j, "evidence_total", 0);
  e.negated = Get<bool>(j, "negated", false);
}

// Reads the document with nlohmann's SAX interface: the top level streams, and only one node,
// link or the "graph" object at a time is held as a small nlohmann::json (so the per-item rules
// above stay those of a DOM reader). Memory is the graph's, not the document's.
class NodeLinkSax {
 public:
  using Json = nlohmann::json;

  explicit NodeLinkSax(GraphAssembler& assembler) : assembler_(assembler) {}

  bool null() { return Value(Json()); }
  bool boolean(bool value) { return Value(Json(value)); }
  bool number_integer(Json::number_integer_t value) { return Value(Json(value)); }
  bool number_unsigned(Json::number_unsigned_t value) { return Value(Json(value)); }
  bool number_float(Json::number_float_t value, const Json::string_t&) {
    return Value(Json(value));
  }
  bool string(Json::string_t& value) { return Value(Json(std::move(value))); }
  bool binary(Json::binary_t& value) { return Value(Json(Json::binary_t(std::move(value)))); }

  bool start_object(std::size_t) { return Open(Json::object()); }
  bool start_array(std::size_t) { return Open(Json::array()); }
  bool end_object() { return Close(); }
  bool end_array() { return Close(); }

  bool key(Json::string_t& name) {
    if (depth_ == 1) {
      section_ = name == "nodes"   ? Section::kNodes
                 : name == "links" ? Section::kLinks
                 : name == "edges" ? Section::kEdges
                 : name == "graph" ? Section::kGraph
                                   : Section::kOther;
      if (section_ == Section::kNodes) seen_nodes_ = true;
      if (section_ == Section::kLinks) seen_links_ = true;
    } else if (!stack_.empty()) {
      key_ = std::move(name);
    }
    return true;
  }

  bool parse_error(std::size_t byte, const std::string&, const nlohmann::detail::exception& e) {
    error_byte_ = byte;
    error_ = e.what();
    return false;
  }

  // After a successful parse: the links, unless the file had "links" (which win, as in
  // NetworkX), the "edges".
  void Finish() {
    if (!root_is_object_ || !seen_nodes_) {
      throw std::invalid_argument("not a node-link graph: no \"nodes\" array");
    }
    if (!seen_links_) {
      for (PendingEdge& pending : edges_) {
        RelationEdge& e = assembler_.NewEdge();
        e = std::move(pending.edge);
        e.source = assembler_.Node(pending.source);
        e.target = assembler_.Node(pending.target);
      }
    }
  }

  std::size_t error_byte() const { return error_byte_; }
  const std::string& error() const { return error_; }

 private:
  enum class Section { kOther, kNodes, kLinks, kEdges, kGraph };
  struct PendingEdge {
    RelationEdge edge;
    std::string source;
    std::string target;
  };

  // Depth 0 is outside the root, 1 inside the root object, 2 inside a section's value; items
  // of the node and link arrays are captured from depth 2 on, the "graph" object from 1.
  bool Capturing() const {
    return !stack_.empty() || (depth_ == 2 && IsList()) ||
           (depth_ == 1 && section_ == Section::kGraph);
  }
  bool IsList() const {
    return section_ == Section::kNodes || section_ == Section::kLinks ||
           section_ == Section::kEdges;
  }

  bool Open(Json container) {
    if (depth_ == 0) {
      root_is_object_ = container.is_object();
    } else if (depth_ == 1 && IsList() && !container.is_array()) {
      throw std::invalid_argument("\"" + SectionName() + "\" is not an array");
    } else if (Capturing()) {
      if (stack_.empty()) {
        item_ = std::move(container);
        stack_.push_back(&item_);
      } else {
        stack_.push_back(Insert(std::move(container)));
      }
    }
    ++depth_;
    return true;
  }

  bool Close() {
    --depth_;
    if (!stack_.empty()) {
      stack_.pop_back();
      if (stack_.empty()) Deliver();
    }
    return true;
  }

  bool Value(Json value) {
    if (depth_ == 0) return true;  // a scalar document: not an object
    if (depth_ == 1 && IsList()) {
      throw std::invalid_argument("\"" + SectionName() + "\" is not an array");
    }
    if (!stack_.empty()) {
      Insert(std::move(value));
    } else if (Capturing()) {
      item_ = std::move(value);
      Deliver();
    }
    return true;
  }

  Json* Insert(Json value) {
    Json& parent = *stack_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    Json& slot = parent[key_];
    slot = std::move(value);
    return &slot;
  }

  void Deliver() {
    switch (section_) {
      case Section::kNodes:
        AddNode(assembler_, item_);
        break;
      case Section::kLinks: {
        RelationEdge e;
        e.source = assembler_.Node(IdText(item_.at("source")));
        e.target = assembler_.Node(IdText(item_.at("target")));
        FillEdge(e, item_, assembler_.texts());
        assembler_.NewEdge() = std::move(e);
        break;
      }
      case Section::kEdges: {
        PendingEdge pending{RelationEdge(), IdText(item_.at("source")), IdText(item_.at("target"))};
        FillEdge(pending.edge, item_, assembler_.texts());
        edges_.push_back(std::move(pending));
        break;
      }
      case Section::kGraph:
        if (item_.is_object()) {
          for (const auto& [key, value] : item_.items()) {
            assembler_.metadata()[key] =
                value.is_string() ? value.get<std::string>() : value.dump();
          }
        }
        break;
      case Section::kOther:
        break;
    }
    item_ = Json();
  }

  std::string SectionName() const {
    switch (section_) {
      case Section::kNodes:
        return "nodes";
      case Section::kLinks:
        return "links";
      case Section::kEdges:
        return "edges";
      case Section::kGraph:
      case Section::kOther:
        break;
    }
    return "graph";
  }

  GraphAssembler& assembler_;
  int depth_ = 0;
  Section section_ = Section::kOther;
  bool root_is_object_ = false;
  bool seen_nodes_ = false;
  bool seen_links_ = false;
  Json item_;
  std::vector<Json*> stack_;  // the open containers of item_
  std::string key_;
  std::vector<PendingEdge> edges_;  // "edges" items, used unless the file has "links"
  std::size_t error_byte_ = 0;
  std::string error_;
};

// nlohmann's parse errors give a byte offset; the user wants line and column.
SourcePosition PositionOf(std::istream& in, const std::string& file, std::size_t byte) {
  in.clear();
  in.seekg(0);
  SourcePosition where{file, 1, 1};
  char c;
  for (std::size_t i = 1; i < byte && in.get(c); ++i) {
    if (c == '\n') {
      ++where.line;
      where.column = 1;
    } else {
      ++where.column;
    }
  }
  return where;
}

}  // namespace

void WriteJsonGraph(const ActorGraph& graph, std::ostream& out) {
  WriteJsonGraph(graph, GraphDecoration{}, out);
}

void WriteJsonGraph(const ActorGraph& graph, const GraphDecoration& decoration, std::ostream& out) {
  Json metadata = Json::object();
  for (const auto& [key, value] : graph.metadata()) metadata[key] = value;
  std::string buffer =
      "{\"actorgraph\": \"" + std::string(kJsonGraphMarker) +
      "\", \"directed\": true, \"multigraph\": true,\n \"graph\": " + Dump(metadata) +
      ",\n \"nodes\": [";
  const char* separator = "\n  ";
  for (NodeIndex i = 0; i < graph.nodes().size(); ++i) {
    Json node = NodeToJson(graph.node(i));
    Decorate(node, decoration.node_attributes, decoration.node_colors, i);
    buffer += separator + Dump(node);
    separator = ",\n  ";
    FlushIfLarge(buffer, out);
  }
  buffer += "],\n \"links\": [";
  separator = "\n  ";
  for (EdgeIndex i = 0; i < graph.edges().size(); ++i) {
    Json edge = EdgeToJson(graph, i);
    Decorate(edge, decoration.edge_attributes, decoration.edge_colors, i);
    buffer += separator + Dump(edge);
    separator = ",\n  ";
    FlushIfLarge(buffer, out);
  }
  buffer += "]}\n";
  out.write(buffer.data(), std::ssize(buffer));
}

ActorGraph ReadJsonGraph(std::istream& in, const std::string& file) {
  GraphAssembler assembler;
  NodeLinkSax sax(assembler);
  bool parsed = false;
  try {
    parsed = nlohmann::json::sax_parse(in, &sax);
    if (parsed) sax.Finish();
  } catch (const nlohmann::json::exception& e) {
    throw InputError("malformed node-link graph: " + std::string(e.what()), {file});
  } catch (const std::invalid_argument& e) {
    const std::string_view what = e.what();
    throw InputError(what.starts_with("not a") ? std::string(what)
                                               : "malformed node-link graph: " + std::string(what),
                     {file});
  }
  if (!parsed) {
    throw InputError("malformed JSON: " + sax.error(), PositionOf(in, file, sax.error_byte()));
  }
  return std::move(assembler).Finish();
}

}  // namespace actorgraph
