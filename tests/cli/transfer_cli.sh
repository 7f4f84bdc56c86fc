#!/usr/bin/env bash
# catalogue import / export, run as a process: exit codes (0 done, 1 refused, 2 usage), the report file, and the
# ONIX export checked by xmllint against EDItEUR's XSD (../shared/data/onix-3.0; a clear failure when absent).
#   bash tests/cli/transfer_cli.sh /path/to/catalogue FIXTURES_DIR XSD_DIR
set -uo pipefail
catalogue=${1:?usage: transfer_cli.sh CATALOGUE FIXTURES XSD_DIR}
fixtures=${2:?}
xsd_dir=${3:?}
work=$(mktemp -d "${TMPDIR:-/tmp}/catalogue-transfer.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_DATA_HOME="$work/xdg" LC_ALL=C.UTF-8 LANG=C.UTF-8
unset LANGUAGE
passed=0
failed=0
check() # check NAME EXPECTED_RC ARGS...
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
expect_output() # expect_output NAME PATTERN
{
    if grep -q -- "$2" "$work/out"; then
        passed=$((passed + 1))
        echo "ok   $1"
    else
        failed=$((failed + 1))
        echo "FAIL $1: no '$2' in the output"
        sed 's/^/     | /' "$work/out"
    fi
}

db="$work/c.db"
check "init" 0 init --db "$db"
check "import without a file is a usage error" 2 import --db "$db"
check "import without --db is a usage error" 2 import "$fixtures/own.csv"
check "an unknown format is a usage error" 2 import "$fixtures/own.csv" --format xls --db "$db"
check "an unknown duplicate action is a usage error" 2 import "$fixtures/own.csv" --on-duplicate merge --db "$db"
check "refused rows: exit 1" 1 import "$fixtures/invalid-rows.csv" --db "$db" --report "$work/report.csv"
expect_output "the refused row is listed with its line and column" "refused: line 3, Prix"
if [[ -f "$work/report.csv" ]] && (($(wc -l <"$work/report.csv") == 5)); then
    passed=$((passed + 1)); echo "ok   --report writes every refused row"
else
    failed=$((failed + 1)); echo "FAIL --report writes every refused row"
fi
check "dry run" 0 import "$fixtures/own.csv" --dry-run --db "$db"
expect_output "dry run says nothing was written" "Dry run: nothing was written."
check "import" 0 import "$fixtures/books.json" --db "$db"
check "import ONIX" 0 import "$fixtures/books.onix.xml" --db "$db"
check "import again: duplicates skipped" 0 import "$fixtures/books.json" --db "$db"
expect_output "duplicates are counted" "duplicates skipped: 2"
check "a DOCTYPE is refused" 1 import "$fixtures/hostile/billion-laughs.xml" --db "$db"
check "export CSV for Excel" 0 export "$work/books.csv" --excel --db "$db"
if head -c 3 "$work/books.csv" | od -An -tx1 | grep -q "ef bb bf"; then
    passed=$((passed + 1)); echo "ok   --excel writes a BOM"
else
    failed=$((failed + 1)); echo "FAIL --excel writes a BOM"
fi
check "--raw and --excel together is a usage error" 2 export "$work/x.csv" --raw --excel --db "$db"
check "export ONIX" 0 export "$work/books.xml" --db "$db"
expect_output "the export counts its books" "Exported 3 book"
if [[ ! -f "$xsd_dir/ONIX_BookProduct_3.0_reference.xsd" ]]; then
    failed=$((failed + 1)); echo "FAIL EDItEUR's XSD is not in $xsd_dir: the ONIX export cannot be validated"
elif xmllint --noout --schema "$xsd_dir/ONIX_BookProduct_3.0_reference.xsd" "$work/books.xml" 2>"$work/err"; then
    passed=$((passed + 1)); echo "ok   the ONIX export validates against the XSD"
else
    failed=$((failed + 1)); echo "FAIL the ONIX export validates against the XSD"; sed 's/^/     | /' "$work/err"
fi
echo "$passed passed, $failed failed"
((failed == 0))
