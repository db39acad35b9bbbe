#include "AppContext.h"
#include "HistoryPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OrderFlowSupport.h"
#include "PlaceAndWait.h"
#include "SandboxSimulator.h"
#include "SimServer.h"
#include "common/SandboxCredential.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderTableModel.h"
#include "orders/OrderService.h"
#include "providers/ProviderRegistry.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace OrderDesk;

namespace {

// The texts of translations/orderdesk_zh_CN.ts that these tests read back.
const QString kNotPlacedChinese = QStringLiteral("未下单（人工确认）");

struct Fixture
{
    Fixture()
    {
        context = std::make_unique<AppContext>(dir.path(), SimSandbox::factory());
        ok = context->initialize();
        context->setLanguage(QStringLiteral("en"));
    }
    void openWindow()
    {
        window = std::make_unique<MainWindow>(*context);
        window->show();
    }
    // An order of the sandbox that the simulator answers only after `slowMs`.
    qint64 placeSlowOrder(const QString& word, int slowMs)
    {
        const Endpoint endpoint = context->sandboxEndpoint();
        SandboxSimulator::server(*context)->setSlowAnswerMs(slowMs);
        const Provider& unicloud = *context->providers().find(QStringLiteral("unicloud"));
        OrderRequest order;
        for (const QString& param : OrderFlowSupport::params(QStringLiteral("unicloud"), word))
            order.params.insert(param.section(QLatin1Char('='), 0, 0), param.section(QLatin1Char('='), 1));
        const PreparedOrder prepared =
            context->orders().prepare(unicloud, order, AppContext::sandboxProfileName(), endpoint);
        return PlaceAndWait::place(context->orders(), prepared, SandboxCredential::pair());
    }
    QMessageBox* quitQuestion() const
    {
        return window->findChild<QMessageBox*>(QStringLiteral("quitWhileSendingBox"));
    }
    QLabel* conflictBanner() const { return window->findChild<QLabel*>(QStringLiteral("conflictBanner")); }

    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    bool ok = false;
};

} // namespace

