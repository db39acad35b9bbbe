#pragma once

#include "common/LocalizedText.h"

#include <QString>

#include <optional>

class QSqlDatabase;

namespace OrderDesk {

// Where a team ledger is: a postgresql:// address (libpq's URI form), as Settings, --ledger and
// ORDERDESK_LEDGER give it. The password is never part of it: it lives in the system keychain
// (or comes from libpq's own PGPASSWORD and password file, for scripts).
struct TeamLedgerLocation
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    // libpq's keywords from the query (sslmode=verify-full, sslrootcert=…), as QPSQL's
    // "key=value;…" options.
    QString connectOptions;
    // The address as it was given, options included: what another connection is opened with.
    QString address;

    // Whether `text` names a team ledger rather than a ledger file.
    static bool isTeamLedger(const QString& text);
    // Refuses (with `error`) an address without a user or a database, or with a password in it.
    static std::optional<TeamLedgerLocation> parse(const QString& url, LocalizedText* error = nullptr);
    // postgresql://user@host:port/database, for messages and the title bar.
    QString display() const;
    // The key of its password in the keychain.
    QString passwordKey() const;
    // Points a QPSQL connection at it: host, port, database, role, `password` (empty: libpq's
    // PGPASSWORD or password file), a 10 s connect timeout unless the address sets one, and the
    // server's notices (such as "already a member" on a repeated grant) kept from users.
    void configure(QSqlDatabase& db, const QString& password) const;
};

} // namespace OrderDesk
