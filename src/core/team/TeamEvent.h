#pragma once

#include <QDateTime>
#include <QString>

namespace OrderDesk {

// One event of an order in the team ledger, with what its hash covers (TeamHashChain).
struct TeamEvent
{
    qint64 orderId = 0;
    int seq = 0;
    QDateTime atUtc;
    // The instant as the hash covers it: microseconds since the epoch, as text.
    QString atMicros;
    QString actor;
    QString kind;
    QString state;
    // The detail as the database prints it (jsonb text).
    QString detailText;
    QString prevHash;
    QString hash;
};

} // namespace OrderDesk
