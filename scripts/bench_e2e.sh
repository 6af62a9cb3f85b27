#!/usr/bin/env bash
# End-to-end throughput and memory of `actorgraph extract` and `build` on a generated corpus.
#
#   scripts/bench_e2e.sh [SIZE_MB]        (default 200)
#
# Generates the corpus once (bench/generate_corpus.py, cached under build-bench/bench-data),
# then for extract and build with -j1 and -j2 reports wall time, MB/s, sentences/s,
# documents/s (per wall second and per CPU second, which the shared machine's load disturbs
# less) and peak RSS; checks that the -j1 and -j2 outputs are byte-identical; and counts the
# instructions per input byte of `extract` on a fixed 1 MB corpus under callgrind (the startup
# cost, measured on a one-document input, is given apart).
#
# Environment:
#   ACTORGRAPH_BENCH_1GB=1         also stream a 1 GB corpus through `build -j2` and report RSS
#                                  (generating it takes ~10 min the first time, building ~longer)
#   ACTORGRAPH_BENCH_NO_CALLGRIND=1  skip callgrind
#   ACTORGRAPH_BENCH_NO_BUILD=1    use the binaries in build-bench as they are
# Results: printed, and kept in build-bench/bench-results/e2e-SIZE.txt (with callgrind's
# annotated profile in callgrind-extract.txt).
set -euo pipefail
source "$(dirname "$0")/bench_common.sh"

SIZE_MB="${1:-200}"
[[ "$SIZE_MB" =~ ^[0-9]+$ && "$SIZE_MB" -gt 0 ]] || die "SIZE_MB must be a positive integer"

bench_build
CORPUS="$(bench_corpus "$SIZE_MB")"
BYTES="$(stat -c %s "$CORPUS")"
DOCS="$(wc -l <"$CORPUS")"
OUT="$RESULTS_DIR/e2e-$SIZE_MB"
mkdir -p "$OUT"
REPORT="$RESULTS_DIR/e2e-$SIZE_MB.txt"

cpu_seconds() {  # user + system seconds of the last timed run NAME
  awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$RESULTS_DIR/$1.time"
}

{
  bench_machine
  echo "corpus: $CORPUS ($BYTES bytes, $DOCS documents, seed $SEED)"
  echo "binary: $BIN"
  echo
} | tee "$REPORT"

# Sentences: counted by `extract -v` (the last "N documents, N sentences" line).
SENTENCES=""
printf '%-10s %3s %9s %8s %8s %12s %12s %10s %8s %s\n' command j wall_s MB/s cpu_s \
  sent/s sent/cpu_s docs/s RSS_MB load | tee -a "$REPORT"
for cmd in extract build; do
  for j in 1 2; do
    load="$(bench_load)"
    if [[ $cmd == extract ]]; then
      out="$OUT/relations.j$j.jsonl"
      timed "e2e-$cmd-j$j" "$BIN" extract "$CORPUS" -o "$out" -j "$j" -v || die "extract -j$j failed (see $RESULTS_DIR/e2e-$cmd-j$j.err)"
      SENTENCES="$(grep -o '[0-9]* documents, [0-9]* sentences' "$RESULTS_DIR/e2e-$cmd-j$j.err" | tail -1 | awk '{print $3}')"
    else
      out="$OUT/graph.j$j.graphml"
      timed "e2e-$cmd-j$j" "$BIN" build "$CORPUS" -o "$out" -j "$j" -q || die "build -j$j failed (see $RESULTS_DIR/e2e-$cmd-j$j.err)"
    fi
    cpu="$(cpu_seconds "e2e-$cmd-j$j")"
    awk -v c="$cmd" -v j="$j" -v w="$WALL" -v cpu="$cpu" -v b="$BYTES" -v s="${SENTENCES:-0}" \
        -v d="$DOCS" -v r="$RSS_MB" -v l="$load" \
      'BEGIN {printf "%-10s %3d %9.2f %8.2f %8.2f %12.0f %12.0f %10.0f %8d %s\n",
              c, j, w, b/1e6/w, cpu, s/w, s/cpu, d/w, r, l}' | tee -a "$REPORT"
    eval "WALL_${cmd}_$j=$WALL"
  done
done
echo | tee -a "$REPORT"
for cmd in extract build; do
  w1="WALL_${cmd}_1"; w2="WALL_${cmd}_2"
  awk -v c="$cmd" -v a="${!w1}" -v b="${!w2}" 'BEGIN {printf "%s: -j2 speed-up %.2fx (target >= 1.70x, i.e. within 15%% of 2x)\n", c, a/b}' | tee -a "$REPORT"
done
if cmp -s "$OUT/relations.j1.jsonl" "$OUT/relations.j2.jsonl"; then
  echo "extract: -j1 and -j2 outputs byte-identical" | tee -a "$REPORT"
else
  echo "extract: -j1 and -j2 outputs DIFFER" | tee -a "$REPORT"
fi
if cmp -s "$OUT/graph.j1.graphml" "$OUT/graph.j2.graphml"; then
  echo "build: -j1 and -j2 graphs byte-identical" | tee -a "$REPORT"
else
  echo "build: -j1 and -j2 graphs DIFFER" | tee -a "$REPORT"
fi
rm -f "$OUT/graph.j2.graphml" "$OUT/relations.j2.jsonl"

