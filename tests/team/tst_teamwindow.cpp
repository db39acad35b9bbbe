// Two OrderDesk windows on one team ledger, as two people at two desks: alice prepares (maker),
// bob approves (checker), alice sends to the simulator; each window sees the other's change
// within a second, through the database's announcements. Also: the window refuses to order while
// the team ledger cannot be reached, and a decline needs a reason.

#include "AppContext.h"
#include "FormFill.h"
#include "HistoryPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MnemonicCheck.h"
#include "OrderFlowSupport.h"
#include "OrderPage.h"
#include "SimSandbox.h"
#include "SimServer.h"
#include "TeamDecisionDialog.h"
#include "TeamLedgerFixture.h"
#include "TeamOrdersPage.h"
#include "TestArtifacts.h"
#include "credentials/CredentialResult.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderTableModel.h"
#include "orders/OrderService.h"
#include "team/TeamLedgerSession.h"
#include "team/TeamOrderTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace OrderDesk;
using FormFill::fill;

namespace {

// The promise: a colleague's change shows within a second.
constexpr int kLiveMs = 1000;
constexpr int kAnswerMs = 15000;

// One person's OrderDesk: a data folder, a context logged in to the team ledger as `role` with
// the password saved through the settings into the keychain, and the main window.
struct Desk
{
    Desk(const QString& role, const QString& address, const QString& password)
    {
        TestArtifacts::keepIfAsked(dir);
        context = std::make_unique<AppContext>(dir.path(), SimSandbox::factory());
        ok = context->initialize();
        context->setLanguage(QStringLiteral("en"));
        bool saved = false;
        context->setTeamLedger(address, password, context.get(), [&](const CredentialResult& result) {
            saved = true;
            keychainOk = result.ok;
            keychainError = result.error.toEnglish();
        });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 20000);
        window = std::make_unique<MainWindow>(*context);
        window->setWindowTitle(role);
        // The smallest screen a finance desk has.
        window->resize(1024, 600);
        window->show();
    }

    template<typename T> T* find(const QString& name) const { return window->findChild<T*>(name); }
    TeamLedgerSession* team() const { return context->team(); }

    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    bool ok = false;
    bool keychainOk = false;
    QString keychainError;
};

OrderPage* shownOrderPage(Desk& desk, const QString& provider)
{
    desk.window->showProvider(provider);
    for (OrderPage* page : desk.window->findChildren<OrderPage*>()) {
        if (page->isVisible())
            return page;
    }
    return nullptr;
}

QString stateOf(TeamOrdersPage* page, qint64 id)
{
    auto* table = page->findChild<QTableView*>(QStringLiteral("ordersTable"));
    auto* model = qobject_cast<TeamOrderTableModel*>(table->model());
    const int row = model->rowOf(id);
    return row < 0 ? QString() : model->index(row, TeamOrderTableModel::StateColumn).data().toString();
}

} // namespace

class TstTeamWindow : public QObject
{
    Q_OBJECT

private:
    QString m_database;

    QString address(const QString& role) const { return TeamLedgerFixture::url(role, m_database); }

    // Alice fills the Alibaba Cloud form and confirms; returns the team order's number.
    qint64 prepare(Desk& alice, const QString& word)
    {
        OrderPage* page = confirm(alice, word);
        if (!page)
            return 0;
        auto* title = page->findChild<QLabel*>(QStringLiteral("outcomeTitle"));
        if (!QTest::qWaitFor(
                [&] {
                    return title->isVisible() &&
                           title->text() == QLatin1String("Recorded; waiting for approval");
                },
                kAnswerMs)) {
            qWarning() << "no approval awaited:" << title->text()
                       << page->findChild<QLabel*>(QStringLiteral("outcomeExplanation"))->text();
            return 0;
        }
        const QString explanation = page->findChild<QLabel*>(QStringLiteral("outcomeExplanation"))->text();
        return explanation.section(QLatin1Char(' '), 1, 1).toLongLong();
    }

