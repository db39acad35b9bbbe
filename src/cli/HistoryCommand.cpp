#include "HistoryCommand.h"

#include "CliContext.h"
#include "TeamHistoryCommand.h"
#include "TerminalWidth.h"
#include "ledger/OrderCsvExport.h"
#include "ledger/OrderEventKind.h"
#include "ledger/OrderExportColumns.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderQuery.h"
#include "ledger/OrderRecord.h"
#include "ledger/OrderResolution.h"
#include "ledger/OrderStatus.h"
#include "ledger/OrderXlsxExport.h"
#include "orders/OrderDetails.h"
#include "providers/ProviderRegistry.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace OrderDesk {

namespace {

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject paramsObject(const QMap<QString, QString>& params)
{
    QJsonObject object;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// The order as --json shows it: the keys of the CLI contract first, then the rest of the row,
// then what its provider reads from its parameters (null where it reads nothing).
QJsonObject recordObject(const OrderRecord& record, const ProviderRegistry& providers)
{
    const std::optional<OrderTerm> term = OrderExportColumns::term(record, providers);
    const std::optional<PaymentState> payment = OrderExportColumns::payment(record, providers);
    const QJsonValue length = term ? QJsonValue(term->length) : QJsonValue();
    const QJsonValue unit = term ? QJsonValue(OrderTerm::unitKey(term->unit)) : QJsonValue();
    const QJsonValue paid = payment ? QJsonValue(PaymentStateNames::key(*payment)) : QJsonValue();
    return QJsonObject{{QStringLiteral("ledger_id"), record.id},
                       {QStringLiteral("provider"), record.provider},
                       {QStringLiteral("status"), OrderStatusNames::key(record.status)},
                       {QStringLiteral("order_id"), record.orderId},
                       {QStringLiteral("request_id"), record.requestId},
                       {QStringLiteral("error_code"), record.errorCode},
                       {QStringLiteral("error_message"), record.errorMessage},
                       {QStringLiteral("created"), isoUtc(record.createdUtc)},
                       {QStringLiteral("updated"), isoUtc(record.updatedUtc)},
                       {QStringLiteral("profile"), record.profile},
                       {QStringLiteral("operator"), record.operatorName},
                       {QStringLiteral("region"), record.region},
                       {QStringLiteral("resource_id"), record.resourceId},
                       {QStringLiteral("endpoint"), record.endpoint},
                       {QStringLiteral("idempotency_token"), record.idempotencyToken},
                       {QStringLiteral("http_status"), record.httpStatus},
                       {QStringLiteral("attempts"), record.attempts},
                       {QStringLiteral("resolution"), OrderResolutionNames::key(record.resolution)},
                       {QStringLiteral("conflict"), record.conflict},
                       {QStringLiteral("note"), record.note},
                       {QStringLiteral("params"), paramsObject(record.params)},
                       {QStringLiteral("length"), length},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("payment"), paid}};
}

QString statusKeys()
{
    QStringList keys;
    for (const OrderStatus status : OrderStatusNames::all())
        keys << OrderStatusNames::key(status);
    return keys.join(QStringLiteral(", "));
}

} // namespace

HistoryCommand::HistoryCommand(CliContext& context)
    : m_context(context)
{}

int HistoryCommand::run(const QStringList& arguments)
{
    if (m_context.usesTeamLedger())
        return TeamHistoryCommand(m_context).run(arguments);
    return runOnLedger(arguments);
}

