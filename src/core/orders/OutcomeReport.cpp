#include "OutcomeReport.h"

#include "providers/Provider.h"

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::OutcomeReport";

LocalizedText text(const char* source)
{
    return LocalizedText(kContext, source);
}

} // namespace

OutcomeReport OutcomeReport::from(const OrderOutcome& outcome, const Provider& provider, qint64 ledgerId,
                                  const QMap<QString, QString>& params)
{
    OutcomeReport report;
    const ProviderReply& reply = outcome.reply;
    const QString providerName = provider.displayName().toString();
    report.orderId = reply.orderId;
    report.requestId = reply.requestId;
    switch (outcome.kind) {
    case OrderOutcome::Kind::Accepted:
        report.tone = Tone::Placed;
        // Whether money is still owed is the first thing finance needs to know.
        switch (provider.payment(params)) {
        case PaymentState::AwaitingPaymentInConsole:
            report.title = text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeReport",
                                                  "Order created — awaiting payment in the %1 console"))
                               .arg(providerName);
            break;
        case PaymentState::PaidAtOnce:
            report.title = text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeReport", "Order placed and paid"));
            break;
        case PaymentState::CheckInConsole:
            report.title = text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeReport",
                                                  "Order placed — check its payment in the %1 console"))
                               .arg(providerName);
            break;
        }
        report.paragraphs << text(QT_TRANSLATE_NOOP(
                                      "OrderDesk::OutcomeReport",
                                      "%1 accepted the order. It is recorded in the order history "
                                      "as entry %2."))
                                 .arg(providerName)
                                 .arg(ledgerId);
        break;
    case OrderOutcome::Kind::Rejected:
        report.tone = Tone::Refused;
        report.title =
            text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeReport", "%1 rejected the order; nothing was bought."))
                .arg(providerName);
        report.paragraphs
            << text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeReport", "Error code: %1")).arg(reply.errorCode);
        if (!reply.errorMessage.isEmpty())
            report.paragraphs << text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeReport", "Provider's message: %1"))
                                     .arg(reply.errorMessage);
        break;
    case OrderOutcome::Kind::Unknown:
        report.tone = Tone::Uncertain;
        report.title = text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeReport",
                                              "Outcome unknown: the order may have been placed."));
        report.resolveByHand = true;
        report.retrySafely = provider.hasIdempotencyToken();
        break;
    case OrderOutcome::Kind::NotSent:
        report.tone = Tone::NotSent;
        report.title = text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeReport", "Not sent; nothing was bought."));
        break;
    }
    if (!outcome.explanation.isEmpty())
        report.paragraphs << outcome.explanation;
    if (!reply.recommendUrl.isEmpty())
        report.paragraphs << text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeReport", "Troubleshooting: %1"))
                                 .arg(reply.recommendUrl);
    if (outcome.kind != OrderOutcome::Kind::Accepted && !outcome.technicalDetail.isEmpty())
        report.details =
            text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeReport", "Technical details (for support): %1"))
                .arg(outcome.technicalDetail);
    return report;
}

OutcomeReport OutcomeReport::notSent(const LocalizedText& reason, const QString& detail)
{
    OutcomeReport report;
    report.tone = Tone::NotSent;
    report.title = text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeReport", "Not sent; nothing was bought."));
    report.paragraphs << reason;
    if (!detail.isEmpty())
        report.details =
            text(QT_TRANSLATE_NOOP("OrderDesk::OutcomeReport", "Technical details (for support): %1"))
                .arg(detail);
    return report;
}

} // namespace OrderDesk
