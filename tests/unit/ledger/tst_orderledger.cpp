#include "LedgerTestSupport.h"
#include "common/FixedClock.h"
#include "ledger/OrderEventKind.h"
#include "ledger/OrderLedger.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;
using namespace LedgerTestSupport;

Q_DECLARE_METATYPE(OrderDesk::OrderStatus)

namespace {

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList eventKinds(const QList<OrderEvent>& events)
{
    QStringList kinds;
    for (const OrderEvent& event : events)
        kinds << OrderEventKindNames::key(event.kind);
    return kinds;
}

// Runs statements with a connection of its own: for files (or databases) OrderDesk did not write.
void writeRaw(const QString& location, const QStringList& statements)
{
    const QString name = QStringLiteral("ledger-raw-write");
    {
        QSqlDatabase db = TestLedgerStore::addRawLedgerConnection(location, name);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString& statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

OrderOutcomeRecord outcome(OrderStatus status)
{
    OrderOutcomeRecord result;
    result.status = status;
    result.attempts = 1;
    result.requestId = QStringLiteral("0B2C3D4E-5F60-4A7B-8C9D-0E1F2A3B4C5D");
    switch (status) {
    case OrderStatus::Succeeded:
        result.httpStatus = 200;
        result.orderId = QStringLiteral("211234567890123");
        result.rawResponse = QByteArrayLiteral("{\"OrderId\":\"211234567890123\"}");
        break;
    case OrderStatus::Rejected:
        result.httpStatus = 400;
        result.errorCode = QStringLiteral("InvalidPhysicalConnectionId.NotFound");
        result.errorMessage = QStringLiteral("The specified physical connection does not exist.");
        result.rawResponse = QByteArrayLiteral("{\"Code\":\"InvalidPhysicalConnectionId.NotFound\"}");
        break;
    case OrderStatus::Unknown:
        result.requestId.clear();
        result.errorCode = QStringLiteral("Timeout");
        result.note = QStringLiteral("no response within 30 s after the request was sent");
        break;
    case OrderStatus::Pending:
    case OrderStatus::NotPlaced:
        break;
    }
    return result;
}

} // namespace

class TestOrderLedger : public QObject
{
    Q_OBJECT

public:
    TestOrderLedger()
        : m_clock(startUtc())
    {}

private:
    // The ledger's location in the store under test (TestLedgerStore).
    QString path(const QString& name = QStringLiteral("ledger.sqlite")) const
    {
        return TestLedgerStore::location(m_dir->filePath(name));
    }

    // A ledger with one Pending order, opened on a new file.
    qint64 openWithOrder(OrderLedger& ledger, const OrderRecord& record = seedRecord())
    {
        LocalizedText error;
        if (!ledger.open(path(), &error)) {
            qWarning() << error.toEnglish();
            return 0;
        }
        return ledger.insertPending(record, &error);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock;

private Q_SLOTS:
    void initTestCase() { LEDGER_STORE_READY(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.setNow(startUtc());
    }

    // --- opening and the schema -------------------------------------------------------------

    void open_newFile_createsFolderWalAndCurrentSchema()
    {
        LEDGER_FILE_ONLY("the folder, WAL and the version in SQLite's header");
        const QString file = m_dir->filePath(QStringLiteral("a/b/ledger.sqlite"));
        OrderLedger ledger(m_clock);
        LocalizedText error;
        QVERIFY2(ledger.open(file, &error), qPrintable(error.toEnglish()));
        QVERIFY(ledger.isOpen());
        QCOMPARE(ledger.filePath(), file);
        QCOMPARE(OrderLedger::currentSchemaVersion(), 2);
        QCOMPARE(rawValue(file, QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QCOMPARE(rawValue(file, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(
            rawValue(file,
                     QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master"
                                    " WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name)"))
                .toString(),
            QStringLiteral("order_events_order_idx,orders_created_idx,orders_duplicate_idx,orders_lease_idx,"
                           "orders_sort_attempts_idx,orders_sort_error_idx,orders_sort_order_id_idx,"
                           "orders_sort_profile_idx,orders_sort_provider_idx,orders_sort_region_idx,"
                           "orders_sort_request_id_idx,orders_sort_resource_idx,orders_status_idx"));
    }

    void open_newDatabase_createsTheSchemaAtTheCurrentVersion()
    {
        if (!TestLedgerStore::onServer())
            QSKIP("the server store's own property: its schema and meta table");
        OrderLedger ledger(m_clock);
        LocalizedText error;
        QVERIFY2(ledger.open(path(), &error), qPrintable(error.toEnglish()));
        QVERIFY(ledger.isOnServer());
        QVERIFY(!ledger.hasTextIndex());
        QCOMPARE(
            rawValue(path(), QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt(),
            OrderLedger::currentSchemaVersion());
        QCOMPARE(
            rawValue(path(), QStringLiteral("SELECT string_agg(indexname, ',' ORDER BY indexname) FROM "
                                            "pg_indexes WHERE schemaname = 'orderdesk_ledger' AND "
                                            "indexname NOT LIKE '%_pkey'"))
                .toString(),
            QStringLiteral("order_events_order_idx,orders_created_idx,orders_duplicate_idx,orders_lease_idx,"
                           "orders_sort_attempts_idx,orders_sort_error_idx,orders_sort_order_id_idx,"
                           "orders_sort_profile_idx,orders_sort_provider_idx,orders_sort_region_idx,"
                           "orders_sort_request_id_idx,orders_sort_resource_idx,orders_status_idx"));
        // A second program opening it finds the schema and leaves it as it is.
        OrderLedger second(m_clock);
        QVERIFY2(second.open(path(), &error), qPrintable(error.toEnglish()));
        QCOMPARE(rawValue(path(), QStringLiteral("SELECT count(*) FROM meta")).toInt(), 2);
    }

    void open_databaseWithPgTrgm_buildsATrigramIndexPerSearchedColumn()
    {
        if (!TestLedgerStore::onServer())
            QSKIP("the server store's own property: PostgreSQL's pg_trgm extension");
        const QString database =
            TestLedgerStore::databaseFor(m_dir->filePath(QStringLiteral("ledger.sqlite")));
        {
            OrderLedger without(m_clock);
            QVERIFY(without.open(path()));
            QVERIFY(!without.hasServerTextIndex());
            QVERIFY(without.insertPending(seedRecord()) > 0);
        }
        // As a database owner installs it, into its usual schema (not the ledger's).
        QCOMPARE(TestLedgerStore::asSuperuser(database, {QStringLiteral("CREATE EXTENSION pg_trgm")}),
                 QString());
        OrderLedger ledger(m_clock);
        LocalizedText error;
        QVERIFY2(ledger.open(path(), &error), qPrintable(error.toEnglish()));
        QVERIFY(ledger.hasServerTextIndex());
        QVERIFY(!ledger.hasTextIndex());
        QCOMPARE(rawValue(path(), QStringLiteral("SELECT string_agg(indexname, ',' ORDER BY indexname) FROM "
                                                 "pg_indexes WHERE schemaname = 'orderdesk_ledger' AND "
                                                 "indexdef LIKE '%gin_trgm_ops%'"))
                     .toString(),
                 QStringLiteral(
                     "orders_trgm_error_code_idx,orders_trgm_error_message_idx,orders_trgm_order_id_idx,"
                     "orders_trgm_profile_idx,orders_trgm_region_idx,orders_trgm_request_id_idx,"
                     "orders_trgm_resource_id_idx"));
        OrderQuery query;
        query.text = QStringLiteral("BP1HP0");
        QCOMPARE(ledger.count(query), 1);
        // Opened again, they are found, not built twice.
        OrderLedger second(m_clock);
        QVERIFY(second.open(path()));
        QVERIFY(second.hasServerTextIndex());
    }

    void open_foreignOrNewerSchema_isRefusedUntouched_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("expectedSource");
        QTest::newRow("another application's schema")
            << QStringList{QStringLiteral("CREATE SCHEMA orderdesk_ledger"),
                           QStringLiteral("CREATE TABLE orderdesk_ledger.contacts (name text)")}
            << QStringLiteral("The database %1 holds a schema %2 that is not an OrderDesk order ledger");
        QTest::newRow("newer ledger")
            << QStringList{QStringLiteral("CREATE SCHEMA orderdesk_ledger"),
                           QStringLiteral("CREATE TABLE orderdesk_ledger.meta (key text, value text)"),
                           QStringLiteral("INSERT INTO orderdesk_ledger.meta VALUES ('application', "
                                          "'OrderDesk order ledger'), ('schema_version', '7')")}
            << QStringLiteral("The order ledger %1 was written by a newer version of OrderDesk (ledger "
                              "version %2; this version reads up to %3). Update OrderDesk to open it. The "
                              "database was left unchanged.");
    }

    void open_foreignOrNewerSchema_isRefusedUntouched()
    {
        if (!TestLedgerStore::onServer())
            QSKIP("the server store's own property: a schema of the ledger's name");
        QFETCH(QStringList, statements);
        QFETCH(QString, expectedSource);
        const QString database =
            TestLedgerStore::databaseFor(m_dir->filePath(QStringLiteral("ledger.sqlite")));
        QCOMPARE(TestLedgerStore::asSuperuser(database, statements), QString());
        const QString tables = QStringLiteral("SELECT string_agg(tablename, ',' ORDER BY tablename) FROM "
                                              "pg_tables WHERE schemaname = 'orderdesk_ledger'");
        const QString before = rawValue(path(), tables).toString();
        OrderLedger ledger(m_clock);
        LocalizedText error;
        QVERIFY(!ledger.open(path(), &error));
        QVERIFY(!ledger.isOpen());
        QVERIFY2(QString::fromUtf8(error.sourceText()).startsWith(expectedSource),
                 qPrintable(error.toEnglish()));
        QVERIFY2(error.toEnglish().contains(database), qPrintable(error.toEnglish()));
        QCOMPARE(ledger.insertPending(seedRecord()), 0);
        QCOMPARE(rawValue(path(), tables).toString(), before);
    }

    void open_unreachableServer_saysWhichAndWhy()
    {
        if (!TestLedgerStore::onServer())
            QSKIP("the server store's own property: a server that does not answer");
        OrderLedger ledger(m_clock);
        LocalizedText error;
        // Port 1 on this computer: nothing listens there, and the refusal comes at once.
        QVERIFY(!ledger.open(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), &error));
        QCOMPARE(QString::fromUtf8(error.sourceText()),
                 QStringLiteral("The order ledger %1 could not be opened: %2"));
        QCOMPARE(error.args().value(0), QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
        QVERIFY(!ledger.isOpen());
        QVERIFY(!ledger.isOnServer());
    }

    void open_emptyFile_isUpgradedToTheCurrentVersion()
    {
        LEDGER_FILE_ONLY("an empty file");
        QFile empty(path());
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(QFileInfo(path()).size(), 0);

        OrderLedger ledger(m_clock);
        LocalizedText error;
        QVERIFY2(ledger.open(path(), &error), qPrintable(error.toEnglish()));
        QCOMPARE(rawValue(path(), QStringLiteral("PRAGMA user_version")).toInt(),
                 OrderLedger::currentSchemaVersion());
        QVERIFY(ledger.insertPending(seedRecord()) > 0);
    }

    void open_version0DatabaseWithoutTables_isUpgradedToTheCurrentVersion()
    {
        LEDGER_FILE_ONLY("SQLite's user_version");
        // A valid SQLite file at user_version 0 with nothing in it (its header is written).
        writeRaw(path(), {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("DROP TABLE t")});
        QVERIFY(QFileInfo(path()).size() > 0);
        QCOMPARE(rawValue(path(), QStringLiteral("PRAGMA user_version")).toInt(), 0);

        OrderLedger ledger(m_clock);
        LocalizedText error;
        QVERIFY2(ledger.open(path(), &error), qPrintable(error.toEnglish()));
        QCOMPARE(rawValue(path(), QStringLiteral("PRAGMA user_version")).toInt(),
                 OrderLedger::currentSchemaVersion());
    }

    void open_existingLedger_keepsItsOrders()
    {
        qint64 id = 0;
        {
            OrderLedger first(m_clock);
            id = openWithOrder(first);
            QVERIFY(id > 0);
        }
        OrderLedger second(m_clock);
        QVERIFY(second.open(path()));
        QVERIFY(second.order(id).has_value());
        QCOMPARE(second.count({}), 1);
    }

    void open_refusedFile_isLeftUntouched_data()
    {
        QTest::addColumn<QStringList>("statements"); // empty: the file is not SQLite
        QTest::addColumn<QByteArray>("garbage");
        QTest::addColumn<QString>("expectedSource"); // how the message begins, untranslated

        QTest::newRow("garbage text")
            << QStringList() << QByteArrayLiteral("order list\r\nnot a database\r\n")
            << QStringLiteral("The file %1 is not an OrderDesk order ledger");
        QTest::newRow("garbage short") << QStringList() << QByteArrayLiteral("SQLite")
                                       << QStringLiteral("The file %1 is not an OrderDesk order ledger");
        // The right magic followed by nonsense: SQLite itself refuses it.
        QTest::newRow("damaged header")
            << QStringList() << QByteArray(QByteArrayLiteral("SQLite format 3\0") + QByteArray(200, 'x'))
            << QStringLiteral("The file %1 is not an OrderDesk order ledger");
        QTest::newRow("newer ledger")
            << QStringList{QStringLiteral("PRAGMA application_id = 1329876039"),
                           QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY)"),
                           QStringLiteral("PRAGMA user_version = 3")}
            << QByteArray() << QStringLiteral("The order ledger %1 was written by a newer version");
        QTest::newRow("other application, version 0")
            << QStringList{QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                           QStringLiteral("INSERT INTO contacts VALUES ('x')")}
            << QByteArray() << QStringLiteral("The file %1 is an SQLite database of another application");
        QTest::newRow("other application, versioned")
            << QStringList{QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY)"),
                           QStringLiteral("PRAGMA user_version = 1")}
            << QByteArray() << QStringLiteral("The file %1 is an SQLite database of another application");
    }

    void open_refusedFile_isLeftUntouched()
    {
        LEDGER_FILE_ONLY("the file's bytes");
        QFETCH(QStringList, statements);
        QFETCH(QByteArray, garbage);
        QFETCH(QString, expectedSource);

        if (statements.isEmpty()) {
            QFile file(path());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        } else {
            writeRaw(path(), statements);
        }
        const QByteArray before = fileBytes(path());
        QVERIFY(!before.isEmpty());

        {
            OrderLedger ledger(m_clock);
            LocalizedText error;
            QVERIFY(!ledger.open(path(), &error));
            QVERIFY(!ledger.isOpen());
            QVERIFY2(QString::fromUtf8(error.sourceText()).startsWith(expectedSource),
                     qPrintable(error.toEnglish()));
            QVERIFY2(error.toEnglish().contains(QDir::toNativeSeparators(path())),
                     qPrintable(error.toEnglish()));
            QCOMPARE(ledger.insertPending(seedRecord()), 0);
        }
        QCOMPARE(fileBytes(path()), before);
        QVERIFY(!QFile::exists(path() + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path() + QStringLiteral("-journal")));
    }

    void open_newerLedger_namesBothVersions()
    {
        LEDGER_FILE_ONLY("SQLite's user_version");
        writeRaw(path(), {QStringLiteral("PRAGMA application_id = 1329876039"),
                          QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY)"),
                          QStringLiteral("PRAGMA user_version = 7")});
        OrderLedger ledger(m_clock);
        LocalizedText error;
        QVERIFY(!ledger.open(path(), &error));
        QCOMPARE(
            QString::fromUtf8(error.sourceText()),
            QStringLiteral("The order ledger %1 was written by a newer version of OrderDesk (ledger version "
                           "%2; this version reads up to %3). Update OrderDesk to open it. The file was left "
                           "unchanged."));
        QCOMPARE(error.args(),
                 (QStringList{QDir::toNativeSeparators(path()), QStringLiteral("7"), QStringLiteral("2")}));
    }

    void open_uncreatableFolder_fails()
    {
        LEDGER_FILE_ONLY("the file's folder");
        QFile blocker(path(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        OrderLedger ledger(m_clock);
        LocalizedText error;
        QVERIFY(!ledger.open(path(QStringLiteral("blocker/sub/ledger.sqlite")), &error));
        QCOMPARE(QString::fromUtf8(error.sourceText()),
                 QStringLiteral("The folder %1 for the order ledger could not be created."));
    }

    void close_removesTheConnection()
    {
        QString connection;
        {
            OrderLedger ledger(m_clock);
            QVERIFY(ledger.open(path()));
            connection = ledger.connectionName();
            QVERIFY(QSqlDatabase::contains(connection));
            OrderLedger other(m_clock);
            QVERIFY(other.connectionName() != connection);
            QVERIFY(ledger.open(path())); // opening again replaces the connection
            QVERIFY(QSqlDatabase::contains(connection));
        }
        QVERIFY(!QSqlDatabase::contains(connection));
    }

    void defaultFilePath_followsDataDirectory()
    {
        qputenv("ORDERDESK_DATA_DIR", m_dir->path().toUtf8());
        QCOMPARE(OrderLedger::defaultFilePath(), m_dir->path() + QStringLiteral("/ledger.sqlite"));
        qunsetenv("ORDERDESK_DATA_DIR");
    }

    void currentOperator_isTheUserName()
    {
        const QByteArray saved = qgetenv("USER");
        qputenv("USER", "li.si");
        QCOMPARE(OrderLedger::currentOperator(), QStringLiteral("li.si"));
        qputenv("USER", saved);
    }

    // --- write-ahead insert -----------------------------------------------------------------

    void insertPending_isCommittedAndVisibleToAnotherLedger()
    {
        OrderLedger writer(m_clock);
        OrderRecord record = seedRecord();
        record.region = QStringLiteral("华东1（杭州）");
        record.params.insert(QStringLiteral("Description"), QStringLiteral("财务部 专线续费"));
        const qint64 id = openWithOrder(writer, record);
        QCOMPARE(id, 1);

        // Nothing else has happened: no outcome, no close. Another connection already sees it.
        OrderLedger reader(m_clock);
        QVERIFY(reader.open(path()));
        const std::optional<OrderRecord> seen = reader.order(id);
        QVERIFY(seen.has_value());
        QCOMPARE(seen->id, id);
        QCOMPARE(seen->status, OrderStatus::Pending);
        QCOMPARE(seen->attempts, 0);
        QCOMPARE(seen->createdUtc, startUtc());
        QCOMPARE(seen->updatedUtc, startUtc());
        QCOMPARE(seen->createdUtc.timeSpec(), Qt::UTC);
        QCOMPARE(seen->provider, QStringLiteral("aliyun"));
        QCOMPARE(seen->profile, QStringLiteral("finance"));
        QCOMPARE(seen->operatorName, QStringLiteral("zhang.san"));
        QCOMPARE(seen->region, QStringLiteral("华东1（杭州）"));
        QCOMPARE(seen->resourceId, QStringLiteral("pc-bp1hp0wr072f6****"));
        QCOMPARE(seen->endpoint, QStringLiteral("https://vpc.aliyuncs.com"));
        QCOMPARE(seen->params, record.params);
        QCOMPARE(seen->params.value(QStringLiteral("ClientToken")), QStringLiteral("CBCE910E-D396-4944"));
        QCOMPARE(seen->idempotencyToken, QStringLiteral("CBCE910E-D396-4944"));
        QVERIFY(seen->orderId.isEmpty());
        QCOMPARE(seen->resolution, OrderResolution::None);
        QCOMPARE(rawValue(path(), QStringLiteral("SELECT status FROM orders WHERE id = 1")).toString(),
                 QStringLiteral("pending"));

        const QList<OrderEvent> events = reader.events(id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).kind, OrderEventKind::Created);
        QCOMPARE(events.at(0).orderRowId, id);
        QCOMPARE(events.at(0).status, OrderStatus::Pending);
        QCOMPARE(events.at(0).atUtc, startUtc());
        QCOMPARE(json(events.at(0).detail).value(QStringLiteral("idempotencyToken")).toString(),
                 QStringLiteral("CBCE910E-D396-4944"));
    }

    void insertPending_ignoresOutcomeFieldsAndFillsTheOperator()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(path()));
        OrderRecord record = seedRecord();
        record.status = OrderStatus::Succeeded;
        record.attempts = 3;
        record.orderId = QStringLiteral("forged");
        record.createdUtc = startUtc().addYears(-1);
        record.operatorName.clear();
        const QByteArray saved = qgetenv("USER");
        qputenv("USER", "wang.wu");
        const qint64 id = ledger.insertPending(record);
        qputenv("USER", saved);
        const std::optional<OrderRecord> stored = ledger.order(id);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->status, OrderStatus::Pending);
        QCOMPARE(stored->attempts, 0);
        QVERIFY(stored->orderId.isEmpty());
        QCOMPARE(stored->createdUtc, startUtc());
        QCOMPARE(stored->operatorName, QStringLiteral("wang.wu"));
    }

    void insertPending_idsIncreaseAcrossLedgersOnOneFile()
    {
        OrderLedger gui(m_clock);
        OrderLedger cli(m_clock);
        QVERIFY(gui.open(path()));
        QVERIFY(cli.open(path()));
        QCOMPARE(gui.insertPending(seedRecord()), 1);
        QCOMPARE(cli.insertPending(seedRecord()), 2);
        QCOMPARE(gui.insertPending(seedRecord()), 3);
        QCOMPARE(cli.count({}), 3);
    }

    void insertPending_refusesWhatCannotBeRecorded()
    {
        OrderLedger ledger(m_clock);
        LocalizedText error;
        QCOMPARE(ledger.insertPending(seedRecord(), &error), 0);
        QCOMPARE(QString::fromUtf8(error.sourceText()), QStringLiteral("The order ledger is not open."));

        QVERIFY(ledger.open(path()));
        OrderRecord record = seedRecord();
        record.provider.clear();
        QCOMPARE(ledger.insertPending(record, &error), 0);
        QCOMPARE(QString::fromUtf8(error.sourceText()),
                 QStringLiteral("An order without a provider cannot be recorded."));
        QCOMPARE(ledger.count({}), 0);
    }

    // --- transitions ------------------------------------------------------------------------

    void recordAttempt_setsAttemptsAndTouchesTheRow()
    {
        OrderLedger ledger(m_clock);
        const qint64 id = openWithOrder(ledger);
        m_clock.advanceSeconds(5);
        QVERIFY(ledger.recordAttempt(id, 1));
        m_clock.advanceSeconds(5);
        QVERIFY(ledger.recordAttempt(id, 2));
        const std::optional<OrderRecord> row = ledger.order(id);
        QCOMPARE(row->attempts, 2);
        QCOMPARE(row->status, OrderStatus::Pending);
        QCOMPARE(row->updatedUtc, startUtc().addSecs(10));
        QCOMPARE(row->createdUtc, startUtc());
        const QList<OrderEvent> events = ledger.events(id);
        QCOMPARE(eventKinds(events), (QStringList{QStringLiteral("created"), QStringLiteral("attempt"),
                                                  QStringLiteral("attempt")}));
        QCOMPARE(events.at(2).detail, QStringLiteral("{\"attempt\":2,\"requests\":2}"));
        QCOMPARE(events.at(2).atUtc, startUtc().addSecs(10));

        LocalizedText error;
        QVERIFY(!ledger.recordAttempt(id, 0, &error));
        QCOMPARE(QString::fromUtf8(error.sourceText()), QStringLiteral("%1 is not a valid attempt number."));
    }

    void recordOutcome_fromPending_storesTheOutcome_data()
    {
        QTest::addColumn<OrderStatus>("status");
        QTest::newRow("succeeded") << OrderStatus::Succeeded;
        QTest::newRow("rejected") << OrderStatus::Rejected;
        QTest::newRow("unknown") << OrderStatus::Unknown;
    }

    void recordOutcome_fromPending_storesTheOutcome()
    {
        QFETCH(OrderStatus, status);
        OrderLedger ledger(m_clock);
        const qint64 id = openWithOrder(ledger);
        QVERIFY(ledger.recordAttempt(id, 1));
        m_clock.advanceSeconds(2);
        const OrderOutcomeRecord result = outcome(status);
        LocalizedText error;
        QVERIFY2(ledger.recordOutcome(id, result, &error), qPrintable(error.toEnglish()));

        OrderLedger reader(m_clock);
        QVERIFY(reader.open(path()));
        const std::optional<OrderRecord> row = reader.order(id);
        QCOMPARE(row->status, status);
        QCOMPARE(row->orderId, result.orderId);
        QCOMPARE(row->requestId, result.requestId);
        QCOMPARE(row->errorCode, result.errorCode);
        QCOMPARE(row->errorMessage, result.errorMessage);
        QCOMPARE(row->httpStatus, result.httpStatus);
        QCOMPARE(row->attempts, 1);
        QCOMPARE(row->rawResponse, result.rawResponse);
        QCOMPARE(row->note, result.note);
        QCOMPARE(row->updatedUtc, startUtc().addSecs(2));
        const QList<OrderEvent> events = reader.events(id);
        QCOMPARE(events.constLast().kind, OrderEventKind::Outcome);
        QCOMPARE(events.constLast().status, status);
        const QJsonObject detail = json(events.constLast().detail);
        QCOMPARE(detail.value(QStringLiteral("orderId")).toString(), result.orderId);
        QCOMPARE(detail.value(QStringLiteral("errorCode")).toString(), result.errorCode);
        QCOMPARE(detail.value(QStringLiteral("attempts")).toInt(), 1);
    }

    void recordOutcome_withoutAttempts_keepsTheCount()
    {
        OrderLedger ledger(m_clock);
        const qint64 id = openWithOrder(ledger);
        for (int attempt = 1; attempt <= 3; ++attempt)
            QVERIFY(ledger.recordAttempt(id, attempt));
        OrderOutcomeRecord result = outcome(OrderStatus::Succeeded);
        result.attempts = 0;
        QVERIFY(ledger.recordOutcome(id, result));
        QCOMPARE(ledger.order(id)->attempts, 3);
    }

    void recordOutcome_pendingIsNotAnOutcome()
    {
        OrderLedger ledger(m_clock);
        const qint64 id = openWithOrder(ledger);
        LocalizedText error;
        QVERIFY(!ledger.recordOutcome(id, outcome(OrderStatus::Pending), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(ledger.events(id).size(), 1);
    }

    void recordOutcome_unresolvedUnknown_acceptsALateAnswer()
    {
        OrderLedger ledger(m_clock);
        const qint64 id = openWithOrder(ledger);
        QVERIFY(ledger.recordOutcome(id, outcome(OrderStatus::Unknown)));
        QVERIFY(ledger.recordOutcome(id, outcome(OrderStatus::Succeeded)));
        const std::optional<OrderRecord> row = ledger.order(id);
        QCOMPARE(row->status, OrderStatus::Succeeded);
        QVERIFY(row->errorCode.isEmpty());
        const QJsonObject previous =
            json(ledger.events(id).constLast().detail).value(QStringLiteral("previous")).toObject();
        QCOMPARE(previous.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
        QCOMPARE(previous.value(QStringLiteral("errorCode")).toString(), QStringLiteral("Timeout"));
    }

    void finalOrder_refusesEveryChange_butKeepsALateAnswer_data()
    {
        QTest::addColumn<OrderStatus>("final");
        QTest::newRow("succeeded") << OrderStatus::Succeeded;
        QTest::newRow("rejected") << OrderStatus::Rejected;
    }

    void finalOrder_refusesEveryChange_butKeepsALateAnswer()
    {
        QFETCH(OrderStatus, final);
        OrderLedger ledger(m_clock);
        const qint64 id = openWithOrder(ledger);
        QVERIFY(ledger.recordOutcome(id, outcome(final)));
        const std::optional<OrderRecord> before = ledger.order(id);
        m_clock.advanceSeconds(60);

        LocalizedText error;
        QVERIFY(!ledger.recordAttempt(id, 2, &error));
        QCOMPARE(
            QString::fromUtf8(error.sourceText()),
            QStringLiteral("An attempt can only be recorded for a pending order; order %1 is not pending."));
        QVERIFY(!ledger.resolve(id, OrderResolution::Placed, QStringLiteral("x"), QString(), &error));
        QCOMPARE(error.args(), QStringList{QString::number(id)});
        QVERIFY(!ledger.reopenForRetry(id, &error));
        QCOMPARE(
            QString::fromUtf8(error.sourceText()),
            QStringLiteral("Only an order whose outcome is unknown can be sent again; order %1 is not."));
        QCOMPARE(ledger.markInterrupted(), 0);

        // An answer is never dropped: it is kept in the history, and the final row stays as it was.
        OrderTransitions::Change applied;
        QVERIFY(ledger.recordOutcome(id, outcome(OrderStatus::Unknown), &error, &applied));
        QCOMPARE(applied.recordedAs, OrderEventKind::LateAnswer);
        QVERIFY(!applied.raisesConflict);
        const std::optional<OrderRecord> after = ledger.order(id);
        QCOMPARE(after->status, before->status);
        QCOMPARE(after->orderId, before->orderId);
        QCOMPARE(ledger.events(id).size(), 3);
        QCOMPARE(ledger.events(id).constLast().kind, OrderEventKind::LateAnswer);
        QCOMPARE(json(ledger.events(id).constLast().detail).value(QStringLiteral("answer")).toString(),
                 QStringLiteral("unknown"));
    }

    void transitions_unknownOrder_areRefused()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(path()));
        LocalizedText error;
        QVERIFY(!ledger.recordAttempt(42, 1, &error));
        QCOMPARE(QString::fromUtf8(error.sourceText()),
                 QStringLiteral("There is no order %1 in the ledger."));
        QCOMPARE(error.args(), QStringList{QStringLiteral("42")});
        QVERIFY(!ledger.recordOutcome(42, outcome(OrderStatus::Succeeded), &error));
        QVERIFY(!ledger.resolve(42, OrderResolution::NotPlaced, QString(), QString(), &error));
        QVERIFY(!ledger.reopenForRetry(42, &error));
        QCOMPARE(error.args(), QStringList{QStringLiteral("42")});
        QVERIFY(!ledger.order(42).has_value());
        QVERIFY(ledger.events(42).isEmpty());
    }

    void resolve_placed_succeedsAndKeepsHistory()
    {
        OrderLedger ledger(m_clock);
        const qint64 id = openWithOrder(ledger);
        QVERIFY(ledger.recordAttempt(id, 1));
        QVERIFY(ledger.recordOutcome(id, outcome(OrderStatus::Unknown)));
        m_clock.advanceSeconds(3600);
        LocalizedText error;
        QVERIFY2(ledger.resolve(id, OrderResolution::Placed, QStringLiteral(" 211234567890123 "),
                                QStringLiteral("控制台已确认订单 checked in the console"), &error),
                 qPrintable(error.toEnglish()));

        const std::optional<OrderRecord> row = ledger.order(id);
        QCOMPARE(row->status, OrderStatus::Succeeded);
        QCOMPARE(row->resolution, OrderResolution::Placed);
        QCOMPARE(row->orderId, QStringLiteral("211234567890123"));
        QVERIFY(row->errorCode.isEmpty());
        QCOMPARE(row->note, QStringLiteral("控制台已确认订单 checked in the console"));
        QCOMPARE(row->updatedUtc, startUtc().addSecs(3600));

        const QList<OrderEvent> events = ledger.events(id);
        QCOMPARE(eventKinds(events), (QStringList{QStringLiteral("created"), QStringLiteral("attempt"),
                                                  QStringLiteral("outcome"), QStringLiteral("resolved")}));
        QCOMPARE(events.at(2).status, OrderStatus::Unknown);
        QCOMPARE(events.at(3).status, OrderStatus::Succeeded);
        const QJsonObject detail = json(events.at(3).detail);
        QCOMPARE(detail.value(QStringLiteral("resolution")).toString(), QStringLiteral("placed"));
        QCOMPARE(detail.value(QStringLiteral("orderId")).toString(), QStringLiteral("211234567890123"));
        const QJsonObject previous = detail.value(QStringLiteral("previous")).toObject();
        QCOMPARE(previous.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
        QCOMPARE(previous.value(QStringLiteral("errorCode")).toString(), QStringLiteral("Timeout"));
        QCOMPARE(previous.value(QStringLiteral("note")).toString(),
                 QStringLiteral("no response within 30 s after the request was sent"));

        // Resolved means final: a later answer is kept in the history only.
        QVERIFY(!ledger.resolve(id, OrderResolution::NotPlaced, QString(), QString(), &error));
        QVERIFY(ledger.recordOutcome(id, outcome(OrderStatus::Rejected), &error));
        QCOMPARE(ledger.order(id)->status, OrderStatus::Succeeded);
        QVERIFY(!ledger.order(id)->conflict);
        QCOMPARE(ledger.events(id).constLast().kind, OrderEventKind::LateAnswer);
    }

    void resolve_notPlaced_isItsOwnStatusWithItsReason()
    {
        OrderLedger ledger(m_clock);
        const qint64 id = openWithOrder(ledger);
        QVERIFY(ledger.recordOutcome(id, outcome(OrderStatus::Unknown)));
        QVERIFY(ledger.resolve(id, OrderResolution::NotPlaced, QStringLiteral("ignored"), QString()));
        const std::optional<OrderRecord> row = ledger.order(id);
        QCOMPARE(row->status, OrderStatus::NotPlaced);
        QCOMPARE(row->resolution, OrderResolution::NotPlaced);
        QVERIFY(row->orderId.isEmpty());
        QCOMPARE(row->errorCode, QStringLiteral("Timeout")); // kept: it explains the row
        QCOMPARE(row->note, QStringLiteral("no response within 30 s after the request was sent"));
        QCOMPARE(ledger.events(id).constLast().kind, OrderEventKind::Resolved);
        QCOMPARE(ledger.events(id).constLast().status, OrderStatus::NotPlaced);
    }

    void resolve_pendingWithoutALiveSender_isAllowed()
    {
        OrderLedger ledger(m_clock);
        const qint64 id = openWithOrder(ledger);
        QVERIFY(ledger.resolve(id, OrderResolution::Placed, QStringLiteral("ORD-1"), QString()));
        QCOMPARE(ledger.order(id)->status, OrderStatus::Succeeded);
        QCOMPARE(ledger.order(id)->orderId, QStringLiteral("ORD-1"));
    }

    void reopenForRetry_unknown_becomesPendingAndCanSucceed()
    {
        OrderLedger ledger(m_clock);
        const qint64 id = openWithOrder(ledger);
        QVERIFY(ledger.recordAttempt(id, 1));
        QVERIFY(ledger.recordOutcome(id, outcome(OrderStatus::Unknown)));
        m_clock.advanceSeconds(600);
        LocalizedText error;
        const OrderLedger::Lease lease{QStringLiteral("retrier"), m_clock.nowUtc().addSecs(120)};
        QVERIFY2(ledger.reopenForRetry(id, lease, &error), qPrintable(error.toEnglish()));

        std::optional<OrderRecord> row = ledger.order(id);
        QCOMPARE(row->status, OrderStatus::Pending);
        QVERIFY(row->errorCode.isEmpty());
        QVERIFY(row->note.isEmpty());
        QCOMPARE(row->idempotencyToken, QStringLiteral("CBCE910E-D396-4944"));
        QCOMPARE(row->params.value(QStringLiteral("ClientToken")), QStringLiteral("CBCE910E-D396-4944"));
        QCOMPARE(row->updatedUtc, startUtc().addSecs(600));
        // The retry holds a fresh lease: nobody calls it interrupted while it lasts.
        QCOMPARE(row->leaseOwner, QStringLiteral("retrier"));
        QCOMPARE(ledger.markInterrupted(), 0);

        QVERIFY(ledger.recordAttempt(id, 1));
        QVERIFY(ledger.recordOutcome(id, outcome(OrderStatus::Succeeded)));
        row = ledger.order(id);
        QCOMPARE(row->status, OrderStatus::Succeeded);
        const QList<OrderEvent> events = ledger.events(id);
        QCOMPARE(eventKinds(events), (QStringList{QStringLiteral("created"), QStringLiteral("attempt"),
                                                  QStringLiteral("outcome"), QStringLiteral("retry"),
                                                  QStringLiteral("attempt"), QStringLiteral("outcome")}));
        QCOMPARE(events.at(3).status, OrderStatus::Pending);
        QCOMPARE(json(events.at(3).detail)
                     .value(QStringLiteral("previous"))
                     .toObject()
                     .value(QStringLiteral("errorCode")),
                 QJsonValue(QStringLiteral("Timeout")));
    }

    void reopenForRetry_pending_isRefused()
    {
        OrderLedger ledger(m_clock);
        const qint64 id = openWithOrder(ledger);
        LocalizedText error;
        QVERIFY(!ledger.reopenForRetry(id, &error));
        QCOMPARE(error.args(), QStringList{QString::number(id)});
        QCOMPARE(ledger.events(id).size(), 1);
    }

    void markInterrupted_onlyPendingOrdersWhoseLeaseHasExpired()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(path()));
        const auto leaseFor = [this](int seconds) {
            return OrderLedger::Lease{QStringLiteral("sender"), m_clock.nowUtc().addSecs(seconds)};
        };
        const OrderLedger::DuplicateGuard noGuard;
        // Leased until +120 and never renewed: its sender died.
        const qint64 stale = ledger.insertPending(seedRecord(), leaseFor(120), noGuard, nullptr);
        const qint64 finished = ledger.insertPending(seedRecord(), leaseFor(120), noGuard, nullptr);
        QVERIFY(ledger.recordOutcome(finished, outcome(OrderStatus::Succeeded)));
        QVERIFY(ledger.order(finished)->leaseOwner.isEmpty()); // the outcome releases the lease
        // A slow provider: sent 20 minutes ago, the lease renewed while its sender waits.
        const qint64 waiting = ledger.insertPending(seedRecord(), leaseFor(120), noGuard, nullptr);
        QVERIFY(ledger.recordAttempt(waiting, 1, leaseFor(120)));
        m_clock.advanceSeconds(1200);
        QCOMPARE(ledger.renewLeases({waiting}, leaseFor(120)), 1);
        const qint64 noLease = ledger.insertPending(seedRecord()); // nobody sends it

        QCOMPARE(ledger.markInterrupted(), 2);
        QCOMPARE(ledger.order(stale)->status, OrderStatus::Unknown);
        QCOMPARE(ledger.order(stale)->updatedUtc, startUtc().addSecs(1200));
        QVERIFY(ledger.order(stale)->leaseOwner.isEmpty());
        QVERIFY(ledger.order(stale)->note.startsWith(QStringLiteral("OrderDesk stopped before")));
        QCOMPARE(ledger.order(noLease)->status, OrderStatus::Unknown);
        QCOMPARE(ledger.order(finished)->status, OrderStatus::Succeeded);
        QCOMPARE(ledger.order(waiting)->status, OrderStatus::Pending);

        const OrderEvent event = ledger.events(stale).constLast();
        QCOMPARE(event.kind, OrderEventKind::Interrupted);
        QCOMPARE(event.status, OrderStatus::Unknown);
        QCOMPARE(json(event.detail).value(QStringLiteral("lastUpdateUtc")).toString(),
                 QStringLiteral("2024-05-01T10:00:00.000Z"));
        QCOMPARE(json(event.detail).value(QStringLiteral("sender")).toString(), QStringLiteral("sender"));

        // Exactly at the lease's end it has expired: "until" is exclusive.
        m_clock.advanceSeconds(120);
        QCOMPARE(ledger.markInterrupted(), 1);
        QCOMPARE(ledger.order(waiting)->status, OrderStatus::Unknown);
        QCOMPARE(ledger.markInterrupted(), 0);
    }

    // --- queries ----------------------------------------------------------------------------

    void orders_filterAndPage_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("status"); // -1: any
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("fromHour"); // -1: open
        QTest::addColumn<int>("toHour");   // -1: open
        QTest::addColumn<QList<qint64>>("expected");

        // The rows of fillForQueries(), created one hour apart: id n at start + (n-1) h.
        QTest::newRow("all, newest first")
            << QString() << -1 << QString() << -1 << -1 << QList<qint64>{6, 5, 4, 3, 2, 1};
        QTest::newRow("provider") << QStringLiteral("volcengine") << -1 << QString() << -1 << -1
                                  << QList<qint64>{5, 1};
        QTest::newRow("status") << QString() << static_cast<int>(OrderStatus::Rejected) << QString() << -1
                                << -1 << QList<qint64>{4, 2};
        QTest::newRow("provider and status")
            << QStringLiteral("aliyun") << static_cast<int>(OrderStatus::Rejected) << QString() << -1 << -1
            << QList<qint64>{2};
        QTest::newRow("text in resource id, any case")
            << QString() << -1 << QStringLiteral("DCC-7") << -1 << -1 << QList<qint64>{1};
        QTest::newRow("text in order id")
            << QString() << -1 << QStringLiteral("2112345") << -1 << -1 << QList<qint64>{3};
        QTest::newRow("text in request id")
            << QString() << -1 << QStringLiteral("req-fifth") << -1 << -1 << QList<qint64>{5};
        QTest::newRow("text in profile")
            << QString() << -1 << QStringLiteral("audit") << -1 << -1 << QList<qint64>{6};
        QTest::newRow("text in region")
            << QString() << -1 << QStringLiteral("north-4") << -1 << -1 << QList<qint64>{4};
        QTest::newRow("text in error code")
            << QString() << -1 << QStringLiteral("quotaexc") << -1 << -1 << QList<qint64>{4};
        QTest::newRow("text in error message, Chinese")
            << QString() << -1 << QStringLiteral("余额不足") << -1 << -1 << QList<qint64>{2};
        QTest::newRow("percent is literal")
            << QString() << -1 << QStringLiteral("50%") << -1 << -1 << QList<qint64>{2};
        QTest::newRow("underscore is literal")
            << QString() << -1 << QStringLiteral("a_b") << -1 << -1 << QList<qint64>{6};
        QTest::newRow("backslash is literal")
            << QString() << -1 << QStringLiteral("c\\d") << -1 << -1 << QList<qint64>{5};
        QTest::newRow("text matches nothing")
            << QString() << -1 << QStringLiteral("zzz") << -1 << -1 << QList<qint64>{};
        QTest::newRow("from is inclusive")
            << QString() << -1 << QString() << 3 << -1 << QList<qint64>{6, 5, 4};
        QTest::newRow("to is exclusive") << QString() << -1 << QString() << -1 << 2 << QList<qint64>{2, 1};
        QTest::newRow("range") << QString() << -1 << QString() << 1 << 4 << QList<qint64>{4, 3, 2};
    }

    void orders_filterAndPage()
    {
        QFETCH(QString, provider);
        QFETCH(int, status);
        QFETCH(QString, text);
        QFETCH(int, fromHour);
        QFETCH(int, toHour);
        QFETCH(QList<qint64>, expected);

        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(path()));
        fillForQueries(ledger);

        OrderQuery query;
        query.provider = provider;
        if (status >= 0)
            query.status = static_cast<OrderStatus>(status);
        query.text = text;
        if (fromHour >= 0)
            query.fromUtc = startUtc().addSecs(fromHour * 3600);
        if (toHour >= 0)
            query.toUtc = startUtc().addSecs(toHour * 3600);

        QCOMPARE(ids(ledger.orders(query)), expected);
        QCOMPARE(ledger.count(query), expected.size());
        // Keyset pages put together give the same rows.
        QList<qint64> paged;
        qint64 before = 0;
        for (;;) {
            const QList<OrderRecord> page = ledger.orders(query, 2, before);
            paged << ids(page);
            if (page.size() < 2)
                break;
            before = page.constLast().id;
        }
        QCOMPARE(paged, expected);
    }

