#include "extract/relation_json.h"

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include <nlohmann/json.hpp>

#include "extract/error.h"

namespace actorgraph {
namespace {

template <typename T>
T Get(const nlohmann::json& j, const char* key, T fallback) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return fallback;
  return it->get<T>();
}

ActorRef ActorFromJson(const nlohmann::json& j) {
  ActorRef actor;
  if (j.is_string()) {
    actor.id = j.get<std::string>();
    actor.label = actor.id;
    return actor;
  }
  actor.id = Get<std::string>(j, "id", "");
  actor.label = Get<std::string>(j, "label", actor.id);
  actor.type = Get<std::string>(j, "type", "");
  actor.country = Get<std::string>(j, "country", "");
  actor.sector = Get<std::string>(j, "sector", "");
  actor.wikidata = Get<std::string>(j, "wikidata", "");
  return actor;
}

// Output is the hot path of `extract` (one line per relation, the sentence included), so the
// two record writers append to a string directly instead of building a JSON tree. Most pieces
// of a line are a few bytes (punctuation, keys, ids, numbers): they gather in a buffer on the
// stack, which goes to the string in one append when full and at Finish(), rather than each
// paying a call and a capacity check of std::string.
class JsonLine {
 public:
  explicit JsonLine(std::string& out) : out_(out) { Put('{'); }
  JsonLine(const JsonLine&) = delete;
  JsonLine& operator=(const JsonLine&) = delete;

  // `key` is one of this file's literals: it needs no escaping.
  template <std::size_t N>
  JsonLine& Key(const char (&key)[N]) {
    constexpr std::size_t kLength = N - 1;
    Reserve(kLength + 4);
    if (!first_) buffer_[used_++] = ',';
    first_ = false;
    buffer_[used_++] = '"';
    std::memcpy(buffer_ + used_, key, kLength);
    used_ += kLength;
    buffer_[used_++] = '"';
    buffer_[used_++] = ':';
    return *this;
  }
  template <std::size_t N>
  JsonLine& String(const char (&key)[N], std::string_view value) {
    Key(key);
    AppendString(value);
    return *this;
  }
  template <std::size_t N>
  JsonLine& Number(const char (&key)[N], std::size_t value) {
    Key(key);
    Reserve(std::numeric_limits<std::size_t>::digits10 + 1);
    used_ = static_cast<std::size_t>(
        std::to_chars(buffer_ + used_, buffer_ + sizeof buffer_, value).ptr - buffer_);
    return *this;
  }
  template <std::size_t N>
  JsonLine& Double(const char (&key)[N], double value) {
    Key(key);
    // What nlohmann::json(value).dump() writes (its Grisu2 shortest form, "null" when not
    // finite), without building a JSON value per line.
    if (!std::isfinite(value)) {
      Put("null");
      return *this;
    }
    constexpr std::size_t kMaxDoubleChars = 64;  // what nlohmann's own dump() sets aside
    Reserve(kMaxDoubleChars);
    // The rules give a handful of confidences (0.85, 0.75 ...): the text of each is kept in a
    // small per-thread table by its bits, which saves Grisu2's 300 instructions on most lines.
    struct Remembered {
      std::uint64_t bits = 0;
      std::size_t length = 0;  // 0: the slot is empty
      char text[32];
    };
    thread_local std::array<Remembered, 16> remembered;
    const auto bits = std::bit_cast<std::uint64_t>(value);
    Remembered& slot = remembered[((bits ^ (bits >> 32)) * 0x9E3779B97F4A7C15u) >> 60];
    if (slot.length == 0 || slot.bits != bits) {
      char* const end =
          nlohmann::detail::to_chars(buffer_ + used_, buffer_ + used_ + kMaxDoubleChars, value);
      const auto length = static_cast<std::size_t>(end - (buffer_ + used_));
      if (length <= sizeof slot.text) {
        slot.bits = bits;
        slot.length = length;
        std::memcpy(slot.text, buffer_ + used_, length);
      }
      used_ += length;
      return *this;
    }
    std::memcpy(buffer_ + used_, slot.text, slot.length);
    used_ += slot.length;
    return *this;
  }
  template <std::size_t N>
  JsonLine& Bool(const char (&key)[N], bool value) {
    Key(key);
    Put(value ? std::string_view("true") : std::string_view("false"));
    return *this;
  }
  template <std::size_t N>
  JsonLine& Actor(const char (&key)[N], const ActorRef& actor, std::string_view name = {}) {
    Key(key);
    Put('{');
    first_ = true;
    String("id", actor.id).String("label", actor.label).String("type", actor.type);
    if (!name.empty()) String("name", name);
    if (!actor.country.empty()) String("country", actor.country);
    if (!actor.sector.empty()) String("sector", actor.sector);
    if (!actor.wikidata.empty()) String("wikidata", actor.wikidata);
    Put('}');
    return *this;
  }
  // Closes the object and appends what the buffer holds. Call once, last.
  void Finish() {
    Put('}');
    Flush();
  }

