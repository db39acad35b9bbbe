#pragma once

#include "OrderQuery.h"
#include "OrderRecord.h"
#include "OrderSort.h"
#include "common/LocalizedText.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace OrderDesk {

class LedgerReader;
class PaymentSortOrder;
class ProviderRegistry;

// The ledger as the GUI's order table, newest first unless sorted otherwise. Rows are read
// lazily in pages by sort value and id (keyset), so a ledger of 100,000 orders opens with one
// small query, and sorting is done by the ledger over all orders, not over the loaded ones.
// Every read runs in the LedgerReader's thread: the table keeps showing what it has until the
// answer arrives, and an answer to a question asked again meanwhile is dropped.
// Titles and status labels are translated when asked for; retranslate() tells views to ask again.
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
        PaymentColumn, // Succeeded orders only, as the exports show it
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

    // Starts reading the first page; loaded() says when it is in. `reader` must outlive the model.
    explicit OrderTableModel(LedgerReader& reader, QObject* parent = nullptr);

    void setQuery(const OrderQuery& query); // resets once the first page is read
    OrderQuery query() const { return m_query; }
    // Resets with the first page in the new order; the same order again does nothing.
    void setSort(const OrderSort& sort);
    OrderSort sortOrder() const { return m_sort; }
    static OrderSortKey sortKey(Column column);
    // What the provider column shows for each provider id, translated when shown; ids without
    // a name show as they are. Sorting and RawValueRole keep the id.
    void setProviderNames(const QHash<QString, LocalizedText>& names);
    // The providers that tell each order's payment; without them the payment column is empty.
    // `providers` must outlive the model.
    void setProviders(const ProviderRegistry& providers);
    // Re-reads from the top, as many rows as were loaded (at least one page).
    void refresh();
    // Re-reads one loaded order in place after it changed (then orderRefreshed()); false when it
    // is not loaded. An order that no longer matches the query (resolved while the filter shows
    // Unknown ones) leaves the table.
    bool refreshOrder(qint64 id);
    // Brings the order into the table: at once when it is loaded; otherwise reads the table again
    // from the top, then page after page (at most `maxPages`), until it is there. located() tells
    // its row, -1 when the query does not show it. Another locate() replaces this one.
    void locate(qint64 id, int maxPages = 40);
    // The order locate() is looking for, 0 when none.
    qint64 locating() const { return m_locating; }
    // Whether a read that replaces the rows (constructor, query, sort, refresh) is under way.
    bool isLoading() const { return m_loading; }
    // Why the last read failed; empty after one that did not.
    LocalizedText readError() const { return m_readError; }

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
    // What a view's header asks for: setSort() with the column's key.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public Q_SLOTS:
    // Emits headerDataChanged and dataChanged for the translated texts after a language switch.
    void retranslate();

Q_SIGNALS:
    // The rows asked for by the constructor, setQuery(), setSort() or refresh() are in the table
    // (after modelReset), or the ledger could not be read (readError(); the rows stay).
    void loaded();
    // refreshOrder()'s answer is in the table: the row changed, or left it.
    void orderRefreshed(qint64 id);
    // locate()'s answer.
    void located(qint64 id, int row);

private:
    // Reads up to `limit` rows after the cursor (from the top when `fromTop`), in the reader's
    // thread; the answer resets the table or appends to it.
    void readPage(int limit, bool fromTop);
    void applyPage(QList<OrderRecord> page, int limit, bool fromTop);
    void continueLocating();
    void indexRows(int first);
    QVariant displayValue(const OrderRecord& record, int column) const;
    QVariant rawValue(const OrderRecord& record, int column) const;

    LedgerReader& m_reader;
    OrderQuery m_query;
    OrderSort m_sort;
    QHash<QString, LocalizedText> m_providerNames;
    const ProviderRegistry* m_providers = nullptr;
    std::shared_ptr<const PaymentSortOrder> m_paymentOrder;
    QList<OrderRecord> m_rows;
    QHash<qint64, int> m_rowOfId;
    // The last loaded row as it was read: refreshOrder() may change the copy in m_rows, but the
    // next page continues after the values the ledger sorted by.
    std::optional<OrderRecord> m_cursor;
    bool m_hasMore = false;
    // Each read that replaces the rows counts one up; an answer of an earlier one is dropped.
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_fetching = false; // a page to append is being read
    LocalizedText m_readError;
    qint64 m_locating = 0;
    int m_locatePagesLeft = 0;
};

} // namespace OrderDesk
