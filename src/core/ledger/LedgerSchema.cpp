#include "LedgerSchema.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

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

// Version 2: the rules of an order's life across processes (docs/ARCHITECTURE.md).
// - A lease: the process sending a Pending order names itself and renews a time until which
//   the order is in flight; only an expired lease lets another process call it interrupted.
// - "not_placed" becomes a status of its own: a user's judgement is not a provider's refusal.
// - A conflict flag: the provider's answer contradicts the user's "not placed".
// SQLite cannot change a CHECK constraint in place, so the table is rebuilt (with foreign keys
// off, see upgrade()); its triggers and the text index go with the old table and are built
// again by ensureTextIndex() and ensureSortIndexes() after the upgrade.
QStringList stepToVersion2()
{
    const QString v1Columns = QStringLiteral(
        "id, created_utc, updated_utc, provider, profile, operator_name, region, resource_id, endpoint,"
        " params_json, idempotency_token, status, order_id, request_id, error_code, error_message,"
        " http_status, attempts, raw_response, resolution, note");
    return {
        QStringLiteral("DROP TABLE IF EXISTS orders_fts"),
        QStringLiteral("DROP TABLE IF EXISTS orders_fts_queue"),
        QStringLiteral("CREATE TABLE orders_v2 ("
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
                       "  CHECK (status IN ('pending', 'succeeded', 'rejected', 'unknown', 'not_placed')),"
                       " order_id TEXT NOT NULL DEFAULT '',"
                       " request_id TEXT NOT NULL DEFAULT '',"
                       " error_code TEXT NOT NULL DEFAULT '',"
                       " error_message TEXT NOT NULL DEFAULT '',"
                       " http_status INTEGER NOT NULL DEFAULT 0,"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " raw_response BLOB,"
                       " resolution TEXT NOT NULL DEFAULT ''"
                       "  CHECK (resolution IN ('', 'placed', 'not_placed')),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " lease_owner TEXT NOT NULL DEFAULT '',"
                       " lease_until_utc INTEGER NOT NULL DEFAULT 0,"
                       " conflict INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1)))"),
        QStringLiteral("INSERT INTO orders_v2 (") + v1Columns + QStringLiteral(") SELECT ") + v1Columns +
            QStringLiteral(" FROM orders ORDER BY id"),
        QStringLiteral("UPDATE orders_v2 SET status = 'not_placed'"
                       " WHERE status = 'rejected' AND resolution = 'not_placed'"),
        // An older OrderDesk may still be sending these: it called a Pending order interrupted
        // after 15 minutes without news, so that is how long they stay in flight.
        QStringLiteral("UPDATE orders_v2 SET lease_owner = 'OrderDesk (ledger version 1)',"
                       " lease_until_utc = updated_utc + 900000 WHERE status = 'pending'"),
        QStringLiteral("DROP TABLE orders"),
        QStringLiteral("ALTER TABLE orders_v2 RENAME TO orders"),
        QStringLiteral("CREATE INDEX orders_duplicate_idx"
                       " ON orders (provider, profile, resource_id, created_utc)"),
        QStringLiteral("CREATE INDEX orders_status_idx ON orders (status)"),
        QStringLiteral("CREATE INDEX orders_created_idx ON orders (created_utc)"),
        QStringLiteral("CREATE INDEX orders_lease_idx ON orders (status, lease_until_utc)"),
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

bool hasObject(const QSqlDatabase& db, const QString& name, bool* exists, QString* technicalError)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"))) {
        if (technicalError)
            *technicalError = query.lastError().text();
        return false;
    }
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        if (technicalError)
            *technicalError = query.lastError().text();
        return false;
    }
    *exists = query.value(0).toLongLong() > 0;
    return true;
}

