#!/usr/bin/env bash
# The run command: installs what is missing, builds OrderDesk and starts it.
# The desktop window is not in this version yet; until it is, this starts the built-in
# sandbox (orderdesk-sim on 127.0.0.1) and walks through one order with the command-line
# front end against it. With arguments, it runs orderdesk-cli with them instead.
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
