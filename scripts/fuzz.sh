#!/usr/bin/env bash
# Runs each parser's libFuzzer harness (fuzz/) for SECONDS seconds (default 60), built with clang-14 and Debian's
# libFuzzer (clang-14 and libclang-rt-14-dev / libfuzzer-14-dev) in build/fuzz, from fuzz/corpus/<name> plus what
# earlier runs found (build/fuzz/found/<name>, kept outside the repository). Prints the executions and crashes of
# each; crash inputs are written to build/fuzz/crashes/<name>/. Exits 1 when any harness crashed.
#   bash scripts/fuzz.sh [SECONDS]
set -euo pipefail
seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/fuzz"
cxx=${CATALOGUE_FUZZ_CXX:-clang++-14}
command -v "$cxx" >/dev/null || { echo "fuzz: $cxx is missing (apt-get install clang-14 libfuzzer-14-dev)" >&2; exit 2; }
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCATALOGUE_FUZZ=ON \
    -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
cmake --build "$build" -j2 --target fuzz_csv fuzz_json fuzz_onix >/dev/null
status=0
for h in csv json onix; do
    mkdir -p "$build/found/$h" "$build/crashes/$h"
    log="$build/fuzz_$h.log"
    set +e
    ASAN_OPTIONS=detect_leaks=1 "$build/fuzz/fuzz_$h" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
        -timeout=10 -print_final_stats=1 -artifact_prefix="$build/crashes/$h/" \
        "$build/found/$h" "$root/fuzz/corpus/$h" >"$log" 2>&1
    rc=$?
    set -e
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    crashes=$(find "$build/crashes/$h" -type f | wc -l)
    echo "fuzz_$h: $runs executions in ${seconds}s, $crashes crash inputs (exit $rc; log $log)"
    if ((rc != 0 || crashes > 0)); then
        status=1
    fi
done
exit $status
