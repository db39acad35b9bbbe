# Sourced by tools/windows/wine-run.sh and tools/build-windows.sh: the Wine loader for OrderDesk's
# programs, and its installer, all of them 64-bit. Debian's `wine` starts the 32-bit loader
# first when wine32 is installed, which cannot even start where the kernel runs no 32-bit
# programs (ia32_emulation=off); wine64 runs them everywhere.
wine_loader() {
    local wine
    wine=$(command -v wine64 || true)
    if [ -z "$wine" ]; then
        wine=wine
        [ ! -x /usr/lib/wine/wine64 ] || wine=/usr/lib/wine/wine64
    fi
    echo "$wine"
}
