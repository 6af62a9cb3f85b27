#!/usr/bin/env bash
# Bad input never crashes actorgraph and never loses data (issue 8), checked through the
# command line as a user meets it.
# usage: bad_input_test.sh ACTORGRAPH_BINARY SOURCE_DIR
#
# What "bad" means, per case (the exit code is 2 when anything was skipped, else 0):
#   empty file                skipped and reported ("empty document"): usually a failed download
#   invalid UTF-8             repaired (U+FFFD) with a warning naming the file; not skipped
#   binary data (NUL bytes)   skipped and reported with the offset of the first NUL
#   UTF-16 with a BOM         converted to UTF-8 with a warning; offsets refer to the UTF-8 text
#   CRLF line ends            ordinary text; offsets still point into the original bytes
#   50 MB, no newline         over --max-doc-bytes (default 32 MiB): skipped and reported
#   20,000-token sentence     cut at --max-sentence-tokens (default 400) with a warning; the
#                             document's other sentences are extracted as usual
#   unbalanced quotes         ordinary text; the sentences after the quote are still extracted
#   unreadable entry          skipped and reported: a chmod 000 file or directory (not as root,
#                             where chmod does not block reads), a dangling symlink, a FIFO
#                             (never opened: a directory walk reads regular files only)
#   symlink loop              a directory symlink back to a directory already walked is not
#                             followed (warning; nothing is lost, every file is read once); a
#                             file symlink that loops (ELOOP) cannot be read: skipped, reported
#   JSON Lines, bad lines     each bad line skipped and reported as file:line; the others read
# Schemas with errors exit 1 naming file:line:col and write nothing. Graph files that are bad or
# hostile exit 1 in well under a second, expanding and fetching nothing.
# Outputs are written to "<out>.tmp.<pid>.<n>" and renamed: a SIGKILLed run leaves the previous
# output intact (or none). It cannot remove its own temporary file; the next run writing the
# same output removes temporaries left by processes that no longer exist.
set -u
bin=$1
src=$2
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
passed=0
failed=0
check() {  # check NAME COMMAND...: passes when COMMAND succeeds
  local name=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name"; fi
}

good='Il presidente russo Vladimir Putin ha incontrato il presidente kazako Kassym-Jomart Tokayev.'
good2="La Russia ha invaso l'Ucraina."

# corpus NAME: a new directory holding one good document; prints its path.
corpus() {
  mkdir -p "$work/$1"
  printf '%s\n' "$good" > "$work/$1/good.txt"
  echo "$work/$1"
}
# extract NAME ARGS...: actorgraph extract ARGS -o NAME.jsonl, standard error in NAME.err,
# the exit code in $code.
extract() {
  local name=$1
  shift
  timeout 120 "$bin" extract "$@" -o "$work/$name.jsonl" 2> "$work/$name.err"
  code=$?
}
# relations NAME FILE: how many relations of NAME.jsonl come from a document named FILE.
relations() { grep -c "\"doc\":\"[^\"]*$2" "$work/$1.jsonl"; }
# offsets_hold NAME: every relation's [start, end) in its document is the relation's text.
offsets_hold() {
  python3 - "$work/$1.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    original = open(r["doc"], "rb").read()[r["start"]:r["end"]].decode("utf-8")
    assert original == r["text"], (original, r["text"])
PY
}

# --- Documents -----------------------------------------------------------------------------

# An empty file: skipped, reported, the good document still extracted.
d=$(corpus empty)
: > "$d/empty.txt"
: > "$d/empty.jsonl"
printf '  \n\n' > "$d/blank.txt"
extract empty "$d"
check "empty: exit 2" test $code -eq 2
check "empty: the empty file is reported" grep -q "empty.txt.*empty" "$work/empty.err"
check "empty: the empty JSON Lines file is reported" grep -q "empty.jsonl.*empty" "$work/empty.err"
check "empty: the blank file is reported" grep -q "blank.txt.*empty" "$work/empty.err"
check "empty: the good document is extracted" test "$(relations empty good.txt)" -ge 1

