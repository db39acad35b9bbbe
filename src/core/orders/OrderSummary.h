#pragma once

#include "PreparedOrder.h"
#include "SummaryLine.h"

#include <QList>

namespace OrderDesk {

// What the confirmation shows, in two parts. The facts, in words a finance clerk reads: who
// sells, which account, which resource, for how long (length and unit together), where, then
// the other choices by what they mean. The technical details, for whoever checks the request:
// every parameter by the API's own name with the value exactly as it is sent.
class OrderSummary
{
public:
    // `accessKeyId` is shown masked beside the account, so that a real account is unmistakable;
    // empty for the sandbox (or when it is not known).
    static QList<SummaryLine> facts(const PreparedOrder& prepared, const QString& accessKeyId = {});
    // The endpoint and the API operation, then every parameter given, in the form's order;
    // generated values such as the idempotency token come last, because support staff ask
    // for them. `key` is the parameter's name, `value` the raw value.
    static QList<SummaryLine> technicalDetails(const PreparedOrder& prepared);
    // The request the order becomes, before it is signed; empty for an order that is not valid.
    static QString requestPreview(const PreparedOrder& prepared);
};

} // namespace OrderDesk
