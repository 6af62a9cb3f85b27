#include "extract/morphology.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cctype>
#include <optional>
#include <string>

#include "extract/irregular_verbs.h"
#include "extract/schema.h"
#include "extract/word_set.h"

namespace actorgraph {
namespace {

using verb_tables::IrregularVerb;

enum class Conjugation : std::uint8_t { kAre, kEre, kIre, kIreIsc };

// The enclitic pronouns a non-finite or imperative form can carry: the eleven single ones and
// the 30 clusters (me/te/ce/ve/se/glie + lo/la/li/le/ne): "accusandolo", "dargli", "farselo".
// VerbForm::clitic points here.
constexpr std::array<std::string_view, 41> kClitics = {
    "mi",   "ti",   "ci",   "vi",     "si",     "lo",     "la",     "li",    "le",   "gli",  "ne",
    "melo", "mela", "meli", "mele",   "mene",   "telo",   "tela",   "teli",  "tele", "tene", "celo",
    "cela", "celi", "cele", "cene",   "velo",   "vela",   "veli",   "vele",  "vene", "selo", "sela",
    "seli", "sele", "sene", "glielo", "gliela", "glieli", "gliele", "gliene"};

// Calls `fn` on each '/'-separated alternative of the `index`-th space-separated slot.
template <typename Fn>
void ForEachAlternative(std::string_view slots, std::size_t index, Fn&& fn) {
  for (std::size_t i = 0; i < index; ++i) {
    const std::size_t space = slots.find(' ');
    assert(space != std::string_view::npos && "irregular table: too few slots");
    slots.remove_prefix(space + 1);
  }
  std::string_view slot = slots.substr(0, slots.find(' '));
  while (true) {
    const std::size_t slash = slot.find('/');
    fn(slot.substr(0, slash));
    if (slash == std::string_view::npos) break;
    slot.remove_prefix(slash + 1);
  }
}

// Builds the forms of one (non-reflexive) infinitive and passes each to sink(form, analysis),
// the form a view that is valid during the call. Stems come from the model infinitive (the
// lemma itself, or "ponere" for porre); a compound's prefix is prepended at emission.
template <typename Sink>
class Conjugator {
 public:
  Conjugator(std::string_view lemma, std::string_view infinitive, Sink& sink)
      : lemma_(lemma), infinitive_(infinitive), sink_(sink) {
    if (auto match = verb_tables::FindIrregularVerb(infinitive)) {
      irregular_ = match->verb;
      prefix_ = match->prefix;
    }
    const std::string_view model = irregular_ != nullptr && !irregular_->model.empty()
                                       ? irregular_->model
                                       : (irregular_ != nullptr ? irregular_->lemma : infinitive);
    stem_ = model.substr(0, model.size() - 3);
    if (model.ends_with("are")) {
      conjugation_ = Conjugation::kAre;
    } else if (model.ends_with("ere")) {
      conjugation_ = Conjugation::kEre;
    } else {
      conjugation_ = irregular_ != nullptr || verb_tables::IsPlainIreVerb(infinitive)
                         ? Conjugation::kIre
                         : Conjugation::kIreIsc;
    }
    stressed_i_ = verb_tables::HasStressedI(infinitive);
  }

  void Run() {
    EmitNonFinite();
    EmitPresentAndSubjunctive();
    EmitImperfect();
    EmitPastRemote();
    EmitFuture();
    EmitSubjunctiveImperfect();
    EmitImperative();
  }

 private:
  // stem + ending with the spelling rules of the regular paradigms: c/g of -are verbs keep
  // their sound before e/i (cerchi, paghiamo); a stem's final i merges with an ending's initial
  // i (minacci + iamo -> minacciamo) unless stressed (invii, inviino).
  std::string Join(std::string_view ending) const {
    std::string form(stem_);
    if (conjugation_ == Conjugation::kAre && (form.ends_with('c') || form.ends_with('g')) &&
        (ending.starts_with('e') || ending.starts_with('i'))) {
      form += 'h';
    }
    if (form.ends_with('i') && ending.starts_with('i') &&
        !(stressed_i_ && (ending == "i" || ending == "ino"))) {
      ending.remove_prefix(1);
    }
    form += ending;
    return form;
  }

