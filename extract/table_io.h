#pragma once
// Compiled lookup tables: the tables the extractor derives from a schema (the gazetteer's name
// index, every form of the trigger verbs), which schema_compiler builds once for the default
// schema and the binary embeds (DefaultCompiledTables), so that a run reads them in place
// instead of building them.
//
// The bytes are a sequence of named sections; a section is a sequence of arrays of trivially
// copyable records, each a 64-bit count followed by the records, padded to 8 bytes. Reading an
// array is a bounds check: the reader's TableArray points into the bytes. The bytes are written
// and read by the same build (schema_compiler, then actorgraph): the layout is the host's, not a
// portable format.

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "extract/error.h"

namespace actorgraph {

// Records without padding, so that every written byte is defined (reproducible builds), and
// aligned to at most 8 bytes.
template <typename T>
concept TableRecord = std::is_trivially_copyable_v<T> &&
                      std::has_unique_object_representations_v<T> && alignof(T) <= 8;

inline constexpr std::size_t kTableAlignment = 8;

class TableWriter {
 public:
  // Appends the records as a count and their bytes, padded to 8 bytes.
  template <TableRecord T>
  void Array(std::span<const T> records) {
    Count(records.size());
    Raw(records.data(), records.size() * sizeof(T));
  }
  template <TableRecord T>
  void Array(const std::vector<T>& records) {
    Array(std::span<const T>(records));
  }
  // Appends a section named `name` (a word) holding `body` (another writer's bytes).
  void Section(std::string_view name, std::string_view body) {
    Array(std::span<const char>(name));
    Array(std::span<const char>(body));
  }
  // The bytes written. Call once, last.
  std::string Finish() && { return std::move(out_); }

 private:
  void Count(std::uint64_t n) { Raw(&n, sizeof n); }
  void Raw(const void* data, std::size_t size) {
    out_.append(static_cast<const char*>(data), size);
    out_.append((kTableAlignment - out_.size() % kTableAlignment) % kTableAlignment, '\0');
  }
  std::string out_;
};

// Reads what TableWriter wrote, in place: `bytes` must start at an 8-byte boundary and outlive
// every array read from them. A count that runs past the end throws SchemaError: the bytes come
// from the binary itself, so that is a build problem, not a user's.
class TableReader {
 public:
  explicit TableReader(std::string_view bytes) : bytes_(bytes) {
    if (!bytes.empty() && reinterpret_cast<std::uintptr_t>(bytes.data()) % kTableAlignment != 0) {
      Fail();
    }
  }

  // The next array, in place; it must have been written as an array of T.
  template <TableRecord T>
  std::span<const T> Array() {
    std::uint64_t n = 0;
    std::memcpy(&n, Take(sizeof n).data(), sizeof n);
    if (n > (bytes_.size() - pos_) / sizeof(T)) Fail();
    // The records were written from objects of type T at this (aligned) place: the bytes are
    // their object representation.
    const auto* records = reinterpret_cast<const T*>(Take(n * sizeof(T)).data());
    return {records, static_cast<std::size_t>(n)};
  }
  // The next array of chars (a section's name or body).
  std::string_view Bytes() {
    const std::span<const char> bytes = Array<char>();
    return {bytes.data(), bytes.size()};
  }
  bool AtEnd() const { return pos_ == bytes_.size(); }

  // Throws the SchemaError of damaged tables (also for the checks of the tables' readers).
  [[noreturn]] static void Fail() {
    throw SchemaError("compiled lookup tables: truncated, damaged or misaligned", {},
                      "they are written by schema_compiler of this build; rebuild actorgraph");
  }

 private:
  std::string_view Take(std::uint64_t n) {
    if (n > bytes_.size() - pos_) Fail();
    const std::string_view taken = bytes_.substr(pos_, n);
    pos_ += n;
    pos_ += std::min((kTableAlignment - pos_ % kTableAlignment) % kTableAlignment,
                     bytes_.size() - pos_);
    return taken;
  }

  std::string_view bytes_;
  std::size_t pos_ = 0;
};

// Returns the body of the section named `name` in bytes of TableWriter::Section calls, or
// std::nullopt when there is none (also for empty `tables`). Throws SchemaError when damaged.
inline std::optional<std::string_view> FindTableSection(std::string_view tables,
                                                        std::string_view name) {
  TableReader reader(tables);
  while (!reader.AtEnd()) {
    const std::string_view section = reader.Bytes();
    const std::string_view body = reader.Bytes();
    if (section == name) return body;
  }
  return std::nullopt;
}

// An array of records that a table either built itself or read in place from compiled tables.
// Queries go through one span either way; the mutators (building) copy borrowed records first.
template <TableRecord T>
class TableArray {
 public:
  TableArray() = default;
  explicit TableArray(std::vector<T> records) : owned_(std::move(records)), view_(owned_) {}
  TableArray(const TableArray& other) : owned_(other.owned_) {
    view_ = other.borrowed() ? other.view_ : std::span<const T>(owned_);
  }
  TableArray& operator=(const TableArray& other) {
    if (this != &other) *this = TableArray(other);
    return *this;
  }
  // Moving a vector keeps its buffer, so the view stays right.
  TableArray(TableArray&& other) noexcept
      : owned_(std::move(other.owned_)), view_(std::exchange(other.view_, {})) {}
  TableArray& operator=(TableArray&& other) noexcept {
    owned_ = std::move(other.owned_);
    view_ = std::exchange(other.view_, {});
    return *this;
  }

  const T& operator[](std::size_t i) const { return view_[i]; }
  std::size_t size() const { return view_.size(); }
  bool empty() const { return view_.empty(); }
  const T* data() const { return view_.data(); }
  auto begin() const { return view_.begin(); }
  auto end() const { return view_.end(); }
  std::span<const T> span() const { return view_; }

  // Building. References from Mutable() last until the next call of a mutator.
  void push_back(const T& record) {
    Own();
    owned_.push_back(record);
    view_ = owned_;
  }
  template <typename Iterator>
  void append(Iterator first, Iterator last) {
    Own();
    owned_.insert(owned_.end(), first, last);
    view_ = owned_;
  }
  T& Mutable(std::size_t i) {
    Own();
    return owned_[i];
  }
  void Assign(std::vector<T> records) {
    owned_ = std::move(records);
    view_ = owned_;
  }

  void Write(TableWriter& out) const { out.Array(view_); }
  void Read(TableReader& in) {
    owned_.clear();
    owned_.shrink_to_fit();
    view_ = in.Array<T>();
  }

 private:
  bool borrowed() const { return view_.data() != owned_.data(); }
  void Own() {
    if (borrowed()) {
      owned_.assign(view_.begin(), view_.end());
      view_ = owned_;
    }
  }

  std::vector<T> owned_;
  std::span<const T> view_;
};

}  // namespace actorgraph
