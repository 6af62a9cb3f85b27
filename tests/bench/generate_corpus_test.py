#!/usr/bin/python3
"""Checks bench/generate_corpus.py: same seed same bytes, a valid corpus, planted relations
that point at real documents, and (given the actorgraph binary) that extraction finds most of
what was planted.

Usage: generate_corpus_test.py PROJECT_DIR [ACTORGRAPH_BINARY]
"""

import datetime
import hashlib
import json
import os
import subprocess
import sys
import tempfile


def Generate(project, out, seed):
    subprocess.run([sys.executable, os.path.join(project, "bench", "generate_corpus.py"), "0.2",
                    "--seed", str(seed), "--out", out], check=True, stderr=subprocess.DEVNULL)
    digest = hashlib.sha1()
    for path in (out, out.replace(".jsonl", ".planted.jsonl")):
        with open(path, "rb") as f:
            digest.update(f.read())
    return digest.hexdigest()


def main():
    project = sys.argv[1]
    binary = sys.argv[2] if len(sys.argv) > 2 else None
    failures = []

    def check(condition, what):
        if not condition:
            failures.append(what)

    with tempfile.TemporaryDirectory() as tmp:
        a, b, c = (os.path.join(tmp, n) for n in ("a.jsonl", "b.jsonl", "c.jsonl"))
        # Deterministic: the same seed gives the same bytes; another seed, other bytes.
        check(Generate(project, a, 7) == Generate(project, b, 7), "same seed, different output")
        check(Generate(project, a, 7) != Generate(project, c, 8), "another seed, same output")

        # Documents: the JSON Lines contract of `actorgraph extract`, dated within two years.
        docs = {}
        with open(a, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                check(set(d) == {"id", "date", "title", "text", "source"}, f"keys of {d['id']}")
                date = datetime.date.fromisoformat(d["date"])
                check(datetime.date(2022, 1, 1) <= date <= datetime.date(2023, 12, 31),
                      f"date {d['date']}")
                docs[d["id"]] = d["text"]
        size = sum(len(t.encode("utf-8")) for t in docs.values())
        check(200_000 <= size < 210_000, f"asked 0.2 MB of text, got {size} bytes")

        # Planted relations: in real documents; invented people appear in their document.
        templates, types, negated = set(), set(), 0
        with open(a.replace(".jsonl", ".planted.jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                check(r["doc"] in docs, f"relation in unknown document {r['doc']}")
                for end in (r["source"], r["target"]):
                    if end["id"].startswith("new:"):
                        check(end["label"] in docs.get(r["doc"], ""), f"{end['label']} not in text")
                templates.add(r["template"])
                types.add(r["type"])
                negated += r["negated"]
        check(len(templates) >= 25, f"only {len(templates)} templates used")
        check(len(types) >= 16, f"only {len(types)} relation types planted")
        check(negated > 0, "no negated relation planted")

        # Extraction finds the planted relations (a regression here is a recall loss at scale).
        if binary:
            extracted = os.path.join(tmp, "extracted.jsonl")
            subprocess.run([binary, "extract", a, "-o", extracted, "-q"], check=True)
            score = subprocess.run(
                [sys.executable, os.path.join(project, "bench", "score_planted.py"),
                 a.replace(".jsonl", ".planted.jsonl"), extracted, "--json",
                 os.path.join(tmp, "score.json")], check=True, capture_output=True, text=True)
            with open(os.path.join(tmp, "score.json"), encoding="utf-8") as f:
                figures = json.load(f)
            check(figures["recall"] >= 0.90, f"recall {figures['recall']:.3f} < 0.90\n{score.stdout}")

    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
