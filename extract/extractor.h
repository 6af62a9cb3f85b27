#pragma once
// Extractor: Italian news text -> actor mentions and typed relations.
//
// The pipeline for one document: Normalize (UTF-8, NFC, punctuation, offset map) ->
// SplitSentences -> Tokenize -> ActorRecognizer (dictionary, descriptors, new names,
// coreference) -> RelationMatcher (trigger frames, negation, modality) -> Relation records
// whose offsets point into the original document.
//
// Usage:
//   Schema schema = Schema::Load(user_dirs);
//   Extractor extractor(schema);                  // compiles once; const and thread-safe
//   DocumentResult result = extractor.Extract(doc);
//   for (const Relation& r : result.relations) std::cout << RelationToJson(r) << '\n';

#include <memory>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/relation.h"
#include "extract/schema.h"

namespace actorgraph {

struct ExtractorOptions {
  std::size_t max_sentence_tokens = 400;  // longer sentences are cut, with a warning
  std::size_t max_pairs_per_sentence = 12;  // cap on relations from coordinated actors
};

struct DocumentResult {
  std::vector<Relation> relations;    // in sentence order, deterministic
  std::vector<Mention> mentions;      // in text order
  std::vector<std::string> warnings;  // e.g. "3 invalid UTF-8 sequences replaced"
  std::size_t sentences = 0;
};

class Extractor {
 public:
  // Compiles the schema into matchers. The schema must outlive the extractor.
  explicit Extractor(const Schema& schema, ExtractorOptions options = {});
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Extracts one document. Never throws for bad text.
  DocumentResult Extract(const Document& document) const;

  const Schema& schema() const { return schema_; }

 private:
  struct Compiled;
  const Schema& schema_;
  ExtractorOptions options_;
  std::unique_ptr<const Compiled> compiled_;
};

}  // namespace actorgraph
