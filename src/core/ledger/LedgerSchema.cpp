#include "LedgerSchema.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace OrderDesk {

namespace {

// 'ODLG': identifies an OrderDesk ledger among SQLite files.
constexpr qint32 kApplicationId = 0x4F444C47;

// Version 1: the orders, their append-only history, and the indexes the duplicate guard,
// the status filter and the date filter use. Times are milliseconds since the epoch, UTC.
QStringList stepToVersion1()
{
    return {
        QStringLiteral("CREATE TABLE orders ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " created_utc INTEGER NOT NULL,"
                       " updated_utc INTEGER NOT NULL,"
                       " provider TEXT NOT NULL,"
                       " profile TEXT NOT NULL DEFAULT '',"
                       " operator_name TEXT NOT NULL DEFAULT '',"
                       " region TEXT NOT NULL DEFAULT '',"
                       " resource_id TEXT NOT NULL DEFAULT '',"
                       " endpoint TEXT NOT NULL DEFAULT '',"
                       " params_json TEXT NOT NULL DEFAULT '{}',"
                       " idempotency_token TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL"
                       "  CHECK (status IN ('pending', 'succeeded', 'rejected', 'unknown')),"
                       " order_id TEXT NOT NULL DEFAULT '',"
                       " request_id TEXT NOT NULL DEFAULT '',"
                       " error_code TEXT NOT NULL DEFAULT '',"
                       " error_message TEXT NOT NULL DEFAULT '',"
                       " http_status INTEGER NOT NULL DEFAULT 0,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " raw_response BLOB,"
                       " resolution TEXT NOT NULL DEFAULT ''"
                       "  CHECK (resolution IN ('', 'placed', 'not_placed')),"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE order_events ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " order_row_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,"
                       " at_utc INTEGER NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " detail TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX orders_duplicate_idx"
                       " ON orders (provider, profile, resource_id, created_utc)"),
        QStringLiteral("CREATE INDEX orders_status_idx ON orders (status)"),
        QStringLiteral("CREATE INDEX orders_created_idx ON orders (created_utc)"),
        QStringLiteral("CREATE INDEX order_events_order_idx ON order_events (order_row_id, id)"),
        QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
    };
}

bool readPragma(const QSqlDatabase& db, const QString& statement, qint64* value, QString* technicalError)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next()) {
        if (technicalError)
            *technicalError = query.lastError().text();
        return false;
    }
    *value = query.value(0).toLongLong();
    return true;
}

bool exec(QSqlQuery& query, const QString& statement, QString* technicalError)
{
    if (query.exec(statement))
        return true;
    if (technicalError)
        *technicalError = query.lastError().text();
    return false;
}

} // namespace

int LedgerSchema::currentVersion()
{
    return 1;
}

qint32 LedgerSchema::applicationId()
{
    return kApplicationId;
}

bool LedgerSchema::looksLikeSqlite(const QString& filePath)
{
    QFile file(filePath);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return true; // let SQLite report why it cannot be read
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

LedgerSchema::State LedgerSchema::inspect(const QSqlDatabase& db, int* version, QString* technicalError)
{
    qint64 userVersion = 0;
    if (!readPragma(db, QStringLiteral("PRAGMA user_version"), &userVersion, technicalError)) {
        const QString text = technicalError ? *technicalError : QString();
        return text.contains(QLatin1String("not a database"), Qt::CaseInsensitive) ? State::NotSqlite
                                                                                   : State::Unreadable;
    }
    if (version)
        *version = static_cast<int>(userVersion);

    qint64 appId = 0;
    if (!readPragma(db, QStringLiteral("PRAGMA application_id"), &appId, technicalError))
        return State::Unreadable;

    if (userVersion == 0) {
        // Version 0 is a new, empty file. Anything already in it belongs to someone else.
        qint64 objects = 0;
        if (!readPragma(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &objects, technicalError))
            return State::Unreadable;
        return objects == 0 && appId == 0 ? State::Upgradable : State::Foreign;
    }
    if (appId != kApplicationId)
        return State::Foreign;
    if (userVersion > currentVersion())
        return State::Newer;
    return userVersion == currentVersion() ? State::Current : State::Upgradable;
}

bool LedgerSchema::upgrade(const QSqlDatabase& db, int fromVersion, QString* technicalError)
{
    for (int target = fromVersion + 1; target <= currentVersion(); ++target) {
        if (!applyStep(db, target, technicalError))
            return false;
    }
    return true;
}

bool LedgerSchema::applyStep(const QSqlDatabase& db, int toVersion, QString* technicalError)
{
    QSqlQuery query(db);
    // IMMEDIATE takes the write lock before the version is read again, so two processes
    // opening a new file at once cannot both run the same step.
    if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), technicalError))
        return false;

    qint64 version = 0;
    if (!readPragma(db, QStringLiteral("PRAGMA user_version"), &version, technicalError)) {
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (version >= toVersion)
        return exec(query, QStringLiteral("COMMIT"), technicalError);

    QStringList statements;
    switch (toVersion) {
    case 1:
        statements = stepToVersion1();
        break;
    default:
        break;
    }
    // The number comes from this build, never from the file or the user.
    statements << QStringLiteral("PRAGMA user_version = %1").arg(toVersion);

    for (const QString& statement : std::as_const(statements)) {
        if (!exec(query, statement, technicalError)) {
            query.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return exec(query, QStringLiteral("COMMIT"), technicalError);
}

} // namespace OrderDesk
