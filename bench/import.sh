#!/usr/bin/env bash
# Import and export of a CSV of N books, several runs in one go, beside the sqlite3 shell and the Node.js peer:
#   bench/import.sh [--rows N] [--runs K] [--no-peer]      (defaults: 100000 rows, 3 runs)
# Builds catalogue-bench (Release), installs the peer (bench/peers/sequelize: csv-parse and Sequelize) unless
# --no-peer, then runs `catalogue-bench --import` K times: each run imports the same file with the sqlite3 shell
# (.import --csv, no validation: the floor), with ours (Catalogue::Importer, its own process for its peak memory)
# and with the peer, then exports ours with Catalogue::Exporter and with sqlite3 -csv. Prints each run's JSON line,
# then the median of each figure and of the per-run ratios.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rows=100000
runs=3
peer=required
while (($#)); do
    case "$1" in
    --rows) rows=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --no-peer) peer=off; shift ;;
    *) echo "import.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
(cd "$root" && cmake --preset release >/dev/null && cmake --build --preset release --target catalogue-bench) >&2
if [[ $peer == required ]]; then
    bash "$root/bench/peers/sequelize/install.sh" >&2
fi
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
lines=()
for ((run = 1; run <= runs; ++run)); do
    line=$("$root/build/release/bench/catalogue-bench" --import --rows "$rows" --peer "$peer")
    echo "$line"
    lines+=("$line")
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
printf '%s\n' "${lines[@]}" | python3 -c '
import json, statistics, sys
runs = [json.loads(line) for line in sys.stdin if line.strip()]
keys = ["import_ms", "sqlite3_import_ms", "import_vs_sqlite3", "sequelize_import_ms", "sequelize_vs_import",
        "import_peak_rss_mb", "sequelize_import_peak_rss_mb", "export_ms", "sqlite3_export_ms", "export_vs_sqlite3"]
print("medians of %d runs, %d rows:" % (len(runs), runs[0]["rows"]))
for k in keys:
    values = [r[k] for r in runs if k in r]
    if values:
        print("  %-30s %12.2f   (runs: %s)" % (k, statistics.median(values), ", ".join("%.2f" % v for v in values)))
'