  void Emit(std::string_view form, VerbTense tense, std::uint8_t person = 0, bool plural = false,
            bool feminine = false, std::string_view clitic = {}) {
    surface_.assign(prefix_).append(form);
    sink_(std::string_view(surface_), VerbForm{lemma_, tense, person, plural, feminine, clitic});
  }

  // Emits slot i (0..5) as person 1..3, singular then plural.
  void EmitSlot(std::string_view form, VerbTense tense, std::size_t slot) {
    Emit(form, tense, static_cast<std::uint8_t>(slot % 3 + 1), slot >= 3);
  }

  void EmitTable(std::string_view table, VerbTense tense) {
    for (std::size_t slot = 0; slot < 6; ++slot) {
      ForEachAlternative(table, slot, [&](std::string_view form) { EmitSlot(form, tense, slot); });
    }
  }

  void EmitEndings(const std::array<std::string_view, 6>& endings, VerbTense tense) {
    for (std::size_t slot = 0; slot < 6; ++slot) EmitSlot(Join(endings[slot]), tense, slot);
  }

  // A form with every enclitic: "accusando" -> accusandolo, accusandogli, accusandoglielo...
  // Monosyllabic imperatives written with an apostrophe double the clitic's consonant
  // (fa' -> fallo, di' -> dimmi) except before gli (dagli).
  void EmitWithClitics(std::string_view host, VerbTense tense, std::uint8_t person = 0,
                       bool plural = false) {
    const bool monosyllable = host.ends_with('\'');
    if (monosyllable) host.remove_suffix(1);
    for (std::string_view clitic : kClitics) {
      if (tense == VerbTense::kImperative && !ImperativeTakes(clitic, person, plural)) continue;
      with_clitic_.assign(host);
      if (monosyllable && !clitic.starts_with("gli")) with_clitic_ += clitic.front();
      with_clitic_ += clitic;
      Emit(with_clitic_, tense, person, plural, false, clitic);
    }
  }

  // An imperative addresses "tu", "voi" or "noi": it takes no 3rd-person reflexive (si, se-)
  // and no pronoun of its own person but the reflexive one (ritirati, ritiratevi, ritiriamoci;
  // not firmavi, firmateti, firmiamomi).
  static bool ImperativeTakes(std::string_view clitic, std::uint8_t person, bool plural) {
    const char head = clitic.front();
    if (clitic.starts_with("si") || clitic.starts_with("se")) return false;
    if (person == 2 && !plural) return head != 'v';
    if (person == 2 && plural) return head != 't';
    return !(clitic.starts_with("mi") || clitic.starts_with("me"));  // 1pl
  }

  void EmitNonFinite() {
    std::string_view clitic_host = infinitive_.substr(prefix_.size());
    Emit(clitic_host, VerbTense::kInfinitive);
    // The infinitive loses its -e before a clitic, -rre verbs their -re (porlo, condurlo).
    clitic_host.remove_suffix(clitic_host.ends_with("rre") ? 2 : 1);
    EmitWithClitics(clitic_host, VerbTense::kInfinitive);

    const std::string gerund = Join(conjugation_ == Conjugation::kAre ? "ando" : "endo");
    Emit(gerund, VerbTense::kGerund);
    EmitWithClitics(gerund, VerbTense::kGerund);

    const std::string_view present_participle =
        irregular_ != nullptr ? irregular_->present_participle : std::string_view{};
    if (present_participle != "-") {
      const std::string singular = Join(conjugation_ == Conjugation::kAre ? "ante" : "ente");
      Emit(singular, VerbTense::kPresentParticiple);
      Emit(singular.substr(0, singular.size() - 1) + "i", VerbTense::kPresentParticiple, 0, true);
    }

    std::string participle;
    if (irregular_ != nullptr && !irregular_->participle.empty()) {
      participle = irregular_->participle;
    } else if (conjugation_ == Conjugation::kAre) {
      participle = Join("ato");
    } else if (conjugation_ == Conjugation::kEre) {
      // conoscere -> conosciuto; -istere -> esistito, resistito
      participle = stem_.ends_with('c')     ? Join("iuto")
                   : stem_.ends_with("ist") ? Join("ito")
                                            : Join("uto");
    } else {
      participle = Join("ito");
    }
    participle.pop_back();
    Emit(participle + "o", VerbTense::kPastParticiple);
    Emit(participle + "a", VerbTense::kPastParticiple, 0, false, true);
    Emit(participle + "i", VerbTense::kPastParticiple, 0, true);
    Emit(participle + "e", VerbTense::kPastParticiple, 0, true, true);
  }

