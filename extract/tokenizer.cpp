#include "extract/tokenizer.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <cstdint>
#include <cstring>

#include "extract/normalizer.h"

namespace actorgraph {
namespace {

enum class CharClass : std::uint8_t { kSpace, kLetter, kDigit, kApostrophe, kHyphen, kDot, kOther };

struct Char {
  char32_t cp;
  std::size_t length;
  CharClass cls;
};

constexpr std::array<CharClass, 128> BuildAsciiClasses() {
  std::array<CharClass, 128> classes{};
  for (int c = 0; c < 128; ++c) {
    CharClass cls = CharClass::kOther;
    if (c <= ' ' || c == 0x7F) cls = CharClass::kSpace;  // control characters are separators
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) cls = CharClass::kLetter;
    if (c >= '0' && c <= '9') cls = CharClass::kDigit;
    if (c == '\'') cls = CharClass::kApostrophe;
    if (c == '-') cls = CharClass::kHyphen;
    if (c == '.') cls = CharClass::kDot;
    classes[static_cast<std::size_t>(c)] = cls;
  }
  return classes;
}
constexpr std::array<CharClass, 128> kAsciiClasses = BuildAsciiClasses();

// Elided forms (lower-case, without the apostrophe) recognised even when a space follows the
// apostrophe ("dell' Onu", "l' 80%"); before a letter every word + apostrophe is split.
constexpr auto kElisions = std::to_array<std::string_view>(
    {"all",  "alcun", "altr", "anch",  "bell",  "buon",    "c",     "ch",     "ciascun",
     "coll", "com",   "cos",  "d",     "dall",  "degl",    "dell",  "dev",    "dov",
     "gl",   "grand", "l",    "m",     "mezz",  "n",       "nell",  "nessun", "nient",
     "null", "ov",    "pell", "quand", "quant", "qualcun", "quell", "quest",  "s",
     "sant", "senz",  "sull", "t",     "tant",  "tutt",    "un",    "v"});

// Apocopes written with an apostrophe that are whole words, not elisions: "un po'".
constexpr auto kApocopes =
    std::to_array<std::string_view>({"be", "ca", "fa", "mo", "po", "sta", "to", "va"});

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLetter(char c) { return IsAsciiUpper(c) || (c >= 'a' && c <= 'z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiVowel(char c) {
  switch (c | 0x20) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
      return true;
    default:
      return false;
  }
}

// Compares an ASCII word case-insensitively with the lower-case entries of `list`.
bool InList(const auto& list, std::string_view word) {
  if (word.size() > 8) return false;
  std::array<char, 8> buffer;
  for (std::size_t k = 0; k < word.size(); ++k) {
    buffer[k] = IsAsciiUpper(word[k]) ? static_cast<char>(word[k] + ('a' - 'A')) : word[k];
  }
  const std::string_view lower(buffer.data(), word.size());
  return std::find(list.begin(), list.end(), lower) != list.end();
}

CharClass ClassifyNonAscii(char32_t cp) {
  if (cp == 0xFFFD) return CharClass::kLetter;  // a replaced byte inside a word keeps the word
  const auto c = static_cast<UChar32>(cp);
  if (u_isUWhiteSpace(c)) return CharClass::kSpace;
  if ((U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK)) != 0) {
    return CharClass::kLetter;  // non-ASCII digits are word characters, not numbers
  }
  return CharClass::kOther;
}