# Invalid UTF-8: repaired with a warning, extracted, the output is valid UTF-8 JSON.
d=$(corpus utf8)
printf 'Caff\xe8 e \xc3 tè. %s\n' "$good" > "$d/latin1.txt"
extract utf8 "$d"
check "invalid UTF-8: exit 0 (repaired, not skipped)" test $code -eq 0
check "invalid UTF-8: a warning names the file" grep -q "latin1.txt.*invalid UTF-8" "$work/utf8.err"
check "invalid UTF-8: the document is extracted" test "$(relations utf8 latin1.txt)" -ge 1
check "invalid UTF-8: the output is valid JSON" python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"): json.loads(line)' "$work/utf8.jsonl"

# Binary data: skipped, reported with the NUL's offset.
d=$(corpus binary)
printf 'abc\0def' > "$d/binary.txt"
extract binary "$d"
check "binary: exit 2" test $code -eq 2
check "binary: reported with its offset" grep -q "binary.txt.*NUL byte at offset 3" "$work/binary.err"
check "binary: the good document is extracted" test "$(relations binary good.txt)" -ge 1

# UTF-16 with a BOM (little and big endian): converted with a warning and extracted.
d=$(corpus utf16)
python3 -c '
import sys
open(sys.argv[1] + "/le.txt", "wb").write(sys.argv[2].encode("utf-16"))
open(sys.argv[1] + "/be.txt", "wb").write(b"\xfe\xff" + sys.argv[2].encode("utf-16-be"))' "$d" "$good"
extract utf16 "$d"
check "UTF-16: exit 0" test $code -eq 0
check "UTF-16: a warning names the file" grep -q "le.txt.*UTF-16" "$work/utf16.err"
check "UTF-16 LE: extracted" grep -q '"doc":"[^"]*le.txt".*"type":"CONSULT"' "$work/utf16.jsonl"
check "UTF-16 BE: extracted" grep -q '"doc":"[^"]*be.txt".*"type":"CONSULT"' "$work/utf16.jsonl"

