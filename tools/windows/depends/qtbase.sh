# Qt Base 6.4: Core, Gui, Widgets, Network (Schannel TLS, no OpenSSL), Sql with its SQLite
# driver, Test, the Windows platform plugin and the Windows styles. Moc, rcc and uic come from
# Debian's Qt of the same version on the host (QT_HOST_PATH).
pkg_source=qt6-base
pkg_needs=(sqlite)

pkg_build() {
    # Debian's source leaves out the SQLite Qt bundles; the driver compiles the amalgamation.
    mkdir -p "$src_dir/src/3rdparty/sqlite"
    cp "$prefix/share/sqlite-amalgamation/sqlite3."[ch] "$src_dir/src/3rdparty/sqlite/"
    # Qt 6.4 compiles the DirectWrite font engine and database into Gui only with Direct2D on,
    # yet its Windows platform plugin uses them whenever DirectWrite is on (later Qt versions
    # dropped the condition). Without this, qwindows.dll does not link with Direct2D off.
    sed -i 's/CONDITION QT_FEATURE_direct2d AND QT_FEATURE_directwrite/CONDITION QT_FEATURE_directwrite/' \
        "$src_dir/src/gui/CMakeLists.txt"
    sed -i 's/QT_CONFIG(directwrite) && QT_CONFIG(direct2d)/QT_CONFIG(directwrite)/' \
        "$src_dir"/src/gui/text/windows/qwindowsfontdatabase*.cpp
    # OpenGL stays on (dynamic: opengl32 or ANGLE/Mesa at run time): without it the Windows
    # platform plugin of Qt 6.4 does not compile. Tablets are off because Debian's source
    # leaves out wintab.h. Left out because OrderDesk does not need them, to save build time:
    # printing, the Direct2D platform plugin (the GDI one is the default), FreeType (Windows
    # renders fonts itself), JPEG, TUIO touch.
    cmake_cross -S "$src_dir" -B . \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        -DBUILD_SHARED_LIBS=ON -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF \
        -DQT_BUILD_BENCHMARKS=OFF -DQT_BUILD_MANUAL_TESTS=OFF \
        -DINPUT_opengl=dynamic -DFEATURE_tabletevent=OFF \
        -DFEATURE_dbus=OFF -DFEATURE_openssl=OFF -DFEATURE_schannel=ON \
        -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=OFF \
        -DFEATURE_sql_odbc=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_psql=OFF \
        -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF \
        -DFEATURE_printsupport=OFF -DFEATURE_direct2d=OFF -DFEATURE_freetype=OFF \
        -DFEATURE_jpeg=OFF -DFEATURE_tuiotouch=OFF -DFEATURE_vulkan=OFF -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF \
        -DFEATURE_system_png=OFF -DFEATURE_system_harfbuzz=OFF \
        -DFEATURE_system_doubleconversion=OFF
    cmake_build_install
}
