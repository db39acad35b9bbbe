# Qt's PostgreSQL driver (qsqlpsql.dll), for the team ledger: built on its own from qtbase's
# src/plugins/sqldrivers against the installed Qt and libpq (as Qt's documentation describes
# for drivers added later), so that adding it does not rebuild Qt Base. The SQLite driver stays
# the one qtbase built.
pkg_source=qt6-base
pkg_needs=(qtbase libpq)

pkg_build() {
    qt_module_build "$src_dir/src/plugins/sqldrivers" -DPostgreSQL_ROOT="$prefix/opt/libpq" \
        -DFEATURE_sql_psql=ON -DFEATURE_sql_sqlite=OFF -DFEATURE_sql_odbc=OFF \
        -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF
}
