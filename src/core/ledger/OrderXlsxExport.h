#pragma once

#include "OrderQuery.h"
#include "common/LocalizedText.h"

#include <QString>

namespace OrderDesk {

class OrderLedger;
class ProviderRegistry;

// Writes the orders of a query as an Excel workbook for people: one sheet in the columns of
// OrderExportColumns, oldest first, with typed cells (identifiers as text, so an 18-digit
// order ID keeps every digit; times as date-times; lengths and counts as numbers), a bold
// frozen header with a filter, and set column widths. libxlsxwriter streams the rows
// (constant memory) into a scratch folder; the finished workbook is copied through QSaveFile,
// so that a failure never leaves half a file.
class OrderXlsxExport
{
public:
    // `written`: how many orders the sheet holds.
    static bool write(const OrderLedger& ledger, const ProviderRegistry& providers, const QString& filePath,
                      const OrderQuery& query, int* written = nullptr, LocalizedText* error = nullptr);
};

} // namespace OrderDesk
