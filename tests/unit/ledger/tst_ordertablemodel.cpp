#include "LedgerTestSupport.h"
#include "ModelOnReader.h"
#include "common/FixedClock.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderTableModel.h"
#include "ledger/PaymentSortOrder.h"
#include "providers/ProviderRegistry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace OrderDesk;
using namespace LedgerTestSupport;

namespace {

constexpr int kBigLedgerRows = 100000;

qint64 idAt(const OrderTableModel& model, int row)
{
    return model.data(model.index(row, OrderTableModel::IdColumn), OrderTableModel::RecordIdRole)
        .toLongLong();
}

} // namespace

class TestOrderTableModel : public QObject
{
    Q_OBJECT

public:
    TestOrderTableModel()
        : m_clock(startUtc())
    {}

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<OrderLedger> m_big; // kBigLedgerRows orders, read only

private Q_SLOTS:
    void initTestCase()
    {
        LEDGER_STORE_READY();
        pinLocalTimeToUtcPlus8();
        QVERIFY(m_dir.isValid());
        m_big = std::make_unique<OrderLedger>(m_clock);
        const QString file = TestLedgerStore::location(m_dir.filePath(QStringLiteral("big.sqlite")));
        QVERIFY(m_big->open(file));
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(bulkInsert(file, kBigLedgerRows, &error), qPrintable(error));
        qInfo("%d orders inserted in %lld ms", kBigLedgerRows, timer.elapsed());
        QCOMPARE(m_big->count({}), kBigLedgerRows);
    }

    void cleanupTestCase() { m_big.reset(); }

    void open_bigLedger_showsOnlyTheFirstPage()
    {
        QElapsedTimer timer;
        timer.start();
        ModelOnReader onReader(*m_big);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(model.rowCount(), OrderTableModel::PageSize);
        QCOMPARE(model.rowCount(), 256);
        QCOMPARE(model.columnCount(), static_cast<int>(OrderTableModel::ColumnCount));
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(idAt(model, 0), qint64(kBigLedgerRows));
        QCOMPARE(idAt(model, 255), qint64(kBigLedgerRows - 255));
        // One indexed query of 257 rows, whatever the size of the ledger.
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
        // A table has no children.
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QVERIFY(!model.canFetchMore(model.index(0, 0)));
    }

