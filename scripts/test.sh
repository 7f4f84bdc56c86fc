#!/usr/bin/env bash
# Builds the dev preset and runs the whole test suite against SQLite and a private, throwaway PostgreSQL 15 server.
#   scripts/test.sh              all tests
#   scripts/test.sh -R orm       arguments go to ctest
# The server listens on 127.0.0.1 only (port 54329 or $CATALOGUE_PG_PORT, the next free one if taken), and is
# stopped and deleted on exit, failure or interruption. With CI=true a server that cannot start fails the run;
# otherwise the PostgreSQL tests are skipped (loudly, by the tests themselves).
# With CI=true (or CATALOGUE_ASAN=1) the suite also runs under the sanitizers (asan preset), and (or with
# CATALOGUE_NOCAPI=1) the ORM's and the catalogue's tests built without SQLite's C API (nocapi preset).
# Exits with ctest's status.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

is_ci()
{
    case "${CI:-}" in
    [Tt][Rr][Uu][Ee] | 1 | [Yy][Ee][Ss]) return 0 ;;
    *) return 1 ;;
    esac
}

bash scripts/deps.sh
cmake --preset dev
cmake --build --preset dev -j2

# Never point the tests at a server this script did not start, nor let the trap delete someone else's data dir.
unset CATALOGUE_TEST_PG_URL CATALOGUE_TEST_PG_PASSWORD_URL CATALOGUE_PG_DATA CATALOGUE_PG_RUNAS CATALOGUE_PG_BIN

# The trap is set before the server starts; pg-test-server.sh cleans up after itself if interrupted while starting.
# shellcheck disable=SC2317 # called from the EXIT trap
stop_pg()
{
    if [[ -n "${CATALOGUE_PG_DATA:-}" ]]; then
        bash scripts/pg-test-server.sh stop "$CATALOGUE_PG_DATA" || true
    fi
}
trap stop_pg EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

pg_summary=""
if pg_env=$(bash scripts/pg-test-server.sh start); then
    eval "$pg_env"
    pg_summary="PostgreSQL tests: ran against 127.0.0.1:$CATALOGUE_PG_PORT"
elif is_ci; then
    echo "test.sh: ERROR: the private PostgreSQL server could not start, and CI=$CI requires the PostgreSQL tests." >&2
    exit 1
else
    cat >&2 <<'WARN'

**********************************************************************
* WARNING: the private PostgreSQL server could not start.            *
* The PostgreSQL tests will be SKIPPED; only SQLite is tested.       *
* (With CI=true this is an error.) See the messages above.           *
**********************************************************************

WARN
    pg_summary="PostgreSQL tests: SKIPPED (the server could not start)"
fi

status=0
ctest --preset dev -j2 "$@" || status=$?

# In CI (or with CATALOGUE_ASAN=1) the whole suite runs again built with AddressSanitizer and
# UndefinedBehaviorSanitizer: any report fails the run (UBSan halts on error; LeakSanitizer's suppressions, each
# explained, are in tests/lsan.supp).
if is_ci || [[ "${CATALOGUE_ASAN:-}" == 1 ]]; then
    echo "== The test suite under AddressSanitizer and UndefinedBehaviorSanitizer (asan preset)"
    if cmake --preset asan && cmake --build --preset asan -j2; then
        ctest --preset asan -j2 "$@" || status=$?
    else
        status=1
    fi
fi

# In CI (or with CATALOGUE_NOCAPI=1) the ORM's and the catalogue's tests run again built without SQLite's C API
# (nocapi preset: every SQLite statement through QSqlQuery, as with a Qt whose SQLite plugin bundles a SQLite of its
# own). Only those two folders, which run the SQL: the whole suite a third time would take CI past an hour; locally,
# `cmake --preset nocapi && cmake --build --preset nocapi && ctest --preset nocapi` runs it all.
if is_ci || [[ "${CATALOGUE_NOCAPI:-}" == 1 ]]; then
    echo "== The ORM's and the catalogue's tests without SQLite's C API (nocapi preset)"
    if cmake --preset nocapi && cmake --build --preset nocapi -j2 --target tests-orm tests-catalogue; then
        ctest --preset nocapi -j2 -L 'orm|catalogue' "$@" || status=$?
    else
        status=1
    fi
fi

echo "$pg_summary"
exit "$status"
