#pragma once

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

#include <functional>

// The store the ledger suites run against (docs/ARCHITECTURE.md, "Two stores"). CTest runs each
// ledger suite twice: on SQLite files, and with ORDERDESK_TEST_LEDGER_STORE=postgresql inside a
// throw-away PostgreSQL that pg_virtualenv -t started (tests/unit/ledger/CMakeLists.txt). A suite
// names its ledgers by file path, as before; location() turns a path into that store's address:
// the path itself, or a new database made for it (the same one each time the path is given).
namespace TestLedgerStore {

inline QString env(const char* name)
{
    return QProcessEnvironment::systemEnvironment().value(QString::fromLatin1(name));
}

inline bool onServer()
{
    return env("ORDERDESK_TEST_LEDGER_STORE") == QLatin1String("postgresql");
}

// Why the server store cannot be tested here, or empty.
inline QString missingServer()
{
    if (onServer() && (env("PGHOST").isEmpty() || env("PGUSER").isEmpty()))
        return QStringLiteral("ORDERDESK_TEST_LEDGER_STORE=postgresql needs a PostgreSQL: run the suite "
                              "through ctest, which starts one with pg_virtualenv -t");
    return {};
}

inline int port()
{
    return env("PGPORT").isEmpty() ? 5432 : env("PGPORT").toInt();
}

// A connection of its own named `name` to `database` on the cluster pg_virtualenv started, as its
// superuser.
inline QSqlDatabase addServerConnection(const QString& name, const QString& database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(env("PGHOST"));
    db.setPort(port());
    db.setUserName(env("PGUSER"));
    db.setPassword(env("PGPASSWORD"));
    db.setDatabaseName(database.isEmpty() ? env("PGDATABASE") : database);
    return db;
}

// Runs statements as the superuser in `database` (empty: the cluster's own), `read` called after
// each; the first error. The team ledger's suites and the PostgreSQL benchmarks use it too.
inline QString asSuperuser(const QString& database, const QStringList& statements,
                           const std::function<void(QSqlQuery&)>& read = {})
{
    const QString name = QStringLiteral("ledger-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString failure;
    {
        QSqlDatabase db = addServerConnection(name, database);
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
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

// The database made for `filePath` on the server store; empty on SQLite.
inline QString databaseFor(const QString& filePath)
{
    if (!onServer())
        return {};
    static QHash<QString, QString> databases;
    const auto known = databases.constFind(filePath);
    if (known != databases.constEnd())
        return *known;
    // Each test process has its own names; pg_virtualenv removes the whole cluster afterwards.
    static int counter = 0;
    const QString database =
        QStringLiteral("ledger_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString failure = asSuperuser(QString(), {QStringLiteral("CREATE DATABASE ") + database});
    if (!failure.isEmpty())
        qWarning("the test database could not be created: %s", qPrintable(failure));
    databases.insert(filePath, database);
    return database;
}

// Where the ledger the suite calls `filePath` is kept in the store under test.
inline QString location(const QString& filePath)
{
    if (!onServer())
        return filePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(env("PGUSER"), env("PGHOST"), QString::number(port()), databaseFor(filePath));
}

// A connection of its own to the ledger at `location` (a file path or an address from
// location()), as another program would open one: to the file, or to the database as the
// superuser with the ledger's schema on its search_path.
inline QSqlDatabase addRawLedgerConnection(const QString& location, const QString& name)
{
    if (!onServer()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        return db;
    }
    QSqlDatabase db = addServerConnection(name, location.section(QLatin1Char('/'), -1));
    db.setConnectOptions(QStringLiteral("options='-c search_path=orderdesk_ledger'"));
    return db;
}

} // namespace TestLedgerStore

// A check that holds only for a ledger file (its bytes, permissions, SQLite's own header or
// locks): on the server store the test function skips, saying so.
#define LEDGER_FILE_ONLY(why)                                                                                \
    do {                                                                                                     \
        if (TestLedgerStore::onServer())                                                                     \
            QSKIP("a ledger file's own property, not the server store's: " why);                             \
    } while (false)

// At the start of initTestCase(): a server store that is missing is a failure, not a skip.
#define LEDGER_STORE_READY()                                                                                 \
    do {                                                                                                     \
        const QString missing = TestLedgerStore::missingServer();                                            \
        QVERIFY2(missing.isEmpty(), qPrintable(missing));                                                    \
    } while (false)
