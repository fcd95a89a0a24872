#!/usr/bin/env bash
# Builds one libFuzzer target with clang-19 (-fsanitize=fuzzer, plus ASan
# and UBSan) from the pure sources it needs, and runs it on its seed
# corpus for a bounded time. ctest runs every target this way:
#
#   test/fuzz/run.sh <target> <build dir> [seconds]
#
# A longer run, for docs/robustness.md: ASSOC_FUZZ_SECONDS=600.
set -euo pipefail
target="$1"
out="$2/fuzz"
seconds="${3:-${ASSOC_FUZZ_SECONDS:-10}}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$out"

case "$target" in
  inflector)  sources=(frontends/assoc/Inflector.cpp frontends/assoc/InflectionConfig.cpp) ;;
  model_json) sources=(model/Model.cpp model/ModelJson.cpp frontends/wt/WtModel.cpp) ;;
  lsp)        sources=(tool/clangd/Lsp.cpp) ;;
  *) echo "unknown fuzz target '$target'" >&2; exit 2 ;;
esac

binary="$out/fuzz_$target"
cxx="$(command -v clang++-19)"
"$cxx" -std=c++17 -O1 -g -fsanitize=fuzzer,address,undefined \
  -fno-sanitize-recover=undefined \
  -I"$root/model" -I"$root/frontends/assoc" -I"$root/frontends/wt" -I"$root/tool/clangd" \
  "$root/test/fuzz/fuzz_$target.cpp" "${sources[@]/#/$root/}" -o "$binary"

# New inputs go to a scratch corpus: the seeds in the repository stay
# what was committed.
work="$out/corpus_$target"
mkdir -p "$work"
"$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 "$work" "$root/test/fuzz/corpus/$target" 2>&1 |
  grep -E 'stat::number_of_executed_units|stat::peak_rss|cov:|ERROR|SUMMARY|Done' |
  tail -n 4
