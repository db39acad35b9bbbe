#pragma once

#include "ledger/OrderRecord.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace OrderDesk {

class ProviderRegistry;

// Realistic ledger rows for the benchmarks: the four providers with their seed pages' example
// parameters, a different resource per order, an order id and a request id in each provider's
// shape, times spread over the year before `newestUtc`, and the statuses a finance desk sees
// (mostly Succeeded, some Rejected with a documented error code, a few Unknown). The same
// index always gives the same row.
class BenchOrders
{
public:
    explicit BenchOrders(const ProviderRegistry& providers, const QDateTime& newestUtc);

    // Order number `index` of `total` (0 is the oldest).
    OrderRecord record(qint64 index, qint64 total) const;

private:
    struct ProviderShape
    {
        QString id;
        QString resourceField;
        QString region;
        QString endpoint;
        QMap<QString, QString> params;
        QStringList errorCodes;
    };

    QList<ProviderShape> m_shapes;
    QDateTime m_newestUtc;
};

} // namespace OrderDesk
