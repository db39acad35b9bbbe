#include "LedgerTestSupport.h"
#include "common/FixedClock.h"
#include "ledger/OrderLedger.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace OrderDesk;
using namespace LedgerTestSupport;

namespace {

// The filter's meaning, written out independently of SQL: the needle (trimmed) is a substring
// of one of the searched fields, with ASCII letters compared without case and every other
// character as it is.
QString asciiLower(const QString& text)
{
    QString lowered = text;
    for (QChar& c : lowered) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + 32);
    }
    return lowered;
}

bool matches(const OrderRecord& record, const QString& text)
{
    const QString needle = asciiLower(text.trimmed());
    if (needle.isEmpty())
        return true;
    for (const QString& field : {record.resourceId, record.orderId, record.requestId, record.profile,
                                 record.region, record.errorCode, record.errorMessage}) {
        if (asciiLower(field).contains(needle))
            return true;
    }
    return false;
}

bool execRaw(const QString& location, const QStringList& statements)
{
    const QString name = QStringLiteral("text-index-raw-write");
    bool ok = true;
    {
        QSqlDatabase db = TestLedgerStore::addRawLedgerConnection(location, name);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString& statement : statements)
            ok = ok && query.exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Rows whose searched fields hold what the filter cases below look for, and near misses.
QList<OrderRecord> corpus()
{
    const auto make = [](const QString& resource, const QString& orderId, const QString& errorCode,
                         const QString& errorMessage, const QString& profile = QStringLiteral("finance")) {
        OrderRecord record = seedRecord(QStringLiteral("volcengine"), profile, resource);
        record.status = orderId.isEmpty() ? OrderStatus::Rejected : OrderStatus::Succeeded;
        record.orderId = orderId;
        record.requestId = QStringLiteral("REQ-%1").arg(resource.size());
        record.errorCode = errorCode;
        record.errorMessage = errorMessage;
        return record;
    };
    return {
        make(QStringLiteral("dcc-1a2b3c"), QStringLiteral("202611230001"), {}, {}),
        make(QStringLiteral("DCC-1A2B3D"), QStringLiteral("202611230002"), {}, {}),
        make(QStringLiteral("dcc-9f8e7d"), {}, QStringLiteral("InvalidParameter"),
             QStringLiteral("The value 100% of Period is not valid.")),
        make(QStringLiteral("pc-abc_def"), QStringLiteral("211234567890123"), {}, {}),
        make(QStringLiteral("pc-abcXdef"), {}, QStringLiteral("Throttling"),
             QStringLiteral("Too many requests.")),
        // The trigrams of "abcd" without "abcd" itself.
        make(QStringLiteral("abcXbcd"), QStringLiteral("9"), {}, {}),
        // Only the index folds case beyond ASCII; the filter does not.
        make(QStringLiteral("ÉTÉ-2026"), QStringLiteral("8"), {}, {}, QStringLiteral("财务-华东")),
        make(QStringLiteral("été-2026"), QStringLiteral("7"), {}, {}, QStringLiteral("财务-华北")),
        // A needle across two fields must not match.
        make(QStringLiteral("tail-ab"), QStringLiteral("cd-head"), {}, {}),
        make(QStringLiteral("say \"quoted\" name"), QStringLiteral("6"), {}, {}),
        make(QStringLiteral("space in id"), QStringLiteral("5"), {}, {}),
    };
}

} // namespace

class TestLedgerTextIndex : public QObject
{
    Q_OBJECT

public:
    TestLedgerTextIndex()
        : m_clock(startUtc())
    {}

private:
    // The ledger's location in the store under test (TestLedgerStore): the filter's results are
    // the same on the server, which has no trigram index and reads the rows.
    QString path() const
    {
        return TestLedgerStore::location(m_dir->filePath(QStringLiteral("ledger.sqlite")));
    }

    // The corpus imported into an open ledger; returns the records with their ids.
    QList<OrderRecord> importCorpus(OrderLedger& ledger)
    {
        QList<OrderRecord> records = corpus();
        LocalizedText error;
        if (ledger.importRecords(records, &error) != records.size()) {
            qWarning() << error.toEnglish();
            return {};
        }
        const QList<OrderRecord> stored = ledger.orders(OrderQuery(), OrderSort{OrderSortKey::Id, true}, -1);
        return stored;
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
        // On the server, with PostgreSQL's own trigram indexes (pg_trgm), as the file has FTS5's.
        if (TestLedgerStore::onServer()) {
            const QString database =
                TestLedgerStore::databaseFor(m_dir->filePath(QStringLiteral("ledger.sqlite")));
            QCOMPARE(TestLedgerStore::asSuperuser(database, {QStringLiteral("CREATE EXTENSION pg_trgm")}),
                     QString());
        }
    }

