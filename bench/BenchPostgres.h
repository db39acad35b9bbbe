#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QSqlQuery;

// The benchmarks that need a PostgreSQL (team, the ledger's server store) start one of their own.
namespace BenchPostgres {

// Without PGHOST: runs this program again, with the same arguments, under `pg_virtualenv -t`
// (package postgresql-common), which starts a throw-away cluster, exports PGHOST and the rest,
// and removes it afterwards; returns that run's exit status (1 when pg_virtualenv is missing).
// With PGHOST (inside that run): nothing.
std::optional<int> rerunUnderVirtualenv();

// Statements as the cluster's superuser in `database` (empty: PGDATABASE), `read` called after
// each; the first error, or empty.
QString asSuperuser(const QString& database, const QStringList& statements,
                    const std::function<void(QSqlQuery&)>& read = {});

// postgresql://ROLE@PGHOST:PGPORT/DATABASE.
QString address(const QString& role, const QString& database);

} // namespace BenchPostgres
