#include "OrderTableModel.h"

#include "OrderExportColumns.h"
#include "OrderLedger.h"
#include "PaymentSortOrder.h"

#include <QCoreApplication>

#include <algorithm>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::OrderTableModel";

const char* const kTitles[OrderTableModel::ColumnCount] = {
    QT_TRANSLATE_NOOP("OrderDesk::OrderTableModel", "ID"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderTableModel", "Created"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderTableModel", "Provider"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderTableModel", "Profile"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderTableModel", "Region"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderTableModel", "Resource ID"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderTableModel", "Status"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderTableModel", "Payment"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderTableModel", "Order ID"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderTableModel", "Request ID"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderTableModel", "Error"),
    QT_TRANSLATE_NOOP("OrderDesk::OrderTableModel", "Attempts"),
};

QString errorText(const OrderRecord& record)
{
    if (record.errorCode.isEmpty())
        return record.errorMessage;
    if (record.errorMessage.isEmpty())
        return record.errorCode;
    return record.errorCode + QStringLiteral(": ") + record.errorMessage;
}

} // namespace

OrderTableModel::OrderTableModel(const OrderLedger& ledger, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
{
    m_rows = readPage(PageSize, true);
    indexRows(0);
}

void OrderTableModel::setQuery(const OrderQuery& query)
{
    beginResetModel();
    m_query = query;
    m_rows = readPage(PageSize, true);
    indexRows(0);
    endResetModel();
}

void OrderTableModel::setSort(const OrderSort& sort)
{
    if (sort == m_sort)
        return;
    beginResetModel();
    m_sort = sort;
    m_rows = readPage(PageSize, true);
    indexRows(0);
    endResetModel();
}

OrderSortKey OrderTableModel::sortKey(Column column)
{
    switch (column) {
    case IdColumn:
        return OrderSortKey::Id;
    case CreatedColumn:
        return OrderSortKey::Created;
    case ProviderColumn:
        return OrderSortKey::Provider;
    case ProfileColumn:
        return OrderSortKey::Profile;
    case RegionColumn:
        return OrderSortKey::Region;
    case ResourceColumn:
        return OrderSortKey::Resource;
    case StatusColumn:
        return OrderSortKey::Status;
    case PaymentColumn:
        return OrderSortKey::Payment;
    case OrderIdColumn:
        return OrderSortKey::OrderId;
    case RequestIdColumn:
        return OrderSortKey::RequestId;
    case ErrorColumn:
        return OrderSortKey::Error;
    case AttemptsColumn:
    case ColumnCount:
        break;
    }
    return OrderSortKey::Attempts;
}

void OrderTableModel::setProviderNames(const QHash<QString, LocalizedText>& names)
{
    m_providerNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ProviderColumn), index(static_cast<int>(m_rows.size()) - 1, ProviderColumn),
                         {Qt::DisplayRole});
}

void OrderTableModel::setProviders(const ProviderRegistry& providers)
{
    m_providers = &providers;
    m_paymentOrder = std::make_shared<const PaymentSortOrder>(providers);
    if (m_sort.key == OrderSortKey::Payment) {
        m_sort.payment = m_paymentOrder;
        refresh();
    } else if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, PaymentColumn), index(static_cast<int>(m_rows.size()) - 1, PaymentColumn),
                         {Qt::DisplayRole});
    }
}

void OrderTableModel::sort(int column, Qt::SortOrder order)
{
    // A view without a sort indicator asks for column -1: the ledger's own order.
    if (column < 0 || column >= ColumnCount) {
        setSort(OrderSort());
        return;
    }
    setSort(OrderSort{sortKey(static_cast<Column>(column)), order == Qt::AscendingOrder, m_paymentOrder});
}

void OrderTableModel::refresh()
{
    beginResetModel();
    m_rows = readPage(std::max<int>(PageSize, static_cast<int>(m_rows.size())), true);
    indexRows(0);
    endResetModel();
}

