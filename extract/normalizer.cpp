#include "extract/normalizer.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include <array>
#include <cassert>
#include <cstring>
#include <limits>
#include <numeric>

namespace actorgraph {
namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
constexpr char kReplacementUtf8[] = "\xEF\xBF\xBD";  // U+FFFD
// A run of characters that interact under NFC (a starter and its combining marks) longer
// than this is normalised in pieces; only adversarial text gets there, and it keeps the cost
// of ICU's canonical reordering bounded.
constexpr std::size_t kMaxSegmentBytes = 256;
// Code points below this have their normalisation, lower-case and fold properties in tables,
// so that Latin, Greek and Cyrillic text never calls ICU per character.
constexpr char32_t kTableLimit = 0x800;

struct Decoded {
  char32_t cp;
  std::size_t length;  // bytes consumed; for an invalid sequence, its maximal valid prefix
  bool valid;
};

// Decodes the UTF-8 sequence at s[i] (i < n) following Unicode's well-formed byte table.
// An ill-formed sequence consumes its longest valid prefix (at least one byte), which is how
// the Unicode standard and the WHATWG encoding spec count "one" replacement character.
Decoded DecodeUtf8(const unsigned char* s, std::size_t n, std::size_t i) {
  const unsigned b0 = s[i];
  if (b0 < 0x80) return {b0, 1, true};
  auto trail_ok = [&](std::size_t k, unsigned lo, unsigned hi) {
    return i + k < n && s[i + k] >= lo && s[i + k] <= hi;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (!trail_ok(1, 0x80, 0xBF)) return {0xFFFD, 1, false};
    return {((b0 & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu), 2, true};
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    const unsigned lo = b0 == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
    const unsigned hi = b0 == 0xED ? 0x9F : 0xBF;  // no surrogates
    if (!trail_ok(1, lo, hi)) return {0xFFFD, 1, false};
    if (!trail_ok(2, 0x80, 0xBF)) return {0xFFFD, 2, false};
    return {((b0 & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu), 3, true};
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    const unsigned lo = b0 == 0xF0 ? 0x90 : 0x80;  // no overlong forms
    const unsigned hi = b0 == 0xF4 ? 0x8F : 0xBF;  // nothing above U+10FFFF
    if (!trail_ok(1, lo, hi)) return {0xFFFD, 1, false};
    if (!trail_ok(2, 0x80, 0xBF)) return {0xFFFD, 2, false};
    if (!trail_ok(3, 0x80, 0xBF)) return {0xFFFD, 3, false};
    return {((b0 & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) |
                (s[i + 3] & 0x3Fu),
            4, true};
  }
  return {0xFFFD, 1, false};  // a stray trail byte, C0/C1, or F5..FF
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Index of the first byte >= 0x80 in s[i, n), or n. Eight bytes at a time.
std::size_t FindNonAscii(const unsigned char* s, std::size_t i, std::size_t n) {
  while (i + 8 <= n) {
    std::uint64_t word;
    std::memcpy(&word, s + i, 8);
    if (word & 0x8080808080808080ULL) break;
    i += 8;
  }
  while (i < n && s[i] < 0x80) ++i;
  return i;
}

void ReplaceBackticks(std::string& text, std::size_t from) {
  for (std::size_t p = text.find('`', from); p != std::string::npos; p = text.find('`', p + 1)) {
    text[p] = '\'';
  }
}

// The ASCII replacement of a typographic character, "" for characters that are dropped, or
// nullptr when the character is kept. Windows-1252 punctuation that reached us as C1
// controls (a common mis-decoding) is mapped like the character it was meant to be.
const char* TypographicReplacement(char32_t cp) {
  // clang-format off
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC: case 0x2032:
    case 0x00B4: case 0x0091: case 0x0092:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033: case 0x2039: case 0x203A: case 0x0093: case 0x0094:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0x0096: case 0x0097:
      return "-";
    case 0x00A0: case 0x1680: case 0x2000: case 0x2001: case 0x2002: case 0x2003:
    case 0x2004: case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009:
    case 0x200A: case 0x202F: case 0x205F: case 0x3000:
      return " ";
    case 0x2026:
      return "...";
    case 0x2028:
      return "\n";
    case 0x2029:
      return "\n\n";
    case 0x00AD: case 0x200B: case 0x2060: case 0xFEFF:  // soft hyphen, zero-width, BOM
      return "";
    default:
      return nullptr;
  }
  // clang-format on
}

struct FoldEntry {
  std::array<char, 7> bytes{};
  std::uint8_t length = 0;
};

// Properties of U+0000..U+07FF, computed once with ICU.
struct CharTables {
  // Bit 0: NFC boundary before the character; bit 1: NFC quick check says "yes". A character
  // with both bits is copied as is and starts a new normalisation segment.
  std::array<std::uint8_t, kTableLimit> nfc{};
  std::array<char32_t, kTableLimit> lower{};
  std::array<FoldEntry, kTableLimit> fold{};
};

constexpr std::uint8_t kBoundaryBefore = 1;
constexpr std::uint8_t kQuickCheckYes = 2;

const UNormalizer2* Nfc() {
  static const UNormalizer2* nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* n = unorm2_getNFCInstance(&status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return nfc;
}

const UNormalizer2* Nfd() {
  static const UNormalizer2* nfd = [] {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* n = unorm2_getNFDInstance(&status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return nfd;
}

bool IsCombiningMark(char32_t cp) {
  return (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;
}

// Letters that carry no canonical decomposition but that a reader of Italian news types
// without the diacritic when searching ("Lodz" for "Łódź", "Orsted" for "Ørsted").
const char* SpecialFold(char32_t lower) {
  switch (lower) {
    case 0x00DF:
      return "ss";  // ß
    case 0x00E6:
      return "ae";  // æ
    case 0x0153:
      return "oe";  // œ
    case 0x00F8:
      return "o";  // ø
    case 0x0111:
      return "d";  // đ
    case 0x00F0:
      return "d";  // ð
    case 0x0142:
      return "l";  // ł
    case 0x0140:
      return "l";  // ŀ
    case 0x0127:
      return "h";  // ħ
    case 0x0167:
      return "t";  // ŧ
    case 0x0131:
      return "i";  // ı
    case 0x00FE:
      return "th";  // þ
    case 0x0149:
      return "n";  // ŉ
    case 0x0138:
      return "k";  // ĸ
    case 0x017F:
      return "s";  // ſ
    case 0x0133:
      return "ij";  // ĳ
    default:
      return nullptr;
  }
}

// Lower-cases `cp`, decomposes it and drops the combining marks.
void AppendFoldSlow(std::string& out, char32_t cp) {
  const auto lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
  if (const char* special = SpecialFold(lower)) {
    out += special;
    return;
  }
  if (IsCombiningMark(lower)) return;
  UChar buffer[32];
  int32_t length = -1;
  if (const UNormalizer2* nfd = Nfd()) {
    UErrorCode status = U_ZERO_ERROR;
    length = unorm2_getDecomposition(nfd, static_cast<UChar32>(lower), buffer, 32, &status);
    if (U_FAILURE(status)) length = -1;
  }
  if (length < 0) {
    AppendUtf8(out, lower);
    return;
  }
  for (int32_t k = 0; k < length; ++k) {
    char32_t c = buffer[k];
    if (U16_IS_LEAD(buffer[k]) && k + 1 < length && U16_IS_TRAIL(buffer[k + 1])) {
      c = 0x10000 + ((c - 0xD800) << 10) + (buffer[k + 1] - 0xDC00u);
      ++k;
    }
    if (!IsCombiningMark(c)) AppendUtf8(out, c);
  }
}

CharTables BuildTables() {
  CharTables t;
  const UNormalizer2* nfc = Nfc();
  for (char32_t cp = 0; cp < kTableLimit; ++cp) {
    const auto c = static_cast<UChar32>(cp);
    std::uint8_t bits = kBoundaryBefore | kQuickCheckYes;
    if (nfc != nullptr && cp >= 0x80) {
      bits = 0;
      if (unorm2_hasBoundaryBefore(nfc, c)) bits |= kBoundaryBefore;
      if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES) bits |= kQuickCheckYes;
    }
    t.nfc[cp] = bits;
    t.lower[cp] = static_cast<char32_t>(u_tolower(c));
    std::string folded;
    AppendFoldSlow(folded, cp);
    FoldEntry& entry = t.fold[cp];
    if (folded.size() <= entry.bytes.size()) {
      std::memcpy(entry.bytes.data(), folded.data(), folded.size());
      entry.length = static_cast<std::uint8_t>(folded.size());
    }
  }
  return t;
}

const CharTables& Tables() {
  static const CharTables tables = BuildTables();
  return tables;
}

void AppendLower(std::string& out, char32_t cp, const CharTables& tables) {
  AppendUtf8(out, cp < kTableLimit ? tables.lower[cp]
                                   : static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
}

void AppendFold(std::string& out, char32_t cp, const CharTables& tables) {
  if (cp < kTableLimit) {
    const FoldEntry& entry = tables.fold[cp];
    out.append(entry.bytes.data(), entry.length);
  } else {
    AppendFoldSlow(out, cp);
  }
}

// Builds the normalised text and its offset map, one character or ASCII run at a time.
class NormalizerPass {
 public:
  NormalizerPass(std::string_view original, NormalizedText& result)
      : s_(reinterpret_cast<const unsigned char*>(original.data())),
        n_(original.size()),
        result_(result),
        out_(result.text),
        map_(result.to_original) {}

  void Run() {
    out_.reserve(n_ + n_ / 16 + 16);
    map_.reserve(out_.capacity() + 1);
    std::size_t i = 0;
    while (i < n_) {
      const std::size_t run_end = FindNonAscii(s_, i, n_);
      if (run_end > i) {
        FlushSegment();
        AppendAsciiRun(i, run_end);
        segment_start_ = out_.size() - 1;  // an ASCII letter can take combining marks
        i = run_end;
        if (i == n_) break;
      }
      const Decoded d = DecodeUtf8(s_, n_, i);
      if (!d.valid) {
        ++result_.invalid_sequences;
        AppendStarter(kReplacementUtf8, 3, i);
      } else if (const char* replacement = TypographicReplacement(d.cp)) {
        AppendStarter(replacement, std::strlen(replacement), i);
      } else {
        AppendCharacter(d.cp, i, d.length);
      }
      i += d.length;
    }
    FlushSegment();
    map_.push_back(static_cast<std::uint32_t>(n_));
  }

 private:
  void AppendAsciiRun(std::size_t from, std::size_t to) {
    const std::size_t out_from = out_.size();
    out_.append(reinterpret_cast<const char*>(s_ + from), to - from);
    if (std::memchr(s_ + from, '`', to - from) != nullptr) ReplaceBackticks(out_, out_from);
    const std::size_t map_from = map_.size();
    map_.resize(map_from + (to - from));
    std::iota(map_.begin() + static_cast<std::ptrdiff_t>(map_from), map_.end(),
              static_cast<std::uint32_t>(from));
  }

  void AppendMapped(const char* bytes, std::size_t length, std::size_t original_offset) {
    out_.append(bytes, length);
    map_.insert(map_.end(), length, static_cast<std::uint32_t>(original_offset));
  }

  // Appends text that never interacts with what precedes it under NFC.
  void AppendStarter(const char* bytes, std::size_t length, std::size_t original_offset) {
    FlushSegment();
    if (length > 0) segment_start_ = out_.size();
    AppendMapped(bytes, length, original_offset);
  }

  void AppendCharacter(char32_t cp, std::size_t original_offset, std::size_t length) {
    const char* bytes = reinterpret_cast<const char*>(s_ + original_offset);
    std::uint8_t bits;
    if (cp < kTableLimit) {
      bits = Tables().nfc[cp];
    } else if (const UNormalizer2* nfc = Nfc()) {
      const auto c = static_cast<UChar32>(cp);
      bits = (unorm2_hasBoundaryBefore(nfc, c) ? kBoundaryBefore : 0) |
             (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES ? kQuickCheckYes : 0);
    } else {
      bits = kBoundaryBefore | kQuickCheckYes;
    }
    if (bits == (kBoundaryBefore | kQuickCheckYes)) {  // the common case: à è é ì ò ù ...
      AppendStarter(bytes, length, original_offset);
      return;
    }
    if ((bits & kBoundaryBefore) != 0 || segment_start_ == kNone) {
      FlushSegment();
      segment_start_ = out_.size();
    }
    AppendMapped(bytes, length, original_offset);
    segment_dirty_ = true;
    if (out_.size() - segment_start_ > kMaxSegmentBytes) {
      FlushSegment();
      segment_start_ = kNone;
    }
  }

  // Replaces the dirty segment out_[segment_start_, end) by its NFC form. Every byte of the
  // result maps to the segment's first original byte: inside a composed character there is
  // no finer answer. On any ICU failure the segment stays as it was.
  void FlushSegment() {
    if (!segment_dirty_) return;
    segment_dirty_ = false;
    const UNormalizer2* nfc = Nfc();
    if (nfc == nullptr || segment_start_ == kNone) return;
    const std::size_t length = out_.size() - segment_start_;
    constexpr int32_t kCapacity = 4 * (kMaxSegmentBytes + 8);
    UChar source[kCapacity];
    UChar normalized[kCapacity];
    char utf8[3 * kCapacity];
    int32_t source_length = 0;
    int32_t normalized_length = 0;
    int32_t utf8_length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(source, kCapacity, &source_length, out_.data() + segment_start_,
                  static_cast<int32_t>(length), &status);
    normalized_length =
        unorm2_normalize(nfc, source, source_length, normalized, kCapacity, &status);
    u_strToUTF8(utf8, static_cast<int32_t>(sizeof utf8), &utf8_length, normalized,
                normalized_length, &status);
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING) return;
    const std::uint32_t original_offset = map_[segment_start_];
    out_.resize(segment_start_);
    map_.resize(segment_start_);
    out_.append(utf8, static_cast<std::size_t>(utf8_length));
    map_.resize(out_.size(), original_offset);
  }

  const unsigned char* s_;
  std::size_t n_;
  NormalizedText& result_;
  std::string& out_;
  std::vector<std::uint32_t>& map_;
  std::size_t segment_start_ = kNone;  // output offset of the current NFC segment's starter
  bool segment_dirty_ = false;         // the segment holds characters that may change
};

}  // namespace

NormalizedText Normalize(std::string_view original) {
  assert(original.size() < std::numeric_limits<std::uint32_t>::max());
  NormalizedText result;
  const auto* s = reinterpret_cast<const unsigned char*>(original.data());
  if (FindNonAscii(s, 0, original.size()) == original.size()) {
    result.text.assign(original);
    ReplaceBackticks(result.text, 0);
    result.to_original.resize(original.size() + 1);
    std::iota(result.to_original.begin(), result.to_original.end(), std::uint32_t{0});
    return result;
  }
  NormalizerPass(original, result).Run();
  return result;
}

namespace {

// Lower-cases the ASCII prefix in place, then appends the rest character by character with
// `append` (AppendLower or AppendFold).
template <typename AppendFn>
std::string MapCharacters(std::string_view text, AppendFn append) {
  std::string out(text);
  std::size_t i = 0;
  for (; i < out.size(); ++i) {
    char& c = out[i];
    if (static_cast<unsigned char>(c) >= 0x80) break;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  if (i == out.size()) return out;
  out.resize(i);
  const CharTables& tables = Tables();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  while (i < text.size()) {
    if (s[i] < 0x80) {
      const char c = text[i++];
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
      continue;
    }
    const Decoded d = DecodeUtf8(s, text.size(), i);
    append(out, d.cp, tables);
    i += d.length;
  }
  return out;
}

}  // namespace

std::string LowerCase(std::string_view text) { return MapCharacters(text, AppendLower); }

std::string FoldForMatching(std::string_view text) { return MapCharacters(text, AppendFold); }

}  // namespace actorgraph
