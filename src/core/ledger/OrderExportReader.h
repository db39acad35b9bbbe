#pragma once

#include "OrderExportRecord.h"
#include "OrderQuery.h"
#include "common/LocalizedText.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace OrderDesk {

class OrderPageQuery;

// Reads the orders of a query for an export, oldest first, in one read transaction, so that a
// file shows the ledger at one instant even while another process records outcomes. Each
// order comes with what its "resolved" events say (see OrderExportRecord), read for a whole
// page at once.
class OrderExportReader
{
public:
    // Returns false to stop reading.
    using Visitor = std::function<bool(const OrderExportRecord&)>;

    OrderExportReader(const QSqlDatabase& db, const OrderPageQuery& pages);

    // False with `error` when the ledger cannot be read; false without one when `visit` stopped.
    bool read(const OrderQuery& query, const Visitor& visit, LocalizedText* error) const;

    // The record with its note split by the details of its "resolved" events, oldest first.
    static OrderExportRecord split(const OrderRecord& record, const QStringList& resolvedDetails);

private:
    // The details of the "resolved" events of these orders, oldest first, by order.
    bool resolvedDetails(const QList<qint64>& ids, QHash<qint64, QStringList>* details,
                         LocalizedText* error) const;

    QSqlDatabase m_db;
    const OrderPageQuery& m_pages;
};

} // namespace OrderDesk
