#!/usr/bin/env bash
# Renders the one application icon, resources/icons/orderdesk.svg, into the icon files the
# Windows and macOS packages need, and writes them where packaging/ expects them:
#   packaging/windows/orderdesk.ico    16, 24, 32, 48, 64, 128 and 256 px in one file
#   packaging/macos/orderdesk.icns     16, 32, 48, 128, 256, 512 and 1024 px
# The outputs are kept in the repository, so this only runs after the SVG changes.
# Needs rsvg-convert (librsvg2-bin), ImageMagick (imagemagick) and png2icns (icnsutils).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
svg="$repo/resources/icons/orderdesk.svg"
ico="$repo/packaging/windows/orderdesk.ico"
icns="$repo/packaging/macos/orderdesk.icns"

fail() { printf 'render-icons: %s\n' "$*" >&2; exit 1; }

# ImageMagick 7 calls itself magick; 6 (Debian 12) convert.
if command -v magick >/dev/null; then
    imagemagick=(magick)
elif command -v convert >/dev/null; then
    imagemagick=(convert)
else
    fail "ImageMagick is missing (apt-get install imagemagick)"
fi
command -v rsvg-convert >/dev/null || fail "rsvg-convert is missing (apt-get install librsvg2-bin)"
command -v png2icns >/dev/null || fail "png2icns is missing (apt-get install icnsutils)"
[ -f "$svg" ] || fail "no $svg"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Each size drawn from the vector, not scaled down from one large bitmap, so that the small
# sizes stay sharp.
render() {
    rsvg-convert --width="$1" --height="$1" --keep-aspect-ratio --format=png \
        --output="$work/icon_$1.png" "$svg"
}

ico_sizes=(16 24 32 48 64 128 256)
for size in "${ico_sizes[@]}"; do render "$size"; done
ico_inputs=()
for size in "${ico_sizes[@]}"; do ico_inputs+=("$work/icon_$size.png"); done
# PNG compression inside the .ico is fine from Windows Vista on and keeps 256 px small.
"${imagemagick[@]}" "${ico_inputs[@]}" -define icon:format=png "$work/orderdesk.ico" 2>/dev/null \
    || "${imagemagick[@]}" "${ico_inputs[@]}" "$work/orderdesk.ico"
install -m 0644 "$work/orderdesk.ico" "$ico"

# png2icns picks the icon type from each PNG's size; 24 and 64 have no .icns type.
icns_sizes=(16 32 48 128 256 512 1024)
icns_inputs=()
for size in "${icns_sizes[@]}"; do
    [ -f "$work/icon_$size.png" ] || render "$size"
    icns_inputs+=("$work/icon_$size.png")
done
png2icns "$work/orderdesk.icns" "${icns_inputs[@]}" >/dev/null
install -m 0644 "$work/orderdesk.icns" "$icns"

printf '%s\n%s\n' "$ico" "$icns"
