#include "OrderTableModel.h"

#include "LedgerReader.h"
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

OrderTableModel::OrderTableModel(LedgerReader& reader, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
    readPage(PageSize, true);
}

void OrderTableModel::setQuery(const OrderQuery& query)
{
    m_query = query;
    readPage(PageSize, true);
}

void OrderTableModel::setSort(const OrderSort& sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    readPage(PageSize, true);
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
    readPage(std::max<int>(PageSize, static_cast<int>(m_rows.size())), true);
}

bool OrderTableModel::refreshOrder(qint64 id)
{
    if (rowOfId(id) < 0)
        return false;
    struct Fresh
    {
        std::optional<OrderRecord> record;
        bool matches = false;
    };
    const quint64 generation = m_generation;
    m_reader.read<Fresh>(
        this,
        [id, query = m_query](const OrderLedger& ledger) {
            return Fresh{ledger.order(id), ledger.matches(id, query)};
        },
        [this, id, generation](const Fresh& fresh, const LocalizedText&) {
            // A read of the whole table asked for meanwhile brings the order as it is then.
            const int row = rowOfId(id);
            if (generation != m_generation || row < 0 || !fresh.record)
                return;
            if (!fresh.matches) {
                // The table shows what the filter matches, as the count and the export do.
                beginRemoveRows(QModelIndex(), row, row);
                m_rows.removeAt(row);
                m_rowOfId.remove(id);
                for (int later = row; later < m_rows.size(); ++later)
                    m_rowOfId.insert(m_rows.at(later).id, later);
                endRemoveRows();
            } else {
                m_rows[row] = *fresh.record;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            emit orderRefreshed(id);
        });
    return true;
}

void OrderTableModel::locate(qint64 id, int maxPages)
{
    m_locating = id;
    m_locatePagesLeft = maxPages;
    if (!m_loading && rowOfId(id) >= 0) {
        continueLocating();
        return;
    }
    // A new order sits wherever the sort puts it, not necessarily among the loaded rows.
    refresh();
}

void OrderTableModel::continueLocating()
{
    if (m_locating == 0 || m_loading || m_fetching)
        return;
    const qint64 id = m_locating;
    const int row = rowOfId(id);
    if (row < 0 && m_hasMore && m_locatePagesLeft > 0 && !m_rows.isEmpty() && m_readError.isEmpty()) {
        --m_locatePagesLeft;
        readPage(PageSize, false);
        return;
    }
    m_locating = 0;
    emit located(id, row);
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
    return !parent.isValid() && m_hasMore && !m_loading && !m_fetching;
}

void OrderTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !canFetchMore(parent) || m_rows.isEmpty())
        return;
    readPage(PageSize, false);
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

void OrderTableModel::readPage(int limit, bool fromTop)
{
    if (fromTop) {
        // A page being appended belongs to the rows this read replaces.
        ++m_generation;
        m_loading = true;
        m_fetching = false;
    } else {
        m_fetching = true;
    }
    std::optional<OrderRecord> cursor = fromTop ? std::nullopt : m_cursor;
    const quint64 generation = m_generation;
    m_reader.read<QList<OrderRecord>>(
        this,
        [query = m_query, sort = m_sort, limit, cursor = std::move(cursor)](const OrderLedger& ledger) {
            // One row more than asked tells whether another page exists without a count(*).
            return ledger.orders(query, sort, limit + 1, cursor ? &*cursor : nullptr);
        },
        [this, generation, limit, fromTop](const QList<OrderRecord>& page, const LocalizedText& error) {
            if (generation != m_generation)
                return;
            m_readError = error;
            applyPage(error.isEmpty() ? page : QList<OrderRecord>(), limit, fromTop);
        });
}

void OrderTableModel::applyPage(QList<OrderRecord> page, int limit, bool fromTop)
{
    if (!m_readError.isEmpty()) {
        // The rows shown stay; nothing more is offered until a read succeeds.
        m_loading = m_fetching = false;
        m_hasMore = false;
        if (fromTop)
            emit loaded();
        continueLocating();
        return;
    }
    const bool more = page.size() > limit;
    if (more)
        page.removeLast();
    if (fromTop) {
        beginResetModel();
        m_rows = std::move(page);
        m_hasMore = more;
        m_cursor = m_rows.isEmpty() ? std::nullopt : std::optional<OrderRecord>(m_rows.constLast());
        indexRows(0);
        m_loading = false;
        endResetModel();
        emit loaded();
    } else {
        m_fetching = false;
        m_hasMore = more;
        if (!page.isEmpty()) {
            m_cursor = page.constLast();
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.size()) - 1);
            m_rows.append(page);
            indexRows(first);
            endInsertRows();
        }
    }
    continueLocating();
}

} // namespace OrderDesk
