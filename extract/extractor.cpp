#include "extract/extractor.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>
#include <tuple>
#include <vector>

#include "extract/actor_recognizer.h"
#include "extract/gazetteer.h"
#include "extract/normalizer.h"
#include "extract/relation_matcher.h"
#include "extract/sentence_splitter.h"
#include "extract/string_table.h"
#include "extract/tokenizer.h"

namespace actorgraph {
namespace {

// An undated article is dated by the latest year it mentions (news speaks of the past), so
// that descriptors such as "il presidente russo" still resolve. Returns "" when none.
std::string InferDate(std::string_view text) {
  int best = 0;
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if ((text[i] != '1' && text[i] != '2') || (i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1])))) {
      continue;
    }
    if (!std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i),
                     text.begin() + static_cast<std::ptrdiff_t>(i + 4),
                     [](char c) { return c >= '0' && c <= '9'; })) {
      continue;
    }
    if (i + 4 < text.size() && (std::isdigit(static_cast<unsigned char>(text[i + 4])) ||
                                text[i + 4] == '.' || text[i + 4] == ',')) {
      if (i + 5 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 5]))) continue;
    }
    int year = std::stoi(std::string(text.substr(i, 4)));
    if (year >= 1990 && year <= 2100) best = std::max(best, year);
  }
  return best ? std::to_string(best) : "";
}

// Gives each relation end the name the document first called it by in full, when that is not
// its label: "Partito repubblicano del popolo (Chp)", "Chp". Coreferences ("il partito"),
// descriptors ("il presidente kazako") and places name nothing.
void NameRelationEnds(DocumentResult& result) {
  if (result.relations.empty()) return;
  // The first name of each id: (hash of the id, mention order, id, name) sorted by hash and
  // order and searched, a few dozen per document, cheaper than nodes of a hash map. The ids
  // themselves are compared only when searching, among the names of one hash (nearly always
  // a single id): sorting compares integers alone.
  struct FirstName {
    std::uint64_t hash;
    std::size_t order;
    std::string_view id;
    std::string_view name;
  };
  const auto before = [](const FirstName& a, const FirstName& b) {
    return std::tie(a.hash, a.order) < std::tie(b.hash, b.order);
  };
  std::vector<FirstName> first_names;
  for (const Mention& m : result.mentions) {
    // (Not "presidente americano Joe Biden": a mention that opens with its title.)
    const bool capitalised = !m.text.empty() && ((m.text[0] >= 'A' && m.text[0] <= 'Z') ||
                                                 static_cast<unsigned char>(m.text[0]) >= 0x80);
    if (m.is_location || !capitalised ||
        (m.resolution != kResolvedDictionary && m.resolution != kResolvedNewName)) {
      continue;
    }
    const std::string_view id = m.actor.id;
    first_names.push_back({HashWord(id), first_names.size(), id, m.text});
  }
  std::sort(first_names.begin(), first_names.end(), before);
  auto set_name = [&](const ActorRef& actor, std::string& name) {
    const std::string_view id = actor.id;
    const FirstName key{HashWord(id), 0, {}, {}};
    auto it = std::lower_bound(first_names.begin(), first_names.end(), key, before);
    while (it != first_names.end() && it->hash == key.hash && it->id != id) ++it;
    if (it == first_names.end() || it->hash != key.hash ||
        it->name == std::string_view(actor.label)) {
      name.clear();
    } else {
      name.assign(it->name);
    }
  };
  for (Relation& r : result.relations) {
    set_name(r.source, r.source_name);
    set_name(r.target, r.target_name);
  }
}

}  // namespace

struct Extractor::Compiled {
  explicit Compiled(const Schema& schema, const ExtractorOptions& options)
      : gazetteer(schema),
        recognizer(schema, gazetteer),
        matcher(schema, options.max_pairs_per_sentence) {}
  Gazetteer gazetteer;
  ActorRecognizer recognizer;
  RelationMatcher matcher;
};

Extractor::Extractor(const Schema& schema, ExtractorOptions options)
    : schema_(schema),
      options_(options),
      compiled_(std::make_unique<const Compiled>(schema, options)) {}

Extractor::~Extractor() = default;

