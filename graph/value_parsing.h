#pragma once
// Parsing the scalar attribute values of graph files, strictly (the whole text must match).

#include <cstdint>
#include <optional>
#include <string_view>

namespace actorgraph {

// "42" -> 42; std::nullopt for anything else (including "42.0" and " 42").
std::optional<std::int64_t> ParseInteger(std::string_view text);
// A decimal or scientific number ("1", "2.5", "1e3"); std::nullopt otherwise.
std::optional<double> ParseDouble(std::string_view text);
// "true"/"false" (any case) and "1"/"0"; std::nullopt otherwise.
std::optional<bool> ParseBoolean(std::string_view text);

}  // namespace actorgraph
