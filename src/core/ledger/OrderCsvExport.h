#pragma once

#include "OrderQuery.h"
#include "common/LocalizedText.h"

#include <QSqlDatabase>
#include <QString>

namespace OrderDesk {

class OrderPageQuery;

// Writes the orders of a query to a CSV file (lines by OrderCsvWriter), oldest first, read in
// one transaction so that the file shows the ledger at one instant even while another process
// records outcomes, and through QSaveFile so that a failure never leaves half a file.
class OrderCsvExport
{
public:
    static bool write(const QSqlDatabase& db, const OrderPageQuery& pages, const QString& filePath,
                      const OrderQuery& query, LocalizedText* error);
};

} // namespace OrderDesk
