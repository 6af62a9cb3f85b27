#include "graph/xml_stream_reader.h"

#include <expat.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <exception>
#include <ios>
#include <memory>
#include <vector>

#include "extract/error.h"

namespace actorgraph {
namespace {

std::string_view LocalName(const char* name) {
  std::string_view n(name);
  std::size_t colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

struct ParserDeleter {
  void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
};

// The parse state shared with expat's C callbacks. Exceptions must not cross expat's C frames,
// so a callback stores the first failure here and stops the parser.
class Session {
 public:
  Session(const std::string& file, XmlHandler& handler) : file_(file), handler_(handler) {}

  void Run(std::istream& in) {
    std::unique_ptr<XML_ParserStruct, ParserDeleter> owner(XML_ParserCreate("UTF-8"));
    parser_ = owner.get();
    if (parser_ == nullptr) throw std::bad_alloc();
    XML_SetUserData(parser_, this);
    XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);
    XML_SetElementHandler(parser_, &Session::OnStart, &Session::OnEnd);
    XML_SetCharacterDataHandler(parser_, &Session::OnText);
    XML_SetEntityDeclHandler(parser_, &Session::OnEntityDeclaration);
    XML_SetExternalEntityRefHandler(parser_, &Session::OnExternalEntity);
    XML_SetSkippedEntityHandler(parser_, &Session::OnSkippedEntity);

    constexpr int kChunk = 1 << 16;
    bool done = false;
    while (!done) {
      void* buffer = XML_GetBuffer(parser_, kChunk);
      if (buffer == nullptr) throw std::bad_alloc();
      in.read(static_cast<char*>(buffer), kChunk);
      const auto got = static_cast<int>(in.gcount());
      if (in.bad()) throw InputError("read error", {file_});
      done = got < kChunk;
      if (XML_ParseBuffer(parser_, got, done) != XML_STATUS_OK) {
        if (failure_) std::rethrow_exception(failure_);
        Fail(XML_ErrorString(XML_GetErrorCode(parser_)), "the file is not well-formed XML");
        std::rethrow_exception(failure_);
      }
    }
  }

 private:
  void Fail(std::string message, std::string hint = {}) {
    if (failure_) return;
    const auto line = static_cast<std::size_t>(XML_GetCurrentLineNumber(parser_));
    const auto column = static_cast<std::size_t>(XML_GetCurrentColumnNumber(parser_)) + 1;
    failure_ = std::make_exception_ptr(
        InputError(std::move(message), {file_, line, column}, std::move(hint)));
    XML_StopParser(parser_, XML_FALSE);
  }

  // Runs `body`, turning any exception into a stored failure.
  template <typename Body>
  void Guard(Body&& body) {
    if (failure_) return;
    try {
      body();
    } catch (const XmlContentError& e) {
      Fail(e.message, e.hint);
    } catch (...) {
      failure_ = std::current_exception();
      XML_StopParser(parser_, XML_FALSE);
    }
  }

  static void OnStart(void* data, const XML_Char* name, const XML_Char** attributes) {
    auto* self = static_cast<Session*>(data);
    self->Guard([&] {
      self->text_.clear();
      self->attributes_.clear();
      for (const XML_Char** p = attributes; *p != nullptr; p += 2) {
        self->attributes_.push_back({LocalName(p[0]), std::string_view(p[1])});
      }
      self->handler_.StartElement(LocalName(name), XmlAttributes(self->attributes_));
    });
  }

  static void OnEnd(void* data, const XML_Char* name) {
    auto* self = static_cast<Session*>(data);
    self->Guard([&] {
      self->handler_.EndElement(LocalName(name), self->text_);
      self->text_.clear();
    });
  }

  static void OnText(void* data, const XML_Char* text, int length) {
    static_cast<Session*>(data)->text_.append(text, static_cast<std::size_t>(length));
  }

  static void OnEntityDeclaration(void* data, const XML_Char* name, int, const XML_Char*, int,
                                  const XML_Char*, const XML_Char*, const XML_Char*,
                                  const XML_Char*) {
    static_cast<Session*>(data)->Fail(
        "entity declaration '" + std::string(name) + "' refused",
        "graph files never declare entities; this one may be an entity-expansion attack");
  }

  static int OnExternalEntity(XML_Parser parser, const XML_Char*, const XML_Char*,
                              const XML_Char* system_id, const XML_Char*) {
    auto* self = static_cast<Session*>(XML_GetUserData(parser));
    self->Fail("external entity '" + std::string(system_id ? system_id : "") + "' refused",
               "graph files never reference external entities");
    return XML_STATUS_ERROR;
  }

  // An entity expat did not expand because its declaration would be in an external DTD.
  static void OnSkippedEntity(void* data, const XML_Char* name, int) {
    static_cast<Session*>(data)->Fail("undefined entity '" + std::string(name) + "'",
                                      "graph files use only the five predefined entities");
  }

  const std::string& file_;
  XmlHandler& handler_;
  XML_Parser parser_ = nullptr;
  std::string text_;
  std::vector<XmlAttribute> attributes_;
  std::exception_ptr failure_;
};

// A scanner for the subset of XML that graph writers produce: UTF-8 without DOCTYPE, elements,
// attributes, text with the five predefined entities and character references, CDATA,
// comments and processing instructions. It checks well-formedness as expat does (tag nesting,
// one root, attribute syntax and uniqueness, legal characters and UTF-8) but reports nothing:
// Run() returns false on anything outside the subset or wrong, and the caller asks expat.
class FastScanner {
 public:
  FastScanner(std::istream& in, XmlHandler& handler) : in_(in), handler_(handler) {}

