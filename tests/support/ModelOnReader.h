#pragma once

#include "ledger/LedgerReader.h"
#include "ledger/OrderLedger.h"
#include "ledger/OrderTableModel.h"

#include <QTest>

// Waits until every read asked of `reader` so far has been answered and its answer applied.
inline bool readsSettled(const OrderDesk::LedgerReader& reader, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&reader] { return reader.pending() == 0; }, timeoutMs);
}

// An OrderTableModel on a reader of its own, opened on the ledger's location, for tests that
// look at the table after each step: settled() waits for the step's reads.
struct ModelOnReader
{
    explicit ModelOnReader(const OrderDesk::OrderLedger& ledger)
        : reader(ledger.filePath(), ledger.password())
        , model(reader)
    {}

    bool settled(int timeoutMs = 30000) const { return readsSettled(reader, timeoutMs); }

    OrderDesk::LedgerReader reader;
    OrderDesk::OrderTableModel model;
};
