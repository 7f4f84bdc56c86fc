#!/usr/bin/env bash
# The Livres workload three ways, several times, in one go: SQLite's C API (the limit), the ORM (catalogue-bench)
# and Sequelize 6 (the peer). Prints every run's JSON, then the medians and the ratios ORM/raw and Sequelize/ORM,
# and the ORM's insert against the raw one in 32-row statements (the SQL bulkCreate sends on SQLite).
#   bench/run.sh [--rows N] [--runs K] [--no-sequelize]      (defaults: 100000 rows, 3 runs)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rows=100000
runs=3
sequelize=1
while (($#)); do
    case "$1" in
    --rows) rows=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --no-sequelize) sequelize=0; shift ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

bash "$root/scripts/deps.sh"
(cd "$root" && cmake --preset release >/dev/null && cmake --build --preset release --target catalogue-bench raw-sqlite-bench) >&2
if ((sequelize)); then
    bash "$root/bench/peers/sequelize/install.sh" >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results="$work/results.jsonl"
raw() { echo "{\"engine\":\"raw\",\"run\":$run,\"result\":$("$root/build/release/bench/raw-sqlite-bench" --rows "$rows" --db "$work/raw.db")}" | tee -a "$results"; }
orm() { echo "{\"engine\":\"orm\",\"run\":$run,\"result\":$("$root/build/release/bench/catalogue-bench" --rows "$rows" --db "$work/orm.db")}" | tee -a "$results"; }
for ((run = 1; run <= runs; ++run)); do
    # The three take turns within each run, so that a noisy moment does not fall on one of them only, and raw and
    # the ORM swap places from one run to the next, so that neither is always the one that follows the other.
    if ((run % 2)); then raw; orm; else orm; raw; fi
    if ((sequelize)); then
        echo "{\"engine\":\"sequelize\",\"run\":$run,\"result\":$(node "$root/bench/peers/sequelize/bench.js" --rows "$rows" --db "$work/sequelize.db")}" | tee -a "$results"
    fi
done

python3 - "$results" <<'PY'
import json, statistics, sys
runs = [json.loads(line) for line in open(sys.argv[1])]
keys = ["insert_ms", "findAll_ms", "findByPk10k_ms", "filtered100_ms", "update10k_ms", "aggregate100_ms", "peak_rss_mb",
        "findAll_peak_rss_mb"]
engines = [e for e in ["raw", "orm", "sequelize"] if any(r["engine"] == e for r in runs)]
median = {e: {k: statistics.median(r["result"].get(k, float("nan")) for r in runs if r["engine"] == e) for k in keys}
          for e in engines}
print()
print(f"Livres workload, {runs[0]['result']['rows']} rows, median of {sum(r['engine'] == 'raw' for r in runs)} runs")
header = f"| {'measure':<16} |" + "".join(f" {e:>10} |" for e in engines) + " ORM/raw |" + (" Sequelize/ORM |" if "sequelize" in engines else "")
print(header)
print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
for k in keys:
    line = f"| {k:<16} |" + "".join(f" {median[e][k]:>10.1f} |" for e in engines)
    line += f" {median['orm'][k] / median['raw'][k]:>6.2f}x |"
    if "sequelize" in engines:
        line += f" {median['sequelize'][k] / median['orm'][k]:>12.1f}x |"
    print(line)
# How far single runs stray: each engine's fastest and slowest run, and ORM/raw within each run (the two ran
# one after the other): lowest, highest and median. On a noisy machine, a median ratio near its target says little
# without these.
if len(runs) > len(engines):
    print("\nspread of the runs (fastest..slowest ms; ORM/raw within each run, lowest..highest and median):")
    for k in keys[:6]:
        values = {e: [r["result"][k] for r in runs if r["engine"] == e] for e in engines}
        raw = {r["run"]: r["result"][k] for r in runs if r["engine"] == "raw"}
        ratios = [r["result"][k] / raw[r["run"]] for r in runs if r["engine"] == "orm"]
        print(f"  {k:<16}" + "".join(f" {e} {min(v):.0f}..{max(v):.0f};" for e, v in values.items())
              + f" ORM/raw {min(ratios):.2f}x..{max(ratios):.2f}x, median {statistics.median(ratios):.2f}x")
# The raw loop also inserts the rows 32 per statement, the SQL that bulkCreate sends on SQLite.
batched = statistics.median(r["result"]["insertBatched_ms"] for r in runs if r["engine"] == "raw")
print(f"\nraw insert in 32-row statements: {batched:.1f} ms; ORM insert against it: "
      f"{median['orm']['insert_ms'] / batched:.2f}x")
PY
