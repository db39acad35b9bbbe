#pragma once

#include "TeamOrder.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace OrderDesk {

class ProviderRegistry;

// The team ledger's orders as the window lists them: the history of the team, or the queue a
// checker decides. Every text is made when it is shown, so a language switch only needs
// retranslate().
class TeamOrderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        ProviderColumn,
        ResourceColumn,
        LengthColumn,
        StateColumn,
        MakerColumn,
        CreatedColumn,
        ColumnCount
    };
    // The TeamOrder's id, for any cell.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit TeamOrderTableModel(const ProviderRegistry& providers, QObject* parent = nullptr);

    // Keeps the selection's rows stable: orders already listed are updated in place.
    void setOrders(const QList<TeamOrder>& orders, const QDateTime& nowUtc);
    const TeamOrder* orderAt(int row) const;
    int rowOf(qint64 id) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString lengthText(const TeamOrder& order) const;

    const ProviderRegistry& m_providers;
    QList<TeamOrder> m_orders;
    QDateTime m_nowUtc;
};

} // namespace OrderDesk
