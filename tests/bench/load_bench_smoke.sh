#!/usr/bin/env bash
# catalogue-bench --clerks: 8 clerks for 10 s on PostgreSQL (and 4 on one SQLite file) must lose nothing, leave no
# negative stock and show no error but conflicts and refused sales. The zeros are checked, never the times.
set -euo pipefail
bench=$1
export TMPDIR=$(mktemp -d)
trap 'rm -rf "$TMPDIR"' EXIT

check() {
    python3 -c '
import json, sys
result = json.loads(sys.argv[1])
keys = ["operations", "sales", "conflicts", "refused_sales", "errors", "lost", "negative_stock", "sale_p50_ms",
        "sale_p95_ms", "sale_p99_ms"]
missing = [k for k in keys if not isinstance(result.get(k), (int, float))]
bad = {k: result.get(k) for k in ["lost", "negative_stock", "errors", "clerks_failed", "deadlocks"] if result.get(k) != 0}
if missing or bad or result["sales"] == 0:
    sys.exit("FAIL: missing %s, not zero %s, sales %s: %s" % (missing, bad, result.get("sales"), sys.argv[1]))
print("PASS:", sys.argv[1])
' "$1"
}

check "$("$bench" --clerks 4 --seconds 5 --rows 2000 --db "$TMPDIR/load.db")"

if [ -z "${CATALOGUE_TEST_PG_URL:-}" ]; then
    case "${CI:-}" in
        true|1|yes) echo "FAIL: CATALOGUE_TEST_PG_URL is not set, and CI requires the PostgreSQL load test"; exit 1 ;;
    esac
    echo "WARNING: CATALOGUE_TEST_PG_URL is not set: the PostgreSQL load test is NOT run (scripts/test.sh starts a server)"
    exit 0
fi
psql=${CATALOGUE_PG_BIN:+$CATALOGUE_PG_BIN/}psql
name="load_$$_$RANDOM"
"$psql" -q -d "$CATALOGUE_TEST_PG_URL" -c "CREATE DATABASE $name"
trap '"$psql" -q -d "$CATALOGUE_TEST_PG_URL" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)"; rm -rf "$TMPDIR"' EXIT
check "$("$bench" --clerks 8 --seconds 10 --rows 2000 --pg "${CATALOGUE_TEST_PG_URL%/*}/$name")"