DocumentResult Extractor::Extract(const Document& document) const {
  DocumentResult result;
  NormalizedText normalized = Normalize(document.text);
  if (normalized.invalid_sequences > 0) {
    result.warnings.push_back(std::to_string(normalized.invalid_sequences) +
                              " invalid UTF-8 sequences replaced with U+FFFD");
  }
  DocumentMemory memory;
  memory.date = document.date.empty() ? InferDate(normalized.text) : document.date;
  const std::string_view text = normalized.text;
  std::size_t cut_sentences = 0;
  std::vector<SentenceSpan> sentences = SplitSentences(text);
  result.sentences = sentences.size();
  // A relation is half a kilobyte of strings: growing the vector by doubling cost more than
  // writing them (moves, and the allocator merging the freed blocks). One per sentence covers
  // news text; the bound keeps a huge document from reserving much more than it needs.
  result.relations.reserve(std::min<std::size_t>(sentences.size(), 1024));
  // The same for the mentions, two a sentence (the 1 MB benchmark corpus has 1.3; one a
  // sentence saved 2.8 M instructions of its 4.9 M).
  result.mentions.reserve(std::min<std::size_t>(2 * sentences.size(), 2048));
  // One vector per thread for every sentence of every document, the sentence's tokens at its
  // front (TokenizeReusing): its tokens' strings keep their storage, so that a sentence
  // builds no Token and allocates no string of a word shorter than one seen before.
  thread_local std::vector<Token> token_storage;
  // The relations of one sentence, kept per thread as the tokens are: a sentence allocates
  // no vector of its own.
  thread_local std::vector<Relation> relations;
  std::vector<SentenceMention*> reported;  // one for every sentence
  for (std::size_t index = 0; index < sentences.size(); ++index) {
    const SentenceSpan& span = sentences[index];
    std::size_t token_count = TokenizeReusing(text, span.start, span.end, token_storage);
    if (token_count > options_.max_sentence_tokens) {
      token_count = options_.max_sentence_tokens;
      ++cut_sentences;
    }
    const std::span<const Token> tokens(token_storage.data(), token_count);
    SentenceActors actors = compiled_->recognizer.Recognize(tokens, text, memory);
    const std::size_t start = normalized.OriginalOffset(span.start);
    const std::size_t end = normalized.OriginalOffset(span.end);
    compiled_->matcher.Match(tokens, text, actors, memory, relations);
    // The matcher is done with the sentence's actors: the mentions take them over.
    reported.clear();
    reported.reserve(actors.mentions.size() + actors.nested.size());
    for (SentenceMention& m : actors.mentions) reported.push_back(&m);
    for (SentenceMention& m : actors.nested) reported.push_back(&m);
    std::sort(reported.begin(), reported.end(), [](const auto* a, const auto* b) {
      return std::tie(a->begin, a->end) < std::tie(b->begin, b->end);
    });
    for (SentenceMention* reported_mention : reported) {
      SentenceMention& m = *reported_mention;
      if (m.adjective) continue;
      Mention& mention = result.mentions.emplace_back();
      mention.doc = document.id;
      mention.sentence = index;
      mention.start = normalized.OriginalOffset(tokens[m.begin].start) + document.text_offset;
      mention.end = normalized.OriginalOffset(tokens[m.end - 1].end) + document.text_offset;
      mention.text.assign(document.text, mention.start - document.text_offset,
                          mention.end - mention.start);
      mention.actor = std::move(m.actor);
      mention.resolution = std::move(m.resolution);
      mention.is_location = m.is_location;
    }
    if (relations.empty()) continue;
    for (Relation& r : relations) {
      r.doc = document.id;
      r.date = document.date;
      r.sentence = index;
      r.start = start + document.text_offset;
      r.end = end + document.text_offset;
      r.text.assign(document.text, start, end - start);
    }
    result.relations.insert(result.relations.end(), std::make_move_iterator(relations.begin()),
                            std::make_move_iterator(relations.end()));
  }
  NameRelationEnds(result);
  if (cut_sentences > 0) {
    result.warnings.push_back(std::to_string(cut_sentences) + " sentences longer than " +
                              std::to_string(options_.max_sentence_tokens) +
                              " tokens were cut (--max-sentence-tokens)");
  }
  return result;
}

}  // namespace actorgraph
