#include "extract/people_index.h"

#include <algorithm>
#include <string>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/normalizer.h"

namespace actorgraph {

PeopleIndex::PeopleIndex(const Schema& schema) {
  if (const auto section = FindTableSection(schema.compiled_tables(), kPeopleSection)) {
    TableReader in(*section);
    Read(in, schema.actors().size());
    if (!in.AtEnd()) TableReader::Fail();
  } else {
    Build(schema);
  }
}

void PeopleIndex::Build(const Schema& schema) {
  const auto& actors = schema.actors();
  std::vector<std::vector<std::uint32_t>> holders_of;  // by offices_ id
  const auto add_holder = [&](const std::string& key, std::uint32_t actor) {
    const std::uint32_t id = offices_.Add(key);
    if (id == holders_of.size()) holders_of.emplace_back();
    holders_of[id].push_back(actor);
  };
  for (std::uint32_t i = 0; i < actors.size(); ++i) {
    if (actors[i].ref.type == "PERSON") {
      for (const std::string& name : actors[i].names) {
        const std::size_t space = name.find(' ');
        if (space == std::string::npos) continue;
        last_names_.Add(actors[i].ref.id + '\t' +
                        MatchKey(FoldForMatching(name.substr(name.rfind(' ') + 1))));
        std::string_view first(name.data(), space);
        if (space < 3 || first.find('.') != std::string_view::npos || first.find('-') == 0) {
          continue;
        }
        first_names_.Add(MatchKey(FoldForMatching(first)));
      }
    }
    for (const OfficeTerm& t : actors[i].offices) {
      add_holder(t.office + "|" + t.of, i);
      add_holder("*|" + t.of, i);
    }
  }
  std::vector<Range> ranges;
  std::vector<std::uint32_t> holders;
  for (const std::vector<std::uint32_t>& people : holders_of) {
    ranges.push_back({static_cast<std::uint32_t>(holders.size()),
                      static_cast<std::uint32_t>(people.size())});
    holders.insert(holders.end(), people.begin(), people.end());
  }
  holders_of_.Assign(std::move(ranges));
  holders_.Assign(std::move(holders));
}

void PeopleIndex::Write(TableWriter& out) const {
  offices_.Write(out);
  holders_of_.Write(out);
  holders_.Write(out);
  first_names_.Write(out);
  last_names_.Write(out);
}

void PeopleIndex::Read(TableReader& in, std::size_t actors) {
  offices_.Read(in);
  holders_of_.Read(in);
  holders_.Read(in);
  first_names_.Read(in);
  last_names_.Read(in);
  const bool consistent =
      holders_of_.size() == offices_.size() &&
      std::all_of(holders_of_.begin(), holders_of_.end(),
                  [&](Range r) {
                    return r.begin <= holders_.size() && r.count <= holders_.size() - r.begin;
                  }) &&
      std::all_of(holders_.begin(), holders_.end(), [&](std::uint32_t i) { return i < actors; });
  if (!consistent) TableReader::Fail();
}

std::span<const std::uint32_t> PeopleIndex::HoldersOf(std::string_view office,
                                                      std::string_view of_id) const {
  std::string key;
  key.reserve(office.size() + 1 + of_id.size());
  key.append(office).append(1, '|').append(of_id);
  const std::uint32_t id = offices_.Find(key);
  if (id == StringTable::kNotFound) return {};
  return holders_.span().subspan(holders_of_[id].begin, holders_of_[id].count);
}

bool PeopleIndex::IsFirstName(std::string_view key) const {
  return first_names_.Find(key) != StringTable::kNotFound;
}

bool PeopleIndex::IsLastNameOf(std::string_view id, std::string_view key) const {
  std::string entry;
  entry.reserve(id.size() + 1 + key.size());
  entry.append(id).append(1, '\t').append(key);
  return last_names_.Find(entry) != StringTable::kNotFound;
}

}  // namespace actorgraph
