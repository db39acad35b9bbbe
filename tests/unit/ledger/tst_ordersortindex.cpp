#include "LedgerTestSupport.h"
#include "common/FixedClock.h"
#include "ledger/LedgerSchema.h"
#include "ledger/OrderLedger.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>
#include <vector>

using namespace OrderDesk;
using namespace LedgerTestSupport;

Q_DECLARE_METATYPE(OrderDesk::OrderSortKey)

namespace {

// Enough orders that a walk of a sort index (the ledger reads 8,000 rows) ends before the last
// one, with ties on every sort column.
constexpr int kOrders = 20000;

const OrderSortKey kAllKeys[] = {OrderSortKey::Id,      OrderSortKey::Created, OrderSortKey::Provider,
                                 OrderSortKey::Profile, OrderSortKey::Region,  OrderSortKey::Resource,
                                 OrderSortKey::Status,  OrderSortKey::OrderId, OrderSortKey::RequestId,
                                 OrderSortKey::Error,   OrderSortKey::Attempts};

const char* keyName(OrderSortKey key)
{
    switch (key) {
    case OrderSortKey::Id:
        return "id";
    case OrderSortKey::Created:
        return "created";
    case OrderSortKey::Provider:
        return "provider";
    case OrderSortKey::Profile:
        return "profile";
    case OrderSortKey::Region:
        return "region";
    case OrderSortKey::Resource:
        return "resource";
    case OrderSortKey::Status:
        return "status";
    case OrderSortKey::OrderId:
        return "order id";
    case OrderSortKey::RequestId:
        return "request id";
    case OrderSortKey::Error:
        return "error";
    case OrderSortKey::Attempts:
        return "attempts";
    case OrderSortKey::Payment:
        return "payment";
    }
    return "";
}

// The index names as the ledger file holds them: a renamed or dropped index fails the plan test.
QString expectedIndex(OrderSortKey key)
{
    switch (key) {
    case OrderSortKey::Id:
        return {};
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
    case OrderSortKey::Payment: // told by the providers: no column, no index (tst_ordertablemodel)
        return {};
    }
    return {};
}

const QStringList kNewIndexes{
    QStringLiteral("orders_sort_provider_idx"), QStringLiteral("orders_sort_profile_idx"),
    QStringLiteral("orders_sort_region_idx"),   QStringLiteral("orders_sort_resource_idx"),
    QStringLiteral("orders_sort_order_id_idx"), QStringLiteral("orders_sort_request_id_idx"),
    QStringLiteral("orders_sort_error_idx"),    QStringLiteral("orders_sort_attempts_idx")};

// The sort written out independently of SQL: stored text compared by its bytes (all ASCII
// here), numbers as numbers, then the id, all in the one direction.
using SortValue = std::tuple<QString, QString, qint64>;

SortValue sortValue(OrderSortKey key, const OrderRecord& record)
{
    switch (key) {
    case OrderSortKey::Id:
        return {};
    case OrderSortKey::Created:
        return {QString(), QString(), record.createdUtc.toMSecsSinceEpoch()};
    case OrderSortKey::Provider:
        return {record.provider, QString(), 0};
    case OrderSortKey::Profile:
        return {record.profile, QString(), 0};
    case OrderSortKey::Region:
        return {record.region, QString(), 0};
    case OrderSortKey::Resource:
        return {record.resourceId, QString(), 0};
    case OrderSortKey::Status:
        return {OrderStatusNames::key(record.status), QString(), 0};
    case OrderSortKey::OrderId:
        return {record.orderId, QString(), 0};
    case OrderSortKey::RequestId:
        return {record.requestId, QString(), 0};
    case OrderSortKey::Error:
        return {record.errorCode, record.errorMessage, 0};
    case OrderSortKey::Attempts:
        return {QString(), QString(), record.attempts};
    case OrderSortKey::Payment:
        return {};
    }
    return {};
}

QList<qint64> referenceOrder(const QList<OrderRecord>& records, const OrderSort& sort)
{
    std::vector<std::tuple<SortValue, qint64>> keyed;
    keyed.reserve(static_cast<size_t>(records.size()));
    for (const OrderRecord& record : records)
        keyed.emplace_back(sortValue(sort.key, record), record.id);
    if (sort.ascending)
        std::sort(keyed.begin(), keyed.end());
    else
        std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return b < a; });
    QList<qint64> out;
    for (const auto& entry : keyed)
        out << std::get<1>(entry);
    return out;
}