  void EmitPresentAndSubjunctive() {
    static constexpr std::array<std::string_view, 6> kPresent[] = {
        {"o", "i", "a", "iamo", "ate", "ano"},
        {"o", "i", "e", "iamo", "ete", "ono"},
        {"o", "i", "e", "iamo", "ite", "ono"},
        {"isco", "isci", "isce", "iamo", "ite", "iscono"}};
    static constexpr std::array<std::string_view, 6> kSubjunctive[] = {
        {"i", "i", "i", "iamo", "iate", "ino"},
        {"a", "a", "a", "iamo", "iate", "ano"},
        {"a", "a", "a", "iamo", "iate", "ano"},
        {"isca", "isca", "isca", "iamo", "iate", "iscano"}};
    const auto index = static_cast<std::size_t>(conjugation_);
    const std::string_view present = irregular_ != nullptr ? irregular_->present : "";
    if (present.empty()) {
      EmitEndings(kPresent[index], VerbTense::kPresent);
    } else {
      EmitTable(present, VerbTense::kPresent);
    }
    if (irregular_ != nullptr && !irregular_->subjunctive.empty()) {
      EmitTable(irregular_->subjunctive, VerbTense::kSubjunctive);
    } else if (!present.empty()) {
      // From the irregular present: tengo -> tenga, tengano; teniamo -> teniamo, teniate.
      ForEachAlternative(present, 0, [&](std::string_view first) {
        const std::string stem(first.substr(0, first.size() - 1));
        for (std::size_t slot : {0, 1, 2}) EmitSlot(stem + "a", VerbTense::kSubjunctive, slot);
        EmitSlot(stem + "ano", VerbTense::kSubjunctive, 5);
      });
      ForEachAlternative(present, 3, [&](std::string_view first_plural) {
        EmitSlot(first_plural, VerbTense::kSubjunctive, 3);
        EmitSlot(std::string(first_plural.substr(0, first_plural.size() - 2)) + "te",
                 VerbTense::kSubjunctive, 4);
      });
    } else {
      EmitEndings(kSubjunctive[index], VerbTense::kSubjunctive);
    }
  }

  void EmitImperfect() {
    if (irregular_ != nullptr && !irregular_->imperfect.empty()) {
      EmitTable(irregular_->imperfect, VerbTense::kImperfect);
      return;
    }
    static constexpr std::array<std::string_view, 6> kImperfect[] = {
        {"avo", "avi", "ava", "avamo", "avate", "avano"},
        {"evo", "evi", "eva", "evamo", "evate", "evano"},
        {"ivo", "ivi", "iva", "ivamo", "ivate", "ivano"},
        {"ivo", "ivi", "iva", "ivamo", "ivate", "ivano"}};
    EmitEndings(kImperfect[static_cast<std::size_t>(conjugation_)], VerbTense::kImperfect);
  }

