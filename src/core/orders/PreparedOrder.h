#pragma once

#include "common/Endpoint.h"
#include "ledger/OrderRecord.h"
#include "providers/OrderRequest.h"
#include "providers/ValidationIssue.h"

#include <QList>
#include <QString>

#include <optional>

namespace OrderDesk {

class Provider;

// An order checked and ready to confirm: what will be sent, to whom, and what the user has
// to know before confirming (problems with the form, an earlier order for the same resource).
struct PreparedOrder
{
    const Provider* provider = nullptr;
    OrderRequest order; // generated fields (the idempotency token) already filled in
    QString profile;    // the account name the ledger records
    QString region;
    QString resourceId;
    Endpoint endpoint;
    QList<ValidationIssue> issues;
    // What OrderDesk corrected in the request as given (Provider::normalized): said to the user,
    // never done silently.
    QList<ValidationIssue> notes;
    // An order for the same provider, account and resource within the last 24 hours: sending
    // again needs the user's explicit second confirmation.
    std::optional<OrderRecord> duplicate;
    // The user accepts any recent order of the resource (the CLI's --allow-duplicate); otherwise
    // one recorded after `duplicate` stops the order as it is recorded.
    bool duplicateAllowed = false;

    bool isValid() const { return provider && issues.isEmpty() && endpoint.isValid(); }
};

} // namespace OrderDesk
