#pragma once

#include "OrderStatus.h"

#include <QByteArray>
#include <QString>

namespace OrderDesk {

// What the sender learned about an order, as OrderLedger::recordOutcome stores it.
struct OrderOutcomeRecord
{
    OrderStatus status = OrderStatus::Unknown; // Succeeded | Rejected | Unknown (Pending is not an outcome)
    QString orderId, requestId, errorCode, errorMessage;
    int httpStatus = 0;
    int attempts = 0;
    QByteArray rawResponse;
    QString note;
};

} // namespace OrderDesk
