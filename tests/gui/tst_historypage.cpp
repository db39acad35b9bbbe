#include "AppContext.h"
#include "HistoryPage.h"
#include "MessageBox.h"
#include "ModelOnReader.h"
#include "PlaceAndWait.h"
#include "ProviderTestSupport.h"
#include "SandboxSimulator.h"
#include "common/FixedClock.h"
#include "common/SandboxCredential.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderTableModel.h"
#include "orders/OrderService.h"
#include "providers/ProviderRegistry.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <stdlib.h>
#include <time.h>

using namespace OrderDesk;

namespace {

constexpr int kBigLedgerRows = 100000;

// 2024-05-01 00:00 UTC; the suite pins local time to UTC+8, so local days start at 16:00 UTC.
QDateTime dayUtc(int day, int hour)
{
    return QDateTime(QDate(2024, 5, day), QTime(hour, 0), Qt::UTC);
}

struct Sample
{
    const char* provider;
    const char* profile;
    const char* resource;
    QDateTime createdUtc;
    OrderStatus status; // Pending: no outcome
    const char* orderId;
    const char* requestId;
    const char* errorCode;
    QByteArray raw;
};

// Ledger ids 1..5 in this order.
QList<Sample> samples()
{
    return {
        {"aliyun", "finance", "pc-alpha01", dayUtc(1, 2), OrderStatus::Succeeded, "211111111111111", "REQ-A1",
         "", QByteArrayLiteral("{\"RequestId\":\"REQ-A1\",\"OrderId\":\"211111111111111\"}")},
        {"volcengine", "ops", "dcc-beta02", dayUtc(2, 3), OrderStatus::Rejected, "", "REQ-V2",
         "InvalidDirectConnectConnection.NotFound",
         QByteArrayLiteral("{\"ResponseMetadata\":{\"RequestId\":\"REQ-V2\",\"Error\":{\"Code\":"
                           "\"InvalidDirectConnectConnection.NotFound\"}}}")},
        {"unicloud", "finance", "gamma03", dayUtc(3, 4), OrderStatus::Unknown, "", "", "Timeout",
         QByteArray()},
        {"huaweicloud", "audit", "0123456789abcdef0123456789abcdef", dayUtc(4, 5), OrderStatus::Succeeded,
         "CS2405041300ABCDE", "REQ-H4", "", QByteArrayLiteral("{\"order_id\":\"CS2405041300ABCDE\"}")},
        {"aliyun", "finance", "pc-delta05", dayUtc(5, 6), OrderStatus::Pending, "", "", "", QByteArray()},
    };
}

QList<qint64> tableIds(const OrderTableModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(OrderTableModel::RecordIdRole).toLongLong();
    return ids;
}

QStringList eventKinds(const QList<OrderEvent>& events)
{
    QStringList kinds;
    for (const OrderEvent& event : events)
        kinds << OrderEventKindNames::key(event.kind);
    return kinds;
}

// Rows written straight through SQL in one transaction: ids 1..count, created one second
// apart; provider and status cycle with i % 4 (volcengine/pending, aliyun/succeeded,
// unicloud/rejected, huaweicloud/unknown).
bool bulkInsert(const QString& filePath, int count, QString* error)
{
    static const QStringList providers{QStringLiteral("volcengine"), QStringLiteral("aliyun"),
                                       QStringLiteral("unicloud"), QStringLiteral("huaweicloud")};
    static const QStringList statuses{QStringLiteral("pending"), QStringLiteral("succeeded"),
                                      QStringLiteral("rejected"), QStringLiteral("unknown")};
    const QString name = QStringLiteral("history-bulk-insert");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(filePath);
        if (db.open() && db.transaction()) {
            QSqlQuery query(db);
            ok = query.prepare(
                QStringLiteral("INSERT INTO orders (created_utc, updated_utc, provider, profile, "
                               "region, resource_id, status, order_id, attempts)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const qint64 base = dayUtc(1, 0).toMSecsSinceEpoch();
            for (int i = 1; ok && i <= count; ++i) {
                const QString status = statuses.at(i % 4);
                query.addBindValue(base + i * 1000LL);
                query.addBindValue(base + i * 1000LL);
                query.addBindValue(providers.at(i % 4));
                query.addBindValue(QStringLiteral("finance"));
                query.addBindValue(QStringLiteral("cn-beijing"));
                query.addBindValue(QStringLiteral("res-%1").arg(i));
                query.addBindValue(status);
                query.addBindValue(status == QLatin1String("succeeded") ? QStringLiteral("ord-%1").arg(i)
                                                                        : QStringLiteral(""));
                query.addBindValue(1);
                ok = query.exec();
            }
            if (!ok && error)
                *error = query.lastError().text();
            ok = ok && db.commit();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestHistoryPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    FixedClock m_clock;
    std::unique_ptr<OrderLedger> m_ledger; // a second connection, writing with a clock of its own
    std::unique_ptr<HistoryPage> m_page;

    QString ledgerFile() const { return m_dir->filePath(QStringLiteral("ledger.sqlite")); }

    template<typename T> T* child(const char* name) const
    {
        T* widget = m_page->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    QTableView* table() const { return child<QTableView>("historyTable"); }
    OrderTableModel& model() const { return *m_page->model(); }

    qint64 insert(const Sample& sample)
    {
        m_clock.setNow(sample.createdUtc);
        OrderRecord record;
        record.provider = QString::fromLatin1(sample.provider);
        record.profile = QString::fromLatin1(sample.profile);
        record.operatorName = QStringLiteral("zhang.san");
        record.region = QStringLiteral("cn-hangzhou");
        record.resourceId = QString::fromLatin1(sample.resource);
        record.endpoint = QStringLiteral("https://example.invalid");
        record.params = ProviderTestSupport::seedExampleOrder(record.provider).params;
        const qint64 id = m_ledger->insertPending(record);
        if (id == 0 || sample.status == OrderStatus::Pending)
            return id;
        OrderOutcomeRecord outcome;
        outcome.status = sample.status;
        outcome.orderId = QString::fromLatin1(sample.orderId);
        outcome.requestId = QString::fromLatin1(sample.requestId);
        outcome.errorCode = QString::fromLatin1(sample.errorCode);
        outcome.attempts = 1;
        outcome.httpStatus = sample.raw.isEmpty() ? 0 : 200;
        outcome.rawResponse = sample.raw;
        return m_ledger->recordOutcome(id, outcome) ? id : 0;
    }

    void insertSamples()
    {
        for (const Sample& sample : samples())
            QVERIFY(insert(sample) > 0);
    }

    void openPage()
    {
        m_page = std::make_unique<HistoryPage>(*m_context);
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        settle();
    }

    // The page reads the ledger in the reader's thread: waits until every answer asked for so
    // far is shown.
    void settle() { QVERIFY(readsSettled(m_context->ledgerReader())); }

    // An export runs in a thread of its own: waits for its end. Whether it succeeded.
    bool exportAndWait(const QString& file, int* written = nullptr)
    {
        QSignalSpy finished(m_page.get(), &HistoryPage::exportFinished);
        if (!m_page->exportTo(file))
            return false;
        if (!finished.wait(30000) || finished.size() != 1)
            return false;
        if (written)
            *written = finished.at(0).at(2).toInt();
        return finished.at(0).at(0).toString() == file && finished.at(0).at(1).toBool();
    }

    // Clicks the first cell of the order's row, as a user selects it.
    void clickOrder(qint64 id)
    {
        const int row = model().rowOfId(id);
        QVERIFY(row >= 0);
        const QRect cell = table()->visualRect(model().index(row, OrderTableModel::ProviderColumn));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(m_page->shownOrderId(), id);
        settle();
    }

    // On the indicator: a radio button stretched by its layout takes clicks on its text only.
    static void clickRadio(QRadioButton* radio)
    {
        QVERIFY(radio);
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        QVERIFY(radio->isChecked());
    }

    QString cell(int row, int column) const { return model().index(row, column).data().toString(); }

    QDialog* findDialog(const char* name) const
    {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QLatin1String(name) && widget->isVisible())
                return qobject_cast<QDialog*>(widget);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "CST-8");
        tzset();
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setQuiet(true);
        // Windows' own save dialog is no widget that a test can fill in; Qt's is, and it is what
        // Linux shows anyway. The native one stays for a check on Windows itself.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_context = std::make_unique<AppContext>(m_dir->path(), SimSandbox::factory());
        // The start-up check for interrupted orders runs in the writer thread; the samples come
        // after it, as orders placed after the app started do (a Pending sample has no sender).
        QSignalSpy marked(&m_context->orders(), &OrderService::interruptedMarked);
        QVERIFY(m_context->initialize());
        QVERIFY(marked.wait(5000) || !marked.isEmpty());
        m_context->setLanguage(QStringLiteral("en"));
        m_ledger = std::make_unique<OrderLedger>(m_clock);
        QVERIFY(m_ledger->open(ledgerFile()));
        MessageBox::reset();
    }

    void cleanup()
    {
        m_page.reset();
        m_ledger.reset();
        m_context.reset();
        m_dir.reset();
    }

    void open_showsEveryOrderNewestFirst()
    {
        insertSamples();
        openPage();
        QCOMPARE(m_page->objectName(), QStringLiteral("historyPage"));
        QCOMPARE(table()->model(), static_cast<QAbstractItemModel*>(&model()));
        QCOMPARE(tableIds(model()), (QList<qint64>{5, 4, 3, 2, 1}));
        QCOMPARE(cell(4, OrderTableModel::CreatedColumn), QStringLiteral("2024-05-01 10:00:00"));
        QCOMPARE(cell(4, OrderTableModel::StatusColumn), QStringLiteral("Succeeded"));
        QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("Orders: 5"));
        QVERIFY(!child<QPushButton>("resolveButton")->isEnabled());
        QVERIFY(!child<QPushButton>("copyButton")->isEnabled());
        QVERIFY(child<QPushButton>("exportButton")->isEnabled());
        QVERIFY(!child<QDateEdit>("fromDate")->isEnabled());
        QVERIFY(table()->isSortingEnabled());
    }

    void filters_narrowTheRows_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("status"); // -1: all
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("from"); // invalid: no date filter
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QList<qint64>>("expected");

        QTest::newRow("provider") << QStringLiteral("aliyun") << -1 << QString() << QDate() << QDate()
                                  << QList<qint64>{5, 1};
        QTest::newRow("status") << QString() << static_cast<int>(OrderStatus::Unknown) << QString() << QDate()
                                << QDate() << QList<qint64>{3};
        QTest::newRow("provider and status")
            << QStringLiteral("aliyun") << static_cast<int>(OrderStatus::Succeeded) << QString() << QDate()
            << QDate() << QList<qint64>{1};
        QTest::newRow("text in the resource")
            << QString() << -1 << QStringLiteral("BETA") << QDate() << QDate() << QList<qint64>{2};
        QTest::newRow("text in the request id")
            << QString() << -1 << QStringLiteral("req-a1") << QDate() << QDate() << QList<qint64>{1};
        QTest::newRow("text in the profile")
            << QString() << -1 << QStringLiteral("audit") << QDate() << QDate() << QList<qint64>{4};
        // Local days (UTC+8), both included.
        QTest::newRow("date range") << QString() << -1 << QString() << QDate(2024, 5, 2) << QDate(2024, 5, 3)
                                    << QList<qint64>{3, 2};
        QTest::newRow("one day") << QString() << -1 << QString() << QDate(2024, 5, 5) << QDate(2024, 5, 5)
                                 << QList<qint64>{5};
        QTest::newRow("nothing") << QStringLiteral("huaweicloud") << static_cast<int>(OrderStatus::Rejected)
                                 << QString() << QDate() << QDate() << QList<qint64>{};
    }

    void filters_narrowTheRows()
    {
        QFETCH(QString, provider);
        QFETCH(int, status);
        QFETCH(QString, text);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QList<qint64>, expected);

        insertSamples();
        openPage();
        auto* providerFilter = child<QComboBox>("providerFilter");
        auto* statusFilter = child<QComboBox>("statusFilter");
        QCOMPARE(providerFilter->count(), 5);
        QCOMPARE(statusFilter->count(), 6); // every status, "not placed" by hand among them, and "all"
        if (!provider.isEmpty())
            providerFilter->setCurrentIndex(providerFilter->findData(provider));
        if (status >= 0)
            statusFilter->setCurrentIndex(statusFilter->findData(status));
        if (from.isValid()) {
            child<QDateEdit>("fromDate")->setDate(from);
            child<QDateEdit>("toDate")->setDate(to);
            QTest::mouseClick(child<QCheckBox>("dateFilter"), Qt::LeftButton);
            QVERIFY(child<QDateEdit>("fromDate")->isEnabled());
        }
        if (!text.isEmpty())
            QTest::keyClicks(child<QLineEdit>("searchEdit"), text);
        QTRY_COMPARE(tableIds(model()), expected);
        settle();
        QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("Orders: %1").arg(expected.size()));

