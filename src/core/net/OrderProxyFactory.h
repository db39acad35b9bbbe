#pragma once

#include "NetworkOptions.h"

#include <QNetworkProxyFactory>

namespace OrderDesk {

// The proxy OrderClient's requests take, chosen per request: never one for the local simulator,
// else the system's, none, or the configured one. Installed on the network access manager so
// that the process-wide QNetworkProxyFactory setting is left alone.
class OrderProxyFactory final : public QNetworkProxyFactory
{
public:
    OrderProxyFactory(NetworkOptions::ProxyMode mode, QNetworkProxy manual);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query = QNetworkProxyQuery()) override;

private:
    NetworkOptions::ProxyMode m_mode;
    QNetworkProxy m_manual;
};

} // namespace OrderDesk
