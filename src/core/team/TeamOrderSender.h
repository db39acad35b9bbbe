#pragma once

#include "TeamOrder.h"
#include "common/Credential.h"
#include "common/LocalizedText.h"
#include "net/OrderOutcome.h"
#include "orders/PreparedOrder.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <functional>
#include <optional>

namespace OrderDesk {

class OrderService;
class TeamLedgerSession;

// Sends an approved order of the team ledger, asynchronously, in the order the team's rules ask
// for (docs/ARCHITECTURE.md, "The team ledger"): the claim is written first and only one claim
// wins; then the desk's own OrderService records and sends it with the token fixed when it was
// prepared; every attempt and the outcome go back to the team ledger.
class TeamOrderSender : public QObject
{
    Q_OBJECT

public:
    TeamOrderSender(TeamLedgerSession& team, OrderService& orders, QObject* parent = nullptr);

    // `outcome` is empty when nothing was sent (the claim was refused: `error` says why).
    // `recordError` is not empty when the outcome could not be written to the team ledger.
    using Finished = std::function<void(qint64 journalId, const std::optional<OrderOutcome>& outcome,
                                        const LocalizedText& error)>;
    // `prepared` is TeamOrderMapping::toSend of `order`, with the endpoint of this computer.
    void send(const TeamOrder& order, const PreparedOrder& prepared, const Credential& credential,
              QObject* context, Finished done);
    bool isSending(qint64 teamId) const;

Q_SIGNALS:
    // The desk ledger's id of a team order that is on its way.
    void sending(qint64 teamId, qint64 journalId);

private:
    struct InFlight
    {
        qint64 teamId = 0;
        std::chrono::seconds lease{};
        QPointer<QObject> context;
        Finished done;
    };
    void onAttemptStarted(qint64 journalId, int attempt);
    void onFinished(qint64 journalId, const OrderOutcome& outcome);
    void finish(InFlight flight, qint64 journalId, const OrderOutcome& outcome);

    TeamLedgerSession& m_team;
    OrderService& m_orders;
    QHash<qint64, InFlight> m_inFlight; // by the desk ledger's id
    QSet<qint64> m_claimed;             // team ids claimed by this sender and not finished
};

} // namespace OrderDesk
