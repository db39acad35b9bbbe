#!/usr/bin/env bash
# Builds the release preset, packs the .deb with CPack and checks it: contents, lintian (errors
# fail, warnings are shown), the desktop entry and AppStream metadata, then installs the package,
# runs both front ends' --version and removes the package again. Needs root or sudo for apt-get.
# Packaging tools come from tools/install-deps.sh.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$repo/build/release"
app_id=org.orderdesk.OrderDesk

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'check-package: FAILED: %s\n' "$*" >&2; exit 1; }

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || fail "root or sudo is needed to install the package"
    sudo=(sudo)
fi

for tool in cmake cpack dpkg dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli rsvg-convert; do
    command -v "$tool" >/dev/null || fail "$tool is missing (run tools/install-deps.sh)"
done

step "Building the release preset"
cd "$repo"
cmake --preset release
cmake --build --preset release

step "Packing the .deb"
cd "$build"
rm -f orderdesk_*.deb
cpack -G DEB
debs=(orderdesk_*.deb)
[ "${#debs[@]}" -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected exactly one orderdesk_*.deb in $build"
deb="$build/${debs[0]}"
echo "package: $deb"
dpkg-deb --field "$deb" Package Version Architecture Section Depends Recommends

step "Checking the package contents"
contents=$(dpkg -c "$deb" | awk '{ print $NF }' | sed 's|^\./|/|')
expected=(
    /usr/bin/orderdesk
    /usr/bin/orderdesk-cli
    /usr/bin/orderdesk-sim
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/doc/orderdesk/copyright
    /usr/share/doc/orderdesk/changelog.Debian.gz
    /usr/share/man/man1/orderdesk.1.gz
    /usr/share/man/man1/orderdesk-cli.1.gz
    /usr/share/man/man1/orderdesk-sim.1.gz
)
for size in 16 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
missing=0
for path in "${expected[@]}"; do
    if grep -qxF "$path" <<<"$contents"; then
        echo "ok      $path"
    else
        echo "MISSING $path"
        missing=1
    fi
done
[ "$missing" -eq 0 ] || fail "the package lacks files"

step "lintian"
# Errors fail the check; warnings and info are printed for the record.
lintian_status=0
lintian --fail-on error --display-info "$deb" || lintian_status=$?
[ "$lintian_status" -eq 0 ] || fail "lintian reported errors"

step "desktop-file-validate and appstreamcli"
desktop-file-validate "$repo/packaging/linux/$app_id.desktop"
appstreamcli validate --no-net --explain "$build/packaging/$app_id.metainfo.xml"

step "Installing the package"
remove_package() { "${sudo[@]}" apt-get remove -y -q orderdesk >/dev/null || true; }
trap remove_package EXIT
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get install -y -q "$deb"

step "Running the installed binaries"
cli_version=$(/usr/bin/orderdesk-cli --version)
echo "$cli_version"
gui_version=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/orderdesk --version)
echo "$gui_version"
version=$(dpkg-deb --field "$deb" Version)
upstream=${version%-*}
grep -qF "$upstream" <<<"$cli_version" || fail "orderdesk-cli --version does not print $upstream"
grep -qF "$upstream" <<<"$gui_version" || fail "orderdesk --version does not print $upstream"

step "Removing the package"
trap - EXIT
"${sudo[@]}" apt-get remove -y -q orderdesk
! dpkg-query -W -f='${Status}' orderdesk 2>/dev/null | grep -q "install ok installed" \
    || fail "orderdesk is still installed"

printf '\ncheck-package: all checks passed (%s)\n' "$(basename "$deb")"