        // Back to everything.
        providerFilter->setCurrentIndex(0);
        statusFilter->setCurrentIndex(0);
        child<QLineEdit>("searchEdit")->clear();
        child<QCheckBox>("dateFilter")->setChecked(false);
        QTRY_COMPARE(model().rowCount(), 5);
    }

    void search_isDebounced()
    {
        insertSamples();
        openPage();
        auto* search = child<QLineEdit>("searchEdit");
        QElapsedTimer timer;
        timer.start();
        QTest::keyClicks(search, QStringLiteral("gamma"));
        QCOMPARE(model().rowCount(), 5);
        QTRY_COMPARE(model().rowCount(), 1);
        QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
        // Enter applies at once.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("pc-"));
        QTest::keyClick(search, Qt::Key_Return);
        settle();
        QCOMPARE(tableIds(model()), (QList<qint64>{5, 1}));
    }

    void sort_byColumn_firstRowFollows_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<qint64>("firstId");
        QTest::addColumn<QString>("firstText");

        QTest::newRow("provider ascending")
            << static_cast<int>(OrderTableModel::ProviderColumn) << static_cast<int>(Qt::AscendingOrder)
            << qint64(1) << QStringLiteral("Alibaba Cloud");
        QTest::newRow("provider descending")
            << static_cast<int>(OrderTableModel::ProviderColumn) << static_cast<int>(Qt::DescendingOrder)
            << qint64(2) << QStringLiteral("Volcengine");
        QTest::newRow("status ascending")
            << static_cast<int>(OrderTableModel::StatusColumn) << static_cast<int>(Qt::AscendingOrder)
            << qint64(5) << QStringLiteral("Pending");
        QTest::newRow("status descending")
            << static_cast<int>(OrderTableModel::StatusColumn) << static_cast<int>(Qt::DescendingOrder)
            << qint64(3) << QStringLiteral("Unknown");
        QTest::newRow("created ascending")
            << static_cast<int>(OrderTableModel::CreatedColumn) << static_cast<int>(Qt::AscendingOrder)
            << qint64(1) << QStringLiteral("2024-05-01 10:00:00");
        QTest::newRow("created descending")
            << static_cast<int>(OrderTableModel::CreatedColumn) << static_cast<int>(Qt::DescendingOrder)
            << qint64(5) << QStringLiteral("2024-05-05 14:00:00");
    }

    void sort_byColumn_firstRowFollows()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(qint64, firstId);
        QFETCH(QString, firstText);

        insertSamples();
        openPage();
        table()->sortByColumn(column, static_cast<Qt::SortOrder>(order));
        settle();
        QCOMPARE(model().index(0, 0).data(OrderTableModel::RecordIdRole).toLongLong(), firstId);
        QCOMPARE(cell(0, column), firstText);
        QCOMPARE(model().rowCount(), 5);
    }

    void sort_headerClick_sortsAndKeepsTheSelection()
    {
        insertSamples();
        openPage();
        clickOrder(3);
        QHeaderView* header = table()->horizontalHeader();
        const int x = header->sectionViewportPosition(OrderTableModel::ProviderColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        settle();
        QCOMPARE(header->sortIndicatorSection(), static_cast<int>(OrderTableModel::ProviderColumn));
        const QString first = cell(0, OrderTableModel::ProviderColumn);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        settle();
        QVERIFY(cell(0, OrderTableModel::ProviderColumn) != first);
        QCOMPARE((QStringList{first, cell(0, OrderTableModel::ProviderColumn)}.contains(
                     QStringLiteral("Alibaba Cloud"))),
                 true);
        // The order shown before stays selected in its new row.
        QCOMPARE(m_page->shownOrderId(), qint64(3));
        QCOMPARE(table()->currentIndex().row(), model().rowOfId(3));
    }

    // The table says whether a Succeeded order is paid, as the details and the exports do, in the
    // language of the moment, and sorts by it.
    void payment_column_plainStateInTheLanguage_sortable()
    {
        insertSamples();
        openPage();
        QHeaderView* header = table()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(OrderTableModel::PaymentColumn));
        QCOMPARE(model().headerData(OrderTableModel::PaymentColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Payment"));
        // 1: Alibaba Cloud without AutoPay; 4: Huawei Cloud; the others bought nothing (yet).
        QCOMPARE(cell(model().rowOfId(1), OrderTableModel::PaymentColumn),
                 QStringLiteral("Awaiting payment in the console"));
        QCOMPARE(cell(model().rowOfId(4), OrderTableModel::PaymentColumn),
                 QStringLiteral("Check payment in the console"));
        for (const qint64 id : {2, 3, 5})
            QCOMPARE(cell(model().rowOfId(id), OrderTableModel::PaymentColumn), QString());

        const int x = header->sectionViewportPosition(OrderTableModel::PaymentColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        settle();
        QCOMPARE(header->sortIndicatorSection(), static_cast<int>(OrderTableModel::PaymentColumn));
        QCOMPARE(model().sortOrder().key, OrderSortKey::Payment);
        const QList<qint64> first = tableIds(model());
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        settle();
        const QList<qint64> second = tableIds(model());
        // Nothing to pay (newest first or last), then awaiting payment, then to check.
        const QList<qint64> ascending{2, 3, 5, 1, 4};
        QList<qint64> descending{4, 1, 5, 3, 2};
        QVERIFY2((first == ascending && second == descending) || (first == descending && second == ascending),
                 qPrintable(QStringLiteral("%1 / %2").arg(QString::number(first.first()),
                                                          QString::number(second.first()))));

        m_context->setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(model().headerData(OrderTableModel::PaymentColumn, Qt::Horizontal).toString(),
                     QStringLiteral("付款状态"));
        QCOMPARE(cell(model().rowOfId(1), OrderTableModel::PaymentColumn), QStringLiteral("待在控制台支付"));
        m_context->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(model().headerData(OrderTableModel::PaymentColumn, Qt::Horizontal).toString(),
                     QStringLiteral("Payment"));
    }

    // Seen at 1024×600 in Chinese: the filters took the row and left the search field three
    // dots wide. The page beside the provider list there is about 820 pixels.
    void smallScreenInChinese_searchFieldStaysUsable()
    {
        insertSamples();
        openPage();
        m_context->setLanguage(QStringLiteral("zh_CN"));
        // As narrow as the page goes: the filters' own widths decide, in Chinese.
        QTRY_COMPARE(m_page->findChild<QLabel*>(QStringLiteral("providerLabel"))
                         ->text()
                         .contains(QLatin1String("Pro")),
                     false);
        m_page->resize(m_page->minimumSizeHint().width(), 500);
        auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        QTRY_VERIFY2(search->width() >= search->fontMetrics().horizontalAdvance(search->placeholderText()),
                     qPrintable(QStringLiteral("%1 of %2").arg(search->width()).arg(m_page->width())));
        // Every filter is still on screen, none squeezed under its own size.
        for (const char* name : {"providerFilter", "statusFilter", "fromDate", "toDate"}) {
            auto* filter = m_page->findChild<QWidget*>(QLatin1String(name));
            QVERIFY(filter);
            QVERIFY2(filter->width() >= filter->minimumSizeHint().width(), name);
            QVERIFY2(filter->mapTo(m_page.get(), QPoint(filter->width(), 0)).x() <= m_page->width(), name);
        }
        m_context->setLanguage(QStringLiteral("en"));
    }

    void bigLedger_opensAtOnceAndSortsOverAllOrders()
    {
        QString error;
        QVERIFY2(bulkInsert(ledgerFile(), kBigLedgerRows, &error), qPrintable(error));
        QElapsedTimer timer;
        timer.start();
        openPage();
        const qint64 opened = timer.elapsed();
        QCOMPARE(model().rowCount(), OrderTableModel::PageSize);
        QCOMPARE(model().rowCount(), 256);
        QCOMPARE(model().index(0, 0).data(OrderTableModel::RecordIdRole).toLongLong(),
                 qint64(kBigLedgerRows));
        QVERIFY2(opened < 2000, qPrintable(QString::number(opened)));
        QCOMPARE(child<QLabel>("countLabel")->text(),
                 QStringLiteral("Orders: %1").arg(QLocale().toString(kBigLedgerRows)));

        timer.restart();
        table()->sortByColumn(OrderTableModel::StatusColumn, Qt::DescendingOrder);
        settle();
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(model().rowCount(), 256);
        // unknown is i % 4 == 3: the largest is 99,999.
        QCOMPARE(model().index(0, 0).data(OrderTableModel::RecordIdRole).toLongLong(), qint64(99999));
        QCOMPARE(cell(0, OrderTableModel::StatusColumn), QStringLiteral("Unknown"));

        table()->sortByColumn(OrderTableModel::ProviderColumn, Qt::AscendingOrder);
        settle();
        QCOMPARE(model().index(0, 0).data(OrderTableModel::RecordIdRole).toLongLong(), qint64(1));
        QCOMPARE(cell(0, OrderTableModel::ProviderColumn), QStringLiteral("Alibaba Cloud"));
        // Scrolling to the end reads the next page in the same order.
        table()->scrollToBottom();
        QTRY_VERIFY(model().rowCount() > 256);
        QCOMPARE(cell(256, OrderTableModel::ProviderColumn), QStringLiteral("Alibaba Cloud"));
        QCOMPARE(model().index(256, 0).data(OrderTableModel::RecordIdRole).toLongLong(), qint64(1 + 4 * 256));

        // A search matching most orders stops counting at the cap; a narrow one is exact.
        QTest::keyClicks(child<QLineEdit>("searchEdit"), QStringLiteral("res-"));
        QTRY_COMPARE(child<QLabel>("countLabel")->text(),
                     QStringLiteral("Orders: more than %1").arg(QLocale().toString(10000)));
        child<QLineEdit>("searchEdit")->setText(QStringLiteral("res-9999"));
        QTRY_COMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("Orders: 11"));
    }

    void details_showParametersHistoryAndRawResponse()
    {
        insertSamples();
        openPage();
        auto* details = child<QTextBrowser>("detailsView");
        QVERIFY(details->toPlainText().contains(QStringLiteral("Select an order")));
        clickOrder(1);
        const QString text = details->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Order 1")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("211111111111111")));
        QVERIFY(text.contains(QStringLiteral("REQ-A1")));
        QVERIFY(text.contains(QStringLiteral("zhang.san")));
        // Every parameter, with the schema's label in front of the API name.
        QVERIFY(text.contains(QStringLiteral("(PhysicalConnectionId)")));
        QVERIFY(text.contains(QStringLiteral("pc-bp1hp0wr072f6****")));
        QVERIFY(text.contains(QStringLiteral("CBCE910E-D396-4944")));
        QVERIFY(text.contains(QStringLiteral("(PricingCycle)")));
        // The history of the row and the provider's answer, laid out.
        QVERIFY(text.contains(QStringLiteral("Recorded before sending")));
        QVERIFY(
            text.contains(QStringLiteral("Answer: the provider placed the order, order ID 211111111111111")));
        QVERIFY2(!text.contains(QStringLiteral("{\"")), "no raw JSON in the history");
        QVERIFY2(text.contains(QStringLiteral(
                     "{\n  \"RequestId\": \"REQ-A1\",\n  \"OrderId\": \"211111111111111\"\n}")),
                 qPrintable(text));

        // Another row: its error and what the catalogue says about it.
        clickOrder(2);
        const QString rejected = details->toPlainText();
        QVERIFY(rejected.contains(QStringLiteral("InvalidDirectConnectConnection.NotFound")));
        QVERIFY(rejected.contains(QStringLiteral("What it means")));
        QVERIFY(!rejected.contains(QStringLiteral("211111111111111")));

        // An unknown outcome says what to check.
        m_page->showOrder(3);
        settle();
        QVERIFY(details->toPlainText().contains(QStringLiteral("may or may not have been placed")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("No answer was recorded.")));
        QVERIFY(details->toPlainText().contains(
            QStringLiteral("none (this provider's API has no client token)")));
    }

    // "Show this order" (after an order, from the conflict banner): the page finds it wherever it
    // is, page after page, and clears a filter that hides it; the details follow.
    void showOrder_hiddenByTheFilter_clearsItAndSelectsTheOrder()
    {
        insertSamples();
        // Beyond the first page too: 600 more orders after the samples.
        QString error;
        QVERIFY2(bulkInsert(ledgerFile(), 600, &error), qPrintable(error));
        openPage();
        QCOMPARE(model().rowCount(), OrderTableModel::PageSize);
        QVERIFY(model().rowOfId(3) < 0);
        m_page->showOrder(3); // on the third page
        settle();
        QCOMPARE(m_page->shownOrderId(), qint64(3));
        QCOMPARE(table()->currentIndex().row(), model().rowOfId(3));
        QVERIFY(model().rowOfId(3) >= 512);
        QVERIFY2(child<QTextBrowser>("detailsView")->toPlainText().contains(QStringLiteral("Order 3")),
                 qPrintable(child<QTextBrowser>("detailsView")->toPlainText()));

        // Filtered to Alibaba Cloud, order 2 (Volcengine) is not in the table: the filter goes.
        auto* providerFilter = child<QComboBox>("providerFilter");
        providerFilter->setCurrentIndex(providerFilter->findData(QStringLiteral("aliyun")));
        settle();
        QVERIFY(model().rowOfId(2) < 0);
        m_page->showOrder(2);
        settle();
        QCOMPARE(providerFilter->currentIndex(), 0);
        QCOMPARE(m_page->shownOrderId(), qint64(2));
        QVERIFY(model().rowOfId(2) >= 0);
        QCOMPARE(table()->currentIndex().row(), model().rowOfId(2));
        QVERIFY(child<QTextBrowser>("detailsView")->toPlainText().contains(QStringLiteral("Order 2")));
        QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("Orders: 605"));

        // An order the ledger does not have leaves the table as it is.
        providerFilter->setCurrentIndex(providerFilter->findData(QStringLiteral("aliyun")));
        settle();
        const QString aliyunCount = child<QLabel>("countLabel")->text();
        QCOMPARE(aliyunCount, QStringLiteral("Orders: 152"));
        m_page->showOrder(9999);
        settle();
        QCOMPARE(providerFilter->currentIndex(), providerFilter->findData(QStringLiteral("aliyun")));
        QCOMPARE(child<QLabel>("countLabel")->text(), aliyunCount);
        QCOMPARE(m_page->shownOrderId(), qint64(9999));
        QVERIFY(
            child<QTextBrowser>("detailsView")->toPlainText().contains(QStringLiteral("Select an order")));
    }

    void resolveButton_enabledOnlyForOpenOutcomes_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("succeeded") << qint64(1) << false;
        QTest::newRow("rejected") << qint64(2) << false;
        QTest::newRow("unknown") << qint64(3) << true;
        QTest::newRow("pending for days: its process ended") << qint64(5) << true;
    }

    void resolveButton_enabledOnlyForOpenOutcomes()
    {
        QFETCH(qint64, id);
        QFETCH(bool, enabled);
        insertSamples();
        openPage();
        clickOrder(id);
        QCOMPARE(child<QPushButton>("resolveButton")->isEnabled(), enabled);
        QVERIFY(child<QPushButton>("copyButton")->isEnabled());
    }

    void resolveButton_freshPendingOrder_isNotResolvable()
    {
        // Still being sent by this or another process (its lease is live): not the user's to decide yet.
        m_clock.setNow(QDateTime::currentDateTimeUtc());
        OrderRecord record;
        record.provider = QStringLiteral("aliyun");
        record.resourceId = QStringLiteral("pc-fresh");
        const qint64 id = m_ledger->insertPending(
            record, OrderLedger::Lease{QStringLiteral("another window"), m_clock.nowUtc().addSecs(120)}, {},
            nullptr);
        openPage();
        clickOrder(id);
        QVERIFY(!child<QPushButton>("resolveButton")->isEnabled());
    }

    void resolve_unknownAsPlaced_succeedsInTableAndLedgerKeepingHistory()
    {
        insertSamples();
        openPage();
        clickOrder(3);
        QTest::mouseClick(child<QPushButton>("resolveButton"), Qt::LeftButton);
        QDialog* dialog = m_page->findChild<QDialog*>(QStringLiteral("resolveOrderDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QPushButton* ok =
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no answer chosen yet
        clickRadio(dialog->findChild<QRadioButton*>(QStringLiteral("placedRadio")));
        QVERIFY(!ok->isEnabled()); // placed needs the order id
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("orderIdEdit")),
                         QStringLiteral(" 36001234 "));
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("noteEdit")),
                         QStringLiteral("found in the console"));
        QTest::mouseClick(ok, Qt::LeftButton);

        const int row = model().rowOfId(3);
        QTRY_COMPARE(cell(row, OrderTableModel::StatusColumn), QStringLiteral("Succeeded"));
        QCOMPARE(cell(row, OrderTableModel::OrderIdColumn), QStringLiteral("36001234"));
        QVERIFY(!child<QPushButton>("resolveButton")->isEnabled());
        QVERIFY(
            child<QTextBrowser>("detailsView")->toPlainText().contains(QStringLiteral("marked as placed")));

        const std::optional<OrderRecord> stored = m_ledger->order(3);
        QVERIFY(stored);
        QCOMPARE(stored->status, OrderStatus::Succeeded);
        QCOMPARE(stored->orderId, QStringLiteral("36001234"));
        QCOMPARE(stored->resolution, OrderResolution::Placed);
        QCOMPARE(stored->note, QStringLiteral("found in the console"));
        QCOMPARE(stored->errorCode, QString());
        const QList<OrderEvent> events = m_ledger->events(3);
        QCOMPARE(eventKinds(events), (QStringList{QStringLiteral("created"), QStringLiteral("outcome"),
                                                  QStringLiteral("resolved")}));
        const QJsonObject previous = QJsonDocument::fromJson(events.last().detail.toUtf8())
                                         .object()
                                         .value(QStringLiteral("previous"))
                                         .toObject();
        QCOMPARE(previous.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
        QCOMPARE(previous.value(QStringLiteral("errorCode")).toString(), QStringLiteral("Timeout"));
    }

    void resolve_stalePendingAsNotPlaced_isItsOwnStatus()
    {
        insertSamples();
        openPage();
        m_page->showOrder(5);
        settle();
        QTest::mouseClick(child<QPushButton>("resolveButton"), Qt::LeftButton);
        QDialog* dialog = m_page->findChild<QDialog*>(QStringLiteral("resolveOrderDialog"));
        QVERIFY(dialog);
        clickRadio(dialog->findChild<QRadioButton*>(QStringLiteral("notPlacedRadio")));
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("orderIdEdit"))->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Return); // OK is the default button once the answer is complete
        QTRY_COMPARE(cell(model().rowOfId(5), OrderTableModel::StatusColumn),
                     QStringLiteral("Not placed (resolved by hand)"));
        QCOMPARE(m_ledger->order(5)->resolution, OrderResolution::NotPlaced);
    }

    void resolve_cancelled_changesNothing()
    {
        insertSamples();
        openPage();
        clickOrder(3);
        QTest::mouseClick(child<QPushButton>("resolveButton"), Qt::LeftButton);
        QPointer<QDialog> dialog = m_page->findChild<QDialog*>(QStringLiteral("resolveOrderDialog"));
        QVERIFY(dialog);
        clickRadio(dialog->findChild<QRadioButton*>(QStringLiteral("notPlacedRadio")));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog); // deleted when closed
        QCOMPARE(m_ledger->order(3)->status, OrderStatus::Unknown);
        QCOMPARE(m_ledger->events(3).size(), 2);
        QVERIFY(child<QPushButton>("resolveButton")->isEnabled());
    }

    void export_writesTheFilteredRowsWithBom()
    {
        insertSamples();
        openPage();
        auto* providerFilter = child<QComboBox>("providerFilter");
        providerFilter->setCurrentIndex(providerFilter->findData(QStringLiteral("aliyun")));
        const QString file = m_dir->filePath(QStringLiteral("orders.csv"));
        QVERIFY(exportAndWait(file));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.size(), 4); // header, two orders, and the empty rest after the last line break
        QVERIFY(lines.at(1).contains("pc-alpha01")); // oldest first
        QVERIFY(lines.at(2).contains("pc-delta05"));
        QVERIFY(!bytes.contains("dcc-beta02"));
        QCOMPARE(MessageBox::count(), 0);
    }

    // The file is written in a thread of its own: the page answers meanwhile, with one export at a
    // time.
    void export_runsBesideThePage_oneAtATime()
    {
        insertSamples();
        openPage();
        auto* exportButton = child<QPushButton>("exportButton");
        QVERIFY(exportButton->isEnabled());
        QSignalSpy finished(m_page.get(), &HistoryPage::exportFinished);
        QSignalSpy status(m_page.get(), &HistoryPage::statusMessage);
        const QString file = m_dir->filePath(QStringLiteral("first.xlsx"));
        QVERIFY(m_page->exportTo(file));
        QVERIFY(m_page->isExporting());
        QVERIFY(!exportButton->isEnabled());
        QCOMPARE(status.size(), 1);
        QVERIFY2(status.at(0).at(0).toString().contains(QDir::toNativeSeparators(file)),
                 qPrintable(status.at(0).at(0).toString()));
        QVERIFY(!m_page->exportTo(m_dir->filePath(QStringLiteral("second.xlsx"))));
        // The table still answers.
        clickOrder(2);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.at(0).at(1).toBool());
        QCOMPARE(finished.at(0).at(2).toInt(), 5);
        QVERIFY(!m_page->isExporting());
        QVERIFY(exportButton->isEnabled());
        QVERIFY(QFile::exists(file));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("second.xlsx"))));
        QCOMPARE(MessageBox::count(), 0);
    }

    void export_afterResolvingInAFilteredTable_writesTheRowsShown_data()
    {
        QTest::addColumn<QString>("filter"); // "status": Unknown only; "provider": UniCloud only
        QTest::addColumn<QList<qint64>>("before");
        QTest::addColumn<QList<qint64>>("after");
        // Resolved, order 3 is no longer Unknown: it leaves the table, as it leaves the export.
        QTest::newRow("status filter") << QStringLiteral("status") << QList<qint64>{5, 3} << QList<qint64>{5};
        // Still UniCloud's: it stays, Succeeded now, in the table and in the export.
        QTest::newRow("provider filter")
            << QStringLiteral("provider") << QList<qint64>{3} << QList<qint64>{3};
    }

    void export_afterResolvingInAFilteredTable_writesTheRowsShown()
    {
        QFETCH(QString, filter);
        QFETCH(QList<qint64>, before);
        QFETCH(QList<qint64>, after);
        insertSamples();
        // Order 5 is Pending without a sender: the check at start-up makes it Unknown whenever the
        // writer gets to it; asked once more, it is Unknown before the page opens.
        m_context->orders().markInterruptedOrders();
        QTRY_COMPARE(m_ledger->order(5)->status, OrderStatus::Unknown);
        openPage();
        if (filter == QLatin1String("status")) {
            auto* statusFilter = child<QComboBox>("statusFilter");
            statusFilter->setCurrentIndex(statusFilter->findData(static_cast<int>(OrderStatus::Unknown)));
        } else {
            auto* providerFilter = child<QComboBox>("providerFilter");
            providerFilter->setCurrentIndex(providerFilter->findData(QStringLiteral("unicloud")));
        }
        settle();
        QCOMPARE(tableIds(model()), before);

        QSignalSpy resolved(&m_context->orders(), &OrderService::resolved);
        clickOrder(3);
        QTest::mouseClick(child<QPushButton>("resolveButton"), Qt::LeftButton);
        QDialog* dialog = m_page->findChild<QDialog*>(QStringLiteral("resolveOrderDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        clickRadio(dialog->findChild<QRadioButton*>(QStringLiteral("placedRadio")));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("orderIdEdit")),
                         QStringLiteral("123456789012345678"));
        QTest::keyClick(dialog, Qt::Key_Return);
        // The page hears of it through the same signal, and from the answer to its own request.
        QTRY_COMPARE(resolved.size(), 1);
        QCoreApplication::processEvents();
        settle();
        QCOMPARE(m_ledger->order(3)->status, OrderStatus::Succeeded);

        // What the screen shows and what the file holds are the same orders.
        const QString file = m_dir->filePath(QStringLiteral("shown.csv"));
        int written = -1;
        QVERIFY(exportAndWait(file, &written));
        QCOMPARE(written, model().rowCount());
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QList<qint64> exported;
        for (qsizetype line = lines.size() - 2; line >= 1; --line) // newest first, as the table
            exported << lines.at(line).left(lines.at(line).indexOf(',')).toLongLong();
        QCOMPARE(exported, tableIds(model()));
        QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("Orders: %1").arg(model().rowCount()));
        // And they are the filter's.
        QCOMPARE(tableIds(model()), after);
        QVERIFY(!child<QPushButton>("resolveButton")->isEnabled());
        if (after.contains(3))
            QCOMPARE(cell(model().rowOfId(3), OrderTableModel::StatusColumn), QStringLiteral("Succeeded"));
        else
            QCOMPARE(m_page->shownOrderId(), 0); // nothing else was selected in its place
    }

    void exportButton_offersAWorkbookFirstAndCsv()
    {
        insertSamples();
        openPage();
        const QString file = m_dir->filePath(QStringLiteral("from-dialog"));
        QStringList filters;
        QString selected;
        bool answered = false;
        // The save dialog is modal: it is answered from the event loop it runs.
        // The dialog reads its folder in the background and may put its suggestion back meanwhile:
        // it is answered once it holds the name typed.
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* dialog = qobject_cast<QFileDialog*>(widget);
                if (!dialog || !dialog->isVisible() || answered)
                    continue;
                if (filters.isEmpty()) {
                    filters = dialog->nameFilters();
                    selected = dialog->selectedNameFilter();
                }
                auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                if (!name)
                    continue;
                if (name->text() != file) {
                    name->setText(file);
                    continue;
                }
                answered = true;
                static_cast<QDialog*>(dialog)->accept(); // QFileDialog hides it
            }
        });
        poll.start(20);
        QSignalSpy finished(m_page.get(), &HistoryPage::exportFinished);
        QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
        poll.stop();
        QVERIFY(answered);
        QVERIFY(finished.wait(30000));
        QCOMPARE(filters.size(), 2);
        QVERIFY2(filters.at(0).contains(QLatin1String("*.xlsx")), qPrintable(filters.join(QLatin1Char('|'))));
        QVERIFY2(filters.at(1).contains(QLatin1String("*.csv")), qPrintable(filters.join(QLatin1Char('|'))));
        QCOMPARE(selected, filters.at(0));
        // A name without the suffix gets the chosen kind's.
        QFile workbook(file + QStringLiteral(".xlsx"));
        QVERIFY2(workbook.open(QIODevice::ReadOnly),
                 qPrintable(QDir(m_dir->path()).entryList().join(QLatin1Char(' ')) + QLatin1String(" / ") +
                            MessageBox::lastText()));
        QVERIFY(workbook.read(4) == QByteArrayLiteral("PK\x03\x04")); // a zip, as every .xlsx is
        QCOMPARE(MessageBox::lastIcon(), QMessageBox::Information);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("5 orders")),
                 qPrintable(MessageBox::lastText()));
    }

    void export_unwritableFile_saysWhy()
    {
        insertSamples();
        openPage();
        const QString file = m_dir->filePath(QStringLiteral("missing-folder/orders.csv"));
        QVERIFY(!exportAndWait(file));
        QCOMPARE(MessageBox::count(), 1);
        QCOMPARE(MessageBox::lastIcon(), QMessageBox::Warning);
        QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(file)),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(!QFile::exists(file));
    }

    void copy_rowCellsAndOrderId()
    {
        insertSamples();
        openPage();
        QClipboard* clipboard = QGuiApplication::clipboard();
        clickOrder(1);
        QTest::mouseClick(child<QPushButton>("copyButton"), Qt::LeftButton);
        QCOMPARE(clipboard->text(),
                 QStringLiteral(
                     "1\t2024-05-01 10:00:00\tAlibaba Cloud\tfinance\tcn-hangzhou\tpc-alpha01\tSucceeded\t"
                     "Awaiting payment in the console\t"
                     "211111111111111\tREQ-A1\t\t1"));

        auto* copyOrderId = m_page->findChild<QAction*>(QStringLiteral("copyOrderIdAction"));
        QVERIFY(copyOrderId);
        QVERIFY(table()->actions().contains(copyOrderId));
        QVERIFY(copyOrderId->isEnabled());
        copyOrderId->trigger();
        QCOMPARE(clipboard->text(), QStringLiteral("211111111111111"));

        // A block of cells with Ctrl+C: rows by line, cells by tab. Rows 0 and 1 are orders 5 and 4.
        table()->setFocus();
        QItemSelection block(model().index(0, OrderTableModel::ProviderColumn),
                             model().index(1, OrderTableModel::ProfileColumn));
        table()->selectionModel()->select(block, QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboard->text(), QStringLiteral("Alibaba Cloud\tfinance\nHuawei Cloud\taudit"));

        auto* copyRow = m_page->findChild<QAction*>(QStringLiteral("copyRowAction"));
        QVERIFY(copyRow);
        copyRow->trigger();
        QCOMPARE(clipboard->text().count(QLatin1Char('\n')), 1);
        QVERIFY(clipboard->text().startsWith(QStringLiteral("5\t2024-05-05 14:00:00\tAlibaba Cloud\t")));
    }

    void copy_saysWhatItCopied_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("orderId");
        QTest::addColumn<QString>("cells");
        QTest::addColumn<QString>("rows");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Copied order ID 211111111111111")
                            << QStringLiteral("Copied 4 cells") << QStringLiteral("Copied 2 rows");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("已复制订单号 211111111111111")
                               << QStringLiteral("已复制 4 个单元格") << QStringLiteral("已复制 2 行");
    }

    void copy_saysWhatItCopied()
    {
        QFETCH(QString, language);
        QFETCH(QString, orderId);
        QFETCH(QString, cells);
        QFETCH(QString, rows);
        m_context->setLanguage(language);
        insertSamples();
        openPage();
        QSignalSpy messages(m_page.get(), &HistoryPage::statusMessage);
        clickOrder(1);
        m_page->findChild<QAction*>(QStringLiteral("copyOrderIdAction"))->trigger();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.takeFirst().first().toString(), orderId);

        table()->setFocus();
        QItemSelection block(model().index(0, OrderTableModel::ProviderColumn),
                             model().index(1, OrderTableModel::ProfileColumn));
        table()->selectionModel()->select(block, QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.takeFirst().first().toString(), cells);

        QTest::mouseClick(child<QPushButton>("copyButton"), Qt::LeftButton);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.takeFirst().first().toString(), rows);

        // One cell and one row say so in the singular.
        clickOrder(1);
        QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(messages.takeFirst().first().toString(), language == QLatin1String("en")
                                                              ? QStringLiteral("Copied 1 cell")
                                                              : QStringLiteral("已复制 1 个单元格"));
        m_page->findChild<QAction*>(QStringLiteral("copyRowAction"))->trigger();
        QCOMPARE(messages.takeFirst().first().toString(), language == QLatin1String("en")
                                                              ? QStringLiteral("Copied 1 row")
                                                              : QStringLiteral("已复制 1 行"));
        m_context->setLanguage(QStringLiteral("en"));
    }

    void languageSwitch_changesHeadersAndFiltersAtOnce()
    {
        insertSamples();
        openPage();
        auto* providerFilter = child<QComboBox>("providerFilter");
        auto* statusFilter = child<QComboBox>("statusFilter");
        const int aliyun = providerFilter->findData(QStringLiteral("aliyun"));
        const int succeeded = statusFilter->findData(static_cast<int>(OrderStatus::Succeeded));
        QCOMPARE(providerFilter->itemText(aliyun), QStringLiteral("Alibaba Cloud"));
        QCOMPARE(model().headerData(OrderTableModel::StatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Status"));
        providerFilter->setCurrentIndex(aliyun);
        QTRY_COMPARE(model().rowCount(), 2);

        m_context->setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(model().headerData(OrderTableModel::StatusColumn, Qt::Horizontal).toString(),
                     QStringLiteral("状态"));
        // Widgets hear of the new language through a posted event.
        QTRY_COMPARE(providerFilter->itemText(aliyun), QStringLiteral("阿里云"));
        QCOMPARE(statusFilter->itemText(succeeded), QStringLiteral("成功"));
        QCOMPARE(cell(model().rowOfId(1), OrderTableModel::ProviderColumn), QStringLiteral("阿里云"));
        QCOMPARE(cell(model().rowOfId(1), OrderTableModel::StatusColumn), QStringLiteral("成功"));
        QCOMPARE(providerFilter->currentIndex(), aliyun); // the filter survives
        QCOMPARE(model().rowCount(), 2);

        m_context->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(model().headerData(OrderTableModel::StatusColumn, Qt::Horizontal).toString(),
                     QStringLiteral("Status"));
        QTRY_COMPARE(providerFilter->itemText(aliyun), QStringLiteral("Alibaba Cloud"));
        QCOMPARE(child<QPushButton>("exportButton")->text(), QStringLiteral("E&xport…"));
    }

    void orderPlacedMeanwhile_appearsWithTheSimulatorsOrderId()
    {
        insertSamples();
        openPage();
        const Provider* aliyun = m_context->providers().find(QStringLiteral("aliyun"));
        QVERIFY(aliyun);
        OrderRequest request = ProviderTestSupport::seedExampleOrder(QStringLiteral("aliyun"));
        request.params.insert(QStringLiteral("PhysicalConnectionId"), QStringLiteral("pc-live06"));
        request.params.remove(QStringLiteral("ClientToken"));
        const PreparedOrder prepared = m_context->orders().prepare(
            *aliyun, request, AppContext::sandboxProfileName(), m_context->sandboxEndpoint());
        QVERIFY(prepared.isValid());
        const qint64 id = PlaceAndWait::place(m_context->orders(), prepared, SandboxCredential::pair());
        QVERIFY(id > 0);
        QTRY_VERIFY(model().rowOfId(id) >= 0);
        QTRY_COMPARE(cell(model().rowOfId(id), OrderTableModel::StatusColumn), QStringLiteral("Succeeded"));
        QVERIFY(m_context->sandbox());
        QCOMPARE(SandboxSimulator::server(*m_context)->orders().size(), 1);
        QCOMPARE(cell(model().rowOfId(id), OrderTableModel::OrderIdColumn),
                 SandboxSimulator::server(*m_context)->orders().constFirst().orderId);
        QCOMPARE(model().index(0, 0).data(OrderTableModel::RecordIdRole).toLongLong(), id);
        QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("Orders: 6"));
    }

    void sendAgainSafely_unknownWithToken_placesItOnce_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("confirmed") << true;
        QTest::newRow("declined") << false;
    }

    void sendAgainSafely_unknownWithToken_placesItOnce()
    {
        QFETCH(bool, confirm);
        const Endpoint sandbox = m_context->sandboxEndpoint();
        QVERIFY(sandbox.isValid());
        OrderRecord record;
        record.provider = QStringLiteral("aliyun");
        record.profile = AppContext::sandboxProfileName();
        record.region = QStringLiteral("cn-hangzhou");
        record.resourceId = QStringLiteral("pc-bp1hp0wr072f6****");
        record.endpoint = sandbox.toString();
        record.params = ProviderTestSupport::seedExampleOrder(record.provider).params;
        record.idempotencyToken = record.params.value(QStringLiteral("ClientToken"));
        m_clock.setNow(QDateTime::currentDateTimeUtc());
        const qint64 id = m_ledger->insertPending(record);
        OrderOutcomeRecord unknown;
        unknown.status = OrderStatus::Unknown;
        unknown.errorCode = QStringLiteral("Timeout");
        QVERIFY(m_ledger->recordOutcome(id, unknown));
        // A provider without a token: never offered.
        const qint64 noToken = insert(samples().at(2));

        openPage();
        clickOrder(noToken);
        QVERIFY(!child<QPushButton>("retryButton")->isEnabled());
        clickOrder(id);
        auto* retry = child<QPushButton>("retryButton");
        QVERIFY(retry->isEnabled());
        MessageBox::setNextAnswer(confirm ? QMessageBox::Yes : QMessageBox::No);
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(MessageBox::lastIcon(), QMessageBox::Question);
        if (!confirm) {
            QTest::qWait(50);
            QCOMPARE(m_context->sandbox()->requestCount(), 0);
            QCOMPARE(m_ledger->order(id)->status, OrderStatus::Unknown);
            QVERIFY(retry->isEnabled());
            return;
        }
        QVERIFY(!retry->isEnabled()); // no second click while it is on its way
        QTRY_COMPARE(m_ledger->order(id)->status, OrderStatus::Succeeded);
        QTRY_COMPARE(cell(model().rowOfId(id), OrderTableModel::StatusColumn), QStringLiteral("Succeeded"));
        QCOMPARE(m_context->sandbox()->orderCount(QStringLiteral("aliyun")), 1);
        QCOMPARE(SandboxSimulator::server(*m_context)->orders().constFirst().token,
                 QStringLiteral("CBCE910E-D396-4944"));
        QVERIFY(eventKinds(m_ledger->events(id)).contains(QStringLiteral("retry")));
        QVERIFY(!retry->isEnabled());
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
