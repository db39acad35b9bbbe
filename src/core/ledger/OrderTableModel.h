#pragma once

#include "OrderQuery.h"
#include "OrderRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace OrderDesk {

class OrderLedger;

// The ledger as the GUI's order table, newest first. Rows are read lazily in pages by id
// (keyset), so a ledger of 100,000 orders opens with one small query. Titles and status
// labels are translated when asked for; retranslate() tells views to ask again.
class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        CreatedColumn,
        ProviderColumn,
        ProfileColumn,
        RegionColumn,
        ResourceColumn,
        StatusColumn,
        OrderIdColumn,
        RequestIdColumn,
        ErrorColumn,
        AttemptsColumn,
        ColumnCount
    };
    enum Role
    {
        RecordIdRole = Qt::UserRole + 1,
        StatusRole,  // int of OrderStatus
        RawValueRole // the untranslated, unformatted value: qint64, QDateTime (UTC), key, int
    };

    static constexpr int PageSize = 256;

    explicit OrderTableModel(const OrderLedger& ledger, QObject* parent = nullptr);

    void setQuery(const OrderQuery& query); // resets
    OrderQuery query() const { return m_query; }
    // Re-reads from the top, as many rows as were loaded (at least one page).
    void refresh();
    // Re-reads one loaded order in place after it changed; false when it is not loaded.
    bool refreshOrder(qint64 id);

    // The row's record; nullptr outside the loaded rows.
    const OrderRecord* record(int row) const;
    // -1 when the order is not loaded.
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    // Emits headerDataChanged and dataChanged for the translated texts after a language switch.
    void retranslate();

private:
    // Up to `limit` rows after `beforeId` (0: from the top); sets m_hasMore.
    QList<OrderRecord> readPage(int limit, qint64 beforeId);
    QVariant displayValue(const OrderRecord& record, int column) const;
    QVariant rawValue(const OrderRecord& record, int column) const;

    const OrderLedger& m_ledger;
    OrderQuery m_query;
    QList<OrderRecord> m_rows;
    bool m_hasMore = false;
};

} // namespace OrderDesk