# Instructions per byte on a fixed 1 MB corpus, minus the start-up (schema compile) measured on
# its first document alone.
if [[ "${ACTORGRAPH_BENCH_NO_CALLGRIND:-0}" != 1 ]]; then
  command -v valgrind >/dev/null || die "valgrind is missing: sudo apt-get install valgrind"
  ONE_MB="$(bench_corpus 1)"
  head -n 1 "$ONE_MB" >"$OUT/one-doc.jsonl"
  ir_of() {  # Ir of `extract FILE` under callgrind
    local file="$1" prefix="$2"
    valgrind --tool=callgrind --callgrind-out-file="$OUT/$prefix.callgrind" \
      "$BIN" extract "$file" -o /dev/null -q 2>"$OUT/$prefix.valgrind.log" >/dev/null
    awk '/^summary:/ {print $2}' "$OUT/$prefix.callgrind"
  }
  ir_total="$(ir_of "$ONE_MB" callgrind-1mb)"
  ir_start="$(ir_of "$OUT/one-doc.jsonl" callgrind-start)"
  b1="$(stat -c %s "$ONE_MB")"
  b0="$(stat -c %s "$OUT/one-doc.jsonl")"
  {
    echo
    awk -v t="$ir_total" -v s="$ir_start" -v b1="$b1" -v b0="$b0" 'BEGIN {
      printf "callgrind extract on %d bytes: Ir %d = %.0f instructions/byte (start-up included)\n", b1, t, t/b1;
      printf "start-up (one document, %d bytes): Ir %d; marginal %.0f instructions/byte (target <= 300)\n", b0, s, (t-s)/(b1-b0) }'
  } | tee -a "$REPORT"
  # The serial share: the same input with -j2, instructions per thread. The pipeline can go
  # no faster than its busiest thread (reader, workers, the thread writing the output), so
  # this bounds the -j2 speed-up whatever the machine's load.
  rm -f "$OUT"/callgrind-j2.callgrind*
  valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$OUT/callgrind-j2.callgrind" \
    "$BIN" extract "$ONE_MB" -o /dev/null -q -j 2 2>"$OUT/callgrind-j2.valgrind.log" >/dev/null
  for f in "$OUT"/callgrind-j2.callgrind-*; do  # "Ir Ir-inside-Extractor::Extract"
    echo "$(awk '/^summary:/ {print $2}' "$f") $(callgrind_annotate --inclusive=yes "$f" 2>/dev/null \
      | grep -m1 'actorgraph::Extractor::Extract(' | awk '{gsub(",", "", $1); print $1}')"
  done >"$OUT/threads.txt"
  awk -v s="$ir_start" '{ir[NR]=$1; worker[NR]=($2+0 > $1/2); total+=$1}
    END {
      ir[1]-=s; total-=s  # thread 1 (main) also paid the start-up: left out
      busiest=0; w=0; nw=0
      for (i=1;i<=NR;i++) {
        printf "  thread %d: %d Ir (%.0f%%) %s\n", i, ir[i], 100*ir[i]/total,
               (worker[i] ? "extraction worker" : (i==1 ? "main: output (start-up removed)" : "reader"))
        if (worker[i]) {w+=ir[i]; nw++} else if (ir[i]>busiest) busiest=ir[i]
      }
      if (nw>0 && w/nw>busiest) busiest=w/nw
      # -j1 runs everything on one thread; -j2 on two cores takes at least max(all / 2, busiest).
      b=total/busiest; if (b>2) b=2
      printf "-j2 speed-up bound on 2 cores: %.2fx (all threads %d Ir, busiest thread %d Ir = %.0f%%)\n", b, total, busiest, 100*busiest/total }' \
    "$OUT/threads.txt" | tee -a "$REPORT"
  callgrind_annotate --inclusive=yes "$OUT/callgrind-j2.callgrind-01" 2>/dev/null | head -60 \
    >"$RESULTS_DIR/callgrind-extract-j2-main-thread.txt" || true
  callgrind_annotate --inclusive=no "$OUT/callgrind-1mb.callgrind" 2>/dev/null | head -60 \
    >"$RESULTS_DIR/callgrind-extract.txt" || true
  callgrind_annotate --inclusive=yes "$OUT/callgrind-1mb.callgrind" 2>/dev/null | head -80 \
    >"$RESULTS_DIR/callgrind-extract-inclusive.txt" || true
  echo "profile: $RESULTS_DIR/callgrind-extract.txt (self), callgrind-extract-inclusive.txt" | tee -a "$REPORT"
fi

# Memory: a 1 GB corpus streamed through build.
if [[ "${ACTORGRAPH_BENCH_1GB:-0}" == 1 ]]; then
  BIG="$(bench_corpus 1000)"
  load="$(bench_load)"
  timed e2e-build-1gb "$BIN" build "$BIG" -o "$OUT/graph-1gb.graphml" -j 2 -q \
    || die "build of the 1 GB corpus failed (see $RESULTS_DIR/e2e-build-1gb.err)"
  {
    echo
    echo "build -j2 on $(stat -c %s "$BIG") bytes: wall ${WALL} s, peak RSS ${RSS_MB} MB (target < 1024 MB); $load"
  } | tee -a "$REPORT"
  rm -f "$OUT/graph-1gb.graphml"
fi
echo "report: $REPORT"
