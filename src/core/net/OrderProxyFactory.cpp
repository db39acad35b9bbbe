#include "OrderProxyFactory.h"

#include "common/Endpoint.h"

namespace OrderDesk {

OrderProxyFactory::OrderProxyFactory(NetworkOptions::ProxyMode mode, QNetworkProxy manual)
    : m_mode(mode)
    , m_manual(std::move(manual))
{}

QList<QNetworkProxy> OrderProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    Endpoint target;
    target.host = query.peerHostName();
    if (target.isLoopback())
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    switch (m_mode) {
    case NetworkOptions::ProxyMode::None:
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    case NetworkOptions::ProxyMode::Manual:
        return {m_manual};
    case NetworkOptions::ProxyMode::System:
        break;
    }
    QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(query);
    if (proxies.isEmpty())
        proxies.append(QNetworkProxy(QNetworkProxy::NoProxy));
    return proxies;
}

} // namespace OrderDesk
