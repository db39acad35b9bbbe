#include "OrderImport.h"

#include "LedgerSchema.h"
#include "LedgerTransaction.h"
#include "OrderEventKind.h"
#include "OrderLedger.h"
#include "OrderRowCodec.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace OrderDesk {

namespace {

Q_LOGGING_CATEGORY(lcImport, "orderdesk.ledger.import")

constexpr const char* kContext = "OrderDesk::OrderLedger";

using Codec = OrderRowCodec;

void setError(LocalizedText* error, const LocalizedText& text)
{
    if (error)
        *error = text;
}

bool fail(const QString& technicalError, LocalizedText* error)
{
    const LocalizedText text =
        LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                  "The order ledger could not be updated: %1"))
            .arg(technicalError);
    qCWarning(lcImport).noquote() << text.toEnglish();
    setError(error, text);
    return false;
}

} // namespace

int OrderImport::write(const QSqlDatabase& db, bool textIndex, const QList<OrderRecord>& records,
                       const QDateTime& nowUtc, LocalizedText* error)
{
    for (const OrderRecord& record : records) {
        if (record.provider.isEmpty()) {
            setError(error, LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::OrderLedger",
                                                                      "An order without a provider cannot be "
                                                                      "recorded.")));
            return 0;
        }
    }
    if (records.isEmpty())
        return 0;
    const qint64 now = Codec::toMs(nowUtc);
    const QString defaultOperator = OrderLedger::currentOperator();

    LedgerTransaction transaction(db);
    QString technical;
    if (!transaction.begin(LedgerTransaction::Mode::Write, &technical)) {
        fail(technical, error);
        return 0;
    }
    // Prepared once: the statement is compiled once for the whole list.
    QSqlQuery insert(db);
    QSqlQuery event(db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO orders (created_utc, updated_utc, provider, profile, operator_name, region,"
            " resource_id, endpoint, params_json, idempotency_token, status, order_id, request_id, "
            "error_code, error_message, http_status, attempts, raw_response, resolution, note, conflict)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) ||
        !event.prepare(QStringLiteral("INSERT INTO order_events (order_row_id, at_utc, kind, status, detail)"
                                      " VALUES (?, ?, ?, ?, '{}')"))) {
        fail(insert.lastError().isValid() ? insert.lastError().text() : event.lastError().text(), error);
        return 0;
    }
    for (const OrderRecord& record : records) {
        const qint64 created = record.createdUtc.isValid() ? Codec::toMs(record.createdUtc) : now;
        const qint64 updated = record.updatedUtc.isValid() ? Codec::toMs(record.updatedUtc) : created;
        const QString status = OrderStatusNames::key(record.status);
        const QVariantList values{
            created,
            updated,
            record.provider,
            Codec::text(record.profile),
            Codec::text(record.operatorName.isEmpty() ? defaultOperator : record.operatorName),
            Codec::text(record.region),
            Codec::text(record.resourceId),
            Codec::text(record.endpoint),
            Codec::paramsToJson(record.params),
            Codec::text(record.idempotencyToken),
            status,
            Codec::text(record.orderId),
            Codec::text(record.requestId),
            Codec::text(record.errorCode),
            Codec::text(record.errorMessage),
            record.httpStatus,
            record.attempts,
            record.rawResponse.isNull() ? QVariant() : QVariant(record.rawResponse),
            OrderResolutionNames::key(record.resolution),
            Codec::text(record.note),
            record.conflict ? 1 : 0};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec() || !insert.next()) {
            fail(insert.lastError().text(), error);
            return 0;
        }
        event.bindValue(0, insert.value(0));
        event.bindValue(1, updated);
        event.bindValue(2, OrderEventKindNames::key(OrderEventKind::Imported));
        event.bindValue(3, status);
        if (!event.exec()) {
            fail(event.lastError().text(), error);
            return 0;
        }
    }
    insert.finish();
    event.finish();
    if ((textIndex && !LedgerSchema::drainTextIndex(db, &technical)) || !transaction.commit(&technical)) {
        fail(technical, error);
        return 0;
    }
    return static_cast<int>(records.size());
}

} // namespace OrderDesk