    void open_newLedger_buildsTextIndexAndKeepsTheCurrentVersion()
    {
        LEDGER_FILE_ONLY("SQLite's FTS5 trigram index");
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(path()));
        QVERIFY(ledger.hasTextIndex());
        QCOMPARE(rawValue(path(), QStringLiteral("PRAGMA user_version")).toInt(),
                 OrderLedger::currentSchemaVersion());
        QCOMPARE(
            rawValue(path(), QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM "
                                            "sqlite_master WHERE type = 'trigger' ORDER BY name)"))
                .toString(),
            QStringLiteral("orders_fts_delete,orders_fts_delete_queued,orders_fts_insert,orders_fts_update"));
    }

    void filter_withTextIndex_sameRowsAsSubstringRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one character") << QStringLiteral("d");
        QTest::newRow("two characters") << QStringLiteral("dc");
        QTest::newRow("three characters") << QStringLiteral("dcc");
        QTest::newRow("prefix, ASCII case ignored") << QStringLiteral("dcc-1a2");
        QTest::newRow("upper case needle") << QStringLiteral("DCC-1A2B");
        QTest::newRow("percent is literal") << QStringLiteral("100%");
        QTest::newRow("underscore is literal") << QStringLiteral("c_d");
        QTest::newRow("trigrams present, substring absent") << QStringLiteral("abcd");
        QTest::newRow("non-ASCII case is kept") << QStringLiteral("été-");
        QTest::newRow("non-ASCII exact") << QStringLiteral("ÉTÉ-2026");
        QTest::newRow("Chinese profile") << QStringLiteral("财务-华");
        QTest::newRow("across two fields") << QStringLiteral("abcd-head");
        QTest::newRow("double quotes") << QStringLiteral("\"quoted\"");
        QTest::newRow("inner space") << QStringLiteral("ce in i");
        QTest::newRow("surrounding spaces trimmed") << QStringLiteral("  9f8e  ");
        QTest::newRow("error message") << QStringLiteral("many req");
        QTest::newRow("no match") << QStringLiteral("zzz-none");
    }

    void filter_withTextIndex_sameRowsAsSubstringRule()
    {
        QFETCH(QString, text);
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(path()));
        QCOMPARE(ledger.hasTextIndex(), !TestLedgerStore::onServer());
        QCOMPARE(ledger.hasServerTextIndex(), TestLedgerStore::onServer());
        const QList<OrderRecord> stored = importCorpus(ledger);
        QCOMPARE(stored.size(), corpus().size());

        QList<qint64> expectedNewestFirst;
        for (auto it = stored.crbegin(); it != stored.crend(); ++it) {
            if (matches(*it, text))
                expectedNewestFirst << it->id;
        }
        OrderQuery query;
        query.text = text;
        // Newest first (read through the index), page by page.
        QList<qint64> paged;
        std::optional<OrderRecord> after;
        for (;;) {
            const QList<OrderRecord> page = ledger.orders(query, OrderSort(), 2, after ? &*after : nullptr);
            paged << ids(page);
            if (page.size() < 2)
                break;
            after = page.constLast();
        }
        QCOMPARE(paged, expectedNewestFirst);
        QCOMPARE(ids(ledger.orders(query, OrderSort(), -1)), expectedNewestFirst);
        // Sorted by another column (the index narrows a scan).
        QList<qint64> byResource = ids(ledger.orders(query, OrderSort{OrderSortKey::Resource, true}, -1));
        std::sort(byResource.begin(), byResource.end(), std::greater<qint64>());
        QCOMPARE(byResource, expectedNewestFirst);
        QCOMPARE(ledger.count(query), expectedNewestFirst.size());
        // A capped count stops at the cap and is exact below it.
        for (const int cap : {1, 2, 1000}) {
            const int expected = std::min<int>(cap, expectedNewestFirst.size());
            QCOMPARE(ledger.count(query, cap), expected);
        }
    }

    void filter_afterOutcomeAndResolve_findsTheNewValuesOnly()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(path()));
        const qint64 id = ledger.insertPending(seedRecord());
        QVERIFY(id > 0);
        OrderOutcomeRecord outcome;
        outcome.status = OrderStatus::Unknown;
        outcome.errorCode = QStringLiteral("Timeout");
        QVERIFY(ledger.recordOutcome(id, outcome));
        OrderQuery query;
        query.text = QStringLiteral("timeout");
        QCOMPARE(ledger.count(query), 1);

        QVERIFY(ledger.resolve(id, OrderResolution::Placed, QStringLiteral("ORD-778899"), QString()));
        QCOMPARE(ledger.count(query), 0); // the error was cleared from the row
        QVERIFY(ledger.orders(query, OrderSort(), -1).isEmpty());
        query.text = QStringLiteral("rd-7788");
        QCOMPARE(ids(ledger.orders(query, OrderSort(), -1)), QList<qint64>{id});
    }

    void filter_rowsWrittenByPlainSql_foundBeforeAndAfterIndexing()
    {
        LEDGER_FILE_ONLY("the trigram index's queue");
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(path()));
        // As an older OrderDesk, or a script, writes: the insert trigger only queues the row.
        QVERIFY(execRaw(path(),
                        {QStringLiteral("INSERT INTO orders (created_utc, updated_utc, provider, resource_id,"
                                        " status) VALUES (1, 1, 'aliyun', 'pc-from-script', 'pending')"),
                         QStringLiteral("UPDATE orders SET order_id = 'ORD-SCRIPT-1', status = 'succeeded'"
                                        " WHERE resource_id = 'pc-from-script'")}));
        QCOMPARE(rawValue(path(), QStringLiteral("SELECT count(*) FROM orders_fts_queue")).toInt(), 1);
        OrderQuery byResource;
        byResource.text = QStringLiteral("FROM-SCR");
        OrderQuery byOrderId;
        byOrderId.text = QStringLiteral("ord-script");
        QCOMPARE(ledger.orders(byResource, OrderSort(), -1).size(), 1);
        QCOMPARE(ledger.orders(byOrderId, OrderSort(), -1).size(), 1);
        QCOMPARE(ledger.count(byOrderId), 1);

        // The next insert through the ledger indexes the queue in its transaction.
        QVERIFY(ledger.insertPending(seedRecord()) > 0);
        QCOMPARE(rawValue(path(), QStringLiteral("SELECT count(*) FROM orders_fts_queue")).toInt(), 0);
        QCOMPARE(ledger.orders(byResource, OrderSort(), -1).size(), 1);
        QCOMPARE(ledger.orders(byOrderId, OrderSort(), -1).size(), 1);
        // Indexed rows follow their changes at once.
        QVERIFY(execRaw(path(), {QStringLiteral("UPDATE orders SET order_id = 'ORD-CHANGED'"
                                                " WHERE resource_id = 'pc-from-script'")}));
        QCOMPARE(ledger.orders(byOrderId, OrderSort(), -1).size(), 0);
        byOrderId.text = QStringLiteral("d-chang");
        QCOMPARE(ledger.orders(byOrderId, OrderSort(), -1).size(), 1);
        // FTS5's own check compares the index with the rows it was built from.
        QVERIFY(execRaw(
            path(),
            {QStringLiteral("INSERT INTO orders_fts (orders_fts, rank) VALUES ('integrity-check', 1)")}));
    }

    void open_ledgerWithoutIndex_indexesItsRows()
    {
        LEDGER_FILE_ONLY("a file written by an OrderDesk before the trigram index");
        qint64 id = 0;
        {
            OrderLedger ledger(m_clock);
            QVERIFY(ledger.open(path()));
            id = ledger.insertPending(seedRecord(QStringLiteral("aliyun"), QStringLiteral("finance"),
                                                 QStringLiteral("pc-older-build")));
            QVERIFY(id > 0);
        }
        // A ledger as the build before the index wrote it.
        QVERIFY(execRaw(path(), {QStringLiteral("DROP TRIGGER orders_fts_insert"),
                                 QStringLiteral("DROP TRIGGER orders_fts_update"),
                                 QStringLiteral("DROP TRIGGER orders_fts_delete"),
                                 QStringLiteral("DROP TRIGGER orders_fts_delete_queued"),
                                 QStringLiteral("DROP TABLE orders_fts"),
                                 QStringLiteral("DROP TABLE orders_fts_queue")}));
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(path()));
        QVERIFY(ledger.hasTextIndex());
        OrderQuery query;
        query.text = QStringLiteral("older-bu");
        QCOMPARE(ids(ledger.orders(query, OrderSort(), -1)), QList<qint64>{id});
        QCOMPARE(rawValue(path(), QStringLiteral("PRAGMA user_version")).toInt(),
                 OrderLedger::currentSchemaVersion());
    }

    void importRecords_keepsEveryValueAndAddsImportedEvent()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(path()));
        OrderRecord record = seedRecord();
        record.createdUtc = startUtc().addDays(-30);
        record.updatedUtc = startUtc().addDays(-30).addSecs(2);
        record.status = OrderStatus::Succeeded;
        record.orderId = QStringLiteral("211234567890123");
        record.requestId = QStringLiteral("0B2C3D4E-5F60");
        record.httpStatus = 200;
        record.attempts = 2;
        record.rawResponse = QByteArrayLiteral("{\"OrderId\":\"211234567890123\"}");
        record.resolution = OrderResolution::Placed;
        record.conflict = true;
        record.note = QStringLiteral("carried over");
        OrderRecord second =
            seedRecord(QStringLiteral("huaweicloud"), QStringLiteral("ops"), QStringLiteral("p1"));
        second.status = OrderStatus::Unknown;
        second.operatorName.clear();

        LocalizedText error;
        QCOMPARE(ledger.importRecords({record, second}, &error), 2);
        QVERIFY(error.isEmpty());
        const QList<OrderRecord> stored = ledger.orders(OrderQuery(), OrderSort{OrderSortKey::Id, true}, -1);
        QCOMPARE(stored.size(), 2);
        const OrderRecord& first = stored.at(0);
        QCOMPARE(first.createdUtc, record.createdUtc);
        QCOMPARE(first.updatedUtc, record.updatedUtc);
        QCOMPARE(first.provider, record.provider);
        QCOMPARE(first.operatorName, record.operatorName);
        QCOMPARE(first.params, record.params);
        QCOMPARE(first.idempotencyToken, record.idempotencyToken);
        QCOMPARE(first.status, OrderStatus::Succeeded);
        QCOMPARE(first.orderId, record.orderId);
        QCOMPARE(first.requestId, record.requestId);
        QCOMPARE(first.httpStatus, 200);
        QCOMPARE(first.attempts, 2);
        QCOMPARE(first.rawResponse, record.rawResponse);
        QCOMPARE(first.resolution, record.resolution);
        QCOMPARE(first.conflict, record.conflict);
        QCOMPARE(first.note, record.note);
        // No times given: the clock's; no operator: this user.
        QCOMPARE(stored.at(1).createdUtc, startUtc());
        QCOMPARE(stored.at(1).updatedUtc, startUtc());
        QCOMPARE(stored.at(1).operatorName, OrderLedger::currentOperator());
        QCOMPARE(stored.at(1).status, OrderStatus::Unknown);

        const QList<OrderEvent> events = ledger.events(first.id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).kind, OrderEventKind::Imported);
        QCOMPARE(events.at(0).status, OrderStatus::Succeeded);
        QCOMPARE(events.at(0).atUtc, record.updatedUtc);
        OrderQuery query;
        query.text = QStringLiteral("0B2C3D4E-5F");
        QCOMPARE(ids(ledger.orders(query, OrderSort(), -1)), QList<qint64>{first.id});
    }

    void importRecords_oneInvalidRecord_writesNone()
    {
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(path()));
        OrderRecord bad = seedRecord();
        bad.provider.clear();
        LocalizedText error;
        QCOMPARE(ledger.importRecords({seedRecord(), seedRecord(), bad}, &error), 0);
        QVERIFY(!error.isEmpty());
        QCOMPARE(ledger.count(OrderQuery()), 0);
        QCOMPARE(rawValue(path(), QStringLiteral("SELECT count(*) FROM order_events")).toInt(), 0);
        QCOMPARE(ledger.importRecords({}, &error), 0);
    }
};

QTEST_GUILESS_MAIN(TestLedgerTextIndex)
#include "tst_ledgertextindex.moc"
