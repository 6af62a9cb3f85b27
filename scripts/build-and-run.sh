#!/usr/bin/env bash
# The README's first command: install, build, and build the example corpus's graph.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DACTORGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)"
mkdir -p out
build/cli/actorgraph build examples/corpus -o out/examples.graphml
