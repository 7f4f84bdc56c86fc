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
# Each run, every engine takes its turn (the order rotates from one run to the next), with raw run again after every
# two of them, so that each engine runs next to a raw run: its ratio is against the mean of the raw runs just before
# and just after it (the machine's speed drifts over minutes, and a 2-core VM's neighbours change it by up to half;
# see bench/README.md). Between engines, the files just measured are hashed, deleted and synced, so that no engine
# pays for the writeback of another's. Then each engine's final table (after its updates) must hash as raw's does,
# or the run fails. The ratios printed are the medians of the runs' ratios: of wall-clock times, then of CPU times.
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
others=(raw-default seed-rows seed-maps livre-rows livre-maps)
((sequelize)) && others+=(sequelize)
for ((run = 1; run <= runs; ++run)); do
    shift_by=$(((run - 1) % ${#others[@]}))
    rotated=("${others[@]:shift_by}" "${others[@]:0:shift_by}")
    order=(raw)
    for ((k = 0; k < ${#rotated[@]}; ++k)); do
        order+=("${rotated[k]}")
        if ((k % 2 == 1 || k + 1 == ${#rotated[@]})); then order+=(raw); fi
    done
    raw_hash=""
    for e in "${order[@]}"; do
        line=$(engine "$e")
        hash=$(table_hash "$work/$e.db")
        rm -f "$work/$e.db" "$work/$e.db-wal" "$work/$e.db-shm"
        sync
        echo "{\"engine\":\"$e\",\"run\":$run,\"hash\":\"$hash\",\"result\":$line}" | tee -a "$results"
        [[ $e == raw && -z $raw_hash ]] && raw_hash=$hash
        if [[ $hash != "$raw_hash" ]]; then
            echo "run.sh: run $run: $e left other rows than raw ($hash against $raw_hash)" >&2
            exit 1
        fi
    done
done

echo
echo "load when the runs ended: $(uptime | sed 's/.*load average/load average/')"
python3 - "$results" <<'PY'
import json, statistics, sys
entries = [json.loads(line) for line in open(sys.argv[1])]
keys = ["insert_ms", "findAll_ms", "findByPk10k_ms", "filtered100_ms", "update10k_ms", "aggregate100_ms"]
memory = ["insert_peak_rss_mb", "findAll_peak_rss_mb", "peak_rss_mb"]
engines = [e for e in dict.fromkeys(r["engine"] for r in entries) if e != "raw"]
run_ids = sorted({r["run"] for r in entries})
# Each engine's result in a run, and the raw runs just before and after it in that run.
placed = {}
for i in run_ids:
    seq = [r for r in entries if r["run"] == i]
    for at, r in enumerate(seq):
        if r["engine"] == "raw":
            continue
        before = next(s["result"] for s in reversed(seq[:at]) if s["engine"] == "raw")
        after = next((s["result"] for s in seq[at + 1:] if s["engine"] == "raw"), before)
        placed[(r["engine"], i)] = (r["result"], before, after)
def ratios(e, k):
    out = []
    for i in run_ids:
        if (e, i) not in placed or k not in placed[(e, i)][0]:
            continue
        mine, before, after = placed[(e, i)]
        out.append(mine[k] / ((before[k] + after[k]) / 2))
    return out
raws = [r["result"] for r in entries if r["engine"] == "raw"]
print(f"\nLivres workload, {raws[0]['rows']} rows, {len(run_ids)} runs, raw {len(raws)} times; every engine's final "
      f"rows identical to raw's ({entries[0]['hash']})")
for title, suffix in (("wall-clock time", "_ms"), ("CPU time (user + system)", "_cpu_ms")):
    print(f"\nmedian of the per-run ratios to raw (WAL, synchronous NORMAL, as the ORM opens a new file), {title}; "
          f"raw's median in ms:")
    header = f"| {'measure':<16} | {'raw ms':>8} |" + "".join(f" {e:>11} |" for e in engines)
    print(header)
    print("|" + "|".join("-" * len(c) for c in header.split("|")[1:-1]) + "|")
    for k in keys:
        key = k.replace("_ms", suffix)
        if not all(key in r for r in raws):
            continue
        raw = statistics.median(r[key] for r in raws)
        print(f"| {k:<16} | {raw:>8.1f} |" + "".join(
            f" {statistics.median(ratios(e, key)):>10.2f}x |" if ratios(e, key) else f" {'-':>11} |" for e in engines))
print("\nspread of the per-run wall-clock ratios (lowest..highest), and of raw's own times:")
for k in keys:
    print(f"  {k:<16} raw {min(r[k] for r in raws):.0f}..{max(r[k] for r in raws):.0f} ms;"
          + "".join(f" {e} {min(ratios(e, k)):.2f}..{max(ratios(e, k)):.2f};" for e in engines if ratios(e, k)))
print("\nmedian peak memory (MB):")
for k in memory:
    have = [e for e in engines if all(k in placed[(e, i)][0] for i in run_ids if (e, i) in placed)]
    mine = f" raw {statistics.median(r[k] for r in raws):.0f};" if all(k in r for r in raws) else ""
    print(f"  {k:<20}{mine}" + "".join(
        f" {e} {statistics.median(placed[(e, i)][0][k] for i in run_ids if (e, i) in placed):.0f};" for e in have))
batched = statistics.median(r["insertBatched_ms"] for r in raws)
seed = [placed[("seed-rows", i)][0]["insert_ms"] / ((placed[("seed-rows", i)][1]["insertBatched_ms"]
        + placed[("seed-rows", i)][2]["insertBatched_ms"]) / 2) for i in run_ids if ("seed-rows", i) in placed]
print(f"\nraw insert in 32-row statements (the SQL the ORM sends on SQLite): {batched:.1f} ms; seed-rows against it: "
      f"{statistics.median(seed):.2f}x")
PY
