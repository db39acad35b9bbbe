# zlib, for libxlsxwriter's zip container. Static, so it ends up inside libxlsxwriter's DLL.
pkg_source=zlib

pkg_build() {
    # zlib's CMake file always builds both kinds; only the static one is installed.
    cmake_cross -S "$src_dir" -B . -DSKIP_INSTALL_FILES=ON
    nice -n 19 cmake --build . -j "$jobs" --target zlibstatic
    install -D -m 644 libzlibstatic.a "$prefix/lib/libz.a"
    install -D -m 644 zconf.h "$prefix/include/zconf.h"
    install -D -m 644 "$src_dir/zlib.h" "$prefix/include/zlib.h"
}
