#include "TeamOrderDetails.h"

#include "orders/OrderDetails.h"
#include "providers/Provider.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::TeamOrderDetails";

LocalizedText text(const char* source)
{
    return LocalizedText(kContext, source);
}

QString when(const QDateTime& utc)
{
    return OrderDetails::localTime(utc);
}

const QLatin1String kDeskPrefix("desk_");

// An event carried over from a desk's ledger (002_import.sql): "desk_<kind>", with the desk's
// time, operator, status and detail in its own detail.
bool isDeskEvent(const TeamEvent& event)
{
    return event.kind.startsWith(kDeskPrefix);
}

QJsonObject detailOf(const TeamEvent& event)
{
    return QJsonDocument::fromJson(event.detailText.toUtf8()).object();
}

QDateTime isoTime(const QJsonValue& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

// What an "outcome" event recorded, in a few words.
LocalizedText outcomeText(const QJsonObject& detail)
{
    const QString status = detail.value(QStringLiteral("status")).toString();
    const QString orderId = detail.value(QStringLiteral("order_id")).toString();
    const QString code = detail.value(QStringLiteral("error_code")).toString();
    if (status == QLatin1String("succeeded"))
        return orderId.isEmpty()
                   ? text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails",
                                            "Outcome: the provider placed the order"))
                   : text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails",
                                            "Outcome: the provider placed the order, order ID %1"))
                         .arg(orderId);
    if (status == QLatin1String("rejected"))
        return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Outcome: refused (%1)")).arg(code);
    return code.isEmpty()
               ? text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Outcome: no definitive answer"))
               : text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Outcome: no definitive answer (%1)"))
                     .arg(code);
}

} // namespace

LocalizedText TeamOrderDetails::stateText(const TeamOrder& order, const QDateTime& nowUtc)
{
    const LocalizedText label = TeamOrderStates::label(order.state);
    switch (order.state) {
    case TeamOrderState::AwaitingApproval:
        return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails",
                                      "Awaiting approval (prepared by %1 at %2)"))
            .arg(order.maker)
            .arg(when(order.createdUtc));
    case TeamOrderState::Approved:
        if (!order.approvalRequired || order.checker.isEmpty())
            return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails",
                                          "Approved by the team's rules (no approval needed)"));
        if (order.approvalExpiresUtc.isValid() && order.approvalExpiresUtc <= nowUtc)
            return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails",
                                          "Approved by %1 at %2; the approval expired at %3"))
                .arg(order.checker)
                .arg(when(order.decidedUtc))
                .arg(when(order.approvalExpiresUtc));
        return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Approved by %1 at %2"))
            .arg(order.checker)
            .arg(when(order.decidedUtc));
    case TeamOrderState::Declined:
        return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Declined by %1 at %2: %3"))
            .arg(order.checker)
            .arg(when(order.decidedUtc))
            .arg(order.decisionNote);
    case TeamOrderState::Withdrawn:
        return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Withdrawn by %1 at %2"))
            .arg(order.maker)
            .arg(when(order.updatedUtc));
    case TeamOrderState::Sending:
        return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Being sent by %1 since %2"))
            .arg(order.sender)
            .arg(when(order.updatedUtc));
    case TeamOrderState::Succeeded:
    case TeamOrderState::Rejected:
    case TeamOrderState::Unknown:
        if (order.sender.isEmpty())
            return label;
        // The label in the language of the moment, then who sent it.
        return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "%1 (sent by %2)"))
            .arg(label.toString())
            .arg(order.sender);
    case TeamOrderState::NotPlaced:
        break;
    }
    return label;
}

