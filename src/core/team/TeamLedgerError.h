#pragma once

#include "common/LocalizedText.h"

#include <QString>

class QSqlError;

namespace OrderDesk {

// What a refusal or failure of the team ledger means for the user, in their language. The
// database decides the refusals and names each by an SQLSTATE of class OD (the functions in
// src/core/team/sql); this class only words them.
class TeamLedgerError
{
public:
    // The SQLSTATE, the database's own message, and the explanation.
    static LocalizedText explain(const QSqlError& error);
    static LocalizedText explain(const QString& sqlState, const QString& databaseMessage);
    // The SQLSTATE of an error from the QPSQL driver.
    static QString sqlState(const QSqlError& error);
    // Whether the error is one of the ledger's refusals (nothing changed) rather than a failure to
    // reach or use the database.
    static bool isRefusal(const QString& sqlState);
};

} // namespace OrderDesk