bool OrderTableModel::refreshOrder(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    const std::optional<OrderRecord> fresh = m_ledger.order(id);
    if (!fresh)
        return false;
    if (!m_ledger.matches(id, m_query)) {
        // The table shows what the filter matches, as the count and the export do.
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        m_rowOfId.remove(id);
        for (int later = row; later < m_rows.size(); ++later)
            m_rowOfId.insert(m_rows.at(later).id, later);
        endRemoveRows();
        return true;
    }
    m_rows[row] = *fresh;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

const OrderRecord* OrderTableModel::record(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int OrderTableModel::rowOfId(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

void OrderTableModel::indexRows(int first)
{
    if (first == 0)
        m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    for (int row = first; row < m_rows.size(); ++row)
        m_rowOfId.insert(m_rows.at(row).id, row);
}

int OrderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const OrderRecord& record = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(record, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorColumn && !record.errorMessage.isEmpty())
            return record.errorMessage;
        if (index.column() == StatusColumn && record.conflict)
            return QCoreApplication::translate(
                "OrderDesk::OrderTableModel",
                "Marked as not placed by hand, but the provider answered that it "
                "placed this order. Open the details.");
        if (index.column() == StatusColumn && !record.note.isEmpty())
            return record.note;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == AttemptsColumn)
            return QVariant::fromValue<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordIdRole:
        return record.id;
    case StatusRole:
        return static_cast<int>(record.status);
    case RawValueRole:
        return rawValue(record, index.column());
    default:
        return {};
    }
}

QVariant OrderTableModel::displayValue(const OrderRecord& record, int column) const
{
    switch (column) {
    case IdColumn:
        return record.id;
    case CreatedColumn:
        return record.createdUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ProviderColumn: {
        const LocalizedText name = m_providerNames.value(record.provider);
        return name.isEmpty() ? record.provider : name.toString();
    }
    case ProfileColumn:
        return record.profile;
    case RegionColumn:
        return record.region;
    case ResourceColumn:
        return record.resourceId;
    case StatusColumn:
        if (record.conflict)
            return QCoreApplication::translate("OrderDesk::OrderTableModel", "⚠ %1 — conflict")
                .arg(OrderStatusNames::label(record.status).toString());
        return OrderStatusNames::label(record.status).toString();
    case PaymentColumn: {
        const std::optional<PaymentState> payment =
            m_providers ? OrderExportColumns::payment(record, *m_providers) : std::nullopt;
        return payment ? PaymentStateNames::label(*payment).toString() : QString();
    }
    case OrderIdColumn:
        return record.orderId;
    case RequestIdColumn:
        return record.requestId;
    case ErrorColumn:
        return errorText(record);
    case AttemptsColumn:
        return record.attempts;
    default:
        return {};
    }
}

QVariant OrderTableModel::rawValue(const OrderRecord& record, int column) const
{
    switch (column) {
    case CreatedColumn:
        return record.createdUtc;
    case ProviderColumn:
        return record.provider;
    case StatusColumn:
        return OrderStatusNames::key(record.status);
    case PaymentColumn: {
        const std::optional<PaymentState> payment =
            m_providers ? OrderExportColumns::payment(record, *m_providers) : std::nullopt;
        return payment ? PaymentStateNames::key(*payment) : QString();
    }
    case ErrorColumn:
        return record.errorCode;
    default:
        return displayValue(record, column);
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return QCoreApplication::translate(kContext, kTitles[section]);
}

bool OrderTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore;
}

void OrderTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_hasMore || m_rows.isEmpty())
        return;
    const QList<OrderRecord> page = readPage(PageSize, false);
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    indexRows(first);
    endInsertRows();
}

QHash<int, QByteArray> OrderTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RecordIdRole, QByteArrayLiteral("recordId"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(RawValueRole, QByteArrayLiteral("rawValue"));
    return names;
}

void OrderTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

QList<OrderRecord> OrderTableModel::readPage(int limit, bool fromTop)
{
    if (fromTop)
        m_cursor.reset();
    // One row more than asked tells whether another page exists without a count(*).
    QList<OrderRecord> page = m_ledger.orders(m_query, m_sort, limit + 1, m_cursor ? &*m_cursor : nullptr);
    m_hasMore = page.size() > limit;
    if (m_hasMore)
        page.removeLast();
    if (!page.isEmpty())
        m_cursor = page.constLast();
    return page;
}

} // namespace OrderDesk
