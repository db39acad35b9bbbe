#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring as the
# Secret Service, so that QtKeychain stores and reads secrets exactly as on a desktop.
# A fresh HOME and XDG_RUNTIME_DIR keep the test keyring away from the user's own.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/orderdesk-secrets.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"

export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"

dbus-run-session -- bash -c '
    set -euo pipefail
    # --unlock reads the keyring password from stdin and creates the login keyring.
    printf "%s" "orderdesk-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"
' orderdesk-secret-service "$@"
