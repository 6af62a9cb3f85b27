#include "extract/document.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "extract/error.h"

namespace actorgraph {
namespace {
namespace fs = std::filesystem;

// A scratch directory removed at the end of each test.
struct ScratchDir {
  ScratchDir() : path(fs::temp_directory_path() / ("ag_doc_" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~ScratchDir() { fs::remove_all(path); }
  std::string Write(const std::string& name, const std::string& content) const {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  fs::path path;
};

std::vector<Document> ReadAll(CorpusReader& reader) {
  std::vector<Document> docs;
  reader.ForEach([&](Document&& d) { docs.push_back(std::move(d)); });
  return docs;
}

TEST_CASE("CorpusReader: a date header gives the date and offsets stay true", "[extract]") {
  ScratchDir dir;
  std::string path = dir.Write("a.txt", " date 2022-01 È iniziato il ritiro.");
  CorpusReader reader({path}, {});
  auto docs = ReadAll(reader);
  REQUIRE(docs.size() == 1);
  REQUIRE(docs[0].date == "2022-01");
  REQUIRE(docs[0].text.rfind("È iniziato", 0) == 0);
  // the text starts where the header ends in the original file
  REQUIRE(docs[0].text_offset == 14);
}

TEST_CASE("CorpusReader: directories are read recursively in path order", "[extract]") {
  ScratchDir dir;
  dir.Write("b/2.txt", "due");
  dir.Write("a.txt", "uno");
  dir.Write("b/ignored.md", "no");
  CorpusReader reader({dir.path.string()}, {"2023-11", 32 << 20});
  auto docs = ReadAll(reader);
  REQUIRE(docs.size() == 2);
  REQUIRE(docs[0].text == "uno");
  REQUIRE(docs[1].text == "due");
  // --date applies to documents without one
  REQUIRE(docs[0].date == "2023-11");
}

TEST_CASE("CorpusReader: bad documents and lines are skipped and reported", "[extract]") {
  ScratchDir dir;
  dir.Write("bin.txt", std::string("ab\0cd", 5));
  std::string jsonl = dir.Write("docs.jsonl",
                                "{\"id\": \"x\", \"date\": \"2022-01-07\", \"text\": \"testo\"}\n"
                                "{rotto\n"
                                "[1, 2]\n");
  CorpusReader reader({dir.path.string()}, {});
  auto docs = ReadAll(reader);
  REQUIRE(docs.size() == 1);
  REQUIRE(docs[0].id == "x");
  REQUIRE(reader.skipped().size() == 3);
  // each names its file, and its line for JSON Lines
  REQUIRE(reader.skipped()[0].where.find("bin.txt") != std::string::npos);
  REQUIRE(reader.skipped()[1].where == jsonl + ":2");
  REQUIRE(reader.skipped()[2].where == jsonl + ":3");
}

TEST_CASE("CorpusReader: an input that does not exist is an error", "[extract]") {
  CorpusReader reader({"/nonexistent/corpus"}, {});
  REQUIRE_THROWS_AS(ReadAll(reader), InputError);
}

TEST_CASE("CorpusReader: UTF-16 is converted, oversized documents are skipped", "[extract]") {
  ScratchDir dir;
  // "Ciao" in UTF-16LE with a byte order mark
  dir.Write("u16.txt", std::string("\xFF\xFE" "C\0i\0a\0o\0", 10));
  dir.Write("big.txt", std::string(100, 'x'));
  CorpusReader reader({dir.path.string()}, {"", 50});
  auto docs = ReadAll(reader);
  REQUIRE(docs.size() == 1);
  REQUIRE(docs[0].text == "Ciao");
  REQUIRE(reader.warnings().size() == 1);
  REQUIRE(reader.skipped().size() == 1);
  REQUIRE(reader.skipped()[0].reason.find("--max-doc-bytes") != std::string::npos);
}

TEST_CASE("Dates: what counts as a date", "[extract]") {
  REQUIRE(IsValidDate("2022"));
  REQUIRE(IsValidDate("2022-01"));
  REQUIRE(IsValidDate("2022-01-31"));
  REQUIRE_FALSE(IsValidDate("2022-13"));
  REQUIRE_FALSE(IsValidDate("22-01-01"));
  std::size_t header = 0;
  REQUIRE(ParseDateHeader(" date 2022-01-07\nTesto", &header) == "2022-01-07");
  REQUIRE(header == 17);
  REQUIRE(ParseDateHeader("Testo senza data", &header).empty());
}

}  // namespace
}  // namespace actorgraph
