#pragma once

#include "OrderQuery.h"
#include "common/LocalizedText.h"

#include <QString>

namespace OrderDesk {

class OrderLedger;
class ProviderRegistry;

// Writes the orders of a query to a CSV file (lines by OrderCsvWriter), oldest first, as the
// ledger showed them at one instant (OrderLedger::readForExport), through QSaveFile so that a
// failure never leaves half a file.
class OrderCsvExport
{
public:
    // `written`: how many orders the file holds.
    static bool write(const OrderLedger& ledger, const ProviderRegistry& providers, const QString& filePath,
                      const OrderQuery& query, int* written = nullptr, LocalizedText* error = nullptr);
};

} // namespace OrderDesk
