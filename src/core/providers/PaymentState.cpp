#include "PaymentState.h"

namespace OrderDesk {

QString PaymentStateNames::key(PaymentState state)
{
    switch (state) {
    case PaymentState::PaidAtOnce:
        return QStringLiteral("paid_at_once");
    case PaymentState::AwaitingPaymentInConsole:
        return QStringLiteral("awaiting_payment_in_console");
    case PaymentState::CheckInConsole:
        return QStringLiteral("check_in_console");
    }
    return QStringLiteral("check_in_console");
}

LocalizedText PaymentStateNames::label(PaymentState state)
{
    constexpr const char* context = "OrderDesk::PaymentStateNames";
    switch (state) {
    case PaymentState::PaidAtOnce:
        return LocalizedText(context, QT_TRANSLATE_NOOP("OrderDesk::PaymentStateNames", "Paid at once"));
    case PaymentState::AwaitingPaymentInConsole:
        return LocalizedText(
            context, QT_TRANSLATE_NOOP("OrderDesk::PaymentStateNames", "Awaiting payment in the console"));
    case PaymentState::CheckInConsole:
        return LocalizedText(
            context, QT_TRANSLATE_NOOP("OrderDesk::PaymentStateNames", "Check payment in the console"));
    }
    return {};
}

QList<PaymentState> PaymentStateNames::all()
{
    return {PaymentState::PaidAtOnce, PaymentState::AwaitingPaymentInConsole, PaymentState::CheckInConsole};
}

} // namespace OrderDesk
