#pragma once

#include "PreparedOrder.h"
#include "common/LocalizedText.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace OrderDesk {

struct Credential;
class LedgerWriter;
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
    // Waits until the orders' last news is committed.
    ~OrderService() override;

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

    // Called once, in the service's thread and never before the call that takes it returns: with
    // the ledger id of the order, or with 0 and the reason when nothing was sent.
    using Placed = std::function<void(qint64 ledgerId, const LocalizedText& error)>;

    // Records the order as Pending, then sends it. The row is committed before any byte leaves,
    // by the ledger's writer thread, so the caller never waits for the disk. `placed` comes once
    // the row is committed and the order is on its way (then recentDuplicate() sees it), or when
    // it could not be recorded; it is dropped when `context` is gone by then.
    void place(const PreparedOrder& prepared, const Credential& credential, QObject* context, Placed placed);

    // Whether resending an Unknown order can never buy twice: its provider takes an idempotency
    // token, and the token recorded with the order travels again.
    static bool canRetrySafely(const OrderRecord& record, const Provider& provider);
    // Why order `ledgerId` cannot be sent again (not in the ledger, not Unknown, no idempotency
    // token, no valid endpoint), or nothing when it can.
    std::optional<LocalizedText> retryRefusal(qint64 ledgerId, const Provider& provider) const;
    // Sends an Unknown order again with its recorded parameters and token, re-signed, once the
    // ledger has it back as Pending. `placed` as for place(); refused orders are never sent.
    void retry(qint64 ledgerId, const Provider& provider, const Credential& credential, QObject* context,
               Placed placed);

    // How long a Pending row may go without news before it counts as interrupted: longer than
    // any attempt series of the client can take.
    static constexpr int kInterruptedAfterMinutes = 15;
    // Marks the Pending rows of processes that ended without an answer as Unknown.
    int markInterruptedOrders();

    // Orders on their way or answered but not yet recorded: quitting now would lose news.
    bool isBusy() const;

signals:
    // Both come once the ledger holds what they announce.
    void attemptStarted(qint64 ledgerId, int attempt);
    void finished(qint64 ledgerId, const OrderDesk::OrderOutcome& outcome);

private:
    LedgerWriter& writer();
    void refuseLater(const QPointer<QObject>& context, const Placed& placed, const LocalizedText& error);
    // The writer's job has committed: sends, or reports why not.
    void sendRecorded(qint64 ledgerId, const LocalizedText& error, const Provider& provider,
                      const OrderRequest& order, const Endpoint& endpoint, const Credential& credential,
                      const QPointer<QObject>& context, const Placed& placed, bool isRetry);
    void send(qint64 ledgerId, const Provider& provider, const OrderRequest& order, const Endpoint& endpoint,
              const Credential& credential);
    void onAttemptStarted(quint64 handle, int attempt);
    void onFinished(quint64 handle, const OrderDesk::OrderOutcome& outcome);

    OrderLedger& m_ledger;
    OrderClient& m_client;
    NonceSource& m_tokens;
    QHash<quint64, qint64> m_inFlight; // client handle → ledger id
    QSet<qint64> m_retries;            // ledger ids being sent again after an unknown outcome
    std::unique_ptr<LedgerWriter> m_writer;
};

} // namespace OrderDesk
