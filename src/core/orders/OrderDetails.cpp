#include "OrderDetails.h"

#include "providers/ErrorCatalogue.h"
#include "providers/Provider.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::OrderDetails";

LocalizedText text(const char* source)
{
    return LocalizedText(kContext, source);
}

SummaryLine line(const char* key, const char* label, const QString& value)
{
    SummaryLine result;
    result.key = QLatin1String(key);
    result.label = text(label);
    result.value = value;
    return result;
}

// The answer an outcome or late-answer event recorded, in a few words.
LocalizedText answerText(const QJsonObject& detail, OrderStatus status)
{
    const QString orderId = detail.value(QStringLiteral("orderId")).toString();
    const QString code = detail.value(QStringLiteral("errorCode")).toString();
    const QString message = detail.value(QStringLiteral("errorMessage")).toString();
    switch (status) {
    case OrderStatus::Succeeded:
        return orderId.isEmpty()
                   ? text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "the provider placed the order"))
                   : text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails",
                                            "the provider placed the order, order ID %1"))
                         .arg(orderId);
    case OrderStatus::Rejected:
        return text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "refused: %1"))
            .arg(QStringList{code, message}.join(QStringLiteral(" ")).trimmed());
    case OrderStatus::Unknown:
        return code.isEmpty()
                   ? text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "no definitive answer"))
                   : text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "no definitive answer (%1)"))
                         .arg(code);
    case OrderStatus::Pending:
    case OrderStatus::NotPlaced:
        break;
    }
    return {};
}

} // namespace

QString OrderDetails::localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

LocalizedText OrderDetails::statusText(const OrderRecord& order)
{
    const QString status = OrderStatusNames::label(order.status).toString();
    if (order.conflict)
        return text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "%1 — CONFLICT with a resolution by hand"))
            .arg(status);
    if (order.resolution == OrderResolution::Placed)
        return text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "%1 (marked as placed by a user)"))
            .arg(status);
    return OrderStatusNames::label(order.status);
}

QList<SummaryLine> OrderDetails::lines(const OrderRecord& order, const Provider* provider)
{
    QList<SummaryLine> result;
    const auto add = [&result](const char* key, const char* label, const QString& value) {
        if (!value.isEmpty())
            result << line(key, label, value);
    };
    add("ledger_id", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Ledger number"),
        QString::number(order.id));
    add("status", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Status"), statusText(order).toString());
    add("resolution", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Resolution"),
        OrderResolutionNames::label(order.resolution).toString());
    add("provider", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Provider"),
        provider ? provider->displayName().toString() : order.provider);
    add("profile", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Account (profile)"), order.profile);
    add("operator", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Operator"), order.operatorName);
    add("region", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Region"), order.region);
    add("resource_id", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Resource ID"), order.resourceId);
    add("created", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Created"), localTime(order.createdUtc));
    add("updated", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Last change"), localTime(order.updatedUtc));
    add("order_id", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Order ID"), order.orderId);
    add("request_id", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Request ID"), order.requestId);
    QString error = order.errorCode;
    if (!order.errorMessage.isEmpty())
        error = error.isEmpty() ? order.errorMessage : error + QStringLiteral(": ") + order.errorMessage;
    add("error", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Error"), error);
    if (provider && !order.errorCode.isEmpty()) {
        if (const ErrorInfo* info = provider->errorCatalogue().find(order.errorCode, order.errorMessage))
            add("error_meaning", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "What it means"),
                provider->errorCatalogue().explanation(*info).toString());
    }
    if (order.httpStatus != 0)
        add("http_status", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "HTTP status"),
            QString::number(order.httpStatus));
    add("attempts", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Requests sent"),
        QString::number(order.attempts));
    if (!order.idempotencyToken.isEmpty())
        add("idempotency_token", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Client token"),
            order.idempotencyToken);
    else if (provider && !provider->hasIdempotencyToken())
        add("idempotency_token", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Client token"),
            text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails",
                                   "none (this provider's API has no client token)"))
                .toString());
    add("endpoint", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Endpoint"), order.endpoint);
    add("note", QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Note"), order.note);
    return result;
}

LocalizedText OrderDetails::eventText(const OrderEvent& event)
{
    const QJsonObject detail = QJsonDocument::fromJson(event.detail.toUtf8()).object();
    const QString who = detail.value(QStringLiteral("operator")).toString();
    const QString note = detail.value(QStringLiteral("note")).toString();
    switch (event.kind) {
    case OrderEventKind::Created:
        return who.isEmpty()
                   ? text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Recorded before sending"))
                   : text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Recorded before sending, by %1"))
                         .arg(who);
    case OrderEventKind::Attempt: {
        const int requests = detail.value(QStringLiteral("requests")).toInt();
        const int attempt = detail.value(QStringLiteral("attempt")).toInt();
        return text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Request %1 sent"))
            .arg(requests > 0 ? requests : attempt);
    }
    case OrderEventKind::Outcome:
        return text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Answer: %1"))
            .arg(answerText(detail, event.status).toString());
    case OrderEventKind::LateAnswer: {
        const OrderStatus answer =
            OrderStatusNames::fromKey(detail.value(QStringLiteral("answer")).toString())
                .value_or(OrderStatus::Unknown);
        if (detail.value(QStringLiteral("conflict")).toBool())
            return text(QT_TRANSLATE_NOOP(
                            "OrderDesk::OrderDetails",
                            "Late answer, after the order was marked as not placed: %1. CONFLICT."))
                .arg(answerText(detail, answer).toString());
        return text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Late answer, kept in the history only: %1"))
            .arg(answerText(detail, answer).toString());
    }
    case OrderEventKind::Resolved: {
        const bool placed = detail.value(QStringLiteral("resolution")).toString() == QLatin1String("placed");
        LocalizedText what =
            placed ? text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Marked as placed by %1"))
                   : text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Marked as not placed by %1"));
        what = what.arg(who.isEmpty() ? QStringLiteral("?") : who);
        if (note.isEmpty())
            return what;
        return text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "%1: %2")).arg(what.toString()).arg(note);
    }
    case OrderEventKind::Interrupted:
        return text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails",
                                      "Interrupted: the program sending it ended without an answer"));
    case OrderEventKind::Abandoned:
        return text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails",
                                      "The program sending it stopped waiting (closed or interrupted)"));
    case OrderEventKind::Retry:
        return text(
            QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Reopened to send again with the same token"));
    case OrderEventKind::Imported:
        return text(QT_TRANSLATE_NOOP("OrderDesk::OrderDetails", "Imported from another ledger"));
    }
    return OrderEventKindNames::label(event.kind);
}

} // namespace OrderDesk
