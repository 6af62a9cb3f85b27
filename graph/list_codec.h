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
#include <string>
#include <string_view>
#include <vector>

#include "graph/actor_graph.h"

namespace actorgraph {

std::string JoinList(const std::vector<std::string>& items);
// Inverse of JoinList; "" is the empty list. std::nullopt when `text` is malformed.
std::optional<std::vector<std::string>> SplitList(std::string_view text);

std::string FormatEvidence(const std::vector<Evidence>& evidence);
// Inverse of FormatEvidence; "" is the empty list. std::nullopt when `text` is malformed.
std::optional<std::vector<Evidence>> ParseEvidence(std::string_view text);

}  // namespace actorgraph
