#pragma once

#include "common/LocalizedText.h"

#include <QList>
#include <QString>

namespace OrderDesk {

// Whether a created order still has to be paid: the providers differ, and some leave an order
// unpaid on purpose (Alibaba Cloud without AutoPay), which finance must know.
enum class PaymentState
{
    PaidAtOnce,               // created and paid in one step, from the account's balance
    AwaitingPaymentInConsole, // created unpaid: someone has to pay it in the provider's console
    CheckInConsole            // the API does not say: the console shows whether it is paid
};

class PaymentStateNames
{
public:
    // Stable keys for the CLI's JSON: never translated, never renamed.
    static QString key(PaymentState state);
    static LocalizedText label(PaymentState state);
    static QList<PaymentState> all();
};

} // namespace OrderDesk
