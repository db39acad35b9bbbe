#!/usr/bin/env bash
# The benchmarks (bench/README.md): builds build/bench in Release with the benchmarks and runs
# them, printing their figures. Benchmarks measure; they never pass or fail a build.
#
#   tools/run-bench.sh                 build, then every benchmark
#   tools/run-bench.sh ledger signing  build, then only these (startup ledger signing
#                                      responsiveness batch)
#   tools/run-bench.sh --no-build ...  use the binaries already in build/bench
#   tools/run-bench.sh team            the team ledger under load, on a PostgreSQL of its own
#                                      (pg_virtualenv); never part of "every benchmark"
#   tools/run-bench.sh server          the history model on the ledger's PostgreSQL store, on a
#                                      PostgreSQL of its own; never part of "every benchmark"
#
# ORDERDESK_BENCH_RUNS (default 15) sets the start-up runs per subject; ORDERDESK_BENCH_DIR keeps
# the data folders (100,000 and 1,000,000 orders) for another run instead of a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
selected=()
for arg in "$@"; do
    case "$arg" in
        --no-build) build=0 ;;
        startup | ledger | signing | responsiveness | batch | team | server) selected+=("$arg") ;;
        -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown benchmark: $arg" >&2; exit 2 ;;
    esac
done
[ ${#selected[@]} -gt 0 ] || selected=(startup ledger signing responsiveness batch)

if [ "$build" = 1 ]; then
    cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DORDERDESK_BUILD_BENCH=ON >/dev/null
    cmake --build build/bench --target orderdesk-bench -j2
fi
bin=build/bench/bench
app=build/bench/src/app/orderdesk
runs="${ORDERDESK_BENCH_RUNS:-15}"
if [ -n "${ORDERDESK_BENCH_DIR:-}" ]; then
    work="$ORDERDESK_BENCH_DIR"
    mkdir -p "$work"
else
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
fi

echo "== OrderDesk benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(uname -m)"
whole_start=$SECONDS

# A ledger of N orders, made once per work folder.
filled() {
    local orders=$1 dir="$work/ledger-$1"
    if [ ! -f "$dir/ledger.sqlite" ]; then
        echo "-- filling $orders orders" >&2
        "$bin/orderdesk-bench-fill" --orders "$orders" --data-dir "$dir" >&2
    fi
    echo "$dir"
}

bench_startup() {
    echo "== start-up: process start to exit after the main window's first paint"
    local full empty="$work/empty"
    full="$(filled 100000)"
    rm -rf "$empty" && mkdir -p "$empty"
    local args=(--runs "$runs" --floor "$bin/orderdesk-bench-floor" --app "$app" --empty-dir "$empty"
        --full-dir "$full")
    QT_QPA_PLATFORM=offscreen "$bin/orderdesk-bench-startup" "${args[@]}"
    if command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb "$bin/orderdesk-bench-startup" "${args[@]}"
    else
        echo "startup: xvfb-run not installed, X11 run skipped"
    fi
}

bench_ledger() {
    echo "== ledger: insert rate, history model at 100,000 and 1,000,000 orders"
    "$bin/orderdesk-bench-ledger" insert --orders 100000 --max-seconds 30 --data-dir "$work/insert"
    local small large fill_start=$SECONDS
    small="$(filled 100000)"
    large="$(filled 1000000)"
    echo "ledger: filling took $((SECONDS - fill_start)) s (skipped for folders kept from an earlier run)"
    "$bin/orderdesk-bench-ledger" model --data-dir "$small"
    "$bin/orderdesk-bench-ledger" model --data-dir "$large"
}

bench_signing() {
    echo "== signing: one thread, the seed page's order, a new time and nonce per signature"
    "$bin/orderdesk-bench-signing" --seconds 2
}

bench_responsiveness() {
    echo "== responsiveness: the GUI's longest event-loop stall with 100 orders in flight"
    QT_QPA_PLATFORM=offscreen "$bin/orderdesk-bench-responsiveness" --orders 100 --slow-ms 2000 \
        --sim build/bench/src/sim/orderdesk-sim
}

bench_batch() {
    echo "== batch: orderdesk-cli processes against orderdesk-sim"
    "$bin/orderdesk-bench-batch" --cli build/bench/src/cli/orderdesk-cli --sim build/bench/src/sim/orderdesk-sim \
        --orders 200 --parallel 4
}

# It starts a PostgreSQL cluster for itself (pg_virtualenv -t) and removes it afterwards.
bench_team() {
    echo "== team: 20 orderdesk-cli processes through one PostgreSQL team ledger against orderdesk-sim"
    "$bin/orderdesk-bench-team" --cli build/bench/src/cli/orderdesk-cli --sim build/bench/src/sim/orderdesk-sim \
        --orders 200 --approvals 100 --parallel 20
}

# The same history model as bench_ledger's, on the PostgreSQL store (pg_virtualenv -t).
bench_server() {
    echo "== server: the history model on the ledger's PostgreSQL store, 100,000 orders"
    "$bin/orderdesk-bench-ledger" model-server --orders 100000
}

for name in "${selected[@]}"; do
    start=$SECONDS
    "bench_$name" || echo "$name: the benchmark ended with status $? (see above)"
    echo "-- $name took $((SECONDS - start)) s"
done
echo "== all done in $((SECONDS - whole_start)) s"