 private:
  void Flush() {
    out_.append(buffer_, used_);
    used_ = 0;
  }
  // Makes room for `n` more bytes in the buffer (n <= its size).
  void Reserve(std::size_t n) {
    if (sizeof buffer_ - used_ < n) Flush();
  }
  void Put(char c) {
    Reserve(1);
    buffer_[used_++] = c;
  }
  void Put(std::string_view bytes) {
    if (bytes.size() > sizeof buffer_ - used_) {
      Flush();
      if (bytes.size() > sizeof buffer_) {  // a long sentence goes straight to the string
        out_.append(bytes);
        return;
      }
    }
    std::memcpy(buffer_ + used_, bytes.data(), bytes.size());
    used_ += bytes.size();
  }

  // Escapes as JSON requires; invalid UTF-8 becomes U+FFFD so the line always parses.
  void AppendString(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    // Most values (ids, labels, types, rules) are short ASCII that needs no escaping: one
    // check, one copy into the buffer.
    if (n <= kShortValue && sizeof buffer_ - used_ >= kShortValue + 2 && ShortAllPlain(p, n)) {
      buffer_[used_++] = '"';
      std::memcpy(buffer_ + used_, s.data(), n);
      used_ += n;
      buffer_[used_++] = '"';
      return;
    }
    // Nearly every other value (the sentences, accented letters included) goes out as it is
    // too: one scan, one copy.
    std::size_t i = VerbatimRunEnd(p, n, 0);
    if (i == n) {
      PutQuoted(s);
      return;
    }
    Put('"');
    Put(s.substr(0, i));
    while (i < n) {
      // p[i] is ASCII that must be escaped, or a byte that starts no valid UTF-8 sequence.
      const unsigned char c = p[i++];
      if (c >= 0x80) {
        Put("\xEF\xBF\xBD");
      } else if (c == '"' || c == '\\') {
        Put('\\');
        Put(static_cast<char>(c));
      } else {
        static constexpr char kHex[] = "0123456789abcdef";
        switch (c) {
          case '\n': Put("\\n"); break;
          case '\r': Put("\\r"); break;
          case '\t': Put("\\t"); break;
          default:
            Put("\\u00");
            Put(kHex[c >> 4]);
            Put(kHex[c & 15]);
        }
      }
      const std::size_t run_end = VerbatimRunEnd(p, n, i);
      Put(s.substr(i, run_end - i));
      i = run_end;
    }
    Put('"');
  }

  // Appends `"s"`: in one step when the buffer has room.
  void PutQuoted(std::string_view s) {
    if (s.size() + 2 > sizeof buffer_ - used_) {
      Put('"');
      Put(s);
      Put('"');
      return;
    }
    buffer_[used_++] = '"';
    std::memcpy(buffer_ + used_, s.data(), s.size());
    used_ += s.size();
    buffer_[used_++] = '"';
  }

  // Returns the end of the run of bytes from p[i] (of n) that go out as they are: plain bytes
  // (see kPlain) and valid UTF-8 sequences. Plain bytes are skipped eight at a time.
  static std::size_t VerbatimRunEnd(const unsigned char* p, std::size_t n, std::size_t i) {
    for (;;) {
      std::uint64_t marks = 0;
      while (i + 8 <= n && (marks = NotPlainMarks(p + i)) == 0) i += 8;
      if (marks != 0) {
        i += static_cast<std::size_t>(std::countr_zero(marks)) / 8;
      } else {
        while (i < n && kPlain[p[i]]) ++i;
        if (i == n) return n;
      }
      const std::size_t length = Utf8SequenceLength(p + i, n - i);
      if (length == 0) return i;
      i += length;
    }
  }

  // Marks (the high bit of its byte in the result) the bytes among the 8 at p that are not
  // plain (see kPlain): controls, non-ASCII, '"' and '\\'; the lowest mark is the first such
  // byte. below(v, b) marks each byte of v under b, and may also mark bytes after one that
  // is, never before it (a borrow only runs upwards, from a byte under b); the xor turns '"'
  // and '\\' into zero bytes.
  static std::uint64_t NotPlainMarks(const unsigned char* p) {
    constexpr std::uint64_t kOnes = 0x0101010101010101u;
    constexpr std::uint64_t kHighs = 0x8080808080808080u;
    std::uint64_t x;
    std::memcpy(&x, p, sizeof x);
    if constexpr (std::endian::native == std::endian::big) x = __builtin_bswap64(x);
    const auto below = [&](std::uint64_t v, std::uint64_t bound) {
      return (v - kOnes * bound) & ~v & kHighs;
    };
    return (x & kHighs) | below(x, 0x20) | below(x ^ (kOnes * '"'), 1) |
           below(x ^ (kOnes * '\\'), 1);
  }

