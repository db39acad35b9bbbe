#include "LedgerTestSupport.h"
#include "common/FixedClock.h"
#include "ledger/OrderLedger.h"

#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;
using namespace LedgerTestSupport;

Q_DECLARE_METATYPE(OrderDesk::OrderSortKey)

namespace {

struct Row
{
    const char* provider;
    const char* profile;
    const char* resource;
    qint64 createdOffsetSeconds;
    OrderStatus status; // Pending: no outcome recorded
    const char* orderId;
    const char* errorCode;
    const char* errorMessage;
    int attempts;
};

// Ties on every sort column, and creation times that do not follow the ids.
const Row kRows[] = {
    {"aliyun", "finance", "r-b", 0, OrderStatus::Succeeded, "o-2", "", "", 1},
    {"volcengine", "ops", "r-a", 0, OrderStatus::Rejected, "", "B.Err", "m2", 2},
    {"aliyun", "finance", "r-a", 60, OrderStatus::Unknown, "", "Timeout", "", 3},
    {"huaweicloud", "finance", "r-c", 60, OrderStatus::Pending, "", "", "", 0},
    {"unicloud", "ops", "r-b", 120, OrderStatus::Succeeded, "o-1", "", "", 1},
    {"aliyun", "audit", "r-a", -60, OrderStatus::Rejected, "", "A.Err", "m1", 1},
    {"volcengine", "finance", "r-c", 120, OrderStatus::Rejected, "", "B.Err", "m1", 1},
};

} // namespace

class TestOrderSort : public QObject
{
    Q_OBJECT

public:
    TestOrderSort()
        : m_clock(startUtc())
    {}

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<OrderLedger> m_ledger;

    // Every order of `query` in `sort`, read `pageSize` rows at a time after the last row read.
    QList<qint64> readInPages(const OrderQuery& query, const OrderSort& sort, int pageSize)
    {
        QList<OrderRecord> all;
        for (int guard = 0; guard < 100; ++guard) {
            const QList<OrderRecord> page =
                m_ledger->orders(query, sort, pageSize, all.isEmpty() ? nullptr : &all.constLast());
            all << page;
            if (page.size() < pageSize)
                break;
        }
        return ids(all);
    }

private Q_SLOTS:
    void initTestCase()
    {
        LEDGER_STORE_READY();
        QVERIFY(m_dir.isValid());
        m_ledger = std::make_unique<OrderLedger>(m_clock);
        QVERIFY(m_ledger->open(TestLedgerStore::location(m_dir.filePath(QStringLiteral("ledger.sqlite")))));
        for (const Row& row : kRows) {
            m_clock.setNow(startUtc().addSecs(row.createdOffsetSeconds));
            const qint64 id = m_ledger->insertPending(seedRecord(QString::fromLatin1(row.provider),
                                                                 QString::fromLatin1(row.profile),
                                                                 QString::fromLatin1(row.resource)));
            QVERIFY(id > 0);
            if (row.status == OrderStatus::Pending)
                continue;
            OrderOutcomeRecord outcome;
            outcome.status = row.status;
            outcome.orderId = QString::fromLatin1(row.orderId);
            outcome.errorCode = QString::fromLatin1(row.errorCode);
            outcome.errorMessage = QString::fromLatin1(row.errorMessage);
            outcome.attempts = row.attempts;
            QVERIFY(m_ledger->recordOutcome(id, outcome));
        }
        QCOMPARE(m_ledger->count({}), 7);
    }

    void cleanupTestCase() { m_ledger.reset(); }

