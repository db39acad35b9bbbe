#include "TeamOrderTableModel.h"

#include "TeamOrderDetails.h"
#include "orders/OrderDetails.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"

namespace OrderDesk {

TeamOrderTableModel::TeamOrderTableModel(const ProviderRegistry& providers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_providers(providers)
{}

void TeamOrderTableModel::setOrders(const QList<TeamOrder>& orders, const QDateTime& nowUtc)
{
    m_nowUtc = nowUtc;
    QList<qint64> before;
    for (const TeamOrder& order : std::as_const(m_orders))
        before.append(order.id);
    QList<qint64> after;
    for (const TeamOrder& order : orders)
        after.append(order.id);
    if (before == after) {
        m_orders = orders;
        if (!m_orders.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    // Another set of orders: views keep their selection by id (rowOf), not by row.
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

const TeamOrder* TeamOrderTableModel::orderAt(int row) const
{
    return row >= 0 && row < m_orders.size() ? &m_orders.at(row) : nullptr;
}

int TeamOrderTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_orders.size(); ++row) {
        if (m_orders.at(row).id == id)
            return row;
    }
    return -1;
}

void TeamOrderTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_orders.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TeamOrderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int TeamOrderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TeamOrderTableModel::lengthText(const TeamOrder& order) const
{
    bool ok = false;
    const int months = order.termMonths.toInt(&ok);
    if (!ok)
        return tr("not stated");
    if (months % 12 == 0 && months >= 12)
        return tr("%n year(s)", nullptr, months / 12);
    return tr("%n month(s)", nullptr, months);
}

QVariant TeamOrderTableModel::data(const QModelIndex& index, int role) const
{
    const TeamOrder* order = index.isValid() ? orderAt(index.row()) : nullptr;
    if (!order)
        return {};
    if (role == IdRole)
        return order->id;
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return order->id;
    case ProviderColumn: {
        const Provider* provider = m_providers.find(order->provider);
        return provider ? provider->displayName().toString() : order->provider;
    }
    case ResourceColumn:
        return order->resourceId;
    case LengthColumn:
        return lengthText(*order);
    case StateColumn:
        return TeamOrderDetails::stateText(*order, m_nowUtc).toString();
    case MakerColumn:
        return order->maker;
    case CreatedColumn:
        return OrderDetails::localTime(order->createdUtc);
    default:
        return {};
    }
}

QVariant TeamOrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case ProviderColumn:
        return tr("Provider");
    case ResourceColumn:
        return tr("Resource");
    case LengthColumn:
        return tr("Length");
    case StateColumn:
        return tr("State");
    case MakerColumn:
        return tr("Prepared by");
    case CreatedColumn:
        return tr("Prepared at");
    default:
        return {};
    }
}

} // namespace OrderDesk
