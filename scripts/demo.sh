#!/usr/bin/env bash
# Builds assoc-tidy and lints the bundled example models, docs/examples/shop.
# The example holds deliberate mistakes, so findings (exit code 1) are the
# expected outcome here; 2 or more would mean the run itself failed.
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh || exit $?
build="${ASSOC_BUILD_DIR:-build}"
"$build/bin/assoc-tidy" --header-filter='.*' docs/examples/shop/models.cpp \
  -- -std=c++17 -Iinclude
code=$?
[ "$code" -le 1 ] || exit "$code"
exit 0