bool IsUpper(char32_t cp) {
  if (cp < 0x80) return IsAsciiUpper(static_cast<char>(cp));
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool IsCasedLetter(char32_t cp) {
  if (cp < 0x80) return kAsciiClasses[cp] == CharClass::kLetter;
  return u_isalpha(static_cast<UChar32>(cp)) != 0;
}

class TokenizerPass {
 public:
  TokenizerPass(std::string_view text, std::size_t end) : text_(text), end_(end) {}

  // Decodes text_[i] (i < end_) as UTF-8; a bad byte decodes as U+FFFD of length 1.
  Char At(std::size_t i) const {
    const auto b0 = static_cast<unsigned char>(text_[i]);
    if (b0 < 0x80) return {b0, 1, kAsciiClasses[b0]};
    std::size_t length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
    if (length == 0 || b0 > 0xF4 || i + length > end_) return {0xFFFD, 1, CharClass::kLetter};
    char32_t cp = b0 & (0x7Fu >> length);
    for (std::size_t k = 1; k < length; ++k) {
      const auto b = static_cast<unsigned char>(text_[i + k]);
      if ((b & 0xC0) != 0x80) return {0xFFFD, 1, CharClass::kLetter};
      cp = (cp << 6) | (b & 0x3Fu);
    }
    return {cp, length, ClassifyNonAscii(cp)};
  }

  bool IsWordCharAt(std::size_t i) const {
    if (i >= end_) return false;
    const CharClass cls = At(i).cls;
    return cls == CharClass::kLetter || cls == CharClass::kDigit;
  }
  bool IsLetterAt(std::size_t i) const { return i < end_ && At(i).cls == CharClass::kLetter; }

  // Tokenizes [begin, end_) into the front of `tokens`, overwriting the tokens there; returns
  // how many. The tokens after them are left as they were.
  std::size_t Run(std::size_t begin, std::vector<Token>& tokens) {
    tokens_ = &tokens;
    used_ = 0;
    for (std::size_t i = begin; i < end_;) {
      const Char c = At(i);
      switch (c.cls) {
        case CharClass::kSpace:
          i += c.length;
          break;
        case CharClass::kLetter:
          i = ScanWord(i);
          break;
        case CharClass::kDigit:
          i = ScanNumber(i);
          break;
        case CharClass::kDot: {
          std::size_t j = i;
          while (j < end_ && text_[j] == '.') ++j;  // "..." is one token
          Emit(i, j, TokenKind::kPunct);
          i = j;
          break;
        }
        case CharClass::kApostrophe: {
          // A quote mark: opening before a letter when it does not follow a word.
          const bool after_word = i > 0 && IsWordCharAt(i - 1);
          single_quote_open_ = !after_word && IsLetterAt(i + 1);
          Emit(i, i + 1, TokenKind::kPunct);
          ++i;
          break;
        }
        default:
          Emit(i, i + c.length, TokenKind::kPunct);
          i += c.length;
          break;
      }
    }
    return used_;
  }

  Token MakeToken(std::size_t start, std::size_t end, TokenKind kind) const {
    Token token;
    Fill(token, start, end, kind);
    return token;
  }

 private:
  // Consumes letters, digits and combining marks from i. ASCII runs (most of a word) are
  // taken eight bytes at a time; a non-ASCII byte is decoded.
  std::size_t ScanWordChars(std::size_t i) const {
    while (i < end_) {
      if (i + 8 <= end_) {
        const std::size_t run = AsciiWordPrefix(i);
        i += run;
        if (run == 8) continue;
      }
      const auto b = static_cast<unsigned char>(text_[i]);
      if (b < 0x80) {
        const CharClass cls = kAsciiClasses[b];
        if (cls != CharClass::kLetter && cls != CharClass::kDigit) break;
        ++i;
        continue;
      }
      const Char c = At(i);
      if (c.cls != CharClass::kLetter && c.cls != CharClass::kDigit) break;
      i += c.length;
    }
    return i;
  }

  // How many of the eight bytes at text_[i] (i + 8 <= end_), from the first, are ASCII letters
  // or digits.
  std::size_t AsciiWordPrefix(std::size_t i) const {
    if constexpr (std::endian::native != std::endian::little) return 0;  // bytes in other order
    std::uint64_t x;
    std::memcpy(&x, text_.data() + i, sizeof x);
    const std::uint64_t ascii = x & ~kHighBits;  // bytes >= 0x80 are no ASCII word byte
    const std::uint64_t word_bits = (BytesInRange(ascii, 'a', 'z') | BytesInRange(ascii, 'A', 'Z') |
                                     BytesInRange(ascii, '0', '9')) &
                                    ~x;
    const std::uint64_t other_bits = ~word_bits & kHighBits;
    return static_cast<std::size_t>(std::countr_zero(other_bits)) / 8;  // 64 / 8 when none
  }

  // Word characters joined by inner hyphens: "Nur-Sultan", "Covid-19", "video-riunione".
  std::size_t ScanHyphenated(std::size_t i, bool& hyphenated) const {
    std::size_t j = ScanWordChars(i);
    while (j + 1 < end_ && text_[j] == '-' && IsWordCharAt(j + 1)) {
      hyphenated = true;
      j = ScanWordChars(j + 1);
    }
    return j;
  }

  // "U.E.", "U.S.A.", "S.p.A.", "p.es.": two or more groups of 1-3 ASCII letters, each
  // followed by a period, not followed by another word character. Returns the end or 0.
  std::size_t DottedAbbreviationEnd(std::size_t i) const {
    std::size_t j = i;
    std::size_t last_end = 0;
    int groups = 0;
    while (true) {
      const std::size_t group_start = j;
      while (j < end_ && j - group_start < 4 && IsAsciiLetter(text_[j])) ++j;
      const std::size_t length = j - group_start;
      if (length == 0 || length > 3 || j >= end_ || text_[j] != '.') break;
      last_end = ++j;
      ++groups;
    }
    if (groups < 2 || IsWordCharAt(last_end)) return 0;
    return last_end;
  }

  std::size_t ScanWord(std::size_t i) {
    bool hyphenated = false;
    const std::size_t j = ScanHyphenated(i, hyphenated);
    // Only a word of at most three letters before a period can open a dotted abbreviation.
    if (j - i <= 3 && j < end_ && text_[j] == '.') {
      if (const std::size_t dotted = DottedAbbreviationEnd(i)) {
        Emit(i, dotted, TokenKind::kWord);
        return dotted;
      }
    }
    if (j >= end_ || text_[j] != '\'') {
      Emit(i, j, TokenKind::kWord, false, hyphenated);
      return j;
    }
    const std::string_view word = text_.substr(i, j - i);
    const std::size_t after = j + 1;
    if (IsLetterAt(after)) {
      // "Moody's", "McDonald's": an English possessive stays in the name.
      if ((text_[after] == 's' || text_[after] == 'S') && !IsWordCharAt(after + 1) &&
          word.size() >= 2 && !InList(kElisions, word)) {
        Emit(i, after + 1, TokenKind::kWord, false, hyphenated);
        return after + 1;
      }
      // Elision: "l'OTSC" -> "l'" "OTSC", "dell'Ue", "D'Alema" -> "D'" "Alema".
      Emit(i, after, TokenKind::kWord, !InList(kApocopes, word), hyphenated);
      return after;
    }
    if (single_quote_open_) {  // 'la guerra' : the apostrophe closes a quote
      single_quote_open_ = false;
      Emit(i, j, TokenKind::kWord, false, hyphenated);
      Emit(j, after, TokenKind::kPunct);
      return after;
    }
    if (InList(kApocopes, word)) {  // "un po'"
      Emit(i, after, TokenKind::kWord, false, hyphenated);
      return after;
    }
    if (InList(kElisions, word)) {
      Emit(i, after, TokenKind::kWord, true, hyphenated);  // "dell' Onu", "nell'80%"
      return after;
    }
    if (!hyphenated && IsAsciiVowel(word.back())) {
      EmitAccentSubstitute(i, after);  // "perche'", "citta'", "E'"
      return after;
    }
    Emit(i, j, TokenKind::kWord, false, hyphenated);  // "Putin' ": a stray closing quote
    Emit(j, after, TokenKind::kPunct);
    return after;
  }

  // "2.000", "3,5", "10.30", "1.700.000", "3,5%"; a number glued to letters is a word ("5G").
  std::size_t ScanNumber(std::size_t i) {
    std::size_t j = i;
    while (j < end_ && IsAsciiDigit(text_[j])) ++j;
    while (j + 1 < end_ && (text_[j] == '.' || text_[j] == ',') && IsAsciiDigit(text_[j + 1])) {
      ++j;
      while (j < end_ && IsAsciiDigit(text_[j])) ++j;
    }
    if (j < end_ && text_[j] == '%') {
      Emit(i, j + 1, TokenKind::kNumber);
      return j + 1;
    }
    if (IsLetterAt(j)) {
      bool hyphenated = false;
      j = ScanHyphenated(j, hyphenated);
      Emit(i, j, TokenKind::kWord, false, hyphenated);
      return j;
    }
    Emit(i, j, TokenKind::kNumber);
    return j;
  }

  // Overwrites the next token left in the vector by the previous sentence, if any: its
  // strings keep their storage and no Token is destroyed and built again. Every field is
  // set here or in Fill (which leaves the flags alone for a word without letters).
  void Emit(std::size_t start, std::size_t end, TokenKind kind, bool elided = false,
            bool hyphenated = false) {
    Token& token = used_ < tokens_->size() ? (*tokens_)[used_] : tokens_->emplace_back();
    ++used_;
    token.capitalized = false;
    token.all_caps = false;
    Fill(token, start, end, kind);
    token.elided = elided;
    token.hyphenated = hyphenated;
  }

  // The apostrophe stands for the accent of the final vowel (keyboards without à è é ì ò ù):
  // one token whose `lower` is spelled with the accent and whose `fold` has none, so that
  // "perche'" matches "perché" and "E'" matches "è".
  void EmitAccentSubstitute(std::size_t start, std::size_t end) {
    Emit(start, end, TokenKind::kWord);
    Token& token = (*tokens_)[used_ - 1];
    const std::string_view word = text_.substr(start, end - 1 - start);
    token.fold = FoldForMatching(word);
    token.lower = LowerCase(word.substr(0, word.size() - 1));
    const std::string_view lower_word = token.fold;
    const char vowel = static_cast<char>(word.back() | 0x20);
    const bool acute =
        lower_word == "ne" || lower_word == "se" ||
        (lower_word.size() > 3 && (lower_word.ends_with("che") || lower_word.ends_with("tre")));
    switch (vowel) {
      case 'a':
        token.lower += "\xC3\xA0";
        break;  // à
      case 'e':
        token.lower += acute ? "\xC3\xA9" : "\xC3\xA8";
        break;  // é, è
      case 'i':
        token.lower += "\xC3\xAC";
        break;  // ì
      case 'o':
        token.lower += "\xC3\xB2";
        break;  // ò
      default:
        token.lower += "\xC3\xB9";
        break;  // ù
    }
  }

  void Fill(Token& token, std::size_t start, std::size_t end, TokenKind kind) const {
    token.start = start;
    token.end = end;
    token.kind = kind;
    const std::string_view surface = text_.substr(start, end - start);
    // Short ASCII words (most of Italian text) are lower-cased eight bytes at a time on the
    // stack, then copied into each string (the fold is the same bytes).
    char buffer[kMaxShortWord + 8];
    static_assert(kMaxShortWord <= TokenText::kInlineCapacity &&
                  TokenText::kInlineCapacity <= sizeof buffer);
    if (kind != TokenKind::kPunct && surface.size() <= kMaxShortWord &&
        LowerShortAsciiWord(start, surface.size(), buffer, token.capitalized, token.all_caps)) {
      token.lower.AssignShort(buffer, surface.size());
      token.fold.AssignShort(buffer, surface.size());
      return;
    }
    FillOther(token, surface, kind);
  }

  // Fill for punctuation and for words that are long or not ASCII: lower-cased in place after
  // one copy, the counts kept in locals (stores through the char pointer would otherwise
  // reload them); the fold is the same bytes. A word with a non-ASCII byte goes to
  // FillNonAscii. Apart from Fill's short path, so that the short path is small.
  void FillOther(Token& token, std::string_view surface, TokenKind kind) const {
    TokenText& lower = token.lower;
    lower.assign(surface.data(), surface.size());
    char* out = lower.data();
    std::size_t letters = 0;
    std::size_t upper = 0;
    bool capitalized = false;
    for (std::size_t k = 0; k < surface.size(); ++k) {
      const char c = surface[k];
      if (static_cast<unsigned char>(c) >= 0x80 && kind != TokenKind::kPunct) {
        FillNonAscii(token, surface);
        return;
      }
      const bool is_upper = IsAsciiUpper(c);
      if (is_upper || (c >= 'a' && c <= 'z')) {
        if (letters++ == 0) capitalized = is_upper;
        if (is_upper) {
          ++upper;
          out[k] = static_cast<char>(c + ('a' - 'A'));
        }
      }
    }
    token.fold.assign(lower.data(), lower.size());
    if (kind == TokenKind::kPunct) {
      token.capitalized = false;
      return;
    }
    token.capitalized = capitalized;
    token.all_caps = letters >= 2 && upper == letters;
  }

  // Fill's result for an ASCII word of at most kMaxShortWord bytes, eight bytes at a time:
  // writes the lower-cased word to `lower` and sets the flags; false when the word has a
  // non-ASCII byte (`capitalized` may be set then: FillNonAscii sets it the same way).
  bool LowerShortAsciiWord(std::size_t start, std::size_t size, char* lower, bool& capitalized,
                           bool& all_caps) const {
    if constexpr (std::endian::native != std::endian::little) return false;
    std::uint64_t any_upper = 0;
    std::uint64_t any_lower = 0;
    bool first_letter_seen = false;
    for (std::size_t k = 0; k < size; k += 8) {
      std::uint64_t x = Load8(start + k, std::min<std::size_t>(8, size - k));
      if ((x & kHighBits) != 0) return false;
      // ASCII letters are the bytes that fall in 'a'..'z' with bit 0x20 set; the upper-case
      // ones had it clear (x << 2 moves each byte's bit 0x20 to its high bit).
      const std::uint64_t letter_bits = BytesInRange(x | (kEachByte * 0x20), 'a', 'z');
      const std::uint64_t upper_bits = letter_bits & ~(x << 2);
      const std::uint64_t lower_bits = letter_bits & ~upper_bits;
      if (!first_letter_seen && letter_bits != 0) {
        first_letter_seen = true;  // the lowest byte is the first: little-endian
        capitalized = (upper_bits & (letter_bits & (~letter_bits + 1))) != 0;
      }
      any_upper |= upper_bits;
      any_lower |= lower_bits;
      x |= upper_bits >> 2;  // 0x80 >> 2 == 'a' - 'A'
      std::memcpy(lower + k, &x, sizeof x);
    }
    // All caps: no lower-case letter and at least two upper-case ones. Two at different
    // positions of the words show in the union; else they are counted (rare: most words
    // have a lower-case letter).
    all_caps = any_lower == 0 && any_upper != 0 &&
               ((any_upper & (any_upper - 1)) != 0 || HasTwoUpper(start, size));
    return true;
  }

  // Whether the ASCII word text_[start, + size) (at most kMaxShortWord bytes) has at least
  // two upper-case letters.
  bool HasTwoUpper(std::size_t start, std::size_t size) const {
    std::size_t upper = 0;
    for (std::size_t k = 0; k < size; k += 8) {
      upper += CountHighBits(
          BytesInRange(Load8(start + k, std::min<std::size_t>(8, size - k)), 'A', 'Z'));
    }
    return upper >= 2;
  }

  // The `size` (1..8) bytes at text_[pos] in the low bytes of a word, the others zero.
  std::uint64_t Load8(std::size_t pos, std::size_t size) const {
    std::uint64_t x = 0;
    if (pos + 8 <= text_.size()) {
      std::memcpy(&x, text_.data() + pos, 8);
      if (size < 8) x &= (std::uint64_t{1} << (8 * size)) - 1;
    } else {
      std::memcpy(&x, text_.data() + pos, size);
    }
    return x;
  }

  // The high bit of each byte of `x` (all below 0x80) that lies in [low, high]: for such bytes
  // the sums carry into no other byte, and a byte's high bit tells whether it is at least
  // `low` (resp. above `high`).
  static std::uint64_t BytesInRange(std::uint64_t x, char low, char high) {
    return (x + kEachByte * static_cast<std::uint64_t>(0x80 - low)) &
           ~(x + kEachByte * static_cast<std::uint64_t>(0x7F - high)) & kHighBits;
  }

  // How many bytes of `bits` (only their high bits set) have it set.
  static std::size_t CountHighBits(std::uint64_t bits) {
    return static_cast<std::size_t>(((bits >> 7) * kEachByte) >> 56);
  }

  static constexpr std::uint64_t kEachByte = 0x0101010101010101u;
  static constexpr std::uint64_t kHighBits = 0x8080808080808080u;
  static constexpr std::size_t kMaxShortWord = 32;

  void FillNonAscii(Token& token, std::string_view surface) const {
    bool first_letter_seen = false;
    std::size_t letters = 0;
    std::size_t upper = 0;
    for (std::size_t i = token.start; i < token.end;) {
      const Char c = At(i);
      i += c.length;
      if (!IsCasedLetter(c.cp)) continue;
      const bool is_upper = IsUpper(c.cp);
      if (!first_letter_seen) token.capitalized = is_upper;
      first_letter_seen = true;
      ++letters;
      upper += is_upper ? 1 : 0;
    }
    token.all_caps = letters >= 2 && upper == letters;
    token.lower = LowerCase(surface);
    token.fold = FoldForMatching(surface);
  }

  std::string_view text_;
  std::size_t end_;
  std::vector<Token>* tokens_ = nullptr;
  std::size_t used_ = 0;            // tokens of *tokens_ emitted so far
  bool single_quote_open_ = false;  // an opening ' was seen and not yet closed
};

}  // namespace

