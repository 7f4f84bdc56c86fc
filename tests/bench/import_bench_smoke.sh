#!/usr/bin/env bash
# catalogue-bench --import on 300 books: it must run through and print every key (no timing is asserted).
set -euo pipefail
export TMPDIR=$(mktemp -d)
trap 'rm -rf "$TMPDIR"' EXIT
line=$("$1" --import --rows 300)
python3 -c '
import json, sys
result = json.loads(sys.argv[1])
keys = ["rows", "added", "import_ms", "sqlite3_import_ms", "import_vs_sqlite3", "import_peak_rss_mb", "export_ms",
        "sqlite3_export_ms", "export_vs_sqlite3"]
missing = [k for k in keys if not isinstance(result.get(k), (int, float))]
if missing or result["added"] != 300:
    sys.exit("missing or not a number: %s; added: %s" % (missing, result.get("added")))
print("PASS:", sys.argv[1])
' "$line"
