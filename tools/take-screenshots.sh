#!/usr/bin/env bash
# Screenshots of the real windows in English and Chinese, taken on a virtual X display
# (Xvfb), written to docs/screenshots/ (or the folder given). Look at them after a UI change.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}

# A virtual X display on top of what the build needs.
tools/install-deps.sh xvfb xauth

cmake --preset default
cmake --build --preset default --target orderdesk-screenshots
# A private keychain session, so that the tour never reads or writes the user's own.
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" \
    tools/with-secret-service.sh build/default/tools/screenshots/orderdesk-screenshots "$out"
