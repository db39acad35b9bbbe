#pragma once

#include "common/LocalizedText.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace OrderDesk {

// The team ledger's versioned migrations (src/core/team/sql/NNN_*.sql, built into the program),
// applied in order by `orderdesk-cli ledger init`, each in the transaction of its version.
class TeamLedgerSchema
{
public:
    static int currentVersion();
    // The schema version the database holds: 0 when it holds no team ledger, -1 on an error.
    static int version(QSqlDatabase& database, LocalizedText* error = nullptr);
    // Brings the database to currentVersion(). Refuses a newer one, untouched.
    static bool migrate(QSqlDatabase& database, LocalizedText* error = nullptr);
    // The statements of a migration: split at semicolons outside quotes, dollar quotes and
    // comments (QPSQL runs one statement at a time).
    static QStringList statements(const QString& script);
};

} // namespace OrderDesk
