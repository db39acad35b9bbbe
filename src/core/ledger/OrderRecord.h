#pragma once

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
    int attempts = 0;
    QByteArray rawResponse;
    QString resolution; // "" | "placed" | "not_placed": set when a user resolved an Unknown order
    QString note;       // English technical detail, or the user's note
};

} // namespace OrderDesk
