#!/usr/bin/env bash
# Recall and precision of `actorgraph extract` on a generated corpus, against the relations
# the generator planted (typed, by actor id, per document; symmetric types in either order).
#
#   scripts/bench_recall.sh [SIZE_MB] [--examples N]     (default 5 MB)
#
# The per-template table names the sentence shape behind any miss. Results are printed and
# kept in build-bench/bench-results/recall-SIZE.txt (and .json).
set -euo pipefail
source "$(dirname "$0")/bench_common.sh"

SIZE_MB="${1:-5}"
shift || true
bench_build
CORPUS="$(bench_corpus "$SIZE_MB")"
PLANTED="${CORPUS%.jsonl}.planted.jsonl"
mkdir -p "$RESULTS_DIR"
EXTRACTED="$RESULTS_DIR/recall-$SIZE_MB.relations.jsonl"
REPORT="$RESULTS_DIR/recall-$SIZE_MB.txt"

"$BIN" extract "$CORPUS" -o "$EXTRACTED" -j "$(nproc)" -q || die "extract failed"
{
  bench_machine
  echo "corpus: $CORPUS ($(stat -c %s "$CORPUS") bytes, seed $SEED)"
  "$PY" "$ROOT/bench/score_planted.py" "$PLANTED" "$EXTRACTED" --json "${REPORT%.txt}.json" "$@"
} | tee "$REPORT"
