#!/usr/bin/env python3
"""Scores `actorgraph extract` output against the relations generate_corpus.py planted.

Usage: score_planted.py PLANTED.jsonl EXTRACTED.jsonl [--schemas-relations relations.yaml]
                        [--json OUT.json] [--examples N]

A relation is (doc, type, source id, target id, negated), compared as a set per document:
symmetric types (relations.yaml `symmetric: true`) ignore the direction. Precision counts
every distinct extracted relation, recall every distinct planted one; both are also given per
type, and recall per template, so a drop names the sentence shape that broke.
"""

import argparse
import collections
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def Key(r, symmetric):
    s, t = r["source"]["id"], r["target"]["id"]
    if r["type"] in symmetric and t < s:
        s, t = t, s
    return (r["doc"], r["type"], s, t, bool(r.get("negated", False)))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("planted")
    p.add_argument("extracted")
    p.add_argument("--schemas-relations", default=os.path.join(HERE, "..", "schemas",
                                                                "relations.yaml"))
    p.add_argument("--json", help="also write the figures as JSON here")
    p.add_argument("--examples", type=int, default=0, help="print N misses per template")
    args = p.parse_args()

    with open(args.schemas_relations, encoding="utf-8") as f:
        symmetric = {t["type"] for t in yaml.safe_load(f)["relation_types"] if t.get("symmetric")}

    planted, template_of = set(), collections.defaultdict(set)
    with open(args.planted, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            k = Key(r, symmetric)
            planted.add(k)
            template_of[k].add(r.get("template", "?"))
    extracted = set()
    text_of = {}
    with open(args.extracted, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            k = Key(r, symmetric)
            extracted.add(k)
            text_of.setdefault(k, r.get("text", ""))

    hits = planted & extracted

    def pr(tp, n_ex, n_pl):
        p_ = tp / n_ex if n_ex else float("nan")
        r_ = tp / n_pl if n_pl else float("nan")
        return p_, r_

    overall_p, overall_r = pr(len(hits), len(extracted), len(planted))
    by_type = {}
    for t in sorted({k[1] for k in planted | extracted}):
        pl = {k for k in planted if k[1] == t}
        ex = {k for k in extracted if k[1] == t}
        tp = len(pl & ex)
        by_type[t] = {"planted": len(pl), "extracted": len(ex), "correct": tp,
                      "precision": pr(tp, len(ex), len(pl))[0],
                      "recall": pr(tp, len(ex), len(pl))[1]}
    by_template = collections.defaultdict(lambda: [0, 0])
    misses = collections.defaultdict(list)
    for k in planted:
        for tpl in template_of[k]:
            by_template[tpl][1] += 1
            if k in extracted:
                by_template[tpl][0] += 1
            else:
                misses[tpl].append(k)
    # Negation: planted negated relations found negated, vs found asserted (polarity lost).
    neg = {k for k in planted if k[4]}
    neg_found = len(neg & extracted)
    neg_as_asserted = len({k[:4] + (False,) for k in neg} & extracted)

    print(f"planted {len(planted)}  extracted {len(extracted)}  correct {len(hits)}")
    print(f"precision {overall_p:.3f}  recall {overall_r:.3f}  (typed, by id, per document)")
    print(f"negated: {len(neg)} planted, {neg_found} found negated, "
          f"{neg_as_asserted} found as asserted")
    print(f"\n{'type':<12} {'planted':>8} {'extracted':>9} {'P':>6} {'R':>6}")
    for t, v in by_type.items():
        print(f"{t:<12} {v['planted']:>8} {v['extracted']:>9} {v['precision']:>6.3f} "
              f"{v['recall']:>6.3f}")
    print(f"\n{'template':<24} {'planted':>8} {'recall':>7}")
    for tpl, (tp, n) in sorted(by_template.items()):
        print(f"{tpl:<24} {n:>8} {tp / n:>7.3f}")
        for k in misses[tpl][: args.examples]:
            print(f"    miss {k}")
    if args.examples:
        fp = sorted(extracted - planted)[: args.examples * 3]
        for k in fp:
            print(f"    false {k}  {text_of[k][:150]!r}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"planted": len(planted), "extracted": len(extracted), "correct": len(hits),
                       "precision": overall_p, "recall": overall_r, "by_type": by_type,
                       "by_template": {t: {"planted": n, "recall": tp / n}
                                       for t, (tp, n) in sorted(by_template.items())}},
                      f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
