#include "TeamLedgerImport.h"

#include "TeamLedger.h"
#include "TeamLedgerError.h"
#include "TeamLedgerSchema.h"
#include "ledger/OrderLedger.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::TeamLedgerImport";
// The first schema version with orderdesk.import_order().
constexpr int kImportVersion = 2;

QString iso(const QDateTime& utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject paramsObject(const QMap<QString, QString>& params)
{
    QJsonObject object;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString compact(const QJsonValue& value)
{
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// What the team ledger has no column for stays with the order, in its "imported" event.
QJsonObject deskFacts(const OrderRecord& record, const QString& sourceName)
{
    return QJsonObject{{QStringLiteral("file"), sourceName},
                       {QStringLiteral("ledger_id"), record.id},
                       {QStringLiteral("status"), OrderStatusNames::key(record.status)},
                       {QStringLiteral("resolution"), OrderResolutionNames::key(record.resolution)},
                       {QStringLiteral("conflict"), record.conflict},
                       {QStringLiteral("operator"), record.operatorName},
                       {QStringLiteral("created_at"), iso(record.createdUtc)},
                       {QStringLiteral("updated_at"), iso(record.updatedUtc)},
                       {QStringLiteral("order_id"), record.orderId},
                       {QStringLiteral("request_id"), record.requestId},
                       {QStringLiteral("error_code"), record.errorCode},
                       {QStringLiteral("error_message"), record.errorMessage},
                       {QStringLiteral("http_status"), record.httpStatus},
                       {QStringLiteral("attempts"), record.attempts},
                       {QStringLiteral("note"), record.note},
                       {QStringLiteral("raw_response"), QString::fromUtf8(record.rawResponse)}};
}

QJsonArray deskEvents(const QList<OrderEvent>& events)
{
    QJsonArray list;
    for (const OrderEvent& event : events) {
        const QJsonObject detail = QJsonDocument::fromJson(event.detail.toUtf8()).object();
        list.append(
            QJsonObject{{QStringLiteral("kind"), OrderEventKindNames::key(event.kind)},
                        {QStringLiteral("at"), iso(event.atUtc)},
                        {QStringLiteral("status"), OrderStatusNames::key(event.status)},
                        {QStringLiteral("operator"), detail.value(QStringLiteral("operator")).toString()},
                        {QStringLiteral("detail"), detail}});
    }
    return list;
}

} // namespace

QString TeamLedgerImport::sourceKey(const OrderRecord& record)
{
    const QStringList facts{record.provider,
                            record.profile,
                            record.resourceId,
                            QString::number(record.createdUtc.toMSecsSinceEpoch()),
                            record.operatorName,
                            record.idempotencyToken,
                            compact(paramsObject(record.params))};
    return QStringLiteral("desk-v1:") +
           QString::fromLatin1(
               QCryptographicHash::hash(facts.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
                   .toHex());
}

std::optional<TeamLedgerImport::Result> TeamLedgerImport::run(TeamLedger& team, const OrderLedger& desk,
                                                              const QString& sourceName, LocalizedText* error,
                                                              QString* sqlState)
{
    QSqlDatabase db = QSqlDatabase::database(team.connectionName(), false);
    const auto failed = [&](const QSqlError& sqlError) -> std::optional<Result> {
        if (error)
            *error = TeamLedgerError::explain(sqlError);
        if (sqlState)
            *sqlState = TeamLedgerError::sqlState(sqlError);
        return std::nullopt;
    };
    const int version = TeamLedgerSchema::version(db, error);
    if (version < 0)
        return std::nullopt;
    if (version < kImportVersion) {
        if (error)
            *error = LocalizedText(
                kContext,
                QT_TRANSLATE_NOOP("OrderDesk::TeamLedgerImport",
                                  "This team ledger is of an older version (%1) that cannot take "
                                  "imported orders. Its administrator upgrades it with "
                                  "\"orderdesk-cli ledger init\"."),
                {QString::number(version)});
        return std::nullopt;
    }
    QList<OrderRecord> records = desk.orders(OrderQuery{});
    // Oldest first, so that the team ledger numbers them in the order they were made.
    std::reverse(records.begin(), records.end());
    Result result;
    result.orders = int(records.size());
    if (!db.transaction())
        return failed(db.lastError());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT order_id, imported FROM orderdesk.import_order(?, ?, ?, ?, ?, ?, "
                                 "?::jsonb, ?, ?, ?::timestamptz, ?::timestamptz, ?::jsonb, ?::jsonb)"));
    for (const OrderRecord& record : std::as_const(records)) {
        const QList<OrderEvent> events = desk.events(record.id);
        query.addBindValue(sourceKey(record));
        query.addBindValue(record.provider);
        query.addBindValue(record.profile);
        query.addBindValue(record.resourceId);
        query.addBindValue(record.region);
        query.addBindValue(record.endpoint);
        query.addBindValue(compact(paramsObject(record.params)));
        query.addBindValue(record.idempotencyToken);
        query.addBindValue(record.operatorName);
        query.addBindValue(iso(record.createdUtc));
        query.addBindValue(record.updatedUtc.isValid() ? QVariant(iso(record.updatedUtc)) : QVariant());
        query.addBindValue(compact(deskFacts(record, sourceName)));
        query.addBindValue(compact(deskEvents(events)));
        if (!query.exec() || !query.next()) {
            const QSqlError failure = query.lastError();
            db.rollback();
            return failed(failure);
        }
        if (query.value(1).toBool()) {
            ++result.imported;
            result.events += int(events.size());
            result.importedIds.append(query.value(0).toLongLong());
        } else {
            ++result.skipped;
        }
        query.finish();
    }
    if (!db.commit())
        return failed(db.lastError());
    return result;
}

} // namespace OrderDesk
