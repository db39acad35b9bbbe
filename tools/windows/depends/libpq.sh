# libpq, PostgreSQL's client library, for Qt's PostgreSQL driver (the team ledger). Only
# src/interfaces/libpq and what it needs (src/port, src/common) are built, with PostgreSQL's own
# configure in cross mode. Without OpenSSL, so without TLS to the server: built with Debian's
# OpenSSL 3.0, a program that had connected from a second thread (the window's listener) hung at
# exit under Wine, in OpenSSL's clean-up; see docs/ARCHITECTURE.md, "Windows".
pkg_source=postgresql-15

pkg_build() {
    # From an empty folder: without --enable-depend PostgreSQL's makefiles do not know which
    # objects a changed pg_config.h affects, and objects built with and without USE_SSL disagree
    # on the layout of a connection (a crash in the first query).
    find . -mindepth 1 -delete
    nice -n 19 "$src_dir/configure" --host="$mingw_host" --build="$(gcc -dumpmachine)" \
        --prefix="$prefix/opt/libpq" CC="$mingw_host-gcc-posix" \
        --without-readline --without-zlib --without-icu --without-ldap --without-gssapi \
        --with-system-tzdata=/usr/share/zoneinfo >/dev/null
    nice -n 19 make -C src/interfaces/libpq -j "$jobs"
    nice -n 19 make -C src/interfaces/libpq install
    # The headers libpq-fe.h and Qt's driver include, not the server's (PostgreSQL's own
    # pthread.h in the include path would replace MinGW's: QTBUG-90850).
    local header
    for header in "$src_dir/src/include/postgres_ext.h" src/include/pg_config.h \
        src/include/pg_config_ext.h "$src_dir/src/include/pg_config_manual.h"; do
        install -m 644 "$header" "$prefix/opt/libpq/include/"
    done
    # The DLL beside Qt's, where the programs and the suites under Wine find it.
    install -m 755 "$prefix/opt/libpq/bin/libpq.dll" "$prefix/bin/libpq.dll"
}
