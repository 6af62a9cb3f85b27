#include "graph/graph_columns.h"

#include <cctype>
#include <charconv>

#include "graph/list_codec.h"
#include "graph/value_parsing.h"

namespace actorgraph {
namespace {

std::optional<std::string> Text(std::string value) {
  if (value.empty()) return std::nullopt;
  return value;
}
std::optional<std::string> Text(std::string_view value) { return Text(std::string(value)); }

bool SetText(std::string& field, std::string_view text) {
  field = text;
  return true;
}

bool SetPooled(PooledText& field, std::string_view text, TextPool& texts) {
  field = texts.Add(text);
  return true;
}

bool SetInteger(std::int64_t& field, std::string_view text) {
  std::optional<std::int64_t> value = ParseInteger(text);
  if (value) field = *value;
  return value.has_value();
}

// Columns are plain function pointers: captureless lambdas, one per attribute.
const Column<ActorNode> kNodeColumns[] = {
    {"actor_type", ColumnType::kString, [](const ActorNode& n) { return Text(n.type); },
     [](ActorNode& n, std::string_view t, TextPool&) { return SetText(n.type, t); }},
    {"country", ColumnType::kString, [](const ActorNode& n) { return Text(n.country); },
     [](ActorNode& n, std::string_view t, TextPool&) { return SetText(n.country, t); }},
    {"sector", ColumnType::kString, [](const ActorNode& n) { return Text(n.sector); },
     [](ActorNode& n, std::string_view t, TextPool&) { return SetText(n.sector, t); }},
    {"wikidata", ColumnType::kString, [](const ActorNode& n) { return Text(n.wikidata); },
     [](ActorNode& n, std::string_view t, TextPool&) { return SetText(n.wikidata, t); }},
    {"mentions", ColumnType::kInt,
     [](const ActorNode& n) { return std::optional<std::string>(std::to_string(n.mentions)); },
     [](ActorNode& n, std::string_view t, TextPool&) { return SetInteger(n.mentions, t); }},
    {"first_seen", ColumnType::kString, [](const ActorNode& n) { return Text(n.first_date); },
     [](ActorNode& n, std::string_view t, TextPool&) { return SetText(n.first_date, t); }},
    {"last_seen", ColumnType::kString, [](const ActorNode& n) { return Text(n.last_date); },
     [](ActorNode& n, std::string_view t, TextPool&) { return SetText(n.last_date, t); }},
};

const Column<RelationEdge> kEdgeColumns[] = {
    {"first_date", ColumnType::kString, [](const RelationEdge& e) { return Text(e.first_date); },
     [](RelationEdge& e, std::string_view t, TextPool& texts) {
       return SetPooled(e.first_date, t, texts);
     }},
    {"last_date", ColumnType::kString, [](const RelationEdge& e) { return Text(e.last_date); },
     [](RelationEdge& e, std::string_view t, TextPool& texts) {
       return SetPooled(e.last_date, t, texts);
     }},
    {"docs", ColumnType::kString, [](const RelationEdge& e) { return Text(JoinList(e.docs)); },
     [](RelationEdge& e, std::string_view t, TextPool& texts) {
       std::optional<std::vector<PooledText>> docs = SplitList(t, texts);
       if (docs) e.docs = std::move(*docs);
       return docs.has_value();
     }},
    {"docs_total", ColumnType::kInt,
     [](const RelationEdge& e) { return std::optional<std::string>(std::to_string(e.docs_total)); },
     [](RelationEdge& e, std::string_view t, TextPool&) { return SetInteger(e.docs_total, t); }},
    {"evidence", ColumnType::kString,
     [](const RelationEdge& e) { return Text(FormatEvidence(e.evidence)); },
     [](RelationEdge& e, std::string_view t, TextPool& texts) {
       std::optional<std::vector<Evidence>> evidence = ParseEvidence(t, texts);
       if (evidence) e.evidence = std::move(*evidence);
       return evidence.has_value();
     }},
    {"evidence_total", ColumnType::kInt,
     [](const RelationEdge& e) {
       return std::optional<std::string>(std::to_string(e.evidence_total));
     },
     [](RelationEdge& e, std::string_view t, TextPool&) {
       return SetInteger(e.evidence_total, t);
     }},
    {"negated", ColumnType::kBoolean,
     [](const RelationEdge& e) { return std::optional<std::string>(e.negated ? "true" : "false"); },
     [](RelationEdge& e, std::string_view t, TextPool&) {
       std::optional<bool> value = ParseBoolean(t);
       if (value) e.negated = *value;
       return value.has_value();
     }},
    {"family", ColumnType::kString,
     [](const RelationEdge& e) {
       return std::optional<std::string>(std::string(RelationFamily(e.type)));
     },
     [](RelationEdge&, std::string_view, TextPool&) { return true; }},
};

}  // namespace

std::span<const Column<ActorNode>> NodeColumns() { return kNodeColumns; }
std::span<const Column<RelationEdge>> EdgeColumns() { return kEdgeColumns; }

std::string_view GraphMlTypeName(ColumnType type) {
  switch (type) {
    case ColumnType::kInt:
      return "int";
    case ColumnType::kDouble:
      return "double";
    case ColumnType::kBoolean:
      return "boolean";
    case ColumnType::kString:
      break;
  }
  return "string";
}

std::string_view GexfTypeName(ColumnType type) {
  switch (type) {
    case ColumnType::kInt:
      return "long";
    case ColumnType::kDouble:
      return "double";
    case ColumnType::kBoolean:
      return "boolean";
    case ColumnType::kString:
      break;
  }
  return "string";
}

std::optional<Rgb> ParseHexColor(std::string_view hex) {
  if (hex.size() != 7 || hex[0] != '#') return std::nullopt;
  for (char c : hex.substr(1)) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
  }
  int channels[3];
  for (int i = 0; i < 3; ++i) {
    const char* begin = hex.data() + 1 + 2 * i;
    auto [end, error] = std::from_chars(begin, begin + 2, channels[i], 16);
    if (error != std::errc() || end != begin + 2) return std::nullopt;
  }
  return Rgb{channels[0], channels[1], channels[2]};
}

std::string UniqueAttributeId(std::string_view name, std::string_view domain,
                              std::set<std::string>& used) {
  std::string id;
  for (char c : name) {
    const bool ok = std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' ||
                    c == '.' || static_cast<unsigned char>(c) >= 0x80;
    id += ok ? c : '_';
  }
  if (id.empty()) id.push_back('_');  // not `id = "_"`: GCC 12 -O3 warns (false -Wrestrict)
  std::string candidate = id;
  if (used.contains(candidate)) candidate = std::string(domain) + "_" + id;
  for (int n = 2; used.contains(candidate); ++n) {
    candidate = std::string(domain) + "_" + id + "_" + std::to_string(n);
  }
  used.insert(candidate);
  return candidate;
}

}  // namespace actorgraph
