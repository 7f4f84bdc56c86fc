#!/usr/bin/env bash
# Installs the Debian packages needed to build, run and test catalogue.
# Idempotent: packages already installed are left alone, and `apt-get update` only runs when something is missing,
# so a second run takes well under a second. Uses sudo when not root.
# May be executed (`bash scripts/deps.sh`) or sourced; sourcing does not change the caller's shell options.

CATALOGUE_DEPS=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev
    qt6-charts-dev libqt6opengl6-dev # the Statistics window's charts; their CMake package needs Qt6OpenGL's
    libgl-dev libsqlite3-dev libpq-dev sqlite3 python3
    postgresql-15 postgresql-client-15
    clang-format
    desktop-file-utils shared-mime-info
    libxml2-utils
)

catalogue_install_deps()
(
    # A subshell body: strict mode and locals stay in here even when this file is sourced.
    set -euo pipefail

    local missing=() pkg
    for pkg in "${CATALOGUE_DEPS[@]}"; do
        # `dpkg -s` also succeeds for removed packages whose config files remain, so look at the status itself.
        if ! dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed$'; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi

    echo "deps: installing ${missing[*]}" >&2
    local sudo=()
    if ((EUID != 0)); then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "deps: not root and sudo is not available; install as root: apt-get install ${missing[*]}" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    # Wait for a concurrent apt/dpkg run rather than failing on its lock.
    local apt_opts=(-o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install -y -q --no-install-recommends \
        "${missing[@]}"
)

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    catalogue_install_deps
fi