    // --- duplicate guard --------------------------------------------------------------------

    void recentDuplicate_window_data()
    {
        QTest::addColumn<qint64>("ageSeconds");
        QTest::addColumn<OrderStatus>("status");
        QTest::addColumn<QString>("otherProfile"); // non-empty: asked with this profile instead
        QTest::addColumn<QString>("otherProvider");
        QTest::addColumn<bool>("found");

        const QString none;
        QTest::newRow("just placed") << qint64(0) << OrderStatus::Pending << none << none << true;
        QTest::newRow("23h59 ago") << qint64(23 * 3600 + 59 * 60) << OrderStatus::Succeeded << none << none
                                   << true;
        QTest::newRow("exactly 24h ago")
            << qint64(24 * 3600) << OrderStatus::Succeeded << none << none << false;
        QTest::newRow("24h01 ago") << qint64(24 * 3600 + 60) << OrderStatus::Succeeded << none << none
                                   << false;
        QTest::newRow("unknown counts") << qint64(3600) << OrderStatus::Unknown << none << none << true;
        QTest::newRow("rejected ignored") << qint64(60) << OrderStatus::Rejected << none << none << false;
        QTest::newRow("other profile ignored")
            << qint64(60) << OrderStatus::Succeeded << QStringLiteral("marketing") << none << false;
        QTest::newRow("other provider ignored")
            << qint64(60) << OrderStatus::Succeeded << none << QStringLiteral("volcengine") << false;
    }

