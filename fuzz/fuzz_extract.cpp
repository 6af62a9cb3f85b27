// Fuzzes the corpus reader and the extractor together, as `actorgraph extract FILE` runs them:
// the bytes become a file (a .txt document, or a .jsonl of documents when the first byte is
// odd), CorpusReader admits it (size, UTF-16, BOM, NUL, date header) and the Extractor with
// the default schema extracts every document it yields. Must never crash or hang; skipped
// inputs and warnings are the expected outcome of bad bytes.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "extract/document.h"
#include "extract/extractor.h"
#include "extract/schema.h"

namespace {

const actorgraph::Schema& DefaultSchema() {
  static const actorgraph::Schema schema = actorgraph::Schema::Load({});
  return schema;
}

// A file per process, so parallel fuzzing jobs (-jobs=N) do not share it.
std::string TempPath(const char* extension) {
  return "/tmp/actorgraph_fuzz_extract." + std::to_string(::getpid()) + extension;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const bool jsonl = (data[0] & 1) != 0;
  // Bit 1 asks for a tiny sentence limit, so the cutting of long sentences is exercised too.
  const bool short_sentences = (data[0] & 2) != 0;
  static const actorgraph::Extractor normal(DefaultSchema());
  static const actorgraph::Extractor cutting(DefaultSchema(), [] {
    actorgraph::ExtractorOptions options;
    options.max_sentence_tokens = 6;
    return options;
  }());
  const actorgraph::Extractor& extractor = short_sentences ? cutting : normal;

  const std::string path = TempPath(jsonl ? ".jsonl" : ".txt");
  if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fwrite(data + 1, 1, size - 1, f);
    std::fclose(f);
  } else {
    return 0;
  }
  actorgraph::CorpusOptions options;
  options.max_document_bytes = 1 << 16;
  actorgraph::CorpusReader reader({path}, options);
  reader.ForEach([&](actorgraph::Document&& doc) {
    actorgraph::DocumentResult result = extractor.Extract(doc);
    // Relations and mentions point into the original document: their offsets must be inside it.
    const std::size_t original_size = doc.text_offset + doc.text.size();
    for (const actorgraph::Relation& r : result.relations) {
      if (r.start > r.end || r.end > original_size) __builtin_trap();
    }
    for (const actorgraph::Mention& m : result.mentions) {
      if (m.start > m.end || m.end > original_size) __builtin_trap();
    }
  });
  std::remove(path.c_str());
  return 0;
}
