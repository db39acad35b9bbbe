#!/usr/bin/env bash
# Runs a Windows program of the build tree with Wine: CTest's CMAKE_CROSSCOMPILING_EMULATOR
# for the `windows` preset, also used by tools/build-windows.sh.
#
#   tools/windows/wine-run.sh PROGRAM.exe [ARGUMENT...]
#
# The DLLs the program needs (Qt, QtKeychain, libxlsxwriter, the MinGW runtime) are found
# through WINEPATH; Qt finds its plugins beside Qt6Core.dll. The Wine prefix is
# ORDERDESK_WINEPREFIX, by default one for the tests in the cache, made on first use.
set -euo pipefail

cache=${ORDERDESK_WINDOWS_CACHE:-$HOME/.cache/orderdesk-windows}
prefix=$cache/x86_64-w64-mingw32
export WINEPREFIX=${ORDERDESK_WINEPREFIX:-$cache/wineprefix-tests}
export WINEDEBUG=${WINEDEBUG:--all}
# No Mono or Gecko download prompts: nothing here needs .NET or the HTML engine.
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-mscoree,mshtml=;winemenubuilder.exe=d}

# shellcheck source=wine-loader.sh
source "$(dirname "$0")/wine-loader.sh"
wine=$(wine_loader)

# Qt Test and qDebug() write to the debugger (OutputDebugString), where Wine shows nothing,
# unless the program has a console window, which a program run by CTest under Wine has not.
# With this their output reaches CTest's log.
export QT_FORCE_STDERR_LOGGING=1

# A Unix folder as Windows sees it through Wine's Z: drive.
windows_path() {
    local path=$1
    echo "Z:${path//\//\\}"
}

# The MinGW runtime DLLs, copied into a folder of their own: with MinGW's whole library folder
# on WINEPATH, Wine no longer finds its own kernel32.dll.
runtime=$cache/tools/mingw-runtime
for dll in libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll; do
    if [ ! -f "$runtime/$dll" ]; then
        mkdir -p "$runtime"
        cp "$(x86_64-w64-mingw32-g++-posix -print-file-name=$dll)" "$runtime/"
    fi
done
WINEPATH="$(windows_path "$prefix/bin");$(windows_path "$runtime")"

if [ ! -f "$WINEPREFIX/system.reg" ]; then
    # wineboot without WINEPATH, which would otherwise be written into the new prefix.
    mkdir -p "$(dirname "$WINEPREFIX")"
    # One wineboot at a time, however many tests start at once.
    WINE=$wine flock "$WINEPREFIX.lock" sh -c '[ -f "$WINEPREFIX/system.reg" ] || "$WINE" wineboot --init >/dev/null 2>&1; wineserver --wait'
fi
export WINEPATH

# Wine keeps QT_* and TMP/TEMP from Windows programs (and TMPDIR decides where wineserver
# puts its socket, which must not differ between the programs of one prefix). They reach the
# program through envrun.exe instead: the QT_* variables as they are, TMPDIR as TMP and TEMP.
launcher=$cache/tools/envrun.exe
source_file=$(dirname "$0")/envrun.c
if [ ! -f "$launcher" ] || [ "$source_file" -nt "$launcher" ]; then
    mkdir -p "$(dirname "$launcher")"
    x86_64-w64-mingw32-gcc-posix -municode -O2 -s -static -o "$launcher.tmp" "$source_file"
    mv "$launcher.tmp" "$launcher"
fi
# The Qt for Windows has no offscreen platform plugin (it needs FreeType, which the Windows
# build leaves out): suites that ask for it get the real Windows plugin, drawing through Wine
# on the X display (Xvfb in tools/build-windows.sh).
if [ "${QT_QPA_PLATFORM:-}" = offscreen ] && [ ! -f "$prefix/plugins/platforms/qoffscreen.dll" ]; then
    if [ -z "${DISPLAY:-}" ]; then
        echo "wine-run: no offscreen plugin in the Qt for Windows and no DISPLAY for the windows plugin" >&2
        exit 1
    fi
    unset QT_QPA_PLATFORM
fi
settings=()
while IFS= read -r name; do
    settings+=("$name=${!name}")
done < <(compgen -e | grep '^QT_' || true)
if [ -n "${TMPDIR:-}" ]; then
    settings+=("TMP=$(windows_path "$TMPDIR")" "TEMP=$(windows_path "$TMPDIR")")
    unset TMPDIR
fi

# Wine starts its own processes (services.exe, explorer.exe, ...) from the first program of a
# session; they inherit its output and stay until the session ends, up to the timeout of a suite
# when CTest waits on that output as a pipe. So the program writes to a file, which is passed on
# when it ends, or when the suite is stopped.
log=$(mktemp)
child=
finish() {
    cat "$log"
    rm -f "$log"
}
trap '[ -z "$child" ] || kill "$child" 2>/dev/null; finish; exit 143' TERM INT
"$wine" "$launcher" "${settings[@]}" -- "$@" <&0 >"$log" 2>&1 &
child=$!
status=0
wait "$child" || status=$?
child=
finish
exit "$status"