// External content: the index holds no copy of the text, only which rows contain which
// trigrams (detail=none), so a filter takes candidates from it and confirms each with the same
// LIKE as before. New rows are queued by a trigger rather than indexed by it: an FTS5 write
// inside a trigger flushes the index once per row, which made a bulk insert ten times slower.
// Whoever writes through OrderLedger indexes the queue in the same transaction
// (drainTextIndex); rows still queued (written by an older OrderDesk, or by plain SQL) are
// candidates for every filter, so nothing is ever missed. A changed row that is indexed is
// re-indexed at once; one still queued is indexed with its values of then.
QStringList textIndexStatements()
{
    const QStringList columns = LedgerSchema::textIndexColumns();
    const QString list = columns.join(QStringLiteral(", "));
    const auto prefixed = [&columns](const QString& prefix) {
        QStringList names;
        for (const QString& column : columns)
            names << prefix + column;
        return names.join(QStringLiteral(", "));
    };
    const QString notQueued = QStringLiteral(" WHEN old.id NOT IN (SELECT id FROM orders_fts_queue)");
    return {
        QStringLiteral("CREATE VIRTUAL TABLE orders_fts USING fts5(") + list +
            QStringLiteral(", content='orders', content_rowid='id', tokenize='trigram', detail=none,"
                           " columnsize=0)"),
        QStringLiteral("CREATE TABLE orders_fts_queue (id INTEGER PRIMARY KEY)"),
        QStringLiteral("CREATE TRIGGER orders_fts_insert AFTER INSERT ON orders BEGIN"
                       " INSERT OR IGNORE INTO orders_fts_queue (id) VALUES (new.id); END"),
        QStringLiteral("CREATE TRIGGER orders_fts_delete AFTER DELETE ON orders") + notQueued +
            QStringLiteral(" BEGIN INSERT INTO orders_fts (orders_fts, rowid, ") + list +
            QStringLiteral(") VALUES ('delete', old.id, ") + prefixed(QStringLiteral("old.")) +
            QStringLiteral("); END"),
        QStringLiteral("CREATE TRIGGER orders_fts_delete_queued AFTER DELETE ON orders BEGIN"
                       " DELETE FROM orders_fts_queue WHERE id = old.id; END"),
        QStringLiteral("CREATE TRIGGER orders_fts_update AFTER UPDATE OF ") + list +
            QStringLiteral(" ON orders") + notQueued +
            QStringLiteral(" BEGIN INSERT INTO orders_fts (orders_fts, rowid, ") + list +
            QStringLiteral(") VALUES ('delete', old.id, ") + prefixed(QStringLiteral("old.")) +
            QStringLiteral("); INSERT INTO orders_fts (rowid, ") + list +
            QStringLiteral(") VALUES (new.id, ") + prefixed(QStringLiteral("new.")) +
            QStringLiteral("); END"),
        QStringLiteral("INSERT INTO orders_fts (orders_fts) VALUES ('rebuild')"),
    };
}

} // namespace

bool LedgerSchema::drainTextIndex(const QSqlDatabase& db, QString* technicalError)
{
    const QString list = textIndexColumns().join(QStringLiteral(", "));
    QSqlQuery query(db);
    // One statement for the whole queue: the index is written once.
    return exec(query,
                QStringLiteral("INSERT INTO orders_fts (rowid, ") + list + QStringLiteral(") SELECT id, ") +
                    list + QStringLiteral(" FROM orders WHERE id IN (SELECT id FROM orders_fts_queue)"),
                technicalError) &&
           exec(query, QStringLiteral("DELETE FROM orders_fts_queue"), technicalError);
}

QStringList LedgerSchema::textIndexColumns()
{
    return {QStringLiteral("resource_id"),  QStringLiteral("order_id"), QStringLiteral("request_id"),
            QStringLiteral("profile"),      QStringLiteral("region"),   QStringLiteral("error_code"),
            QStringLiteral("error_message")};
}

