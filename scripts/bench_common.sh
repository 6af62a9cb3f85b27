# shellcheck shell=bash disable=SC2034
# Shared by scripts/bench_*.sh (sourced, not run): build directory, binary, generated corpora
# and a /usr/bin/time -v wrapper. Every figure names the machine and its load.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${ACTORGRAPH_BENCH_BUILD:-$ROOT/build-bench}"
DATA_DIR="$BUILD_DIR/bench-data"
RESULTS_DIR="$BUILD_DIR/bench-results"
BIN="$BUILD_DIR/cli/actorgraph"
# Debian's python: it has python3-yaml, python3-networkx and python3-igraph.
PY=/usr/bin/python3
SEED="${ACTORGRAPH_BENCH_SEED:-7}"

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# Configures and builds the Release tree with the benchmarks (incremental; set
# ACTORGRAPH_BENCH_NO_BUILD=1 to use the binaries as they are).
bench_build() {
  [[ -x /usr/bin/time ]] || die "/usr/bin/time is missing: sudo apt-get install time"
  [[ "${ACTORGRAPH_BENCH_NO_BUILD:-0}" == 1 && -x "$BIN" ]] && return 0
  if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DACTORGRAPH_BUILD_BENCH=ON \
      -DACTORGRAPH_BUILD_TESTS=OFF >/dev/null || die "cmake configure failed"
  fi
  cmake --build "$BUILD_DIR" -j"$(nproc)" >/dev/null || die "build failed (cmake --build $BUILD_DIR)"
}

# Prints the path of a generated corpus of SIZE_MB (cached; regenerated when the generator or
# the schemas change). The planted relations are next to it, *.planted.jsonl.
bench_corpus() {
  local size="$1" stamp path
  mkdir -p "$DATA_DIR"
  stamp="$(cat "$ROOT/bench/generate_corpus.py" "$ROOT"/schemas/actors/*.yaml | sha1sum | cut -c1-10)"
  path="$DATA_DIR/corpus-${size}mb-seed$SEED-$stamp.jsonl"
  if [[ ! -s "$path" ]]; then
    echo "generating $path ..." >&2
    "$PY" "$ROOT/bench/generate_corpus.py" "$size" --seed "$SEED" --out "$path" >&2 \
      || die "corpus generation failed"
  fi
  echo "$path"
}

# The machine, for the record.
bench_machine() {
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.1f GiB RAM", $2/1048576}' /proc/meminfo)"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); source tree: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo '+local changes'); binary built $(date -u -r "$BIN" '+%Y-%m-%d %H:%M UTC' 2>/dev/null)"
}

bench_load() { uptime | sed 's/.*load average: /load /'; }

# timed NAME CMD...: runs CMD under /usr/bin/time -v, sets WALL (s) and RSS_MB, keeps stderr in
# $RESULTS_DIR/NAME.err. Returns the command's exit code.
timed() {
  local name="$1"; shift
  mkdir -p "$RESULTS_DIR"
  local log="$RESULTS_DIR/$name.time" rc=0
  /usr/bin/time -v -o "$log" "$@" 2>"$RESULTS_DIR/$name.err" || rc=$?
  WALL="$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$log")"
  RSS_MB="$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")"
  return $rc
}