  void EmitPastRemote() {
    if (irregular_ != nullptr && !irregular_->past_remote.empty()) {
      EmitTable(irregular_->past_remote, VerbTense::kPastRemote);
      return;
    }
    static constexpr std::array<std::string_view, 6> kWeak[] = {
        {"ai", "asti", "ò", "ammo", "aste", "arono"},
        {"ei", "esti", "é", "emmo", "este", "erono"},
        {"ii", "isti", "ì", "immo", "iste", "irono"},
        {"ii", "isti", "ì", "immo", "iste", "irono"}};
    const auto& weak = kWeak[static_cast<std::size_t>(conjugation_)];
    const std::string_view strong = irregular_ != nullptr ? irregular_->strong_past : "";
    for (std::size_t slot = 0; slot < 6; ++slot) {
      const bool strong_slot = slot == 0 || slot == 2 || slot == 5;
      if (!strong.empty() && strong_slot) {
        static constexpr std::array<std::string_view, 6> kStrong = {"i", "", "e", "", "", "ero"};
        EmitSlot(std::string(strong).append(kStrong[slot]), VerbTense::kPastRemote, slot);
        continue;
      }
      EmitSlot(Join(weak[slot]), VerbTense::kPastRemote, slot);
      // Regular -ere verbs also have -etti, -ette, -ettero (credette).
      if (conjugation_ == Conjugation::kEre && strong.empty() && strong_slot) {
        static constexpr std::array<std::string_view, 6> kEtti = {"etti", "", "ette",
                                                                  "",     "", "ettero"};
        EmitSlot(Join(kEtti[slot]), VerbTense::kPastRemote, slot);
      }
    }
  }

  std::vector<std::string> FutureStems() const {
    std::vector<std::string> stems;
    if (irregular_ != nullptr && !irregular_->future.empty()) {
      ForEachAlternative(irregular_->future, 0,
                         [&](std::string_view stem) { stems.emplace_back(stem); });
      return stems;
    }
    std::string stem(stem_);
    if (conjugation_ == Conjugation::kAre) {
      // minacciare -> minaccerà, mangiare -> mangerà; cercare -> cercherà, pagare -> pagherà
      if (stem.ends_with("ci") || stem.ends_with("gi")) {
        stem.pop_back();
      } else if (stem.ends_with('c') || stem.ends_with('g')) {
        stem += 'h';
      }
      stem += "er";
    } else {
      stem += conjugation_ == Conjugation::kEre ? "er" : "ir";
    }
    stems.push_back(std::move(stem));
    return stems;
  }

  void EmitFuture() {
    static constexpr std::array<std::string_view, 6> kFuture = {"ò",   "ai",  "à",
                                                                "emo", "ete", "anno"};
    static constexpr std::array<std::string_view, 6> kConditional = {"ei",   "esti", "ebbe",
                                                                     "emmo", "este", "ebbero"};
    for (const std::string& stem : FutureStems()) {
      for (std::size_t slot = 0; slot < 6; ++slot) {
        EmitSlot(std::string(stem).append(kFuture[slot]), VerbTense::kFuture, slot);
        EmitSlot(std::string(stem).append(kConditional[slot]), VerbTense::kConditional, slot);
      }
    }
  }

  void EmitSubjunctiveImperfect() {
    if (irregular_ != nullptr && !irregular_->subjunctive_imperfect.empty()) {
      EmitTable(irregular_->subjunctive_imperfect, VerbTense::kSubjunctiveImperfect);
      return;
    }
    static constexpr std::array<std::string_view, 6> kSubjunctiveImperfect[] = {
        {"assi", "assi", "asse", "assimo", "aste", "assero"},
        {"essi", "essi", "esse", "essimo", "este", "essero"},
        {"issi", "issi", "isse", "issimo", "iste", "issero"},
        {"issi", "issi", "isse", "issimo", "iste", "issero"}};
    EmitEndings(kSubjunctiveImperfect[static_cast<std::size_t>(conjugation_)],
                VerbTense::kSubjunctiveImperfect);
  }

