#!/usr/bin/env bash
# Builds assoc-tidy and runs every test (unit tests and lit suites) under
# ctest; the last line is ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
cd "${ASSOC_BUILD_DIR:-build}"
ctest --output-on-failure -j "$(nproc)"
