#!/usr/bin/env bash
# OrderDesk for Windows, made on Debian: cross-compiled with MinGW-w64, packed by NSIS, and
# tested under Wine.
#
#   tools/build-windows.sh [step...]      steps: deps depends build package wine; default all
#                                         (ctest runs the suites under Wine alone)
#
#   deps      installs the MinGW-w64 tool chain (posix threads), Wine, NSIS and Xvfb from
#             Debian's archive (and a deb-src line so that apt-get source works)
#   depends   builds Qt 6.4 (Base, SVG, WebSockets, HTTP Server, the PostgreSQL driver),
#             QtKeychain, zlib, libxlsxwriter and libpq for x86_64 Windows from
#             Debian's source packages, once, into
#             ${ORDERDESK_WINDOWS_CACHE:-~/.cache/orderdesk-windows} (tools/windows/depends/)
#   build     cross-builds OrderDesk and its tests with the `windows` preset (build/windows)
#   package   makes the NSIS installer with CPack and checks that every DLL the programs
#             import is in it
#   wine      in a fresh Wine prefix: installs silently, runs the installed programs (version,
#             a sandbox order against the simulator, the GUI until it has painted), the CTest
#             suite, screenshots in English and Chinese, and the uninstaller; then a summary
#
# Long builds run at the lowest priority (nice 19) with ORDERDESK_WINDOWS_JOBS (2) jobs.
# The first run takes about an hour on two cores (40 minutes of it Qt and the other libraries);
# later runs reuse the cache and take about 20 minutes, most of it the suites under Wine.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cache=${ORDERDESK_WINDOWS_CACHE:-$HOME/.cache/orderdesk-windows}
mingw_host=x86_64-w64-mingw32
prefix=$cache/$mingw_host
jobs=${ORDERDESK_WINDOWS_JOBS:-2}
toolchain_source=$root/tools/windows/mingw-w64-x86_64.cmake
launcher=$(command -v ccache || true)
export ORDERDESK_WINDOWS_CACHE=$cache

# shellcheck source=windows/depends.sh
source "$root/tools/windows/depends.sh"
# shellcheck source=windows/wine-loader.sh
source "$root/tools/windows/wine-loader.sh"
wine=$(wine_loader)

step_deps() {
    local sources=/etc/apt/sources.list.d/debian.sources sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    # apt-get source needs a deb-src entry beside the deb one.
    if [ -f "$sources" ] && ! grep -q '^Types:.*deb-src' "$sources"; then
        "${sudo[@]}" sed -i 's/^Types: deb$/Types: deb deb-src/' "$sources"
        "${sudo[@]}" apt-get update -q
    fi
    "$root/tools/install-deps.sh" g++-mingw-w64-x86-64-posix mingw-w64-x86-64-dev \
        binutils-mingw-w64-x86-64 wine wine64 nsis dpkg-dev tcl xvfb xauth ccache \
        x11-apps netpbm qt6-translations-l10n
}

step_depends() {
    mkdir -p "$prefix/share/cmake"
    cp "$toolchain_source" "$prefix/share/cmake/mingw-w64-x86_64.cmake"
    local package
    for package in zlib libxlsxwriter sqlite qtbase qtsvg qtwebsockets qthttpserver qtkeychain \
        qsqlpsql; do
        depends_build "$package"
    done
    # Qt's own Chinese catalogue (standard buttons, command-line errors) where this Qt looks for
    # it: the .qm of the same Qt version from Debian's qt6-translations-l10n, the file the
    # installer ships too, so that the suites under Wine find what the installed program finds.
    mkdir -p "$prefix/translations"
    cp /usr/share/qt6/translations/qtbase_zh_CN.qm "$prefix/translations/"
}

build_dir=$root/build/windows

step_build() {
    cd "$root"
    nice -n 19 cmake --preset windows -DCMAKE_CXX_COMPILER_LAUNCHER="$launcher" >/dev/null
    nice -n 19 cmake --build --preset windows -j "$jobs"
}

step_package() {
    cd "$build_dir"
    rm -rf _CPack_Packages OrderDesk-*-win64.exe
    nice -n 19 cpack -G NSIS
    installer=$(ls "$build_dir"/OrderDesk-*-win64.exe)
    "$root/tools/windows/check-imports.sh" "$(ls -d "$build_dir"/_CPack_Packages/win64/NSIS/OrderDesk-*-win64)"
    echo "package: $installer ($(du -k "$installer" | cut -f1) KiB)"
}

# Results for the summary, one "name: result" line each.
results=()
record() {
    results+=("$1")
    echo "wine: $1"
}

