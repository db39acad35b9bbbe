#include "TeamOrderHtml.h"

#include "OrderHtml.h"
#include "common/SequenceNonceSource.h"
#include "orders/OrderConfirmation.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"
#include "team/TeamOrderDetails.h"
#include "team/TeamOrderMapping.h"

namespace OrderDesk {

QString TeamOrderHtml::html(const TeamOrder& order, const ProviderRegistry& providers,
                            const QDateTime& nowUtc, const QList<TeamEvent>& events)
{
    const Provider* provider = providers.find(order.provider);
    QString html =
        QStringLiteral("<h3>") + tr("Team order %1").arg(order.id).toHtmlEscaped() + QStringLiteral("</h3>");
    // The same sentence the maker confirmed, made again from the recorded parameters.
    SequenceNonceSource unused;
    if (const std::optional<PreparedOrder> prepared =
            TeamOrderMapping::toSend(order, providers, unused, nullptr))
        html += QStringLiteral("<p><b>") + OrderConfirmation::sentence(*prepared, QString()).toHtmlEscaped() +
                QStringLiteral("</b></p>");

    html += QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">");
    for (const SummaryLine& line : TeamOrderDetails::lines(order, provider, nowUtc))
        html += OrderHtml::row(line.label.toString(), line.value);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>") + tr("Parameters, exactly as they will be sent").toHtmlEscaped() +
            QStringLiteral("</h4>") + OrderHtml::parameters(provider, order.params);

    if (!events.isEmpty()) {
        html += QStringLiteral("<h4>") + tr("History").toHtmlEscaped() +
                QStringLiteral("</h4><table cellspacing=\"2\" cellpadding=\"2\">");
        for (const TeamEvent& event : events) {
            html += OrderHtml::row(TeamOrderDetails::eventTime(event)
                                       .toLocalTime()
                                       .toString(Qt::ISODate)
                                       .replace(QLatin1Char('T'), QLatin1Char(' ')),
                                   tr("%1 — %2").arg(TeamOrderDetails::eventText(event).toString(),
                                                     TeamOrderDetails::eventActor(event)));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace OrderDesk
