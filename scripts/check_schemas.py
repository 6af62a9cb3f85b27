#!/usr/bin/env python3
"""Validate the actor schemas under schemas/actors/ (and any extra directories given).

Checks: every file parses; only known keys are used; ids are unique across all files; every
`country`, `offices[].of` and agent `alone` names an existing actor id; every `offices[].office`
and `leader_office` is an office code from offices.yaml; dates are YYYY, YYYY-MM or YYYY-MM-DD
and `from` <= `to`; name lists are lists of non-empty strings.

Usage: python3 scripts/check_schemas.py [DIR ...]   (default: schemas/actors)
Prints one line per problem (file and entry) and exits 1 if there is any.
"""

import glob
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Loader(yaml.SafeLoader):
    """SafeLoader that keeps dates and numbers as strings (the C++ loader reads them as text)."""


Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag not in ("tag:yaml.org,2002:timestamp",
                                                   "tag:yaml.org,2002:int",
                                                   "tag:yaml.org,2002:float")]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()
}

TOP_KEYS = {"actors", "agents", "offices", "relation_types"}
ACTOR_KEYS = {"id", "type", "label", "names", "acronyms", "demonyms", "capitals", "seats", "country",
              "wikidata", "cameo", "iso2", "leader_office", "offices", "surname"}
ACTOR_TYPES = {"COUNTRY", "IGO", "ORGANIZATION", "GROUP", "PERSON"}
AGENT_KEYS = {"sector", "names", "alone"}
OFFICE_KEYS = {"office", "titles"}
HOLDING_KEYS = {"office", "of", "from", "to"}
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
ID_RE = re.compile(r"^([A-Z]{3}|[a-z0-9_]+)$")
WIKIDATA_RE = re.compile(r"^Q\d+$")

problems = []


def problem(path, entry, msg):
    problems.append(f"{os.path.relpath(path, ROOT)}: {entry}: {msg}")


def is_str_list(v):
    return isinstance(v, list) and all(isinstance(s, str) and s.strip() for s in v)


