#pragma once

#include "PreparedOrder.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace OrderDesk {

struct Credential;
class NonceSource;
class OrderClient;
class OrderLedger;
struct OrderOutcome;
struct OrderRecord;

// The order lifecycle of DESIGN.md in one place, shared by the GUI and the CLI: validate,
// look for a recent order of the same resource, record the order as Pending (committed
// before any byte leaves), send, and record whatever came back. Neither front end talks to
// the ledger or the client about an order directly.
class OrderService : public QObject
{
    Q_OBJECT

public:
    OrderService(OrderLedger& ledger, OrderClient& client, NonceSource& tokens, QObject* parent = nullptr);

    // Checks the order and fills in what OrderDesk generates. An invalid endpoint means the
    // provider's default endpoint for the order's region. Reads the ledger, sends nothing.
    PreparedOrder prepare(const Provider& provider, OrderRequest order, const QString& profile,
                          const Endpoint& endpoint = {}) const;
    // The same checks without the ledger, with the tokens drawn from `tokens`: what a dry run needs.
    static PreparedOrder check(const Provider& provider, OrderRequest order, const QString& profile,
                               const Endpoint& endpoint, NonceSource& tokens);
    // The duplicate guard for a checked order: an order of the same resource by the same account
    // within the last 24 hours.
    std::optional<OrderRecord> recentDuplicate(const PreparedOrder& prepared) const;

    // Records the order as Pending, then sends it. Returns the ledger id, or 0 when the order
    // could not be recorded (then nothing was sent and `error` says why).
    qint64 place(const PreparedOrder& prepared, const Credential& credential, LocalizedText* error = nullptr);

    // Whether resending an Unknown order can never buy twice: its provider takes an idempotency
    // token, and the token recorded with the order travels again.
    static bool canRetrySafely(const OrderRecord& record, const Provider& provider);
    // Sends an Unknown order again with its recorded parameters and token, re-signed. Returns
    // false, with the reason, when that would not be safe or the order is not Unknown.
    bool retry(qint64 ledgerId, const Provider& provider, const Credential& credential,
               LocalizedText* error = nullptr);

    // How long a Pending row may go without news before it counts as interrupted: longer than
    // any attempt series of the client can take.
    static constexpr int kInterruptedAfterMinutes = 15;
    // Marks the Pending rows of processes that ended without an answer as Unknown.
    int markInterruptedOrders();

    bool isBusy() const { return !m_inFlight.isEmpty(); }

signals:
    void attemptStarted(qint64 ledgerId, int attempt);
    void finished(qint64 ledgerId, const OrderDesk::OrderOutcome& outcome);

private:
    void send(qint64 ledgerId, const Provider& provider, const OrderRequest& order, const Endpoint& endpoint,
              const Credential& credential);
    void onAttemptStarted(quint64 handle, int attempt);
    void onFinished(quint64 handle, const OrderDesk::OrderOutcome& outcome);

    OrderLedger& m_ledger;
    OrderClient& m_client;
    NonceSource& m_tokens;
    QHash<quint64, qint64> m_inFlight; // client handle → ledger id
    QSet<qint64> m_retries;            // ledger ids being sent again after an unknown outcome
};

} // namespace OrderDesk
