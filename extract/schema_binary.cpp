#include "extract/schema_binary.h"

#include <algorithm>
#include <bit>
#include <map>
#include <type_traits>
#include <utility>
#include <vector>

#include "extract/error.h"

namespace actorgraph {
namespace {

// Each overload lists every field of one struct, once, for both the writer and the reader. The
// structured binding must name all fields, so adding a field to a schema struct stops the build
// here until it is listed (and kSchemaBinaryVersion bumped).
template <typename T, typename U>
concept Is = std::is_same_v<std::remove_const_t<T>, U>;

template <typename Archive, Is<ActorRef> T>
void Fields(Archive& ar, T& r) {
  auto& [id, label, type, country, sector, wikidata] = r;
  ar(id, label, type, country, sector, wikidata);
}

template <typename Archive, Is<OfficeTerm> T>
void Fields(Archive& ar, T& t) {
  auto& [office, of, from, to] = t;
  ar(office, of, from, to);
}

template <typename Archive, Is<ActorEntry> T>
void Fields(Archive& ar, T& a) {
  auto& [ref, cameo, iso2, leader_office, names, italian_name, acronyms, demonyms, capitals, seats,
         offices, surname, where] = a;
  ar(ref, cameo, iso2, leader_office, names, italian_name, acronyms, demonyms, capitals, seats,
     offices, surname, where);
}

template <typename Archive, Is<AgentEntry> T>
void Fields(Archive& ar, T& a) {
  auto& [sector, names, alone, in_names, of_body, where] = a;
  ar(sector, names, alone, in_names, of_body, where);
}

template <typename Archive, Is<OfficeEntry> T>
void Fields(Archive& ar, T& o) {
  auto& [office, titles, where] = o;
  ar(office, titles, where);
}

template <typename Archive, Is<ArgumentFrame> T>
void Fields(Archive& ar, T& f) {
  auto& [source, target, source_sector, target_sector] = f;
  ar(source, target, source_sector, target_sector);
}

template <typename Archive, Is<Trigger> T>
void Fields(Archive& ar, T& t) {
  auto& [lemma, is_noun, frames, confidence, when_negated, where] = t;
  ar(lemma, is_noun, frames, confidence, when_negated, where);
}

template <typename Archive, Is<RelationType> T>
void Fields(Archive& ar, T& t) {
  auto& [type, description, family, cameo, symmetric, triggers, where] = t;
  ar(type, description, family, cameo, symmetric, triggers, where);
}

// Appends the binary form to a string. Source file names go to a table written up front.
class Writer {
 public:
  void operator()(const auto&... values) { (Write(values), ...); }

  void Varint(std::uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }

  void Write(const std::string& s) {
    Varint(s.size());
    out_.append(s);
  }
  // ActorRef's fields: a string, not a struct for the template below.
  void Write(const SharedString& s) { Write(s.str()); }
  void Write(const LiteralComparableString& s) { Write(static_cast<const std::string&>(s)); }
  void Write(bool b) { out_.push_back(b ? '\1' : '\0'); }
  void Write(std::size_t n) { Varint(n); }
  void Write(double d) {
    const auto bits = std::bit_cast<std::uint64_t>(d);
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
  }
  void Write(const SourcePosition& p) {
    auto [it, added] = files_.try_emplace(p.file, files_.size());
    if (added) file_order_.push_back(&it->first);
    Varint(it->second);
    Varint(p.line);
    Varint(p.column);
  }
  template <typename T>
  void Write(const std::vector<T>& list) {
    Varint(list.size());
    for (const T& item : list) Write(item);
  }
  template <typename T>
  void Write(const T& entry) {
    Fields(*this, entry);
  }

  // The header and file table followed by everything written so far.
  std::string Finish() && {
    Writer head;
    head.out_.append(kSchemaBinaryMagic);
    head.Varint(kSchemaBinaryVersion);
    head.Varint(file_order_.size());
    for (const std::string* file : file_order_) head.Write(*file);
    return std::move(head.out_) + out_;
  }

