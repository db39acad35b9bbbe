# zlib, for libxlsxwriter's zip container. Static, so it ends up inside libxlsxwriter's DLL, and
# in a folder of its own: Qt has its own zlib, and a zlib.h in the shared include folder would
# replace that one in the Qt modules built later.
pkg_source=zlib

pkg_build() {
    # zlib's CMake file always builds both kinds; only the static one is installed.
    cmake_cross -S "$src_dir" -B . -DSKIP_INSTALL_FILES=ON
    nice -n 19 cmake --build . -j "$jobs" --target zlibstatic
    install -D -m 644 libzlibstatic.a "$prefix/opt/zlib/lib/libz.a"
    install -D -m 644 zconf.h "$prefix/opt/zlib/include/zconf.h"
    install -D -m 644 "$src_dir/zlib.h" "$prefix/opt/zlib/include/zlib.h"
}
