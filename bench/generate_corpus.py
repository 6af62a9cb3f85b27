#!/usr/bin/env python3
"""Deterministic generator of an Italian news-like corpus with planted relations.

Usage:
  generate_corpus.py SIZE_MB [--seed N] [--out CORPUS.jsonl] [--relations PLANTED.jsonl]
                     [--schemas DIR]

Writes JSON Lines documents {"id", "date", "title", "text", "source"} until the text reaches
SIZE_MB megabytes (10^6 bytes of "text"), and, one per line, every relation the text states
in the relation format of extract/relation_json.h: {"doc", "source": {"id", "label"}, "type",
"target": {"id", "label"}, "negated", "template"}. The same arguments give the same bytes.

Actors come from the default schemas (schemas/actors/*.yaml): countries (by name, capital or
"the <agent> <demonym>"), organisations, people of the dictionary, and invented people
introduced with a title ("il ministro degli Esteri kazako Dauren Besarov"), whose id is
"new:<slug>" as the recogniser makes it. Every surface form is checked against the schema at
start-up, so a schema change can drop an actor from the pool but never makes the generator
plant a relation under a name the schema does not know.

Sentences come from the TEMPLATES table below (active, passive, compound and simple past,
future, nominal events, agents, titles, negation) mixed with filler sentences that carry two
actors and no relation, and filler without actors. Templates are written for this benchmark;
they avoid every trigger word of schemas/relations.yaml outside the trigger they test.
"""

import argparse
import datetime
import json
import os
import random
import re
import sys
import unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCHEMAS = os.path.join(HERE, "..", "schemas", "actors")

# ---------------------------------------------------------------------------- grammar tables
# Grammatical gender/number of country names as the news use them with an article
# ("la Russia", "il Kazakistan", "gli Stati Uniti"). Countries not listed here still appear by
# capital and as "<agent> <demonym>", which need no article of their own.
COUNTRY_FORMS = {
    "RUS": ("Russia", "fs"), "UKR": ("Ucraina", "fs"), "KAZ": ("Kazakistan", "ms"),
    "CHN": ("Cina", "fs"), "USA": ("Stati Uniti", "mp"), "FRA": ("Francia", "fs"),
    "DEU": ("Germania", "fs"), "ITA": ("Italia", "fs"), "TUR": ("Turchia", "fs"),
    "IRN": ("Iran", "ms"), "IRQ": ("Iraq", "ms"), "SYR": ("Siria", "fs"), "POL": ("Polonia", "fs"),
    "GBR": ("Regno Unito", "ms"), "ESP": ("Spagna", "fs"), "JPN": ("Giappone", "ms"),
    "IND": ("India", "fs"), "PAK": ("Pakistan", "ms"), "AFG": ("Afghanistan", "ms"),
    "UZB": ("Uzbekistan", "ms"), "KGZ": ("Kirghizistan", "ms"), "TJK": ("Tagikistan", "ms"),
    "TKM": ("Turkmenistan", "ms"), "ARM": ("Armenia", "fs"), "AZE": ("Azerbaigian", "ms"),
    "GEO": ("Georgia", "fs"), "BLR": ("Bielorussia", "fs"), "EGY": ("Egitto", "ms"),
    "SAU": ("Arabia Saudita", "fs"), "LBY": ("Libia", "fs"), "TUN": ("Tunisia", "fs"),
    "MAR": ("Marocco", "ms"), "ETH": ("Etiopia", "fs"), "SDN": ("Sudan", "ms"),
    "NGA": ("Nigeria", "fs"), "BRA": ("Brasile", "ms"), "ARG": ("Argentina", "fs"),
    "MEX": ("Messico", "ms"), "VEN": ("Venezuela", "ms"), "CAN": ("Canada", "ms"),
    "AUS": ("Australia", "fs"), "KOR": ("Corea del Sud", "fs"), "PRK": ("Corea del Nord", "fs"),
    "VNM": ("Vietnam", "ms"), "IDN": ("Indonesia", "fs"), "GRC": ("Grecia", "fs"),
    "SRB": ("Serbia", "fs"), "HUN": ("Ungheria", "fs"), "ROU": ("Romania", "fs"),
    "MDA": ("Moldavia", "fs"), "FIN": ("Finlandia", "fs"), "SWE": ("Svezia", "fs"),
    "NOR": ("Norvegia", "fs"), "LBN": ("Libano", "ms"), "JOR": ("Giordania", "fs"),
    "QAT": ("Qatar", "ms"), "YEM": ("Yemen", "ms"), "MLI": ("Mali", "ms"), "NER": ("Niger", "ms"),
}

