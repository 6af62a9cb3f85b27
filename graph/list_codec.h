#pragma once
// Lists inside one string attribute (GraphML and GEXF hold only scalars): the documents of an
// edge and its evidence, readable in Gephi's data table and read back exactly.
//
//   docs:      "ansa/0001.txt | ansa/0007.txt"
//   evidence:  "2022-01-06 ansa/0001.txt#3: Putin ha sentito Tokayev. | 2022-01 b.txt#0: ..."
//
// Items are separated by " | ". Inside an item a backslash escapes the next character: "\\"
// and "\|" always, plus "\ " in an evidence date and "\#" in an evidence document.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/actor_graph.h"

namespace actorgraph {

std::string JoinList(std::span<const PooledText> items);
// Inverse of JoinList, the items stored in `texts`; "" is the empty list. std::nullopt when
// `text` is malformed.
std::optional<std::vector<PooledText>> SplitList(std::string_view text, TextPool& texts);

std::string FormatEvidence(std::span<const Evidence> evidence);
// Inverse of FormatEvidence, the strings stored in `texts`; "" is the empty list.
// std::nullopt when `text` is malformed.
std::optional<std::vector<Evidence>> ParseEvidence(std::string_view text, TextPool& texts);

}  // namespace actorgraph
