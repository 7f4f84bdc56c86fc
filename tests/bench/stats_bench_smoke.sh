#!/usr/bin/env bash
# catalogue-bench --stats at a small size (500 books, 3000 movements): it must build its catalogue, run every
# query and print one JSON line with every key (no timing is asserted); run twice, the second reuses the file.
set -euo pipefail
bench=${1:?usage: stats_bench_smoke.sh CATALOGUE_BENCH}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
keys='["salesOverTime_month_ms", "salesOverTime_day_ms", "salesOverTime_month_genre_ms", "bestSellers_ms",
       "bestSellers_genre_ms", "byGenre_ms", "lowStock_ms", "deadStock_ms", "priceDistribution_ms",
       "publicationYears_ms", "all_ms"]'
for run in built reused; do
    line=$("$bench" --stats --books 500 --movements 3000 --runs 1 --db "$work/stats.db" 2>"$work/err") || {
        echo "FAIL: exited non-zero ($run)"
        cat "$work/err"
        exit 1
    }
    python3 -c '
import json, sys
result = json.loads(sys.argv[1])
run, keys = sys.argv[2], json.loads(sys.argv[3])
problems = [k for k in keys if not isinstance(result.get("sqlite", {}).get(k), (int, float))]
if result.get("books") != 500 or result.get("movements") != 3000:
    problems.append("books/movements")
if (run == "built") != ("sqlite_build_s" in result):
    problems.append("sqlite_build_s")
sys.exit(f"missing or wrong: {problems}" if problems else 0)
' "$line" "$run" "$keys" || {
        echo "FAIL ($run): $line"
        exit 1
    }
    grep -q "publicationYears" "$work/err" || { echo "FAIL: no table on stderr"; exit 1; }
    echo "PASS ($run): $line"
done
