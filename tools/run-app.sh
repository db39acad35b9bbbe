#!/usr/bin/env bash
# The run command: installs what is missing, builds OrderDesk and starts it.
# The desktop window is not in this version yet; until it is, this starts the
# command-line front end and shows what it can do.
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh
cmake --preset release
cmake --build --preset release

cli=build/release/src/cli/orderdesk-cli
if [ "$#" -gt 0 ]; then
    exec "$cli" "$@"
fi
"$cli" --help
echo
"$cli" providers