int HistoryCommand::runOnLedger(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption providerOption(QStringLiteral("provider"), QString(), QStringLiteral("P"));
    const QCommandLineOption statusOption(QStringLiteral("status"), QString(), QStringLiteral("S"));
    const QCommandLineOption textOption(QStringLiteral("text"), QString(), QStringLiteral("T"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption xlsxOption(QStringLiteral("xlsx"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption forceOption(QStringLiteral("force"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption conflictsOption(QStringLiteral("conflicts"));
    parser.addOptions({providerOption, statusOption, textOption, limitOption, csvOption, xlsxOption,
                       forceOption, jsonOption, conflictsOption});
    if (!m_context.parse(parser, arguments))
        return CliContext::UsageError;

    OrderQuery query;
    if (parser.isSet(providerOption)) {
        if (!m_context.provider(parser.value(providerOption)))
            return CliContext::UsageError;
        query.provider = parser.value(providerOption);
    }
    if (parser.isSet(statusOption)) {
        query.status = OrderStatusNames::fromKey(parser.value(statusOption));
        if (!query.status)
            return m_context.usageError(tr("Unknown status \"%1\". Choose one of: %2.")
                                            .arg(parser.value(statusOption), statusKeys()));
    }
    query.conflictsOnly = parser.isSet(conflictsOption);
    query.text = parser.value(textOption);
    int limit = 50;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit <= 0)
            return m_context.usageError(tr("--limit needs a positive whole number."));
    }

    const QStringList positional = parser.positionalArguments().mid(1);
    const bool json = parser.isSet(jsonOption);
    const bool exporting = parser.isSet(csvOption) || parser.isSet(xlsxOption);
    if (positional.isEmpty()) {
        if (exporting)
            return m_context.usageError(
                tr("To export, write \"orderdesk-cli history export --xlsx FILE\" (or --csv FILE)."));
        return list(query, parser.isSet(limitOption) || !json ? limit : -1, json);
    }
    if (positional.first() == QLatin1String("export")) {
        if (positional.size() != 1 || !exporting)
            return m_context.usageError(tr("\"history export\" needs --xlsx FILE or --csv FILE."));
        QList<Export> exports;
        if (parser.isSet(xlsxOption))
            exports.append({Export::Format::Xlsx, parser.value(xlsxOption)});
        if (parser.isSet(csvOption))
            exports.append({Export::Format::Csv, parser.value(csvOption)});
        return exportOrders(query, exports, parser.isSet(forceOption));
    }
    if (positional.first() == QLatin1String("show")) {
        bool ok = false;
        const qint64 id = positional.size() == 2 ? positional.at(1).toLongLong(&ok) : 0;
        if (!ok || id <= 0)
            return m_context.usageError(tr("\"history show\" takes the ledger number of one order."));
        return show(id, json);
    }
    return m_context.usageError(tr("Unknown history command \"%1\".").arg(positional.first()));
}

int HistoryCommand::list(const OrderQuery& query, int limit, bool json)
{
    OrderLedger* ledger = m_context.ledger();
    if (!ledger)
        return CliContext::NotSent;
    const QList<OrderRecord> records = ledger->orders(query, limit);
    if (json) {
        QJsonArray array;
        for (const OrderRecord& record : records)
            array.append(recordObject(record, m_context.providers()));
        m_context.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        m_context.out().flush();
        return CliContext::Success;
    }
    QTextStream& out = m_context.out();
    if (records.isEmpty()) {
        out << tr("No orders match.") << '\n';
        out.flush();
        return CliContext::Success;
    }
    QList<QStringList> table{{tr("#"), tr("Created"), tr("Provider"), tr("Account"), tr("Resource"),
                              tr("Status"), tr("Order ID / error")}};
    for (const OrderRecord& record : records) {
        // Control characters are shown escaped: a line break in a profile name would break the table.
        table.append({QString::number(record.id),
                      record.createdUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      CliContext::visible(record.provider), CliContext::visible(record.profile),
                      CliContext::visible(record.resourceId), statusText(record),
                      CliContext::visible(record.status == OrderStatus::Succeeded ? record.orderId
                                                                                  : record.errorCode)});
    }
    // Each column as wide as its widest cell, counted in terminal columns: Chinese takes two.
    QList<int> widths(table.first().size(), 0);
    for (const QStringList& row : std::as_const(table)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths.at(column), TerminalWidth::of(row.at(column)));
    }
    for (const QStringList& row : std::as_const(table)) {
        QString line;
        for (qsizetype column = 0; column + 1 < row.size(); ++column)
            line += TerminalWidth::padded(row.at(column), widths.at(column) + 2);
        line += row.last();
        // A row without an order ID or error would end in the padding of the column before.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    }
    const int total = ledger->count(query);
    if (total > records.size())
        out << tr("(%1 of %2 orders shown; use --limit N for more)").arg(records.size()).arg(total) << '\n';
    out.flush();
    return CliContext::Success;
}

QString HistoryCommand::statusText(const OrderRecord& record)
{
    const QString label = OrderStatusNames::label(record.status).toString();
    return record.conflict ? tr("%1 (CONFLICT)").arg(label) : label;
}

int HistoryCommand::show(qint64 ledgerId, bool json)
{
    OrderLedger* ledger = m_context.ledger();
    if (!ledger)
        return CliContext::NotSent;
    const std::optional<OrderRecord> record = ledger->order(ledgerId);
    if (!record)
        return m_context.usageError(tr("There is no order %1 in the ledger.").arg(ledgerId));
    const QList<OrderEvent> events = ledger->events(ledgerId);
    if (json) {
        QJsonObject object = recordObject(*record, m_context.providers());
        object.insert(QStringLiteral("raw_response"), QString::fromUtf8(record->rawResponse));
        QJsonArray history;
        for (const OrderEvent& event : events)
            history.append(QJsonObject{{QStringLiteral("at"), isoUtc(event.atUtc)},
                                       {QStringLiteral("kind"), OrderEventKindNames::key(event.kind)},
                                       {QStringLiteral("status"), OrderStatusNames::key(event.status)},
                                       {QStringLiteral("detail"), event.detail}});
        object.insert(QStringLiteral("events"), history);
        m_context.printJson(object);
        return CliContext::Success;
    }
    QTextStream& out = m_context.out();
    const Provider* provider = m_context.providers().find(record->provider);
    // The labels in the language of the moment, the values in one column whatever the labels'
    // width; --json keeps the stable keys and every field.
    const QList<SummaryLine> lines = OrderDetails::lines(*record, provider);
    int labelWidth = 0;
    for (const SummaryLine& line : lines)
        labelWidth = std::max(labelWidth, TerminalWidth::of(line.label.toString()));
    for (const SummaryLine& line : lines)
        out << "  " << TerminalWidth::padded(line.label.toString(), labelWidth + 2)
            << CliContext::visible(line.value) << '\n';
    out << "  " << tr("Parameters:") << '\n';
    for (auto it = record->params.cbegin(); it != record->params.cend(); ++it)
        out << "    " << it.key() << " = " << it.value() << '\n';
    out << "  " << tr("History:") << '\n';
    for (const OrderEvent& event : events)
        out << "    " << OrderDetails::localTime(event.atUtc) << "  "
            << OrderDetails::eventText(event).toString() << " — "
            << OrderStatusNames::label(event.status).toString() << '\n';
    if (record->conflict)
        out << "  "
            << tr("CONFLICT: this order was marked as not placed by hand, but the provider answered that it "
                  "placed it. Check the provider's console; to confirm what you find, run \"orderdesk-cli "
                  "resolve %1 --placed ORDER_ID\" or \"--not-placed\".")
                   .arg(ledgerId)
            << '\n';
    if (!record->rawResponse.isEmpty())
        out << "  " << tr("Provider's answer:") << '\n' << QString::fromUtf8(record->rawResponse) << '\n';
    out.flush();
    return CliContext::Success;
}

int HistoryCommand::exportOrders(const OrderQuery& query, const QList<Export>& exports, bool force)
{
    // Every file is checked before any is written: a refusal writes nothing.
    if (!force) {
        for (const Export& target : exports) {
            if (QFileInfo::exists(target.file))
                return m_context.usageError(tr("%1 already exists. To replace it, add --force.")
                                                .arg(QDir::toNativeSeparators(target.file)));
        }
    }
    OrderLedger* ledger = m_context.ledger();
    if (!ledger)
        return CliContext::NotSent;
    for (const Export& target : exports) {
        LocalizedText error;
        int written = 0;
        const bool ok =
            target.format == Export::Format::Csv
                ? OrderCsvExport::write(*ledger, m_context.providers(), target.file, query, &written, &error)
                : OrderXlsxExport::write(*ledger, m_context.providers(), target.file, query, &written,
                                         &error);
        if (!ok) {
            // A file that cannot be written is a mistake in the arguments, like any other.
            m_context.printError(error.toString());
            return CliContext::UsageError;
        }
        m_context.err()
            << tr("%Ln order(s) written to %1.", nullptr, written).arg(QDir::toNativeSeparators(target.file))
            << '\n';
    }
    m_context.err().flush();
    return CliContext::Success;
}

} // namespace OrderDesk
