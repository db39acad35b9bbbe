#pragma once

#include "PreparedOrder.h"
#include "providers/OrderTerm.h"

#include <QString>

#include <optional>

namespace OrderDesk {

// The confirmation in a finance clerk's words, before the facts: one sentence of what is bought,
// for how long and on which account, and how it is paid. Shared by the GUI's confirmation and
// the CLI's summary; made in the language of the moment, so callers make it again on a change.
class OrderConfirmation
{
public:
    // "Buy Alibaba Cloud Express Connect circuit pc-2ze… for 3 months, with account Finance-Prod
    // (LTAI…1234)." `accessKeyId` may be empty (the sandbox, or not read yet).
    static QString sentence(const PreparedOrder& prepared, const QString& accessKeyId);
    // How the order is paid: unpaid until paid in the console, paid at once from the balance, or
    // to be checked in the console; in the sandbox, that nothing is bought.
    static QString payment(const PreparedOrder& prepared, bool sandbox);
    // The order's length when it is longer than one year, which the user confirms a second time
    // (the GUI with a check box, the CLI with a second question or --allow-long-term).
    static std::optional<OrderTerm> longTerm(const PreparedOrder& prepared);
    // "This order is for 3 years."
    static QString longTermWarning(const OrderTerm& term);
    // "3 months", "1 year", "30 days", with the right plural in English.
    static QString termText(const OrderTerm& term);
    // The first four and last four characters: enough to recognise the key, not to use it.
    static QString maskedKeyId(const QString& accessKeyId);
};

} // namespace OrderDesk
