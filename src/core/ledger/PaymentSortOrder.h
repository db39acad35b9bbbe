#pragma once

#include "LedgerDialect.h"

#include <QString>

namespace OrderDesk {

class ProviderRegistry;
struct OrderRecord;

// The history sorted by payment, over every order in the ledger: the payment is not stored but
// told by each order's provider from its parameters (Provider::payment, for Succeeded orders
// only, as the exports show it), so the ledger sorts by an SQL expression made from the
// providers' own answers, and a page continues after a row's rank computed the same way.
class PaymentSortOrder
{
public:
    // `providers` must outlive the order.
    explicit PaymentSortOrder(const ProviderRegistry& providers);

    // 0 for an order that shows no payment (not Succeeded, or a provider this version does not
    // know), then 1, 2, 3 … in the order of PaymentStateNames::all().
    int rank(const OrderRecord& record) const;
    // rank() as an SQL expression over the row's provider, status and params_json.
    const QString& sql(LedgerDialect dialect = LedgerDialect::Sqlite) const
    {
        return dialect == LedgerDialect::PostgreSql ? m_postgreSql : m_sql;
    }

private:
    const ProviderRegistry& m_providers;
    QString m_sql;
    QString m_postgreSql;
};

} // namespace OrderDesk
