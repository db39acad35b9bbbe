#pragma once

#include "OrderEventKind.h"
#include "OrderRecord.h"
#include "OrderResolution.h"
#include "OrderStatus.h"
#include "common/LocalizedText.h"

#include <QDateTime>
#include <QList>

namespace OrderDesk {

// The rules of an order's life, in one place: which event may follow which state, and what the
// order becomes. OrderLedger asks it inside the write transaction of every change, so the
// answer holds for every window and process that shares the ledger; the GUI and the CLI ask it
// only to offer what the ledger will accept. docs/ARCHITECTURE.md shows the same table.
class OrderTransitions
{
public:
    // What an event does to an order as it stands.
    struct Change
    {
        bool allowed = false;
        OrderStatus status = OrderStatus::Pending; // the status after the event
        OrderEventKind recordedAs = OrderEventKind::Outcome;
        bool raisesConflict = false; // the answer contradicts the user's "not placed"
        bool clearsConflict = false;
        LocalizedText refusal; // why not, when not allowed
    };

    // A Pending order whose sender holds a live lease: its request may be out right now, and
    // an answer may still come. Nothing but that sender may conclude it.
    static bool isInFlight(const OrderRecord& order, const QDateTime& nowUtc);
    // A Pending order that nobody is sending any more: its sender ended without an answer.
    static bool isInterrupted(const OrderRecord& order, const QDateTime& nowUtc);

    // The sender is about to send (again): only a Pending order.
    static Change attempt(const OrderRecord& order);
    // The sender's last word on its attempts: Succeeded, Rejected or Unknown. Never refused (an
    // answer is never dropped): on an order already final or resolved by hand it is recorded as a
    // late answer, and a "placed" answer to a "not placed" resolution raises a conflict.
    static Change outcome(const OrderRecord& order, OrderStatus answer);
    // The user's word after looking in the provider's console: an Unknown order, a Pending one
    // that nobody is sending any more, or one in conflict.
    static Change resolve(const OrderRecord& order, OrderResolution resolution, const QDateTime& nowUtc);
    // Another process found it Pending with an expired lease.
    static Change interrupt(const OrderRecord& order, const QDateTime& nowUtc);
    // The sender itself stops waiting while the request may be out.
    static Change abandon(const OrderRecord& order, const QString& leaseOwner);
    // Sent again with its idempotency token: only an Unknown order not resolved by hand.
    static Change retry(const OrderRecord& order);

    // Whether the user may resolve the order now (the same rule resolve() applies).
    static bool canResolve(const OrderRecord& order, const QDateTime& nowUtc);
};

} // namespace OrderDesk
