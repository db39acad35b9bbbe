#pragma once

#include <QCoreApplication>
#include <QStringList>

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

private:
    int dryRun(const PreparedOrder& prepared, const Credential& credential, bool json);
    void printSummary(const PreparedOrder& prepared, bool json);
    bool confirmDuplicate(const PreparedOrder& prepared, bool yes, bool allowDuplicate, bool json);
    // Waits for the service's answer about the ledger row and reports it; returns the exit code.
    int awaitAndReport(const Provider& provider, qint64 ledgerId, bool json);
    int report(const Provider& provider, qint64 ledgerId, const OrderOutcome& outcome, bool json);

    CliContext& m_context;
};

} // namespace OrderDesk
