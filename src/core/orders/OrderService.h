#pragma once

#include "PreparedOrder.h"
#include "common/LocalizedText.h"
#include "ledger/OrderResolution.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
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

// The order lifecycle (docs/ARCHITECTURE.md) in one place, shared by the GUI and the CLI:
// validate, look for a recent order of the same resource, record the order as Pending (the
// duplicate guard checked again in that same transaction, committed before any byte leaves),
// send while holding the order's lease, and record whatever came back. Every write of an
// order's life, the user's resolutions included, goes through the ledger's writer thread; the
// rules of which write is allowed are OrderTransitions'. Neither front end writes the ledger.
class OrderService : public QObject
{
    Q_OBJECT

public:
    OrderService(OrderLedger& ledger, OrderClient& client, NonceSource& tokens, QObject* parent = nullptr);
    // Waits until the orders' last news is committed.
    ~OrderService() override;

    // Checks the order and fills in what OrderDesk generates. An invalid endpoint means the
    // provider's default endpoint for the order's region. Reads nothing, sends nothing: the
    // duplicate question is findRecentDuplicate()'s.
    PreparedOrder prepare(const Provider& provider, OrderRequest order, const QString& profile,
                          const Endpoint& endpoint = {}) const;
    // The same checks without the ledger, with the tokens drawn from `tokens`: what a dry run needs.
    static PreparedOrder check(const Provider& provider, OrderRequest order, const QString& profile,
                               const Endpoint& endpoint, NonceSource& tokens);
    // The duplicate guard for a checked order: an order of the same resource by the same account
    // within the last 24 hours.
    std::optional<OrderRecord> recentDuplicate(const PreparedOrder& prepared) const;
    // recentDuplicate() asked in the ledger's writer thread, for a window that must not wait:
    // `done` with the answer in this object's thread (nothing when the ledger cannot say),
    // dropped when `context` is gone.
    using FoundDuplicate = std::function<void(const std::optional<OrderRecord>& duplicate)>;
    void findRecentDuplicate(const PreparedOrder& prepared, QObject* context, FoundDuplicate done);

    // Called once, in the service's thread and never before the call that takes it returns: with
    // the ledger id of the order, or with 0 and the reason when nothing was sent. When another
    // order of the resource was recorded after the user confirmed (the duplicate guard, checked
    // again as the order is recorded), `newerDuplicate` is that order: ask the user again.
    using Placed = std::function<void(qint64 ledgerId, const LocalizedText& error,
                                      const std::optional<OrderRecord>& newerDuplicate)>;

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
    // The same judgement of an order as read (nothing: not in the ledger).
    static std::optional<LocalizedText> retryRefusal(const std::optional<OrderRecord>& record,
                                                     qint64 ledgerId, const Provider& provider);
    // Sends an Unknown order again with its recorded parameters and token, re-signed, once the
    // ledger has it back as Pending. `placed` as for place(); refused orders are never sent.
    void retry(qint64 ledgerId, const Provider& provider, const Credential& credential, QObject* context,
               Placed placed);

    // Called once with true, or false and the reason.
    using Done = std::function<void(bool ok, const LocalizedText& error)>;
    // The user's word on an order nobody is sending (OrderTransitions::resolve), recorded by the
    // writer thread with the operating system's user as the operator.
    void resolve(qint64 ledgerId, OrderResolution resolution, const QString& orderId, const QString& note,
                 QObject* context, Done done);

    // How long an order stays in flight after its sender's last sign of life: one attempt with
    // its longest backoff under the client's timeouts, and a margin. The sender renews the lease
    // at each attempt and every leaseDuration()/4 while it waits.
    std::chrono::milliseconds leaseDuration() const;
    // Tests shorten the renewal period; the lease itself follows leaseDuration().
    void setLeaseRenewalInterval(std::chrono::milliseconds interval);
    // This service's name on the orders it sends: user, host and process.
    QString leaseOwner() const { return m_leaseOwner; }

    // Marks the Pending orders whose sender's lease has expired as Unknown, through the writer;
    // emits interruptedMarked with how many.
    void markInterruptedOrders();

    // Records every order this service is still waiting for as Unknown ("stopped waiting"), so
    // that it can be resolved at once instead of after its lease expires; `done` once recorded.
    // For quitting while orders are out; an answer that still arrives is recorded as usual.
    void abandonInFlight(QObject* context, std::function<void(int abandoned)> done);

    // Orders on their way or answered but not yet recorded: quitting now would lose news.
    bool isBusy() const;
    int inFlightCount() const;

signals:
    // All come once the ledger holds what they announce.
    void attemptStarted(qint64 ledgerId, int attempt);
    void finished(qint64 ledgerId, const OrderDesk::OrderOutcome& outcome);
    // The answer came after the order was resolved by hand (or was already final); `conflict`:
    // it says placed where the user said not placed. Comes before finished().
    void lateAnswer(qint64 ledgerId, bool conflict);
    void resolved(qint64 ledgerId);
    void interruptedMarked(int count);
    // isBusy() has become false.
    void idle();

private:
    LedgerWriter& writer();
    void renewLeases();
    void emitIdleWhenDone();
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
    QString m_leaseOwner;
    QTimer m_renewal;
    std::optional<std::chrono::milliseconds> m_renewalOverride;
};

} // namespace OrderDesk
