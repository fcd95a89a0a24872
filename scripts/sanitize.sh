#!/usr/bin/env bash
# Builds assoc-tidy with sanitizers in build-<name>/ and runs the whole test
# suite under ctest, as scripts/test.sh does:
#
#   ./scripts/sanitize.sh                    # address,undefined
#   ./scripts/sanitize.sh thread             # ThreadSanitizer
#
# The parallel whole-program driver is what ThreadSanitizer is for; the
# fuzz targets are built with their own sanitizers and are skipped here.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
sanitizers="${1:-address,undefined}"
build="build-$(echo "$sanitizers" | tr ',' '-')"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DASSOC_SANITIZE="$sanitizers" >/dev/null
cmake --build "$build" -j "$(nproc)"
if [ ! -d test/sarif/node_modules ]; then
  npm ci --prefix test/sarif --no-audit --no-fund --loglevel=error >/dev/null
fi
cd "$build"
ctest --output-on-failure -j "$(nproc)" -E '^fuzz-'