// The window and the rules of an order's life: closing while an order is out, the warning of
// a conflict, and the statuses a hand resolution leaves, in both languages.
class TestWindowLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setQuiet(true);
    }

    // Path 3: closing aborted the request while the provider might still place the order.
    void closeWhileSending_asks_andWaitingClosesOnceTheAnswerIsRecorded()
    {
        Fixture fixture;
        QVERIFY(fixture.ok);
        fixture.openWindow();
        const qint64 id = fixture.placeSlowOrder(QStringLiteral("slowwait"), 1500);
        QVERIFY(id > 0);
        QTRY_COMPARE(fixture.context->orders().inFlightCount(), 1);

        QVERIFY(!fixture.window->close());
        QVERIFY(fixture.window->isVisible());
        QTRY_VERIFY(fixture.quitQuestion() && fixture.quitQuestion()->isVisible());
        QMessageBox* box = fixture.quitQuestion();
        auto* wait = box->findChild<QPushButton*>(QStringLiteral("waitButton"));
        QVERIFY(wait);
        QCOMPARE(box->defaultButton(), wait);
        QVERIFY(box->text().contains(QStringLiteral("may still be placed")));
        QTest::mouseClick(wait, Qt::LeftButton);
        QVERIFY(fixture.window->isVisible());

        QTRY_VERIFY_WITH_TIMEOUT(!fixture.window->isVisible(), 10000);
        QCOMPARE(fixture.context->ledger().order(id)->status, OrderStatus::Succeeded);
    }

    void closeWhileSending_quitNow_leavesTheOrderUnknownAndResolvable()
    {
        Fixture fixture;
        QVERIFY(fixture.ok);
        fixture.openWindow();
        const qint64 id = fixture.placeSlowOrder(QStringLiteral("slowquitnow"), 30000);
        QVERIFY(id > 0);
        QTRY_COMPARE(fixture.context->orders().inFlightCount(), 1);
        fixture.window->close();
        QTRY_VERIFY(fixture.quitQuestion() && fixture.quitQuestion()->isVisible());
        QTest::mouseClick(fixture.quitQuestion()->findChild<QPushButton*>(QStringLiteral("quitNowButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!fixture.window->isVisible());
        const std::optional<OrderRecord> row = fixture.context->ledger().order(id);
        QCOMPARE(row->status, OrderStatus::Unknown);
        QCOMPARE(fixture.context->ledger().events(id).constLast().kind, OrderEventKind::Abandoned);
        QVERIFY(OrderTransitions::canResolve(*row, fixture.context->ledger().clock().nowUtc()));
    }

    void closeWithNothingInFlight_closesAtOnce()
    {
        Fixture fixture;
        QVERIFY(fixture.ok);
        fixture.openWindow();
        QVERIFY(fixture.window->close());
        QVERIFY(!fixture.quitQuestion());
    }

    // The warning of the next start: a conflict recorded while the app was closed (by the CLI).
    void conflictInTheLedger_isShownAtStart_inBothLanguages()
    {
        Fixture fixture;
        QVERIFY(fixture.ok);
        OrderLedger& ledger = fixture.context->ledger();
        OrderRecord record;
        record.provider = QStringLiteral("aliyun");
        record.profile = QStringLiteral("finance");
        record.resourceId = QStringLiteral("pc-conflict");
        const qint64 id = ledger.insertPending(record);
        OrderOutcomeRecord answer;
        answer.status = OrderStatus::Unknown;
        QVERIFY(ledger.recordOutcome(id, answer));
        QVERIFY(ledger.resolve(id, OrderResolution::NotPlaced, QString(), QString()));
        answer.status = OrderStatus::Succeeded;
        answer.orderId = QStringLiteral("2107312345");
        QVERIFY(ledger.recordOutcome(id, answer));

        fixture.openWindow();
        QLabel* banner = fixture.conflictBanner();
        QVERIFY(banner);
        // Counted in the ledger's reader thread: shown once the answer is in.
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("1 order in conflict")), qPrintable(banner->text()));
        fixture.context->setLanguage(QStringLiteral("zh_CN"));
        QVERIFY2(banner->text().contains(QStringLiteral("冲突")), qPrintable(banner->text()));

        // The link opens the history, where the order carries the badge and the explanation.
        emit banner->linkActivated(QStringLiteral("history"));
        auto* history = fixture.window->findChild<HistoryPage*>();
        QVERIFY(history && history->isVisible());
        auto* table = history->findChild<QTableView*>(QStringLiteral("historyTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        const QString status =
            table->model()->index(0, OrderTableModel::StatusColumn).data(Qt::DisplayRole).toString();
        QVERIFY2(status.startsWith(QStringLiteral("⚠")), qPrintable(status));
        table->selectRow(0);
        auto* details = history->findChild<QTextBrowser*>(QStringLiteral("detailsView"));
        QTRY_VERIFY2(details->toPlainText().contains(QStringLiteral("2107312345")),
                     qPrintable(details->toPlainText()));
        fixture.context->setLanguage(QStringLiteral("en"));
        QTRY_VERIFY2(
            details->toPlainText().contains(QStringLiteral("Conflict: this order was marked as not placed")),
            qPrintable(details->toPlainText()));

        // Resolved again after a look in the console: the banner goes.
        std::optional<bool> resolved;
        fixture.context->orders().resolve(id, OrderResolution::Placed, QString(), QString(),
                                          fixture.window.get(),
                                          [&](bool ok, const LocalizedText&) { resolved = ok; });
        QTRY_VERIFY(resolved.has_value());
        QVERIFY(*resolved);
        QTRY_VERIFY(!banner->isVisible());
    }

    void notPlacedByHand_isShownApartFromRejected_inBothLanguages()
    {
        Fixture fixture;
        QVERIFY(fixture.ok);
        OrderLedger& ledger = fixture.context->ledger();
        OrderRecord record;
        record.provider = QStringLiteral("unicloud");
        record.resourceId = QStringLiteral("nas-hand");
        const qint64 id = ledger.insertPending(record);
        OrderOutcomeRecord answer;
        answer.status = OrderStatus::Unknown;
        QVERIFY(ledger.recordOutcome(id, answer));
        QVERIFY(ledger.resolve(id, OrderResolution::NotPlaced, QString(), QString()));
        fixture.openWindow();
        fixture.window->showHistory();
        auto* table = fixture.window->findChild<QTableView*>(QStringLiteral("historyTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        const QModelIndex status = table->model()->index(0, OrderTableModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Not placed (resolved by hand)"));
        fixture.context->setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(table->model()->index(0, OrderTableModel::StatusColumn).data().toString(),
                     kNotPlacedChinese);
    }
};

QTEST_MAIN(TestWindowLifecycle)
#include "tst_windowlifecycle.moc"
