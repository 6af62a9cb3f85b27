#include "extract/schema.h"

#include <algorithm>

#include <spdlog/spdlog.h>
#include <yaml-cpp/yaml.h>

#include "extract/document.h"

namespace actorgraph {
namespace {

// Reads one YAML file, turning every problem into a SchemaError with file:line:col.
class FileReader {
 public:
  explicit FileReader(const std::string& file) : file_(file) {}

  SourcePosition At(const YAML::Node& node) const {
    const YAML::Mark mark = node.Mark();
    if (mark.is_null()) return {file_};
    return {file_, static_cast<std::size_t>(mark.line) + 1,
            static_cast<std::size_t>(mark.column) + 1};
  }

  [[noreturn]] void Fail(const YAML::Node& node, const std::string& message,
                         const std::string& hint = {}) const {
    throw SchemaError(message, At(node), hint);
  }

  // Checks that a map has only the given keys.
  void CheckKeys(const YAML::Node& map, std::initializer_list<std::string_view> known,
                 const std::string& what) const {
    if (!map.IsMap()) Fail(map, what + " must be a map");
    for (const auto& entry : map) {
      if (!entry.first.IsScalar()) Fail(entry.first, what + ": a key must be a plain name");
      const std::string key = entry.first.as<std::string>();
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        std::string list;
        for (std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
        Fail(entry.first, what + ": unknown key '" + key + "'", "known: " + list);
      }
    }
  }

  std::string String(const YAML::Node& node, const std::string& what) const {
    if (!node.IsScalar()) Fail(node, what + " must be a string");
    return node.as<std::string>();
  }

  std::string Required(const YAML::Node& map, const char* key, const std::string& what) const {
    const YAML::Node node = map[key];
    if (!node) Fail(map, what + ": missing '" + key + "'");
    std::string value = String(node, what + "." + key);
    if (value.empty()) Fail(node, what + "." + key + " must not be empty");
    return value;
  }

  std::string Optional(const YAML::Node& map, const char* key, const std::string& what) const {
    const YAML::Node node = map[key];
    if (!node || node.IsNull()) return "";
    return String(node, what + "." + key);
  }

  bool Bool(const YAML::Node& map, const char* key, bool fallback, const std::string& what) const {
    const YAML::Node node = map[key];
    if (!node || node.IsNull()) return fallback;
    try {
      return node.as<bool>();
    } catch (const YAML::Exception&) {
      Fail(node, what + "." + key + " must be true or false");
    }
  }

  double Number(const YAML::Node& map, const char* key, double fallback,
                const std::string& what) const {
    const YAML::Node node = map[key];
    if (!node || node.IsNull()) return fallback;
    try {
      return node.as<double>();
    } catch (const YAML::Exception&) {
      Fail(node, what + "." + key + " must be a number");
    }
  }

  // A list of strings; a single string is accepted as a list of one.
  std::vector<std::string> Strings(const YAML::Node& node, const std::string& what) const {
    std::vector<std::string> out;
    if (!node || node.IsNull()) return out;
    if (node.IsScalar()) {
      out.push_back(node.as<std::string>());
      return out;
    }
    if (!node.IsSequence()) Fail(node, what + " must be a list of strings");
    for (const YAML::Node& item : node) out.push_back(String(item, what));
    return out;
  }

  std::string Date(const YAML::Node& map, const char* key, const std::string& what) const {
    std::string value = Optional(map, key, what);
    if (!value.empty() && !IsValidDate(value)) {
      Fail(map[key], what + "." + key + " '" + value + "' is not a date", "use YYYY-MM-DD");
    }
    return value;
  }

  const std::string& file() const { return file_; }

