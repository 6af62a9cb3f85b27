#!/usr/bin/env bash
# Installs what actorgraph needs to build and test, from Debian 12's packages (apt-get; sudo
# when not root). Safe to run again.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libboost-graph-dev libspdlog-dev libyaml-cpp-dev libicu-dev libcli11-dev nlohmann-json3-dev
  libexpat1-dev catch2 iso-codes
)
if [[ "${1:-}" == "--test" ]]; then
  # The real clients the tests check our files with, and Apertium's Italian analyser.
  packages+=(python3 python3-yaml python3-networkx python3-igraph graphviz libxml2-utils
             apertium-cat-ita lttoolbox
             clang libclang-rt-14-dev)  # the libFuzzer targets (scripts/fuzz.sh)
fi
if [[ "${1:-}" == "--dev" ]]; then
  packages+=(libbenchmark-dev valgrind clang clang-format clang-tidy python3-networkx
             python3-igraph time)
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo=sudo
fi
export DEBIAN_FRONTEND=noninteractive
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
