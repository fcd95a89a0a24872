#!/usr/bin/env bash
# Builds assoc-tidy and runs every test (unit tests and lit suites) under
# ctest; the last line is ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
# The SARIF schema validator (ajv, and the OASIS schema from jest-sarif),
# pinned by test/sarif/package-lock.json.
if [ ! -d test/sarif/node_modules ]; then
  npm ci --prefix test/sarif --no-audit --no-fund --loglevel=error >/dev/null
fi
cd "${ASSOC_BUILD_DIR:-build}"
ctest --output-on-failure -j "$(nproc)"
