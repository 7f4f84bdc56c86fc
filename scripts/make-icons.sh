#!/usr/bin/env bash
# Draws the application icon's PNG sizes from resources/icons/catalogue.svg (run after changing the SVG, and commit
# the PNGs: the build and the package use them as they are). Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons"
for size in 16 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" catalogue.svg --output "hicolor/${size}x${size}/catalogue.png"
done
echo "make-icons: hicolor/{16..256}/catalogue.png drawn from catalogue.svg"
