#!/usr/bin/env bash
# The Livres workload by every engine, several runs, in one go, and the ratios of each to the raw C API loop.
#   bench/run.sh [--rows N] [--runs K] [--no-sequelize]      (defaults: 100000 rows, 3 runs)
# Engines (each builds its rows inside its insert clock, from bench/workload.h's Bench::row):
#   raw          SQLite's C API, the file opened as the ORM opens a new one (WAL, synchronous NORMAL): the reference
#   raw-default  the same with SQLite's defaults (rollback journal, synchronous FULL)
#   seed-rows    the ORM, the seed's model (no rule, no hook), Model::insertRows() with a RowBatch, 1000 rows a call
#   seed-maps    the same through bulkCreate() of QVariantMaps, 1000 rows a call
#   livre-rows   the catalogue's Livre (its rules and its hook), insertRows()
#   livre-maps   the catalogue's Livre, bulkCreate() of maps
#   sequelize    Sequelize 6 (the peer), unless --no-sequelize
# Each run, every engine takes its turn (the order rotates from one run to the next); then each engine's final table
# (after its updates) is hashed, value by value with its storage type, and must be identical to raw's, or the run
# fails. Ratios are per run (each engine against raw of the same run), then the median of the runs.
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
bin="$root/build/release/bench"
engine() {
    case "$1" in
    raw) "$bin/raw-sqlite-bench" --rows "$rows" --db "$work/$1.db" --journal wal ;;
    raw-default) "$bin/raw-sqlite-bench" --rows "$rows" --db "$work/$1.db" --journal default ;;
    seed-rows | seed-maps | livre-rows | livre-maps)
        "$bin/catalogue-bench" --rows "$rows" --db "$work/$1.db" --orm-model "${1%-*}" --insert "${1#*-}" ;;
    sequelize) node "$root/bench/peers/sequelize/bench.js" --rows "$rows" --db "$work/$1.db" ;;
    esac
}
# The hash of the Livres table of a file: every row by ID, every value with its type (floats by their bytes).
table_hash() {
    python3 - "$1" <<'PY'
import hashlib, sqlite3, struct, sys
db = sqlite3.connect(sys.argv[1])
h = hashlib.sha256()
columns = ("ID", "Nom", "NomSansEspaces", "Presentation", "Description", "Couverture", "Prix", "Genre", "Accroche",
           "Lien", "Auteur", "Edition", "Quantite", "Annee", "NbPages", "Ventes", "Arriere", "Dos")
n = 0
for row in db.execute("SELECT " + ", ".join(f'"{c}"' for c in columns) + ' FROM "Livres" ORDER BY "ID"'):
    n += 1
    for v in row:
        if v is None: h.update(b"n")
        elif isinstance(v, int): h.update(b"i" + str(v).encode() + b";")
        elif isinstance(v, float): h.update(b"f" + struct.pack("<d", v))
        elif isinstance(v, str): h.update(b"t" + str(len(v.encode())).encode() + b":" + v.encode())
        else: h.update(b"b" + bytes(v))
print(f"{n}:{h.hexdigest()[:16]}")
PY
}
engines=(raw raw-default seed-rows seed-maps livre-rows livre-maps)
((sequelize)) && engines+=(sequelize)
for ((run = 1; run <= runs; ++run)); do
    shift_by=$(((run - 1) % ${#engines[@]}))
    order=("${engines[@]:shift_by}" "${engines[@]:0:shift_by}")
    declare -A hashes=()
    for e in "${order[@]}"; do
        line=$(engine "$e")
        hashes[$e]=$(table_hash "$work/$e.db")
        echo "{\"engine\":\"$e\",\"run\":$run,\"hash\":\"${hashes[$e]}\",\"result\":$line}" | tee -a "$results"
    done
    for e in "${engines[@]}"; do
        if [[ "${hashes[$e]}" != "${hashes[raw]}" ]]; then
            echo "run.sh: run $run: $e left other rows than raw (${hashes[$e]} against ${hashes[raw]})" >&2
            exit 1
        fi
    done
    unset hashes
done

echo
echo "load when the runs ended: $(uptime | sed 's/.*load average/load average/')"
python3 - "$results" <<'PY'
import json, statistics, sys
runs = [json.loads(line) for line in open(sys.argv[1])]
keys = ["insert_ms", "findAll_ms", "findByPk10k_ms", "filtered100_ms", "update10k_ms", "aggregate100_ms"]
memory = ["insert_peak_rss_mb", "findAll_peak_rss_mb", "peak_rss_mb"]
engines = list(dict.fromkeys(r["engine"] for r in runs))
by = {(r["engine"], r["run"]): r["result"] for r in runs}
run_ids = sorted({r["run"] for r in runs})
def ratios(e, k):
    return [by[(e, i)][k] / by[("raw", i)][k] for i in run_ids if (e, i) in by and k in by[(e, i)]]
print(f"\nLivres workload, {runs[0]['result']['rows']} rows, {len(run_ids)} runs; every engine's final rows identical "
      f"to raw's ({runs[0]['hash']})")
print("\nmedian of the per-run ratios to raw (WAL, synchronous NORMAL, as the ORM opens a new file); raw in ms:")
header = f"| {'measure':<16} | {'raw ms':>8} |" + "".join(f" {e:>11} |" for e in engines if e != "raw")
print(header)
print("|" + "|".join("-" * len(c) for c in header.split("|")[1:-1]) + "|")
for k in keys:
    raw = statistics.median(by[("raw", i)][k] for i in run_ids)
    print(f"| {k:<16} | {raw:>8.1f} |" + "".join(f" {statistics.median(ratios(e, k)):>10.2f}x |" for e in engines if e != "raw"))
print("\nspread of the per-run ratios (lowest..highest):")
for k in keys:
    print(f"  {k:<16}" + "".join(f" {e} {min(ratios(e, k)):.2f}..{max(ratios(e, k)):.2f};" for e in engines if e != "raw"))
print("\nmedian peak memory (MB):")
for k in memory:
    print(f"  {k:<20}" + "".join(f" {e} {statistics.median(by[(e, i)][k] for i in run_ids):.0f};"
                                  for e in engines if all(k in by[(e, i)] for i in run_ids)))
batched = statistics.median(by[("raw", i)]["insertBatched_ms"] for i in run_ids)
print(f"\nraw insert in 32-row statements (the SQL the ORM sends on SQLite): {batched:.1f} ms; seed-rows against it: "
      f"{statistics.median(by[('seed-rows', i)]['insert_ms'] / by[('raw', i)]['insertBatched_ms'] for i in run_ids):.2f}x")
PY
