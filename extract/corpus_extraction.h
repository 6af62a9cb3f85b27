#pragma once
// Runs an Extractor over a corpus on N threads, delivering results in input order, so the
// output is identical whatever the thread count. Memory is bounded: at most four batches of
// about 64 KB of text per thread are in flight.

#include <cstddef>
#include <functional>

#include "extract/document.h"
#include "extract/extractor.h"

namespace actorgraph {

struct CorpusStats {
  std::size_t documents = 0;
  std::size_t sentences = 0;
  std::size_t bytes = 0;
  std::size_t relations = 0;
  std::size_t mentions = 0;
};

// Reads every document of `reader`, extracts it with `extractor` on `threads` threads (>= 1)
// and calls `sink` on the calling thread once per document, in the reader's order. Exceptions
// thrown by `sink` stop the run and are rethrown after the workers have stopped.
CorpusStats ExtractCorpus(CorpusReader& reader, const Extractor& extractor, unsigned threads,
                          const std::function<void(const Document&, DocumentResult&&)>& sink);

}  // namespace actorgraph
