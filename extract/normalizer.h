#pragma once
// Text normalisation: UTF-8 decoding with replacement, NFC, and typographic punctuation mapped
// to ASCII, keeping a map from every normalised byte back to the original document's bytes so
// that every span we report points into the original file.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

struct NormalizedText {
  // NFC text in which ’ ‘ ʼ ` map to ', “ ” « » „ map to ", – — ‒ − map to -, • stays,
  // non-breaking and other Unicode spaces map to ' ', invalid UTF-8 becomes U+FFFD.
  // Also: ´ ‚ ‛ ′ -> ', ‟ ″ ‹ › -> ", ‐ ‑ ― -> -, … -> "...", U+2028 -> "\n",
  // U+2029 -> "\n\n"; soft hyphen, zero-width space and BOM are dropped; the C1 controls
  // U+0091-94, U+0096-97 (mis-decoded Windows-1252) map like the quotes and dashes they were.
  // Line ends (\r\n) are kept as they are.
  std::string text;
  // to_original[i] is the original byte offset of normalised byte i; one extra entry at the
  // end maps text.size() to the original size. Non-decreasing; all bytes produced from one
  // original character (or from a base letter and its combining marks) map to its first
  // byte, so [OriginalOffset(start), OriginalOffset(end)) is the original span of a token.
  std::vector<std::uint32_t> to_original;
  std::size_t invalid_sequences = 0;  // how many invalid UTF-8 sequences were replaced

  // Original byte offset of a normalised offset (0 <= offset <= text.size()).
  std::size_t OriginalOffset(std::size_t offset) const { return to_original[offset]; }
};

// Normalises a document. Never throws on bad input. Pure ASCII input takes a fast path.
// Precondition: original.size() < 4 GiB (offsets are 32-bit).
NormalizedText Normalize(std::string_view original);

// Lower-cases and strips accents (è -> e, Ç -> c, Š -> s) from UTF-8 text; used as the
// matching key for names. ASCII-only input is handled without ICU.
std::string FoldForMatching(std::string_view text);

// Lower-cases UTF-8 text, keeping accents ("È" -> "è").
std::string LowerCase(std::string_view text);

}  // namespace actorgraph
