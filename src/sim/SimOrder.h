#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace OrderDesk {

// An order the simulator created, as a provider would keep it.
struct SimOrder
{
    QString provider; // provider id
    QString orderId;
    QString token;      // the idempotency token it was placed with; empty without one
    QString resourceId; // the value of the provider's resource field
    QJsonObject params; // the order's own parameters, without signing and common parameters
    QDateTime createdUtc;
    QStringList resourceIds; // resources created with it (UniCloud's file system id)
};

} // namespace OrderDesk
