#!/usr/bin/env bash
# Configures and builds assoc-tidy in build/ (or $ASSOC_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
build="${ASSOC_BUILD_DIR:-build}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$(nproc)" "$@"
