#pragma once

class QSqlDatabase;

namespace OrderDesk {

// Which SQL the ledger's connection speaks. The ledger's statements are written once, in the SQL
// both stores understand; the few places where SQLite and PostgreSQL differ (the write lock, a
// case-blind LIKE, a JSON value, a query plan) ask this.
enum class LedgerDialect
{
    Sqlite,
    PostgreSql
};

LedgerDialect ledgerDialect(const QSqlDatabase& db);

} // namespace OrderDesk
