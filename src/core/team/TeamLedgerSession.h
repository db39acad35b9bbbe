#pragma once

#include "TeamLedger.h"
#include "TeamLedgerListener.h"
#include "TeamLedgerLocation.h"
#include "TeamOrder.h"
#include "common/LocalizedText.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

namespace OrderDesk {

// The team ledger for a window (docs/ARCHITECTURE.md, "The team ledger"): a TeamLedger in a thread
// of its own, so that the thread that calls (the GUI's) never waits for the database, and a
// TeamLedgerListener whose announcements keep a copy of the orders and of the approval queue up to
// date. Every call returns at once; its answer comes back in the caller's thread, to a callback
// that is dropped when its context object is gone.
class TeamLedgerSession : public QObject
{
    Q_OBJECT

public:
    using State = TeamLedgerListener::State;

    TeamLedgerSession(const TeamLedgerLocation& location, const QString& password,
                      std::chrono::milliseconds heartbeat = std::chrono::seconds(1),
                      QObject* parent = nullptr);
    ~TeamLedgerSession() override;
    TeamLedgerSession(const TeamLedgerSession&) = delete;
    TeamLedgerSession& operator=(const TeamLedgerSession&) = delete;

    void start();
    const TeamLedgerLocation& location() const { return m_location; }

    // Connected only while the ledger answered its last login and the listener hears it: the
    // only state in which anything is prepared or sent (fail closed: nothing goes out unwritten).
    State state() const;
    bool canRecord() const { return state() == State::Connected; }
    // Why the ledger cannot be used now (login refused, server gone), or empty.
    LocalizedText problem() const;
    // The role logged in as (session_user), and its rights; empty and false before the login.
    QString user() const { return m_user; }
    bool isMaker() const { return m_maker; }
    bool isChecker() const { return m_checker; }

    // The newest orders, newest first, and what checkers have to decide, oldest first, as of the
    // last announcement.
    QList<TeamOrder> orders() const { return m_orders; }
    QList<TeamOrder> approvalQueue() const { return m_queue; }
    std::optional<TeamOrder> cachedOrder(qint64 id) const;
    // Orders of the queue that the current role may decide: not its own, and only as a checker.
    int decidableCount() const;
    bool mayDecide(const TeamOrder& order) const;

    using OrderDone = std::function<void(const std::optional<TeamOrder>& order, const LocalizedText& error)>;
    using Done = std::function<void(bool ok, const LocalizedText& error)>;

    void submit(const TeamLedger::Submission& submission, QObject* context, OrderDone done);
    void approve(qint64 id, const QString& payloadHash, const QString& comment, QObject* context, Done done);
    void decline(qint64 id, const QString& payloadHash, const QString& reason, QObject* context, Done done);
    void withdraw(qint64 id, const QString& reason, QObject* context, Done done);
    void claim(qint64 id, std::chrono::seconds lease, QObject* context, OrderDone done);
    void recordAttempt(qint64 id, int attempt, std::chrono::seconds lease);
    void recordOutcome(qint64 id, const TeamLedger::Outcome& outcome, QObject* context, Done done);
    void duplicateOf(const QString& provider, const QString& profile, const QString& resourceId,
                     QObject* context, std::function<void(const std::optional<TeamOrder>&)> done);
    void events(qint64 id, QObject* context,
                std::function<void(const QList<TeamEvent>& events, const LocalizedText& error)> done);

    // Reads the orders and the queue again now (the listener does it on every change).
    void refresh();

Q_SIGNALS:
    void stateChanged(OrderDesk::TeamLedgerSession::State state);
    // The copy of the orders or of the queue changed.
    void ordersChanged();
    // A checker approved or declined an order this role prepared (seen live, not at start-up).
    void decisionMade(const OrderDesk::TeamOrder& order);

private:
    class Worker;
    // Runs `work` with the ledger in the session's thread, then `done` with its result in this
    // object's thread, unless `context` is gone by then.
    template<typename Result>
    void run(std::function<Result(TeamLedger&, LocalizedText*)> work, QObject* context,
             std::function<void(const Result&, const LocalizedText&)> done);
    void onOpened(bool ok, const QString& user, bool maker, bool checker, const LocalizedText& error);
    void onRead(const QList<TeamOrder>& orders, const QList<TeamOrder>& queue);
    void reopen();

    TeamLedgerLocation m_location;
    QThread m_thread;
    Worker* m_worker = nullptr;
    TeamLedgerListener m_listener;
    bool m_opened = false;
    bool m_reading = false;
    bool m_readAgain = false;
    bool m_seenOnce = false;
    LocalizedText m_openError;
    QString m_user;
    bool m_maker = false;
    bool m_checker = false;
    QList<TeamOrder> m_orders;
    QList<TeamOrder> m_queue;
    QHash<qint64, TeamOrderState> m_lastStates;
};

} // namespace OrderDesk
