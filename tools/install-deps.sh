#!/usr/bin/env bash
# Installs, from Debian's or Ubuntu's own archive, whatever OrderDesk needs to build and
# test that the machine does not have yet. Does nothing (and needs no network) when
# everything is present. Debian 12 / Ubuntu 24.04 or newer. Packages given as arguments are
# needed as well (for tools outside the build and test, such as the screenshot script).
set -euo pipefail

packages=(
    # tool chain
    g++ cmake ninja-build pkgconf
    # Qt 6 and QtKeychain
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev
    # the team ledger: Qt's PostgreSQL driver, and a throw-away PostgreSQL server for its tests
    # (pg_virtualenv, from postgresql-common)
    libqt6sql6-psql postgresql postgresql-common
    # Qt's own catalogues, so standard buttons and dialogs speak Chinese too
    qt6-translations-l10n
    # the spreadsheet export, and an independent reader that checks it in the tests
    libxlsxwriter-dev python3-openpyxl
    # a real Secret Service for the keychain tests
    dbus dbus-bin gnome-keyring
    # CJK glyphs for the GUI
    fonts-wqy-microhei
    # the fuzzers (tools/run-fuzz.sh): Clang's libFuzzer and sanitizer runtimes, and the
    # symbolizer for readable stacks; gcc's own sanitizer runtimes come with g++
    clang libclang-rt-dev llvm
    # packaging (tools/check-package.sh): CPack's shlibdeps, icon rendering and the package checks
    dpkg-dev file librsvg2-bin desktop-file-utils appstream lintian
    "$@"
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: all build and test dependencies are installed"
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "install-deps: these packages are missing and sudo is not available: ${missing[*]}" >&2
        exit 1
    fi
    sudo=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