  bool Run() {
    if (At(0) == '\xEF' && At(1) == '\xBB' && At(2) == '\xBF') pos_ = 3;  // UTF-8 BOM
    if (Starts(pos_, "<?xml") && IsSpace(At(pos_ + 5))) {
      if (!XmlDeclaration()) return false;
    }
    while (true) {
      Compact();
      const char c = At(pos_);
      if (c == '\0') break;  // the end (a NUL byte in the input fails below)
      if (c != '<') {
        if (!Text()) return false;
      } else if (!Markup()) {
        return false;
      }
    }
    return pos_ == buffer_.size() && seen_root_ && open_.empty();
  }

 private:
  static constexpr std::size_t kChunk = 1 << 16;

  // The bytes that character data cannot copy as they are: controls, non-ASCII (checked as
  // UTF-8), '&', '<' and ']' (for "]]>"). Text copies tabs and newlines; attribute values turn
  // them into spaces.
  static constexpr std::array<bool, 256> kSpecial = [] {
    std::array<bool, 256> special{};
    for (int c = 0; c < 256; ++c) {
      special[c] = c < 0x20 || c >= 0x80 || c == '&' || c == '<' || c == ']';
    }
    return special;
  }();
  static constexpr std::array<bool, 256> kSpecialInText = [] {
    std::array<bool, 256> special = kSpecial;
    special['\t'] = special['\n'] = false;
    return special;
  }();

  // The index of the first byte at or after `i` that kSpecial (attribute values) or
  // kSpecialInText marks, or raw.size(). Tests eight bytes at a time (most text is plain
  // ASCII); a word with a candidate is looked at byte by byte.
  static std::size_t PlainEnd(std::string_view raw, std::size_t i, bool attribute) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    const std::array<bool, 256>& special = attribute ? kSpecial : kSpecialInText;
    while (true) {
      while (i + 8 <= raw.size()) {
        std::uint64_t word;
        std::memcpy(&word, raw.data() + i, 8);
        const std::uint64_t candidate = (word & kHigh) | ((word - 0x20 * kOnes) & ~word & kHigh) |
                                        has_zero(word ^ ('&' * kOnes)) |
                                        has_zero(word ^ ('<' * kOnes)) |
                                        has_zero(word ^ (']' * kOnes));
        if (candidate != 0) break;
        i += 8;
      }
      const std::size_t stop = std::min(i + 8, raw.size());
      for (; i < stop; ++i) {
        if (special[static_cast<unsigned char>(raw[i])]) return i;
      }
      if (i == raw.size()) return i;
    }
  }