bool LedgerSchema::ensureTextIndex(const QSqlDatabase& db, bool* available, QString* technicalError)
{
    *available = false;
    bool exists = false;
    if (!hasObject(db, QStringLiteral("orders_fts"), &exists, technicalError))
        return false;
    if (exists) {
        *available = true;
        bool queued = false;
        QSqlQuery check(db);
        if (check.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM orders_fts_queue)")) && check.next())
            queued = check.value(0).toBool();
        check.finish();
        if (!queued)
            return true;
        // Rows queued by other writers: indexed now, so that filters need not scan them.
        QSqlQuery query(db);
        if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), technicalError))
            return true; // busy: the queue stays searchable as it is
        if (!drainTextIndex(db, technicalError) || !exec(query, QStringLiteral("COMMIT"), technicalError)) {
            query.exec(QStringLiteral("ROLLBACK"));
            return true;
        }
        return true;
    }
    {
        // A throwaway table in the connection's temporary schema tells whether this SQLite has
        // FTS5 and its trigram tokenizer, without touching the file.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.orders_fts_probe USING fts5(x, "
                                       "tokenize='trigram', detail=none)")))
            return true;
        probe.exec(QStringLiteral("DROP TABLE temp.orders_fts_probe"));
    }

    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), technicalError))
        return false;
    // Another process may have built it while this one waited for the lock.
    if (!hasObject(db, QStringLiteral("orders_fts"), &exists, technicalError)) {
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!exists) {
        for (const QString& statement : textIndexStatements()) {
            if (!exec(query, statement, technicalError)) {
                query.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
    }
    if (!exec(query, QStringLiteral("COMMIT"), technicalError))
        return false;
    *available = true;
    return true;
}

QStringList LedgerSchema::sortColumns(OrderSortKey key)
{
    switch (key) {
    case OrderSortKey::Id:
        return {};
    case OrderSortKey::Created:
        return {QStringLiteral("created_utc")};
    case OrderSortKey::Provider:
        return {QStringLiteral("provider")};
    case OrderSortKey::Profile:
        return {QStringLiteral("profile")};
    case OrderSortKey::Region:
        return {QStringLiteral("region")};
    case OrderSortKey::Resource:
        return {QStringLiteral("resource_id")};
    case OrderSortKey::Status:
        return {QStringLiteral("status")};
    case OrderSortKey::OrderId:
        return {QStringLiteral("order_id")};
    case OrderSortKey::RequestId:
        return {QStringLiteral("request_id")};
    case OrderSortKey::Error:
        return {QStringLiteral("error_code"), QStringLiteral("error_message")};
    case OrderSortKey::Attempts:
        return {QStringLiteral("attempts")};
    case OrderSortKey::Payment:
        // No column holds it: the providers tell it (PaymentSortOrder), and no index can.
        return {};
    }
    return {};
}

QString LedgerSchema::sortIndexName(OrderSortKey key)
{
    switch (key) {
    case OrderSortKey::Id:
        return {};
    // Version 1 already has these two, on the same column.
    case OrderSortKey::Created:
        return QStringLiteral("orders_created_idx");
    case OrderSortKey::Status:
        return QStringLiteral("orders_status_idx");
    case OrderSortKey::Provider:
        return QStringLiteral("orders_sort_provider_idx");
    case OrderSortKey::Profile:
        return QStringLiteral("orders_sort_profile_idx");
    case OrderSortKey::Region:
        return QStringLiteral("orders_sort_region_idx");
    case OrderSortKey::Resource:
        return QStringLiteral("orders_sort_resource_idx");
    case OrderSortKey::OrderId:
        return QStringLiteral("orders_sort_order_id_idx");
    case OrderSortKey::RequestId:
        return QStringLiteral("orders_sort_request_id_idx");
    case OrderSortKey::Error:
        return QStringLiteral("orders_sort_error_idx");
    case OrderSortKey::Attempts:
        return QStringLiteral("orders_sort_attempts_idx");
    case OrderSortKey::Payment:
        return {};
    }
    return {};
}

bool LedgerSchema::ensureSortIndexes(const QSqlDatabase& db, bool* available, QString* technicalError)
{
    *available = false;
    // An index holds the rowid after its columns, so one on the sort columns alone is already in
    // the order of ORDER BY <columns>, id, in both directions.
    QStringList statements;
    for (int key = static_cast<int>(OrderSortKey::Created); key <= static_cast<int>(OrderSortKey::Attempts);
         ++key) {
        const auto sortKey = static_cast<OrderSortKey>(key);
        bool exists = false;
        if (!hasObject(db, sortIndexName(sortKey), &exists, technicalError))
            return false;
        if (!exists)
            statements << QStringLiteral("CREATE INDEX IF NOT EXISTS ") + sortIndexName(sortKey) +
                              QStringLiteral(" ON orders (") +
                              sortColumns(sortKey).join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (statements.isEmpty()) {
        *available = true;
        return true;
    }
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("BEGIN IMMEDIATE"), technicalError))
        return true; // busy or read-only: sorting scans, as an older OrderDesk does
    // IF NOT EXISTS: another process may have built them while this one waited for the lock.
    for (const QString& statement : std::as_const(statements)) {
        if (!exec(query, statement, technicalError)) {
            query.exec(QStringLiteral("ROLLBACK"));
            return true;
        }
    }
    if (!exec(query, QStringLiteral("COMMIT"), technicalError)) {
        query.exec(QStringLiteral("ROLLBACK"));
        return true;
    }
    *available = true;
    return true;
}

int LedgerSchema::currentVersion()
{
    return 2;
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

bool LedgerSchema::upgrade(const QSqlDatabase& db, int fromVersion, QString* technicalError, int toVersion)
{
    const int last = toVersion > 0 ? std::min(toVersion, currentVersion()) : currentVersion();
    // A step that rebuilds the orders table drops the old one: with foreign keys on, that would
    // delete every event with it. The pragma has no effect inside a transaction, so it is set here.
    QSqlQuery pragma(db);
    if (!exec(pragma, QStringLiteral("PRAGMA foreign_keys = OFF"), technicalError))
        return false;
    bool upgraded = true;
    for (int target = fromVersion + 1; target <= last && upgraded; ++target)
        upgraded = applyStep(db, target, technicalError);
    QString ignored;
    if (!exec(pragma, QStringLiteral("PRAGMA foreign_keys = ON"), upgraded ? technicalError : &ignored))
        return false;
    return upgraded;
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
    case 2:
        statements = stepToVersion2();
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
