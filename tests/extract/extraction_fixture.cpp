#include "tests/extract/extraction_fixture.h"

namespace actorgraph::testing {

const Extractor& DefaultExtractor() {
  static const Schema schema = Schema::Load({});
  static const Extractor extractor(schema);
  return extractor;
}

namespace {
DocumentResult Run(const std::string& text, const std::string& date) {
  Document doc;
  doc.id = "test.txt";
  doc.date = date;
  doc.text = text;
  return DefaultExtractor().Extract(doc);
}
}  // namespace

std::set<std::string> Relations(const std::string& text, const std::string& date) {
  std::set<std::string> out;
  for (const Relation& r : Run(text, date).relations) {
    std::string line = r.source.id + " " + r.type + " " + r.target.id;
    if (r.negated) line += " (negated)";
    if (r.modality != kModalityAsserted) line += " [" + r.modality + "]";
    out.insert(line);
  }
  return out;
}

std::set<std::string> Mentions(const std::string& text, const std::string& date) {
  std::set<std::string> out;
  for (const Mention& m : Run(text, date).mentions) {
    out.insert(m.actor.id + "@" + (m.is_location ? std::string("location") : m.resolution));
  }
  return out;
}

}  // namespace actorgraph::testing
