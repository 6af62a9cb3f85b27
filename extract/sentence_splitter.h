#pragma once
// Sentence splitting tuned for Italian news: abbreviations and initials (S. Pietroburgo, gen.,
// sig., on., dott., U.E.), numbers (2.000, 3,5, 10.30), quotes, bullets (•), headlines and
// paragraph breaks.

#include <cstddef>
#include <string_view>
#include <vector>

namespace actorgraph {

struct SentenceSpan {
  std::size_t start = 0;  // byte offsets in the normalised text, half-open, trimmed
  std::size_t end = 0;
  // A short line without final punctuation that is its own sentence: the first line of the
  // text, a one-line paragraph followed by more text, or a subheading inside a paragraph.
  bool is_heading = false;
};

// Splits normalised text (see Normalize) into sentences, in order, never empty. A bullet
// marker (• or "- " at the start of a line) is not part of its item's sentence.
std::vector<SentenceSpan> SplitSentences(std::string_view text);

}  // namespace actorgraph
