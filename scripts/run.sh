#!/usr/bin/env bash
# Builds the release preset and runs the catalogue executable with the given arguments.
#   scripts/run.sh            opens the default SQLite catalogue in the user's data dir and prints a summary
#   scripts/run.sh --help     ...any arguments go to `catalogue`, relative paths resolved from the caller's cwd
# Idempotent: a second run only rebuilds what changed. Build output goes to stderr, so stdout is the program's.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

bash "$root/scripts/deps.sh"
(
    cd "$root"
    cmake --preset release
    cmake --build --preset release -j2 --target catalogue
) >&2

exec "$root/build/release/app/catalogue" "$@"
