#pragma once
// Text as every graph format can carry it: valid UTF-8 without the characters XML 1.0 forbids.

#include <string>
#include <string_view>

namespace actorgraph {

// Returns `text` with invalid UTF-8 sequences replaced by U+FFFD and the characters XML 1.0
// cannot hold removed (C0 controls other than tab, newline and carriage return; U+FFFE and
// U+FFFF). Text that is already clean comes back unchanged.
std::string CleanText(std::string_view text);

}  // namespace actorgraph
