#!/usr/bin/env bash
# A migration is history: it spells out the tables and columns it creates, frozen, and never reads today's model
# definitions (Livre::attributes(), a model's options(), a ModelDefinition, a model's header), whose next change
# would silently change what an old migration creates. Fails, naming the lines, when a migration does.
#
#   migrations_frozen.sh DIR    DIR: the migrations' sources (app/core/migrations)
set -euo pipefail

dir=${1:?usage: migrations_frozen.sh DIR}
pattern='::attributes\(|::options\(|ModelDefinition|::define\(|\.define\(|#include <catalogue/(livre|stock)\.h>'
pattern+='|\b(Livre|Auteur|Contribution|MouvementStock)::'
if found=$(grep -nE "$pattern" "$dir"/*.cpp "$dir"/*.h); then
    echo "migrations read the live models (freeze what they create instead):" >&2
    echo "$found" >&2
    exit 1
fi
echo "migrations_frozen: no migration reads a model definition"
