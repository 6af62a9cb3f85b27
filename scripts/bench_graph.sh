#!/usr/bin/env bash
# shellcheck disable=SC2154  # LOAD_*, PATHMS_*, HOPS_*, PATH1_MS_* are set through eval
# Graph benchmark: a generated graph of 100,000 actors and 1,000,000 relations, timed in
# actorgraph and, on the same files, in NetworkX and igraph.
#
#   scripts/bench_graph.sh [NODES EDGES]        (default 100000 1000000)
#
# Reports time and peak RSS of: writing GraphML (generate_graph write), reading it
# (generate_graph read; `actorgraph stats`), a shortest path and the 5 shortest paths (after
# the load: generate_graph query; in total: `actorgraph path`), PageRank, a diff of two such
# graphs (after the load: generate_graph diff; in total: `actorgraph diff --json`), and
# networkx.read_graphml + shortest_path and igraph Graph.Read_GraphML + get_shortest_paths.
# Ratios are printed against the targets: load >= 3x faster than igraph and >= 20x faster than
# NetworkX; shortest path < 50 ms after load; diff of two 1M-edge graphs < 5 s.
#
# Environment: ACTORGRAPH_BENCH_NO_CLIENTS=1 skips NetworkX and igraph (they take minutes).
# Results: printed, and kept in build-bench/bench-results/graph-NODES-EDGES.txt.
set -euo pipefail
source "$(dirname "$0")/bench_common.sh"

NODES="${1:-100000}"
EDGES="${2:-1000000}"
# Two queries: a far pair (generate_graph's graph is lattice-like, so this is ~120 hops and
# searches most of the graph: the worst case) and a near pair (3 hops: one edge of each of the
# first three partner rounds, 1 + 9974 + 19947, as a news graph's typical question).
FROM=actor0
TO="actor$((NODES / 2 + 17))"
NEAR="actor$(((1 + 9974 + 19947) % NODES))"
GEN="$BUILD_DIR/bench/generate_graph"
bench_build
[[ -x "$GEN" ]] || die "$GEN is missing (configure with -DACTORGRAPH_BUILD_BENCH=ON)"
mkdir -p "$DATA_DIR" "$RESULTS_DIR"
G1="$DATA_DIR/graph-$NODES-$EDGES.graphml"
G2="$DATA_DIR/graph-$NODES-$EDGES-v1.graphml"
REPORT="$RESULTS_DIR/graph-$NODES-$EDGES.txt"

# seconds_in NAME PATTERN: the number after PATTERN in NAME's stderr (times printed by
# generate_graph).
seconds_in() { grep -o "$2[0-9.e+-]*" "$RESULTS_DIR/$1.err" | head -n "${3:-1}" | tail -1 | sed "s/$2//"; }

row() {  # what wall_s rss_mb inner note
  printf '%-46s %9s %9s %12s  %s\n' "$@" | tee -a "$REPORT"
}

{
  bench_machine
  echo "graph: $NODES actors, $EDGES relations (bench/generate_graph.cpp); paths $FROM -> $NEAR (near), $FROM -> $TO (far)"
  echo
} | tee "$REPORT"
row "step" "wall_s" "RSS_MB" "inner" "load / note"

load="$(bench_load)"
timed graph-write "$GEN" write "$NODES" "$EDGES" "$G1" || die "generate_graph write failed"
row "build + write GraphML (generate_graph write)" "$WALL" "$RSS_MB" \
  "$(seconds_in graph-write 'wrote GraphML in ')s" "write only; $(du -m "$G1" | cut -f1) MB; $load"
[[ -s "$G2" ]] || "$GEN" write "$NODES" "$EDGES" "$G2" 1 2>/dev/null

load="$(bench_load)"
timed graph-read "$GEN" read "$G1" || die "generate_graph read failed"
READ_S="$(seconds_in graph-read ' edges in ')"
row "read GraphML (generate_graph read)" "$WALL" "$RSS_MB" "${READ_S}s" "$load"

load="$(bench_load)"
timed graph-stats bash -c "exec '$BIN' stats '$G1' --no-betweenness -q >/dev/null" \
  || die "actorgraph stats failed"
row "actorgraph stats --no-betweenness (PageRank)" "$WALL" "$RSS_MB" "" "$load"

