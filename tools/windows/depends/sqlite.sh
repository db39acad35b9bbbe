# SQLite's amalgamation (sqlite3.c, sqlite3.h), generated from Debian's sqlite3 source: Debian's
# qtbase leaves out the copy Qt bundles, and Qt's SQLite driver compiles it in. Nothing is
# cross-compiled here; qtbase's recipe copies the two files.
pkg_source=sqlite3

pkg_build() {
    cp -a "$src_dir/." .
    nice -n 19 ./configure --disable-tcl >/dev/null
    nice -n 19 make sqlite3.c
    install -D -m 644 sqlite3.c "$prefix/share/sqlite-amalgamation/sqlite3.c"
    install -D -m 644 sqlite3.h "$prefix/share/sqlite-amalgamation/sqlite3.h"
}
