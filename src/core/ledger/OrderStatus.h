#pragma once

#include "common/LocalizedText.h"

#include <QList>
#include <QString>

#include <optional>

namespace OrderDesk {

// Where an order stands. Only Pending moves on by itself; Unknown waits for the user (or a
// retry that cannot buy twice); Succeeded and Rejected are final.
enum class OrderStatus
{
    Pending,   // recorded, not yet answered
    Succeeded, // the provider created the order
    Rejected,  // the provider refused it, or it never left the machine: nothing was bought
    Unknown    // no definitive answer: it may or may not have been bought
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
