#pragma once
// The node and edge attributes that GraphML and GEXF both carry as typed columns, with their
// text form, so the two writers and readers agree on names, types and round trips.
// Each format adds its own built-ins: GraphML writes label / type / weight / color as data
// too, GEXF puts them in the label, kind and weight attributes and viz:color.

#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>

#include "graph/actor_graph.h"
#include "graph/palette.h"

namespace actorgraph {

enum class ColumnType { kString, kInt, kDouble, kBoolean };

template <typename Element>
struct Column {
  std::string_view name;  // attribute name and key id: a valid NMTOKEN
  ColumnType type;
  // The value as text, or std::nullopt to leave it out (an empty string column).
  std::optional<std::string> (*get)(const Element&);
  // Sets the value from text, an edge's strings stored in the pool; false when the text is
  // malformed for the type.
  bool (*set)(Element&, std::string_view, TextPool&);
};

// actor_type, country, sector, wikidata, mentions, first_seen, last_seen.
std::span<const Column<ActorNode>> NodeColumns();
// first_date, last_date, docs, docs_total, evidence, evidence_total, negated, family (derived from the
// type: its setter accepts and ignores any value).
std::span<const Column<RelationEdge>> EdgeColumns();

// The type name in GraphML ("string", "int", "double", "boolean").
std::string_view GraphMlTypeName(ColumnType type);
// The type name in GEXF ("string", "long", "double", "boolean").
std::string_view GexfTypeName(ColumnType type);

// For the extra columns of a GraphDecoration (graph/graph_io.h):
// "#rrggbb" (either case) -> colour, or std::nullopt when malformed.
std::optional<Rgb> ParseHexColor(std::string_view hex);
// An attribute id for `name` that is not in `used`, and adds it there: `name` made an NMTOKEN
// (other characters become '_'), else prefixed "<domain>_", else numbered.
std::string UniqueAttributeId(std::string_view name, std::string_view domain,
                              std::set<std::string>& used);

}  // namespace actorgraph
