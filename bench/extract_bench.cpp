// Micro-benchmarks of the extraction stages after the text layer (see text_bench.cpp): the
// tokenizer, the gazetteer's longest match, actor recognition, the relation matcher and the
// whole Extractor on one document, over realistic Italian news sentences. Rates are sentences
// per second (and bytes per second), so they compare with the targets of the whole extractor:
// >= 50,000 sentences/s per core and <= 300 instructions per input byte.
//
//   build-bench/bench/extract_bench [--benchmark_filter=Recognize]

#include <benchmark/benchmark.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/actor_recognizer.h"
#include "extract/document.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/normalizer.h"
#include "extract/relation_matcher.h"
#include "extract/schema.h"
#include "extract/sentence_splitter.h"
#include "extract/tokenizer.h"

namespace actorgraph {
namespace {

// Sentences written for this benchmark: the shapes of wire copy (compound and simple past,
// passives, agents with demonyms, titles with new names, nominal events, negation, dateline,
// asides, numbers), plus sentences with actors and no relation and sentences without actors.
constexpr std::string_view kSentences[] = {
    "Il presidente kazako Kassym-Jomart Tokayev ha incontrato ieri ad Astana il segretario "
    "generale della Nato, Jens Stoltenberg.",
    "Le truppe russe sono state inviate in Kazakistan su richiesta del governo di Astana.",
    "L'incontro Putin-Erdogan si è concluso senza una dichiarazione congiunta.",
    "Nuovi colloqui tra Armenia e Azerbaigian si terranno a Ginevra entro la fine del mese.",
    "Il ministro degli Esteri turco Mevlüt Çavuşoğlu ha telefonato all'omologo ucraino.",
    "Mosca accusa Washington di aver alimentato le proteste nelle piazze di Almaty.",
    "L'invasione russa dell'Ucraina ha spinto l'Unione europea a varare nuove sanzioni.",
    "Il Cremlino non ha condannato la repressione delle manifestazioni, secondo fonti locali.",
    "Karim Masimov è stato arrestato dal Comitato per la sicurezza nazionale con l'accusa di "
    "alto tradimento.",
    "La Cina e il Pakistan hanno firmato un accordo sul corridoio economico.",
    "Secondo il portavoce Dmitry Peskov, Vladimir Putin riceverà Emmanuel Macron al Cremlino "
    "la prossima settimana.",
    "Il bilancio provvisorio parla di 225 morti e oltre 4.500 feriti in tutto il Paese.",
    "Le borse asiatiche hanno chiuso in calo del 2,3% dopo una seduta nervosa.",
    "Il governo francese ha espresso sostegno all'Ucraina e ha chiesto alla Russia di ritirare "
    "le proprie truppe.",
    "Erdogan e Biden erano entrambi presenti al vertice di Madrid, ma non si sono parlati.",
    "L'Onu ha espresso preoccupazione per la situazione umanitaria nel Tigray.",
    "Il nuovo primo ministro, Alikhan Smailov, ha giurato davanti al parlamento.",
    "I militari dell'Otsc hanno lasciato il Kazakistan il 19 gennaio, come previsto.",
    "Il Qatar ha mediato tra Hamas e Israele per una tregua di quattro giorni.",
    "Gli Stati Uniti hanno sanzionato tre società iraniane accusate di fornire droni a Mosca.",
    "La polizia bielorussa ha fermato decine di oppositori a Minsk nella notte.",
    "La visita di Xi Jinping in Kazakistan è la prima all'estero dall'inizio della pandemia.",
    "Le temperature resteranno sopra la media stagionale per tutta la settimana.",
    "Tokayev ha ringraziato Putin per l'aiuto fornito dall'Organizzazione del Trattato di "
    "sicurezza collettiva.",
};

// A document of the sentences above, in paragraphs of four.
std::string DocumentText() {
  std::string text;
  int i = 0;
  for (std::string_view s : kSentences) {
    if (!text.empty()) text += (i % 4 == 0) ? "\n\n" : " ";
    text += s;
    ++i;
  }
  return text;
}

constexpr std::size_t kSentenceCount = std::size(kSentences);

struct Fixture {
  Fixture()
      : schema(Schema::Load({})),
        gazetteer(schema),
        recognizer(schema, gazetteer),
        matcher(schema),
        extractor(schema),
        normalized(Normalize(DocumentText())) {
    for (const SentenceSpan& span : SplitSentences(normalized.text)) {
      sentences.push_back(Tokenize(normalized.text, span.start, span.end));
    }
  }
  Schema schema;
  Gazetteer gazetteer;
  ActorRecognizer recognizer;
  RelationMatcher matcher;
  Extractor extractor;
  NormalizedText normalized;
  std::vector<std::vector<Token>> sentences;  // tokens of each sentence
};

const Fixture& F() {
  static const Fixture fixture;
  return fixture;
}

void Rates(benchmark::State& state, std::size_t sentences_per_iteration) {
  state.SetBytesProcessed(
      static_cast<std::int64_t>(state.iterations() * F().normalized.text.size()));
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * sentences_per_iteration),
                         benchmark::Counter::kIsRate);
}

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = F().normalized.text;
  const std::vector<SentenceSpan> spans = SplitSentences(text);
  for (auto _ : state) {
    for (const SentenceSpan& span : spans) {
      benchmark::DoNotOptimize(Tokenize(text, span.start, span.end));
    }
  }
  Rates(state, spans.size());
}
BENCHMARK(BM_Tokenize);

