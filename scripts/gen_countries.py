#!/usr/bin/env python3
"""Generate schemas/actors/countries.yaml from Debian's iso-codes plus a hand-written supplement.

Inputs:
  /usr/share/iso-codes/json/iso_3166-1.json            every ISO 3166-1 country (alpha-2/3, names)
  /usr/share/locale/it/LC_MESSAGES/iso_3166-1.mo       Italian names (gettext catalogue)
  scripts/countries_extra.yaml                          hand-written supplement (see its header)

Output: schemas/actors/countries.yaml (sorted by id, deterministic).

Usage: python3 scripts/gen_countries.py [--check]
  --check   do not write; exit 1 if the file on disk differs from what would be generated.
"""

import gettext
import json
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALE_DIR = "/usr/share/locale"
EXTRA = os.path.join(ROOT, "scripts", "countries_extra.yaml")
OUT = os.path.join(ROOT, "schemas", "actors", "countries.yaml")

EXTRA_KEYS = {
    "label", "it", "en", "drop", "acronyms", "demonyms", "capitals", "seats",
    "wikidata", "cameo", "leader_office", "comment", "iso2",
}

# Demonym shorthand "stem/ending": the ending selects the gender/number forms.
DEMONYM_FORMS = {
    "o": ["o", "a", "i", "e"],
    "co": ["co", "ca", "chi", "che"],
    "go": ["go", "ga", "ghi", "ghe"],
    "ico": ["ico", "ica", "ici", "iche"],
    "aco": ["aco", "aca", "aci", "ache"],
    "eco": ["eco", "eca", "eci", "eche"],
    "e": ["e", "i"],
    "a": ["a", "i", "e"],
}

