#!/usr/bin/env bash
# The README's second command: install, build with warnings as errors, and run every test;
# then the same tests again under AddressSanitizer and UndefinedBehaviorSanitizer; then a short
# fuzzing run of every libFuzzer target when clang is installed (ACTORGRAPH_SKIP_FUZZ=1 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
jobs=$(nproc)
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DACTORGRAPH_WERROR=ON >/dev/null
cmake --build build-test -j"$jobs"
(cd build-test && ctest --output-on-failure -j"$jobs")
if [[ "${ACTORGRAPH_SKIP_SANITIZERS:-0}" != 1 ]]; then
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DACTORGRAPH_WERROR=ON \
        -DACTORGRAPH_SANITIZE=ON >/dev/null
  cmake --build build-asan -j"$jobs"
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
     ctest --output-on-failure -j"$jobs")
fi
if [[ "${ACTORGRAPH_SKIP_FUZZ:-0}" != 1 ]] && command -v clang++ > /dev/null; then
  # About a minute per target, one target per core; the long local runs are `scripts/fuzz.sh 600`.
  FUZZ_PARALLEL="$jobs" scripts/fuzz.sh 60
fi