// LongestMatchAt at every token, as the recogniser scans a sentence.
void BM_GazetteerLongestMatch(benchmark::State& state) {
  const Fixture& f = F();
  std::size_t tokens = 0;
  for (const auto& s : f.sentences) tokens += s.size();
  for (auto _ : state) {
    for (const auto& s : f.sentences) {
      for (std::size_t pos = 0; pos < s.size(); ++pos) {
        benchmark::DoNotOptimize(f.gazetteer.LongestMatchAt(s, pos, f.normalized.text));
      }
    }
  }
  Rates(state, f.sentences.size());
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(state.iterations() * tokens),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_GazetteerLongestMatch);

void BM_MatchKey(benchmark::State& state) {
  const Fixture& f = F();
  for (auto _ : state) {
    for (const auto& s : f.sentences) {
      for (const Token& t : s) benchmark::DoNotOptimize(MatchKey(t.fold));
    }
  }
  Rates(state, f.sentences.size());
}
BENCHMARK(BM_MatchKey);

// Recognition of every sentence of the document, with one document memory.
void BM_Recognize(benchmark::State& state) {
  const Fixture& f = F();
  for (auto _ : state) {
    DocumentMemory memory;
    memory.date = "2022-01-10";
    for (const auto& s : f.sentences) {
      benchmark::DoNotOptimize(f.recognizer.Recognize(s, f.normalized.text, memory));
    }
  }
  Rates(state, f.sentences.size());
}
BENCHMARK(BM_Recognize);

// The relation matcher alone, on actors recognised beforehand.
void BM_RelationMatch(benchmark::State& state) {
  const Fixture& f = F();
  std::vector<SentenceActors> actors;
  {
    DocumentMemory memory;
    memory.date = "2022-01-10";
    for (const auto& s : f.sentences) {
      actors.push_back(f.recognizer.Recognize(s, f.normalized.text, memory));
    }
  }
  std::size_t relations = 0;
  std::vector<Relation> found;  // reused, as the extractor does
  for (auto _ : state) {
    DocumentMemory memory;
    memory.date = "2022-01-10";
    relations = 0;
    for (std::size_t i = 0; i < f.sentences.size(); ++i) {
      f.matcher.Match(f.sentences[i], f.normalized.text, actors[i], memory, found);
      relations += found.size();
    }
    benchmark::DoNotOptimize(relations);
  }
  Rates(state, f.sentences.size());
  state.counters["relations"] = static_cast<double>(relations);
}
BENCHMARK(BM_RelationMatch);

// The whole extractor on one document (normalise, split, tokenise, recognise, match, build
// the records): the figure to compare with 50,000 sentences/s per core.
void BM_ExtractDocument(benchmark::State& state) {
  const Fixture& f = F();
  Document doc;
  doc.id = "bench";
  doc.date = "2022-01-10";
  doc.text = DocumentText();
  std::size_t sentences = 0;
  for (auto _ : state) {
    DocumentResult result = f.extractor.Extract(doc);
    sentences = result.sentences;
    benchmark::DoNotOptimize(result.relations.data());
  }
  Rates(state, sentences);
}
BENCHMARK(BM_ExtractDocument);

// Start-up: loading the embedded schemas and compiling the extractor (paid once per process).
void BM_LoadAndCompileSchema(benchmark::State& state) {
  for (auto _ : state) {
    Schema schema = Schema::Load({});
    Extractor extractor(schema);
    benchmark::DoNotOptimize(&extractor);
  }
}
BENCHMARK(BM_LoadAndCompileSchema)->Unit(benchmark::kMillisecond);

static_assert(kSentenceCount > 20, "keep the sentence set varied");

}  // namespace
}  // namespace actorgraph

BENCHMARK_MAIN();