  // 2sg, 1pl, 2pl, each also with enclitics (firmalo, firmiamolo, firmatelo).
  void EmitImperative() {
    const std::string_view table = irregular_ != nullptr ? irregular_->imperative : "";
    if (table == "-") return;
    auto emit = [&](std::string_view form, std::uint8_t person, bool plural) {
      const bool apostrophe = form.ends_with('\'');
      Emit(form, VerbTense::kImperative, person, plural);
      EmitWithClitics(form, VerbTense::kImperative, person, plural);
      return apostrophe;
    };
    if (!table.empty()) {
      bool has_short_form = false;
      ForEachAlternative(table, 0, [&](std::string_view form) {
        // After fa' the long alternative fai takes no clitic (fallo, not failo).
        if (has_short_form) {
          Emit(form, VerbTense::kImperative, 2, false);
        } else {
          has_short_form = emit(form, 2, false);
        }
      });
      ForEachAlternative(table, 1, [&](std::string_view form) { emit(form, 1, true); });
      ForEachAlternative(table, 2, [&](std::string_view form) { emit(form, 2, true); });
      return;
    }
    // Otherwise the imperative is the present's 2sg (tieni, colpisci; -are: firma), 1pl, 2pl.
    const std::string_view irregular_present = irregular_ != nullptr ? irregular_->present : "";
    auto slot_forms = [&](std::size_t slot) {
      std::vector<std::string> forms;
      if (!irregular_present.empty()) {
        ForEachAlternative(irregular_present, slot,
                           [&](std::string_view form) { forms.emplace_back(form); });
        return forms;
      }
      static constexpr std::array<std::string_view, 6> kImperative[] = {
          {"", "a", "", "iamo", "ate", ""},
          {"", "i", "", "iamo", "ete", ""},
          {"", "i", "", "iamo", "ite", ""},
          {"", "isci", "", "iamo", "ite", ""}};
      forms.push_back(Join(kImperative[static_cast<std::size_t>(conjugation_)][slot]));
      return forms;
    };
    const std::vector<std::string> singular =
        conjugation_ == Conjugation::kAre && irregular_present.empty()
            ? std::vector<std::string>{Join("a")}
            : slot_forms(1);
    for (const std::string& form : singular) emit(form, 2, false);
    for (const std::string& form : slot_forms(3)) emit(form, 1, true);
    for (const std::string& form : slot_forms(4)) emit(form, 2, true);
  }

