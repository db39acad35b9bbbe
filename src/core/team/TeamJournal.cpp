#include "TeamJournal.h"

#include "TeamLedgerError.h"
#include "TeamLedgerLocation.h"
#include "common/SystemClock.h"
#include "ledger/LedgerServer.h"
#include "ledger/OrderLedger.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace OrderDesk {

bool TeamJournal::create(const TeamLedgerLocation& location, const QString& password, QSqlDatabase& admin,
                         LocalizedText* error)
{
    {
        // Opening creates the schema, or upgrades it, under the ledger's own lock.
        SystemClock clock;
        OrderLedger journal(clock);
        if (!journal.open(location.address, error, password))
            return false;
    }
    const QString schema = LedgerServer::schemaName();
    const QString members = QStringLiteral("orderdesk_maker, orderdesk_checker");
    QSqlQuery query(admin);
    QStringList statements{
        // The owner role needs CREATE on the schema to own tables in it.
        QStringLiteral("GRANT USAGE, CREATE ON SCHEMA %1 TO orderdesk_owner").arg(schema),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, members),
    };
    if (!query.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = '%1' ORDER BY 1")
                        .arg(schema))) {
        if (error)
            *error = TeamLedgerError::explain(query.lastError());
        return false;
    }
    while (query.next())
        statements << QStringLiteral("ALTER TABLE %1.%2 OWNER TO orderdesk_owner")
                          .arg(schema, query.value(0).toString());
    query.finish();
    // The desks write every change of an order as the ledger does on a file; what was sent stays:
    // no DELETE, and the team ledger itself stays the record that approvals protect.
    statements
        << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, members)
        << QStringLiteral("GRANT INSERT, UPDATE ON %1.orders, %1.order_events TO %2").arg(schema, members)
        << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, members);
    for (const QString& statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            if (error)
                *error = TeamLedgerError::explain(query.lastError());
            return false;
        }
    }
    return true;
}

} // namespace OrderDesk
