#pragma once

#include "LedgerDialect.h"
#include "OrderEvent.h"
#include "OrderQuery.h"
#include "OrderRecord.h"
#include "OrderSort.h"
#include "common/LocalizedText.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace OrderDesk {

// Reads orders from an open ledger connection: one order and its events, and pages: keyset paging in any sort
// order, the filters, and the choice between reading in the sort index's order, walking a bounded part of it,
// or sorting the filter's matches (whichever finds a page without reading every order). Read only; it belongs
// to the thread of its connection, like the OrderLedger that made it.
class OrderPageQuery
{
public:
    // An empty connection name: no ledger is open, and every read comes back empty.
    OrderPageQuery(const QString& connectionName = {}, bool textIndex = false, bool sortIndexes = false);

    bool isOpen() const;
    std::optional<OrderRecord> order(qint64 id) const;
    // Oldest first.
    QList<OrderEvent> events(qint64 id) const;
    QList<OrderRecord> select(const OrderQuery& query, const OrderSort& sort, int limit,
                              const OrderRecord* after, LocalizedText* error) const;
    int count(const OrderQuery& query, int atMost = 0) const;
    // Whether the row with this id passes the filter.
    bool matches(qint64 id, const OrderQuery& query) const;
    QStringList queryPlan(const OrderQuery& query, const OrderSort& sort, int limit,
                          const OrderRecord* after = nullptr) const;

private:
    enum class PagePlan
    {
        Direct, // in the order of the id or of the sort column's index, filtered on the way
        Walk,   // the filter checked on the first rows of the sort column's index only
        Sorted  // the filter's matches, sorted
    };
    QSqlDatabase database() const;
    PagePlan firstPlan(const OrderQuery& query, const OrderSort& sort, int limit) const;
    // The statement of `plan` for that page, its values appended to `values`.
    QString pageStatement(const OrderQuery& query, const OrderSort& sort, int limit, const OrderRecord* after,
                          PagePlan plan, QVariantList* values) const;
    // Whether fewer rows than a walk reads follow `after` in the sort's order.
    bool walkReachedTheEnd(const OrderSort& sort, const OrderRecord* after) const;
    bool runPage(const QString& statement, const QVariantList& values, QList<OrderRecord>* records,
                 LocalizedText* error) const;
    // No row waits to be indexed: the index alone can find every candidate.
    bool textQueueEmpty() const;

    QString m_connectionName;
    bool m_textIndex = false;
    bool m_sortIndexes = false;
    LedgerDialect m_dialect = LedgerDialect::Sqlite;
};

} // namespace OrderDesk
