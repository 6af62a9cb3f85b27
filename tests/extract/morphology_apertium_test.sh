#!/bin/sh
# Checks the verb generator against Apertium's Italian analyser: every form that ConjugateVerb
# generates for the lemmas in tests/data/morphology/apertium_lemmas.txt must be analysed by
# `lt-proc -a` as a form of the same lemma, unless listed in apertium_known_gaps.tsv.
# Present participles are reported but not gated: Apertium lists them only when lexicalised,
# as adjectives or nouns under their own lemma (firmante), and they count then.
# Usage: morphology_apertium_test.sh MORPHOLOGY_DUMP DATA_DIR. Exit 77 (skip) without Apertium.
set -eu
dump=$1
data=$2
bin=${APERTIUM_ITA_AUTOMORF:-/usr/share/apertium/apertium-cat-ita/ita-cat.automorf.bin}
if ! command -v lt-proc >/dev/null 2>&1 || [ ! -f "$bin" ]; then
  echo "SKIP: needs lt-proc and $bin (apt-get install lttoolbox apertium-cat-ita)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$dump" "$data/apertium_lemmas.txt" >"$work/forms.tsv"
cut -f1 "$work/forms.tsv" | lt-proc -a "$bin" >"$work/analyses.txt"
if [ "$(wc -l <"$work/forms.tsv")" -ne "$(wc -l <"$work/analyses.txt")" ]; then
  echo "FAIL: lt-proc returned $(wc -l <"$work/analyses.txt") lines for" \
       "$(wc -l <"$work/forms.tsv") forms"
  exit 1
fi
paste "$work/forms.tsv" "$work/analyses.txt" | awk -F '\t' -v gaps="$data/apertium_known_gaps.tsv" '
  function glob(p) { gsub(/\?/, ".", p); gsub(/\*/, ".*", p); return "^" p "$" }
  BEGIN {
    while ((getline line < gaps) > 0) {
      if (line ~ /^#/ || line == "") continue
      split(line, g, "\t"); ++ngaps; gap_lemma[ngaps] = glob(g[1]); gap_form[ngaps] = glob(g[2])
    }
  }
  {
    form = $1; lemma = $2; tense = $3; clitic = $4; answer = $5
    expect = lemma  # scagliarsi -> scagliare, porsi -> porre
    if (expect ~ /rsi$/) { sub(/si$/, "", expect); expect = expect ((expect ~ /(or|ur|trar)$/) ? "re" : "e") }
    sub(/^\^/, "", answer); sub(/\$.*$/, "", answer)
    n = split(answer, readings, "/")
    ok = 0
    for (i = 2; i <= n; ++i) {
      l = readings[i]; sub(/<.*$/, "", l)
      if (l == expect) ok = 1
      # a present participle counts when Apertium knows it as an adjective or noun (firmante)
      if (tense == "present_participle" && readings[i] ~ /<(adj|n)>/ &&
          substr(l, 1, length(l) - 1) == substr(form, 1, length(form) - 1)) ok = 1
    }
    kind = tense == "present_participle" ? "present participle" : (clitic == "-" ? "plain" : "enclitic")
    ++total[kind]
    if (ok) { ++agree[kind]; next }
    if (kind == "present participle") next
    known = 0
    for (i = 1; i <= ngaps && !known; ++i) known = lemma ~ gap_lemma[i] && form ~ gap_form[i]
    if (known) { ++gap[kind]; next }
    ++bad
    printf "DISAGREE %s (%s %s %s): apertium says %s\n", form, lemma, tense, clitic, answer
  }
  END {
    for (k in total) {
      printf "%s forms: %d/%d agree with Apertium (%.2f%%), %d known Apertium gaps\n",
             k, agree[k], total[k], 100 * agree[k] / total[k], gap[k]
    }
    if (bad) { printf "FAIL: %d forms disagree (fix them or list them in %s)\n", bad, gaps; exit 1 }
  }'
