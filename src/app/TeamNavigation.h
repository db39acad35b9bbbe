#pragma once

#include <QObject>
#include <QPointer>

class QLabel;
class QPushButton;
class QStackedWidget;
class QStatusBar;

namespace OrderDesk {

class AppContext;
class TeamLedgerSession;
class TeamOrdersPage;
struct TeamOrder;

// The team ledger's part of the main window: the Approvals button with the number of orders the
// user may decide, the Team orders button, their pages, the ledger's state (connected,
// reconnecting, offline) under them, and the note in the status bar that tells a maker a checker
// decided. Shown only while the settings name a team ledger.
class TeamNavigation : public QObject
{
    Q_OBJECT

public:
    TeamNavigation(AppContext& context, QPushButton* approvalsButton, QPushButton* teamOrdersButton,
                   QLabel* state, QStackedWidget* pages, QStatusBar* statusBar, QObject* parent = nullptr);

    // Unchecks both buttons: the window shows another page.
    void leave();
    TeamOrdersPage* approvalsPage();
    TeamOrdersPage* teamOrdersPage();
    void retranslate();

public Q_SLOTS:
    void showApprovals();
    void showTeamOrders(qint64 select = 0);

Q_SIGNALS:
    // One of the team pages is now shown (the window unchecks its other buttons).
    void shown();
    void statusMessage(const QString& message);

private:
    void attach();
    void update();
    void onDecision(const TeamOrder& order);

    AppContext& m_context;
    QPushButton* m_approvalsButton;
    QPushButton* m_teamOrdersButton;
    QStackedWidget* m_pages;
    QLabel* m_state = nullptr;
    QLabel* m_decisionBanner = nullptr;
    qint64 m_decidedOrder = 0;
    QPointer<TeamLedgerSession> m_session;
    TeamOrdersPage* m_approvalsPage = nullptr;
    TeamOrdersPage* m_teamOrdersPage = nullptr;
};

} // namespace OrderDesk
