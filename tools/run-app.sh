#!/usr/bin/env bash
# The run command: installs what is missing, builds OrderDesk and starts it. Without saved
# profiles the window opens on the built-in sandbox, so a first order needs no credentials.
# Without a display (a server, a container), it walks through one sandbox order with the
# command-line front end instead. With arguments, it runs orderdesk-cli with them.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh
cmake --preset release
cmake --build --preset release

cli=build/release/src/cli/orderdesk-cli
sim=build/release/src/sim/orderdesk-sim
if [ "$#" -gt 0 ]; then
    exec "$cli" "$@"
fi
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = Darwin ]; then
    exec build/release/src/app/orderdesk
fi
echo "No display found: showing the command-line front end on the sandbox instead." >&2

# A sandbox of its own: the demo never touches the user's real ledger or settings.
demo=$(mktemp -d)
fifo="$demo/sim.out"
mkfifo "$fifo"
"$sim" --port 0 >"$fifo" &
sim_pid=$!
trap 'kill "$sim_pid" 2>/dev/null || true; rm -rf "$demo"' EXIT
exec 3<"$fifo"
read -r _ port <&3
cat <&3 >/dev/null &
endpoint="http://127.0.0.1:$port"
export ORDERDESK_DATA_DIR="$demo"

"$cli" --help
echo
echo "== orderdesk-sim, the built-in sandbox, listens on $endpoint"
echo "== orderdesk-cli order volcengine --endpoint $endpoint ... --yes"
"$cli" order volcengine --endpoint "$endpoint" --yes \
    --param DirectConnectConnectionId=dcc-sandbox0001 --param Period=1 --param PeriodUnit=Month
echo
echo "== orderdesk-cli history"
"$cli" history
