#!/usr/bin/env bash
# Installs the Sequelize peer (sequelize 6.37.8, sqlite3 6.0.1; csv-parse 6.1.0 for import.js) into node_modules
# here; idempotent.
# npm 11 does not run sqlite3's install script by itself, and its prebuilt binary cannot be downloaded here, so
# the native module is built from its bundled SQLite with node-gyp against the system Node.js headers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "install.sh: node and npm are needed for the Sequelize peer" >&2
    exit 1
fi
if [[ ! -d node_modules/sequelize || ! -d node_modules/sqlite3 || ! -d node_modules/csv-parse ]]; then
    npm install --no-audit --no-fund >&2
fi
if ! node -e "require('sqlite3')" 2>/dev/null; then
    nodedir=$(dirname "$(dirname "$(command -v node)")")
    (cd node_modules/sqlite3 && npx --yes node-gyp rebuild --nodedir="$nodedir") >&2
fi
node -e "require('sqlite3'); require('sequelize'); require('csv-parse')"
