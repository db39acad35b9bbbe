#!/usr/bin/env bash
# Checks an installed (or staged) OrderDesk for Windows: every DLL that an executable, a DLL or
# a Qt plugin in it imports must be either beside the executables in bin\ or part of Windows
# itself. That is what windeployqt promises; the cross build installs the set by hand
# (packaging/windows/deploy-mingw.cmake), so this is its test.
#
#   tools/windows/check-imports.sh INSTALL_FOLDER
set -euo pipefail

root=${1:?usage: check-imports.sh INSTALL_FOLDER}
bin=$root/bin
objdump=x86_64-w64-mingw32-objdump

# DLLs every Windows 10 has in System32 (and the API sets that map onto them).
system_dlls=" advapi32 bcrypt comctl32 comdlg32 crypt32 d3d11 d3d9 dnsapi dwmapi dwrite dxgi
 gdi32 imm32 iphlpapi kernel32 mpr msvcrt ncrypt netapi32 ole32 oleaut32 opengl32 secur32 setupapi
 shcore shell32 shlwapi user32 userenv uxtheme version winmm winspool ws2_32 wtsapi32 authz
 d2d1 d3d12 d3dcompiler_47 dxva2 gdiplus mf mfplat mfreadwrite normaliz ntdll rpcrt4 sspicli
 uiautomationcore wininet winhttp wldap32 credui "
system_dlls=" $(echo $system_dlls) " # one space between names, none at the line ends

shipped=$(find "$bin" -maxdepth 1 -iname '*.dll' -printf '%f\n' | tr '[:upper:]' '[:lower:]')
missing=0 checked=0
while IFS= read -r -d '' binary; do
    checked=$((checked + 1))
    while read -r dll; do
        lower=$(tr '[:upper:]' '[:lower:]' <<<"$dll")
        base=${lower%.dll}
        case "$base" in api-ms-win-* | ext-ms-win-*) continue ;; esac
        if [[ "$system_dlls" == *" $base "* ]] || grep -qxF "$lower" <<<"$shipped"; then
            continue
        fi
        echo "check-imports: ${binary#"$root"/} imports $dll, which is neither in bin nor part of Windows" >&2
        missing=$((missing + 1))
    done < <("$objdump" -p "$binary" | awk '/DLL Name:/ {print $3}')
done < <(find "$root" -type f \( -iname '*.exe' -o -iname '*.dll' \) ! -iname 'uninstall*.exe' -print0)

if [ "$missing" -ne 0 ]; then
    echo "check-imports: $missing missing DLL(s) in $checked binaries" >&2
    exit 1
fi
echo "check-imports: every DLL the $checked programs, libraries and plugins import is there"
