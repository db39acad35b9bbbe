#include "LedgerTestSupport.h"
#include "common/FixedClock.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
        pinLocalTimeToUtcPlus8();
        QVERIFY(m_dir.isValid());
        m_big = std::make_unique<OrderLedger>(m_clock);
        const QString file = m_dir.filePath(QStringLiteral("big.sqlite"));
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
        OrderTableModel model(*m_big);
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
        OrderTableModel model(*m_big);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
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
        OrderTableModel model(*m_big);
        OrderQuery query;
        // bulkInsert creates order i at start + i seconds: the newest 301 orders.
        query.fromUtc = startUtc().addSecs(kBigLedgerRows - 300);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setQuery(query);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 256);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 301);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(idAt(model, 300), qint64(kBigLedgerRows - 300));
        model.fetchMore({});
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

        OrderTableModel model(*m_big);
        model.setQuery(query);
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
        QVERIFY(ledger.open(dir.filePath(QStringLiteral("ledger.sqlite"))));
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

        OrderTableModel model(ledger);
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
        OrderTableModel model(*m_big);
        QStringList english;
        for (int column = 0; column < OrderTableModel::ColumnCount; ++column)
            english << model.headerData(column, Qt::Horizontal).toString();
        QCOMPARE(
            english,
            (QStringList{QStringLiteral("ID"), QStringLiteral("Created"), QStringLiteral("Provider"),
                         QStringLiteral("Profile"), QStringLiteral("Region"), QStringLiteral("Resource ID"),
                         QStringLiteral("Status"), QStringLiteral("Order ID"), QStringLiteral("Request ID"),
                         QStringLiteral("Error"), QStringLiteral("Attempts")}));
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
        const QString file = dir.filePath(QStringLiteral("ledger.sqlite"));
        QVERIFY(ledger.open(file));
        QString error;
        QVERIFY2(bulkInsert(file, 300, &error), qPrintable(error));

        OrderTableModel model(ledger);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 300);
        const qint64 id = ledger.insertPending(seedRecord());
        QCOMPARE(id, 301);
        QCOMPARE(model.rowCount(), 300); // not before it is told

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 300);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(idAt(model, 0), 301);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 301);
        QCOMPARE(idAt(model, 300), 1);
    }

    void refreshOrder_updatesOneRowInPlace()
    {
        QTemporaryDir dir;
        OrderLedger ledger(m_clock);
        QVERIFY(ledger.open(dir.filePath(QStringLiteral("ledger.sqlite"))));
        const qint64 first = ledger.insertPending(seedRecord());
        const qint64 second = ledger.insertPending(seedRecord());
        OrderTableModel model(ledger);
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
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.at(0).at(0).toModelIndex(), model.index(1, 0));
        QCOMPARE(cells.at(0).at(1).toModelIndex(), model.index(1, OrderTableModel::ColumnCount - 1));
        QCOMPARE(model.index(1, OrderTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Succeeded"));
        QCOMPARE(model.index(1, OrderTableModel::OrderIdColumn).data().toString(),
                 QStringLiteral("211234567890123"));
        QVERIFY(!model.refreshOrder(99));
    }

    void closedLedger_showsNothing()
    {
        OrderLedger closed(m_clock);
        OrderTableModel model(closed);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({});
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrderTableModel)
#include "tst_ordertablemodel.moc"
