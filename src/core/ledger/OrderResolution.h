#pragma once

#include "common/LocalizedText.h"

#include <QString>

#include <optional>

namespace OrderDesk {

// The user's word on an order whose outcome was unknown, after looking in the provider's console.
enum class OrderResolution
{
    None,
    Placed,   // the console shows the order
    NotPlaced // the console shows no such order
};

class OrderResolutionNames
{
public:
    // Stable keys of the ledger file, the CLI's JSON and the CSV: "", "placed", "not_placed".
    static QString key(OrderResolution resolution);
    static std::optional<OrderResolution> fromKey(const QString& key);
    // Empty for None.
    static LocalizedText label(OrderResolution resolution);
};

} // namespace OrderDesk
