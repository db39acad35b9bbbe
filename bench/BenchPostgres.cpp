#include "BenchPostgres.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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
    const QString name = QStringLiteral("bench-admin");
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(qEnvironmentVariable("PGHOST"));
        db.setPort(qEnvironmentVariableIsEmpty("PGPORT") ? 5432 : qEnvironmentVariableIntValue("PGPORT"));
        db.setUserName(qEnvironmentVariable("PGUSER"));
        db.setPassword(qEnvironmentVariable("PGPASSWORD"));
        db.setDatabaseName(database.isEmpty() ? qEnvironmentVariable("PGDATABASE") : database);
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString& statement : statements) {
                if (!query.exec(statement)) {
                    failure = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
                if (read)
                    read(query);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

QString address(const QString& role, const QString& database)
{
    const QString port =
        qEnvironmentVariableIsEmpty("PGPORT") ? QStringLiteral("5432") : qEnvironmentVariable("PGPORT");
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(role, qEnvironmentVariable("PGHOST"), port, database);
}

} // namespace BenchPostgres