# A virtual X display for the windows that Wine opens; its process ends with the script.
start_display() {
    local fifo
    fifo=$(mktemp -u)
    mkfifo "$fifo"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
    xvfb_pid=$!
    local number
    read -r number <"$fifo"
    rm -f "$fifo"
    export DISPLAY=:$number
}

stop_display() {
    [ -z "${xvfb_pid:-}" ] || kill "$xvfb_pid" 2>/dev/null || true
}

# Runs a Windows program of the installed tree in the fresh prefix, its output in a file.
wine_installed() {
    WINEPREFIX=$wine_prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d" timeout 300 "$wine" "$@"
}

# Only the test suites under Wine (the last part of the wine step).
step_ctest() {
    local logs=$build_dir/wine-logs
    mkdir -p "$logs"
    trap stop_display EXIT
    start_display
    ctest_under_wine "$logs"
    stop_display
    summary
}

step_wine() {
    installer=$(ls "$build_dir"/OrderDesk-*-win64.exe)
    wine_prefix=$cache/wineprefix-install
    local logs=$build_dir/wine-logs
    rm -rf "$wine_prefix" "$logs"
    mkdir -p "$logs"
    trap stop_display EXIT
    start_display
    WINEPREFIX=$wine_prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d" "$wine" wineboot --init >/dev/null 2>&1
    WINEPREFIX=$wine_prefix wineserver --wait

    local user_dir=$wine_prefix/drive_c/users/$(id -un)
    local install_dir=$user_dir/AppData/Local/Programs/OrderDesk
    local data_dir=$user_dir/AppData/Roaming/OrderDesk/OrderDesk

    # The installer, silently, as a user would run it: per user, no administrator.
    if wine_installed "$installer" /S && WINEPREFIX=$wine_prefix wineserver --wait &&
        [ -f "$install_dir/bin/orderdesk.exe" ]; then
        record "install: ok ($(du -sk "$install_dir" | cut -f1) KiB in %LOCALAPPDATA%\\Programs\\OrderDesk)"
    else
        record "install: FAILED"
        summary
        return 1
    fi
    "$root/tools/windows/check-imports.sh" "$install_dir" >"$logs/check-imports.txt" 2>&1 &&
        record "installed DLLs: every import satisfied" || record "installed DLLs: FAILED ($logs/check-imports.txt)"

    local bin=$install_dir/bin version
    version=$(wine_installed "$bin/orderdesk-cli.exe" --version 2>"$logs/cli-version.err" | tr -d '\r')
    if [[ "$version" == *"$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$root/CMakeLists.txt")"* ]]; then
        record "orderdesk-cli.exe --version: ok ($version)"
    else
        record "orderdesk-cli.exe --version: FAILED ($version)"
    fi

    sandbox_order "$bin" "$logs"

    if wine_installed "$bin/orderdesk.exe" --quit-after-paint >"$logs/gui.out" 2>&1; then
        record "orderdesk.exe --quit-after-paint: ok (painted and quit)"
    else
        record "orderdesk.exe --quit-after-paint: FAILED (exit $?)"
    fi

    screenshots "$bin" "$logs"

    # The uninstaller, silently; _?= keeps it in place so that wine waits for it.
    if wine_installed "$install_dir/Uninstall.exe" /S "_?=$(windows_install_dir)" &&
        WINEPREFIX=$wine_prefix wineserver --wait && [ ! -e "$bin" ]; then
        record "uninstall: ok (program files removed)"
    else
        record "uninstall: FAILED"
    fi
    if [ -f "$data_dir/ledger.sqlite" ]; then
        record "after uninstall: the ledger stays in %APPDATA%\\OrderDesk\\OrderDesk"
    else
        record "after uninstall: FAILED, no ledger in $data_dir"
    fi
    WINEPREFIX=$wine_prefix wineserver --kill || true

    # The suites from the build tree, in a prefix of their own, on the same X display.
    ctest_under_wine "$logs"
    stop_display
    summary
}

windows_install_dir() {
    echo "C:\\users\\$(id -un)\\AppData\\Local\\Programs\\OrderDesk"
}

# orderdesk-sim.exe on a free port, and one order placed with orderdesk-cli.exe against it,
# in the user's real data folder (%APPDATA%), so that the ledger's default place is tested too.
sandbox_order() {
    local bin=$1 logs=$2 port="" sim_pid
    wine_installed "$bin/orderdesk-sim.exe" --port 0 >"$logs/sim.out" 2>&1 &
    sim_pid=$!
    for _ in $(seq 60); do
        port=$(tr -d '\r' <"$logs/sim.out" | sed -n 's/^listening \([0-9]*\)$/\1/p')
        [ -z "$port" ] || break
        sleep 1
    done
    if [ -z "$port" ]; then
        record "sandbox order: FAILED (orderdesk-sim.exe did not start)"
        kill "$sim_pid" 2>/dev/null || true
        return
    fi
    if wine_installed "$bin/orderdesk-cli.exe" order volcengine --endpoint "http://127.0.0.1:$port" --yes --json \
        --param DirectConnectConnectionId=dcc-sandbox0001 --param Period=1 --param PeriodUnit=Month \
        >"$logs/order.json" 2>"$logs/order.err" && grep -q '"status": *"succeeded"' "$logs/order.json"; then
        record "sandbox order (orderdesk-cli.exe against orderdesk-sim.exe): ok, $(grep -o '"order_id": *"[^"]*"' "$logs/order.json")"
    else
        record "sandbox order: FAILED ($logs/order.json, $logs/order.err)"
    fi
    kill "$sim_pid" 2>/dev/null || true
    wait "$sim_pid" 2>/dev/null || true
}

# The installed window in each language, on a Windows desktop that Wine draws (the virtual
# desktop), grabbed from the X display.
screenshots() {
    local bin=$1 logs=$2 out=$root/docs/screenshots/windows language
    mkdir -p "$out"
    local app
    for language in en zh_CN; do
        ORDERDESK_LANGUAGE=$language wine_installed explorer /desktop=OrderDesk,1280x800 \
            "$(windows_install_dir)\\bin\\orderdesk.exe" >"$logs/screenshot-$language.out" 2>&1 &
        app=$!
        sleep 25
        if xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"$out/main_$language.png" 2>/dev/null; then
            record "screenshot: docs/screenshots/windows/main_$language.png"
        else
            record "screenshot $language: FAILED"
        fi
        WINEPREFIX=$wine_prefix wineserver --kill || true
        wait "$app" || true
    done
}

ctest_under_wine() {
    local logs=$1
    cd "$root" # test presets are read from the source folder
    # A Wine prefix of their own for the tests, fresh too; the keychain suites use its
    # Credential Manager. ORDERDESK_WINEPREFIX puts it elsewhere, so that two work trees sharing
    # the cache can run their suites at the same time.
    export ORDERDESK_WINEPREFIX=${ORDERDESK_WINEPREFIX:-$cache/wineprefix-tests}
    rm -rf "$ORDERDESK_WINEPREFIX"
    "$root/tools/windows/wine-run.sh" cmd /c exit 0 >/dev/null 2>&1 || true
    local status=0
    # A report left by an earlier run must not be counted for this one (a run stopped before
    # CTest wrote its own would otherwise be summarised with the old figures).
    rm -f "$logs/ctest.xml"
    nice -n 19 ctest --preset windows -j "$jobs" --output-junit "$logs/ctest.xml" \
        >"$logs/ctest.txt" 2>&1 || status=$?
    local passed failed skipped total
    [ -f "$logs/ctest.xml" ] || { record "ctest under Wine: FAILED to run ($logs/ctest.txt)"; return 0; }
    total=$(grep -c '<testcase ' "$logs/ctest.xml" || true)
    failed=$(grep -c 'status="fail"' "$logs/ctest.xml" || true)
    skipped=$(grep -c 'status="disabled"\|status="notrun"' "$logs/ctest.xml" || true)
    passed=$((total - failed - skipped))
    record "ctest under Wine: $passed passed, $failed failed, $skipped not run, of $total ($logs/ctest.txt)"
    grep -E 'Failed|Not Run|Timeout|Exception' "$logs/ctest.txt" | sed 's/^/    /' || true
    # Test functions Qt Test skipped, with their reasons.
    grep -h 'SKIP   :' "$build_dir"/Testing/Temporary/LastTest.log 2>/dev/null | tr -d '\r' | sort -u |
        sed 's/^/    skipped: /' || true
    return 0
}

summary() {
    echo
    echo "== OrderDesk for Windows under Wine ($("$wine" --version))"
    [ -z "${installer:-}" ] || echo "installer: $installer ($(du -k "$installer" | cut -f1) KiB)"
    local line
    for line in "${results[@]}"; do
        echo "  $line"
    done
}

main() {
    local steps=("$@")
    [ "${#steps[@]}" -gt 0 ] || steps=(deps depends build package wine)
    local step
    for step in "${steps[@]}"; do
        echo "== build-windows: $step"
        "step_$step"
    done
}

main "$@"
