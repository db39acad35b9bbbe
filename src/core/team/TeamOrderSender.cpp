#include "TeamOrderSender.h"

#include "TeamLedgerSession.h"
#include "TeamOrderMapping.h"
#include "orders/OrderService.h"

namespace OrderDesk {

namespace {
constexpr char kContext[] = "OrderDesk::TeamOrderSender";
}

TeamOrderSender::TeamOrderSender(TeamLedgerSession& team, OrderService& orders, QObject* parent)
    : QObject(parent)
    , m_team(team)
    , m_orders(orders)
{
    connect(&m_orders, &OrderService::attemptStarted, this, &TeamOrderSender::onAttemptStarted);
    connect(&m_orders, &OrderService::finished, this, &TeamOrderSender::onFinished);
}

bool TeamOrderSender::isSending(qint64 teamId) const
{
    return m_claimed.contains(teamId);
}

void TeamOrderSender::send(const TeamOrder& order, const PreparedOrder& prepared,
                           const Credential& credential, QObject* context, Finished done)
{
    const qint64 teamId = order.id;
    if (!m_team.canRecord() || m_claimed.contains(teamId)) {
        LocalizedText error =
            m_claimed.contains(teamId)
                ? LocalizedText(kContext,
                                QT_TRANSLATE_NOOP("OrderDesk::TeamOrderSender",
                                                  "Order %1 is being sent from this window already."),
                                {QString::number(teamId)})
                : LocalizedText(kContext,
                                QT_TRANSLATE_NOOP("OrderDesk::TeamOrderSender",
                                                  "The team ledger cannot be reached, so order %1 was not "
                                                  "sent: nothing is sent that the team ledger has not "
                                                  "recorded. Try again when it is connected."),
                                {QString::number(teamId)});
        QMetaObject::invokeMethod(
            this, [done, error] { done(0, std::nullopt, error); }, Qt::QueuedConnection);
        return;
    }
    m_claimed.insert(teamId);
    // The lease outlives the desk's own, so that nobody else may claim while this one still retries.
    const auto lease =
        std::chrono::duration_cast<std::chrono::seconds>(m_orders.leaseDuration()) + std::chrono::seconds(1);
    QPointer<QObject> guard(context);
    m_team.claim(teamId, lease, this,
                 [this, teamId, lease, prepared, credential, guard,
                  done](const std::optional<TeamOrder>& claimed, const LocalizedText& error) {
                     if (!claimed) {
                         m_claimed.remove(teamId);
                         if (guard)
                             done(0, std::nullopt, error);
                         return;
                     }
                     m_orders.place(prepared, credential, this,
                                    [this, teamId, lease, guard, done](qint64 journalId,
                                                                       const LocalizedText& why,
                                                                       const std::optional<OrderRecord>&) {
                                        InFlight flight{teamId, lease, guard, done};
                                        if (journalId == 0) {
                                            // Claimed but never sent: the team ledger hears that nothing
                                            // was bought, rather than keeping it "being sent".
                                            OrderOutcome notSent;
                                            notSent.kind = OrderOutcome::Kind::NotSent;
                                            notSent.explanation = why;
                                            finish(flight, 0, notSent);
                                            return;
                                        }
                                        m_inFlight.insert(journalId, flight);
                                        Q_EMIT sending(teamId, journalId);
                                    });
                 });
}

void TeamOrderSender::onAttemptStarted(qint64 journalId, int attempt)
{
    const auto flight = m_inFlight.constFind(journalId);
    if (flight != m_inFlight.constEnd())
        m_team.recordAttempt(flight->teamId, attempt, flight->lease);
}

void TeamOrderSender::onFinished(qint64 journalId, const OrderOutcome& outcome)
{
    if (!m_inFlight.contains(journalId))
        return;
    finish(m_inFlight.take(journalId), journalId, outcome);
}

void TeamOrderSender::finish(InFlight flight, qint64 journalId, const OrderOutcome& outcome)
{
    m_team.recordOutcome(
        flight.teamId, TeamOrderMapping::outcome(outcome, journalId), this,
        [this, flight, journalId, outcome](bool ok, const LocalizedText& error) {
            m_claimed.remove(flight.teamId);
            if (!flight.context)
                return;
            if (ok) {
                flight.done(journalId, outcome, {});
                return;
            }
            // The desk's ledger holds the outcome; the team's must be told by hand.
            flight.done(journalId, outcome,
                        LocalizedText(kContext,
                                      QT_TRANSLATE_NOOP("OrderDesk::TeamOrderSender",
                                                        "The outcome of order %1 could not be recorded "
                                                        "in the team ledger: %2 This computer's own "
                                                        "ledger holds it; record it in the team ledger "
                                                        "with \"orderdesk-cli resolve\" once it is back."),
                                      {QString::number(flight.teamId), error.toString()}));
        });
}

} // namespace OrderDesk
