#pragma once

#include "team/TeamEvent.h"
#include "team/TeamOrder.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class TeamOrdersPage;
}

namespace OrderDesk {

class AppContext;
class TeamDecisionDialog;
class TeamLedgerSession;
class TeamOrderTableModel;

// The team ledger in the window (docs/ARCHITECTURE.md, "The team ledger"). As the approvals page
// it lists what checkers have to decide; as the team's history, every order with its state, who
// and when. Approve, decline, send and withdraw are asked of the database, which decides; the
// page only keeps from offering what it would refuse, and says why.
class TeamOrdersPage : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Approvals,
        History
    };

    TeamOrdersPage(AppContext& context, Mode mode, QWidget* parent = nullptr);
    ~TeamOrdersPage() override;

    // Selects the order when it is listed; false when it is not.
    bool selectOrder(qint64 id);
    qint64 selectedId() const;

Q_SIGNALS:
    // A short confirmation for the window's status bar.
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void attach();
    void reload();
    void renderDetails();
    void updateActions();
    void retranslate();
    void decide(bool approve);
    void onDecided(TeamDecisionDialog* dialog);
    void send();
    void withdraw();
    const TeamOrder* selectedOrder() const;
    void showRefusal(const QString& title, const QString& message);

    AppContext& m_context;
    Mode m_mode;
    std::unique_ptr<Ui::TeamOrdersPage> ui;
    TeamOrderTableModel* m_model = nullptr;
    QPointer<TeamLedgerSession> m_session;
    QList<TeamEvent> m_events;
    qint64 m_eventsOf = 0;
    bool m_busy = false;
};

} // namespace OrderDesk