    void fetchMore_appendsTheNextPage()
    {
        ModelOnReader onReader(*m_big);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QVERIFY(onReader.settled());
        QCOMPARE(model.rowCount(), 512);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 256);
        QCOMPARE(inserted.at(0).at(2).toInt(), 511);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(idAt(model, row), qint64(kBigLedgerRows - row));
        QVERIFY(model.canFetchMore({}));
    }

    void fetchMore_lastPage_stopsFetching()
    {
        ModelOnReader onReader(*m_big);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        OrderQuery query;
        // bulkInsert creates order i at start + i seconds: the newest 301 orders.
        query.fromUtc = startUtc().addSecs(kBigLedgerRows - 300);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setQuery(query);
        QVERIFY(onReader.settled());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 256);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(onReader.settled());
        QCOMPARE(model.rowCount(), 301);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(idAt(model, 300), qint64(kBigLedgerRows - 300));
        model.fetchMore({});
        QVERIFY(onReader.settled());
        QCOMPARE(model.rowCount(), 301);
    }

    void setQuery_filters_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("status"); // -1: any
        QTest::addColumn<QString>("text");

        QTest::newRow("status rejected") << QString() << static_cast<int>(OrderStatus::Rejected) << QString();
        QTest::newRow("provider") << QStringLiteral("huaweicloud") << -1 << QString();
        QTest::newRow("text") << QString() << -1 << QStringLiteral("X7");
        QTest::newRow("text and status")
            << QString() << static_cast<int>(OrderStatus::Succeeded) << QStringLiteral("x7");
        QTest::newRow("nothing") << QStringLiteral("nobody") << -1 << QString();
    }

    void setQuery_filters()
    {
        QFETCH(QString, provider);
        QFETCH(int, status);
        QFETCH(QString, text);

        OrderQuery query;
        query.provider = provider;
        if (status >= 0)
            query.status = static_cast<OrderStatus>(status);
        query.text = text;

        ModelOnReader onReader(*m_big);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        model.setQuery(query);
        QVERIFY(onReader.settled());
        const int total = m_big->count(query);
        QCOMPARE(model.rowCount(), std::min(total, 256));
        QCOMPARE(model.canFetchMore({}), total > 256);
        for (int row = 0; row < model.rowCount(); ++row) {
            const OrderRecord* record = model.record(row);
            QVERIFY(record);
            if (!provider.isEmpty())
                QCOMPARE(record->provider, provider);
            if (status >= 0)
                QCOMPARE(static_cast<int>(record->status), status);
            if (!text.isEmpty())
                QVERIFY(record->resourceId.contains(text, Qt::CaseInsensitive));
            QCOMPARE(model.data(model.index(row, 0), OrderTableModel::StatusRole).toInt(),
                     static_cast<int>(record->status));
        }
        QCOMPARE(model.query().provider, provider);
    }

    void data_columnsAndRoles_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("display");
        QTest::addColumn<QVariant>("raw");

        const QDateTime created = startUtc();
        QTest::newRow("id") << static_cast<int>(OrderTableModel::IdColumn) << QVariant(qint64(1))
                            << QVariant(qint64(1));
        QTest::newRow("created") << static_cast<int>(OrderTableModel::CreatedColumn)
                                 << QVariant(QStringLiteral("2024-05-01 18:00:00")) << QVariant(created);
        QTest::newRow("provider") << static_cast<int>(OrderTableModel::ProviderColumn)
                                  << QVariant(QStringLiteral("aliyun")) << QVariant(QStringLiteral("aliyun"));
        QTest::newRow("profile") << static_cast<int>(OrderTableModel::ProfileColumn)
                                 << QVariant(QStringLiteral("财务部")) << QVariant(QStringLiteral("财务部"));
        QTest::newRow("region") << static_cast<int>(OrderTableModel::RegionColumn)
                                << QVariant(QStringLiteral("cn-hangzhou"))
                                << QVariant(QStringLiteral("cn-hangzhou"));
        QTest::newRow("resource") << static_cast<int>(OrderTableModel::ResourceColumn)
                                  << QVariant(QStringLiteral("pc-bp1hp0wr072f6****"))
                                  << QVariant(QStringLiteral("pc-bp1hp0wr072f6****"));
        QTest::newRow("status") << static_cast<int>(OrderTableModel::StatusColumn)
                                << QVariant(QStringLiteral("Rejected"))
                                << QVariant(QStringLiteral("rejected"));
        // Nothing was bought: no payment to show.
        QTest::newRow("payment") << static_cast<int>(OrderTableModel::PaymentColumn) << QVariant(QString())
                                 << QVariant(QString());
        QTest::newRow("order id") << static_cast<int>(OrderTableModel::OrderIdColumn) << QVariant(QString())
                                  << QVariant(QString());
        QTest::newRow("request id") << static_cast<int>(OrderTableModel::RequestIdColumn)
                                    << QVariant(QStringLiteral("0B2C3D4E-5F60-4A7B-8C9D-0E1F2A3B4C5D"))
                                    << QVariant(QStringLiteral("0B2C3D4E-5F60-4A7B-8C9D-0E1F2A3B4C5D"));
        QTest::newRow("error") << static_cast<int>(OrderTableModel::ErrorColumn)
                               << QVariant(QStringLiteral("Forbidden.NotEnoughBalance: 余额不足"))
                               << QVariant(QStringLiteral("Forbidden.NotEnoughBalance"));
        QTest::newRow("attempts") << static_cast<int>(OrderTableModel::AttemptsColumn) << QVariant(2)
                                  << QVariant(2);
    }

    void data_columnsAndRoles()
    {
        QFETCH(int, column);
        QFETCH(QVariant, display);
        QFETCH(QVariant, raw);

        QTemporaryDir dir;
        m_clock.setNow(startUtc());
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(TestLedgerStore::location(dir.filePath(QStringLiteral("ledger.sqlite")))));
        const qint64 id =
            ledger.insertPending(seedRecord(QStringLiteral("aliyun"), QStringLiteral("财务部")));
        QCOMPARE(id, 1);
        OrderOutcomeRecord rejected;
        rejected.status = OrderStatus::Rejected;
        rejected.requestId = QStringLiteral("0B2C3D4E-5F60-4A7B-8C9D-0E1F2A3B4C5D");
        rejected.errorCode = QStringLiteral("Forbidden.NotEnoughBalance");
        rejected.errorMessage = QStringLiteral("余额不足");
        rejected.attempts = 2;
        QVERIFY(ledger.recordOutcome(id, rejected));

        ModelOnReader onReader(ledger);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.canFetchMore({}));
        const QModelIndex index = model.index(0, column);
        QCOMPARE(model.data(index, Qt::DisplayRole), display);
        QCOMPARE(model.data(index, OrderTableModel::RawValueRole), raw);
        QCOMPARE(model.data(index, OrderTableModel::RecordIdRole).toLongLong(), id);
        QCOMPARE(model.data(index, OrderTableModel::StatusRole).toInt(),
                 static_cast<int>(OrderStatus::Rejected));
        const bool numeric = column == OrderTableModel::IdColumn || column == OrderTableModel::AttemptsColumn;
        QCOMPARE(model.data(index, Qt::TextAlignmentRole).isValid(), numeric);
        QCOMPARE(model.data(index, Qt::ToolTipRole),
                 column == OrderTableModel::ErrorColumn ? QVariant(QStringLiteral("余额不足")) : QVariant());
        QVERIFY(!model.data(model.index(1, column)).isValid());
    }

    void headerData_isTranslatedWhenAsked()
    {
        ModelOnReader onReader(*m_big);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        QStringList english;
        for (int column = 0; column < OrderTableModel::ColumnCount; ++column)
            english << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(
            english,
            (QStringList{QStringLiteral("ID"), QStringLiteral("Created"), QStringLiteral("Provider"),
                         QStringLiteral("Profile"), QStringLiteral("Region"), QStringLiteral("Resource ID"),
                         QStringLiteral("Status"), QStringLiteral("Payment"), QStringLiteral("Order ID"),
                         QStringLiteral("Request ID"), QStringLiteral("Error"), QStringLiteral("Attempts")}));
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1); // Qt's row numbers

        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        TableTranslator chinese;
        chinese.add("OrderDesk::OrderTableModel", "Status", QStringLiteral("状态"));
        chinese.add("OrderDesk::OrderStatusNames", "Pending", QStringLiteral("处理中"));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        model.retranslate();
        const QString title = model.headerData(OrderTableModel::StatusColumn, Qt::Horizontal).toString();
        // Row 0 is order 100000, whose status bulkInsert made pending (100000 % 4 == 0).
        const QString status = model.index(0, OrderTableModel::StatusColumn).data().toString();
        QCoreApplication::removeTranslator(&chinese);

        QCOMPARE(title, QStringLiteral("状态"));
        QCOMPARE(status, QStringLiteral("处理中"));
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
        QCOMPARE(headers.at(0).at(1).toInt(), 0);
        QCOMPARE(headers.at(0).at(2).toInt(), OrderTableModel::ColumnCount - 1);
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.at(0).at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(cells.at(0).at(1).toModelIndex(), model.index(255, OrderTableModel::ColumnCount - 1));
        QCOMPARE(model.headerData(OrderTableModel::StatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Status"));
    }

    void refresh_showsNewOrdersAndKeepsTheLoadedExtent()
    {
        QTemporaryDir dir;
        OrderLedger ledger(m_clock);
        const QString file = TestLedgerStore::location(dir.filePath(QStringLiteral("ledger.sqlite")));
        QVERIFY(ledger.open(file));
        QString error;
        QVERIFY2(bulkInsert(file, 300, &error), qPrintable(error));

        ModelOnReader onReader(ledger);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        model.fetchMore({});
        QVERIFY(onReader.settled());
        QCOMPARE(model.rowCount(), 300);
        const qint64 id = ledger.insertPending(seedRecord());
        QCOMPARE(id, 301);
        QCOMPARE(model.rowCount(), 300); // not before it is told

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QVERIFY(onReader.settled());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 300);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(idAt(model, 0), 301);
        model.fetchMore({});
        QVERIFY(onReader.settled());
        QCOMPARE(model.rowCount(), 301);
        QCOMPARE(idAt(model, 300), 1);
    }

    void refreshOrder_updatesOneRowInPlace()
    {
        QTemporaryDir dir;
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(TestLedgerStore::location(dir.filePath(QStringLiteral("ledger.sqlite")))));
        const qint64 first = ledger.insertPending(seedRecord());
        const qint64 second = ledger.insertPending(seedRecord());
        ModelOnReader onReader(ledger);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        QCOMPARE(model.rowOfId(second), 0);
        QCOMPARE(model.rowOfId(first), 1);
        QCOMPARE(model.rowOfId(99), -1);
        QCOMPARE(model.record(1)->id, first);
        QVERIFY(model.record(2) == nullptr);
        QVERIFY(model.record(-1) == nullptr);

        OrderOutcomeRecord succeeded;
        succeeded.status = OrderStatus::Succeeded;
        succeeded.orderId = QStringLiteral("211234567890123");
        QVERIFY(ledger.recordOutcome(first, succeeded));
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.refreshOrder(first));
        QVERIFY(onReader.settled());
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.at(0).at(0).toModelIndex(), model.index(1, 0));
        QCOMPARE(cells.at(0).at(1).toModelIndex(), model.index(1, OrderTableModel::ColumnCount - 1));
        QCOMPARE(model.index(1, OrderTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Succeeded"));
        QCOMPARE(model.index(1, OrderTableModel::OrderIdColumn).data().toString(),
                 QStringLiteral("211234567890123"));
        QVERIFY(!model.refreshOrder(99));
        QVERIFY(onReader.settled());
    }

    void refreshOrder_orderThatLeftTheFilter_leavesTheTable()
    {
        QTemporaryDir dir;
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(TestLedgerStore::location(dir.filePath(QStringLiteral("ledger.sqlite")))));
        const qint64 first = ledger.insertPending(seedRecord());
        const qint64 second = ledger.insertPending(seedRecord());
        const qint64 third = ledger.insertPending(seedRecord());
        OrderOutcomeRecord unknown;
        unknown.status = OrderStatus::Unknown;
        for (const qint64 id : {first, second, third})
            QVERIFY(ledger.recordOutcome(id, unknown));
        ModelOnReader onReader(ledger);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        OrderQuery onlyUnknown;
        onlyUnknown.status = OrderStatus::Unknown;
        model.setQuery(onlyUnknown);
        QVERIFY(onReader.settled());
        QCOMPARE(model.rowCount(), 3);

        // Resolved, the middle order is no longer Unknown: its row goes, the others move up.
        QVERIFY(
            ledger.resolve(second, OrderResolution::Placed, QStringLiteral("211234567890123"), QString()));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model.refreshOrder(second));
        QVERIFY(onReader.settled());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfId(second), -1);
        QCOMPARE(model.rowOfId(third), 0);
        QCOMPARE(model.rowOfId(first), 1);
        QCOMPARE(model.record(1)->id, first);
        QCOMPARE(model.rowCount(), ledger.count(onlyUnknown));
        // Now it is not loaded at all.
        QVERIFY(!model.refreshOrder(second));
        QVERIFY(onReader.settled());
    }

    void sort_bigLedger_firstRowFollowsTheColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<qint64>("firstId");
        QTest::addColumn<QString>("firstValue");

        // bulkInsert: order i has provider/status i % 4 (volcengine/pending, aliyun/succeeded,
        // unicloud/rejected, huaweicloud/unknown), resource res-i (res-x7-i for multiples of 7)
        // and order id ord-i when it succeeded.
        QTest::newRow("provider ascending")
            << static_cast<int>(OrderTableModel::ProviderColumn) << static_cast<int>(Qt::AscendingOrder)
            << qint64(1) << QStringLiteral("aliyun");
        QTest::newRow("provider descending")
            << static_cast<int>(OrderTableModel::ProviderColumn) << static_cast<int>(Qt::DescendingOrder)
            << qint64(kBigLedgerRows) << QStringLiteral("volcengine");
        QTest::newRow("status ascending")
            << static_cast<int>(OrderTableModel::StatusColumn) << static_cast<int>(Qt::AscendingOrder)
            << qint64(4) << QStringLiteral("Pending");
        QTest::newRow("status descending")
            << static_cast<int>(OrderTableModel::StatusColumn) << static_cast<int>(Qt::DescendingOrder)
            << qint64(kBigLedgerRows - 1) << QStringLiteral("Unknown");
        QTest::newRow("created ascending")
            << static_cast<int>(OrderTableModel::CreatedColumn) << static_cast<int>(Qt::AscendingOrder)
            << qint64(1) << QStringLiteral("2024-05-01 18:00:01");
        QTest::newRow("resource descending")
            << static_cast<int>(OrderTableModel::ResourceColumn) << static_cast<int>(Qt::DescendingOrder)
            << qint64(99995) << QStringLiteral("res-x7-99995");
        QTest::newRow("order id descending")
            << static_cast<int>(OrderTableModel::OrderIdColumn) << static_cast<int>(Qt::DescendingOrder)
            << qint64(99997) << QStringLiteral("ord-99997");
        QTest::newRow("id ascending")
            << static_cast<int>(OrderTableModel::IdColumn) << static_cast<int>(Qt::AscendingOrder)
            << qint64(1) << QStringLiteral("1");
    }

    void sort_bigLedger_firstRowFollowsTheColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(qint64, firstId);
        QFETCH(QString, firstValue);

        ModelOnReader onReader(*m_big);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QElapsedTimer timer;
        timer.start();
        model.sort(column, static_cast<Qt::SortOrder>(order));
        QVERIFY(onReader.settled());
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), OrderTableModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(idAt(model, 0), firstId);
        QCOMPARE(model.index(0, column).data().toString(), firstValue);
        QCOMPARE(model.rowOfId(firstId), 0);
        // A scan of 100,000 rows at worst, not a sort of them in memory.
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
        QCOMPARE(model.sortOrder().ascending, order == Qt::AscendingOrder);

        // The same order again reads nothing.
        model.sort(column, static_cast<Qt::SortOrder>(order));
        QVERIFY(onReader.settled());
        QCOMPARE(reset.size(), 1);
    }

    void sort_fetchMore_continuesInTheSortedOrderWithoutRepeats()
    {
        ModelOnReader onReader(*m_big);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        OrderQuery query;
        query.text = QStringLiteral("x7"); // 14,285 orders
        model.setQuery(query);
        QVERIFY(onReader.settled());
        model.sort(OrderTableModel::ProviderColumn, Qt::AscendingOrder);
        QVERIFY(onReader.settled());
        for (int page = 0; page < 3; ++page) {
            model.fetchMore({});
            QVERIFY(onReader.settled());
        }
        QCOMPARE(model.rowCount(), 4 * OrderTableModel::PageSize);
        QSet<qint64> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const OrderRecord* record = model.record(row);
            QVERIFY(record->resourceId.contains(QLatin1String("x7")));
            QVERIFY(!seen.contains(record->id));
            seen.insert(record->id);
            QCOMPARE(model.rowOfId(record->id), row);
            if (row > 0) {
                const OrderRecord* before = model.record(row - 1);
                QVERIFY(before->provider < record->provider ||
                        (before->provider == record->provider && before->id < record->id));
            }
        }
        // aliyun (i % 4 == 1) and a multiple of 7: 21, 49, 77 ...
        QCOMPARE(idAt(model, 0), 21);
        QCOMPARE(idAt(model, 1), 49);

        // Back to the ledger's own order: newest first.
        model.sort(-1, Qt::AscendingOrder);
        QVERIFY(onReader.settled());
        QCOMPARE(model.sortOrder(), OrderSort());
        QCOMPARE(idAt(model, 0), qint64(99995));
    }

    void sort_refreshOrderOfTheLastLoadedRow_nextPageStillContinues()
    {
        QTemporaryDir dir;
        OrderLedger ledger(m_clock);
        const QString file = TestLedgerStore::location(dir.filePath(QStringLiteral("ledger.sqlite")));
        QVERIFY(ledger.open(file));
        QString error;
        QVERIFY2(bulkInsert(file, 600, &error), qPrintable(error));

        ModelOnReader onReader(ledger);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        model.sort(OrderTableModel::StatusColumn, Qt::AscendingOrder);
        QVERIFY(onReader.settled());
        // pending are 4, 8 ... 600 (150 orders), then rejected 2, 6, 10 ...
        QCOMPARE(model.rowCount(), 256);
        const qint64 last = idAt(model, 255);
        QCOMPARE(last, qint64(2 + 4 * 105));
        QCOMPARE(model.record(255)->status, OrderStatus::Rejected);
        // The order at the page's end moves on (a late answer) and is refreshed in place.
        QSqlDatabase db = QSqlDatabase::database(ledger.connectionName());
        QSqlQuery update(db);
        QVERIFY(update.exec(QStringLiteral("UPDATE orders SET status = 'unknown' WHERE id = %1").arg(last)));
        QVERIFY(model.refreshOrder(last));
        QVERIFY(onReader.settled());
        QCOMPARE(model.record(255)->status, OrderStatus::Unknown);
        model.fetchMore({});
        QVERIFY(onReader.settled());
        QCOMPARE(model.rowCount(), 512);
        QCOMPARE(idAt(model, 256), last + 4);
        QCOMPARE(model.record(256)->status, OrderStatus::Rejected);
    }

    // The payment of a Succeeded order, as its provider tells it (Alibaba Cloud: AutoPay), in
    // the language of the moment; sorted by the ledger over every order, page after page.
    void payment_plainState_retranslated_sortedOverEveryOrder()
    {
        QTemporaryDir dir;
        OrderLedger ledger(m_clock);
        const QString file = TestLedgerStore::location(dir.filePath(QStringLiteral("ledger.sqlite")));
        QVERIFY(ledger.open(file));
        QString error;
        QVERIFY2(bulkInsert(file, 600, &error), qPrintable(error));
        // Statuses cycle with id % 4; the providers here with id / 4, and every other group of
        // 16 Alibaba Cloud orders is paid automatically.
        QSqlQuery update(QSqlDatabase::database(ledger.connectionName()));
        QVERIFY(update.exec(QStringLiteral(
            "UPDATE orders SET provider = CASE (id / 4) % 4 WHEN 0 THEN 'volcengine' WHEN 1 THEN 'aliyun'"
            " WHEN 2 THEN 'unicloud' ELSE 'huaweicloud' END,"
            " params_json = CASE WHEN (id / 16) % 2 = 0 THEN '{\"AutoPay\":\"true\"}' ELSE '{}' END")));

        ProviderRegistry providers;
        ModelOnReader onReader(ledger);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        model.setProviders(providers);
        QVERIFY(onReader.settled());
        const auto payment = [&model](qint64 id) {
            const int row = model.rowOfId(id);
            return model.index(row, OrderTableModel::PaymentColumn).data().toString();
        };
        // 581: succeeded (581 % 4 == 1), Alibaba Cloud ((581 / 4) % 4 == 1), AutoPay (581 / 16 even).
        QCOMPARE(payment(581), QStringLiteral("Paid at once"));
        QCOMPARE(model.index(model.rowOfId(581), OrderTableModel::PaymentColumn)
                     .data(OrderTableModel::RawValueRole)
                     .toString(),
                 QStringLiteral("paid_at_once"));
        // 565: succeeded Alibaba Cloud without AutoPay; 593: succeeded Volcengine; 585: UniCloud.
        QCOMPARE(payment(565), QStringLiteral("Awaiting payment in the console"));
        QCOMPARE(payment(593), QStringLiteral("Paid at once"));
        QCOMPARE(payment(585), QStringLiteral("Check payment in the console"));
        // 598: rejected; 600: pending: nothing bought, nothing to pay.
        QCOMPARE(payment(598), QString());
        QCOMPARE(payment(600), QString());

        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        TableTranslator chinese;
        chinese.add("OrderDesk::OrderTableModel", "Payment", QStringLiteral("付款状态"));
        chinese.add("OrderDesk::PaymentStateNames", "Paid at once", QStringLiteral("已即时支付"));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        model.retranslate();
        const QString title = model.headerData(OrderTableModel::PaymentColumn, Qt::Horizontal).toString();
        const QString cell = payment(581);
        QCoreApplication::removeTranslator(&chinese);
        QCOMPARE(title, QStringLiteral("付款状态"));
        QCOMPARE(cell, QStringLiteral("已即时支付"));
        QCOMPARE(headers.size(), 1);

        const PaymentSortOrder order(providers);
        for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(OrderTableModel::PaymentColumn, direction);
            QVERIFY(onReader.settled());
            QCOMPARE(model.sortOrder().key, OrderSortKey::Payment);
            while (model.canFetchMore({})) {
                model.fetchMore({});
                QVERIFY(onReader.settled());
            }
            QCOMPARE(model.rowCount(), 600);
            QSet<qint64> seen;
            QList<QPair<int, qint64>> keys;
            for (int row = 0; row < model.rowCount(); ++row) {
                keys << qMakePair(order.rank(*model.record(row)), model.record(row)->id);
                seen.insert(model.record(row)->id);
            }
            QCOMPARE(seen.size(), 600);
            QList<QPair<int, qint64>> sorted = keys;
            std::sort(sorted.begin(), sorted.end());
            if (direction == Qt::DescendingOrder)
                std::reverse(sorted.begin(), sorted.end());
            QCOMPARE(keys, sorted);
            // Every payment state is there, and the orders without one.
            QSet<int> ranks;
            for (const auto& key : std::as_const(keys))
                ranks.insert(key.first);
            QCOMPARE(ranks.size(), 4);
        }
    }

    void providerNames_shownInsteadOfIds_translatedWhenShown()
    {
        ModelOnReader onReader(*m_big);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        // Row 0 is order 100000 (volcengine), row 1 order 99999 (huaweicloud).
        const QModelIndex volcengine = model.index(0, OrderTableModel::ProviderColumn);
        const QModelIndex huaweicloud = model.index(1, OrderTableModel::ProviderColumn);
        QCOMPARE(volcengine.data().toString(), QStringLiteral("volcengine"));

        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        model.setProviderNames(
            {{QStringLiteral("volcengine"), LocalizedText("OrderDesk::VolcengineProvider", "Volcengine")}});
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.at(0).at(0).toModelIndex(), volcengine);
        QCOMPARE(cells.at(0).at(1).toModelIndex(), model.index(255, OrderTableModel::ProviderColumn));
        QCOMPARE(volcengine.data().toString(), QStringLiteral("Volcengine"));
        QCOMPARE(volcengine.data(OrderTableModel::RawValueRole).toString(), QStringLiteral("volcengine"));
        QCOMPARE(huaweicloud.data().toString(), QStringLiteral("huaweicloud")); // no name given

        TableTranslator chinese;
        chinese.add("OrderDesk::VolcengineProvider", "Volcengine", QStringLiteral("火山引擎"));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        const QString translated = volcengine.data().toString();
        QCoreApplication::removeTranslator(&chinese);
        QCOMPARE(translated, QStringLiteral("火山引擎"));

        // Sorting still goes by the id.
        model.sort(OrderTableModel::ProviderColumn, Qt::DescendingOrder);
        QVERIFY(onReader.settled());
        QCOMPARE(model.index(0, OrderTableModel::ProviderColumn).data().toString(),
                 QStringLiteral("Volcengine"));
    }

    void closedLedger_showsNothing()
    {
        OrderLedger closed(m_clock);
        ModelOnReader onReader(closed);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(onReader.settled());
        model.refresh();
        QVERIFY(onReader.settled());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.readError().isEmpty());
    }

    void questionAskedAgain_onlyTheLastAnswerIsShown()
    {
        ModelOnReader onReader(*m_big);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy loaded(&model, &OrderTableModel::loaded);
        // Typing "x7", then "x70": the first answer arrives after the second question.
        OrderQuery first;
        first.text = QStringLiteral("x7");
        OrderQuery second;
        second.text = QStringLiteral("x70");
        model.setQuery(first);
        model.setQuery(second);
        QVERIFY(model.isLoading());
        // Until an answer is in, the table shows what it had.
        QCOMPARE(model.rowCount(), OrderTableModel::PageSize);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(onReader.settled());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(loaded.size(), 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), m_big->count(second) > 256 ? 256 : m_big->count(second));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.record(row)->resourceId.contains(QStringLiteral("x70"), Qt::CaseInsensitive));
    }

    // Why the table reads in a thread of its own: a server can keep a read waiting (here another
    // session holds the table), and the thread that asked goes on meanwhile.
    void serverHoldsTheTable_theAskerGoesOn_theRowsComeAfter()
    {
        if (!TestLedgerStore::onServer())
            QSKIP("another session holding the table is a server's lock: SQLite in WAL mode lets readers "
                  "past a "
                  "writer");
        const QString location = TestLedgerStore::location(m_dir.filePath(QStringLiteral("held.sqlite")));
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(location));
        for (int i = 0; i < 3; ++i)
            QVERIFY(ledger.insertPending(seedRecord()) > 0);
        ModelOnReader onReader(ledger);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        QCOMPARE(model.rowCount(), 3);

        // Declared after the reader, so released before the reader's thread is waited for.
        struct Holder
        {
            QSqlDatabase db;
            ~Holder()
            {
                if (db.isOpen())
                    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                db.close();
            }
        } holder{TestLedgerStore::addRawLedgerConnection(location, QStringLiteral("holder"))};
        QVERIFY(holder.db.open());
        QSqlQuery hold(holder.db);
        QVERIFY(hold.exec(QStringLiteral("BEGIN")));
        QVERIFY(hold.exec(QStringLiteral("LOCK TABLE orders IN ACCESS EXCLUSIVE MODE")));

        QSignalSpy loaded(&model, &OrderTableModel::loaded);
        model.refresh();
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start(10);
        QTest::qWait(500);
        // The read still waits for the lock, and this thread went on all the while.
        QVERIFY(model.isLoading());
        QCOMPARE(loaded.size(), 0);
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
        QCOMPARE(model.rowCount(), 3);

        QVERIFY(hold.exec(QStringLiteral("COMMIT")));
        QVERIFY(onReader.settled());
        QCOMPARE(loaded.size(), 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.readError().isEmpty());
    }

    void locate_readsPagesUntilTheOrderIsThere_orSaysItIsNotShown()
    {
        ModelOnReader onReader(*m_big);
        OrderTableModel& model = onReader.model;
        QVERIFY(onReader.settled());
        QSignalSpy located(&model, &OrderTableModel::located);
        // Order 99,000 is on the fourth page of the newest-first table.
        model.locate(99000);
        QCOMPARE(model.locating(), qint64(99000));
        QVERIFY(onReader.settled());
        QCOMPARE(located.size(), 1);
        QCOMPARE(located.at(0).at(0).toLongLong(), qint64(99000));
        const int row = located.at(0).at(1).toInt();
        QCOMPARE(row, 1000);
        QCOMPARE(idAt(model, row), qint64(99000));
        QCOMPARE(model.locating(), qint64(0));

        // A loaded order is answered at once, without a read.
        model.locate(99500);
        QCOMPARE(located.size(), 2);
        QCOMPARE(located.at(1).at(1).toInt(), 500);
        QCOMPARE(onReader.reader.pending(), 0);

        // Further than the pages allowed, or filtered out: not shown.
        model.locate(10, 2);
        QVERIFY(onReader.settled());
        QCOMPARE(located.size(), 3);
        QCOMPARE(located.at(2).at(1).toInt(), -1);
        OrderQuery huawei;
        huawei.provider = QStringLiteral("huaweicloud");
        model.setQuery(huawei);
        model.locate(100000); // volcengine
        QVERIFY(onReader.settled());
        QCOMPARE(located.size(), 4);
        QCOMPARE(located.at(3).at(1).toInt(), -1);
    }
};

QTEST_GUILESS_MAIN(TestOrderTableModel)
#include "tst_ordertablemodel.moc"