for pair in near far; do
  to="$TO"; [[ $pair == near ]] && to="$NEAR"
  load="$(bench_load)"
  timed "graph-query-$pair" "$GEN" query "$G1" "$FROM" "$to" || die "generate_graph query failed"
  err="$RESULTS_DIR/graph-query-$pair.err"
  ms1="$(grep -o 'path k=1: .* in [0-9.e+-]* ms' "$err" | tail -1 | sed 's/.* in //; s/ ms//')"
  ms5="$(grep -o 'path k=5: .* in [0-9.e+-]* ms' "$err" | sed 's/.* in //; s/ ms//')"
  hops="$(grep -o 'path k=1: [0-9]* paths, first [0-9]*' "$err" | tail -1 | awk '{print $NF}')"
  row "shortest path after load, $pair pair" "" "" "${ms1}ms" "$hops hops; $load"
  row "5 shortest paths after load, $pair pair" "" "" "${ms5}ms" ""
  eval "PATH1_MS_$pair=$ms1"
  PR_S="$(seconds_in "graph-query-$pair" 'nodes in ')"
done
row "PageRank after load" "" "" "${PR_S}s" ""

for k in 1 5; do
  load="$(bench_load)"
  timed "graph-path-k$k" bash -c "exec '$BIN' path '$G1' $FROM $NEAR --k $k -q >/dev/null" \
    || die "actorgraph path failed"
  row "actorgraph path --k $k, near pair (load + query)" "$WALL" "$RSS_MB" "" "$load"
done

load="$(bench_load)"
timed graph-diff "$GEN" diff "$G1" "$G2" || die "generate_graph diff failed"
DIFF_S="$(seconds_in graph-diff 'diff in ')"
row "diff after loading both (generate_graph diff)" "$WALL" "$RSS_MB" "${DIFF_S}s" "$(grep -o 'diff in .*' "$RESULTS_DIR/graph-diff.err" | sed 's/diff in [^:]*: //'); $load"
load="$(bench_load)"
timed graph-diff-cli bash -c "exec '$BIN' diff '$G1' '$G2' --json -q >/dev/null" || die "actorgraph diff failed"
row "actorgraph diff A B --json (load + diff)" "$WALL" "$RSS_MB" "" "$load"

if [[ "${ACTORGRAPH_BENCH_NO_CLIENTS:-0}" != 1 ]]; then
  for lib in igraph networkx; do
    load="$(bench_load)"
    timed "graph-$lib" bash -c "exec '$PY' '$ROOT/bench/graph_clients_bench.py' $lib '$G1' $FROM $NEAR >'$RESULTS_DIR/graph-$lib.json'" \
      || die "$lib failed (see $RESULTS_DIR/graph-$lib.err)"
    eval "$("$PY" - "$lib" "$RESULTS_DIR" <<'EOF'
import json, sys
lib, d = sys.argv[1], sys.argv[2]
r = json.load(open(f"{d}/graph-{lib}.json"))
print(f"LOAD_{lib}={r['load_s']:.3f}; PATHMS_{lib}={r['path_s']*1000:.1f}; HOPS_{lib}={r['hops']}")
EOF
)"
    l="LOAD_$lib"; p="PATHMS_$lib"; h="HOPS_$lib"
    row "$lib: read_graphml + shortest path" "$WALL" "$RSS_MB" "${!l}s" "path ${!p} ms, ${!h} hops; $load"
  done
  {
    echo
    awk -v a="$READ_S" -v i="$LOAD_igraph" -v n="$LOAD_networkx" 'BEGIN {
      printf "GraphML load: actorgraph %.2f s; igraph %.2f s (%.1fx, target >= 3x); NetworkX %.2f s (%.1fx, target >= 20x)\n", a, i, i/a, n, n/a }'
  } | tee -a "$REPORT"
fi
{
  awk -v n="$PATH1_MS_near" -v f="$PATH1_MS_far" -v d="$DIFF_S" 'BEGIN {
    printf "shortest path after load: near %.1f ms, far %.1f ms (target < 50 ms); diff of two %s-edge graphs after load: %.2f s (target < 5 s)\n", n, f, "'"$EDGES"'", d }'
  echo "report: $REPORT"
} | tee -a "$REPORT"
