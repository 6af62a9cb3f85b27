#!/usr/bin/env bash
# End-to-end checks of the actorgraph command, as a user runs it.
# usage: cli_test.sh ACTORGRAPH_BINARY SOURCE_DIR
set -u
bin=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {  # check NAME COMMAND...: passes when COMMAND succeeds
  local name=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

# Every subcommand of the contract has --help, and the exit codes are documented.
for cmd in extract build merge export path neighbors diff stats; do
  check "$cmd --help" bash -c "'$bin' $cmd --help | grep -q 'Exit codes'"
done
check "--version" bash -c "'$bin' --version | grep -q actorgraph"

# extract writes JSON Lines relations with provenance; the same output whatever -j.
"$bin" extract "$src/examples/corpus" -o "$work/j1.jsonl" -q
"$bin" extract "$src/examples/corpus" -o "$work/j2.jsonl" -q -j 2
check "extract finds relations" test "$(wc -l < "$work/j1.jsonl")" -gt 20
check "extract is identical with -j 2" cmp -s "$work/j1.jsonl" "$work/j2.jsonl"
check "relations carry the contract's fields" python3 - "$work/j1.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    r = json.loads(line)
    assert set(["doc", "date", "sentence", "start", "end", "source", "type", "target", "trigger",
                "negated", "modality", "confidence", "rule", "text"]) <= set(r), r
    original = open(r["doc"], "rb").read()[r["start"]:r["end"]].decode("utf-8")
    assert original == r["text"], (original, r["text"])
PY

# A JSON Lines corpus on standard input, as a Spark/Hadoop mapper gets it.
printf '%s\n' '{"id": "n1", "date": "2022-01-07", "text": "Il presidente russo Vladimir Putin ha incontrato il presidente kazako Kassym-Jomart Tokayev."}' \
  | "$bin" extract - -q > "$work/stdin.jsonl"
check "stdin JSON Lines" grep -q '"type":"CONSULT"' "$work/stdin.jsonl"

# Actor labels are the Italian names by default, the schema's labels on request.
printf '%s\n' '{"id": "l1", "date": "2022-01-07", "text": "Gli Stati Uniti hanno sanzionato la Russia."}' \
  | "$bin" extract - -q > "$work/labels-it.jsonl"
printf '%s\n' '{"id": "l1", "date": "2022-01-07", "text": "Gli Stati Uniti hanno sanzionato la Russia."}' \
  | "$bin" extract - -q --labels schema > "$work/labels-schema.jsonl"
check "labels are Italian by default" grep -q '"label":"Stati Uniti"' "$work/labels-it.jsonl"
check "--labels schema gives the schema's labels" grep -q '"label":"United States"' "$work/labels-schema.jsonl"

# A bad document is skipped and reported, the rest processed, exit code 2.
mkdir -p "$work/corpus"
cp "$src/examples/corpus/"*.txt "$work/corpus/"
printf 'abc\0def' > "$work/corpus/binary.txt"
printf '{"id": "ok", "text": "La Russia ha invaso l\x27Ucraina."}\n{not json\n' > "$work/corpus/docs.jsonl"
"$bin" extract "$work/corpus" -o "$work/bad.jsonl" 2> "$work/bad.err"
check "skipped inputs give exit 2" test $? -eq 2
check "the binary file is reported" grep -q "binary.txt" "$work/bad.err"
check "the malformed line is reported with its number" grep -q "docs.jsonl:2" "$work/bad.err"
check "good documents are still processed" grep -q '"doc":"ok"' "$work/bad.jsonl"

# build writes the graph and a summary; the same corpus gives the same bytes.
"$bin" build "$src/examples/corpus" -o "$work/a.graphml" > "$work/summary.txt"
"$bin" build "$src/examples/corpus" -o "$work/b.graphml" -q
check "build prints a summary" grep -q "actors" "$work/summary.txt"
check "two builds are byte-identical" cmp -s "$work/a.graphml" "$work/b.graphml"

# A user schema adds a relation type and a trigger without recompiling.
mkdir -p "$work/schemas"
cat > "$work/schemas/appoint.yaml" <<'YAML'
relation_types:
  - type: APPOINT
    description: Appoint someone to an office.
    family: structural
    verbs:
      - {lemma: nominare, frames: [subject>object]}
YAML
echo "Il presidente kazako Kassym-Jomart Tokayev ha nominato Karim Masimov." \
  | "$bin" extract - --date 2022-01 --schemas "$work/schemas" -q > "$work/appoint.jsonl"
check "a user-defined type is used" grep -q '"type":"APPOINT"' "$work/appoint.jsonl"

# A wrong schema names file, line and column, exits 1 and writes nothing.
printf 'relation_types:\n  - type: X\n    verbs:\n      - {lemma: dire, frames: [sogetto>object]}\n' \
  > "$work/schemas/bad.yaml"
echo "testo" | "$bin" extract - -o "$work/none.jsonl" --schemas "$work/schemas" 2> "$work/schema.err"
check "schema errors exit 1" test $? -eq 1
check "schema errors name file:line:col" grep -q "bad.yaml:4:" "$work/schema.err"
check "nothing is written on a schema error" test ! -e "$work/none.jsonl"

# diff between the two periods of the examples: the CSTO deployment is only in January 2022,
# the Russia-Kazakhstan agreements only in November 2023; diff(A, A) is empty.
mkdir -p "$work/jan" "$work/nov"
cp "$src/examples/corpus/"2022-*.txt "$work/jan/"
cp "$src/examples/corpus/"2023-*.txt "$work/nov/"
"$bin" diff "$work/jan" "$work/nov" --json -q > "$work/diff.json"
"$bin" diff "$work/jan" "$work/jan" --json -q > "$work/same.json"
check "diff: periods differ as the articles say" python3 - "$work/diff.json" "$work/same.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
edges = lambda kind: {(e["source"]["id"], e["type"], e["target"]["id"]) for e in d["edges"][kind]}
assert ("csto", "AID", "KAZ") in edges("removed"), edges("removed")
assert ("KAZ", "AGREE", "RUS") in edges("added"), edges("added")
same = json.load(open(sys.argv[2]))
assert not any(same["edges"][k] for k in ("added", "removed", "changed")), same["edges"]
assert not same["nodes"]["added"] and not same["nodes"]["removed"]
PY

# Writing to /dev/stdout (or a FIFO) writes through it and never replaces the device node.
echo "La Russia ha invaso l'Ucraina." | "$bin" extract - --date 2022-02 -q -o /dev/stdout \
  --mentions /dev/stdout > "$work/devstdout.jsonl"
check "-o /dev/stdout writes to standard output" grep -q '"type":"ASSAULT"' "$work/devstdout.jsonl"
check "/dev/stdout is still a symlink" test -L /dev/stdout

echo "$passed passed, $failed failed"
test "$failed" -eq 0