  static bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }
  static constexpr bool IsNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
  }
  static constexpr bool IsNameChar(char c) {
    return IsNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
  }
  static constexpr std::array<bool, 256> kNameChar = [] {
    std::array<bool, 256> name{};
    for (int c = 0; c < 256; ++c) {
      name[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' ||
                (c >= '0' && c <= '9') || c == '-' || c == '.';  // IsNameChar
    }
    return name;
  }();

  // Reads another chunk; false at the end of the input.
  bool More() {
    if (eof_) return false;
    const std::size_t size = buffer_.size();
    in_.read(buffer_.Extend(kChunk), kChunk);
    const auto got = static_cast<std::size_t>(in_.gcount());
    buffer_.Truncate(size + got);
    if (got < kChunk) eof_ = true;
    if (in_.bad()) throw std::ios_base::failure("read error");
    return got > 0;
  }

  // The byte at `i`, reading on as needed; '\0' past the end.
  char At(std::size_t i) {
    while (i >= buffer_.size()) {
      if (!More()) return '\0';
    }
    return buffer_[i];
  }

  bool Starts(std::size_t i, std::string_view text) {
    for (std::size_t k = 0; k < text.size(); ++k) {
      if (At(i + k) != text[k]) return false;
    }
    return true;
  }

  // The index of the next `c` at or after `from`, or npos at the end of the input.
  std::size_t Find(char c, std::size_t from) {
    while (true) {
      if (from < buffer_.size()) {
        const void* hit = std::memchr(buffer_.data() + from, c, buffer_.size() - from);
        if (hit != nullptr) return static_cast<const char*>(hit) - buffer_.data();
        from = buffer_.size();
      }
      if (!More()) return std::string::npos;
    }
  }

  std::size_t Find(std::string_view text, std::size_t from) {
    while (true) {
      const std::size_t at = Find(text[0], from);
      if (at == std::string::npos || Starts(at, text)) return at;
      from = at + 1;
    }
  }

  // Drops what has been consumed, between tokens, so the buffer stays a few chunks long.
  void Compact() {
    if (pos_ < 4 * kChunk || view_) return;  // a pending text view holds offsets into buffer_
    buffer_.ErasePrefix(pos_);
    pos_ = 0;
  }

  std::size_t SkipSpace(std::size_t i) {
    while (true) {
      while (i < buffer_.size() && IsSpace(buffer_[i])) ++i;
      if (i < buffer_.size() || !More()) return i;
    }
  }

  // The end of the name starting at `i` (== i when there is none).
  std::size_t NameEnd(std::size_t i) {
    if (!IsNameStart(At(i))) return i;
    ++i;
    while (true) {
      while (i < buffer_.size() && kNameChar[static_cast<unsigned char>(buffer_[i])]) ++i;
      if (i < buffer_.size() || !More()) return i;
    }
  }

  // The length of the legal XML character at text[0] in UTF-8, or 0.
  static std::size_t CharLength(std::string_view text) {
    const auto b0 = static_cast<unsigned char>(text[0]);
    if (b0 < 0x80) return b0 >= 0x20 || b0 == '\t' || b0 == '\n' ? 1 : 0;  // no raw '\r'
    auto cont = [&](std::size_t k) {
      return k < text.size() && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80;
    };
    if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
      if (!cont(1) || !cont(2)) return 0;
      const auto b1 = static_cast<unsigned char>(text[1]);
      const auto b2 = static_cast<unsigned char>(text[2]);
      if (b0 == 0xE0 && b1 < 0xA0) return 0;                 // overlong
      if (b0 == 0xED && b1 >= 0xA0) return 0;                // surrogates
      if (b0 == 0xEF && b1 == 0xBF && b2 >= 0xBE) return 0;  // U+FFFE, U+FFFF
      return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
      if (!cont(1) || !cont(2) || !cont(3)) return 0;
      const auto b1 = static_cast<unsigned char>(text[1]);
      if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 >= 0x90)) return 0;
      return 4;
    }
    return 0;
  }

  static void AppendUtf8(std::string& out, std::uint32_t c) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }

  // Decodes the reference at text[0] == '&' into `out`; returns its length, or 0.
  static std::size_t Reference(std::string_view text, std::string& out) {
    const std::size_t semicolon = text.find(';');
    if (semicolon == std::string_view::npos) return 0;
    const std::string_view name = text.substr(1, semicolon - 1);
    if (name == "lt") {
      out += '<';
    } else if (name == "gt") {
      out += '>';
    } else if (name == "amp") {
      out += '&';
    } else if (name == "quot") {
      out += '"';
    } else if (name == "apos") {
      out += '\'';
    } else if (name.size() >= 2 && name[0] == '#') {
      const bool hex = name[1] == 'x';
      const std::string_view digits = name.substr(hex ? 2 : 1);
      std::uint32_t code = 0;
      auto [end, error] =
          std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
      if (digits.empty() || error != std::errc() || end != digits.data() + digits.size()) return 0;
      const bool legal = code == 0x9 || code == 0xA || code == 0xD ||
                         (code >= 0x20 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0xFFFD) ||
                         (code >= 0x10000 && code <= 0x10FFFF);
      if (!legal) return 0;
      AppendUtf8(out, code);
    } else {
      return 0;  // any other entity needs a DTD: expat's business
    }
    return semicolon + 1;
  }

  // Appends character data (text or an attribute value) to `out`, decoding references and
  // checking characters. Attribute values turn tabs and newlines into spaces, as XML says.
  static bool Decode(std::string_view raw, std::string& out, bool attribute) {
    std::size_t i = 0;
    while (i < raw.size()) {
      const std::size_t run = PlainEnd(raw, i, attribute);
      out.append(raw.data() + i, run - i);
      i = run;
      if (i == raw.size()) break;
      const char c = raw[i];
      if (c == '&') {
        const std::size_t length = Reference(raw.substr(i), out);
        if (length == 0) return false;
        i += length;
      } else if (c == '<') {
        return false;
      } else if (c == ']') {
        if (!attribute && raw.substr(i, 3) == "]]>") return false;
        out += ']';
        ++i;
      } else {
        const std::size_t length = CharLength(raw.substr(i));
        if (length == 0) return false;
        if (attribute && (c == '\t' || c == '\n')) {
          out += ' ';
        } else {
          out.append(raw.data() + i, length);
        }
        i += length;
      }
    }
    return true;
  }

  // Checks characters only (comments, processing instructions, CDATA).
  static bool Legal(std::string_view raw) {
    for (std::size_t i = 0; i < raw.size();) {
      const std::size_t length = CharLength(raw.substr(i));
      if (length == 0) return false;
      i += length;
    }
    return true;
  }

  bool XmlDeclaration() {
    const std::size_t end = Find("?>", pos_);
    if (end == std::string::npos) return false;
    std::string declaration(buffer_.data() + pos_, end - pos_);
    for (char& c : declaration) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (declaration.find("encoding") != std::string::npos &&
        declaration.find("utf-8") == std::string::npos) {
      return false;  // another encoding: expat converts it
    }
    if (declaration.find('\r') != std::string::npos) return false;
    pos_ = end + 2;
    return true;
  }

  bool Text() {
    std::size_t end = Find('<', pos_);
    if (end == std::string::npos) end = buffer_.size();
    const std::size_t begin = pos_;
    const std::string_view raw(buffer_.data() + begin, end - begin);
    pos_ = end;
    if (open_.empty()) {  // outside the root: only white space
      return raw.find_first_not_of(" \t\n") == std::string_view::npos;
    }
    if (!view_ && text_.empty() && PlainEnd(raw, 0, /*attribute=*/false) == raw.size()) {
      // Plain text, the element's first piece: keep it where it is (the common case).
      view_ = true;
      view_begin_ = begin;
      view_end_ = end;
      return true;
    }
    MaterializeText();
    return Decode(raw, text_, /*attribute=*/false);
  }

  // Copies a pending text view into text_, before more text is appended to it.
  void MaterializeText() {
    if (!view_) return;
    text_.assign(buffer_.data() + view_begin_, view_end_ - view_begin_);
    view_ = false;
  }

  void ClearText() {
    text_.clear();
    view_ = false;
  }

  // The element's text so far. Valid until buffer_ changes.
  std::string_view CurrentText() const {
    if (view_) return std::string_view(buffer_.data() + view_begin_, view_end_ - view_begin_);
    return text_;
  }

  bool Markup() {
    const char next = At(pos_ + 1);
    if (next == '/') return EndTag();
    if (next == '?') {
      const std::size_t end = Find("?>", pos_ + 2);
      const std::size_t name_end = NameEnd(pos_ + 2);
      if (end == std::string::npos || name_end == pos_ + 2) return false;
      std::string target(buffer_.data() + pos_ + 2, name_end - pos_ - 2);
      for (char& c : target) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (target == "xml") return false;  // a declaration not at the start
      if (!Legal(std::string_view(buffer_).substr(pos_, end - pos_))) return false;
      pos_ = end + 2;
      return true;
    }
    if (next == '!') {
      if (Starts(pos_, "<!--")) {
        const std::size_t end = Find("--", pos_ + 4);
        if (end == std::string::npos || At(end + 2) != '>') return false;
        if (!Legal(std::string_view(buffer_).substr(pos_, end - pos_))) return false;
        pos_ = end + 3;
        return true;
      }
      if (Starts(pos_, "<![CDATA[") && !open_.empty()) {
        const std::size_t end = Find("]]>", pos_ + 9);
        if (end == std::string::npos) return false;
        const std::string_view raw = std::string_view(buffer_).substr(pos_ + 9, end - pos_ - 9);
        if (!Legal(raw)) return false;
        MaterializeText();
        text_.append(raw);
        pos_ = end + 3;
        return true;
      }
      return false;  // DOCTYPE and the rest: expat's business
    }
    return StartTag();
  }

  bool StartTag() {
    if (open_.empty() && seen_root_) return false;  // a second root element
    if (QuickStartTag()) return true;
    const std::size_t name_start = pos_ + 1;
    const std::size_t name_end = NameEnd(name_start);
    if (name_end == name_start) return false;
    std::size_t i = name_end;
    // While buffer_ may still grow, attributes are offsets: names and plain values into
    // buffer_ (no copy), values that needed decoding into storage_.
    storage_.clear();
    spans_.clear();
    bool empty_element = false;
    while (true) {
      const std::size_t after = SkipSpace(i);
      const char c = At(after);
      if (c == '>') {
        i = after + 1;
        break;
      }
      if (c == '/') {
        if (At(after + 1) != '>') return false;
        empty_element = true;
        i = after + 2;
        break;
      }
      if (after == i) return false;  // attributes are separated by white space
      const std::size_t attribute_end = NameEnd(after);
      if (attribute_end == after) return false;
      std::size_t at = SkipSpace(attribute_end);
      if (At(at) != '=') return false;
      at = SkipSpace(at + 1);
      const char quote = At(at);
      if (quote != '"' && quote != '\'') return false;
      const std::size_t close = Find(quote, at + 1);
      if (close == std::string::npos) return false;
      const std::string_view name(buffer_.data() + after, attribute_end - after);
      for (const AttributeSpan& seen : spans_) {
        if (std::string_view(buffer_.data() + seen.name_begin, seen.name_size) == name) {
          return false;  // repeated
        }
      }
      // Filled in place: a span built on the stack and copied in stalls on store forwarding.
      AttributeSpan& span = spans_.emplace_back();
      span.name_begin = after;
      span.name_size = name.size();
      const std::string_view raw(buffer_.data() + at + 1, close - at - 1);
      if (PlainEnd(raw, 0, /*attribute=*/true) == raw.size()) {
        span.value_begin = at + 1;
        span.value_size = raw.size();
        span.decoded = false;
      } else {
        span.decoded = true;
        span.value_begin = storage_.size();
        if (!Decode(raw, storage_, /*attribute=*/true)) return false;
        span.value_size = storage_.size() - span.value_begin;
      }
      i = close + 1;
    }
    attributes_.clear();
    for (const AttributeSpan& span : spans_) {
      const char* values = span.decoded ? storage_.data() : buffer_.data();
      attributes_.push_back(
          {LocalName(std::string_view(buffer_.data() + span.name_begin, span.name_size)),
           std::string_view(values + span.value_begin, span.value_size)});
    }

    seen_root_ = true;
    const std::string_view name(buffer_.data() + name_start, name_end - name_start);
    const std::string_view local = LocalName(name);
    pos_ = i;
    ClearText();
    if (empty_element) {
      handler_.StartElement(local, XmlAttributes(attributes_));
      handler_.EndElement(local, CurrentText());
      ClearText();
      return true;
    }
    open_.Push(name, name.size() - local.size());
    handler_.StartElement(local, XmlAttributes(attributes_));
    return true;
  }

  // StartTag's common case in one pass of plain pointers: a tag that lies whole in the buffer,
  // with plain attribute values. On anything else (the buffer ends, a reference, a repeated
  // attribute, bad syntax) it returns false having changed nothing the general code relies on,
  // and StartTag reads the tag again from its start.
  bool QuickStartTag() {
    const char* const base = buffer_.data();
    const char* const end = base + buffer_.size();
    const char* p = base + pos_ + 1;
    // Reads a name at `at`; `local` is where its local part starts (after the last ':').
    // False when there is no name or the buffer ends in it.
    auto scan_name = [&](const char*& at, const char*& local) {
      if (at == end || !IsNameStart(*at)) return false;
      local = at;
      while (at < end && kNameChar[static_cast<unsigned char>(*at)]) {
        if (*at == ':') local = at + 1;
        ++at;
      }
      return at < end;
    };
    auto skip_space = [&](const char* at) {
      while (at < end && IsSpace(*at)) ++at;
      return at;
    };
    const char* const name = p;
    const char* local = nullptr;
    if (!scan_name(p, local)) return false;
    const std::string_view full_name(name, static_cast<std::size_t>(p - name));
    const std::string_view local_name(local, static_cast<std::size_t>(p - local));
    attributes_.clear();
    attribute_names_.clear();
    bool empty_element = false;
    while (true) {
      const char* at = skip_space(p);
      if (at == end) return false;
      if (*at == '>') {
        p = at + 1;
        break;
      }
      if (*at == '/') {
        if (at + 1 == end || at[1] != '>') return false;
        empty_element = true;
        p = at + 2;
        break;
      }
      if (at == p) return false;  // attributes are separated by white space
      const char* const attribute = at;
      const char* attribute_local = nullptr;
      if (!scan_name(at, attribute_local)) return false;
      const char* const attribute_end = at;
      const std::string_view attribute_name(attribute,
                                            static_cast<std::size_t>(attribute_end - attribute));
      at = skip_space(at);
      if (at == end || *at != '=') return false;
      at = skip_space(at + 1);
      if (at == end || (*at != '"' && *at != '\'')) return false;
      const char quote = *at++;
      const auto* close =
          static_cast<const char*>(std::memchr(at, quote, static_cast<std::size_t>(end - at)));
      if (close == nullptr) return false;
      const std::string_view value(at, static_cast<std::size_t>(close - at));
      if (PlainEnd(value, 0, /*attribute=*/true) != value.size()) return false;
      for (std::string_view seen : attribute_names_) {
        if (seen == attribute_name) return false;
      }
      attribute_names_.push_back(attribute_name);
      XmlAttribute& added = attributes_.emplace_back();  // in place: see StartTag
      added.name = std::string_view(attribute_local,
                                    static_cast<std::size_t>(attribute_end - attribute_local));
      added.value = value;
      p = close + 1;
    }
    seen_root_ = true;
    pos_ = static_cast<std::size_t>(p - base);
    ClearText();
    if (empty_element) {
      handler_.StartElement(local_name, XmlAttributes(attributes_));
      handler_.EndElement(local_name, CurrentText());
      ClearText();
      return true;
    }
    open_.Push(full_name, full_name.size() - local_name.size());
    handler_.StartElement(local_name, XmlAttributes(attributes_));
    return true;
  }

  bool EndTag() {
    if (open_.empty()) return false;
    const std::size_t name_start = pos_ + 2;
    const std::size_t name_end = NameEnd(name_start);
    const std::size_t close = SkipSpace(name_end);
    if (At(close) != '>') return false;
    if (std::string_view(buffer_.data() + name_start, name_end - name_start) != open_.Top()) {
      return false;
    }
    pos_ = close + 1;
    handler_.EndElement(open_.TopLocal(), CurrentText());
    ClearText();
    open_.Pop();
    return true;
  }

  static std::string_view LocalName(std::string_view name) {
    const std::size_t colon = name.rfind(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
  }

  std::istream& in_;
  XmlHandler& handler_;
  // The input read so far, from the last compaction. Like std::string, without zero-filling
  // every chunk before reading into it.
  class ReadBuffer {
   public:
    const char* data() const { return data_.get(); }
    std::size_t size() const { return size_; }
    char operator[](std::size_t i) const { return data_[i]; }
    operator std::string_view() const { return std::string_view(data_.get(), size_); }
    // Makes room for `n` more bytes, counted as read; returns where they go.
    char* Extend(std::size_t n) {
      if (size_ + n > capacity_) {
        const std::size_t capacity = std::max(2 * capacity_, size_ + n);
        auto grown = std::make_unique_for_overwrite<char[]>(capacity);
        if (size_ > 0) std::memcpy(grown.get(), data_.get(), size_);
        data_ = std::move(grown);
        capacity_ = capacity;
      }
      size_ += n;
      return data_.get() + size_ - n;
    }
    void Truncate(std::size_t size) { size_ = size; }
    void ErasePrefix(std::size_t n) {
      std::memmove(data_.get(), data_.get() + n, size_ - n);
      size_ -= n;
    }

   private:
    std::unique_ptr<char[]> data_;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
  };
  ReadBuffer buffer_;
  std::size_t pos_ = 0;
  bool eof_ = false;
  bool seen_root_ = false;
  // The names of the open elements, innermost last, in one string (no allocation per element).
  class ElementStack {
   public:
    bool empty() const { return starts_.empty(); }
    void Push(std::string_view name, std::size_t prefix) {
      starts_.push_back({names_.size(), prefix});
      names_.append(name);
    }
    std::string_view Top() const { return std::string_view(names_).substr(starts_.back().first); }
    std::string_view TopLocal() const { return Top().substr(starts_.back().second); }
    void Pop() {
      names_.resize(starts_.back().first);
      starts_.pop_back();
    }

   private:
    std::string names_;
    std::vector<std::pair<std::size_t, std::size_t>> starts_;  // (start, "prefix:" length)
  };
  ElementStack open_;
  std::string text_;   // the current element's text, unless view_
  bool view_ = false;  // the text is buffer_[view_begin_, view_end_) and text_ is empty
  std::size_t view_begin_ = 0;
  std::size_t view_end_ = 0;
  // The attributes of the start tag being read.
  struct AttributeSpan {
    std::size_t name_begin;  // in buffer_
    std::size_t name_size;
    std::size_t value_begin;  // in storage_ when decoded, else in buffer_
    std::size_t value_size;
    bool decoded;
  };
  std::vector<AttributeSpan> spans_;
  std::string storage_;
  std::vector<XmlAttribute> attributes_;
  std::vector<std::string_view> attribute_names_;  // QuickStartTag: full names, for repeats
};

}  // namespace

void ParseXml(std::istream& in, const std::string& file, XmlHandler& handler) {
  Session session(file, handler);
  session.Run(in);
}

void ParseXmlFast(std::istream& in, const std::string& file, XmlHandler& handler,
                  const std::function<XmlHandler&()>& restart) {
  const std::istream::pos_type start = in.tellg();
  bool done = false;
  try {
    done = FastScanner(in, handler).Run();
  } catch (const XmlContentError&) {
    // expat reports it, with its position
  } catch (const std::ios_base::failure&) {
    throw InputError("read error", {file});
  }
  if (done) return;
  in.clear();
  in.seekg(start == std::istream::pos_type(-1) ? std::istream::pos_type(0) : start);
  if (!in) throw InputError("cannot re-read the input", {file}, "read a file, not a pipe");
  ParseXml(in, file, restart());
}

}  // namespace actorgraph