  // Whether the n (at most kShortValue) bytes at p are all plain: eight at a time, the last
  // eight overlapping the ones before; fewer than eight byte by byte.
  static bool ShortAllPlain(const unsigned char* p, std::size_t n) {
    if (n < 8) {
      for (std::size_t i = 0; i < n; ++i) {
        if (!kPlain[p[i]]) return false;
      }
      return true;
    }
    for (std::size_t i = 0; i + 8 < n; i += 8) {
      if (NotPlainMarks(p + i) != 0) return false;
    }
    return NotPlainMarks(p + n - 8) == 0;
  }
  static constexpr std::size_t kShortValue = 64;

  // The length of the valid UTF-8 sequence that starts at p (n bytes left), 0 when p[0]
  // starts none (ASCII included).
  static std::size_t Utf8SequenceLength(const unsigned char* p, std::size_t n) {
    const unsigned char c = p[0];
    const std::size_t len =
        c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    if (len == 0 || len > n) return 0;
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[k] & 0xC0) != 0x80) return 0;
    }
    if (len == 3) {
      const unsigned cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6);
      if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    }
    if (len == 4) {
      const unsigned cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12);
      if (cp < 0x10000 || cp > 0x10FFFF) return 0;
    }
    return len;
  }

  // Bytes copied as they are: printable ASCII but the quote and the backslash.
  static constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c) plain[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
    return plain;
  }();

  std::string& out_;
  char buffer_[1024];
  std::size_t used_ = 0;
  bool first_ = true;
};

}  // namespace

void AppendRelationJson(const Relation& r, std::string& out) {
  JsonLine j(out);
  j.String("doc", r.doc).String("date", r.date).Number("sentence", r.sentence);
  j.Number("start", r.start).Number("end", r.end);
  j.Actor("source", r.source, r.source_name).String("type", r.type);
  j.Actor("target", r.target, r.target_name);
  j.String("trigger", r.trigger).Bool("negated", r.negated).String("modality", r.modality);
  j.Double("confidence", r.confidence).String("rule", r.rule);
  if (!r.location.empty()) j.String("location", r.location);
  if (!r.attribute.empty()) j.String("attribute", r.attribute);
  j.String("text", r.text);
  j.Finish();
}

void AppendMentionJson(const Mention& m, std::string& out) {
  JsonLine j(out);
  j.String("doc", m.doc).Number("sentence", m.sentence).Number("start", m.start);
  j.Number("end", m.end).String("text", m.text).String("id", m.actor.id);
  j.String("label", m.actor.label).String("type", m.actor.type);
  if (!m.actor.country.empty()) j.String("country", m.actor.country);
  if (!m.actor.sector.empty()) j.String("sector", m.actor.sector);
  j.String("resolution", m.resolution).Bool("location", m.is_location);
  j.Finish();
}

std::string RelationToJson(const Relation& r) {
  std::string out;
  out.reserve(512);
  AppendRelationJson(r, out);
  return out;
}

std::string MentionToJson(const Mention& m) {
  std::string out;
  out.reserve(256);
  AppendMentionJson(m, out);
  return out;
}

Relation RelationFromJson(std::string_view line, const std::string& where) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    throw InputError("not a JSON relation: " + std::string(e.what()), {where, 0, 0});
  }
  try {
    if (!j.is_object()) throw InputError("a relation must be a JSON object", {where});
    Relation r;
    r.doc = Get<std::string>(j, "doc", "");
    r.date = Get<std::string>(j, "date", "");
    r.sentence = Get<std::size_t>(j, "sentence", 0);
    r.start = Get<std::size_t>(j, "start", 0);
    r.end = Get<std::size_t>(j, "end", 0);
    if (!j.contains("source") || !j.contains("target") || !j.contains("type")) {
      throw InputError("a relation needs \"source\", \"type\" and \"target\"", {where});
    }
    r.source = ActorFromJson(j["source"]);
    r.type = Get<std::string>(j, "type", "");
    r.target = ActorFromJson(j["target"]);
    if (j["source"].is_object()) r.source_name = Get<std::string>(j["source"], "name", "");
    if (j["target"].is_object()) r.target_name = Get<std::string>(j["target"], "name", "");
    r.trigger = Get<std::string>(j, "trigger", "");
    r.negated = Get<bool>(j, "negated", false);
    r.modality = Get<std::string>(j, "modality", kModalityAsserted);
    r.confidence = Get<double>(j, "confidence", 1.0);
    r.rule = Get<std::string>(j, "rule", "");
    r.location = Get<std::string>(j, "location", "");
    r.attribute = Get<std::string>(j, "attribute", "");
    r.text = Get<std::string>(j, "text", "");
    if (r.source.id.empty() || r.target.id.empty() || r.type.empty()) {
      throw InputError("a relation's source id, target id and type must not be empty", {where});
    }
    return r;
  } catch (const nlohmann::json::exception& e) {
    throw InputError("malformed relation: " + std::string(e.what()), {where});
  }
}

}  // namespace actorgraph
