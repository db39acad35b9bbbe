# QtKeychain 0.13 for Qt 6, on Windows Credential Manager (its default backend there; the
# DPAPI-encrypted registry alternative stays off).
pkg_source=qtkeychain
pkg_upstream_url=frankosterfeld/qtkeychain
pkg_upstream_tag=v0.13.2
pkg_needs=(qtbase)

pkg_build() {
    nice -n 19 "$prefix/bin/qt-cmake" -G Ninja -S "$src_dir" -B . \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
        -DCMAKE_CXX_COMPILER_LAUNCHER="$launcher" \
        -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF \
        -DUSE_CREDENTIAL_STORE=ON
    cmake_build_install
}
