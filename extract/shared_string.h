#pragma once
// SharedString: an immutable string that is cheap to copy, for the fields of ActorRef. An actor
// is copied at every mention, relation and update of the document's memory; with six
// std::strings a copy cost 200-280 instructions and often an allocation, a fifth of
// extraction. A SharedString is one pointer to a shared block: copying it adds one to the
// block's count, and copying the strings of a schema's actors (made Permanent when the schema
// is built) touches no count at all, so that threads sharing a schema never write to the same
// memory. Assigning a new value replaces the block; the text of a block never changes.
// Compares with a string literal like LiteralComparableString (`actor.type == "PERSON"`).

#include <atomic>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <utility>

namespace actorgraph {

class SharedString {
 public:
  SharedString() = default;
  // Implicit on purpose: a drop-in for the std::string fields it replaced.
  // NOLINTBEGIN(google-explicit-constructor)
  SharedString(std::string_view text) : rep_(text.empty() ? nullptr : NewRep(std::string(text))) {}
  SharedString(const std::string& text) : SharedString(std::string_view(text)) {}
  SharedString(std::string&& text) : rep_(text.empty() ? nullptr : NewRep(std::move(text))) {}
  SharedString(const char* text) : SharedString(std::string_view(text)) {}
  // NOLINTEND(google-explicit-constructor)

  SharedString(const SharedString& other) noexcept : rep_(other.rep_) { Acquire(); }
  SharedString(SharedString&& other) noexcept : rep_(std::exchange(other.rep_, nullptr)) {}
  SharedString& operator=(const SharedString& other) noexcept {
    if (rep_ != other.rep_) {
      other.Acquire();
      Release();
      rep_ = other.rep_;
    }
    return *this;
  }
  SharedString& operator=(SharedString&& other) noexcept {
    if (this != &other) {
      Release();
      rep_ = std::exchange(other.rep_, nullptr);
    }
    return *this;
  }
  ~SharedString() { Release(); }
  // Exchanges the blocks, counting nothing: std::rotate and std::swap over actors use it.
  friend void swap(SharedString& a, SharedString& b) noexcept { std::swap(a.rep_, b.rep_); }

  // The same text in a block that lives as long as the process and is shared by every equal
  // Permanent string: copies of it count nothing. For the schema's actors, built once.
  static SharedString Permanent(std::string_view text);

  const std::string& str() const { return rep_ ? rep_->text : EmptyString(); }
  // NOLINTNEXTLINE(google-explicit-constructor): reads as the std::string it replaced
  operator const std::string&() const { return str(); }
  // NOLINTNEXTLINE(google-explicit-constructor)
  operator std::string_view() const { return str(); }

  bool empty() const { return rep_ == nullptr; }
  std::size_t size() const { return rep_ ? rep_->text.size() : 0; }
  const char* data() const { return str().data(); }
  const char* c_str() const { return str().c_str(); }
  bool starts_with(std::string_view prefix) const { return str().starts_with(prefix); }
  void clear() {
    Release();
    rep_ = nullptr;
  }
  template <typename Text>
  SharedString& assign(Text&& text) {
    return *this = SharedString(std::forward<Text>(text));
  }

  // Two Permanent strings are equal only in the same block (equal texts share one): the
  // rules compare the ids of the schema's actors without reading them.
  friend bool operator==(const SharedString& a, const SharedString& b) {
    if (a.rep_ == b.rep_) return true;
    if (a.rep_ && b.rep_ && a.rep_->permanent && b.rep_->permanent) return false;
    return a.str() == b.str();
  }
  template <std::size_t N>
  friend bool operator==(const SharedString& text, const char (&literal)[N]) {
    return text.size() == N - 1 &&
           std::char_traits<char>::compare(text.data(), literal, N - 1) == 0;
  }
  friend bool operator==(const SharedString& a, std::string_view b) {
    return std::string_view(a) == b;
  }
  friend bool operator==(const SharedString& a, const std::string& b) { return a.str() == b; }
  friend std::strong_ordering operator<=>(const SharedString& a, const SharedString& b) {
    return a.str() <=> b.str();
  }
  friend std::strong_ordering operator<=>(const SharedString& a, std::string_view b) {
    return std::string_view(a) <=> b;
  }
  friend std::strong_ordering operator<=>(const SharedString& a, const std::string& b) {
    return a.str() <=> b;
  }

  friend std::string operator+(const SharedString& a, std::string_view b) {
    return std::string(a.str()).append(b);
  }
  friend std::string operator+(const SharedString& a, const char* b) {
    return std::string(a.str()).append(b);
  }
  friend std::string operator+(const SharedString& a, char b) { return std::string(a.str()) + b; }
  friend std::string operator+(std::string a, const SharedString& b) {
    return std::move(a.append(b.str()));
  }
  friend std::string operator+(const char* a, const SharedString& b) {
    return std::string(a).append(b.str());
  }

  friend std::ostream& operator<<(std::ostream& out, const SharedString& text);

 private:
  struct Rep {
    // A constructor, not aggregate initialisation: clang 14 (the fuzz build) has no
    // parenthesised aggregate initialisation for deque::emplace_back.
    Rep(std::uint32_t initial_count, bool is_permanent, std::string value)
        : count(initial_count), permanent(is_permanent), text(std::move(value)) {}
    std::atomic<std::uint32_t> count{1};
    bool permanent = false;  // never counted nor freed
    std::string text;
  };

  static Rep* NewRep(std::string&& text) { return new Rep(1, false, std::move(text)); }
  static const std::string& EmptyString();

  void Acquire() const {
    if (rep_ && !rep_->permanent) rep_->count.fetch_add(1, std::memory_order_relaxed);
  }
  void Release() {
    if (rep_ && !rep_->permanent && rep_->count.fetch_sub(1, std::memory_order_acq_rel) == 1) {
      delete rep_;
    }
  }

  Rep* rep_ = nullptr;  // nullptr: the empty string
};

}  // namespace actorgraph
