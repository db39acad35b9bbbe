#pragma once

#include "PreparedOrder.h"
#include "SummaryLine.h"

#include <QList>

namespace OrderDesk {

// What the confirmation shows: provider, account, region, endpoint, then every parameter the
// user gave (period, renewal, payment options …) in the form's order. Generated values such as
// the idempotency token are listed last, because support staff ask for them.
class OrderSummary
{
public:
    static QList<SummaryLine> lines(const PreparedOrder& prepared);
};

} // namespace OrderDesk