bool execRaw(const QString& location, const QStringList& statements, QString* error)
{
    const QString name = QStringLiteral("sort-index-raw-write");
    bool ok = true;
    {
        QSqlDatabase db = TestLedgerStore::addRawLedgerConnection(location, name);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            if (ok && !query.exec(statement)) {
                ok = false;
                *error = statement + QStringLiteral(": ") + query.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// kOrders orders in one transaction, straight through SQL. The status does not follow the
// provider, creation times repeat and do not follow the ids, and every text column has ties.
bool fill(const QString& location, QString* error)
{
    static const QStringList providers{QStringLiteral("volcengine"), QStringLiteral("aliyun"),
                                       QStringLiteral("unicloud"), QStringLiteral("huaweicloud")};
    static const QStringList statuses{QStringLiteral("pending"), QStringLiteral("succeeded"),
                                      QStringLiteral("rejected"), QStringLiteral("unknown")};
    static const QStringList profiles{QStringLiteral("finance"), QStringLiteral("ops"),
                                      QStringLiteral("audit")};
    static const QStringList regions{QStringLiteral("cn-beijing"), QStringLiteral("cn-hangzhou"),
                                     QStringLiteral("cn-north-4"), QStringLiteral("cn-shanghai"),
                                     QStringLiteral("cn-tianjin-yfb")};
    static const QStringList codes{QStringLiteral("InvalidParameter"), QStringLiteral("Quota.Exceeded"),
                                   QStringLiteral("Throttling")};
    const QString name = QStringLiteral("sort-index-fill");
    bool ok = false;
    {
        QSqlDatabase db = TestLedgerStore::addRawLedgerConnection(location, name);
        if (db.open() && db.transaction()) {
            QSqlQuery query(db);
            ok = query.prepare(QStringLiteral("INSERT INTO orders (created_utc, updated_utc, provider, "
                                              "profile, region, resource_id, status,"
                                              " order_id, request_id, error_code, error_message, attempts)"
                                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const qint64 base = startUtc().toMSecsSinceEpoch();
            for (int i = 1; ok && i <= kOrders; ++i) {
                const QString status = statuses.at((i / 3) % 4);
                const bool rejected = status == QLatin1String("rejected");
                const qint64 created = base + ((i * 37LL) % (kOrders / 2)) * 1000;
                query.addBindValue(created);
                query.addBindValue(created);
                query.addBindValue(providers.at(i % 4));
                query.addBindValue(profiles.at(i % 3));
                query.addBindValue(regions.at((i / 7) % 5));
                query.addBindValue(QStringLiteral("res-%1").arg((i * 7919LL) % kOrders));
                query.addBindValue(status);
                query.addBindValue(status == QLatin1String("succeeded")
                                       ? QStringLiteral("ord-%1").arg((i * 31) % 1000)
                                       : QString(QLatin1String("")));
                query.addBindValue(QStringLiteral("req-%1").arg((i * 13) % 5000));
                query.addBindValue(rejected ? codes.at(i % 3) : QString(QLatin1String("")));
                query.addBindValue(rejected ? QStringLiteral("message %1").arg(i % 2)
                                            : QString(QLatin1String("")));
                query.addBindValue(i % 4);
                ok = query.exec();
            }
            if (!ok)
                *error = query.lastError().text();
            ok = ok && db.commit();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestOrderSortIndex : public QObject
{
    Q_OBJECT

public:
    TestOrderSortIndex()
        : m_clock(startUtc())
    {}

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<OrderLedger> m_ledger;
    QList<OrderRecord> m_all; // id ascending
    QHash<QString, QList<qint64>> m_ascending;

    // The ledger's location in the store under test (TestLedgerStore).
    QString path() const
    {
        return TestLedgerStore::location(m_dir.filePath(QStringLiteral("ledger.sqlite")));
    }

    // Up to `pages` pages of `pageSize` orders, each continuing after the last row read,
    // starting after `start` (from the top without it).
    QList<qint64> readInPages(const OrderQuery& query, const OrderSort& sort, int pageSize, int pages,
                              const OrderRecord* start = nullptr) const
    {
        QList<OrderRecord> all;
        for (int page = 0; page < pages; ++page) {
            const OrderRecord* after = all.isEmpty() ? start : &all.constLast();
            const QList<OrderRecord> rows = m_ledger->orders(query, sort, pageSize, after);
            all << rows;
            if (rows.size() < pageSize)
                break;
        }
        return ids(all);
    }

    const OrderRecord& record(qint64 id) const { return m_all.at(static_cast<int>(id - 1)); }

    int indexCount() const
    {
        return rawValue(path(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                               " AND name LIKE 'orders_sort_%'"))
            .toInt();
    }

    // Every sort key both ways, each with and without a filter that keeps most orders.
    static void addSortRows()
    {
        QTest::addColumn<OrderSortKey>("key");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<QString>("filter");
        for (const OrderSortKey key : kAllKeys) {
            for (const bool ascending : {true, false}) {
                for (const char* filter : {"", "provider", "status", "text"}) {
                    QTest::addRow("%s %s%s%s", keyName(key), ascending ? "asc" : "desc", *filter ? ", " : "",
                                  filter)
                        << key << ascending << QString::fromLatin1(filter);
                }
            }
        }
    }

    static OrderQuery denseQuery(const QString& filter)
    {
        OrderQuery query;
        if (filter == QLatin1String("provider"))
            query.provider = QStringLiteral("unicloud");
        else if (filter == QLatin1String("status"))
            query.status = OrderStatus::Rejected;
        else if (filter == QLatin1String("text"))
            query.text = QStringLiteral("REQ-1"); // 1,111 of 5,000 request ids, 4,444 orders
        return query;
    }

    static bool denseMatch(const QString& filter, const OrderRecord& record)
    {
        if (filter == QLatin1String("provider"))
            return record.provider == QLatin1String("unicloud");
        if (filter == QLatin1String("status"))
            return record.status == OrderStatus::Rejected;
        if (filter == QLatin1String("text"))
            return record.requestId.startsWith(QLatin1String("req-1"));
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LEDGER_STORE_READY();
        QVERIFY(m_dir.isValid());
        m_ledger = std::make_unique<OrderLedger>(m_clock);
        QVERIFY(m_ledger->open(path()));
        QString error;
        QVERIFY2(fill(path(), &error), qPrintable(error));
        // Opening again indexes the text of the rows written by plain SQL, as for any ledger.
        m_ledger->close();
        QVERIFY(m_ledger->open(path()));
        m_all = m_ledger->orders({}, OrderSort{OrderSortKey::Id, true}, -1);
        QCOMPARE(m_all.size(), kOrders);
    }

    void cleanupTestCase() { m_ledger.reset(); }

    void open_newLedger_hasEverySortIndexAndKeepsTheCurrentVersion()
    {
        LEDGER_FILE_ONLY("SQLite's catalogue and header (the server's indexes: tst_orderledger)");
        QCOMPARE(indexCount(), kNewIndexes.size());
        for (const QString& name : kNewIndexes)
            QCOMPARE(
                rawValue(path(),
                         QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(name))
                    .toInt(),
                1);
        QCOMPARE(rawValue(path(), QStringLiteral("PRAGMA user_version")).toInt(),
                 OrderLedger::currentSchemaVersion());
        for (const OrderSortKey key : kAllKeys)
            QCOMPARE(LedgerSchema::sortIndexName(key), expectedIndex(key));
    }

    // The page is read in the sort's order from its index: without a filter no step sorts,
    // neither the first page nor the next one after a row (the keyset condition), in either
    // direction, nor for a provider or status sorted by itself. With another provider, status
    // or text filter the candidates come from the sort's index alone, in its order, and only the
    // page's top rows among them are kept (the one sorting step left, over at most a walk's rows).
    void sortPlan_everyKeyBothWays_walksItsIndexWithoutSorting_data() { addSortRows(); }

    void sortPlan_everyKeyBothWays_walksItsIndexWithoutSorting()
    {
        LEDGER_FILE_ONLY("SQLite's query plans");
        QFETCH(OrderSortKey, key);
        QFETCH(bool, ascending);
        QFETCH(QString, filter);
        const OrderSort sort{key, ascending};
        const OrderQuery query = denseQuery(filter);
        const OrderRecord& after = m_all.at(kOrders / 2);
        for (const OrderRecord* cursor : {static_cast<const OrderRecord*>(nullptr), &after}) {
            const QStringList plan = m_ledger->queryPlan(query, sort, 101, cursor);
            const QString text = plan.join(QLatin1Char('\n'));
            QVERIFY2(!plan.isEmpty(), "no plan");
            if (key == OrderSortKey::Id) {
                // The table's own order, or an index whose entries follow the id.
                QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
                continue;
            }
            const bool filterIsTheKey =
                (key == OrderSortKey::Provider && filter == QLatin1String("provider")) ||
                (key == OrderSortKey::Status && filter == QLatin1String("status"));
            if (filter.isEmpty() || filterIsTheKey) {
                QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
                QVERIFY2(text.contains(QLatin1String("INDEX ") + expectedIndex(key)), qPrintable(text));
                continue;
            }
            QVERIFY2(text.contains(QLatin1String("SCAN orders USING COVERING INDEX ") + expectedIndex(key)) ||
                         text.contains(QLatin1String("SEARCH orders USING COVERING INDEX ") +
                                       expectedIndex(key) + QLatin1Char(' ')),
                     qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("SEARCH o USING INTEGER PRIMARY KEY")), qPrintable(text));
            QCOMPARE(text.count(QLatin1String("TEMP B-TREE")), 1);
            QCOMPARE(plan.constLast(), QStringLiteral("USE TEMP B-TREE FOR ORDER BY"));
        }
    }

    // Every order exactly once, in the order written out in C++, read a page at a time after the
    // last row read: ties on every column are continued exactly.
    void sortResults_everyKeyBothWays_matchReferenceInPages_data() { addSortRows(); }

    void sortResults_everyKeyBothWays_matchReferenceInPages()
    {
        QFETCH(OrderSortKey, key);
        QFETCH(bool, ascending);
        QFETCH(QString, filter);
        const OrderSort sort{key, ascending};
        QList<OrderRecord> kept;
        for (const OrderRecord& record : std::as_const(m_all)) {
            if (denseMatch(filter, record))
                kept << record;
        }
        QVERIFY(kept.size() > 4000);
        // Descending is ascending reversed, ties on the id included: sorted once per key.
        const QString cacheKey = QString::number(static_cast<int>(key)) + filter;
        if (!m_ascending.contains(cacheKey))
            m_ascending.insert(cacheKey, referenceOrder(kept, OrderSort{key, true}));
        QList<qint64> expected = m_ascending.value(cacheKey);
        if (!ascending)
            std::reverse(expected.begin(), expected.end());
        const OrderQuery query = denseQuery(filter);
        QCOMPARE(ids(m_ledger->orders(query, sort, 31)), expected.mid(0, 31));
        // Through long runs of ties from the top, the middle and to the end.
        QCOMPARE(readInPages(query, sort, 499, 3), expected.mid(0, 3 * 499));
        for (const int from :
             {static_cast<int>(expected.size()) / 2, static_cast<int>(expected.size()) - 700})
            QCOMPARE(readInPages(query, sort, 499, 3, &record(expected.at(from))),
                     expected.mid(from + 1, 3 * 499));
    }

    // A filter that keeps few orders finds them through its own index and sorts only them
    // (the page's plan says so), in pages of 29.
    void sortResults_fewMatches_sortedLikeTheReference_data()
    {
        QTest::addColumn<OrderSortKey>("key");
        QTest::addColumn<bool>("ascending");
        for (const OrderSortKey key : kAllKeys) {
            for (const bool ascending : {true, false})
                QTest::addRow("%s %s", keyName(key), ascending ? "asc" : "desc") << key << ascending;
        }
    }

    void sortResults_fewMatches_sortedLikeTheReference()
    {
        QFETCH(OrderSortKey, key);
        QFETCH(bool, ascending);
        const OrderSort sort{key, ascending};
        OrderQuery query;
        query.text = QStringLiteral("res-19"); // only resource ids hold "res-"
        query.status = OrderStatus::Succeeded;
        QList<OrderRecord> kept;
        for (const OrderRecord& record : std::as_const(m_all)) {
            if (record.resourceId.contains(QLatin1String("res-19")) &&
                record.status == OrderStatus::Succeeded)
                kept << record;
        }
        QVERIFY(!kept.isEmpty());
        QVERIFY(kept.size() < 4000);
        QCOMPARE(readInPages(query, sort, 29, kOrders), referenceOrder(kept, sort));
        if (key != OrderSortKey::Id && !TestLedgerStore::onServer()) {
            const QString plan = m_ledger->queryPlan(query, sort, 8).join(QLatin1Char('\n'));
            QVERIFY2(plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
        }
    }

    // The filter keeps many orders, but none among the first rows of the sort's index (the
    // providers sort before "volcengine"): the bounded walk finds none, and the matches are
    // sorted instead, with the same result.
    void sortResults_matchesOnlyLateInTheIndex_sameAsReference_data()
    {
        QTest::addColumn<bool>("ascending");
        QTest::newRow("asc: the matches come last") << true;
        QTest::newRow("desc: the matches come first") << false;
    }

    void sortResults_matchesOnlyLateInTheIndex_sameAsReference()
    {
        QFETCH(bool, ascending);
        const OrderSort sort{OrderSortKey::Region, ascending};
        OrderQuery query;
        query.status = OrderStatus::Unknown;
        query.text = QStringLiteral("cn-tianjin"); // the last region: 4,000 orders, about a quarter Unknown
        QList<OrderRecord> kept;
        for (const OrderRecord& record : std::as_const(m_all)) {
            if (record.region == QLatin1String("cn-tianjin-yfb") && record.status == OrderStatus::Unknown)
                kept << record;
        }
        QVERIFY(kept.size() > 257);
        const QList<qint64> expected = referenceOrder(kept, sort);
        QCOMPARE(ids(m_ledger->orders(query, sort, 257)), expected.mid(0, 257));
        QCOMPARE(readInPages(query, sort, 257, kOrders), expected);
    }

    // A ledger written by the previous OrderDesk has none of them: they are built when it is
    // opened, the version stays, and every sort gives what it gave without them.
    void open_ledgerWithoutSortIndexes_buildsThemAndSortsTheSame()
    {
        LEDGER_FILE_ONLY("a file written by an OrderDesk before the sort indexes");
        const OrderSort samples[] = {{OrderSortKey::Region, true},    {OrderSortKey::Error, false},
                                     {OrderSortKey::Attempts, false}, {OrderSortKey::RequestId, true},
                                     {OrderSortKey::Provider, false}, {OrderSortKey::Created, true}};
        QList<QList<qint64>> before;
        QList<QList<qint64>> firstPages;
        OrderQuery filtered;
        filtered.provider = QStringLiteral("aliyun");
        for (const OrderSort& sort : samples) {
            before << readInPages({}, sort, 4999, kOrders);
            firstPages << ids(m_ledger->orders(filtered, sort, 50));
        }

        m_ledger->close();
        QStringList drops;
        for (const QString& name : kNewIndexes)
            drops << QStringLiteral("DROP INDEX ") + name;
        QString error;
        QVERIFY2(execRaw(path(), drops, &error), qPrintable(error));
        QCOMPARE(indexCount(), 0);

        QVERIFY(m_ledger->open(path()));
        QCOMPARE(indexCount(), kNewIndexes.size());
        QCOMPARE(rawValue(path(), QStringLiteral("PRAGMA user_version")).toInt(),
                 OrderLedger::currentSchemaVersion());
        QCOMPARE(rawValue(path(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        for (int i = 0; i < static_cast<int>(std::size(samples)); ++i) {
            QCOMPARE(readInPages({}, samples[i], 4999, kOrders), before.at(i));
            QCOMPARE(ids(m_ledger->orders(filtered, samples[i], 50)), firstPages.at(i));
            QVERIFY(!m_ledger->queryPlan({}, samples[i], 30)
                         .join(QLatin1Char('\n'))
                         .contains(QLatin1String("TEMP B-TREE")));
        }
    }

    // Rows written after the indexes exist, as the previous OrderDesk would write them (plain SQL),
    // are in them at once: SQLite keeps an index current on every write.
    void sortResults_rowsWrittenAfterOpen_takeTheirPlace()
    {
        QString error;
        QVERIFY2(
            execRaw(path(),
                    {QStringLiteral("INSERT INTO orders (created_utc, updated_utc, provider, region, status)"
                                    " VALUES (0, 0, 'aliyun', 'a-first-region', 'pending')")},
                    &error),
            qPrintable(error));
        const QList<OrderRecord> page = m_ledger->orders({}, OrderSort{OrderSortKey::Region, true}, 2);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.constFirst().region, QStringLiteral("a-first-region"));
        QCOMPARE(page.constFirst().id, qint64(kOrders + 1));
    }
};

QTEST_GUILESS_MAIN(TestOrderSortIndex)
#include "tst_ordersortindex.moc"
