#pragma once

#include "common/LocalizedText.h"

#include <QList>
#include <QString>

#include <optional>

namespace OrderDesk {

// Where an order of the team ledger stands (docs/ARCHITECTURE.md, "The team ledger"). The
// database decides every move between these states; the client only names them.
enum class TeamOrderState
{
    AwaitingApproval, // prepared by a maker, waiting for a checker
    Approved,         // approved by a checker (or by the policy), waiting to be sent
    Declined,         // a checker said no, with a reason
    Withdrawn,        // its maker took it back before it was sent
    Sending,          // claimed by one sender, who is sending it now
    Succeeded,        // the provider created the order (or a person saw it in the console)
    Rejected,         // the provider refused it
    Unknown,          // no definitive answer: it may or may not have been bought
    NotPlaced         // a person found no such order in the console
};

class TeamOrderStates
{
public:
    // The keys the database stores and the CLI's JSON prints: never translated, never renamed.
    static QString key(TeamOrderState state);
    static std::optional<TeamOrderState> fromKey(const QString& key);
    static LocalizedText label(TeamOrderState state);
    static QList<TeamOrderState> all();
};

} // namespace OrderDesk
