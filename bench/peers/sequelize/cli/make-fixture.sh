#!/usr/bin/env bash
# Makes tests/fixtures/sequelize-cli.db with sequelize-cli itself: the Node application's migrations in
# migrations/ (its Livres table under the catalogue's first migration's name, and a table of its own), as
# `sequelize-cli db:migrate` records them in SequelizeMeta. Needs the peer installed (../install.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
rm -f fixture.db
NODE_ENV=fixture ../node_modules/.bin/sequelize-cli db:migrate --env fixture
mkdir -p ../../../../tests/fixtures
mv fixture.db ../../../../tests/fixtures/sequelize-cli.db
