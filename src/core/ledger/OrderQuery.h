#pragma once

#include "OrderStatus.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace OrderDesk {

// A filter over the ledger; every part that is left empty matches everything.
struct OrderQuery
{
    QString provider; // empty: all
    std::optional<OrderStatus> status;
    // Substring, case-insensitive for Latin letters, over resource id, order id, request id,
    // profile, region, error code and error message. '%' and '_' match themselves.
    QString text;
    // On the creation time: fromUtc <= created < toUtc, so that day ranges join without overlap.
    // Invalid: open.
    QDateTime fromUtc, toUtc;
    // Only orders whose provider's answer contradicts a resolution by hand.
    bool conflictsOnly = false;
};

} // namespace OrderDesk