# CRLF line ends: the same relations as with LF, offsets into the CRLF bytes.
article=$(ls "$src"/examples/corpus/*.txt | head -1)
mkdir -p "$work/lf" "$work/crlf"
cp "$article" "$work/lf/a.txt"
sed 's/$/\r/' "$article" > "$work/crlf/a.txt"
extract lf "$work/lf"
extract crlf "$work/crlf"
check "CRLF: exit 0" test $code -eq 0
check "CRLF: as many relations as with LF" \
  test "$(wc -l < "$work/crlf.jsonl")" -eq "$(wc -l < "$work/lf.jsonl")" -a -s "$work/lf.jsonl"
check "CRLF: offsets point into the original bytes" offsets_hold crlf

# 50 MB without a newline: over --max-doc-bytes, skipped quickly with a report; the same as a
# JSON Lines line. A lower --max-doc-bytes skips smaller documents, never silently.
d=$(corpus huge)
head -c 50000000 /dev/zero | tr '\0' 'a' > "$d/huge.txt"
{ printf '{"id": "huge", "text": "'; head -c 50000000 /dev/zero | tr '\0' 'a'; } > "$d/huge.jsonl"
extract huge "$d"
check "50 MB: exit 2" test $code -eq 2
check "50 MB: the text file is reported" grep -q "huge.txt.*--max-doc-bytes" "$work/huge.err"
check "50 MB: the JSON line is reported" grep -q "huge.jsonl:1.*--max-doc-bytes" "$work/huge.err"
check "50 MB: the good document is extracted" test "$(relations huge good.txt)" -ge 1
rm -f "$d/huge.txt" "$d/huge.jsonl"
d=$(corpus limit)
cp "$article" "$d/article.txt"
extract limit "$d" --max-doc-bytes 1000
check "--max-doc-bytes: exit 2" test $code -eq 2
check "--max-doc-bytes: the larger document is reported" \
  grep -q "article.txt.*over the limit of 1000" "$work/limit.err"

# A sentence of 20,000 tokens: cut with a warning; the sentences around it are extracted.
d=$(corpus long)
python3 -c '
import sys
words = " ".join(["parola"] * 20000)
open(sys.argv[1] + "/long.txt", "w").write(sys.argv[2] + "\n" + words + ".\n" + sys.argv[3] + "\n")
' "$d" "$good" "$good2"
extract long "$d"
check "long sentence: exit 0" test $code -eq 0
check "long sentence: a warning says it was cut" \
  grep -q "long.txt.*longer than 400" "$work/long.err"
check "long sentence: the sentence before is extracted" \
  grep -q '"doc":"[^"]*long.txt".*"type":"CONSULT"' "$work/long.jsonl"
check "long sentence: the sentence after is extracted" \
  grep -q '"doc":"[^"]*long.txt".*Ucraina' "$work/long.jsonl"
printf '%s\n' "$good" | "$bin" extract - --max-sentence-tokens 5 -o "$work/cut.jsonl" \
  2> "$work/cut.err"
check "--max-sentence-tokens: the cut is warned about" grep -q "longer than 5" "$work/cut.err"

# Unbalanced quotes: the sentences after an unclosed quote are still extracted.
d=$(corpus quotes)
printf 'Il portavoce ha detto: «La situazione è grave.\n%s\n' "$good" > "$d/guillemet.txt"
printf 'Il portavoce ha detto: "La situazione è grave.\n%s\n' "$good" > "$d/straight.txt"
extract quotes "$d"
check "unbalanced quotes: exit 0" test $code -eq 0
check "unbalanced «: later sentence extracted" test "$(relations quotes guillemet.txt)" -ge 1
check "unbalanced \": later sentence extracted" test "$(relations quotes straight.txt)" -ge 1

# Unreadable entries: reported and skipped; the walk goes on. A FIFO is never opened (it would
# block), a dangling symlink cannot be read, and chmod 000 blocks reads unless we are root.
d=$(corpus unreadable)
ln -s "$work/nowhere.txt" "$d/dangling.txt"
mkfifo "$d/pipe.txt"
mkdir -p "$d/z"
printf '%s\n' "$good" > "$d/z/after.txt"
if [[ $(id -u) -ne 0 ]]; then
  printf '%s\n' "$good" > "$d/locked.txt"
  chmod 000 "$d/locked.txt"
  mkdir -p "$d/lockeddir"
  printf '%s\n' "$good" > "$d/lockeddir/x.txt"
  chmod 000 "$d/lockeddir"
fi
extract unreadable "$d"
check "unreadable: exit 2 and no hang" test $code -eq 2
check "unreadable: the dangling symlink is reported" grep -q "dangling.txt" "$work/unreadable.err"
check "unreadable: the FIFO is reported" grep -q "pipe.txt.*not a regular file" \
  "$work/unreadable.err"
check "unreadable: files after them are read" test "$(relations unreadable after.txt)" -ge 1
if [[ $(id -u) -ne 0 ]]; then
  check "unreadable: the chmod 000 file is reported" grep -q "locked.txt.*ermission" \
    "$work/unreadable.err"
  check "unreadable: the chmod 000 directory is reported" grep -q "lockeddir.*ermission" \
    "$work/unreadable.err"
else
  echo "SKIPPED: chmod 000 file and directory (running as root: chmod does not block reads;" \
       "the dangling symlink and the FIFO above stand in for them)"
fi

# A symlink loop: a directory link back to an ancestor is not followed and nothing is read
# twice; a file link that loops on itself is reported.
d=$(corpus loop)
mkdir -p "$d/sub"
printf '%s\n' "$good" > "$d/sub/inner.txt"
ln -s .. "$d/sub/up"
ln -s "$d" "$d/sub/self"
extract loop "$d"
check "directory loop: exit 0, no hang" test $code -eq 0
once=$(relations empty good.txt)  # the relations of one reading of the good document
check "directory loop: each document read once" \
  test "$(relations loop good.txt)" -eq "$once" -a "$(relations loop inner.txt)" -eq "$once"
ln -s b.txt "$d/a.txt"
ln -s a.txt "$d/b.txt"
extract loop2 "$d"
check "file symlink loop: exit 2" test $code -eq 2
check "file symlink loop: reported" grep -q "a.txt" "$work/loop2.err"
check "file symlink loop: the rest is read" test "$(relations loop2 inner.txt)" -eq "$once"

# JSON Lines with malformed lines: each reported as file:line, every good line extracted.
d=$(corpus jsonl)
{
  printf '{"id": "first", "text": "%s"}\n' "$good"
  printf '{not json\n'
  printf '[1, 2]\n'
  printf '{"id": "object-text", "text": {"a": 1}}\n'
  printf '\n'
  printf '{"id": "no-text"}\n'
  printf '{"id": "latin1", "text": "Caff\xe8. %s"}\n' "$good"
  printf '{"id": "last", "text": "%s"}\r\n' "$good2"
  printf '{"id": "truncated", "text": "La Russ'
} > "$d/docs.jsonl"
extract jsonl "$d"
check "JSON Lines: exit 2" test $code -eq 2
for line in 2 3 4 6 9; do
  check "JSON Lines: line $line reported" grep -q "docs.jsonl:$line:" "$work/jsonl.err"
done
check "JSON Lines: the first document is extracted" grep -q '"doc":"first"' "$work/jsonl.jsonl"
check "JSON Lines: the CRLF line is extracted" grep -q '"doc":"last"' "$work/jsonl.jsonl"
check "JSON Lines: invalid UTF-8 is repaired, not skipped" \
  grep -q '"doc":"latin1"' "$work/jsonl.jsonl"
check "JSON Lines: the repair is warned about" grep -q "docs.jsonl:7.*UTF-8" "$work/jsonl.err"

# --- Schemas: file:line:col, exit 1, nothing written ---------------------------------------

# schema_case NAME EXPECTED_LINE YAML: loads YAML as bad.yaml through --schemas.
schema_case() {
  local name=$1 line=$2 yaml=$3
  rm -rf "$work/schemas-$name"
  mkdir -p "$work/schemas-$name"
  printf '%s' "$yaml" > "$work/schemas-$name/bad.yaml"
  printf '%s\n' "$good" | timeout 60 "$bin" extract - --schemas "$work/schemas-$name" \
    -o "$work/schema-$name.jsonl" 2> "$work/schema-$name.err"
  local status=$?
  check "schema $name: exit 1" test $status -eq 1
  check "schema $name: names file:line:col" \
    grep -Eq "bad.yaml:$line:[0-9]+: " "$work/schema-$name.err"
  check "schema $name: nothing written" test ! -e "$work/schema-$name.jsonl"
}
# (a syntax error is found where the parser notices it: here the end of the file)
schema_case syntax 4 $'relation_types:\n  - type: X\n    verbs: [a, b\n'
schema_case type 4 $'actors:\n  - id: xx\n    type: PERSON\n    label: [a, b]\n'
schema_case unknown-key 5 $'actors:\n  - id: xx\n    type: PERSON\n    label: X\n    colour: red\n'
schema_case duplicate 5 \
  $'actors:\n  - {id: xx, type: PERSON, label: X}\n  - {id: yy, type: PERSON, label: Y}\n\n  - {id: xx, type: PERSON, label: Z}\n'
schema_case unknown-actor 2 \
  $'actors:\n  - id: xx\n    type: PERSON\n    label: X\n    offices:\n      - {office: president, of: nowhere}\n'
schema_case unknown-office 2 \
  $'actors:\n  - id: xx\n    type: PERSON\n    label: X\n    offices:\n      - {office: galactic_emperor, of: KAZ}\n'
schema_case unknown-leader-office 2 \
  $'actors:\n  - id: XXX\n    type: COUNTRY\n    label: X\n    leader_office: galactic_emperor\n'
schema_case non-scalar-key 2 $'actors:\n  - {[a, b]: 1}\n'
schema_case top-level-list 1 $'- a\n- b\n'

# --- Graph files: rejected quickly, nothing expanded or fetched, memory flat ----------------

"$bin" build "$src/examples/corpus" -o "$work/ok.graphml" -q
"$bin" build "$src/examples/corpus" -o "$work/ok.gexf" -q
"$bin" build "$src/examples/corpus" -o "$work/ok.json" -q
# graph_case NAME FILE PATTERN: `stats FILE` exits 1 within 2 s with PATTERN on stderr.
graph_case() {
  local name=$1 file=$2 pattern=$3
  timeout 2 "$bin" stats "$file" > "$work/$name.out" 2> "$work/$name.err"
  local status=$?
  check "graph $name: exit 1 within 2 s" test $status -eq 1
  check "graph $name: a clear error" grep -Eq "$pattern" "$work/$name.err"
  check "graph $name: nothing expanded or fetched" \
    bash -c "! grep -q 'root:\|LOL' '$work/$name.out' '$work/$name.err'"
}
printf 'hello, world\n' > "$work/notxml.graphml"
graph_case not-xml "$work/notxml.graphml" "notxml.graphml.*not a graph file"
timeout 2 "$bin" merge "$work/notxml.graphml" -o "$work/merged.graphml" 2> "$work/merge.err"
check "graph not-xml: merge exits 1" test $? -eq 1
check "graph not-xml: merge says so" grep -q "notxml.graphml.*not a graph file" "$work/merge.err"
printf '<?xml version="1.0"?>\n<graphml>\x01\x02 <<\n' > "$work/garbage.graphml"
graph_case garbage "$work/garbage.graphml" "garbage.graphml:[0-9]+:[0-9]+: "
head -c $(($(wc -c < "$work/ok.graphml") / 2)) "$work/ok.graphml" > "$work/truncated.graphml"
graph_case truncated-graphml "$work/truncated.graphml" "truncated.graphml:[0-9]+:[0-9]+: "
head -c $(($(wc -c < "$work/ok.gexf") / 2)) "$work/ok.gexf" > "$work/truncated.gexf"
graph_case truncated-gexf "$work/truncated.gexf" "truncated.gexf:[0-9]+:[0-9]+: "
head -c $(($(wc -c < "$work/ok.json") / 2)) "$work/ok.json" > "$work/truncated.json"
graph_case truncated-json "$work/truncated.json" "truncated.json:[0-9]+:[0-9]+: "
sed 's|http://graphml.graphdrawing.org/xmlns"|http://example.com/not-graphml"|' \
  "$work/ok.graphml" > "$work/namespace.graphml"
graph_case namespace-graphml "$work/namespace.graphml" "namespace.graphml:[0-9]+:[0-9]+: .*namespace"
sed 's|xmlns="http://gexf.net/1.3"|xmlns="http://example.com/not-gexf"|' \
  "$work/ok.gexf" > "$work/namespace.gexf"
graph_case namespace-gexf "$work/namespace.gexf" "namespace.gexf:[0-9]+:[0-9]+: .*namespace"
cat > "$work/undeclared.graphml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="directed">
    <node id="a"><data key="d99">x</data></node>
  </graph>
</graphml>
XML
graph_case undeclared "$work/undeclared.graphml" "undeclared.graphml:4:[0-9]+: .*undeclared key 'd99'"
bomb_dtd='<!DOCTYPE graphml [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>'
printf '<?xml version="1.0"?>\n%s\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="label" for="node" attr.name="label" attr.type="string"/>
<graph edgedefault="directed"><node id="a"><data key="label">&lol9;</data></node></graph>
</graphml>\n' "$bomb_dtd" > "$work/bomb.graphml"
graph_case bomb-graphml "$work/bomb.graphml" "bomb.graphml:[0-9]+:[0-9]+: .*entity"
printf '<?xml version="1.0"?>\n%s\n<gexf xmlns="http://gexf.net/1.3" version="1.3">
<graph><nodes><node id="a" label="&lol9;"/></nodes></graph></gexf>\n' \
  "${bomb_dtd/graphml/gexf}" > "$work/bomb.gexf"
graph_case bomb-gexf "$work/bomb.gexf" "bomb.gexf:[0-9]+:[0-9]+: .*entity"
cat > "$work/external.graphml" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE graphml [ <!ENTITY passwd SYSTEM "file:///etc/passwd"> ]>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="label" for="node" attr.name="label" attr.type="string"/>
<graph edgedefault="directed"><node id="a"><data key="label">&passwd;</data></node></graph>
</graphml>
XML
graph_case external-entity "$work/external.graphml" "external.graphml:[0-9]+:[0-9]+: .*entity"
cat > "$work/external-dtd.graphml" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE graphml SYSTEM "http://127.0.0.1:9/graphml.dtd">
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="label" for="node" attr.name="label" attr.type="string"/>
<graph edgedefault="directed"><node id="a"><data key="label">&passwd;</data></node></graph>
</graphml>
XML
graph_case external-dtd "$work/external-dtd.graphml" "external-dtd.graphml:[0-9]+:[0-9]+: .*entity"
# Memory stays flat: reading the bomb costs no more than reading a small valid graph.
check "graph bomb: memory flat" python3 - "$bin" "$work/bomb.graphml" "$work/ok.graphml" <<'PY'
import resource, subprocess, sys
def peak(path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.argv[1], "stats", path], capture_output=True, timeout=10)
    return max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
ok = peak(sys.argv[3])  # first, so the maximum so far is a valid read's
bomb = peak(sys.argv[2])
assert bomb <= ok + 20 * 1024, (bomb, ok)  # kilobytes
PY

# --- Limits: a cut is always warned about -------------------------------------------------

"$bin" build "$src/examples/corpus" -o "$work/ev1.graphml" --max-evidence 1 > /dev/null \
  2> "$work/ev1.err"
check "--max-evidence: the cut is warned about" grep -q "max-evidence" "$work/ev1.err"
"$bin" build "$src/examples/corpus" -o "$work/ev1000.graphml" --max-evidence 1000 > /dev/null \
  2> "$work/ev1000.err"
check "--max-evidence: no warning when nothing is cut" bash -c "! grep -q 'max-evidence' '$work/ev1000.err'"

# --- Outputs: a SIGKILLed run leaves the previous output or none ---------------------------

# A corpus big enough that extraction takes a while: the examples, many times over.
python3 - "$src/examples/corpus" "$work/big.jsonl" <<'PY'
import json, os, sys
texts = [open(os.path.join(sys.argv[1], f), encoding="utf-8").read()
         for f in sorted(os.listdir(sys.argv[1])) if f.endswith(".txt")]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(40000):
        out.write(json.dumps({"id": f"d{i}", "text": texts[i % len(texts)]}) + "\n")
PY
# killed_run NAME OUT COMMAND...: runs COMMAND in the background, SIGKILLs it once a temporary
# output exists (extract streams into it) or after 1 s (build writes at the end).
killed_run() {
  local name=$1 out=$2
  shift 2
  "$@" 2> /dev/null &
  local pid=$!
  for _ in $(seq 10); do
    compgen -G "$out.tmp.$pid.*" > /dev/null && [[ -s $(compgen -G "$out.tmp.$pid.*" | head -1) ]] \
      && break
    sleep 0.1
  done
  kill -9 $pid 2> /dev/null
  wait $pid 2> /dev/null
  check "SIGKILL $name: the run was killed, not finished" test $? -eq 137
}
"$bin" extract "$src/examples/corpus" -o "$work/out.jsonl" -q
cp "$work/out.jsonl" "$work/previous.jsonl"
killed_run extract "$work/out.jsonl" "$bin" extract "$work/big.jsonl" -o "$work/out.jsonl" -q
check "SIGKILL extract: the previous output is intact" cmp -s "$work/out.jsonl" "$work/previous.jsonl"
killed_run "extract, no previous" "$work/new.jsonl" "$bin" extract "$work/big.jsonl" \
  -o "$work/new.jsonl" -q
check "SIGKILL extract: no output when there was none" test ! -e "$work/new.jsonl"
"$bin" extract "$src/examples/corpus" -o "$work/out.jsonl" -q
check "a later run removes the dead runs' temporaries" \
  bash -c "! compgen -G '$work/out.jsonl.tmp.*' > /dev/null"
check "a later run writes the output complete" cmp -s "$work/out.jsonl" "$work/previous.jsonl"
cp "$work/ok.graphml" "$work/previous.graphml"
killed_run build "$work/ok.graphml" "$bin" build "$work/big.jsonl" -o "$work/ok.graphml" -q
check "SIGKILL build: the previous graph is intact" cmp -s "$work/ok.graphml" "$work/previous.graphml"

echo "$passed passed, $failed failed"
test "$failed" -eq 0