# Organisations: the surface used, its gender/number ("" = no article: "Hamas").
ORG_FORMS = {
    "nato": ("Nato", "fs"), "un": ("Onu", "fs"), "eu": ("Ue", "fs"), "osce": ("Osce", "fs"),
    "csto": ("Otsc", "fs"), "sco": ("Ocs", "fs"), "who": ("Oms", "fs"), "iaea": ("Aiea", "fs"),
    "imf": ("Fondo monetario internazionale", "ms"), "world_bank": ("Banca mondiale", "fs"),
    "icc": ("Corte penale internazionale", "fs"), "arab_league": ("Lega araba", "fs"),
    "au": ("Unione africana", "fs"), "ec": ("Commissione europea", "fs"),
    "ecowas": ("Ecowas", "fs"), "asean": ("Asean", "fs"), "opec": ("Opec", "fs"),
    "hamas": ("Hamas", ""), "hezbollah": ("Hezbollah", ""), "wagner": ("Wagner", ""),
    "icrc": ("Croce Rossa", "fs"), "msf": ("Medici senza frontiere", ""),
    "cis": ("Csi", "fs"), "eaeu": ("Unione economica eurasiatica", "fs"),
}
# Organisations a country can join ("ha aderito alla Nato"): MEMBER_OF targets.
JOINABLE = ["nato", "eu", "osce", "csto", "sco", "asean", "opec", "au", "cis", "eaeu"]

# Agent nouns with their gender/number (agents.yaml gives the sector; both are checked).
AGENTS = {
    "governo": "ms", "esecutivo": "ms", "autorità": "fp", "militari": "mp", "truppe": "fp",
    "esercito": "ms", "polizia": "fs", "diplomazia": "fs", "parlamento": "ms",
    "forze di sicurezza": "fp", "leadership": "fs",
}
# Agents that may act as a whole country in a relation of that kind.
AGENTS_FOR = {
    "political": ["governo", "esecutivo", "autorità", "diplomazia", "leadership"],
    "military": ["militari", "truppe", "esercito"],
    "police": ["polizia", "forze di sicurezza", "autorità"],
}

# Office titles for invented people; each is checked against offices.yaml.
TITLES = [
    ("ministro degli Esteri", "foreign_minister"), ("ministro della Difesa", "defence_minister"),
    ("presidente", "president"), ("primo ministro", "prime_minister"),
    ("ministro dell'Interno", "interior_minister"), ("vicepremier", "deputy_prime_minister"),
    ("portavoce", "spokesman"), ("capo di stato maggiore", "chief_of_general_staff"),
]

ARTICLES = {"ms": "il", "fs": "la", "mp": "i", "fp": "le"}
# Articulated prepositions: PREP[prep][article]
PREP = {
    "di": {"il": "del", "lo": "dello", "la": "della", "l'": "dell'", "i": "dei", "gli": "degli",
           "le": "delle"},
    "a": {"il": "al", "lo": "allo", "la": "alla", "l'": "all'", "i": "ai", "gli": "agli",
          "le": "alle"},
    "da": {"il": "dal", "lo": "dallo", "la": "dalla", "l'": "dall'", "i": "dai", "gli": "dagli",
           "le": "dalle"},
    "in": {"il": "nel", "lo": "nello", "la": "nella", "l'": "nell'", "i": "nei", "gli": "negli",
           "le": "nelle"},
    "su": {"il": "sul", "lo": "sullo", "la": "sulla", "l'": "sull'", "i": "sui", "gli": "sugli",
           "le": "sulle"},
}

# Syllables for invented surnames and given names (checked not to be known names).
SYLLABLES = ["ba", "ren", "ko", "mir", "za", "tov", "sel", "ga", "dul", "vo", "nar", "bek",
             "sha", "lin", "ter", "ov", "da", "ru", "mek", "sai", "zha", "pol", "dan", "ki"]
GIVEN = ["Dauren", "Aslan", "Timur", "Rustam", "Elena", "Marat", "Oksana", "Bakhyt", "Samir",
         "Leyla", "Arman", "Nodira", "Viktor", "Zarina", "Erlan", "Dilnoza", "Kamal", "Sabina"]

# Popularity of actors: index = len * U^POPULARITY_SKEW (see Ctx.popular).
POPULARITY_SKEW = 2.5

CITIES = ["Ginevra", "Samarcanda", "Istanbul", "Davos", "Lione", "Osaka", "Monaco di Baviera",
          "San Pietroburgo", "Almaty", "Marrakech", "Salisburgo", "Sharm el-Sheikh"]
SOURCES = ["Agenzia Meridiana", "Il Corriere dell'Est", "Notiziario Adriatico", "La Gazzetta Orientale",
           "Radio Levante", "Cronache dal Mondo"]