    void recentDuplicate_window()
    {
        QFETCH(qint64, ageSeconds);
        QFETCH(OrderStatus, status);
        QFETCH(QString, otherProfile);
        QFETCH(QString, otherProvider);
        QFETCH(bool, found);

        OrderLedger ledger(m_clock);
        const qint64 id = openWithOrder(ledger);
        if (status != OrderStatus::Pending)
            QVERIFY(ledger.recordOutcome(id, outcome(status)));
        m_clock.advanceSeconds(ageSeconds);

        const QString provider = otherProvider.isEmpty() ? QStringLiteral("aliyun") : otherProvider;
        const QString profile = otherProfile.isEmpty() ? QStringLiteral("finance") : otherProfile;
        const std::optional<OrderRecord> duplicate =
            ledger.recentDuplicate(provider, profile, QStringLiteral("pc-bp1hp0wr072f6****"));
        QCOMPARE(duplicate.has_value(), found);
        if (found)
            QCOMPARE(duplicate->id, id);
    }

    void recentDuplicate_returnsTheNewestAndHonoursTheWindow()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(path()));
        const qint64 older = ledger.insertPending(seedRecord());
        m_clock.advanceSeconds(3600);
        const qint64 newer = ledger.insertPending(seedRecord());
        const qint64 rejected = ledger.insertPending(seedRecord());
        QVERIFY(ledger.recordOutcome(rejected, outcome(OrderStatus::Rejected)));
        QVERIFY(ledger.insertPending(seedRecord(QStringLiteral("aliyun"), QStringLiteral("finance"),
                                                QStringLiteral("pc-other"))) > 0);
        m_clock.advanceSeconds(60);

        const QString resource = QStringLiteral("pc-bp1hp0wr072f6****");
        QCOMPARE(ledger.recentDuplicate(QStringLiteral("aliyun"), QStringLiteral("finance"), resource)->id,
                 newer);
        QCOMPARE(ledger
                     .recentDuplicate(QStringLiteral("aliyun"), QStringLiteral("finance"), resource,
                                      std::chrono::seconds(61))
                     ->id,
                 newer);
        QVERIFY(!ledger
                     .recentDuplicate(QStringLiteral("aliyun"), QStringLiteral("finance"), resource,
                                      std::chrono::seconds(60))
                     .has_value());
        QVERIFY(older < newer);
    }

