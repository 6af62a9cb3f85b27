#include "extract/document.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <istream>
#include <sstream>
#include <set>
#include <system_error>

#include <sys/stat.h>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>
#include <unicode/ucnv.h>

#include "extract/error.h"

namespace actorgraph {
namespace fs = std::filesystem;
namespace {

bool HasSuffix(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Converts UTF-16 (with BOM) to UTF-8 with ICU. Returns false when ICU rejects it.
bool Utf16ToUtf8(std::string_view bytes, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  std::string result(bytes.size() * 2 + 16, '\0');
  int32_t n = ucnv_convert("UTF-8", "UTF-16", result.data(), static_cast<int32_t>(result.size()),
                           bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return false;
  result.resize(static_cast<std::size_t>(n));
  *out = std::move(result);
  return true;
}

bool IsCorpusFile(std::string_view path) {
  return HasSuffix(path, ".txt") || HasSuffix(path, ".jsonl");
}

// Appends the *.txt and *.jsonl files under `root` to `found` (unsorted), recursively.
// Directory symlinks are followed, but each directory (device, inode) is walked once, so a
// symlink loop cannot trap the walk and nothing is read twice through one (a warning says so).
// Entries that cannot be read are reported in `skipped` and the walk goes on; FIFOs, sockets
// and devices are never opened (a FIFO would block the run forever).
void WalkDirectory(const std::string& root, std::vector<std::string>& found,
                   std::vector<SkippedInput>& skipped, std::vector<SkippedInput>& warnings) {
  std::set<std::pair<dev_t, ino_t>> walked;
  std::vector<std::string> pending{root};
  while (!pending.empty()) {
    const std::string dir = std::move(pending.back());
    pending.pop_back();
    struct stat dir_stat {};
    if (::stat(dir.c_str(), &dir_stat) != 0) {
      skipped.push_back({dir, "cannot read directory: " + std::string(std::strerror(errno))});
      continue;
    }
    if (!walked.insert({dir_stat.st_dev, dir_stat.st_ino}).second) {
      warnings.push_back({dir, "directory already read through another path (symbolic link "
                               "loop?): not followed again"});
      continue;
    }
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
      skipped.push_back({dir, "cannot read directory: " + ec.message()});
      continue;
    }
    for (fs::directory_iterator end; it != end; it.increment(ec)) {
      const std::string path = it->path().string();
      struct stat entry {};
      if (::stat(path.c_str(), &entry) != 0) {
        const int error = errno;
        struct stat link {};
        const bool dangling =
            error == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode);
        if (IsCorpusFile(path)) {
          skipped.push_back({path, dangling ? std::string("dangling symbolic link")
                                            : "cannot read: " + std::string(std::strerror(error))});
        }
        continue;
      }
      if (S_ISDIR(entry.st_mode)) {
        pending.push_back(path);
      } else if (IsCorpusFile(path)) {
        if (S_ISREG(entry.st_mode)) {
          found.push_back(path);
        } else {
          skipped.push_back({path, "not a regular file (a FIFO, socket or device): not opened"});
        }
      }
    }
    if (ec) skipped.push_back({dir, "cannot read the rest of the directory: " + ec.message()});
  }
}

// The length of the valid UTF-8 sequence at text[i], or 0 when it is invalid.
std::size_t ValidUtf8Length(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  const std::size_t length = c < 0x80                ? 1
                             : c >= 0xC2 && c <= 0xDF ? 2
                             : c >= 0xE0 && c <= 0xEF ? 3
                             : c >= 0xF0 && c <= 0xF4 ? 4
                                                      : 0;
  bool valid = length > 0 && i + length <= text.size();
  for (std::size_t k = 1; valid && k < length; ++k) {
    valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
  }
  if (valid && length > 2) {  // no overlong forms, surrogates or code points over U+10FFFF
    const auto next = static_cast<unsigned char>(text[i + 1]);
    valid = !(c == 0xE0 && next < 0xA0) && !(c == 0xED && next >= 0xA0) &&
            !(c == 0xF0 && next < 0x90) && !(c == 0xF4 && next >= 0x90);
  }
  return valid ? length : 0;
}

// Index of the first byte >= 0x80 in text from i on, or text.size(). Eight bytes at a time.
std::size_t SkipAscii(std::string_view text, std::size_t i) {
  while (i + 8 <= text.size()) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if (word & 0x8080808080808080ULL) break;
    i += 8;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

// Replaces each invalid UTF-8 sequence of `text` by U+FFFD. Returns how many were replaced.
std::size_t RepairUtf8(std::string& text) {
  // Almost every line is valid: check first, copy only from the first bad byte on.
  std::size_t i = 0;
  while ((i = SkipAscii(text, i)) < text.size()) {
    const std::size_t length = ValidUtf8Length(text, i);
    if (length == 0) break;
    i += length;
  }
  if (i == text.size()) return 0;
  std::string out(text, 0, i);
  std::size_t replaced = 0;
  while (i < text.size()) {
    if (const std::size_t length = ValidUtf8Length(text, i)) {
      out.append(text, i, length);
      i += length;
    } else {
      out += "\xEF\xBF\xBD";
      ++replaced;
      ++i;
    }
  }
  text = std::move(out);
  return replaced;
}

// Reads one line (without its '\n') into `line`, keeping at most `limit` + 1 of its bytes, so
// that a huge line without a newline cannot exhaust memory; `*length` receives its full length.
// Returns false at the end of the input.
bool ReadLine(std::istream& in, std::string& line, std::size_t limit, std::size_t* length) {
  line.clear();
  *length = 0;
  // istream::getline scans its buffer with memchr; a line longer than the chunk comes in
  // several pieces (failbit without eofbit: the chunk filled up before the newline).
  char chunk[16384];
  bool any = false;
  for (;;) {
    in.getline(chunk, sizeof chunk);
    const auto got = static_cast<std::size_t>(in.gcount());
    if (in.bad()) return any;
    const bool at_end = in.eof();
    const bool full = !at_end && in.fail();
    if (at_end && got == 0) return any;
    any = true;
    const std::size_t bytes = at_end || full ? got : got - 1;  // the newline is counted in got
    *length += bytes;
    if (line.size() <= limit) line.append(chunk, std::min(bytes, limit + 1 - line.size()));
    if (!full) return true;
    in.clear();
  }
}

// The common JSON Lines document, one flat object whose values are all strings, read without
// building a JSON tree: about a tenth of nlohmann's cost. Returns false, with `doc` left in an
// unspecified state, for anything else (numbers, null, nesting, bad syntax, unusual escapes):
// the caller then parses the line with nlohmann, whose values and messages stay the reference.
class FlatObjectReader {
 public:
  explicit FlatObjectReader(std::string_view line) : s_(line) {}

  bool Read(Document& doc) {
    SkipSpace();
    if (!Eat('{')) return false;
    SkipSpace();
    if (Eat('}')) return AtEnd();
    std::string key;
    std::string value;
    for (;;) {
      if (!Eat('"') || !ReadString(key)) return false;
      SkipSpace();
      if (!Eat(':')) return false;
      SkipSpace();
      if (!Eat('"') || !ReadString(value)) return false;
      if (std::string* field = Field(doc, key)) field->swap(value);
      SkipSpace();
      if (Eat('}')) return AtEnd();
      if (!Eat(',')) return false;
      SkipSpace();
    }
  }

 private:
  static std::string* Field(Document& doc, std::string_view key) {
    if (key == "text") return &doc.text;
    if (key == "id") return &doc.id;
    if (key == "date") return &doc.date;
    if (key == "title") return &doc.title;
    if (key == "source") return &doc.source;
    return nullptr;
  }
  void SkipSpace() {
    while (pos_ < s_.size() &&
           (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) {
      ++pos_;
    }
  }
  bool Eat(char c) {
    if (pos_ >= s_.size() || s_[pos_] != c) return false;
    ++pos_;
    return true;
  }
  bool AtEnd() {
    SkipSpace();
    return pos_ == s_.size();
  }
  // Bytes that end a run of a string's plain bytes: the quote, the backslash and controls.
  static constexpr std::array<bool, 256> kRunEnd = [] {
    std::array<bool, 256> run_end{};
    for (int c = 0; c < 0x20; ++c) run_end[static_cast<std::size_t>(c)] = true;
    run_end['"'] = run_end['\\'] = true;
    return run_end;
  }();

  // Whether one of the 8 bytes at s_[p] ends a run (kRunEnd). below(v, b) is non-zero exactly
  // when some byte of v is under b (a borrow starts only at such a byte); the xor turns '"'
  // and '\\' into zero bytes.
  bool HasRunEnd(std::size_t p) const {
    constexpr std::uint64_t kOnes = 0x0101010101010101u;
    constexpr std::uint64_t kHighs = 0x8080808080808080u;
    std::uint64_t x;
    std::memcpy(&x, s_.data() + p, sizeof x);
    const auto below = [](std::uint64_t v, std::uint64_t bound) {
      return (v - kOnes * bound) & ~v & kHighs;
    };
    return (below(x, 0x20) | below(x ^ (kOnes * '"'), 1) | below(x ^ (kOnes * '\\'), 1)) != 0;
  }

  // Reads the rest of a string whose opening quote was eaten. The line is valid UTF-8.
  bool ReadString(std::string& out) {
    out.clear();
    for (;;) {
      std::size_t run = pos_;
      while (run + 8 <= s_.size() && !HasRunEnd(run)) run += 8;
      while (run < s_.size() && !kRunEnd[static_cast<unsigned char>(s_[run])]) ++run;
      out.append(s_.data() + pos_, run - pos_);
      pos_ = run;
      if (pos_ >= s_.size() || static_cast<unsigned char>(s_[pos_]) < 0x20) return false;
      if (s_[pos_++] == '"') return true;
      if (pos_ >= s_.size()) return false;
      switch (s_[pos_++]) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          char32_t cp = 0;
          if (!ReadHex4(cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            char32_t low = 0;
            if (!Eat('\\') || !Eat('u') || !ReadHex4(low) || low < 0xDC00 || low > 0xDFFF) {
              return false;
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          AppendUtf8(out, cp);
          break;
        }
        default:
          return false;
      }
    }
  }
  bool ReadHex4(char32_t& cp) {
    if (pos_ + 4 > s_.size()) return false;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[pos_++];
      const int digit = c >= '0' && c <= '9'   ? c - '0'
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                               : -1;
      if (digit < 0) return false;
      cp = (cp << 4) | static_cast<char32_t>(digit);
    }
    return true;
  }
  static void AppendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  std::string_view s_;
  std::size_t pos_ = 0;
};

std::string JsonString(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer() || it->is_number_unsigned()) return it->dump();
  throw InputError(std::string("field \"") + key + "\" must be a string");
}

}  // namespace

namespace {

// The value of two ASCII digits (checked by the caller): asked of every document's date, where
// std::stoi cost a string and strtol.
int TwoDigits(std::string_view digits) { return (digits[0] - '0') * 10 + (digits[1] - '0'); }

}  // namespace

bool IsValidDate(std::string_view date) {
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
  if (!IsDigits(date.substr(0, 4))) return false;
  if (date.size() >= 7) {
    if (date[4] != '-' || !IsDigits(date.substr(5, 2))) return false;
    const int month = TwoDigits(date.substr(5, 2));
    if (month < 1 || month > 12) return false;
  }
  if (date.size() == 10) {
    if (date[7] != '-' || !IsDigits(date.substr(8, 2))) return false;
    const int day = TwoDigits(date.substr(8, 2));
    if (day < 1 || day > 31) return false;
  }
  return true;
}

std::string ParseDateHeader(std::string_view text, std::size_t* header_bytes) {
  *header_bytes = 0;
  std::size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (text.substr(i, 5) != "date ") return "";
  i += 5;
  std::size_t j = i;
  while (j < text.size() && (std::isdigit(static_cast<unsigned char>(text[j])) || text[j] == '-')) {
    ++j;
  }
  std::string_view date = text.substr(i, j - i);
  if (!IsValidDate(date) || date.size() < 7) return "";
  while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' ||
                             text[j] == '\n')) {
    ++j;
  }
  *header_bytes = j;
  return std::string(date);
}

