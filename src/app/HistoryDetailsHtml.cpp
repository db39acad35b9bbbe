#include "HistoryDetailsHtml.h"

#include "OrderHtml.h"
#include "ledger/OrderTransitions.h"
#include "ledger/RawResponseFormatter.h"
#include "orders/OrderDetails.h"
#include "orders/OrderService.h"
#include "providers/Provider.h"

namespace OrderDesk {

namespace {

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

} // namespace

QString HistoryDetailsHtml::html(const OrderRecord& record, const QList<OrderEvent>& events,
                                 const Provider* provider, const QDateTime& nowUtc, bool resolvable)
{
    const QString providerText = provider ? provider->displayName().toString() : record.provider;
    QString html =
        QStringLiteral("<h3>") + tr("Order %1").arg(record.id).toHtmlEscaped() + QStringLiteral("</h3>");

    if (record.conflict) {
        html +=
            QStringLiteral("<p style=\"background-color:#fdecea; color:#8a1c12; padding:4px\"><b>") +
            tr("Conflict: this order was marked as not placed by hand, but %1 has since answered that it "
               "placed it (order ID %2). The provider's answer is recorded; check the %1 console of account "
               "%3, pay or cancel the order there, then use Resolve to confirm what you found.")
                .arg(providerText, record.orderId, record.profile)
                .toHtmlEscaped() +
            QStringLiteral("</b></p>");
    }
    if (OrderTransitions::isInFlight(record, nowUtc)) {
        html += QStringLiteral("<p><b>") +
                tr("Being sent right now (by %1): its answer is awaited, so it cannot be resolved yet.")
                    .arg(record.leaseOwner)
                    .toHtmlEscaped() +
                QStringLiteral("</b></p>");
    }

    html += QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">");
    for (const SummaryLine& line : OrderDetails::lines(record, provider))
        html += OrderHtml::row(line.label.toString(), line.value);
    html += QStringLiteral("</table>");

    if (record.status == OrderStatus::Unknown || (record.status == OrderStatus::Pending && resolvable)) {
        QString advice =
            tr("The outcome of this order is unknown: it may or may not have been placed. Check the "
               "order list in the %1 console of account %2 for resource %3, then use Resolve to "
               "record what you found.")
                .arg(providerText, record.profile, record.resourceId);
        if (provider && OrderService::canRetrySafely(record, *provider))
            advice += QLatin1Char(' ') + tr("Because the order carries an client token, it can also be sent "
                                            "again safely: %1 places it at most once.")
                                             .arg(providerText);
        html += QStringLiteral("<p><b>") + advice.toHtmlEscaped() + QStringLiteral("</b></p>");
    }

    html += QStringLiteral("<h4>") + tr("Parameters").toHtmlEscaped() + QStringLiteral("</h4>");
    html += OrderHtml::parameters(provider, record.params);

    html += QStringLiteral("<h4>") + tr("History").toHtmlEscaped() + QStringLiteral("</h4>");
    html += QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">");
    for (const OrderEvent& event : events) {
        const QString line = OrderDetails::eventText(event).toString() + QStringLiteral(" — ") +
                             OrderStatusNames::label(event.status).toString();
        html += OrderHtml::row(localTime(event.atUtc), line);
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>") + tr("Provider's answer").toHtmlEscaped() + QStringLiteral("</h4>");
    if (record.rawResponse.isEmpty())
        html +=
            QStringLiteral("<p>") + tr("No answer was recorded.").toHtmlEscaped() + QStringLiteral("</p>");
    else
        html += QStringLiteral("<pre>") + RawResponseFormatter::readable(record.rawResponse).toHtmlEscaped() +
                QStringLiteral("</pre>");
    return html;
}

} // namespace OrderDesk
