#!/usr/bin/env bash
# The program installed like a desktop application: `cmake --install` of the build into a temporary prefix puts the
# program, the .desktop file, the MIME type of .catalogue files and the icons where a desktop looks for them, and
# each is valid (desktop-file-validate; the MIME XML read by update-mime-database; each PNG of its size).
#
#   install_tree.sh BUILD_DIR
set -euo pipefail

build=${1:?usage: install_tree.sh BUILD_DIR}
for tool in desktop-file-validate update-mime-database python3; do
    if ! command -v "$tool" >/dev/null; then
        echo "install_tree: $tool is missing (scripts/deps.sh installs it)" >&2
        exit 1
    fi
done
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

passed=0
failed=0
check()
{
    local what=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
    else
        echo "FAIL: $what" >&2
        failed=$((failed + 1))
    fi
}

share=$prefix/share
check "bin/catalogue is an executable" test -x "$prefix/bin/catalogue"
check "the installed program answers --version" \
    bash -c '[[ $("$1" --version) == "catalogue "* ]]' _ "$prefix/bin/catalogue"
check "the installed program answers --help" \
    bash -c '"$1" --help | grep -q "^Usage: "' _ "$prefix/bin/catalogue"

desktop=$share/applications/catalogue.desktop
check "the .desktop file is installed" test -f "$desktop"
check "the .desktop file is valid" desktop-file-validate "$desktop"
check "the .desktop file starts the program with the file opened" grep -qx 'Exec=catalogue %f' "$desktop"
check "the .desktop file names the icon" grep -qx 'Icon=catalogue' "$desktop"
check "the .desktop file opens .catalogue files" grep -qx 'MimeType=application/x-catalogue;' "$desktop"

check "the MIME type is installed" test -f "$share/mime/packages/catalogue.xml"
check "the MIME XML is read by update-mime-database" bash -c 'update-mime-database "$1" 2>/dev/null' _ "$share/mime"
check "*.catalogue is application/x-catalogue" grep -q ':application/x-catalogue:\*\.catalogue' "$share/mime/globs2"

check "the scalable icon is installed" test -s "$share/icons/hicolor/scalable/apps/catalogue.svg"
for size in 16 24 32 48 64 128 256; do
    for icon in apps/catalogue.png mimetypes/application-x-catalogue.png; do
        png=$share/icons/hicolor/${size}x${size}/$icon
        check "$png is a ${size}x${size} PNG" python3 - "$png" "$size" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read(24)
size = int(sys.argv[2])
sys.exit(0 if data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == (size, size) else 1)
PY
    done
done

echo "install_tree: $passed passed, $failed failed"
((failed == 0))
