#!/usr/bin/env bash
# Writes the README's screenshots (docs/screenshots/*.png) from a catalogue of goodbooks-10k's books, in English
# and in French, on Qt's offscreen platform (no display needed).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/deps.sh"
(cd "$root" && cmake --preset dev && cmake --build --preset dev -j2 --target catalogue-screenshots) >&2
mkdir -p "$root/docs/screenshots"
QT_QPA_PLATFORM=offscreen "$root/build/dev/tests/ui/catalogue-screenshots" "$root/resources/data/goodbooks-10k" \
    "$root/docs/screenshots"
