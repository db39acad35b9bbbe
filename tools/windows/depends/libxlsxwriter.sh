# libxlsxwriter, the .xlsx export. A DLL with zlib and its bundled minizip inside, found by
# OrderDesk through pkg-config like on Linux.
pkg_source=libxlsxwriter
pkg_needs=(zlib)

pkg_build() {
    cmake_cross -S "$src_dir" -B . -DBUILD_SHARED_LIBS=ON -DUSE_SYSTEM_MINIZIP=OFF \
        -DZLIB_ROOT="$prefix/opt/zlib" -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF
    cmake_build_install
    # zlib is inside the DLL: programs link libxlsxwriter alone.
    sed -i 's/^Libs: \(.*\) -lz$/Libs: \1/' "$prefix/lib/pkgconfig/xlsxwriter.pc"
}
