#pragma once

#include "common/LocalizedText.h"

#include <QList>
#include <QString>

#include <optional>

namespace OrderDesk {

// Where an order stands. Only Pending moves on by itself; Unknown waits for the user (or a
// retry that cannot buy twice); Succeeded, Rejected and NotPlaced are final. Which event may
// move an order from one to another is decided in one place: OrderTransitions.
enum class OrderStatus
{
    Pending,   // recorded, being sent or about to be
    Succeeded, // the provider created the order (or the user saw it in the console)
    Rejected,  // the provider refused it, or it never left the machine: nothing was bought
    Unknown,   // no definitive answer: it may or may not have been bought
    NotPlaced  // the user found no such order in the console: a judgement by hand, not the provider's
};

class OrderStatusNames
{
public:
    // Stable keys for the CLI, JSON, CSV and the ledger file: never translated, never renamed.
    static QString key(OrderStatus status);
    // Case-insensitive; surrounding spaces are ignored.
    static std::optional<OrderStatus> fromKey(const QString& key);
    static LocalizedText label(OrderStatus status);
    static QList<OrderStatus> all();
};

} // namespace OrderDesk
