#include "TeamHistoryCommand.h"

#include "CliContext.h"
#include "HistoryCommand.h"
#include "TeamCommand.h"
#include "TerminalWidth.h"
#include "common/Clock.h"
#include "orders/OrderDetails.h"
#include "providers/ProviderRegistry.h"
#include "team/TeamLedger.h"
#include "team/TeamOrderDetails.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace OrderDesk {

namespace {

QString stateKeys()
{
    QStringList keys;
    for (const TeamOrderState state : TeamOrderStates::all())
        keys << TeamOrderStates::key(state);
    return keys.join(QStringLiteral(", "));
}

// Each column as wide as its widest cell, counted in terminal columns: Chinese takes two.
void printTable(QTextStream& out, const QList<QStringList>& table)
{
    QList<int> widths(table.first().size(), 0);
    for (const QStringList& row : table) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths.at(column), TerminalWidth::of(row.at(column)));
    }
    for (const QStringList& row : table) {
        QString line;
        for (qsizetype column = 0; column + 1 < row.size(); ++column)
            line += TerminalWidth::padded(row.at(column), widths.at(column) + 2);
        line += row.last();
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    }
}

} // namespace

TeamHistoryCommand::TeamHistoryCommand(CliContext& context)
    : m_context(context)
{}

int TeamHistoryCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption statusOption(QStringLiteral("status"), QString(), QStringLiteral("S"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    // The journal's: handed to HistoryCommand, which reads the journal in the team's database.
    const QCommandLineOption providerOption(QStringLiteral("provider"), QString(), QStringLiteral("P"));
    const QCommandLineOption textOption(QStringLiteral("text"), QString(), QStringLiteral("T"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption xlsxOption(QStringLiteral("xlsx"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption forceOption(QStringLiteral("force"));
    const QCommandLineOption conflictsOption(QStringLiteral("conflicts"));
    parser.addOptions({statusOption, limitOption, jsonOption, providerOption, textOption, csvOption,
                       xlsxOption, forceOption, conflictsOption});
    if (!m_context.parse(parser, arguments))
        return CliContext::UsageError;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (parser.isSet(providerOption) || parser.isSet(textOption) || parser.isSet(csvOption) ||
        parser.isSet(xlsxOption) || parser.isSet(conflictsOption) ||
        positional.value(0) == QLatin1String("export"))
        return HistoryCommand(m_context).runOnLedger(arguments);
    QStringList states;
    if (parser.isSet(statusOption)) {
        const std::optional<TeamOrderState> state = TeamOrderStates::fromKey(parser.value(statusOption));
        if (!state)
            return m_context.usageError(
                tr("Unknown status \"%1\". Choose one of: %2.")
                    .arg(CliContext::visible(parser.value(statusOption)), stateKeys()));
        states << TeamOrderStates::key(*state);
    }
    int limit = 50;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit <= 0)
            return m_context.usageError(tr("--limit needs a positive whole number."));
    }
    const bool json = parser.isSet(jsonOption);
    if (positional.isEmpty())
        return list(states, parser.isSet(limitOption) || !json ? limit : 0, json);
    if (positional.first() == QLatin1String("show")) {
        bool ok = false;
        const qint64 id = positional.size() == 2 ? positional.at(1).toLongLong(&ok) : 0;
        if (!ok || id <= 0)
            return m_context.usageError(tr("\"history show\" takes the ledger number of one order."));
        return show(id, json);
    }
    return m_context.usageError(
        tr("Unknown history command \"%1\".").arg(CliContext::visible(positional.first())));
}

int TeamHistoryCommand::list(const QStringList& stateKeys, int limit, bool json)
{
    TeamLedger* team = m_context.teamLedger();
    if (!team)
        return CliContext::NotSent;
    QList<TeamOrderState> states;
    for (const QString& key : stateKeys)
        states << *TeamOrderStates::fromKey(key);
    LocalizedText error;
    const QList<TeamOrder> orders = team->orders(states, limit, &error);
    if (!error.isEmpty()) {
        m_context.printError(error.toString());
        return CliContext::NotSent;
    }
    if (json) {
        QJsonArray array;
        for (const TeamOrder& order : orders)
            array.append(TeamCommand::orderJson(order));
        m_context.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        m_context.out().flush();
        return CliContext::Success;
    }
    QTextStream& out = m_context.out();
    if (orders.isEmpty()) {
        out << tr("No orders match.") << '\n';
        out.flush();
        return CliContext::Success;
    }
    const QDateTime now = m_context.clock().nowUtc();
    QList<QStringList> table{{tr("#"), tr("Created"), tr("Provider"), tr("Account"), tr("Resource"),
                              tr("Status"), tr("Order ID / error")}};
    for (const TeamOrder& order : orders) {
        // Control characters are shown escaped: a line break in a name would break the table.
        table.append({QString::number(order.id), OrderDetails::localTime(order.createdUtc),
                      CliContext::visible(order.provider), CliContext::visible(order.profile),
                      CliContext::visible(order.resourceId),
                      CliContext::visible(TeamOrderDetails::stateText(order, now).toString()),
                      CliContext::visible(order.state == TeamOrderState::Succeeded ? order.providerOrderId
                                                                                   : order.errorCode)});
    }
    printTable(out, table);
    if (limit > 0 && orders.size() >= limit)
        out << tr("(the newest %1 orders are shown; use --limit N for more)").arg(orders.size()) << '\n';
    out.flush();
    return CliContext::Success;
}

int TeamHistoryCommand::show(qint64 id, bool json)
{
    TeamLedger* team = m_context.teamLedger();
    if (!team)
        return CliContext::NotSent;
    LocalizedText error;
    const std::optional<TeamOrder> order = team->order(id, &error);
    if (!order) {
        m_context.printError(error.toString());
        return team->lastSqlState().isEmpty() ? CliContext::UsageError : CliContext::NotSent;
    }
    const QList<TeamEvent> events = team->events(id, &error);
    if (!error.isEmpty()) {
        m_context.printError(error.toString());
        return CliContext::NotSent;
    }
    if (json) {
        QJsonObject object = TeamCommand::orderJson(*order);
        QJsonArray history;
        for (const TeamEvent& event : events)
            history.append(QJsonObject{
                {QStringLiteral("seq"), event.seq},
                {QStringLiteral("at"), event.atUtc.toString(Qt::ISODateWithMs)},
                {QStringLiteral("actor"), event.actor},
                {QStringLiteral("kind"), event.kind},
                {QStringLiteral("status"), event.state},
                {QStringLiteral("detail"), QJsonDocument::fromJson(event.detailText.toUtf8()).object()},
                {QStringLiteral("text"), TeamOrderDetails::eventText(event).toString()}});
        object.insert(QStringLiteral("params"),
                      QJsonDocument::fromJson(order->payloadText.toUtf8()).object());
        object.insert(QStringLiteral("events"), history);
        m_context.printJson(object);
        return CliContext::Success;
    }
    QTextStream& out = m_context.out();
    const QList<SummaryLine> lines = TeamOrderDetails::lines(
        *order, m_context.providers().find(order->provider), m_context.clock().nowUtc());
    int labelWidth = 0;
    for (const SummaryLine& line : lines)
        labelWidth = std::max(labelWidth, TerminalWidth::of(line.label.toString()));
    for (const SummaryLine& line : lines)
        out << "  " << TerminalWidth::padded(line.label.toString(), labelWidth + 2)
            << CliContext::visible(line.value) << '\n';
    out << "  " << tr("Parameters:") << '\n';
    for (auto it = order->params.cbegin(); it != order->params.cend(); ++it)
        out << "    " << it.key() << " = " << CliContext::visible(it.value()) << '\n';
    out << "  " << tr("History:") << '\n';
    QList<QStringList> table;
    for (const TeamEvent& event : events)
        table.append({OrderDetails::localTime(TeamOrderDetails::eventTime(event)),
                      CliContext::visible(TeamOrderDetails::eventActor(event)),
                      CliContext::visible(TeamOrderDetails::eventText(event).toString()) +
                          QStringLiteral(" — ") + TeamOrderDetails::eventState(event).toString()});
    if (!table.isEmpty()) {
        QString indented;
        QTextStream rows(&indented);
        printTable(rows, table);
        rows.flush();
        for (const QString& row : indented.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out << "    " << row << '\n';
    }
    out.flush();
    return CliContext::Success;
}

} // namespace OrderDesk