 private:
  std::string out_;
  std::map<std::string, std::size_t, std::less<>> files_;
  std::vector<const std::string*> file_order_;
};

// Reads what Writer wrote; any inconsistency is a SchemaError naming the byte offset.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}

  void operator()(auto&... values) { (Read(values), ...); }

  [[noreturn]] void Fail(const std::string& message) const {
    throw SchemaError("compiled schema: " + message + " at byte " + std::to_string(pos_), {},
                      "it must be written by SerializeSchema (schema_compiler) of this version");
  }

  std::uint64_t Varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= bytes_.size()) Fail("truncated");
      const auto byte = static_cast<unsigned char>(bytes_[pos_++]);
      v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return v;
    }
    Fail("bad number");
  }

  // A count of items that each take at least one byte, so a corrupt count cannot allocate more
  // than the input holds.
  std::size_t Count() {
    const std::uint64_t n = Varint();
    if (n > bytes_.size() - pos_) Fail("count past the end");
    return static_cast<std::size_t>(n);
  }

  std::string_view Bytes(std::size_t n) {
    if (n > bytes_.size() - pos_) Fail("truncated");
    std::string_view s = bytes_.substr(pos_, n);
    pos_ += n;
    return s;
  }

  void Read(std::string& s) { s = Bytes(Count()); }
  // The schema's actors are copied at every mention: Permanent strings are copied for free.
  void Read(SharedString& s) { s = SharedString::Permanent(Bytes(Count())); }
  void Read(LiteralComparableString& s) { Read(static_cast<std::string&>(s)); }
  void Read(bool& b) {
    const char c = Bytes(1)[0];
    if (c != '\0' && c != '\1') Fail("bad flag");
    b = c == '\1';
  }
  void Read(std::size_t& n) { n = static_cast<std::size_t>(Varint()); }
  void Read(double& d) {
    const std::string_view raw = Bytes(8);
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) {
      bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(raw[i])) << (8 * i);
    }
    d = std::bit_cast<double>(bits);
  }
  void Read(SourcePosition& p) {
    const std::uint64_t file = Varint();
    if (file >= files_.size()) Fail("bad file index");
    p.file = files_[file];
    Read(p.line);
    Read(p.column);
  }
  template <typename T>
  void Read(std::vector<T>& list) {
    const std::size_t n = Count();
    list.clear();
    list.reserve(n);
    for (std::size_t i = 0; i < n; ++i) Read(list.emplace_back());
  }
  template <typename T>
  void Read(T& entry) {
    Fields(*this, entry);
  }

  void Header() {
    if (Bytes(std::min(bytes_.size(), kSchemaBinaryMagic.size())) != kSchemaBinaryMagic) {
      pos_ = 0;
      Fail("not a compiled schema (bad magic)");
    }
    const std::uint64_t version = Varint();
    if (version != kSchemaBinaryVersion) {
      Fail("version " + std::to_string(version) + ", expected " +
           std::to_string(kSchemaBinaryVersion));
    }
    Read(files_);
  }

  bool AtEnd() const { return pos_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
  std::vector<std::string> files_;
};

}  // namespace

std::string SerializeSchema(const Schema& schema) {
  Writer w;
  w(schema.actors(), schema.agents(), schema.offices(), schema.relation_types());
  return std::move(w).Finish();
}

Schema DeserializeSchema(std::string_view bytes) {
  Reader r(bytes);
  r.Header();
  Schema schema;
  r(schema.actors_, schema.agents_, schema.offices_, schema.types_);
  if (!r.AtEnd()) r.Fail("trailing bytes");
  schema.Index();
  if (schema.actor_index_.at.size() != schema.actors_.size() ||
      schema.agent_index_.size() != schema.agents_.size() ||
      schema.office_index_.size() != schema.offices_.size() ||
      schema.type_index_.size() != schema.types_.size()) {
    r.Fail("duplicate id");
  }
  return schema;
}

}  // namespace actorgraph
