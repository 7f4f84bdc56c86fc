#!/usr/bin/env bash
# Runs catalogue-bench and raw-sqlite-bench on 500 books and checks that each prints one JSON line with every key;
# then catalogue-bench --model (the table model adapter against QSqlTableModel) on 2000 books, likewise.
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
# The first benchmark is catalogue-bench: its --model run prints both models' keys (null where a step cannot be done).
if line=$("$1" --model --rows 2000 --db "$work/model.db") && python3 -c '
import json, sys
result = json.loads(sys.argv[1])
keys = ["open_ms", "jumpEnd_ms", "randomScreen_median_ms", "rss_mb", "sort_ms", "search_median_ms", "search_max_ms",
        "edit_ms"]
problems = [] if result.get("rows") == 2000 else ["rows"]
for model in ["adapter", "qsqltablemodel"]:
    measures = result.get(model, {})
    problems += [f"{model}.{k}" for k in keys if k not in measures]
    problems += [f"{model}.{k}" for k in keys if measures.get(k) is None and not (model, k) == ("qsqltablemodel", "jumpEnd_ms")]
sys.exit(f"missing: {problems}" if problems else 0)
' "$line"; then
    echo "PASS: catalogue-bench --model printed every key: $line"
    passed=$((passed + 1))
else
    echo "FAIL: catalogue-bench --model: ${line:-no output}"
    failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
((failed == 0))
