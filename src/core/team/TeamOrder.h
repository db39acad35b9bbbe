#pragma once

#include "TeamOrderState.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace OrderDesk {

// One order of the team ledger as the database holds it.
struct TeamOrder
{
    qint64 id = 0;
    QString provider;
    QString profile;
    QString resourceId;
    QString region;
    QString endpoint;
    // The parameters that are signed and sent, the client token among them.
    QMap<QString, QString> params;
    // The payload as the database prints it, and the SHA-256 (hex) of that text: what an
    // approval is given for.
    QString payloadText;
    QString payloadHash;
    QString clientToken;
    // As the database reads the payload (term_months()); empty when it names no length.
    QString termMonths;
    TeamOrderState state = TeamOrderState::AwaitingApproval;
    QString maker;
    QDateTime createdUtc;
    bool approvalRequired = true;
    QString checker;
    QDateTime decidedUtc;
    // The checker's comment on an approval, or the reason of a decline.
    QString decisionNote;
    QString approvedHash;
    QDateTime approvalExpiresUtc;
    QString sender;
    QDateTime leaseUntilUtc;
    int attempts = 0;
    QString providerOrderId;
    QString providerStatus;
    QString errorCode;
    QString errorMessage;
    QString requestId;
    QDateTime updatedUtc;
};

} // namespace OrderDesk
