#include "extract/relation_json.h"

#include <nlohmann/json.hpp>

#include "extract/error.h"

namespace actorgraph {
namespace {

using Json = nlohmann::ordered_json;

Json ActorToJson(const ActorRef& actor) {
  Json j;
  j["id"] = actor.id;
  j["label"] = actor.label;
  j["type"] = actor.type;
  if (!actor.country.empty()) j["country"] = actor.country;
  if (!actor.sector.empty()) j["sector"] = actor.sector;
  if (!actor.wikidata.empty()) j["wikidata"] = actor.wikidata;
  return j;
}

std::string Dump(const Json& j) {
  // Invalid UTF-8 never reaches here (the reader replaces it), but never throw on output.
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

template <typename T>
T Get(const nlohmann::json& j, const char* key, T fallback) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return fallback;
  return it->get<T>();
}

ActorRef ActorFromJson(const nlohmann::json& j) {
  ActorRef actor;
  if (j.is_string()) {
    actor.id = j.get<std::string>();
    actor.label = actor.id;
    return actor;
  }
  actor.id = Get<std::string>(j, "id", "");
  actor.label = Get<std::string>(j, "label", actor.id);
  actor.type = Get<std::string>(j, "type", "");
  actor.country = Get<std::string>(j, "country", "");
  actor.sector = Get<std::string>(j, "sector", "");
  actor.wikidata = Get<std::string>(j, "wikidata", "");
  return actor;
}

}  // namespace

std::string RelationToJson(const Relation& r) {
  Json j;
  j["doc"] = r.doc;
  j["date"] = r.date;
  j["sentence"] = r.sentence;
  j["start"] = r.start;
  j["end"] = r.end;
  j["source"] = ActorToJson(r.source);
  j["type"] = r.type;
  j["target"] = ActorToJson(r.target);
  j["trigger"] = r.trigger;
  j["negated"] = r.negated;
  j["modality"] = r.modality;
  j["confidence"] = r.confidence;
  j["rule"] = r.rule;
  if (!r.location.empty()) j["location"] = r.location;
  if (!r.attribute.empty()) j["attribute"] = r.attribute;
  j["text"] = r.text;
  return Dump(j);
}

std::string MentionToJson(const Mention& m) {
  Json j;
  j["doc"] = m.doc;
  j["sentence"] = m.sentence;
  j["start"] = m.start;
  j["end"] = m.end;
  j["text"] = m.text;
  j["id"] = m.actor.id;
  j["label"] = m.actor.label;
  j["type"] = m.actor.type;
  if (!m.actor.country.empty()) j["country"] = m.actor.country;
  if (!m.actor.sector.empty()) j["sector"] = m.actor.sector;
  j["resolution"] = m.resolution;
  j["location"] = m.is_location;
  return Dump(j);
}

Relation RelationFromJson(std::string_view line, const std::string& where) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    throw InputError("not a JSON relation: " + std::string(e.what()), {where, 0, 0});
  }
  try {
    if (!j.is_object()) throw InputError("a relation must be a JSON object", {where});
    Relation r;
    r.doc = Get<std::string>(j, "doc", "");
    r.date = Get<std::string>(j, "date", "");
    r.sentence = Get<std::size_t>(j, "sentence", 0);
    r.start = Get<std::size_t>(j, "start", 0);
    r.end = Get<std::size_t>(j, "end", 0);
    if (!j.contains("source") || !j.contains("target") || !j.contains("type")) {
      throw InputError("a relation needs \"source\", \"type\" and \"target\"", {where});
    }
    r.source = ActorFromJson(j["source"]);
    r.type = Get<std::string>(j, "type", "");
    r.target = ActorFromJson(j["target"]);
    r.trigger = Get<std::string>(j, "trigger", "");
    r.negated = Get<bool>(j, "negated", false);
    r.modality = Get<std::string>(j, "modality", kModalityAsserted);
    r.confidence = Get<double>(j, "confidence", 1.0);
    r.rule = Get<std::string>(j, "rule", "");
    r.location = Get<std::string>(j, "location", "");
    r.attribute = Get<std::string>(j, "attribute", "");
    r.text = Get<std::string>(j, "text", "");
    if (r.source.id.empty() || r.target.id.empty() || r.type.empty()) {
      throw InputError("a relation's source id, target id and type must not be empty", {where});
    }
    return r;
  } catch (const nlohmann::json::exception& e) {
    throw InputError("malformed relation: " + std::string(e.what()), {where});
  }
}

}  // namespace actorgraph