std::vector<Token> Tokenize(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Token> tokens;
  Tokenize(text, begin, end, tokens);
  return tokens;
}

void Tokenize(std::string_view text, std::size_t begin, std::size_t end,
              std::vector<Token>& tokens) {
  const std::size_t n = TokenizeReusing(text, begin, end, tokens);
  tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(n), tokens.end());
}

std::size_t TokenizeReusing(std::string_view text, std::size_t begin, std::size_t end,
                            std::vector<Token>& storage) {
  assert(begin <= end && end <= text.size());
  storage.reserve((end - begin) / 4 + 4);  // Italian news: about 5.5 bytes per token
  return TokenizerPass(text, end).Run(begin, storage);
}

std::vector<Token> SplitAtHyphens(const Token& token, std::string_view text) {
  if (!token.hyphenated) return {token};
  std::vector<Token> parts;
  const TokenizerPass pass(text, token.end);
  std::size_t part_start = token.start;
  for (std::size_t i = token.start; i <= token.end; ++i) {
    if (i < token.end && text[i] != '-') continue;
    if (i > part_start) {
      const std::string_view part = text.substr(part_start, i - part_start);
      const bool number = std::all_of(part.begin(), part.end(), IsAsciiDigit);
      parts.push_back(
          pass.MakeToken(part_start, i, number ? TokenKind::kNumber : TokenKind::kWord));
    }
    part_start = i + 1;
  }
  return parts;
}

}  // namespace actorgraph
