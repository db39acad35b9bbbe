#pragma once

#include "OrderRecord.h"
#include "common/LocalizedText.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace OrderDesk {

// Whole records as they are, carried over from another ledger, in one transaction: all of them
// or none, each with one "imported" event. Records keep their status and outcome: an import is
// history, not a change of an order's life, so OrderTransitions is not asked.
class OrderImport
{
public:
    // Returns how many were written; 0 and `error` on failure.
    static int write(const QSqlDatabase& db, bool textIndex, const QList<OrderRecord>& records,
                     const QDateTime& nowUtc, LocalizedText* error);
};

} // namespace OrderDesk
