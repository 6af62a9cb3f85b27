// Micro-benchmarks of the text stages (Normalize, SplitSentences, Tokenize) on synthetic
// Italian news text: mostly ASCII, with à è é ì ò ù, typographic apostrophes and quotes,
// abbreviations, numbers and hyphenated names, in paragraphs of a few sentences.
//
// The whole extractor must stay under 300 instructions per input byte and above 50,000
// sentences per second per core; these stages should take a small part of that.

#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/normalizer.h"
#include "extract/sentence_splitter.h"
#include "extract/tokenizer.h"

namespace actorgraph {
namespace {

// Deterministic text of about `bytes` bytes. A linear congruential generator picks words, so
// every run benchmarks the same bytes.
std::string SyntheticItalian(std::size_t bytes) {
  static const std::vector<std::string_view> kWords = {"il",
                                                       "presidente",
                                                       "russo",
                                                       "ha",
                                                       "incontrato",
                                                       "l\u2019omologo",
                                                       "turco",
                                                       "a",
                                                       "Mosca",
                                                       "per",
                                                       "discutere",
                                                       "della",
                                                       "crisi",
                                                       "in",
                                                       "Siria",
                                                       "e",
                                                       "delle",
                                                       "sanzioni",
                                                       "dell\u2019Unione",
                                                       "europea",
                                                       "perch\u00E9",
                                                       "la",
                                                       "situazione",
                                                       "\u00E8",
                                                       "pi\u00F9",
                                                       "grave",
                                                       "citt\u00E0",
                                                       "2.000",
                                                       "soldati",
                                                       "3,5%",
                                                       "\u00ABnessun",
                                                       "accordo\u00BB",
                                                       "Putin-Biden",
                                                       "sig.",
                                                       "Rossi",
                                                       "gen.",
                                                       "Verdi",
                                                       "Kassym-Jomart",
                                                       "Tokayev",
                                                       "Nur-Sultan",
                                                       "libert\u00E0",
                                                       "ministro",
                                                       "degli",
                                                       "Esteri",
                                                       "Lavrov",
                                                       "Erdogan",
                                                       "Biden",
                                                       "all\u2019Onu",
                                                       "\u2013",
                                                       "governo",
                                                       "Washington",
                                                       "Pechino",
                                                       "detto",
                                                       "che",
                                                       "non",
                                                       "ci",
                                                       "sono",
                                                       "novit\u00E0",
                                                       "U.E.",
                                                       "10.30",
                                                       "nov.",
                                                       "Cremlino",
                                                       "Farnesina",
                                                       "vertice"};
  std::string text;
  text.reserve(bytes + 64);
  std::uint32_t state = 1;
  int words_in_sentence = 0;
  int sentences_in_paragraph = 0;
  while (text.size() < bytes) {
    state = state * 1664525u + 1013904223u;
    std::string word(kWords[(state >> 8) % kWords.size()]);
    if (words_in_sentence == 0 && word[0] >= 'a' && word[0] <= 'z') word[0] -= 'a' - 'A';
    text += word;
    if (++words_in_sentence >= 12 + static_cast<int>((state >> 20) % 16)) {
      text += ". ";
      words_in_sentence = 0;
      if (++sentences_in_paragraph == 5) {
        text += "\n\n";
        sentences_in_paragraph = 0;
      }
    } else {
      text += (state >> 4) % 9 == 0 ? ", " : " ";
    }
  }
  return text;
}

const std::string& Text() {
  static const std::string text = SyntheticItalian(1 << 20);
  return text;
}

const NormalizedText& Normalized() {
  static const NormalizedText normalized = Normalize(Text());
  return normalized;
}

void SetBytes(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * Text().size()));
}

void BM_Normalize(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Normalize(Text()));
  SetBytes(state);
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

// The fast path: the same text with every non-ASCII byte replaced.
void BM_NormalizeAscii(benchmark::State& state) {
  std::string ascii = Text();
  for (char& c : ascii) {
    if (static_cast<unsigned char>(c) >= 0x80) c = 'x';
  }
  for (auto _ : state) benchmark::DoNotOptimize(Normalize(ascii));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * ascii.size()));
}
BENCHMARK(BM_NormalizeAscii)->Unit(benchmark::kMillisecond);

void BM_SplitSentences(benchmark::State& state) {
  const std::string& text = Normalized().text;
  std::size_t sentences = 0;
  for (auto _ : state) {
    const std::vector<SentenceSpan> spans = SplitSentences(text);
    sentences = spans.size();
    benchmark::DoNotOptimize(spans.data());
  }
  SetBytes(state);
  state.counters["sentences"] = static_cast<double>(sentences);
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = Normalized().text;
  const std::vector<SentenceSpan> spans = SplitSentences(text);
  std::size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const SentenceSpan& span : spans) tokens += Tokenize(text, span.start, span.end).size();
    benchmark::DoNotOptimize(tokens);
  }
  SetBytes(state);
  state.counters["tokens"] = static_cast<double>(tokens);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

// The three stages as the extractor runs them; the rate counter is sentences per second.
void BM_TextPipeline(benchmark::State& state) {
  std::size_t sentences = 0;
  for (auto _ : state) {
    const NormalizedText normalized = Normalize(Text());
    const std::vector<SentenceSpan> spans = SplitSentences(normalized.text);
    for (const SentenceSpan& span : spans) {
      benchmark::DoNotOptimize(Tokenize(normalized.text, span.start, span.end));
    }
    sentences += spans.size();
  }
  SetBytes(state);
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TextPipeline)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace actorgraph

BENCHMARK_MAIN();
