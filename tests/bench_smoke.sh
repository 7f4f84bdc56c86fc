#!/usr/bin/env bash
# Runs catalogue-bench and raw-sqlite-bench on 500 books and checks that each prints one JSON line with every key.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
for bench in "$@"; do
    name=$(basename "$bench")
    if ! line=$("$bench" --rows 500 --db "$work/$name.db"); then
        echo "FAIL: $name exited non-zero"
        failed=$((failed + 1))
        continue
    fi
    if python3 -c '
import json, sys
result = json.loads(sys.argv[1])
keys = ["rows", "insert_ms", "findAll_ms", "findByPk10k_ms", "filtered100_ms", "update10k_ms", "aggregate100_ms", "peak_rss_mb"]
missing = [k for k in keys if not isinstance(result.get(k), (int, float))]
sys.exit(f"missing or not a number: {missing}" if missing else 0)
' "$line"; then
        echo "PASS: $name printed every key: $line"
        passed=$((passed + 1))
    else
        echo "FAIL: $name: $line"
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
((failed == 0))
