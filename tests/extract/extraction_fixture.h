#pragma once
// Shared by the extractor tests: the default schema, compiled once, and a helper that
// extracts one Italian text and lists its relations as "source TYPE target" strings.

#include <set>
#include <string>

#include "extract/extractor.h"
#include "extract/schema.h"

namespace actorgraph::testing {

// The embedded default schema and an extractor over it, built on first use.
const Extractor& DefaultExtractor();

// Extracts `text` dated `date`; returns "source_id TYPE target_id" for each relation, with a
// trailing " (negated)" for negated ones and " [modality]" when it is not asserted.
std::set<std::string> Relations(const std::string& text, const std::string& date = "2022-01-10");

// The mentions' "id@resolution" (locations as "id@location").
std::set<std::string> Mentions(const std::string& text, const std::string& date = "2022-01-10");

}  // namespace actorgraph::testing
