#!/usr/bin/env bash
# Two commits' bench/run.sh side by side, alternating, in one go: each commit is checked out in a worktree of its
# own and built there (Release, its own build/release), then the rounds run old, new, new, old, old, new... (one
# run.sh run of one run each), so that a change of load on a shared machine falls on both alike.
#   bench/compare.sh OLD NEW [--rows N] [--rounds K] [--keep DIR]       (defaults: 100000 rows, 5 rounds)
# Sequelize is left out (it is the same on both sides). For each measure and each ORM engine: the median over the
# rounds of engine/raw (each run against raw of the same run) on each side, and new/old of those medians; a ratio
# of ratios over 1.05 is marked. The load average is printed before and after. The worktrees go in DIR (kept, so
# that a second call builds nothing new) or in a temporary folder deleted at the end.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
old=${1:?usage: bench/compare.sh OLD NEW [--rows N] [--rounds K] [--keep DIR]}
new=${2:?usage: bench/compare.sh OLD NEW [--rows N] [--rounds K] [--keep DIR]}
shift 2
rows=100000
rounds=5
keep=""
while (($#)); do
    case "$1" in
    --rows) rows=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    *) echo "compare.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

if [[ -n $keep ]]; then
    work=$(mkdir -p "$keep" && cd "$keep" && pwd)
else
    work=$(mktemp -d)
    trap 'git -C "$root" worktree remove --force "$work/old" 2>/dev/null || true
          git -C "$root" worktree remove --force "$work/new" 2>/dev/null || true
          rm -rf "$work"' EXIT
fi
for side in old new; do
    commit=$old
    [[ $side == new ]] && commit=$new
    if [[ ! -d $work/$side ]]; then
        git -C "$root" worktree add --detach "$work/$side" "$commit" >&2
    else
        git -C "$work/$side" checkout --quiet --detach "$commit"
    fi
    # run.sh builds its tree's release preset; building both before the first round keeps builds out of the runs.
    (cd "$work/$side" && cmake --preset release >/dev/null && cmake --build --preset release \
        --target catalogue-bench raw-sqlite-bench) >&2
done

echo "load before: $(uptime | sed 's/.*load average/load average/')"
results="$work/compare.jsonl"
: >"$results"
for ((round = 1; round <= rounds; ++round)); do
    order=(old new)
    ((round % 2 == 0)) && order=(new old)
    for side in "${order[@]}"; do
        echo "== round $round: $side ($(git -C "$work/$side" rev-parse --short HEAD))" >&2
        bash "$work/$side/bench/run.sh" --rows "$rows" --runs 1 --no-sequelize |
            grep '^{"engine"' | sed "s/^/{\"side\":\"$side\",\"round\":$round,\"line\":/; s/\$/}/" >>"$results"
    done
done
echo "load after: $(uptime | sed 's/.*load average/load average/')"

python3 - "$results" "$old" "$new" <<'PY'
import json, statistics, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
keys = ["insert_ms", "findAll_ms", "findByPk10k_ms", "filtered100_ms", "update10k_ms", "aggregate100_ms"]
by = {(l["side"], l["round"], l["line"]["engine"]): l["line"]["result"] for l in lines}
rounds = sorted({l["round"] for l in lines})
engines = [e for e in dict.fromkeys(l["line"]["engine"] for l in lines) if e not in ("raw", "raw-default")]
def ratio(side, e, k):
    return statistics.median(by[(side, r, e)][k] / by[(side, r, "raw")][k] for r in rounds)
print(f"\n{len(rounds)} rounds of {lines[0]['line']['result']['rows']} rows; old {sys.argv[2]}, new {sys.argv[3]}")
print("median over the rounds of engine/raw on each side, and new/old (* when new is more than 5% worse):")
print(f"| {'measure':<16} | {'engine':<10} | {'old':>7} | {'new':>7} | {'new/old':>8} |")
print("|" + "-" * 18 + "|" + "-" * 12 + "|" + "-" * 9 + "|" + "-" * 9 + "|" + "-" * 10 + "|")
for k in keys:
    for e in engines:
        o, n = ratio("old", e, k), ratio("new", e, k)
        print(f"| {k:<16} | {e:<10} | {o:>6.2f}x | {n:>6.2f}x | {n / o:>7.3f}{'*' if n / o > 1.05 else ' '} |")
print("\nraw in ms (median), old / new:")
for k in keys:
    print(f"  {k:<16} {statistics.median(by[('old', r, 'raw')][k] for r in rounds):8.1f} / "
          f"{statistics.median(by[('new', r, 'raw')][k] for r in rounds):8.1f}")
PY
