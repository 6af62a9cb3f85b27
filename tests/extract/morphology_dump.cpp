// Test-only: prints every generated form of the lemmas listed in a file (one per line, '#'
// comments) as "form<TAB>lemma<TAB>tense<TAB>clitic", for morphology_apertium_test.sh.
#include <array>
#include <fstream>
#include <iostream>
#include <string>

#include "extract/morphology.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: morphology_dump LEMMA_FILE\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << argv[1] << ": cannot open the lemma list\n";
    return 2;
  }
  static constexpr std::array<const char*, 12> kTenseNames = {
      "infinitive", "present",     "imperfect",       "past_remote",
      "future",     "conditional", "subjunctive",     "subjunctive_imperfect",
      "imperative", "gerund",      "past_participle", "present_participle"};
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    for (const auto& [form, analysis] : actorgraph::ConjugateVerb(line)) {
      std::cout << form << '\t' << analysis.lemma << '\t'
                << kTenseNames[static_cast<std::size_t>(analysis.tense)] << '\t'
                << (analysis.clitic.empty() ? "-" : analysis.clitic) << '\n';
    }
  }
  return 0;
}
