#!/usr/bin/env bash
# Screenshots of the real windows in English and Chinese, on a virtual X display (Xvfb) of
# each size a finance desk has (1366x768, and 1024x600 for a small laptop), written to
# docs/screenshots/<size>/ (or under the folder given). Look at them after a UI change.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
preset=${ORDERDESK_PRESET:-default}

# A virtual X display on top of what the build needs.
tools/install-deps.sh xvfb xauth

# The team ledger's screens run against a throw-away PostgreSQL, as its tests do.
team=()
if command -v pg_virtualenv >/dev/null; then
    team=(pg_virtualenv -t)
fi

cmake --preset "$preset"
cmake --build --preset "$preset" --target orderdesk-screenshots
for size in 1366x768 1024x600; do
    # A private keychain session, so that the tour never reads or writes the user's own.
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 ${size}x24" \
        tools/with-secret-service.sh "${team[@]}" "build/$preset/tools/screenshots/orderdesk-screenshots" "$out" "$size"
done
