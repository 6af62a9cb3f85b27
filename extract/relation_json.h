#pragma once
// JSON Lines form of relations and mentions (the CLI contract of `actorgraph extract`).

#include <string>
#include <string_view>

#include "extract/relation.h"

namespace actorgraph {

// One line of JSON, without the newline. Keys come in a fixed order so output is reproducible.
std::string RelationToJson(const Relation& relation);
std::string MentionToJson(const Mention& mention);

// The same line appended to `out` (no newline), so that a caller writing many records can reuse
// one buffer.
void AppendRelationJson(const Relation& relation, std::string& out);
void AppendMentionJson(const Mention& mention, std::string& out);

// Parses one line written by RelationToJson (or by a compatible producer: unknown keys are
// ignored, missing optional keys take their defaults). Throws InputError naming `where`.
Relation RelationFromJson(std::string_view line, const std::string& where);

}  // namespace actorgraph
