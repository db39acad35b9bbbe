#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace OrderDesk {

class CliContext;

// "resolve ID --placed ORDER_ID | --not-placed": the user's answer to an order whose outcome
// is unknown, after checking the provider's console. The ledger keeps the earlier state.
class ResolveCommand
{
    Q_DECLARE_TR_FUNCTIONS(OrderDesk::ResolveCommand)

public:
    explicit ResolveCommand(CliContext& context);

    int run(const QStringList& arguments); // arguments[0] == "resolve"

private:
    void printResolved(qint64 ledgerId, bool placed, const QString& orderId);

    CliContext& m_context;
};

} // namespace OrderDesk
