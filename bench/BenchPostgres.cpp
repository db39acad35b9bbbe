#include "BenchPostgres.h"

#include "TestLedgerStore.h"

#include <QCoreApplication>
#include <QProcess>

#include <cstdio>

namespace BenchPostgres {

std::optional<int> rerunUnderVirtualenv()
{
    if (!qEnvironmentVariableIsEmpty("PGHOST"))
        return std::nullopt;
    QProcess virtualenv;
    virtualenv.setProcessChannelMode(QProcess::ForwardedChannels);
    virtualenv.start(QStringLiteral("pg_virtualenv"),
                     QStringList{QStringLiteral("-t"), QCoreApplication::applicationFilePath()} +
                         QCoreApplication::arguments().mid(1));
    if (!virtualenv.waitForStarted()) {
        std::fputs("pg_virtualenv (package postgresql-common) is not installed\n", stderr);
        return 1;
    }
    virtualenv.waitForFinished(-1);
    return virtualenv.exitCode();
}

QString asSuperuser(const QString& database, const QStringList& statements,
                    const std::function<void(QSqlQuery&)>& read)
{
    return TestLedgerStore::asSuperuser(database, statements, read);
}

QString address(const QString& role, const QString& database)
{
    const QString port =
        qEnvironmentVariableIsEmpty("PGPORT") ? QStringLiteral("5432") : qEnvironmentVariable("PGPORT");
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(role, qEnvironmentVariable("PGHOST"), port, database);
}

} // namespace BenchPostgres
