#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, with clang) in build-fuzz and runs each for SECONDS
# (default 60) from its seed corpus, after replaying the inputs that once crashed it
# (fuzz/regressions/<target>/). New interesting inputs go to build-fuzz/corpus/<target>/, crashes
# to build-fuzz/findings/: fix the bug, then copy the input to fuzz/regressions/<target>/.
# usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (FUZZ_PARALLEL=N runs N targets at a time,
#        FUZZ_SEED=N another random seed than 1)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift $(($# > 0 ? 1 : 0))
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(fuzz_extract fuzz_schema fuzz_graphml fuzz_gexf fuzz_json_graph fuzz_actor_lookup)
fi
parallel=${FUZZ_PARALLEL:-1}
if ! command -v clang++ > /dev/null; then
  echo "fuzz: clang++ is missing: apt-get install clang libclang-rt-14-dev" >&2
  exit 1
fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DACTORGRAPH_FUZZ=ON -DACTORGRAPH_BUILD_TESTS=OFF > /dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]}"
mkdir -p build-fuzz/findings build-fuzz/logs

# run TARGET: replays its regressions, then fuzzes; the log is build-fuzz/logs/TARGET.log.
run() {
  local target=$1 binary=build-fuzz/fuzz/$1 log=build-fuzz/logs/$1.log
  # A fixed seed (FUZZ_SEED, default 1) makes a CI run repeatable; pass another to explore.
  local options=(-seed="${FUZZ_SEED:-1}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
                 "-artifact_prefix=build-fuzz/findings/$target-")
  case $target in
    fuzz_graphml | fuzz_gexf) options+=(-dict=fuzz/xml.dict) ;;
    fuzz_schema) options+=(-dict=fuzz/yaml.dict) ;;
  esac
  mkdir -p "build-fuzz/corpus/$target"
  if ! "$binary" -runs=0 "${options[@]}" "fuzz/regressions/$target" > "$log" 2>&1; then
    echo "FAILED: $target: a regression input crashes again (see $log)"
    return 1
  fi
  if ! "$binary" -max_total_time="$seconds" "${options[@]}" "build-fuzz/corpus/$target" \
       "fuzz/corpus/$target" >> "$log" 2>&1; then
    echo "FAILED: $target: crash found (see $log and build-fuzz/findings/)"
    # CI keeps only what is printed: the report and the input, to reproduce it elsewhere.
    grep -A40 -m1 -E 'ERROR: |runtime error|deadly signal|==[0-9]+==' "$log" | head -60 || true
    for finding in build-fuzz/findings/"$target"-*; do
      [[ -f $finding ]] || continue
      echo "input $finding (base64):"
      base64 -w 100 "$finding" | head -40
    done
    return 1
  fi
  echo "$target: $(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 |
                   grep -o '[0-9]*$') executions in ${seconds} s, no crash"
}

status=0
pids=()
for target in "${targets[@]}"; do
  run "$target" &
  pids+=($!)
  if [[ ${#pids[@]} -ge $parallel ]]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
exit $status