  std::string_view lemma_;       // as given: "scagliarsi"
  std::string_view infinitive_;  // without the reflexive: "scagliare"
  Sink& sink_;
  std::string surface_;      // the form being emitted, reused
  std::string with_clitic_;  // a host and its clitic, reused
  const IrregularVerb* irregular_ = nullptr;
  std::string_view prefix_;  // compound prefix, prepended to every form but the infinitive's
  std::string_view stem_;    // model infinitive minus -are/-ere/-ire
  Conjugation conjugation_ = Conjugation::kAre;
  bool stressed_i_ = false;
};

// "scagliarsi" -> "scagliare", "porsi" -> "porre", "condursi" -> "condurre", "trarsi" ->
// "trarre"; std::nullopt when `lemma` is not reflexive.
std::optional<std::string> NonReflexiveInfinitive(std::string_view lemma) {
  if (!lemma.ends_with("rsi") || lemma.size() < 5) return std::nullopt;
  std::string base(lemma.substr(0, lemma.size() - 2));  // "scagliar", "por", "trar"
  const bool rre = base.ends_with("or") || base.ends_with("ur") || base.ends_with("trar");
  base += rre ? "re" : "e";
  return base;
}

bool SameAnalysis(const VerbForm& a, const VerbForm& b) {
  return a.lemma == b.lemma && a.tense == b.tense && a.person == b.person && a.plural == b.plural &&
         a.feminine == b.feminine && a.clitic == b.clitic;
}

// Calls sink(form, analysis) for every form of `lemma`; for none when it is not an infinitive.
template <typename Sink>
void ForEachForm(std::string_view lemma, Sink& sink) {
  const std::optional<std::string> reflexive = NonReflexiveInfinitive(lemma);
  const std::string_view infinitive = reflexive ? std::string_view(*reflexive) : lemma;
  if (infinitive.size() < 4 || !(infinitive.ends_with("are") || infinitive.ends_with("ere") ||
                                 infinitive.ends_with("ire") || infinitive.ends_with("rre"))) {
    return;
  }
  Conjugator<Sink>(lemma, infinitive, sink).Run();
}

// The compiled form of a VerbForm: the lemma and the clitic as indexes.
struct PackedAnalysis {
  std::uint32_t lemma = 0;  // VerbLexicon's lemma id
  VerbTense tense = VerbTense::kInfinitive;
  std::uint8_t person = 0;
  std::uint8_t flags = 0;   // 1: plural, 2: feminine
  std::uint8_t clitic = 0;  // 0: none, else kClitics[clitic - 1]
};

std::uint8_t CliticIndex(std::string_view clitic) {
  if (clitic.empty()) return 0;
  const auto it = std::find(kClitics.begin(), kClitics.end(), clitic);
  assert(it != kClitics.end() && "a clitic outside kClitics");
  return static_cast<std::uint8_t>(it - kClitics.begin() + 1);
}

// The first whitespace-separated word of a trigger lemma ("dichiarazione congiunta" ->
// "dichiarazione"), or "" when it has none.
std::string_view FirstWord(std::string_view lemma) {
  const auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  const auto begin = std::find_if_not(lemma.begin(), lemma.end(), space);
  return {begin, std::find_if(begin, lemma.end(), space)};
}

}  // namespace

std::vector<std::pair<std::string, VerbForm>> ConjugateVerb(std::string_view lemma) {
  std::vector<std::pair<std::string, VerbForm>> forms;
  auto collect = [&](std::string_view form, const VerbForm& analysis) {
    forms.emplace_back(std::string(form), analysis);
  };
  ForEachForm(lemma, collect);
  return forms;
}

void VerbLexicon::AddVerb(std::string_view lemma) {
  const std::uint32_t known = lemma_ids_.size();
  if (lemma_ids_.Add(lemma) < known) return;  // its analyses are all here
  const std::string_view stored = lemmas_.emplace_back(lemma);
  auto index = [&](std::string_view form, const VerbForm& analysis) {  // analysis.lemma: stored
    filter_.Add(form);
    const std::uint32_t id = forms_.Add(form);
    if (id == analyses_of_.size()) analyses_of_.push_back({});
    Analyses& range = analyses_of_.Mutable(id);
    for (std::uint32_t k = range.begin; k < range.begin + range.count; ++k) {
      if (SameAnalysis(analyses_[k], analysis)) return;
    }
    // A form's analyses stay contiguous: when others were added since its last one, they move
    // to the end (a few forms: "stato" of essere and stare, "firmi" present and subjunctive).
    if (range.count > 0 && range.begin + range.count != analyses_.size()) {
      const std::uint32_t from = range.begin;
      range.begin = static_cast<std::uint32_t>(analyses_.size());
      for (std::uint32_t k = 0; k < range.count; ++k) {
        const VerbForm moved = analyses_[from + k];
        analyses_.push_back(moved);
      }
    } else if (range.count == 0) {
      range.begin = static_cast<std::uint32_t>(analyses_.size());
    }
    analyses_.push_back(analysis);
    ++range.count;
  };
  ForEachForm(stored, index);
}

void VerbLexicon::Write(TableWriter& out) const {
  lemma_ids_.Write(out);
  forms_.Write(out);
  // The analyses form by form, without the ones left behind when a form's analyses moved.
  std::vector<Analyses> ranges;
  std::vector<PackedAnalysis> packed;
  ranges.reserve(analyses_of_.size());
  for (const Analyses& range : analyses_of_) {
    ranges.push_back({static_cast<std::uint32_t>(packed.size()), range.count});
    for (std::uint32_t k = range.begin; k < range.begin + range.count; ++k) {
      const VerbForm& a = analyses_[k];
      packed.push_back({lemma_ids_.Find(a.lemma), a.tense, a.person,
                        static_cast<std::uint8_t>((a.plural ? 1 : 0) | (a.feminine ? 2 : 0)),
                        CliticIndex(a.clitic)});
    }
  }
  out.Array(ranges);
  out.Array(packed);
  filter_.Write(out);
}

void VerbLexicon::Read(TableReader& in) {
  lemma_ids_.Read(in);
  forms_.Read(in);
  analyses_of_.Read(in);
  const std::span<const PackedAnalysis> packed = in.Array<PackedAnalysis>();
  filter_.Read(in);
  if (analyses_of_.size() != forms_.size()) TableReader::Fail();
  lemmas_.clear();
  // The lemmas are read in place, so the analyses can point at them there.
  std::vector<std::string_view> lemmas(lemma_ids_.size());
  for (std::uint32_t id = 0; id < lemma_ids_.size(); ++id) lemmas[id] = lemma_ids_.Word(id);
  analyses_.clear();
  analyses_.reserve(packed.size());
  for (const PackedAnalysis& p : packed) {
    if (p.lemma >= lemmas.size() || p.clitic > kClitics.size()) TableReader::Fail();
    analyses_.push_back({lemmas[p.lemma], p.tense, p.person, (p.flags & 1) != 0, (p.flags & 2) != 0,
                         p.clitic == 0 ? std::string_view() : kClitics[p.clitic - 1]});
  }
  for (const Analyses& range : analyses_of_) {
    if (range.begin > analyses_.size() || range.count > analyses_.size() - range.begin) {
      TableReader::Fail();
    }
  }
}

VerbLexicon TriggerVerbLexicon(const Schema& schema) {
  VerbLexicon lexicon;
  if (const auto section = FindTableSection(schema.compiled_tables(), kTriggerVerbsSection)) {
    TableReader in(*section);
    lexicon.Read(in);
    if (!in.AtEnd()) TableReader::Fail();
    return lexicon;
  }
  for (const RelationType& type : schema.relation_types()) {
    for (const Trigger& trigger : type.triggers) {
      const std::string_view lemma = FirstWord(trigger.lemma);
      if (!trigger.is_noun && !lemma.empty()) lexicon.AddVerb(lemma);
    }
  }
  return lexicon;
}

const std::vector<VerbForm>* AuxiliaryForms(std::string_view form) {
  struct Auxiliaries {
    StringTable forms;
    std::vector<std::vector<VerbForm>> analyses;  // by form id
    WordFilter filter;
  };
  static const Auxiliaries auxiliaries = [] {
    Auxiliaries index;
    auto add_form = [&](std::string_view surface, const VerbForm& analysis) {
      index.filter.Add(surface);
      const std::uint32_t id = index.forms.Add(surface);
      if (id == index.analyses.size()) index.analyses.emplace_back();
      std::vector<VerbForm>& analyses = index.analyses[id];
      for (const VerbForm& existing : analyses) {
        if (SameAnalysis(existing, analysis)) return;
      }
      analyses.push_back(analysis);
    };
    for (std::string_view lemma :
         {"essere", "avere", "venire", "stare", "andare", "potere", "dovere", "volere"}) {
      ForEachForm(lemma, add_form);  // the lemmas are literals: VerbForm::lemma stays valid
    }
    // The truncated infinitives of past infinitives: "di aver attaccato", "per esser stato".
    for (auto [truncated, full] : {std::pair<std::string_view, std::string_view>{"aver", "avere"},
                                   {"esser", "essere"}}) {
      const std::uint32_t id = index.forms.Find(full);
      if (id == StringTable::kNotFound) continue;
      const std::vector<VerbForm> analyses = index.analyses[id];
      for (const VerbForm& analysis : analyses) add_form(truncated, analysis);
    }
    return index;
  }();
  if (!auxiliaries.filter.MayContain(form)) return nullptr;
  const std::uint32_t id = auxiliaries.forms.Find(form);
  return id == StringTable::kNotFound ? nullptr : &auxiliaries.analyses[id];
}

// ---------------------------------------------------------------------------------------------
// Nouns

namespace {

struct IrregularNoun {
  std::string_view singular;
  std::string_view plurals;  // space-separated
};

// Plurals the rules below get wrong: masculine -a, feminine -o, -co/-go by stress, stressed -io.
constexpr auto kIrregularNouns = std::to_array<IrregularNoun>({
    {"uomo", "uomini"},
    {"dio", "dei"},
    {"mano", "mani"},
    {"arma", "armi"},
    {"ala", "ali"},
    {"bue", "buoi"},
    {"moglie", "mogli"},
    {"paio", "paia"},
    {"uovo", "uova"},
    {"dito", "dita"},
    {"braccio", "braccia bracci"},
    {"problema", "problemi"},
    {"programma", "programmi"},
    {"sistema", "sistemi"},
    {"tema", "temi"},
    {"dilemma", "dilemmi"},
    {"diploma", "diplomi"},
    {"dramma", "drammi"},
    {"clima", "climi"},
    {"schema", "schemi"},
    {"poeta", "poeti"},
    {"pianeta", "pianeti"},
    {"profeta", "profeti"},
    {"papa", "papi"},
    {"monarca", "monarchi"},
    {"patriarca", "patriarchi"},
    {"collega", "colleghi colleghe"},
    {"radio", "radio"},
    {"foto", "foto"},
    {"auto", "auto"},
    {"moto", "moto"},
    {"euro", "euro"},
    {"video", "video"},
    {"specie", "specie"},
    {"serie", "serie"},
    {"amico", "amici"},
    {"nemico", "nemici"},
    {"greco", "greci"},
    {"porco", "porci"},
    {"medico", "medici"},
    {"fuoco", "fuochi"},
    {"gioco", "giochi"},
    {"luogo", "luoghi"},
    {"invio", "invii"},
    {"rinvio", "rinvii"},
    {"avvio", "avvii"},
    {"zio", "zii"},
    {"addio", "addii"},
    {"pendio", "pendii"},
});

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

std::vector<std::string> NounForms(std::string_view lemma) {
  std::vector<std::string> forms{std::string(lemma)};
  for (const IrregularNoun& noun : kIrregularNouns) {
    if (noun.singular != lemma) continue;
    std::string_view rest = noun.plurals;
    while (!rest.empty()) {
      const std::size_t space = rest.find(' ');
      if (rest.substr(0, space) != lemma) forms.emplace_back(rest.substr(0, space));
      if (space == std::string_view::npos) break;
      rest.remove_prefix(space + 1);
    }
    return forms;
  }
  // Invariable: consonant-final loans (summit, raid, blitz), accented finals (città, virtù),
  // -i (crisi, analisi), -ie (serie) and one-letter oddities.
  const char last = lemma.empty() ? '\0' : lemma.back();
  if (lemma.size() < 2 || !IsVowel(last) || lemma.ends_with("ie")) return forms;
  const std::string_view stem = lemma.substr(0, lemma.size() - 1);
  auto add = [&](std::string_view ending) { forms.push_back(std::string(stem).append(ending)); };
  switch (last) {
    case 'a':
      if (lemma.ends_with("ista")) {  // giornalista -> giornalisti, giornaliste
        add("i");
        add("e");
      } else if (lemma.ends_with("ca") || lemma.ends_with("ga")) {
        add("he");
      } else if ((lemma.ends_with("cia") || lemma.ends_with("gia")) && lemma.size() >= 4 &&
                 !IsVowel(lemma[lemma.size() - 4])) {
        // Unstressed i after a consonant drops: minaccia -> minacce, provincia -> province;
        // after a vowel it stays: camicia -> camicie, strategia -> strategie.
        forms.push_back(std::string(lemma.substr(0, lemma.size() - 2)) + "e");
      } else {
        add("e");
      }
      break;
    case 'o':
      if (lemma.ends_with("io")) {  // colloquio -> colloqui
        forms.emplace_back(stem);
      } else if (lemma.ends_with("ologo")) {  // politologo -> politologi; monologo -> monologhi
        add("i");
        add("hi");
      } else if ((lemma.ends_with("co") && !lemma.ends_with("ico")) || lemma.ends_with("go")) {
        add("hi");  // attacco -> attacchi, dialogo -> dialoghi; but politico -> politici
      } else {
        add("i");
      }
      break;
    case 'e':  // sanzione -> sanzioni
      add("i");
      break;
    default:  // -i, -u: invariable
      break;
  }
  return forms;
}

}  // namespace actorgraph