TOPICS = ["energia", "gas", "grano", "sicurezza dei confini", "infrastrutture", "commercio",
          "trasporti ferroviari", "acqua", "migrazioni", "nucleare civile", "terre rare"]


def Fold(s):
    s = unicodedata.normalize("NFD", str(s).lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn").replace("\u2019", "'")


def Slug(label):
    out = ""
    for c in label:
        if c.isascii() and c.isalnum():
            out += c.lower()
        elif out and out[-1] != "-":
            out += "-"
    return out.strip("-")


def Article(word, gn):
    """The definite article for `word` of gender/number gn ("" = none)."""
    if not gn:
        return ""
    art = ARTICLES[gn]
    first = Fold(word)[:1]
    if gn in ("ms", "fs") and first in "aeiou":
        return "l'"
    if gn == "ms" and (Fold(word)[:2] in ("st", "sp", "sc", "zh", "ps", "gn") or first == "z"):
        return "lo"
    if gn == "mp" and (first in "aeiou" or Fold(word)[:2] in ("st", "sp", "sc", "ps", "gn")
                       or first == "z"):
        return "gli"
    return art


def WithArticle(word, gn, prep=None):
    art = Article(word, gn)
    if prep == "in" and gn in ("ms", "fs") and not word.startswith("Regno"):
        art = ""  # "in Russia", "in Kazakistan", but "nel Regno Unito", "negli Stati Uniti"
    if not art:
        return f"{prep} {word}" if prep else word
    if prep in PREP:
        head = PREP[prep][art]
    elif prep:
        head = f"{prep} {art}"
    else:
        head = art
    return head + word if head.endswith("'") else f"{head} {word}"


def Cap(s):
    return s[:1].upper() + s[1:]


# ---------------------------------------------------------------------------- actors
class Actor:
    """One actor as the generator writes it: how to say it, and its id and label."""

    def __init__(self, aid, label, kind, surface, gn="", demonyms=None, surname=None):
        self.id, self.label, self.kind = aid, label, kind
        self.surface, self.gn = surface, gn      # name as written, gender/number for articles
        self.demonyms = demonyms or {}           # countries: {"ms": "russo", ...}
        self.surname = surname                   # people: surname alone, when unambiguous

    def np(self, prep=None):
        """The actor as a noun phrase after an optional preposition (di, a, da, in, con...)."""
        return WithArticle(self.surface, self.gn, prep)

    def ref(self):
        return {"id": self.id, "label": self.label}


def DemonymForms(forms):
    """{"ms","fs","mp","fp"} forms of a demonym list, or None when they cannot be told apart."""
    by_end = {}
    for f in forms:
        if " " in f:
            continue
        by_end.setdefault(f[-1], []).append(f)
    for f in by_end.get("o", []):
        stem = f[:-1]
        # Plurals may gain an h: turco, turca, turchi, turche.
        mp = next((g for g in (stem + "i", stem + "hi") if g in forms), None)
        fp = next((g for g in (stem + "e", stem + "he") if g in forms), None)
        if stem + "a" in forms and mp and fp:
            return {"ms": f, "fs": stem + "a", "mp": mp, "fp": fp}
    for f in by_end.get("e", []):
        if f.endswith("ese") and f[:-1] + "i" in forms:
            return {"ms": f, "fs": f, "mp": f[:-1] + "i", "fp": f[:-1] + "i"}
    return None


class Pool:
    """Actors read from the schemas, and the names the gazetteer knows (to invent new ones)."""

    def __init__(self, schema_dir):
        def load(name):
            with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
                return yaml.safe_load(f) or {}

        countries = load("countries.yaml").get("actors", [])
        orgs = load("organizations.yaml").get("actors", [])
        people = load("people.yaml").get("actors", [])
        agents = load("agents.yaml").get("agents", [])
        offices = load("offices.yaml").get("offices", [])

        self.known_words = set()
        for a in countries + orgs + people:
            for names in (a.get("names") or {}).values():
                for n in names:
                    self.known_words.update(Fold(n).replace("-", " ").split())
            for n in (a.get("acronyms") or []) + (a.get("capitals") or []):
                self.known_words.update(Fold(n).split())

        agent_names = {Fold(n) for a in agents for n in a.get("names", [])}
        self.agents = {a: gn for a, gn in AGENTS.items() if Fold(a) in agent_names}
        title_names = {Fold(t) for o in offices for t in o.get("titles", [])}
        self.titles = [t for t in TITLES if Fold(t[0]) in title_names]

        def all_names(a):
            out = set()
            for names in (a.get("names") or {}).values():
                out.update(Fold(n) for n in names)
            out.update(Fold(n) for n in a.get("acronyms") or [])
            return out

        self.countries, self.capital_of, self.demonym_countries = [], [], []
        for a in countries:
            dem = DemonymForms(a.get("demonyms") or [])
            label = a["label"]
            if a["id"] in COUNTRY_FORMS:
                name, gn = COUNTRY_FORMS[a["id"]]
                if Fold(name) in all_names(a):
                    self.countries.append(Actor(a["id"], label, "country", name, gn, dem))
            if not a.get("leader_office") or not a.get("wikidata"):
                continue
            for cap in a.get("capitals") or []:
                if " " not in cap and "'" not in cap and "-" not in cap:
                    self.capital_of.append(Actor(a["id"], label, "capital", cap, ""))
                    break
            if dem:
                self.demonym_countries.append(Actor(a["id"], label, "country", label, "", dem))
        self.orgs = []
        for a in orgs:
            if a["id"] in ORG_FORMS:
                name, gn = ORG_FORMS[a["id"]]
                if Fold(name) in all_names(a):
                    self.orgs.append(Actor(a["id"], a["label"], "org", name, gn))
        self.joinable = [o for o in self.orgs if o.id in JOINABLE]

        # Dictionary people: full name first; the surname alone only when unique.
        surname_count = {}
        for a in people:
            names = (a.get("names") or {}).get("any", []) + (a.get("names") or {}).get("it", [])
            for last in {Fold(n.split()[-1]) for n in names}:
                surname_count[last] = surname_count.get(last, 0) + 1
        self.people = []
        for a in people:
            names = (a.get("names") or {}).get("any") or (a.get("names") or {}).get("it") or []
            if not names or " " not in names[0] or not a.get("offices"):
                continue
            full = names[0]
            last = full.split()[-1]
            surname = (last if a.get("surname", True) and surname_count.get(Fold(last)) == 1
                       and re.fullmatch(r"[A-Z][a-z]+", last) else None)
            self.people.append(Actor(a["id"], a["label"], "person", full, "", None, surname))
        # Popularity order: a fixed shuffle, the same whatever the corpus seed.
        order = random.Random(20220101)
        for actors in (self.countries, self.capital_of, self.demonym_countries, self.people):
            order.shuffle(actors)
        if len(self.countries) < 10 or len(self.people) < 20 or not self.demonym_countries:
            sys.exit(f"generate_corpus.py: too few usable actors in {schema_dir} "
                     f"({len(self.countries)} countries, {len(self.people)} people)")
        self.invented = 0

    def InventPerson(self, rng, country):
        """A new person of `country`, whose name the gazetteer does not know."""
        while True:
            surname = Cap("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))))
            given = rng.choice(GIVEN)
            if (Fold(surname) not in self.known_words and len(surname) > 4 and
                    not surname.lower().endswith(("ov", "da"))):
                break
        surname += rng.choice(["ov", "enko", "ani", "escu", "ic", "er"])
        label = f"{given} {surname}"
        self.invented += 1
        return Actor("new:" + Slug(label), label, "person", label, "", None, surname)


# ---------------------------------------------------------------------------- templates
# A template is a function (ctx) -> (sentence, [relations]). ctx picks actors and records the
# relations; every template names the relation type it plants and the syntax it exercises.
class Ctx:
    def __init__(self, rng, pool, doc):
        self.rng, self.pool, self.doc = rng, pool, doc
        self.relations = []
        self.used_people = []   # people named in this document (surnames may follow)

    def popular(self, actors):
        """An actor drawn with skewed popularity, as in the news: the first tenth of each
        (shuffled) pool gets about 40% of the mentions, so pairs recur and edges gain weight."""
        return actors[int(len(actors) * self.rng.random() ** POPULARITY_SKEW)]

    def country(self):
        return self.popular(self.pool.countries)

    def capital(self):
        return self.popular(self.pool.capital_of)

    def demonym_country(self):
        return self.popular(self.pool.demonym_countries)

    def state(self):
        """A country by name or capital: the most common way the news name a state."""
        return self.country() if self.rng.random() < 0.6 else self.capital()

    def person(self):
        p = self.popular(self.pool.people)
        self.used_people.append(p)
        return p

    def agent(self, family):
        """("il governo russo", country): an agent noun with a demonym."""
        names = [a for a in AGENTS_FOR[family] if a in self.pool.agents]
        noun = self.rng.choice(names)
        gn = self.pool.agents[noun]
        c = self.demonym_country()
        return noun, gn, c

    def agent_np(self, family, prep=None):
        noun, gn, c = self.agent(family)
        return WithArticle(f"{noun} {c.demonyms[gn]}", gn, prep), gn, c

    def distinct(self, make, *others):
        while True:  # every pool holds many actors, so this ends quickly
            a = make()
            if all(a.id != o.id for o in others):
                return a

    def plant(self, source, rtype, target, negated=False, template=""):
        self.relations.append({"doc": self.doc, "source": source.ref(), "type": rtype,
                               "target": target.ref(), "negated": negated, "template": template})


def Pick(ctx, *choices):
    return ctx.rng.choice(choices)


def Plural(gn):
    return gn.endswith("p")


def Aux(gn, sing="ha", plur="hanno"):
    return plur if Plural(gn) else sing


def T_agree_pp_con(c):
    a, b = c.state(), None
    b = c.distinct(c.state, a)
    verb = Pick(c, "ha firmato", "ha siglato", "ha sottoscritto")
    topic = c.rng.choice(TOPICS)
    c.plant(a, "AGREE", b, template="agree_pp_con")
    return f"{Cap(a.np())} {verb} un'intesa sul settore {topic} con {b.np()}."


def T_agree_pair_noun(c):
    a = c.country()
    b = c.distinct(c.country, a)
    c.plant(a, "AGREE", b, template="agree_pair_noun")
    return (f"L'accordo tra {a.np()} e {b.np()} sul {c.rng.choice(TOPICS)} è stato reso pubblico "
            f"{Pick(c, 'ieri sera', 'in mattinata', 'nel pomeriggio')}.")


def T_agree_pair_verb(c):
    a = c.state()
    b = c.distinct(c.state, a)
    c.plant(a, "AGREE", b, template="agree_pair_verb")
    return f"{Cap(a.np())} e {b.np()} hanno concordato una tabella di marcia per il {c.rng.choice(TOPICS)}."


def T_consult_object(c):
    a = c.person()
    b = c.distinct(c.person, a)
    c.plant(a, "CONSULT", b, template="consult_object")
    return f"{a.np()} ha incontrato {b.np()} a {c.rng.choice(CITIES)}."


def T_consult_remote_past(c):
    a = c.person()
    b = c.distinct(c.person, a)
    c.plant(a, "CONSULT", b, template="consult_remote_past")
    return f"Nel {Pick(c, '2019', '2020', '2021')} {a.np()} incontrò {b.np()} in una località segreta."


def T_consult_hyphen(c):
    people = [p for p in c.pool.people if p.surname]
    a = c.rng.choice(people)
    b = c.distinct(lambda: c.rng.choice(people), a)
    if b.surname == a.surname:
        return T_consult_object(c)
    c.plant(a, "CONSULT", b, template="consult_hyphen")
    return f"L'incontro {a.surname}-{b.surname} è durato oltre due ore."


def T_consult_colloqui_tra(c):
    a = c.country()
    b = c.distinct(c.country, a)
    c.plant(a, "CONSULT", b, template="consult_colloqui_tra")
    return f"Nuovi colloqui tra {a.np()} e {b.np()} si terranno a {c.rng.choice(CITIES)} entro l'estate."


def T_consult_telephone(c):
    a = c.person()
    b = c.distinct(c.person, a)
    c.plant(a, "CONSULT", b, template="consult_telephone")
    return f"{a.np()} ha telefonato a {b.np()} per fare il punto sulla situazione regionale."


def T_consult_passive(c):
    a = c.person()
    b = c.distinct(c.person, a)
    c.plant(a, "CONSULT", b, template="consult_passive")
    return f"{b.np()} è stato ricevuto da {a.np()} nella residenza ufficiale."


def T_consult_noun_con(c):
    a = c.person()
    b = c.distinct(c.person, a)
    c.plant(a, "CONSULT", b, template="consult_noun_con")
    return f"{a.np()} ha avuto un lungo colloquio con {b.np()} a margine della conferenza."


def T_consult_visit(c):
    a = c.person()
    b = c.country()
    c.plant(a, "CONSULT", b, template="consult_visit")
    return f"La visita di {a.np()} {b.np('in')} è stata rinviata a data da destinarsi."


def T_support_active(c):
    np, gn, a = c.agent_np("political")
    b = c.distinct(c.state, a)
    c.plant(a, "SUPPORT", b, template="support_agent_active")
    return f"{Cap(np)} {Pick(c, 'sostiene', 'appoggia')} apertamente {b.np()} nella disputa."


def T_support_noun(c):
    a = c.state()
    b = c.distinct(c.state, a)
    c.plant(a, "SUPPORT", b, template="support_noun")
    return f"{Cap(a.np())} ha ribadito il proprio sostegno {b.np('a')}."


def T_support_remote_past(c):
    a = c.person()
    b = c.country()
    c.plant(a, "SUPPORT", b, template="support_remote_past")
    return f"In quell'occasione {a.np()} elogiò {b.np()} per l'impegno umanitario."


def T_concede(c):
    a = c.state()
    b = c.person()
    c.plant(a, "CONCEDE", b, template="concede")
    return f"{Cap(a.np())} ha liberato {b.np()} all'alba di domenica."


def T_cooperate_future(c):
    a = c.country()
    b = c.distinct(c.country, a)
    c.plant(a, "COOPERATE", b, template="cooperate_future")
    return f"{Cap(a.np())} e {b.np()} collaboreranno nel settore {c.rng.choice(TOPICS)}."


def T_cooperate_noun(c):
    a = c.country()
    b = c.distinct(c.country, a)
    c.plant(a, "COOPERATE", b, template="cooperate_noun")
    return f"La cooperazione tra {a.np()} e {b.np()} si è rafforzata negli ultimi anni."


def T_aid_iobj(c):
    a = c.state()
    b = c.distinct(c.country, a)
    c.plant(a, "AID", b, template="aid_iobj")
    return f"{Cap(a.np())} ha inviato aiuti umanitari {b.np('a')}."


def T_aid_agent_in(c):
    np, gn, a = c.agent_np("political")
    b = c.distinct(c.country, a)
    c.plant(a, "AID", b, template="aid_agent_in")
    return f"{Cap(np)} {Aux(gn)} mandato medici e soccorritori {b.np('in')}."


def T_retreat_verb(c):
    a = c.state()
    b = c.distinct(c.country, a)
    c.plant(a, "RETREAT", b, template="retreat_verb")
    return f"{Cap(a.np())} ha ritirato i propri reparti {b.np('da')}."


def T_retreat_noun(c):
    noun, gn, a = c.agent("military")
    b = c.distinct(c.country, a)
    c.plant(a, "RETREAT", b, template="retreat_noun")
    return (f"Il ritiro {WithArticle(noun + ' ' + a.demonyms[gn], gn, 'di')} {b.np('da')} "
            f"è cominciato lunedì.")


def T_request_iobj(c):
    a = c.state()
    b = c.distinct(c.state, a)
    c.plant(a, "REQUEST", b, template="request_iobj")
    return f"{Cap(a.np())} ha chiesto {b.np('a')} di ridurre le esercitazioni lungo il confine."


def T_request_object(c):
    a = c.person()
    b = c.distinct(c.country, a)
    c.plant(a, "REQUEST", b, template="request_object")
    return f"{a.np()} ha esortato {b.np()} a rispettare gli impegni presi."


def T_accuse_present(c):
    a = c.state()
    b = c.distinct(c.state, a)
    c.plant(a, "ACCUSE", b, template="accuse_present")
    return f"{Cap(a.np())} accusa {b.np()} di aver violato lo spazio aereo."


def T_accuse_passive(c):
    a = c.country()
    b = c.person()
    c.plant(a, "ACCUSE", b, template="accuse_passive")
    return f"{b.np()} è stato duramente criticato {a.np('da')} per la gestione della crisi."


def T_accuse_agent(c):
    np, gn, a = c.agent_np("political")
    b = c.distinct(c.state, a)
    c.plant(a, "ACCUSE", b, template="accuse_agent")
    return f"{Cap(np)} {Aux(gn)} condannato {b.np()} con una nota ufficiale."


def T_reject(c):
    a = c.state()
    b = c.distinct(c.person, a)
    c.plant(a, "REJECT", b, template="reject")
    return f"{Cap(a.np())} ha respinto {b.np()} e la sua proposta di mediazione."


def T_threaten(c):
    a = c.state()
    b = c.distinct(c.state, a)
    c.plant(a, "THREATEN", b, template="threaten")
    return f"{Cap(a.np())} ha minacciato {b.np()} di ritorsioni economiche."


def T_threaten_noun(c):
    a = c.state()
    b = c.distinct(c.country, a)
    c.plant(a, "THREATEN", b, template="threaten_noun")
    return f"Il monito {a.np('di')} {b.np('a')} arriva dopo settimane di tensione."


def T_protest(c):
    a = c.state()
    protesters = Actor("protesters", "protesters", "group", "manifestanti", "mp")
    c.plant(protesters, "PROTEST", a, template="protest")
    return f"Migliaia di manifestanti hanno protestato contro {a.np()} a {c.rng.choice(CITIES)}."


def T_sanction(c):
    a = c.state()
    b = c.distinct(c.state, a)
    c.plant(a, "SANCTION", b, template="sanction")
    return f"{Cap(a.np())} ha sanzionato {b.np()} per le violazioni dei diritti umani."


def T_sanction_noun(c):
    a = c.demonym_country()
    b = c.distinct(c.country, a)
    c.plant(a, "SANCTION", b, template="sanction_noun_adj")
    return f"Le nuove sanzioni {a.demonyms['fp']} contro {b.np()} sono entrate in vigore."


def T_mobilize(c):
    a = c.state()
    b = c.distinct(c.country, a)
    c.plant(a, "MOBILIZE", b, template="mobilize")
    return f"{Cap(a.np())} ha dispiegato nuovi sistemi missilistici {b.np('in')}."


def T_coerce_passive_agent(c):
    noun, gn, a = c.agent("police")
    b = c.person()
    c.plant(a, "COERCE", b, template="coerce_passive_agent")
    return (f"{b.np()} è stato arrestato {WithArticle(noun + ' ' + a.demonyms[gn], gn, 'da')} "
            f"all'aeroporto.")


def T_assault_verb(c):
    noun, gn, a = c.agent("military")
    b = c.distinct(c.capital, a)
    c.plant(a, "ASSAULT", b, template="assault_agent_verb")
    return (f"{Cap(WithArticle(noun + ' ' + a.demonyms[gn], gn))} {Aux(gn)} bombardato {b.np()} "
            f"per la terza notte consecutiva.")


def T_assault_noun(c):
    a = c.demonym_country()
    b = c.distinct(c.country, a)
    c.plant(a, "ASSAULT", b, template="assault_noun_adj")
    return f"L'invasione {a.demonyms['fs']} {b.np('di')} ha provocato migliaia di sfollati."


def T_member_of(c):
    a = c.country()
    org = c.rng.choice(c.pool.joinable)
    c.plant(a, "MEMBER_OF", org, template="member_of")
    return f"{Cap(a.np())} ha aderito {org.np('a')} nel {Pick(c, '2004', '2011', '2016')}."


def T_title_new_person(c):
    """An invented person introduced with title and demonym: OFFICIAL_OF + CONSULT."""
    country = c.rng.choice([x for x in c.pool.countries if x.demonyms])
    title, _office = c.rng.choice(c.pool.titles)
    new = c.pool.InventPerson(c.rng, country)
    other = c.person()
    c.used_people.append(new)
    c.plant(new, "OFFICIAL_OF", country, template="title_new_person")
    c.plant(new, "CONSULT", other, template="title_new_person")
    return f"Il {title} {country.demonyms['ms']} {new.np()} ha incontrato {other.np()}."


def T_org_accuse(c):
    org = c.rng.choice([o for o in c.pool.orgs if o.gn])
    b = c.state()
    c.plant(org, "ACCUSE", b, template="org_accuse")
    return f"{Cap(org.np())} ha denunciato {b.np()} per le restrizioni imposte alla stampa."


# Negation: the relation is stated as not having happened; planted with negated=true.
def T_neg_consult(c):
    a = c.person()
    b = c.distinct(c.person, a)
    c.plant(a, "CONSULT", b, negated=True, template="neg_consult")
    return f"{a.np()} non ha incontrato {b.np()} durante il viaggio."


def T_neg_agree(c):
    a = c.state()
    b = c.distinct(c.state, a)
    c.plant(a, "AGREE", b, negated=True, template="neg_agree")
    return f"{Cap(a.np())} non ha firmato l'intesa con {b.np()}, secondo la stampa locale."


def T_neg_accuse(c):
    np, gn, a = c.agent_np("political")
    b = c.distinct(c.state, a)
    c.plant(a, "ACCUSE", b, negated=True, template="neg_accuse")
    return f"{Cap(np)} non {Aux(gn)} mai condannato {b.np()}."


# Filler with two actors and no relation.
def F_two_places(c):
    a = c.country()
    b = c.distinct(c.country, a)
    return f"I prezzi del carburante {a.np('in')} e {b.np('in')} sono saliti del {c.rng.randint(2, 9)}%."


def F_two_people(c):
    a = c.person()
    b = c.distinct(c.person, a)
    return f"{a.np()} e {b.np()} erano entrambi assenti alla cerimonia di ieri."


def F_two_states(c):
    a = c.country()
    b = c.distinct(c.country, a)
    return (f"Secondo gli economisti, il debito pubblico {a.np('di')} supera ormai quello "
            f"{b.np('di')}.")


# Filler without actors.
FILLER = [
    "Il tasso di inflazione è sceso al {n},{m}% nel mese di {month}.",
    "La riunione è proseguita fino a tarda sera senza dichiarazioni alla stampa.",
    "Le temperature resteranno sopra la media stagionale per tutta la settimana.",
    "Gli analisti prevedono un rallentamento della crescita nel prossimo trimestre.",
    "Il traffico ferroviario è stato sospeso per alcune ore a causa del maltempo.",
    "La produzione industriale è aumentata del {n}% rispetto all'anno precedente.",
    "Il documento finale sarà presentato entro la fine di {month}.",
    "Numerosi osservatori hanno definito la giornata come un passaggio decisivo.",
    "Le borse europee hanno chiuso in lieve rialzo dopo una seduta nervosa.",
    "Il bilancio provvisorio parla di {n} feriti, nessuno in gravi condizioni.",
]
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"]

TEMPLATES = [
    T_agree_pp_con, T_agree_pair_noun, T_agree_pair_verb, T_consult_object,
    T_consult_remote_past, T_consult_hyphen, T_consult_colloqui_tra, T_consult_telephone,
    T_consult_passive, T_consult_noun_con, T_consult_visit, T_support_active, T_support_noun,
    T_support_remote_past, T_concede, T_cooperate_future, T_cooperate_noun, T_aid_iobj,
    T_aid_agent_in, T_retreat_verb, T_retreat_noun, T_request_iobj, T_request_object,
    T_accuse_present, T_accuse_passive, T_accuse_agent, T_reject, T_threaten, T_threaten_noun,
    T_protest, T_sanction, T_sanction_noun, T_mobilize, T_coerce_passive_agent, T_assault_verb,
    T_assault_noun, T_member_of, T_title_new_person, T_org_accuse, T_neg_consult, T_neg_agree,
    T_neg_accuse,
]
FILLERS_TWO = [F_two_places, F_two_people, F_two_states]


def Filler(c):
    return c.rng.choice(FILLER).format(n=c.rng.randint(1, 40), m=c.rng.randint(0, 9),
                                       month=c.rng.choice(MONTHS))


def MakeDocument(rng, pool, index, start_date, days):
    doc_id = f"gen-{index:08d}"
    date = start_date + datetime.timedelta(days=rng.randrange(days))
    c = Ctx(rng, pool, doc_id)
    paragraphs = []
    for _ in range(rng.randint(3, 8)):  # about 2.5 kB a document, as wire copy
        sentences = []
        for _ in range(rng.randint(3, 6)):
            r = rng.random()
            if r < 0.5:
                s = rng.choice(TEMPLATES)(c)
            elif r < 0.65:
                s = rng.choice(FILLERS_TWO)(c)
            else:
                s = Filler(c)
            sentences.append(Cap(s))
        paragraphs.append(" ".join(sentences))
    text = "\n\n".join(paragraphs)
    title = Cap(rng.choice(TOPICS)) + ": " + Pick(c, "nuovi sviluppi", "la giornata", "il punto")
    doc = {"id": doc_id, "date": date.isoformat(), "title": title, "text": text,
           "source": rng.choice(SOURCES)}
    return doc, c.relations


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size_mb", type=float, help="megabytes of document text to write")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default="corpus.jsonl")
    parser.add_argument("--relations", default=None,
                        help="planted relations (default: OUT with .planted.jsonl)")
    parser.add_argument("--schemas", default=DEFAULT_SCHEMAS, help="directory of actor YAML")
    args = parser.parse_args()
    relations_path = args.relations or re.sub(r"\.jsonl$", "", args.out) + ".planted.jsonl"

    pool = Pool(args.schemas)
    rng = random.Random(args.seed)
    limit = int(args.size_mb * 1_000_000)
    start = datetime.date(2022, 1, 1)
    days = (datetime.date(2023, 12, 31) - start).days + 1
    written = docs = planted = 0
    tmp_out, tmp_rel = args.out + ".tmp", relations_path + ".tmp"
    with open(tmp_out, "w", encoding="utf-8") as out, open(tmp_rel, "w", encoding="utf-8") as rel:
        while written < limit:
            doc, relations = MakeDocument(rng, pool, docs, start, days)
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            for r in relations:
                rel.write(json.dumps(r, ensure_ascii=False) + "\n")
            written += len(doc["text"].encode("utf-8"))
            docs += 1
            planted += len(relations)
    os.replace(tmp_out, args.out)
    os.replace(tmp_rel, relations_path)
    print(f"wrote {args.out}: {docs} documents, {written} text bytes; {relations_path}: "
          f"{planted} planted relations ({len(TEMPLATES)} templates, {pool.invented} invented "
          f"people)", file=sys.stderr)


if __name__ == "__main__":
    main()