private:
    // Six orders one hour apart, with values that the query tests search for.
    void fillForQueries(OrderLedger& ledger)
    {
        struct Row
        {
            const char* provider;
            const char* profile;
            const char* region;
            const char* resource;
            OrderStatus status;
            const char* orderId;
            const char* requestId;
            const char* errorCode;
            const char* errorMessage;
        };
        const Row rows[] = {
            {"volcengine", "finance", "cn-beijing", "dcc-7abc", OrderStatus::Pending, "", "", "", ""},
            {"aliyun", "finance", "cn-hangzhou", "pc-1", OrderStatus::Rejected, "", "req-2", "Forbidden",
             "账户余额不足 (50% of the quota used)"},
            {"unicloud", "finance", "cn-tianjin-yfb", "nas-3", OrderStatus::Succeeded, "211234567890123",
             "req-3", "", ""},
            {"huaweicloud", "finance", "cn-north-4", "sdg-4", OrderStatus::Rejected, "", "req-4",
             "CBC.QuotaExceeded", "limit reached"},
            {"volcengine", "finance", "cn-shanghai", "dcc-5", OrderStatus::Unknown, "", "req-fifth",
             "Timeout", "path c\\d timed out"},
            {"aliyun", "audit", "cn-hangzhou", "pc-a_b", OrderStatus::Pending, "", "", "", ""},
        };
        for (const Row& row : rows) {
            OrderRecord record = seedRecord(QString::fromUtf8(row.provider), QString::fromUtf8(row.profile),
                                            QString::fromUtf8(row.resource));
            record.region = QString::fromUtf8(row.region);
            const qint64 id = ledger.insertPending(record);
            QVERIFY(id > 0);
            if (row.status != OrderStatus::Pending) {
                OrderOutcomeRecord result;
                result.status = row.status;
                result.orderId = QString::fromUtf8(row.orderId);
                result.requestId = QString::fromUtf8(row.requestId);
                result.errorCode = QString::fromUtf8(row.errorCode);
                result.errorMessage = QString::fromUtf8(row.errorMessage);
                QVERIFY(ledger.recordOutcome(id, result));
            }
            m_clock.advanceSeconds(3600);
        }
    }
};

QTEST_GUILESS_MAIN(TestOrderLedger)
#include "tst_orderledger.moc"
