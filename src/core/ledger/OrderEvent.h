#pragma once

#include "OrderEventKind.h"
#include "OrderStatus.h"

#include <QDateTime>
#include <QString>

namespace OrderDesk {

// One step in an order's history. Events are only ever appended, so whatever a later
// step overwrote in the order's row (an error, an earlier note) can still be read here.
struct OrderEvent
{
    qint64 id = 0;
    qint64 orderRowId = 0;
    QDateTime atUtc;
    OrderEventKind kind = OrderEventKind::Created;
    OrderStatus status = OrderStatus::Pending; // the order's status after the event
    QString detail;                            // compact JSON object of values, never prose in a language
};

} // namespace OrderDesk
