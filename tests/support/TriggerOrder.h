#pragma once

#include "ProviderTestSupport.h"
#include "providers/OrderRequest.h"
#include "providers/Provider.h"

#include <QString>

namespace ProviderTestSupport {

// The seed example order, with the resource named so that it carries the simulator's trigger
// keyword in the field and form SimTriggers.h gives for the provider, and a token of its own.
inline OrderDesk::OrderRequest orderWithTrigger(const OrderDesk::Provider& provider, const QString& keyword)
{
    OrderDesk::OrderRequest order = seedExampleOrder(provider.id());
    const QString id = provider.id();
    if (id == QLatin1String("volcengine")) {
        order.params.insert(QStringLiteral("DirectConnectConnectionId"),
                            QStringLiteral("dcc-") + keyword + QStringLiteral("-7x2k"));
        order.params.insert(QStringLiteral("ClientToken"), QStringLiteral("token-volcengine-") + keyword);
    } else if (id == QLatin1String("aliyun")) {
        order.params.insert(QStringLiteral("PhysicalConnectionId"),
                            QStringLiteral("pc-") + keyword + QStringLiteral("-bp1"));
        order.params.insert(QStringLiteral("ClientToken"), QStringLiteral("token-aliyun-") + keyword);
    } else if (id == QLatin1String("unicloud")) {
        order.params.insert(QStringLiteral("instanceName"), QStringLiteral("nas") + keyword);
    } else {
        order.params.insert(QStringLiteral("project_id"), QStringLiteral("0123456789abcdef") + keyword);
    }
    return order;
}

} // namespace ProviderTestSupport