QList<SummaryLine> TeamOrderDetails::lines(const TeamOrder& order, const Provider* provider,
                                           const QDateTime& nowUtc)
{
    QList<SummaryLine> result;
    const auto add = [&result](const char* key, const char* label, const QString& value) {
        if (value.isEmpty())
            return;
        SummaryLine line;
        line.key = QLatin1String(key);
        line.label = text(label);
        line.value = value;
        result << line;
    };
    add("ledger_id", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Ledger number"),
        QString::number(order.id));
    add("status", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Status"),
        stateText(order, nowUtc).toString());
    add("provider", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Provider"),
        provider ? provider->displayName().toString() : order.provider);
    add("profile", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Account (profile)"), order.profile);
    add("region", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Region"), order.region);
    add("resource", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Resource ID"), order.resourceId);
    add("maker", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Prepared by"), order.maker);
    add("created_at", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Created"), when(order.createdUtc));
    add("checker", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Decided by"), order.checker);
    add("decided_at", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Decided"), when(order.decidedUtc));
    add("decision_note", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Comment or reason"),
        order.decisionNote);
    add("sender", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Sent by"), order.sender);
    add("updated_at", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Last change"),
        when(order.updatedUtc));
    add("order_id", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Order ID"), order.providerOrderId);
    add("request_id", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Request ID"), order.requestId);
    QString error = order.errorCode;
    if (!order.errorMessage.isEmpty())
        error = error.isEmpty() ? order.errorMessage : error + QStringLiteral(": ") + order.errorMessage;
    add("error", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Error"), error);
    if (order.attempts > 0)
        add("attempts", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Requests sent"),
            QString::number(order.attempts));
    add("client_token", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Client token"), order.clientToken);
    add("endpoint", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Endpoint"), order.endpoint);
    add("payload_hash", QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Parameters' hash"),
        order.payloadHash);
    return result;
}

QDateTime TeamOrderDetails::eventTime(const TeamEvent& event)
{
    if (isDeskEvent(event)) {
        const QDateTime at = isoTime(detailOf(event).value(QStringLiteral("at")));
        if (at.isValid())
            return at;
    }
    return event.atUtc;
}

QString TeamOrderDetails::eventActor(const TeamEvent& event)
{
    if (isDeskEvent(event)) {
        const QString deskOperator = detailOf(event).value(QStringLiteral("operator")).toString();
        if (!deskOperator.isEmpty())
            return deskOperator;
    }
    return event.actor;
}

LocalizedText TeamOrderDetails::eventText(const TeamEvent& event)
{
    const QJsonObject detail = detailOf(event);
    const auto value = [&detail](const char* key) { return detail.value(QLatin1String(key)).toString(); };
    const QString kind = event.kind;
    if (kind == QLatin1String("submitted") || kind == QLatin1String("amended")) {
        const bool needed = detail.value(QStringLiteral("approval_required")).toBool();
        if (kind == QLatin1String("amended"))
            return needed ? text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails",
                                                   "Changed by its maker; it waits for approval again"))
                          : text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails",
                                                   "Changed by its maker; the team's rules need no approval "
                                                   "for it"));
        return needed ? text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails",
                                               "Prepared; it waits for a second person's approval"))
                      : text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails",
                                               "Prepared; the team's rules need no approval for it"));
    }
    if (kind == QLatin1String("approved")) {
        const QString until = when(isoTime(detail.value(QStringLiteral("expires_at"))));
        const QString comment = value("comment");
        if (comment.isEmpty())
            return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Approved, valid until %1"))
                .arg(until);
        return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails",
                                      "Approved, valid until %1, with the comment: %2"))
            .arg(until)
            .arg(comment);
    }
    if (kind == QLatin1String("declined"))
        return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Declined, with the reason: %1"))
            .arg(value("reason"));
    if (kind == QLatin1String("withdrawn")) {
        const QString reason = value("reason");
        if (reason.isEmpty())
            return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Withdrawn by its maker"));
        return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails",
                                      "Withdrawn by its maker, with the reason: %1"))
            .arg(reason);
    }
    if (kind == QLatin1String("claimed"))
        return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Taken for sending"));
    if (kind == QLatin1String("attempt"))
        return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Request %1 sent"))
            .arg(qint64(detail.value(QStringLiteral("attempt")).toInt()));
    if (kind == QLatin1String("outcome"))
        return outcomeText(detail);
    if (kind == QLatin1String("resolved")) {
        const bool placed = detail.value(QStringLiteral("placed")).toBool();
        const QString orderId = value("order_id");
        const LocalizedText what =
            !placed ? text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Resolved by hand: not placed"))
            : orderId.isEmpty()
                ? text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Resolved by hand: placed"))
                : text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails",
                                         "Resolved by hand: placed, order ID %1"))
                      .arg(orderId);
        const QString note = value("note");
        if (note.isEmpty())
            return what;
        return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "%1; note: %2"))
            .arg(what.toString())
            .arg(note);
    }
    if (kind == QLatin1String("imported")) {
        const QJsonObject desk = detail.value(QStringLiteral("desk")).toObject();
        return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails",
                                      "Moved into the team ledger from %1, where it was order %2"))
            .arg(desk.value(QStringLiteral("file")).toString())
            .arg(qint64(desk.value(QStringLiteral("ledger_id")).toInteger()));
    }
    if (isDeskEvent(event)) {
        // Worded as the desk's own history words it, once (OrderDetails).
        const std::optional<OrderEventKind> deskKind =
            OrderEventKindNames::fromKey(kind.mid(kDeskPrefix.size()));
        if (deskKind) {
            OrderEvent deskEvent;
            deskEvent.kind = *deskKind;
            deskEvent.atUtc = eventTime(event);
            deskEvent.status = OrderStatusNames::fromKey(value("status")).value_or(OrderStatus::Unknown);
            deskEvent.detail =
                QString::fromUtf8(QJsonDocument(detail.value(QStringLiteral("detail")).toObject())
                                      .toJson(QJsonDocument::Compact));
            return OrderDetails::eventText(deskEvent);
        }
    }
    // A kind a newer OrderDesk wrote: its key rather than nothing.
    return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "Event \"%1\"")).arg(kind);
}

LocalizedText TeamOrderDetails::eventState(const TeamEvent& event)
{
    // In the desk's words: what its ledger said then, not what the team ledger made of it.
    if (isDeskEvent(event)) {
        if (const std::optional<OrderStatus> status =
                OrderStatusNames::fromKey(detailOf(event).value(QStringLiteral("status")).toString()))
            return OrderStatusNames::label(*status);
    }
    if (const std::optional<TeamOrderState> state = TeamOrderStates::fromKey(event.state))
        return TeamOrderStates::label(*state);
    return text(QT_TRANSLATE_NOOP("OrderDesk::TeamOrderDetails", "State \"%1\"")).arg(event.state);
}

} // namespace OrderDesk
