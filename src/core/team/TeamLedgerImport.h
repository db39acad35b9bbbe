#pragma once

#include "common/LocalizedText.h"
#include "ledger/OrderRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace OrderDesk {

class OrderLedger;
class TeamLedger;

// Moves the orders of a desk's own ledger (an OrderLedger file) into the team ledger
// (docs/ARCHITECTURE.md, "The team ledger"), each with every event of its history. The database
// decides how (orderdesk.import_order(): who may, the team state of a desk status, the events in
// the hash chain, an order already imported skipped); this class reads the file and hands each
// order over, all of them in one transaction.
class TeamLedgerImport
{
public:
    struct Result
    {
        int orders = 0;            // orders in the file
        int imported = 0;          // moved in now
        int skipped = 0;           // already in the team ledger, from an earlier import of the same orders
        int events = 0;            // desk events carried over with the imported orders
        QList<qint64> importedIds; // their numbers in the team ledger, oldest first
    };

    // All orders of `desk`, oldest first, or none (`error`). `sourceName` names the file in each
    // imported order's history.
    // `sqlState` receives the database's SQLSTATE of a refusal or failure.
    static std::optional<Result> run(TeamLedger& team, const OrderLedger& desk, const QString& sourceName,
                                     LocalizedText* error = nullptr, QString* sqlState = nullptr);
    // What identifies an order whichever file holds it (a copy, a ledger it was imported into):
    // the facts that never change after it was recorded.
    static QString sourceKey(const OrderRecord& record);
};

} // namespace OrderDesk
