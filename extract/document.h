#pragma once
// Documents and the corpus reader: turns INPUT arguments (files, directories, "-") into a
// stream of documents, reporting every input it has to skip instead of stopping.

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

struct Document {
  std::string id;           // the file path, or the JSON Lines "id" (else "path:line")
  std::string date;         // "YYYY-MM" or "YYYY-MM-DD"; empty when unknown
  std::string title;
  std::string text;         // the document's bytes (UTF-8 expected, not yet validated)
  std::string source;       // the JSON Lines "source" (publisher), if any
  std::string origin;       // where it was read from, for messages: "dir/a.txt", "b.jsonl:12"
  std::size_t text_offset = 0;  // byte offset of `text` in the original file (date header)
};

// An input that could not be used: reported to the user, counted in the exit code.
struct SkippedInput {
  std::string where;   // "dir/a.txt" or "b.jsonl:12"
  std::string reason;  // "not valid JSON: ...", "binary data (NUL byte at offset 812)"
};

struct CorpusOptions {
  std::string default_date;                   // --date, for documents that carry none
  std::size_t max_document_bytes = 32 << 20;  // larger documents are skipped and reported
};

// Reads documents from INPUT arguments in a deterministic order: arguments as given, files of
// a directory sorted by path (recursively; *.txt and *.jsonl), JSON Lines in line order.
// Usage:
//   CorpusReader reader(inputs, options);
//   reader.ForEach([&](Document&& doc) { ... });
//   for (const SkippedInput& s : reader.skipped()) ...
class CorpusReader {
 public:
  CorpusReader(std::vector<std::string> inputs, CorpusOptions options);

  // Calls `sink` once per readable document. Never throws for a bad input: it is skipped
  // and recorded. Throws InputError only when an INPUT argument does not exist at all.
  void ForEach(const std::function<void(Document&&)>& sink);

  // Inputs skipped so far, in the order met.
  const std::vector<SkippedInput>& skipped() const { return skipped_; }
  // Non-fatal remarks about documents that were read (e.g. a UTF-16 file converted).
  const std::vector<SkippedInput>& warnings() const { return warnings_; }

  // Expands the arguments to the list of files that ForEach will read ("-" stays "-").
  // Throws InputError for an argument that does not exist.
  std::vector<std::string> ExpandInputs();

 private:
  void ReadTextFile(const std::string& path, const std::function<void(Document&&)>& sink);
  // `lines_before`: lines already consumed from `in`, so reported line numbers stay true.
  void ReadJsonLines(std::istream& in, const std::string& name, std::size_t lines_before,
                     const std::function<void(Document&&)>& sink);
  void ReadStandardInput(const std::function<void(Document&&)>& sink);
  bool Admit(Document& doc);  // size, binary and encoding checks; false = skipped

  std::vector<std::string> inputs_;
  CorpusOptions options_;
  std::vector<SkippedInput> skipped_;
  std::vector<SkippedInput> warnings_;
};

// Parses a leading " date YYYY-MM[-DD]" header (as in article dumps; the text may go on on the
// same line). Returns the date and sets *header_bytes to the bytes it covers, or "" and 0.
std::string ParseDateHeader(std::string_view text, std::size_t* header_bytes);

// True for "YYYY", "YYYY-MM" or "YYYY-MM-DD" with plausible month and day.
bool IsValidDate(std::string_view date);

}  // namespace actorgraph
