#pragma once

#include "SummaryLine.h"
#include "ledger/OrderEvent.h"
#include "ledger/OrderRecord.h"

#include <QList>

namespace OrderDesk {

class Provider;

// An order as the history shows it, once for both front ends: the facts of the row as labelled
// lines (the GUI lays them out as a table, the CLI as "label: value"), and each event of its
// history as a sentence in the language of the moment, made from the values the ledger keeps.
class OrderDetails
{
public:
    // Status first, then who, what and when, then the provider's answer; lines without a value
    // are left out. `provider` may be nullptr (a provider this version does not know).
    static QList<SummaryLine> lines(const OrderRecord& order, const Provider* provider);
    // The status with the hand resolution or the conflict, e.g. "Succeeded (marked as placed by
    // a user)".
    static LocalizedText statusText(const OrderRecord& order);
    // What happened, e.g. "Request 2 sent", "Answer: order ID 2107…", "Marked as not placed by
    // alice: not in the console". Never the raw JSON.
    static LocalizedText eventText(const OrderEvent& event);
    // Local time as the history shows it.
    static QString localTime(const QDateTime& utc);
};

} // namespace OrderDesk
