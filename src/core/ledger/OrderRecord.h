#pragma once

#include "OrderResolution.h"
#include "OrderStatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace OrderDesk {

// One order as the ledger keeps it. There is deliberately no field for a secret: what is
// here may be shown, exported and backed up.
struct OrderRecord
{
    qint64 id = 0;
    QDateTime createdUtc, updatedUtc;
    QString provider, profile, operatorName, region, resourceId, endpoint;
    QMap<QString, QString> params; // the full parameter set incl. the generated token
    QString idempotencyToken;      // empty for providers without one
    OrderStatus status = OrderStatus::Pending;
    QString orderId, requestId, errorCode, errorMessage;
    int httpStatus = 0;
    // Requests sent for this order, over every attempt series (a safe retry adds its own).
    int attempts = 0;
    QByteArray rawResponse;
    OrderResolution resolution = OrderResolution::None; // set when a user resolved the order by hand
    QString note;                                       // English technical detail, or the user's note
    // The process sending the order holds it until this time and renews it while it waits; an
    // expired lease on a Pending order means its sender ended without an answer.
    QString leaseOwner;
    QDateTime leaseUntilUtc;
    // The provider's answer contradicts the user's resolution by hand (placed after "not placed").
    bool conflict = false;
};

} // namespace OrderDesk
