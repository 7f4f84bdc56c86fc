#!/usr/bin/env bash
# `catalogue stats` as a process: its figures as JSON and as tables on a small catalogue (three books, a few
# sales and a return around the turn of 2025, tests/fixtures/stats-movements.sql), and its usage errors.
#   bash tests/cli/stats_cli.sh /path/to/catalogue /path/to/stats-movements.sql
set -uo pipefail
catalogue=${1:?usage: stats_cli.sh CATALOGUE FIXTURE}
fixture=${2:?usage: stats_cli.sh CATALOGUE FIXTURE}
work=$(mktemp -d "${TMPDIR:-/tmp}/catalogue-stats-cli.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
export HOME="$work" LC_ALL=C.UTF-8 LANG=C.UTF-8
unset LANGUAGE
passed=0
failed=0

# expect NAME CODE ARGS...: runs the catalogue, checks its exit code; output in $work/out and $work/err.
expect()
{
    local name=$1 expected=$2
    shift 2
    "$catalogue" "$@" >"$work/out" 2>"$work/err" </dev/null
    local rc=$?
    if ((rc == expected)); then
        passed=$((passed + 1))
        echo "ok   $name"
    else
        failed=$((failed + 1))
        echo "FAIL $name: exit $rc, expected $expected"
        sed 's/^/     | /' "$work/out" "$work/err"
    fi
}
# check NAME COMMAND...: a check of the last output.
check()
{
    local name=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
        echo "ok   $name"
    else
        failed=$((failed + 1))
        echo "FAIL $name"
        sed 's/^/     | /' "$work/out" "$work/err"
    fi
}

db="$work/stats.db"
expect "init" 0 init --db "$db"
sqlite3 "$db" <"$fixture" || { echo "FAIL fixture"; exit 1; }

# JSON: weeks from Saturday 28 December 2024 to 20 January 2025. Dune sold 10 on Monday 30 December (the week of
# 1 January), 9 on 15 January, one came back on the 16th; Germinal sold 2 on 3 February (outside).
expect "json" 0 stats --db "$db" --json --period week --from 2024-12-28 --to 2025-01-20
check "json figures" python3 - "$work/out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
s = d["salesOverTime"]
assert s["period"] == "week", s
assert [p["start"] for p in s["current"]] == ["2024-12-23", "2024-12-30", "2025-01-06", "2025-01-13", "2025-01-20"], s
assert [p["copies"] for p in s["current"]] == [0, 10, 0, 8, 0], s
assert abs(s["current"][3]["revenue"] - 84.0) < 1e-9, s
assert [p["start"] for p in s["yearBefore"]][0] == "2023-12-25", s
assert all(p["copies"] == 0 for p in s["yearBefore"]), s
b = d["bestSellers"]
assert [(x["name"], x["copies"], x["id"]) for x in b["books"]] == [("Dune", 18, 1)], b
assert [(x["name"], x["copies"]) for x in b["authors"]] == [("Herbert", 18)], b
assert [(x["name"], x["copies"]) for x in b["publishers"]] == [("Pocket", 18)], b
g = {x["genre"]: x for x in d["genres"]}
assert g["SF"]["copiesSold"] == 18 and g["SF"]["copiesInStock"] == 2 and abs(g["SF"]["stockValue"] - 21) < 1e-9, g
assert g[""]["copiesInStock"] == 7 and g["Roman"]["copiesSold"] == 0, g
assert [x["title"] for x in d["lowStock"]["books"]] == ["Dune"], d["lowStock"]
assert d["deadStock"]["months"] == 12
assert sum(x["books"] for x in d["prices"]) == 3 and sum(x["books"] for x in d["years"]) == 3, d
PY

expect "tables" 0 stats --db "$db" --from 2025-01-01 --to 2025-03-31 --genre SF
check "tables: a period line, aligned" grep -qE '^  2025-01-01 +8 +84\.00 +2024-01-01 +0 +0\.00$' "$work/out"
check "tables: best-selling book" grep -qE '^  1  Dune +8 +84\.00$' "$work/out"
check "tables: the genre filter keeps SF only" bash -c "! grep -q Germinal '$work/out'"
expect "publisher filter" 0 stats --db "$db" --json --publisher Folio
check "publisher filter: Germinal's 2 copies" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert [(x["name"], x["copies"]) for x in d["bestSellers"]["books"]] == [("Germinal", 2)], d["bestSellers"]
' "$work/out"

expect "bad date" 2 stats --db "$db" --from 2025-13-01
check "bad date: says which" grep -q "from: '2025-13-01' is not a date" "$work/err"
expect "backwards range" 2 stats --db "$db" --from 2025-02-01 --to 2025-01-01
check "backwards range: says so" grep -q "is before --from" "$work/err"
expect "bad period" 2 stats --db "$db" --period year
check "bad period: lists the periods" grep -q "day, week, month" "$work/err"
expect "bad top" 2 stats --db "$db" --top -3
expect "no db" 2 stats
check "no db: asks for it" grep -q "\-\-db URL" "$work/err"
expect "unknown option" 2 stats --db "$db" --colour
expect "missing file" 1 stats --db "$work/none.db"
check "missing file: nothing created" test ! -e "$work/none.db"
expect "help" 0 stats --help
check "help: lists --period" grep -q -- "--period" "$work/out"

echo "$passed passed, $failed failed"
((failed == 0))
