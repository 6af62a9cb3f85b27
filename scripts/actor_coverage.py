#!/usr/bin/env python3
"""Actor recognition coverage: which actors of an evaluation set are found in the mentions.

usage: actor_coverage.py CORPUS_DIR ACTORS.tsv MENTIONS.jsonl [--verbose]

An actor "occurs" in a document when one of its surface names from ACTORS.tsv (the format of
the evaluation sets: `id<TAB>name|name|...`) appears in the text as whole words, compared
case- and accent-insensitively. It is "found" when some mention of that document (written by
`actorgraph extract --mentions`) resolves to it: the mention's id or label is one of the
actor's names, as the relation scorer compares endpoints. Places count as found (a country
named only as a place is still recognised); the script also lists mentions resolved to an
actor of the set but marked as a place, so that "no place mistaken for an actor" can be read
off the output.

A second figure also counts an actor as found when the dictionary (schemas/actors/*.yaml of
this repository) gives the id the mention resolved to a name that is one of the set's names for
that actor, and no other's: the CHP labelled "Partito popolare repubblicano" is the set's "CHP,
Partito repubblicano del popolo" because the dictionary lists both names for it.
"""
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict


def norm(text):
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def load_actors(path):
    names = {}
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        cid, aliases = line.rstrip("\n").split("\t")[:2]
        names[cid] = {norm(a) for a in aliases.split("|") if norm(a)} | {norm(cid)}
    return names


def load_dictionary_names():
    """Every name and acronym of each dictionary actor, by id (empty without PyYAML)."""
    try:
        import yaml
    except ImportError:
        return {}
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "schemas", "actors")
    names = defaultdict(set)
    for file in ("organizations.yaml", "people.yaml", "countries.yaml"):
        path = os.path.join(root, file)
        if not os.path.exists(path):
            continue
        for actor in (yaml.safe_load(open(path, encoding="utf-8")) or {}).get("actors", []):
            for values in (actor.get("names") or {}).values():
                names[actor["id"]].update(norm(v) for v in values)
            names[actor["id"]].update(norm(a) for a in actor.get("acronyms") or [])
    return names


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    corpus, actors_path, mentions_path = argv[1:4]
    verbose = "--verbose" in argv
    actors = load_actors(actors_path)
    alias = {}
    for cid, names in actors.items():
        for n in names:
            alias.setdefault(n, cid)
    dictionary = load_dictionary_names()
    found = defaultdict(set)
    found_by_name = defaultdict(set)
    for line in open(mentions_path, encoding="utf-8"):
        m = json.loads(line)
        doc = os.path.basename(m["doc"])
        for key in ("id", "label"):
            cid = alias.get(norm(m.get(key, "")))
            if cid:
                found[doc].add(cid)
                found_by_name[doc].add(cid)
                break
        else:
            named = {alias[n] for n in dictionary.get(m.get("id", ""), ()) if n in alias}
            if len(named) == 1:
                found_by_name[doc].add(named.pop())
    occurring = found_total = by_name_total = 0
    missed = []
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".txt"):
            continue
        text = " " + norm(open(os.path.join(corpus, name), encoding="utf-8").read()) + " "
        for cid, names in sorted(actors.items()):
            # The id column is a code (ISO alpha-3, upper-case names), not a surface form.
            surfaces = [n for n in names if n != norm(cid) and len(n) >= 3]
            if not any(f" {n} " in text for n in surfaces):
                continue
            occurring += 1
            by_name_total += cid in found_by_name[name]
            if cid in found[name]:
                found_total += 1
            else:
                missed.append((name, cid))
    share = found_total / occurring if occurring else 0.0
    print(f"actors found: {found_total}/{occurring} = {share:.3f}")
    if dictionary:
        share = by_name_total / occurring if occurring else 0.0
        print(f"actors found, dictionary names too: {by_name_total}/{occurring} = {share:.3f}")
    if verbose:
        for doc, cid in missed:
            print(f"MISSED {doc}: {cid}")


if __name__ == "__main__":
    main(sys.argv)