    // Fills the Alibaba Cloud form and confirms the order; the page, or nullptr.
    OrderPage* confirm(Desk& alice, const QString& word)
    {
        auto* page = shownOrderPage(alice, QStringLiteral("aliyun"));
        if (!page)
            return nullptr;
        for (const QString& param : OrderFlowSupport::params(QStringLiteral("aliyun"), word)) {
            const qsizetype eq = param.indexOf(QLatin1Char('='));
            fill(page, param.left(eq), param.mid(eq + 1));
        }
        auto* orderButton = page->findChild<QPushButton*>(QStringLiteral("orderButton"));
        if (!orderButton || !orderButton->isEnabled()) {
            qWarning() << "Order is off:" << page->findChild<QLabel*>(QStringLiteral("orderHint"))->text();
            return nullptr;
        }
        QTest::mouseClick(orderButton, Qt::LeftButton);
        // The confirmation opens once the desk's ledger said whether it names a recent order.
        const auto shown = [page] {
            auto* dialog = page->findChild<QDialog*>(QStringLiteral("confirmOrderDialog"));
            return dialog && dialog->isVisible();
        };
        if (!QTest::qWaitFor(shown, 10000))
            return nullptr;
        auto* dialog = page->findChild<QDialog*>(QStringLiteral("confirmOrderDialog"));
        auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const char* why = TeamLedgerFixture::noDriverReason())
            QSKIP(why);
        if (WineCheck::underWine())
            QSKIP(TeamLedgerFixture::kNoExitUnderWine);
    }

    // A ledger of its own for each test: no order of another test in the queue.
    void init()
    {
        QString failure;
        m_database = TeamLedgerFixture::createTeamLedger(&failure);
        QVERIFY2(!m_database.isEmpty(), qPrintable(failure));
    }

    void prepareApproveSend_eachSeesTheOtherWithinASecond()
    {
        Desk alice(QStringLiteral("alice"), address(QStringLiteral("alice")),
                   TeamLedgerFixture::password(QStringLiteral("alice")));
        Desk bob(QStringLiteral("bob"), address(QStringLiteral("bob")),
                 TeamLedgerFixture::password(QStringLiteral("bob")));
        QVERIFY2(alice.keychainOk, qPrintable(alice.keychainError));
        QVERIFY2(bob.keychainOk, qPrintable(bob.keychainError));
        QTRY_VERIFY_WITH_TIMEOUT(alice.team() && alice.team()->canRecord(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(bob.team() && bob.team()->canRecord(), 20000);
        QCOMPARE(alice.team()->user(), QStringLiteral("alice"));
        QCOMPARE(bob.team()->user(), QStringLiteral("bob"));

        // The ledger's state in both windows, and the team's buttons.
        auto* aliceState = alice.find<QLabel>(QStringLiteral("teamLedgerState"));
        QTRY_COMPARE(aliceState->text(), QStringLiteral("Team ledger: connected"));
        auto* bobApprovals = bob.find<QPushButton>(QStringLiteral("approvalsButton"));
        QVERIFY(bobApprovals->isVisible());
        QCOMPARE(bobApprovals->text(), QStringLiteral("Appro&vals"));

        // Prepare: recorded, nothing sent.
        const qint64 id = prepare(alice, QStringLiteral("teamwindow1"));
        QVERIFY(id > 0);
        QVERIFY(!SandboxSimulator(alice) || SandboxSimulator(alice)->orders().isEmpty());

        // Bob's count goes up within a second.
        QElapsedTimer seen;
        seen.start();
        QTRY_COMPARE_WITH_TIMEOUT(bobApprovals->text(), QStringLiteral("Appro&vals (1)"), kLiveMs);
        qInfo("bob saw the new order after %lld ms", seen.elapsed());

        // Alice may not approve her own order: her approvals page says why.
        alice.find<QPushButton>(QStringLiteral("approvalsButton"))->click();
        auto* alicePage = alice.find<TeamOrdersPage>(QStringLiteral("approvalsPage"));
        QVERIFY(alicePage);
        // Her own window heard of it too (within the same second).
        QTRY_VERIFY_WITH_TIMEOUT(alicePage->selectOrder(id), kLiveMs);
        QVERIFY(!alicePage->findChild<QPushButton*>(QStringLiteral("approveButton"))->isEnabled());
        QVERIFY(alicePage->findChild<QLabel*>(QStringLiteral("actionHint"))
                    ->text()
                    .contains(QStringLiteral("another person must approve")));

        // Bob approves it with a comment, through the dialog.
        bobApprovals->click();
        auto* bobPage = bob.find<TeamOrdersPage>(QStringLiteral("approvalsPage"));
        QVERIFY(bobPage);
        QVERIFY(bobPage->selectOrder(id));
        auto* approve = bobPage->findChild<QPushButton*>(QStringLiteral("approveButton"));
        QVERIFY(approve->isEnabled());
        approve->click();
        auto* dialog = bobPage->findChild<TeamDecisionDialog*>(QStringLiteral("approveDialog"));
        QVERIFY(dialog && dialog->isVisible());
        // Alt+letter reaches one control on the team's pages and in the dialog, in both languages.
        for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            bob.context->setLanguage(language);
            MnemonicCheck::verifyUnique(bob.window.get(), QStringLiteral("approvals page ") + language);
            MnemonicCheck::verifyUnique(dialog, QStringLiteral("approve dialog ") + language);
        }
        QVERIFY(dialog->findChild<QTextBrowser*>(QStringLiteral("factsView"))
                    ->toPlainText()
                    .contains(QStringLiteral("pc-teamwindow1")));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit")),
                         QStringLiteral("Budget line 7"));
        // From bob's click: the database decides, announces, and alice's window reads the order.
        seen.restart();
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();

        // Alice is told within a second, and her team orders show who approved.
        auto* banner = alice.find<QLabel>(QStringLiteral("teamDecisionBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kLiveMs);
        qInfo("alice heard of the approval after %lld ms", seen.elapsed());
        QVERIFY2(banner->text().contains(QStringLiteral("Your order %1 was approved by bob.").arg(id)),
                 qPrintable(banner->text()));
        // The note fits beside the sandbox banner without widening the window past the screen.
        QVERIFY2(alice.window->width() <= 1024, qPrintable(QString::number(alice.window->width())));
        alice.find<QPushButton>(QStringLiteral("teamOrdersButton"))->click();
        auto* aliceOrders = alice.find<TeamOrdersPage>(QStringLiteral("teamHistoryPage"));
        QVERIFY(aliceOrders);
        MnemonicCheck::verifyUnique(alice.window.get(), QStringLiteral("team orders page"));
        QVERIFY(stateOf(aliceOrders, id).startsWith(QStringLiteral("Approved by bob")));

        // Alice sends it: exactly one order reaches the simulator, and it succeeds.
        QVERIFY(aliceOrders->selectOrder(id));
        auto* send = aliceOrders->findChild<QPushButton*>(QStringLiteral("sendButton"));
        QVERIFY(send->isEnabled());
        send->click();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(aliceOrders, id).startsWith(QStringLiteral("Succeeded")), kAnswerMs);
        QVERIFY(SandboxSimulator(alice));
        QCOMPARE(SandboxSimulator(alice)->orders().size(), 1);
        QCOMPARE(SandboxSimulator(alice)->orders().constFirst().token,
                 alice.team()->cachedOrder(id)->clientToken);

        // Bob sees it succeed within a second.
        seen.restart();
        bob.find<QPushButton>(QStringLiteral("teamOrdersButton"))->click();
        auto* bobOrders = bob.find<TeamOrdersPage>(QStringLiteral("teamHistoryPage"));
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(bobOrders, id).startsWith(QStringLiteral("Succeeded")), kLiveMs);
        qInfo("bob saw the success after %lld ms", seen.elapsed());
        QCOMPARE(bobApprovals->text(), QStringLiteral("Appro&vals"));

        // What alice's desk sent is journaled in the team's database, not in her data folder's
        // file: bob's order history, read from there, lists it as succeeded.
        QCOMPARE(alice.context->ledgerLocation(), address(QStringLiteral("alice")));
        QCOMPARE(bob.context->ledgerLocation(), address(QStringLiteral("bob")));
        bob.window->showHistory();
        auto* bobHistory = bob.window->findChild<HistoryPage*>();
        QVERIFY(bobHistory);
        const auto journaled = [bobHistory] {
            OrderTableModel* model = bobHistory->model();
            return model->rowCount() == 1 &&
                   model->index(0, OrderTableModel::ResourceColumn).data().toString() ==
                       QLatin1String("pc-teamwindow1") &&
                   model->index(0, OrderTableModel::StatusColumn).data().toString() ==
                       QLatin1String("Succeeded");
        };
        QTRY_VERIFY_WITH_TIMEOUT(journaled(), kAnswerMs);
        OrderLedger file(alice.context->clock());
        QVERIFY(file.open(alice.dir.filePath(QStringLiteral("ledger.sqlite"))));
        QCOMPARE(file.count({}), 0);
    }

    void decline_needsAReason_andTheMakerSeesIt()
    {
        Desk alice(QStringLiteral("alice"), address(QStringLiteral("alice")),
                   TeamLedgerFixture::password(QStringLiteral("alice")));
        Desk carol(QStringLiteral("carol"), address(QStringLiteral("carol")),
                   TeamLedgerFixture::password(QStringLiteral("carol")));
        QTRY_VERIFY_WITH_TIMEOUT(alice.team() && alice.team()->canRecord(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(carol.team() && carol.team()->canRecord(), 20000);
        const qint64 id = prepare(alice, QStringLiteral("teamwindow2"));
        QVERIFY(id > 0);
        auto* approvals = carol.find<QPushButton>(QStringLiteral("approvalsButton"));
        QTRY_VERIFY_WITH_TIMEOUT(approvals->text().startsWith(QStringLiteral("Appro&vals (")), kLiveMs);
        approvals->click();
        auto* page = carol.find<TeamOrdersPage>(QStringLiteral("approvalsPage"));
        QVERIFY(page->selectOrder(id));
        page->findChild<QPushButton*>(QStringLiteral("declineButton"))->click();
        auto* dialog = page->findChild<TeamDecisionDialog*>(QStringLiteral("declineDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QPushButton* ok =
            dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit")),
                         QStringLiteral("Wrong circuit"));
        QVERIFY(ok->isEnabled());
        ok->click();
        auto* banner = alice.find<QLabel>(QStringLiteral("teamDecisionBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(QStringLiteral(
                                                            "was declined by carol: Wrong circuit")),
                                 kAnswerMs);
        // Nothing reached the simulator.
        QVERIFY(!SandboxSimulator(alice) || SandboxSimulator(alice)->orders().isEmpty());
    }

    // A team ledger made before it kept the journal: the window says what to do, in a message and
    // in the history, and writes nothing to the data folder's file meanwhile.
    void aTeamLedgerWithoutItsJournal_isReported()
    {
        QCOMPARE(TeamLedgerFixture::asSuperuser(m_database,
                                                {QStringLiteral("DROP SCHEMA orderdesk_ledger CASCADE")}),
                 QString());
        MessageBox::reset();
        MessageBox::setQuiet(true);
        Desk alice(QStringLiteral("alice"), address(QStringLiteral("alice")),
                   TeamLedgerFixture::password(QStringLiteral("alice")));
        QTRY_VERIFY_WITH_TIMEOUT(
            alice.context->ledgerError().toEnglish().contains(QStringLiteral("orderdesk-cli ledger init")),
            kAnswerMs);
        QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastText().contains(QStringLiteral("orderdesk-cli ledger init")),
                                 kAnswerMs);
        QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Order history unavailable"));
        MessageBox::setQuiet(false);
        alice.window->showHistory();
        auto* history = alice.window->findChild<HistoryPage*>();
        QVERIFY(history);
        QTRY_VERIFY_WITH_TIMEOUT(!history->model()->readError().isEmpty(), kAnswerMs);
        OrderLedger file(alice.context->clock());
        QVERIFY(file.open(alice.dir.filePath(QStringLiteral("ledger.sqlite"))));
        QCOMPARE(file.count({}), 0);
    }

    // The settings change while an order is being sent: it records its attempts and outcome in
    // the team ledger and the journal it started with, and the desk's ledger moves once it has
    // its answer.
    void changingTheTeamLedgerWhileSending_waitsForTheAnswer()
    {
        {
            TeamLedger admin;
            LocalizedText error;
            const auto location = TeamLedgerLocation::parse(address(TeamLedgerFixture::env("PGUSER")));
            TeamLedger::Policy policy;
            policy.approval = TeamLedger::Policy::Approval::None;
            QVERIFY2(admin.open(*location, TeamLedgerFixture::env("PGPASSWORD"), &error) &&
                         admin.setPolicy(policy, &error),
                     qPrintable(error.toEnglish()));
        }
        Desk alice(QStringLiteral("alice"), address(QStringLiteral("alice")),
                   TeamLedgerFixture::password(QStringLiteral("alice")));
        QTRY_VERIFY_WITH_TIMEOUT(alice.team() && alice.team()->canRecord(), 20000);
        QVERIFY(alice.context->sandboxEndpoint().isValid());
        SandboxSimulator(alice)->setSlowAnswerMs(3000);

        // "slow": the simulator answers after the delay set above.
        OrderPage* page = confirm(alice, QStringLiteral("slowmoving"));
        QVERIFY(page);
        QTRY_VERIFY2_WITH_TIMEOUT(
            alice.context->orders().inFlightCount() == 1,
            qPrintable(page->findChild<QLabel*>(QStringLiteral("outcomeTitle"))->text() + QLatin1Char(' ') +
                       page->findChild<QLabel*>(QStringLiteral("outcomeExplanation"))->text()),
            kAnswerMs);
        bool saved = false;
        alice.context->setTeamLedger(QString(), std::nullopt, alice.context.get(),
                                     [&saved](const CredentialResult&) { saved = true; });
        QTRY_VERIFY(saved);
        QCOMPARE(alice.context->ledgerLocation(), address(QStringLiteral("alice")));

        const QString file = alice.dir.filePath(QStringLiteral("ledger.sqlite"));
        QTRY_COMPARE_WITH_TIMEOUT(alice.context->ledgerLocation(), file, kAnswerMs);
        QTRY_VERIFY(!alice.context->orders().isBusy());
        QCOMPARE(SandboxSimulator(alice)->orders().size(), 1);
        QString failure;
        const QStringList journal = TeamLedgerFixture::firstColumn(
            m_database,
            {QStringLiteral("SELECT resource_id || ' ' || status FROM orderdesk_ledger.orders"),
             QStringLiteral("SELECT state FROM orderdesk.orders")},
            &failure);
        QCOMPARE(failure, QString());
        QCOMPARE(journal,
                 (QStringList{QStringLiteral("pc-slowmoving succeeded"), QStringLiteral("succeeded")}));
        OrderLedger local(alice.context->clock());
        QVERIFY(local.open(file));
        QCOMPARE(local.count({}), 0);
    }

    void serverRestart_windowsRecover()
    {
        Desk alice(QStringLiteral("alice"), address(QStringLiteral("alice")),
                   TeamLedgerFixture::password(QStringLiteral("alice")));
        Desk bob(QStringLiteral("bob"), address(QStringLiteral("bob")),
                 TeamLedgerFixture::password(QStringLiteral("bob")));
        QTRY_VERIFY_WITH_TIMEOUT(alice.team() && alice.team()->canRecord(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(bob.team() && bob.team()->canRecord(), 20000);

        const QString restartFailure = TeamLedgerFixture::restartServer();
        QVERIFY2(restartFailure.isEmpty(), qPrintable(restartFailure));

        // Both windows notice, connect again on their own, and say so.
        auto* aliceState = alice.find<QLabel>(QStringLiteral("teamLedgerState"));
        QTRY_COMPARE_WITH_TIMEOUT(aliceState->text(), QStringLiteral("Team ledger: connected"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(alice.team()->canRecord() && bob.team()->canRecord(), 20000);

        // The order goes to the server that came back, and bob hears of it within a second.
        const qint64 id = prepare(alice, QStringLiteral("afterrestart"));
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(bob.find<QPushButton>(QStringLiteral("approvalsButton"))->text(),
                                  QStringLiteral("Appro&vals (1)"), kLiveMs);
    }

    void offlineLedger_refusesToOrder()
    {
        // A port nobody listens on: the window says so and keeps Order off.
        Desk alice(QStringLiteral("alice"), QStringLiteral("postgresql://alice@127.0.0.1:1/nowhere"),
                   QString());
        auto* state = alice.find<QLabel>(QStringLiteral("teamLedgerState"));
        QTRY_VERIFY_WITH_TIMEOUT(state->text() == QLatin1String("Team ledger: offline") ||
                                     state->text() == QLatin1String("Team ledger: reconnecting…"),
                                 20000);
        auto* page = shownOrderPage(alice, QStringLiteral("aliyun"));
        for (const QString& param :
             OrderFlowSupport::params(QStringLiteral("aliyun"), QStringLiteral("offline1"))) {
            const qsizetype eq = param.indexOf(QLatin1Char('='));
            fill(page, param.left(eq), param.mid(eq + 1));
        }
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("orderButton"))->isEnabled());
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("orderHint"))
                    ->text()
                    .contains(QStringLiteral("The team ledger cannot be reached")));
    }

private:
    static SimServer* SandboxSimulator(const Desk& desk)
    {
        auto* sandbox = dynamic_cast<SimSandbox*>(desk.context->sandbox());
        return sandbox ? &sandbox->server() : nullptr;
    }
};

QTEST_MAIN(TstTeamWindow)
#include "tst_teamwindow.moc"