def check_date(path, entry, key, v):
    if not DATE_RE.match(str(v)):
        problem(path, entry, f"{key} {v!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        return None
    return str(v)


def main():
    dirs = sys.argv[1:] or [os.path.join(ROOT, "schemas", "actors")]
    files = sorted(f for d in dirs for f in glob.glob(os.path.join(d, "**", "*.yaml"), recursive=True))
    if not files:
        print("check_schemas: no YAML files found", file=sys.stderr)
        return 1

    actors, agents, offices = [], [], []   # (path, entry)
    for path in files:
        try:
            with open(path, encoding="utf-8") as f:
                data = yaml.load(f, Loader=Loader)
        except yaml.YAMLError as e:
            problem(path, "-", f"does not parse: {e}")
            continue
        if not isinstance(data, dict):
            problem(path, "-", "top level must be a map")
            continue
        for k in set(data) - TOP_KEYS:
            problem(path, "-", f"unknown top-level key {k!r}")
        for key, into in (("actors", actors), ("agents", agents), ("offices", offices)):
            if key in data:
                if not isinstance(data[key], list):
                    problem(path, key, "must be a list")
                    continue
                into.extend((path, e) for e in data[key])

    office_codes = set()
    for path, o in offices:
        name = o.get("office", "?") if isinstance(o, dict) else "?"
        if not isinstance(o, dict):
            problem(path, name, "office entry must be a map")
            continue
        for k in set(o) - OFFICE_KEYS:
            problem(path, name, f"unknown key {k!r}")
        if not isinstance(o.get("office"), str) or not re.match(r"^[a-z_]+$", o["office"]):
            problem(path, name, "office code missing or not lower-case ascii")
        elif o["office"] in office_codes:
            problem(path, name, "duplicate office code")
        else:
            office_codes.add(o["office"])
        if not is_str_list(o.get("titles")):
            problem(path, name, "titles must be a non-empty list of strings")

    ids = {}
    for path, a in actors:
        if not isinstance(a, dict):
            problem(path, "?", "actor entry must be a map")
            continue
        aid = a.get("id")
        if not isinstance(aid, str) or not ID_RE.match(aid):
            problem(path, aid, "id missing, or neither alpha-3 nor lower-case ascii")
            continue
        if aid in ids:
            problem(path, aid, f"duplicate id (also in {os.path.relpath(ids[aid], ROOT)})")
        ids[aid] = path

    for path, a in actors:
        if not isinstance(a, dict) or not isinstance(a.get("id"), str):
            continue
        aid = a["id"]
        for k in set(a) - ACTOR_KEYS:
            problem(path, aid, f"unknown key {k!r}")
        if a.get("type") not in ACTOR_TYPES:
            problem(path, aid, f"type {a.get('type')!r} is not one of {sorted(ACTOR_TYPES)}")
        if not isinstance(a.get("label"), str) or not a["label"].strip():
            problem(path, aid, "label missing")
        names = a.get("names", {})
        if not isinstance(names, dict):
            problem(path, aid, "names must be a map from language to list")
        else:
            for lang, lst in names.items():
                if not re.match(r"^([a-z]{2}|any)$", str(lang)):
                    problem(path, aid, f"names: bad language key {lang!r}")
                if not is_str_list(lst):
                    problem(path, aid, f"names.{lang} must be a list of non-empty strings")
        for k in ("acronyms", "demonyms", "capitals", "seats"):
            if k in a and not is_str_list(a[k]):
                problem(path, aid, f"{k} must be a list of non-empty strings")
        if not names and not a.get("acronyms") and a.get("type") != "GROUP":
            problem(path, aid, "no names and no acronyms: the actor can never be matched")
        if "country" in a and a["country"] not in ids:
            problem(path, aid, f"country {a['country']!r} is not an actor id")
        if "wikidata" in a and not WIKIDATA_RE.match(str(a["wikidata"])):
            problem(path, aid, f"wikidata {a['wikidata']!r} is not Q<digits>")
        if "iso2" in a and not re.match(r"^[A-Z]{2}$", str(a["iso2"])):
            problem(path, aid, f"iso2 {a['iso2']!r} is not two upper-case letters")
        if "leader_office" in a and a["leader_office"] not in office_codes:
            problem(path, aid, f"leader_office {a['leader_office']!r} is not an office code")
        if "surname" in a and not isinstance(a["surname"], bool):
            problem(path, aid, "surname must be true or false")
        if "offices" in a:
            if not isinstance(a["offices"], list):
                problem(path, aid, "offices must be a list")
                continue
            for h in a["offices"]:
                if not isinstance(h, dict):
                    problem(path, aid, "offices entry must be a map")
                    continue
                for k in set(h) - HOLDING_KEYS:
                    problem(path, aid, f"offices: unknown key {k!r}")
                if h.get("office") not in office_codes:
                    problem(path, aid, f"offices: office {h.get('office')!r} is not an office code")
                if h.get("of") not in ids:
                    problem(path, aid, f"offices: of {h.get('of')!r} is not an actor id")
                if "from" not in h:
                    problem(path, aid, f"offices: {h.get('office')} of {h.get('of')} has no from")
                    continue
                frm = check_date(path, aid, "from", h["from"])
                to = check_date(path, aid, "to", h["to"]) if "to" in h else None
                if frm and to and to < frm[:len(to)]:
                    problem(path, aid, f"offices: {h.get('office')} of {h.get('of')} ends ({to}) before it starts ({frm})")

    for path, g in agents:
        sector = g.get("sector", "?") if isinstance(g, dict) else "?"
        if not isinstance(g, dict):
            problem(path, sector, "agent entry must be a map")
            continue
        for k in set(g) - AGENT_KEYS:
            problem(path, sector, f"unknown key {k!r}")
        if not isinstance(g.get("sector"), str):
            problem(path, sector, "sector missing")
        if not is_str_list(g.get("names")):
            problem(path, sector, "names must be a non-empty list of strings")
        if "alone" in g and g["alone"] not in ids:
            problem(path, sector, f"alone {g['alone']!r} is not an actor id")

    for p in problems:
        print(p)
    if problems:
        print(f"check_schemas: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"check_schemas: ok ({len(files)} files, {len(ids)} actors, {len(agents)} agents, "
          f"{len(office_codes)} offices)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
