#pragma once
// The text of a token (`Token::lower`, `Token::fold`): a string that holds up to
// kInlineCapacity bytes inside the object and reads like a std::string_view. The tokenizer
// writes two of them for every token of every sentence; with std::string each write was an
// out-of-line assign() and a memcpy call, about a tenth of extraction's instructions for
// the tokenizer alone. A word (nearly every Italian word fits) is written here with one
// fixed-size copy. Longer texts go to the heap. The bytes are not NUL-terminated.

#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace actorgraph {

class TokenText {
 public:
  static constexpr std::size_t kInlineCapacity = 32;

  TokenText() noexcept = default;
  // Explicit, so that a function with an overload for TokenText (a memo of the word's
  // classes) and one for std::string_view is not ambiguous for a string or a literal.
  explicit TokenText(std::string_view text) { assign(text.data(), text.size()); }
  TokenText(const TokenText& other) { assign(other.data(), other.size()); }
  TokenText(TokenText&& other) noexcept { *this = std::move(other); }
  TokenText& operator=(const TokenText& other) {
    if (this != &other) assign(other.data(), other.size());
    return *this;
  }
  TokenText& operator=(TokenText&& other) noexcept {
    if (this == &other) return *this;
    if (other.IsInline()) {
      std::memcpy(data_, other.data_, kInlineCapacity);  // our capacity is at least that
      size_ = other.size_;
    } else {
      Release();
      data_ = other.data_;
      size_ = other.size_;
      capacity_ = other.capacity_;
      other.data_ = other.inline_;
      other.capacity_ = kInlineCapacity;
    }
    classes_ = other.classes_;
    other.size_ = 0;
    other.classes_ = 0;
    return *this;
  }
  TokenText& operator=(std::string_view text) {
    assign(text.data(), text.size());
    return *this;
  }
  TokenText& operator=(const char* text) { return *this = std::string_view(text); }
  TokenText& operator=(const std::string& text) { return *this = std::string_view(text); }
  ~TokenText() { Release(); }

  // Replaces the text with text[0, size).
  void assign(const char* text, std::size_t size) {
    Reserve(size);
    if (size > 0) std::memmove(data_, text, size);
    size_ = static_cast<std::uint32_t>(size);
    classes_ = 0;
  }
  // The same for size <= kInlineCapacity, when `buffer` has kInlineCapacity readable bytes
  // (the bytes after the text are copied too, and ignored): one fixed-size copy.
  void AssignShort(const char* buffer, std::size_t size) {
    std::memcpy(data_, buffer, kInlineCapacity);  // the capacity is never below that
    size_ = static_cast<std::uint32_t>(size);
    classes_ = 0;
  }
  TokenText& operator+=(std::string_view more) {
    const std::size_t old = size_;
    Reserve(old + more.size(), true);
    std::memcpy(data_ + old, more.data(), more.size());
    size_ = static_cast<std::uint32_t>(old + more.size());
    classes_ = 0;
    return *this;
  }

  const char* data() const { return data_; }
  char* data() { return data_; }
  std::size_t size() const { return size_; }
  std::size_t length() const { return size_; }
  bool empty() const { return size_ == 0; }
  const char* begin() const { return data_; }
  const char* end() const { return data_ + size_; }
  char operator[](std::size_t i) const { return data_[i]; }
  char front() const { return data_[0]; }
  char back() const { return data_[size_ - 1]; }
  std::string_view view() const { return {data_, size_}; }
  std::string str() const { return std::string(data_, size_); }
  // NOLINTBEGIN(google-explicit-constructor): read as a string_view everywhere; a copy
  // where a std::string is asked for (a relation's trigger word)
  operator std::string_view() const { return view(); }
  operator std::string() const { return str(); }
  // NOLINTEND(google-explicit-constructor)

  bool starts_with(std::string_view prefix) const { return view().starts_with(prefix); }
  bool starts_with(char c) const { return size_ > 0 && data_[0] == c; }
  bool ends_with(std::string_view suffix) const { return view().ends_with(suffix); }
  bool ends_with(char c) const { return size_ > 0 && data_[size_ - 1] == c; }
  // A suffix literal compared without strlen.
  template <std::size_t N>
  bool ends_with(const char (&suffix)[N]) const {
    return size_ >= N - 1 &&
           std::char_traits<char>::compare(data_ + size_ - (N - 1), suffix, N - 1) == 0;
  }
  template <std::size_t N>
  bool starts_with(const char (&prefix)[N]) const {
    return size_ >= N - 1 && std::char_traits<char>::compare(data_, prefix, N - 1) == 0;
  }
  std::size_t find(std::string_view what, std::size_t pos = 0) const {
    return view().find(what, pos);
  }
  std::size_t find(char c, std::size_t pos = 0) const { return view().find(c, pos); }
  std::size_t rfind(std::string_view what, std::size_t pos = std::string_view::npos) const {
    return view().rfind(what, pos);
  }
  std::size_t rfind(char c, std::size_t pos = std::string_view::npos) const {
    return view().rfind(c, pos);
  }
  std::size_t find_first_of(std::string_view chars, std::size_t pos = 0) const {
    return view().find_first_of(chars, pos);
  }
  std::string_view substr(std::size_t pos, std::size_t count = std::string_view::npos) const {
    return view().substr(pos, count);
  }
  int compare(std::string_view other) const { return view().compare(other); }

  // A memo of answers about the word, 0 until the first question, cleared whenever the text
  // changes: bits 0-15 for the recogniser's word classes (WordClasses in
  // extract/actor_recognizer.h), bits 30-31 for NeedsMatchKey (extract/gazetteer.h). The
  // tokens of a sentence belong to one thread, so a const token may fill it.
  std::uint32_t classes() const { return classes_; }
  void set_classes(std::uint32_t classes) const { classes_ = classes; }

  friend bool operator==(const TokenText& a, const TokenText& b) { return a.view() == b.view(); }
  friend bool operator==(const TokenText& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const TokenText& a, const std::string& b) {
    return a.view() == std::string_view(b);
  }
  // A literal: the lengths compared first, inline (the rules' most frequent test).
  template <std::size_t N>
  friend bool operator==(const TokenText& text, const char (&literal)[N]) {
    return text.size_ == N - 1 &&
           std::char_traits<char>::compare(text.data_, literal, N - 1) == 0;
  }
  friend std::strong_ordering operator<=>(const TokenText& a, const TokenText& b) {
    return a.view() <=> b.view();
  }
  friend std::strong_ordering operator<=>(const TokenText& a, std::string_view b) {
    return a.view() <=> b;
  }

 private:
  bool IsInline() const { return data_ == inline_; }
  void Release() {
    if (!IsInline()) delete[] data_;
  }
  // Makes room for `size` bytes; keeps the text when `keep`.
  void Reserve(std::size_t size, bool keep = false) {
    if (size <= capacity_) return;
    std::size_t capacity = 2 * capacity_;
    while (capacity < size) capacity *= 2;
    char* bigger = new char[capacity];
    if (keep) std::memcpy(bigger, data_, size_);
    Release();
    data_ = bigger;
    capacity_ = static_cast<std::uint32_t>(capacity);
  }

  char* data_ = inline_;
  std::uint32_t size_ = 0;
  std::uint32_t capacity_ = kInlineCapacity;
  mutable std::uint32_t classes_ = 0;
  char inline_[kInlineCapacity];
};

}  // namespace actorgraph
