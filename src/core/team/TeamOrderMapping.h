#pragma once

#include "TeamLedger.h"
#include "TeamOrder.h"
#include "common/LocalizedText.h"
#include "orders/PreparedOrder.h"

#include <optional>

namespace OrderDesk {

class NonceSource;
class ProviderRegistry;
struct OrderOutcome;

// Between an order as the providers see it (PreparedOrder, OrderOutcome) and as the team ledger
// holds it (TeamLedger::Submission, TeamOrder, TeamLedger::Outcome): the rules every front end
// follows when it prepares a team order or sends an approved one.
class TeamOrderMapping
{
public:
    // What the team ledger records of a checked order: its exact parameters, the client token
    // among them, and the duplicate guard as the user left it.
    static TeamLedger::Submission submission(const PreparedOrder& prepared, bool allowDuplicate,
                                             qint64 acceptedUpToId);
    // The order to send, rebuilt from the recorded parameters and checked again. Refused (with
    // `error`) unless it is valid and its parameters are the approved ones to the character: what
    // goes out is exactly what was approved. The team's guard decided on duplicates already.
    static std::optional<PreparedOrder> toSend(const TeamOrder& order, const ProviderRegistry& providers,
                                               NonceSource& tokens, LocalizedText* error);
    // The sender's last word for the team ledger. An order that never left this computer bought
    // nothing, as the provider's refusal: Rejected, with the code "not_sent".
    static TeamLedger::Outcome outcome(const OrderOutcome& outcome, qint64 journalId);
};

} // namespace OrderDesk
