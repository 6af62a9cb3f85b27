#include "extract/sentence_splitter.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string_view>

#include "extract/word_set.h"

namespace actorgraph {
namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
// A line longer than this is body text, whatever its punctuation.
constexpr std::size_t kMaxHeadingBytes = 200;
// Inside a paragraph a heading must be shorter still: wrapped body lines are what we risk.
constexpr std::size_t kMaxInnerHeadingBytes = 100;
// How far we look back for the word before a period and ahead for the next word.
constexpr std::size_t kMaxAbbreviationBytes = 24;
constexpr std::size_t kMaxLookahead = 64;
// A quote longer than this (or not closed on its line) may be split into sentences.
constexpr std::size_t kMaxQuoteBytes = 400;

// Words that take a period without ending the sentence, lower-case, without the period.
// Months are here for datelines ("Milano, 9 nov. (askanews)").
constexpr auto kAbbreviations = std::to_array<std::string_view>(
    {"ad",   "ag",  "ago",  "amb",  "amm",  "apr", "arch", "art",  "artt",  "avv",  "ca",   "cap",
     "card", "cfr", "cit",  "cm",   "co",   "cod", "col",  "cons", "corp",  "dep",  "dic",  "dott",
     "dr",   "ecc", "ed",   "es",   "etc",  "feb", "fig",  "fr",   "gen",   "geom", "giu",  "gr",
     "ill",  "inc", "ing",  "jr",   "kg",   "km",  "lett", "ltd",  "lug",   "mag",  "magg", "mar",
     "min",  "mld", "mln",  "mons", "mr",   "mrs", "ms",   "n",    "nn",    "nov",  "num",  "on",
     "op",   "ott", "p",    "pag",  "pagg", "pp",  "pres", "prof", "proff", "prot", "rag",  "reg",
     "rev",  "sec", "segr", "sen",  "set",  "sez", "sg",   "sig",  "sigg",  "sr",   "ss",   "st",
     "tab",  "tel", "ten",  "vol",  "vs"});

// Abbreviations after which a period followed by a capitalised word does end the sentence.
constexpr auto kSentenceFinalAbbreviations = std::to_array<std::string_view>({"ecc", "etc"});

// Words that do not end a heading: a line ending in one of them is a wrapped body line.
constexpr auto kFunctionWords = std::to_array<std::string_view>({"a",     "ad",
                                                                 "agli",  "ai",
                                                                 "al",    "alla",
                                                                 "alle",  "che",
                                                                 "col",   "come",
                                                                 "con",   "cui",
                                                                 "da",    "dagli",
                                                                 "dai",   "dal",
                                                                 "dalla", "dalle",
                                                                 "de",    "degli",
                                                                 "dei",   "del",
                                                                 "della", "delle",
                                                                 "di",    "dove",
                                                                 "e",     "ed",
                                                                 "fra",   "gli",
                                                                 "ha",    "hanno",
                                                                 "i",     "il",
                                                                 "in",    "la",
                                                                 "le",    "lo",
                                                                 "ma",    "negli",
                                                                 "nei",   "nel",
                                                                 "nella", "nelle",
                                                                 "non",   "o",
                                                                 "per",   "quando",
                                                                 "se",    "sia",
                                                                 "sono",  "su",
                                                                 "sugli", "sui",
                                                                 "sul",   "sulla",
                                                                 "sulle", "tra",
                                                                 "un",    "una",
                                                                 "uno",   "\xC3\xA8" /* è */,
                                                                 "od",    "the"});

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool IsSpaceOrNewline(char c) { return IsBlank(c) || c == '\n'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return IsAsciiLower(c) || IsAsciiUpper(c); }
bool IsTerminator(char c) { return c == '.' || c == '!' || c == '?'; }

// Bytes the scan stops at: terminators, quote marks and the lead byte of "•".
constexpr std::array<bool, 256> kCandidate = [] {
  std::array<bool, 256> table{};
  table['.'] = table['!'] = table['?'] = table['"'] = table[0xE2] = true;
  return table;
}();
bool IsClosing(char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }
bool IsOpening(char c) { return c == '"' || c == '\'' || c == '(' || c == '[' || c == '-'; }

bool InList(const auto& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Lower-cases an ASCII word into `buffer`; returns "" when it does not fit or is not ASCII.
std::string_view AsciiLower(std::string_view word, std::array<char, kMaxAbbreviationBytes>& buf) {
  if (word.size() > buf.size()) return {};
  for (std::size_t k = 0; k < word.size(); ++k) {
    const char c = word[k];
    if (static_cast<unsigned char>(c) >= 0x80) return {};
    buf[k] = IsAsciiUpper(c) ? static_cast<char>(c + ('a' - 'A')) : c;
  }
  return {buf.data(), word.size()};
}

// Decodes the code point at text[i] of (assumed valid) UTF-8; U+FFFD for a bad byte.
char32_t CodePointAt(std::string_view text, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  auto trail = [&](std::size_t k) -> char32_t {
    if (i + k >= text.size()) return 0;
    return static_cast<unsigned char>(text[i + k]) & 0x3Fu;
  };
  if (b0 < 0x80) return b0;
  if (b0 >= 0xC2 && b0 < 0xE0) return ((b0 & 0x1Fu) << 6) | trail(1);
  if (b0 >= 0xE0 && b0 < 0xF0) return ((b0 & 0x0Fu) << 12) | (trail(1) << 6) | trail(2);
  if (b0 >= 0xF0 && b0 < 0xF5) {
    return ((b0 & 0x07u) << 18) | (trail(1) << 12) | (trail(2) << 6) | trail(3);
  }
  return 0xFFFD;
}

bool IsLowercaseAt(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (static_cast<unsigned char>(c) < 0x80) return IsAsciiLower(c);
  return u_islower(static_cast<UChar32>(CodePointAt(text, i))) != 0;
}

bool IsUppercaseAt(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (static_cast<unsigned char>(c) < 0x80) return IsAsciiUpper(c);
  const auto cp = static_cast<UChar32>(CodePointAt(text, i));
  return u_isupper(cp) != 0 || u_istitle(cp) != 0;
}

// Length of the bullet marker that opens text[i, end), or 0.
std::size_t BulletLength(std::string_view text, std::size_t i, std::size_t end) {
  const std::string_view rest = text.substr(i, end - i);
  for (std::string_view marker :
       {"\xE2\x80\xA2" /* • */, "\xE2\x80\xA3" /* ‣ */, "\xE2\x97\xA6" /* ◦ */,
        "\xE2\x96\xAA" /* ▪ */, "\xE2\x96\xBA" /* ► */, "\xE2\x97\x8F" /* ● */}) {
    if (rest.substr(0, marker.size()) == marker) return marker.size();
  }
  if (rest.size() >= 2 && (rest[0] == '-' || rest[0] == '*') && IsBlank(rest[1])) return 1;
  return 0;
}

struct Line {
  std::size_t content_begin;  // first non-blank byte (== content_end for a blank line)
  std::size_t content_end;    // after the last non-blank byte
  std::size_t next;           // first byte of the next line, or text.size()
  bool blank() const { return content_begin == content_end; }
};

// One pass over the lines; within a line, over the bytes. Every lookahead and lookback is
// bounded or skips bytes that the main pass would skip anyway, so the pass stays linear.
class Splitter {
 public:
  explicit Splitter(std::string_view text) : text_(text) {}

  std::vector<SentenceSpan> Run() {
    bool at_text_start = true;
    bool after_blank = true;
    for (std::size_t pos = 0; pos < text_.size();) {
      const Line line = LineAt(pos);
      pos = line.next;
      if (line.blank()) {
        Close(content_end_);  // a blank line always ends a sentence
        after_blank = true;
        continue;
      }
      if (const std::size_t bullet = BulletLength(text_, line.content_begin, line.content_end)) {
        Close(content_end_);
        Scan(line.content_begin + bullet, line.content_end);
        Close(content_end_);  // a bullet item never continues on the next line
      } else if (start_ == kNone && IsHeading(line, at_text_start, after_blank)) {
        sentences_.push_back({line.content_begin, line.content_end, true});
      } else {
        Scan(line.content_begin, line.content_end);
      }
      at_text_start = false;
      after_blank = false;
    }
    Close(content_end_);
    return std::move(sentences_);
  }

 private:
  Line LineAt(std::size_t pos) const {
    const void* nl = std::memchr(text_.data() + pos, '\n', text_.size() - pos);
    const std::size_t end =
        nl == nullptr ? text_.size()
                      : static_cast<std::size_t>(static_cast<const char*>(nl) - text_.data());
    std::size_t b = pos;
    while (b < end && IsBlank(text_[b])) ++b;
    std::size_t e = end;
    while (e > b && IsBlank(text_[e - 1])) --e;
    return {b, e, nl == nullptr ? end : end + 1};
  }

  void Close(std::size_t end) {
    quote_close_ = kNone;
    if (start_ != kNone && end > start_) sentences_.push_back({start_, end, false});
    start_ = kNone;
  }

  // Scans text_[begin, end) (one line, or the rest of one; `end` is after a non-blank byte)
  // for sentence ends. Between two candidate bytes the loop only tests a table.
  void Scan(std::size_t begin, std::size_t end) {
    for (std::size_t p = begin; p < end;) {
      while (p < end && IsBlank(text_[p])) ++p;
      if (p == end) break;
      if (start_ == kNone) start_ = p;
      p = NextCandidate(p, end);
      if (p == end) {
        content_end_ = end;
        break;
      }
      if (text_[p] == '"') {
        NoteQuote(p, begin, end);
        ++p;
        continue;
      }
      if (text_[p] == '\xE2') {
        if (p > begin && IsBlank(text_[p - 1]) && text_.compare(p, 3, "\xE2\x80\xA2") == 0) {
          std::size_t before = p;  // an inline bullet "... • ..." starts a new item
          while (before > begin && IsBlank(text_[before - 1])) --before;
          Close(before);
          p += 3;
        } else {
          ++p;
        }
        continue;
      }
      std::size_t q = p;
      while (q < end && IsTerminator(text_[q])) ++q;
      const std::size_t terminator_end = q;
      while (q < end && IsClosing(text_[q])) ++q;
      if (q < end && !IsBlank(text_[q])) {  // "2.000", "U.E.", "?!x", ".),"
        p = terminator_end;
        continue;
      }
      content_end_ = q;
      // «Non tratteremo. Mai», ha detto: a short quote is not cut at the periods inside it.
      const bool inside_quote = quote_close_ != kNone && quote_close_ >= q;
      if (text_.substr(terminator_end, q - terminator_end).find('"') != std::string_view::npos) {
        quote_close_ = kNone;
      }
      if (!inside_quote && EndsSentence(p, terminator_end, q)) Close(q);
      p = q;
    }
  }

  // The first candidate byte (kCandidate) of text_[p, end), or end: eight bytes at a time,
  // then the few left one by one.
  std::size_t NextCandidate(std::size_t p, std::size_t end) const {
    for (; p + 8 <= end; p += 8) {
      if (const std::uint64_t marks = CandidateMarks(p)) {
        return p + static_cast<std::size_t>(std::countr_zero(marks)) / 8;
      }
    }
    while (p < end && !kCandidate[static_cast<unsigned char>(text_[p])]) ++p;
    return p;
  }

  // Marks (the high bit of its byte) the candidates among the 8 bytes at text_[p]: the zero
  // bytes of the word xor each candidate repeated, found by the borrow test below. A borrow
  // may also mark a byte after a marked one, never before: the lowest mark is exact.
  std::uint64_t CandidateMarks(std::size_t p) const {
    constexpr std::uint64_t kOnes = 0x0101010101010101u;
    constexpr std::uint64_t kHighs = 0x8080808080808080u;
    std::uint64_t x;
    std::memcpy(&x, text_.data() + p, sizeof x);
    if constexpr (std::endian::native == std::endian::big) x = __builtin_bswap64(x);
    const auto has_byte = [&](unsigned char c) {
      const std::uint64_t v = x ^ (kOnes * c);
      return (v - kOnes) & ~v & kHighs;
    };
    return has_byte('.') | has_byte('!') | has_byte('?') | has_byte('"') | has_byte(0xE2);
  }

  // At a quote mark text_[p] in the line text_[begin, end): an opening mark (after a space or
  // bracket, before a word) records where its closing mark is, if it is near; any other mark
  // closes the quote. Normalisation made « » “ ” all '"', so position tells them apart.
  void NoteQuote(std::size_t p, std::size_t begin, std::size_t end) {
    const bool opening =
        (p == begin || IsBlank(text_[p - 1]) || text_[p - 1] == '(' || text_[p - 1] == '[') &&
        p + 1 < end && !IsBlank(text_[p + 1]);
    quote_close_ = kNone;
    if (!opening) return;
    const std::size_t limit = std::min(end, p + 1 + kMaxQuoteBytes);
    const std::size_t close = text_.substr(p + 1, limit - (p + 1)).find('"');
    if (close != std::string_view::npos) quote_close_ = p + 1 + close;
  }

  // Whether the terminator run text_[p, terminator_end), followed by closing quotes up to
  // `after`, ends the sentence.
  bool EndsSentence(std::size_t p, std::size_t terminator_end, std::size_t after) const {
    // The next word: past spaces, line breaks, opening quotes, brackets and dashes.
    std::size_t r = after;
    const std::size_t limit = std::min(text_.size(), after + kMaxLookahead);
    while (r < limit && (IsSpaceOrNewline(text_[r]) || IsOpening(text_[r]))) ++r;
    if (r == text_.size()) return true;
    if (IsLowercaseAt(text_, r)) return false;  // "9 nov. alle 10", «Basta!» gridano

    const std::size_t length = terminator_end - p;
    const std::string_view run = text_.substr(p, length);
    if (std::any_of(run.begin(), run.end(), [](char c) { return c == '!' || c == '?'; })) {
      return true;
    }
    if (length >= 2) {  // an ellipsis; "(...)" marks an omission inside a quote
      return !(p > 0 && (text_[p - 1] == '(' || text_[p - 1] == '['));
    }
    return !IsAbbreviationBefore(p, r);
  }

  // Whether the word just before the period at `p` is an abbreviation or an initial that
  // does not end the sentence when followed by the word at `next`.
  bool IsAbbreviationBefore(std::size_t p, std::size_t next) const {
    // The word's digits and periods are noted on the way back (asked of most periods: a
    // find_first_of over the digits called memchr for every byte of the word).
    std::size_t w = p;
    bool has_digit = false;
    bool has_period = false;
    while (w > 0 && p - w <= kMaxAbbreviationBytes) {
      const char c = text_[w - 1];
      if (IsAsciiDigit(c)) {
        has_digit = true;
      } else if (c == '.') {
        has_period = true;
      } else if (!IsAsciiLetter(c) && static_cast<unsigned char>(c) < 0x80) {
        break;
      }
      --w;
    }
    if (p - w > kMaxAbbreviationBytes) return false;  // a long word, or a URL
    const std::string_view word = text_.substr(w, p - w);
    if (word.empty()) return false;  // "«Basta». Poi"
    if (has_digit) return false;     // "2.000."
    if (word.size() == 1 && IsAsciiLetter(word[0])) return true;  // "J. Biden", "S. Pietroburgo"
    if (has_period) {
      // "U.E.", "U.S.A.", "p.es.", "S.p.A.": every group is short. "governo.it." is not.
      std::size_t group = 0;
      for (char c : word) {
        if (c == '.') {
          group = 0;
        } else if (!IsAsciiLetter(c) || ++group > 3) {
          return false;
        }
      }
      return true;
    }
    std::array<char, kMaxAbbreviationBytes> buffer;
    const std::string_view lower = AsciiLower(word, buffer);
    if (lower.empty()) return false;
    if (InList(kSentenceFinalAbbreviations, lower)) {
      // "ecc. Il governo" ends; "ecc. (vedi sotto)" does not.
      return !(IsUppercaseAt(text_, next) || IsAsciiDigit(text_[next]));
    }
    static const WordSet abbreviations(kAbbreviations.begin(), kAbbreviations.end());
    return abbreviations.contains(lower);
  }

  // A short line without final punctuation that is its own sentence: the first line of the
  // text, a one-line paragraph, or a line inside a paragraph that reads like a subheading.
  bool IsHeading(const Line& line, bool at_text_start, bool after_blank) const {
    const std::size_t length = line.content_end - line.content_begin;
    if (length > kMaxHeadingBytes) return false;
    std::size_t last = line.content_end;
    while (last > line.content_begin && IsClosing(text_[last - 1])) --last;
    if (last == line.content_begin) return false;
    const char final_char = text_[last - 1];
    if (std::strchr(".!?;:,-", final_char) != nullptr) return false;
    if (line.next >= text_.size()) return false;  // nothing follows: an unpunctuated sentence
    if (EndsInFunctionWord(line.content_begin, last)) return false;  // "ha detto che"
    const Line next = LineAt(line.next);
    if (next.blank()) {
      // A heading needs text after it; a last line without a period is just a sentence.
      std::size_t q = next.next;
      while (q < text_.size() && IsSpaceOrNewline(text_[q])) ++q;
      return q < text_.size() && (at_text_start || after_blank);
    }
    if (IsLowercaseAt(text_, next.content_begin)) return false;  // a wrapped line
    if (at_text_start) return true;
    // Inside a paragraph: a short capitalised line followed by a line that starts a sentence.
    if (length > kMaxInnerHeadingBytes) return false;
    if (!IsUppercaseAt(text_, line.content_begin) && !IsAsciiDigit(text_[line.content_begin])) {
      return false;
    }
    const char n0 = text_[next.content_begin];
    return IsUppercaseAt(text_, next.content_begin) || IsAsciiDigit(n0) || n0 == '"' ||
           BulletLength(text_, next.content_begin, next.content_end) > 0;
  }

  // Whether the last word of text_[begin, end) is an article, preposition or conjunction.
  bool EndsInFunctionWord(std::size_t begin, std::size_t end) const {
    std::size_t w = end;
    while (w > begin && !IsBlank(text_[w - 1])) --w;
    std::array<char, kMaxAbbreviationBytes> buffer;
    const std::string_view last_word = text_.substr(w, end - w);
    const std::string_view lower = AsciiLower(last_word, buffer);
    return InList(kFunctionWords, lower.empty() ? last_word : lower);
  }

  std::string_view text_;
  std::vector<SentenceSpan> sentences_;
  std::size_t start_ = kNone;        // first byte of the open sentence
  std::size_t quote_close_ = kNone;  // the closing mark of the open short quote, if any
  std::size_t content_end_ = 0;      // where the open sentence ends if a line break closes it
};

}  // namespace

std::vector<SentenceSpan> SplitSentences(std::string_view text) { return Splitter(text).Run(); }

}  // namespace actorgraph
