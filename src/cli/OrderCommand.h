#pragma once

#include "orders/OrderService.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace OrderDesk {

class CliContext;
class Provider;
struct Credential;
struct OrderOutcome;
struct PreparedOrder;

// "order" and "retry": check, confirm, record, send and report one order.
class OrderCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrderDesk::OrderCommand)

public:
    explicit OrderCommand(CliContext& context);

    int runOrder(const QStringList& arguments); // arguments[0] == "order"
    int runRetry(const QStringList& arguments); // arguments[0] == "retry"

    // The sentence and the payment first (when the account is known), then the facts.
    void printSummary(const PreparedOrder& prepared, bool json, const QString& accessKeyId = {},
                      bool sandbox = false);
    // Asks a second time, naming the length, for an order longer than one year.
    bool confirmLongTerm(const PreparedOrder& prepared, bool json);
    // Called with the outcome once the desk's ledger holds it, before it is reported.
    using OutcomeHook = std::function<void(qint64 ledgerId, const OrderOutcome& outcome)>;
    // Records the order in the desk's ledger, sends it and reports as "order" does, without
    // asking anything: what a team ledger's approved order needs. Returns the exit code.
    int sendConfirmed(const PreparedOrder& prepared, const Credential& credential, bool json,
                      const OutcomeHook& hook);

private:
    int dryRun(const PreparedOrder& prepared, const Credential& credential, bool json);
    void warnDuplicate(const OrderRecord& earlier);
    bool confirmDuplicate(const PreparedOrder& prepared, bool yes, bool allowDuplicate, bool json);
    // Places or retries through the service, reporting to `placed` while `context` lives.
    using Sender = std::function<void(QObject* context, const OrderService::Placed& placed)>;
    // Sends, waits for the answer recorded in the ledger and reports it; returns the exit code.
    // `prepared`: the order being placed (nullptr for a retry).
    int awaitAndReport(const Provider& provider, const Sender& send, bool json, const PreparedOrder* prepared,
                       const OutcomeHook& hook = {});
    int report(const Provider& provider, qint64 ledgerId, const OrderOutcome& outcome, bool json);

    CliContext& m_context;
};

} // namespace OrderDesk
