#include "ResolveCommand.h"

#include "CliContext.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderRecord.h"
#include "ledger/OrderStatus.h"
#include "orders/OrderService.h"
#include "team/TeamLedger.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonObject>

namespace OrderDesk {

ResolveCommand::ResolveCommand(CliContext& context)
    : m_context(context)
{}

int ResolveCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption placedOption(QStringLiteral("placed"), QString(), QStringLiteral("ORDER_ID"));
    const QCommandLineOption notPlacedOption(QStringLiteral("not-placed"));
    const QCommandLineOption noteOption(QStringLiteral("note"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    parser.addOptions({placedOption, notPlacedOption, noteOption, jsonOption});
    if (!m_context.parse(parser, arguments))
        return CliContext::UsageError;
    const QStringList positional = parser.positionalArguments();
    bool isNumber = false;
    const qint64 ledgerId = positional.size() == 2 ? positional.at(1).toLongLong(&isNumber) : 0;
    if (!isNumber || ledgerId <= 0)
        return m_context.usageError(tr("\"resolve\" takes the ledger number of one order, e.g. \"resolve 12 "
                                       "--placed ORDER_ID\"."));
    const bool placed = parser.isSet(placedOption);
    if (placed == parser.isSet(notPlacedOption))
        return m_context.usageError(tr("Say what the provider's console shows: --placed ORDER_ID or "
                                       "--not-placed."));
    const QString orderId = parser.value(placedOption).trimmed();
    if (placed && orderId.isEmpty())
        return m_context.usageError(tr("--placed needs the provider's order ID."));

    // On a team ledger the database decides whether the order can be resolved now (OD015).
    if (m_context.usesTeamLedger()) {
        TeamLedger* team = m_context.teamLedger();
        if (!team)
            return CliContext::NotSent;
        LocalizedText refusal;
        if (!team->resolve(ledgerId, placed, orderId, parser.value(noteOption), &refusal))
            return m_context.usageError(refusal.toString());
        const std::optional<TeamOrder> order = team->order(ledgerId);
        if (parser.isSet(jsonOption)) {
            m_context.printJson(QJsonObject{
                {QStringLiteral("ledger_id"), ledgerId},
                {QStringLiteral("provider"), order ? order->provider : QString()},
                {QStringLiteral("status"), order ? TeamOrderStates::key(order->state) : QString()},
                {QStringLiteral("order_id"), order ? order->providerOrderId : QString()}});
            return CliContext::Success;
        }
        printResolved(ledgerId, placed, orderId);
        return CliContext::Success;
    }

    // Through the order service, so that the resolution is written like every other change of
    // an order (the writer thread, the rules of OrderTransitions: never while it is being sent).
    OrderService* service = m_context.orderService();
    if (!service)
        return CliContext::NotSent;
    QEventLoop loop;
    bool resolved = false;
    LocalizedText error;
    service->resolve(ledgerId, placed ? OrderResolution::Placed : OrderResolution::NotPlaced, orderId,
                     parser.value(noteOption), &loop, [&](bool ok, const LocalizedText& reason) {
                         resolved = ok;
                         error = reason;
                         loop.quit();
                     });
    loop.exec();
    if (!resolved)
        return m_context.usageError(error.toString());
    const std::optional<OrderRecord> record = m_context.ledger()->order(ledgerId);
    if (parser.isSet(jsonOption)) {
        m_context.printJson(QJsonObject{
            {QStringLiteral("ledger_id"), ledgerId},
            {QStringLiteral("provider"), record ? record->provider : QString()},
            {QStringLiteral("status"), record ? OrderStatusNames::key(record->status) : QString()},
            {QStringLiteral("order_id"), record ? record->orderId : QString()},
            {QStringLiteral("resolution"),
             record ? OrderResolutionNames::key(record->resolution) : QString()}});
        return CliContext::Success;
    }
    printResolved(ledgerId, placed, orderId);
    return CliContext::Success;
}

void ResolveCommand::printResolved(qint64 ledgerId, bool placed, const QString& orderId)
{
    m_context.out()
        << (placed ? tr("Order %1 is recorded as placed, with order ID %2.").arg(ledgerId).arg(orderId)
                   : tr("Order %1 is recorded as not placed.").arg(ledgerId))
        << '\n';
    m_context.out().flush();
}

} // namespace OrderDesk