 private:
  std::string file_;
};

// The schema's actors are copied at every mention: their strings are made Permanent, so that
// the copies count nothing (extract/shared_string.h).
void MakePermanent(ActorRef& ref) {
  for (SharedString* field :
       {&ref.id, &ref.label, &ref.type, &ref.country, &ref.sector, &ref.wikidata}) {
    *field = SharedString::Permanent(*field);
  }
}

ActorEntry ParseActor(const FileReader& r, const YAML::Node& node) {
  r.CheckKeys(node,
              {"id", "type", "label", "names", "acronyms", "demonyms", "capitals", "seats",
               "country", "wikidata", "cameo", "iso2", "leader_office", "offices", "surname"},
              "actor");
  ActorEntry a;
  a.where = r.At(node);
  a.ref.id = r.Required(node, "id", "actor");
  const std::string what = "actor '" + a.ref.id + "'";
  a.ref.type = r.Required(node, "type", what);
  a.ref.label = r.Required(node, "label", what);
  a.ref.country = r.Optional(node, "country", what);
  a.ref.wikidata = r.Optional(node, "wikidata", what);
  a.cameo = r.Optional(node, "cameo", what);
  a.iso2 = r.Optional(node, "iso2", what);
  a.leader_office = r.Optional(node, "leader_office", what);
  a.surname = r.Bool(node, "surname", true, what);
  if (const YAML::Node names = node["names"]) {
    if (names.IsMap()) {
      if (const YAML::Node it = names["it"]; it && it.IsSequence() && it.size() > 0) {
        a.italian_name = r.Strings(it, what + ".names.it").front();
      }
      for (const auto& lang : names) {
        for (std::string& n : r.Strings(lang.second, what + ".names")) {
          a.names.push_back(std::move(n));
        }
      }
    } else {
      a.names = r.Strings(names, what + ".names");
    }
  }
  a.acronyms = r.Strings(node["acronyms"], what + ".acronyms");
  a.demonyms = r.Strings(node["demonyms"], what + ".demonyms");
  a.capitals = r.Strings(node["capitals"], what + ".capitals");
  a.seats = r.Strings(node["seats"], what + ".seats");
  if (a.ref.type == "COUNTRY" && a.ref.country.empty()) a.ref.country = a.ref.id;
  if (const YAML::Node offices = node["offices"]) {
    if (!offices.IsSequence()) r.Fail(offices, what + ".offices must be a list");
    for (const YAML::Node& o : offices) {
      r.CheckKeys(o, {"office", "of", "from", "to"}, what + " office");
      OfficeTerm term;
      term.office = r.Required(o, "office", what + " office");
      term.of = r.Required(o, "of", what + " office");
      term.from = r.Date(o, "from", what + " office");
      term.to = r.Date(o, "to", what + " office");
      a.offices.push_back(std::move(term));
    }
  }
  // The label is always a name.
  if (std::find(a.names.begin(), a.names.end(), a.ref.label) == a.names.end()) {
    a.names.insert(a.names.begin(), a.ref.label);
  }
  MakePermanent(a.ref);
  return a;
}

AgentEntry ParseAgent(const FileReader& r, const YAML::Node& node) {
  r.CheckKeys(node, {"sector", "names", "alone", "in_names", "of_body"}, "agent");
  AgentEntry a;
  a.where = r.At(node);
  a.sector = r.Required(node, "sector", "agent");
  a.names = r.Strings(node["names"], "agent '" + a.sector + "'.names");
  a.alone = r.Optional(node, "alone", "agent '" + a.sector + "'");
  a.in_names = r.Bool(node, "in_names", false, "agent '" + a.sector + "'");
  a.of_body = r.Bool(node, "of_body", false, "agent '" + a.sector + "'");
  if (a.names.empty()) r.Fail(node, "agent '" + a.sector + "' has no names");
  return a;
}

OfficeEntry ParseOffice(const FileReader& r, const YAML::Node& node) {
  r.CheckKeys(node, {"office", "titles"}, "office");
  OfficeEntry o;
  o.where = r.At(node);
  o.office = r.Required(node, "office", "office");
  o.titles = r.Strings(node["titles"], "office '" + o.office + "'.titles");
  if (o.titles.empty()) r.Fail(node, "office '" + o.office + "' has no titles");
  return o;
}

constexpr std::string_view kRoleHint =
    "roles: subject, object, iobj, agent, of, adj, other, che, pair, pp:<preposition>, each "
    "optionally with @<agent sector>; a frame is 'source>target' or 'pair'";

bool ValidRole(std::string_view role) {
  static constexpr std::string_view kRoles[] = {"subject", "object", "iobj", "agent",
                                                 "of",      "adj",    "other", "che"};
  if (std::find(std::begin(kRoles), std::end(kRoles), role) != std::end(kRoles)) return true;
  return role.size() > 3 && role.substr(0, 3) == "pp:";
}

Trigger ParseTrigger(const FileReader& r, const YAML::Node& node, bool is_noun,
                     const std::string& what) {
  r.CheckKeys(node, {"lemma", "frames", "confidence", "when_negated"}, what);
  Trigger t;
  t.where = r.At(node);
  t.is_noun = is_noun;
  t.lemma = r.Required(node, "lemma", what);
  t.confidence = r.Number(node, "confidence", is_noun ? 0.75 : 0.85, what);
  t.when_negated = r.Optional(node, "when_negated", what);
  const YAML::Node frames = node["frames"];
  if (!frames) r.Fail(node, what + " '" + t.lemma + "': missing 'frames'", std::string(kRoleHint));
  for (const std::string& frame : r.Strings(frames, what + ".frames")) {
    ArgumentFrame f;
    if (frame == "pair") {
      f.source = f.target = "pair";
    } else {
      auto arrow = frame.find('>');
      if (arrow == std::string::npos) {
        r.Fail(frames, what + " '" + t.lemma + "': frame '" + frame + "' has no '>'",
               std::string(kRoleHint));
      }
      f.source = frame.substr(0, arrow);
      f.target = frame.substr(arrow + 1);
      // "object@embassy": the role, then the agent sector its mention must have.
      auto split_sector = [&](std::string& role, std::string& sector) {
        if (auto at = role.find('@'); at != std::string::npos) {
          sector = role.substr(at + 1);
          role.resize(at);
          if (sector.empty()) {
            r.Fail(frames, what + " '" + t.lemma + "': frame '" + frame +
                               "' names no sector after '@'",
                   std::string(kRoleHint));
          }
        }
        if (!ValidRole(role)) {
          r.Fail(frames, what + " '" + t.lemma + "': unknown role '" + role + "'",
                 std::string(kRoleHint));
        }
      };
      split_sector(f.source, f.source_sector);
      split_sector(f.target, f.target_sector);
    }
    t.frames.push_back(std::move(f));
  }
  return t;
}

RelationType ParseRelationType(const FileReader& r, const YAML::Node& node) {
  r.CheckKeys(node, {"type", "description", "family", "cameo", "symmetric", "verbs", "nouns"},
              "relation type");
  RelationType t;
  t.where = r.At(node);
  t.type = r.Required(node, "type", "relation type");
  const std::string what = "relation '" + t.type + "'";
  t.description = r.Optional(node, "description", what);
  t.family = r.Optional(node, "family", what);
  if (t.family.empty()) t.family = "conflict";
  if (t.family != "cooperation" && t.family != "conflict" && t.family != "structural") {
    r.Fail(node["family"], what + ": unknown family '" + t.family + "'",
           "known: cooperation, conflict, structural");
  }
  t.cameo = r.Strings(node["cameo"], what + ".cameo");
  t.symmetric = r.Bool(node, "symmetric", false, what);
  for (const char* key : {"verbs", "nouns"}) {
    const YAML::Node list = node[key];
    if (!list) continue;
    if (!list.IsSequence()) r.Fail(list, what + "." + key + " must be a list");
    for (const YAML::Node& item : list) {
      t.triggers.push_back(ParseTrigger(r, item, std::string(key) == "nouns",
                                        what + " " + std::string(key) + " entry"));
    }
  }
  return t;
}

// Adds `item` to `list`, replacing the entry with the same key (later files override).
template <typename T>
void Upsert(std::vector<T>& list, std::map<std::string, std::size_t, std::less<>>& index,
            const std::string& key, T item) {
  auto it = index.find(key);
  if (it != index.end()) {
    list[it->second] = std::move(item);
  } else {
    index.emplace(key, list.size());
    list.push_back(std::move(item));
  }
}

// The same for actors, whose ids are a StringTable (Schema::ActorIndex).
template <typename Index>
void Upsert(std::vector<ActorEntry>& list, Index& index, const std::string& key,
            ActorEntry item) {
  const std::uint32_t id = index.ids.Add(key);
  if (id < index.at.size()) {
    list[index.at[id]] = std::move(item);
  } else {
    index.at.push_back(static_cast<std::uint32_t>(list.size()));
    list.push_back(std::move(item));
  }
}

int CompareDates(std::string_view a, std::string_view b) {
  // Compare on the common prefix: "2022-01" covers every day of January 2022.
  std::size_t n = std::min(a.size(), b.size());
  int c = a.substr(0, n).compare(b.substr(0, n));
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

}  // namespace

bool OfficeTerm::Covers(std::string_view date) const {
  if (date.empty()) return true;
  if (!from.empty() && CompareDates(date, from) < 0) return false;
  if (!to.empty() && CompareDates(date, to) > 0) return false;
  return true;
}

void Schema::AddFile(const std::string& name, const std::string& content) {
  compiled_tables_ = {};  // they were derived from the entries this file may change
  FileReader r(name);
  YAML::Node root;
  try {
    root = YAML::Load(content);
  } catch (const YAML::ParserException& e) {
    throw SchemaError(e.msg, {name, static_cast<std::size_t>(e.mark.line) + 1,
                              static_cast<std::size_t>(e.mark.column) + 1},
                      "YAML syntax");
  }
  if (!root || root.IsNull()) return;
  r.CheckKeys(root, {"actors", "agents", "offices", "relation_types"}, "schema file");
  // Within one file an id may appear once; across files the later one replaces.
  std::set<std::string> seen;
  auto check_duplicate = [&](const YAML::Node& node, const std::string& kind,
                             const std::string& id) {
    if (!seen.insert(kind + ":" + id).second) {
      r.Fail(node, "duplicate " + kind + " '" + id + "' in this file");
    }
  };
  auto list = [&](const char* key) {
    YAML::Node node = root[key];
    if (node && !node.IsSequence()) r.Fail(node, std::string(key) + " must be a list");
    return node;
  };
  // Each section: parse every entry, reject a duplicate within this file, upsert by key.
  auto add_all = [&](const char* key, const char* kind, auto parse, auto& entries, auto& index,
                     auto key_of) {
    YAML::Node node = list(key);
    if (!node) return;
    for (const YAML::Node& n : node) {
      auto entry = parse(r, n);
      std::string id = key_of(entry);
      check_duplicate(n, kind, id);
      Upsert(entries, index, id, std::move(entry));
    }
  };
  add_all("actors", "actor", ParseActor, actors_, actor_index_,
          [](const ActorEntry& a) { return a.ref.id; });
  add_all("agents", "agent", ParseAgent, agents_, agent_index_,
          [](const AgentEntry& a) { return a.sector; });
  add_all("offices", "office", ParseOffice, offices_, office_index_,
          [](const OfficeEntry& o) { return o.office; });
  add_all("relation_types", "relation type", ParseRelationType, types_, type_index_,
          [](const RelationType& t) { return t.type; });
}

void Schema::Validate() const {
  for (const ActorEntry& a : actors_) {
    if (!a.ref.country.empty() && !FindActor(a.ref.country)) {
      throw SchemaError("actor '" + a.ref.id + "': unknown country '" + a.ref.country + "'",
                        a.where, "use an actor id, e.g. KAZ");
    }
    if (!a.leader_office.empty() &&
        office_index_.find(a.leader_office) == office_index_.end()) {
      throw SchemaError("actor '" + a.ref.id + "': unknown leader_office '" + a.leader_office +
                            "'",
                        a.where, "offices are defined under 'offices:'");
    }
    for (const OfficeTerm& term : a.offices) {
      if (!FindActor(term.of)) {
        throw SchemaError("actor '" + a.ref.id + "': office '" + term.office +
                              "' of unknown actor '" + term.of + "'",
                          a.where);
      }
      if (office_index_.find(term.office) == office_index_.end()) {
        throw SchemaError("actor '" + a.ref.id + "': unknown office '" + term.office + "'",
                          a.where, "offices are defined under 'offices:'");
      }
    }
  }
  for (const AgentEntry& a : agents_) {
    if (!a.alone.empty() && !FindActor(a.alone)) {
      throw SchemaError("agent '" + a.sector + "': unknown actor '" + a.alone + "'", a.where);
    }
  }
  // "object@embasy" would silently never match: a frame's sector must be an agent's.
  auto known_sector = [&](const std::string& sector) {
    return sector.empty() || std::any_of(agents_.begin(), agents_.end(), [&](const AgentEntry& a) {
             return a.sector == sector;
           });
  };
  for (const RelationType& type : types_) {
    for (const Trigger& trigger : type.triggers) {
      if (!trigger.when_negated.empty() && !FindType(trigger.when_negated)) {
        throw SchemaError("relation '" + type.type + "' trigger '" + trigger.lemma +
                              "': unknown when_negated type '" + trigger.when_negated + "'",
                          trigger.where, "use a type defined under 'relation_types:'");
      }
      for (const ArgumentFrame& frame : trigger.frames) {
        for (const std::string& sector : {frame.source_sector, frame.target_sector}) {
          if (!known_sector(sector)) {
            throw SchemaError("relation '" + type.type + "' trigger '" + trigger.lemma +
                                  "': unknown sector '" + sector + "'",
                              trigger.where, "sectors are defined under 'agents:'");
          }
        }
      }
    }
  }
}

Schema Schema::LoadFromStrings(const std::vector<std::pair<std::string, std::string>>& files) {
  Schema schema;
  for (const auto& [name, content] : files) schema.AddFile(name, content);
  schema.Validate();
  return schema;
}

void Schema::Index() {
  actor_index_ = {};
  agent_index_.clear();
  office_index_.clear();
  type_index_.clear();
  for (std::size_t i = 0; i < actors_.size(); ++i) {
    if (actor_index_.ids.Add(actors_[i].ref.id) == actor_index_.at.size()) {
      actor_index_.at.push_back(static_cast<std::uint32_t>(i));  // the first one wins
    }
  }
  for (std::size_t i = 0; i < agents_.size(); ++i) agent_index_.emplace(agents_[i].sector, i);
  for (std::size_t i = 0; i < offices_.size(); ++i) office_index_.emplace(offices_[i].office, i);
  for (std::size_t i = 0; i < types_.size(); ++i) type_index_.emplace(types_[i].type, i);
}

// Schema::Load is in schema_load.cpp.

const ActorEntry* Schema::FindActor(std::string_view id) const {
  const std::uint32_t found = actor_index_.ids.Find(id);
  return found == StringTable::kNotFound ? nullptr : &actors_[actor_index_.at[found]];
}

const RelationType* Schema::FindType(std::string_view type) const {
  auto it = type_index_.find(type);
  return it == type_index_.end() ? nullptr : &types_[it->second];
}

void Schema::UseItalianLabels() {
  for (ActorEntry& a : actors_) {
    if (!a.italian_name.empty()) a.ref.label = SharedString::Permanent(a.italian_name);
  }
}

std::set<std::string> Schema::SymmetricTypes() const {
  std::set<std::string> out;
  for (const RelationType& t : types_) {
    if (t.symmetric) out.insert(t.type);
  }
  return out;
}

}  // namespace actorgraph
