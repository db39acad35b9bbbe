#pragma once

#include "TeamEvent.h"
#include "TeamOrder.h"
#include "common/LocalizedText.h"

#include <QList>

namespace OrderDesk {

// The tamper check of the team ledger (docs/ARCHITECTURE.md, "The team ledger"). Each event's
// hash covers the previous event's hash and the event's own fields, so that changing, removing
// or reordering a stored event, or changing an order row behind its events, breaks a chain.
// Computed here, in the client, so that verifying does not rely on the database's own function.
class TeamHashChain
{
public:
    struct Problem
    {
        qint64 orderId = 0;
        LocalizedText reason;
    };

    // SHA-256 (hex) over prev_hash, order id, seq, time, actor, kind, state and detail, one a line.
    static QString eventHash(const TeamEvent& event);
    // SHA-256 (hex) of the payload's text.
    static QString payloadHash(const QString& payloadText);
    // Every problem of one order and its events (oldest first): a broken link, a wrong hash, a
    // gap in the sequence, a row whose state or payload is not what its events say.
    static QList<Problem> check(const TeamOrder& order, const QList<TeamEvent>& events);
};

} // namespace OrderDesk
