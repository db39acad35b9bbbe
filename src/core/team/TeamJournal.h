#pragma once

#include "common/LocalizedText.h"

#include <QString>

class QSqlDatabase;

namespace OrderDesk {

struct TeamLedgerLocation;

// The journal of what the team's desks sent, kept beside a team ledger in its database: the
// order ledger's own tables (OrderLedger on PostgreSQL, schema orderdesk_ledger), so that a desk
// on a team ledger writes what it sends before it sends it on the server rather than in a file
// of one computer (docs/ARCHITECTURE.md, "Two stores").
class TeamJournal
{
public:
    // Run by `ledger init` after the team ledger's schema: creates the journal at the current
    // version with the ledger's own code (logging in to `location` with `password`), hands its
    // tables to orderdesk_owner and lets orderdesk_maker and orderdesk_checker read and write its
    // rows (but not delete them) through `admin`, the administrator's connection. Running it again
    // upgrades an older journal and changes nothing else.
    static bool create(const TeamLedgerLocation& location, const QString& password, QSqlDatabase& admin,
                       LocalizedText* error = nullptr);
};

} // namespace OrderDesk
