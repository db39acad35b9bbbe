#include "LedgerDialect.h"

#include <QSqlDatabase>

namespace OrderDesk {

LedgerDialect ledgerDialect(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? LedgerDialect::PostgreSql : LedgerDialect::Sqlite;
}

} // namespace OrderDesk