CorpusReader::CorpusReader(std::vector<std::string> inputs, CorpusOptions options)
    : inputs_(std::move(inputs)), options_(std::move(options)) {}

std::vector<std::string> CorpusReader::ExpandInputs() {
  std::vector<std::string> files;
  for (const std::string& input : inputs_) {
    if (input == "-") {
      files.push_back(input);
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) {
      throw InputError("no such file or directory", {input}, "check the path");
    }
    if (!fs::is_directory(status)) {
      files.push_back(input);
      continue;
    }
    std::vector<std::string> found;
    WalkDirectory(input, found, skipped_, warnings_);
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

void CorpusReader::ForEach(const std::function<void(Document&&)>& sink) {
  for (const std::string& file : ExpandInputs()) {
    if (file == "-") {
      ReadStandardInput(sink);
    } else if (HasSuffix(file, ".jsonl")) {
      std::error_code ec;
      if (fs::is_regular_file(file, ec) && fs::file_size(file, ec) == 0 && !ec) {
        skipped_.push_back({file, "empty document (no JSON Lines)"});
        continue;
      }
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        skipped_.push_back({file, "cannot open: " + std::string(std::strerror(errno))});
        continue;
      }
      ReadJsonLines(in, file, 0, sink);
    } else {
      ReadTextFile(file, sink);
    }
  }
}

bool CorpusReader::Admit(Document& doc) {
  if (doc.text.size() > options_.max_document_bytes) {
    skipped_.push_back({doc.origin, "document of " + std::to_string(doc.text.size()) +
                                        " bytes is over the limit of " +
                                        std::to_string(options_.max_document_bytes) +
                                        " (--max-doc-bytes)"});
    return false;
  }
  const std::string_view text = doc.text;
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') ||
                           (text[0] == '\xFE' && text[1] == '\xFF'))) {
    std::string utf8;
    if (!Utf16ToUtf8(text, &utf8)) {
      skipped_.push_back({doc.origin, "UTF-16 text that cannot be decoded"});
      return false;
    }
    warnings_.push_back({doc.origin, "converted from UTF-16 to UTF-8; offsets refer to the "
                                     "UTF-8 text"});
    doc.text = std::move(utf8);
    doc.text_offset = 0;
  }
  if (std::string_view(doc.text).substr(0, 3) == "\xEF\xBB\xBF") {
    doc.text.erase(0, 3);
    doc.text_offset += 3;
  }
  if (auto nul = doc.text.find('\0'); nul != std::string::npos) {
    skipped_.push_back({doc.origin, "binary data (NUL byte at offset " +
                                        std::to_string(nul + doc.text_offset) + ")"});
    return false;
  }
  if (doc.date.empty()) {
    std::size_t header = 0;
    doc.date = ParseDateHeader(doc.text, &header);
    if (header > 0) {
      doc.text.erase(0, header);
      doc.text_offset += header;
    }
  }
  if (doc.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    skipped_.push_back({doc.origin, "empty document (no text)"});
    return false;
  }
  if (doc.date.empty()) doc.date = options_.default_date;
  return true;
}

