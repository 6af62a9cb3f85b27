#pragma once
// Article dates ("YYYY", "YYYY-MM", "YYYY-MM-DD") as the xsd:date bounds of a time interval,
// for formats that need full dates (GEXF spells).

#include <optional>
#include <string>
#include <string_view>

namespace actorgraph {

// The first day the date can mean: "2022-02" -> "2022-02-01", "2022" -> "2022-01-01",
// "2022-02-03" -> itself. std::nullopt when `date` is not one of the three forms.
std::optional<std::string> FirstDayOf(std::string_view date);
// The last day the date can mean: "2024-02" -> "2024-02-29", "2022" -> "2022-12-31".
std::optional<std::string> LastDayOf(std::string_view date);

}  // namespace actorgraph