YAML_SPECIAL = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}
PLAIN_RE = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž][\w'’. \-À-ÖØ-öø-ÿĀ-ž]*$")
PREPOSITION_END = re.compile(
    r"\b(of|of the|di|del|della|dello|dei|degli|delle|d')$", re.IGNORECASE)


def die(msg):
    print(f"gen_countries: {msg}", file=sys.stderr)
    sys.exit(1)


def expand_demonym(d):
    if "/" not in d:
        return [d]
    stem, end = d.split("/", 1)
    if end not in DEMONYM_FORMS:
        die(f"unknown demonym shorthand {d!r}")
    if end == "o" and stem[-1:] in ("c", "g"):
        # "tedesc/o" would give "tedesce": the plural needs the "co"/"go" (or "ico") forms.
        die(f"demonym shorthand {d!r}: write the stem before 'co', 'go' or 'ico'")
    base = stem
    return [base + e for e in DEMONYM_FORMS[end]]


def short_forms(name):
    """Variants of an iso-codes name: 'Bolivia, Stato Plurinazionale della' gives the part
    before the comma and the re-ordered full form; parenthesised parts are dropped."""
    out = []
    n = re.sub(r"^the\s+", "", name.strip())
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", n)
    if m:
        n = m.group(1).strip()
    if ", " in n:
        before, after = n.split(", ", 1)
        out.append(before)
        if PREPOSITION_END.search(after):
            after = re.sub(r"^[Tt]he\s+", "", after)
            sep = "" if after.endswith("'") else " "
            out.append(f"{after}{sep}{before}")
    else:
        out.append(n)
    return out


def dedup(seq, fold=True):
    seen, out = set(), []
    for s in seq:
        k = s.casefold() if fold else s
        if s and k not in seen:
            seen.add(k)
            out.append(s)
    return out


def q(s):
    s = str(s)
    if PLAIN_RE.match(s) and s.lower() not in YAML_SPECIAL and not s.endswith(" "):
        return s
    return json.dumps(s, ensure_ascii=False)


def flow(items):
    return "[" + ", ".join(q(i) for i in items) + "]"


def load_extra():
    with open(EXTRA, encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    for cid, e in data.items():
        if not isinstance(e, dict):
            die(f"{EXTRA}: {cid}: entry must be a map")
        bad = set(e) - EXTRA_KEYS
        if bad:
            die(f"{EXTRA}: {cid}: unknown keys {sorted(bad)}")
    return data


def main():
    check = "--check" in sys.argv[1:]
    with open(ISO_JSON, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    tr = gettext.translation("iso_3166-1", localedir=LOCALE_DIR, languages=["it"])
    extra = load_extra()

    countries = {}
    for c in iso:
        a3 = c["alpha_3"]
        name = c["name"]
        common = c.get("common_name")
        official = c.get("official_name")
        it = []
        for n in (common, name, official):
            if n:
                t = tr.gettext(n)
                if t != n or n == name or n == common:
                    it.extend(short_forms(t))
        en = []
        for n in (common, name, official):
            if n:
                en.extend(short_forms(n))
        label = common or name
        if ", " in label:  # "Korea, Republic of" style: keep the part before the comma
            label = label.split(", ", 1)[0]
        countries[a3] = {
            "label": label,
            "iso2": c["alpha_2"],
            "it": dedup(it),
            "en": dedup(en),
        }

    for cid, e in extra.items():
        if cid not in countries:
            if "label" not in e:
                die(f"{EXTRA}: {cid}: not an ISO 3166-1 code; a non-ISO entry needs a label")
            countries[cid] = {"label": e["label"], "iso2": e.get("iso2"), "it": [], "en": []}
        c = countries[cid]
        if "label" in e:
            c["label"] = e["label"]
        if "iso2" in e:
            c["iso2"] = e["iso2"]
        c["it"] = dedup(list(e.get("it", [])) + c["it"])
        c["en"] = dedup(list(e.get("en", [])) + c["en"])
        drop = {d.casefold() for d in e.get("drop", [])}
        c["it"] = [n for n in c["it"] if n.casefold() not in drop]
        c["en"] = [n for n in c["en"] if n.casefold() not in drop]
        if "acronyms" in e:
            c["acronyms"] = dedup(e["acronyms"], fold=False)  # case matters for acronyms
        for k in ("capitals", "seats"):
            if k in e:
                c[k] = dedup(e[k])
        if "demonyms" in e:
            c["demonyms"] = dedup([f for d in e["demonyms"] for f in expand_demonym(d)])
        for k in ("wikidata", "cameo", "leader_office", "comment"):
            if k in e:
                c[k] = e[k]

    # A name generated for two countries would be ambiguous: report it and stop.
    owners = {}
    for cid, c in countries.items():
        for n in c["it"] + c["en"] + c.get("capitals", []) + c.get("seats", []):
            owners.setdefault(n.casefold(), set()).add(cid)
    clashes = {n: sorted(o) for n, o in owners.items() if len(o) > 1}
    if clashes:
        for n, o in sorted(clashes.items()):
            print(f"gen_countries: name {n!r} used by {o}", file=sys.stderr)
        die("ambiguous names; fix scripts/countries_extra.yaml (use drop:)")

    lines = [
        "# GENERATED by scripts/gen_countries.py from Debian iso-codes (iso_3166-1.json and the",
        "# Italian gettext catalogue) and scripts/countries_extra.yaml. Do not edit by hand:",
        "# edit countries_extra.yaml and re-run `python3 scripts/gen_countries.py`.",
        "actors:",
    ]
    for cid in sorted(countries):
        c = countries[cid]
        if c.get("comment"):
            for cl in str(c["comment"]).strip().splitlines():
                lines.append(f"  # {cl.strip()}")
        lines.append(f"  - id: {q(cid)}")
        lines.append("    type: COUNTRY")
        lines.append(f"    label: {q(c['label'])}")
        lines.append("    names:")
        lines.append(f"      it: {flow(c['it'])}")
        lines.append(f"      en: {flow(c['en'])}")
        for k in ("acronyms", "demonyms", "capitals", "seats"):
            if c.get(k):
                lines.append(f"    {k}: {flow(c[k])}")
        if c.get("iso2"):
            lines.append(f"    iso2: {q(c['iso2'])}")
        for k in ("wikidata", "cameo", "leader_office"):
            if c.get(k):
                lines.append(f"    {k}: {q(c[k])}")
    text = "\n".join(lines) + "\n"

    parsed = yaml.safe_load(text)
    if len(parsed["actors"]) != len(countries):
        die("internal error: generated YAML does not round-trip")

    if check:
        try:
            with open(OUT, encoding="utf-8") as f:
                same = f.read() == text
        except FileNotFoundError:
            same = False
        if not same:
            print(f"gen_countries: {OUT} is out of date", file=sys.stderr)
            sys.exit(1)
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"gen_countries: wrote {len(countries)} countries to {OUT}")


if __name__ == "__main__":
    main()