void CorpusReader::ReadTextFile(const std::string& path,
                                const std::function<void(Document&&)>& sink) {
  std::error_code ec;
  auto size = fs::file_size(path, ec);
  if (!ec && size > options_.max_document_bytes) {
    skipped_.push_back({path, "document of " + std::to_string(size) +
                                  " bytes is over the limit of " +
                                  std::to_string(options_.max_document_bytes) +
                                  " (--max-doc-bytes)"});
    return;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    skipped_.push_back({path, "cannot open: " + std::string(std::strerror(errno))});
    return;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    skipped_.push_back({path, "read error"});
    return;
  }
  Document doc;
  doc.id = path;
  doc.origin = path;
  doc.text = std::move(buffer).str();
  if (Admit(doc)) sink(std::move(doc));
}

void CorpusReader::ReadJsonLines(std::istream& in, const std::string& name,
                                 std::size_t lines_before,
                                 const std::function<void(Document&&)>& sink) {
  std::string line;
  std::size_t line_number = lines_before;
  std::size_t length = 0;
  while (ReadLine(in, line, options_.max_document_bytes, &length)) {
    ++line_number;
    const std::string where = name + ":" + std::to_string(line_number);
    if (length > options_.max_document_bytes) {
      skipped_.push_back({where, "line of " + std::to_string(length) +
                                     " bytes is over the limit of " +
                                     std::to_string(options_.max_document_bytes) +
                                     " (--max-doc-bytes)"});
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    // Invalid UTF-8 would fail the JSON parse and lose the document: repair it instead.
    if (std::size_t replaced = RepairUtf8(line); replaced > 0) {
      warnings_.push_back({where, std::to_string(replaced) +
                                      " invalid UTF-8 sequences replaced with U+FFFD"});
    }
    Document doc;
    if (!FlatObjectReader(line).Read(doc)) {
      doc = Document();
      try {
        nlohmann::json j = nlohmann::json::parse(line);
        if (!j.is_object()) throw InputError("expected a JSON object");
        doc.text = JsonString(j, "text");
        doc.id = JsonString(j, "id");
        doc.date = JsonString(j, "date");
        doc.title = JsonString(j, "title");
        doc.source = JsonString(j, "source");
      } catch (const nlohmann::json::exception& e) {
        skipped_.push_back({where, std::string("not a valid JSON document: ") + e.what()});
        continue;
      } catch (const InputError& e) {
        skipped_.push_back({where, e.message()});
        continue;
      }
    }
    if (!doc.date.empty() && !IsValidDate(doc.date)) {
      warnings_.push_back({where, "date \"" + doc.date + "\" is not YYYY[-MM[-DD]]; ignored"});
      doc.date.clear();
    }
    if (doc.id.empty()) doc.id = where;
    doc.origin = where;
    if (Admit(doc)) sink(std::move(doc));
  }
}

void CorpusReader::ReadStandardInput(const std::function<void(Document&&)>& sink) {
  // JSON Lines when the first non-blank byte opens an object (streamed line by line, so that
  // extract works as a Spark or Hadoop Streaming mapper), else one text document.
  std::string leading;
  int c;
  while ((c = std::cin.peek()) != EOF && std::isspace(c)) {
    leading.push_back(static_cast<char>(std::cin.get()));
  }
  if (c == EOF) return;  // nothing at all (an empty partition of a mapper): no document
  if (c == '{') {
    // Line numbers stay true to the input: count the blank lines skipped above.
    auto blank_lines = static_cast<std::size_t>(std::count(leading.begin(), leading.end(), '\n'));
    ReadJsonLines(std::cin, "<stdin>", blank_lines, sink);
    return;
  }
  std::ostringstream buffer;
  buffer << leading << std::cin.rdbuf();
  Document doc;
  doc.id = "<stdin>";
  doc.origin = "<stdin>";
  doc.text = std::move(buffer).str();
  if (Admit(doc)) sink(std::move(doc));
}

}  // namespace actorgraph
