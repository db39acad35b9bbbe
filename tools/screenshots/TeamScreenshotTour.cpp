#include "TeamScreenshotTour.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "SimSandbox.h"
#include "TeamLedgerFixture.h"
#include "team/TeamLedgerSession.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace OrderDesk {

namespace {

struct Desk
{
    QTemporaryDir data;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
};

} // namespace

QString TeamScreenshotTour::missingServer()
{
    return TeamLedgerFixture::missingServer();
}

int TeamScreenshotTour::run()
{
    QString failure;
    const QString database = TeamLedgerFixture::createTeamLedger(&failure);
    if (database.isEmpty()) {
        std::fprintf(stderr, "team screenshots: %s\n", qPrintable(failure));
        return 0;
    }
    const auto open = [&](Desk& desk, const QString& role, const QString& address) {
        desk.context = std::make_unique<AppContext>(desk.data.path(), SimSandbox::factory());
        desk.context->initialize();
        desk.context->setLanguage(m_language);
        bool saved = false;
        desk.context->setTeamLedger(address, TeamLedgerFixture::password(role), desk.context.get(),
                                    [&](const CredentialResult&) { saved = true; });
        waitUntil([&] { return saved; });
        desk.window = std::make_unique<MainWindow>(*desk.context);
        desk.window->resize(m_windowSize);
        desk.window->show();
        waitUntil([&] { return desk.context->team() && desk.context->team()->canRecord(); });
    };
    Desk alice;
    Desk bob;
    open(alice, QStringLiteral("alice"), TeamLedgerFixture::url(QStringLiteral("alice"), database));
    open(bob, QStringLiteral("bob"), TeamLedgerFixture::url(QStringLiteral("bob"), database));

    // The settings as alice left them: the address, the password in the keychain.
    if (auto* action = alice.window->findChild<QAction*>(QStringLiteral("actionSettings"))) {
        action->trigger();
        if (QWidget* dialog = waitForDialog("settingsDialog")) {
            save(dialog, QStringLiteral("team_settings"));
            dialog->close();
        }
    }

    // Alice prepares an Alibaba Cloud order: recorded, waiting for approval.
    selectProvider(*alice.window, 1);
    fillForm(alice.window->findChild<QWidget*>(QStringLiteral("orderPage_aliyun")), QStringLiteral("aliyun"),
             QStringLiteral("team"));
    placeOrder(*alice.window, 1, QStringLiteral("team_awaiting_approval"));

    // Bob's approvals page, and the dialog he approves with.
    auto* approvals = bob.window->findChild<QPushButton*>(QStringLiteral("approvalsButton"));
    waitUntil([&] { return approvals && approvals->text().contains(QLatin1Char('1')); });
    if (approvals)
        approvals->click();
    save(bob.window.get(), QStringLiteral("team_approvals"));
    if (auto* approve = bob.window->findChild<QPushButton*>(QStringLiteral("approveButton"))) {
        approve->click();
        if (QWidget* dialog = waitForDialog("approveDialog")) {
            if (auto* note = dialog->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit")))
                note->setPlainText(QStringLiteral("Budget line 7"));
            save(dialog, QStringLiteral("team_approve_dialog"));
            if (auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox")))
                box->button(QDialogButtonBox::Ok)->click();
        }
    }

    // Alice is told; she opens the order from the note and sends it.
    auto* banner = alice.window->findChild<QLabel*>(QStringLiteral("teamDecisionBanner"));
    waitUntil([&] { return banner && banner->isVisible(); });
    if (auto* teamOrders = alice.window->findChild<QPushButton*>(QStringLiteral("teamOrdersButton")))
        teamOrders->click();
    save(alice.window.get(), QStringLiteral("team_approved"));
    if (auto* send = alice.window->findChild<QPushButton*>(QStringLiteral("sendButton"))) {
        waitUntil([&] { return send->isEnabled(); });
        send->click();
        waitUntil([&] {
            const QList<TeamOrder> orders = alice.context->team()->orders();
            return !orders.isEmpty() && orders.constFirst().state == TeamOrderState::Succeeded;
        });
    }
    save(alice.window.get(), QStringLiteral("team_sent"));

    // A ledger nobody answers for: the window says so and keeps Order off.
    Desk offline;
    open(offline, QStringLiteral("alice"), QStringLiteral("postgresql://alice@127.0.0.1:1/orderdesk"));
    auto* state = offline.window->findChild<QLabel*>(QStringLiteral("teamLedgerState"));
    waitUntil([&] {
        return offline.context->team() && !offline.context->team()->canRecord() &&
               offline.context->team()->state() != TeamLedgerSession::State::Connecting;
    });
    selectProvider(*offline.window, 1);
    fillForm(offline.window->findChild<QWidget*>(QStringLiteral("orderPage_aliyun")),
             QStringLiteral("aliyun"), QStringLiteral("offline"));
    Q_UNUSED(state);
    save(offline.window.get(), QStringLiteral("team_offline"));
    return saved();
}

} // namespace OrderDesk