    void orders_sorted_followsTheKeyThenTheId_data()
    {
        QTest::addColumn<OrderSortKey>("key");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<QList<qint64>>("expected");

        QTest::newRow("id, newest first") << OrderSortKey::Id << false << QList<qint64>{7, 6, 5, 4, 3, 2, 1};
        QTest::newRow("id ascending") << OrderSortKey::Id << true << QList<qint64>{1, 2, 3, 4, 5, 6, 7};
        QTest::newRow("created ascending")
            << OrderSortKey::Created << true << QList<qint64>{6, 1, 2, 3, 4, 5, 7};
        QTest::newRow("created descending")
            << OrderSortKey::Created << false << QList<qint64>{7, 5, 4, 3, 2, 1, 6};
        QTest::newRow("provider ascending")
            << OrderSortKey::Provider << true << QList<qint64>{1, 3, 6, 4, 5, 2, 7};
        QTest::newRow("provider descending")
            << OrderSortKey::Provider << false << QList<qint64>{7, 2, 5, 4, 6, 3, 1};
        QTest::newRow("profile ascending")
            << OrderSortKey::Profile << true << QList<qint64>{6, 1, 3, 4, 7, 2, 5};
        QTest::newRow("resource ascending")
            << OrderSortKey::Resource << true << QList<qint64>{2, 3, 6, 1, 5, 4, 7};
        // By the stable keys: pending, rejected, succeeded, unknown.
        QTest::newRow("status ascending")
            << OrderSortKey::Status << true << QList<qint64>{4, 2, 6, 7, 1, 5, 3};
        QTest::newRow("status descending")
            << OrderSortKey::Status << false << QList<qint64>{3, 5, 1, 7, 6, 2, 4};
        QTest::newRow("order id ascending")
            << OrderSortKey::OrderId << true << QList<qint64>{2, 3, 4, 6, 7, 5, 1};
        // The code, then the message.
        QTest::newRow("error ascending") << OrderSortKey::Error << true << QList<qint64>{1, 4, 5, 6, 7, 2, 3};
        QTest::newRow("error descending")
            << OrderSortKey::Error << false << QList<qint64>{3, 2, 7, 6, 5, 4, 1};
        QTest::newRow("attempts ascending")
            << OrderSortKey::Attempts << true << QList<qint64>{4, 1, 5, 6, 7, 2, 3};
    }

    void orders_sorted_followsTheKeyThenTheId()
    {
        QFETCH(OrderSortKey, key);
        QFETCH(bool, ascending);
        QFETCH(QList<qint64>, expected);

        const OrderSort sort{key, ascending};
        QCOMPARE(ids(m_ledger->orders({}, sort, -1)), expected);
        QCOMPARE(ids(m_ledger->orders({}, sort, 3)), expected.mid(0, 3));
        // Pages of one, two and three rows continue where the one before ended, ties included.
        for (int pageSize = 1; pageSize <= 3; ++pageSize)
            QCOMPARE(readInPages({}, sort, pageSize), expected);
    }

    void orders_sortedAndFiltered_pagesWithinTheFilter()
    {
        OrderQuery query;
        query.provider = QStringLiteral("aliyun");
        QCOMPARE(readInPages(query, OrderSort{OrderSortKey::Created, true}, 2), (QList<qint64>{6, 1, 3}));
        query = {};
        query.status = OrderStatus::Rejected;
        QCOMPARE(readInPages(query, OrderSort{OrderSortKey::Error, false}, 1), (QList<qint64>{2, 7, 6}));
        query.text = QStringLiteral("r-C");
        QCOMPARE(readInPages(query, OrderSort{OrderSortKey::Error, false}, 1), (QList<qint64>{7}));
    }

    void orders_afterTheLastRow_isEmpty()
    {
        const OrderSort sort{OrderSortKey::Provider, true};
        const QList<OrderRecord> all = m_ledger->orders({}, sort, -1);
        QCOMPARE(all.size(), 7);
        QVERIFY(m_ledger->orders({}, sort, 10, &all.constLast()).isEmpty());
    }

    void orders_cursorIsTheRowAsRead_notAsItIsNow()
    {
        // The caller's copy is what the page continues after, even when the row changed since.
        const OrderSort sort{OrderSortKey::Status, true};
        const QList<OrderRecord> first = m_ledger->orders({}, sort, 2);
        QCOMPARE(ids(first), (QList<qint64>{4, 2}));
        OrderRecord cursor = first.constLast();
        QCOMPARE(ids(m_ledger->orders({}, sort, 2, &cursor)), (QList<qint64>{6, 7}));
        cursor.status = OrderStatus::Succeeded;
        QCOMPARE(ids(m_ledger->orders({}, sort, 2, &cursor)), (QList<qint64>{5, 3}));
    }

    void orders_byPaymentWithoutProviders_allTieAndKeepTheIdOrder()
    {
        // Nobody told the ledger how providers pay: every order ranks 0, and pages follow the id.
        for (const bool ascending : {true, false}) {
            const OrderSort sort{OrderSortKey::Payment, ascending};
            const QList<qint64> expected =
                ascending ? QList<qint64>{1, 2, 3, 4, 5, 6, 7} : QList<qint64>{7, 6, 5, 4, 3, 2, 1};
            QCOMPARE(ids(m_ledger->orders({}, sort, -1)), expected);
            QCOMPARE(readInPages({}, sort, 2), expected);
        }
    }

    void orders_closedLedger_isEmpty()
    {
        OrderLedger closed(m_clock);
        QVERIFY(closed.orders({}, OrderSort{OrderSortKey::Provider, true}, 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrderSort)
#include "tst_ordersort.moc"
