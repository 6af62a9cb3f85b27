#include "extract/table_io.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace actorgraph {
namespace {

TEST_CASE("TableIo: arrays and sections read back in place", "[extract]") {
  TableWriter body;
  body.Array(std::vector<std::uint32_t>{1, 2, 3});
  body.Array(std::vector<char>{'a', 'b', 'c', 'd', 'e'});
  body.Array(std::vector<std::uint64_t>{});
  body.Array(std::vector<std::uint64_t>{7});  // after 5 chars: aligned again
  TableWriter tables;
  tables.Section("first", std::move(body).Finish());
  tables.Section("second", "");
  const std::string bytes = std::move(tables).Finish();
  REQUIRE(bytes.size() % kTableAlignment == 0);

  const auto first = FindTableSection(bytes, "first");
  REQUIRE(first);
  REQUIRE(FindTableSection(bytes, "second") == std::string_view());
  REQUIRE_FALSE(FindTableSection(bytes, "third"));
  REQUIRE_FALSE(FindTableSection("", "first"));

  TableReader in(*first);
  const std::span<const std::uint32_t> numbers = in.Array<std::uint32_t>();
  REQUIRE(std::vector<std::uint32_t>(numbers.begin(), numbers.end()) ==
          std::vector<std::uint32_t>{1, 2, 3});
  REQUIRE(in.Bytes() == "abcde");
  REQUIRE(in.Array<std::uint64_t>().empty());
  const std::span<const std::uint64_t> seven = in.Array<std::uint64_t>();
  REQUIRE(seven.size() == 1);
  REQUIRE(seven[0] == 7);
  REQUIRE(reinterpret_cast<std::uintptr_t>(seven.data()) % alignof(std::uint64_t) == 0);
  REQUIRE(in.AtEnd());
}

TEST_CASE("TableIo: a count past the end or a misaligned start is a SchemaError", "[extract]") {
  TableWriter out;
  out.Array(std::vector<std::uint32_t>{1, 2, 3});
  const std::string bytes = std::move(out).Finish();
  TableReader truncated(std::string_view(bytes).substr(0, 12));
  REQUIRE_THROWS_AS(truncated.Array<std::uint32_t>(), SchemaError);
  TableReader empty(std::string_view(bytes).substr(0, 0));
  REQUIRE_THROWS_AS(empty.Array<std::uint32_t>(), SchemaError);
  const std::string shifted = " " + bytes;
  REQUIRE_THROWS_AS(TableReader(std::string_view(shifted).substr(1)), SchemaError);
}

TEST_CASE("TableArray: built, borrowed, copied and moved, it shows the same records", "[extract]") {
  TableArray<std::uint32_t> built;
  built.push_back(4);
  built.push_back(5);
  built.Mutable(0) = 3;
  REQUIRE(std::vector<std::uint32_t>(built.begin(), built.end()) ==
          std::vector<std::uint32_t>{3, 5});

  TableWriter out;
  built.Write(out);
  const std::string bytes = std::move(out).Finish();
  TableReader in(bytes);
  TableArray<std::uint32_t> borrowed;
  borrowed.Read(in);
  REQUIRE(borrowed.size() == 2);
  REQUIRE(borrowed[1] == 5);
  REQUIRE(static_cast<const void*>(borrowed.data()) >= static_cast<const void*>(bytes.data()));

  // a copy of a borrowed array borrows too; changing it copies the records first
  TableArray<std::uint32_t> copy = borrowed;
  REQUIRE(copy.data() == borrowed.data());
  copy.push_back(6);
  REQUIRE(copy.size() == 3);
  REQUIRE(borrowed.size() == 2);
  REQUIRE(copy[0] == 3);

  // a copy of a built array owns its records; a move keeps them where they are
  TableArray<std::uint32_t> built_copy = built;
  REQUIRE(built_copy.data() != built.data());
  const std::uint32_t* where = built.data();
  TableArray<std::uint32_t> moved = std::move(built);
  REQUIRE(moved.data() == where);
  REQUIRE(moved[1] == 5);
}

}  // namespace
}  // namespace actorgraph
