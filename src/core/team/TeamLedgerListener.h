#pragma once

#include "TeamLedgerLocation.h"
#include "common/LocalizedText.h"

#include <QObject>
#include <QThread>

#include <chrono>

namespace OrderDesk {

// Live updates from the team ledger: every change of an order is announced by the database
// (NOTIFY orderdesk, payload the order's id; "policy" when the rules change). The listener keeps
// a connection of its own in a thread of its own, so that neither connecting (which can take up to
// the connect timeout) nor its heartbeat ever blocks the caller's thread.
//
// After a server restart a listening connection goes silent without an error, so the listener
// asks the server a trivial question every heartbeat; when that fails it reconnects every
// heartbeat, subscribes again and announces resynchronize(): whatever changed meanwhile was not
// announced, so views read everything again.
class TeamLedgerListener : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Connecting,   // the first connection is being made
        Connected,    // listening; changes arrive as they happen
        Reconnecting, // the connection was lost; trying again every heartbeat
        Offline       // stopped, or never connected yet (still trying)
    };
    Q_ENUM(State)

    TeamLedgerListener(const TeamLedgerLocation& location, const QString& password,
                       std::chrono::milliseconds heartbeat = std::chrono::seconds(1),
                       QObject* parent = nullptr);
    ~TeamLedgerListener() override;
    TeamLedgerListener(const TeamLedgerListener&) = delete;
    TeamLedgerListener& operator=(const TeamLedgerListener&) = delete;

    void start();
    State state() const { return m_state; }
    // Why the ledger cannot be reached, while Reconnecting or Offline.
    LocalizedText problem() const { return m_problem; }
    static LocalizedText stateLabel(State state);

Q_SIGNALS:
    void stateChanged(OrderDesk::TeamLedgerListener::State state);
    // Order `orderId` changed (0: the team's rules changed).
    void orderChanged(qint64 orderId);
    // (Re)connected: changes may have been missed, read everything again.
    void resynchronize();

private:
    class Worker;
    void setState(State state, const LocalizedText& problem);

    QThread m_thread;
    Worker* m_worker = nullptr;
    State m_state = State::Offline;
    LocalizedText m_problem;
};

} // namespace OrderDesk
