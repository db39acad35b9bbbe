#include "OrderClient.h"

#include "OrderProxyFactory.h"
#include "OrderSend.h"

#include <QNetworkAccessManager>

namespace OrderDesk {

OrderClient::OrderClient(QNetworkAccessManager* nam, const Clock& clock, NonceSource& nonces, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
    , m_nonces(nonces)
{
    applyProxy();
}

void OrderClient::setOptions(const NetworkOptions& options)
{
    m_options = options;
    applyProxy();
    // Qt keeps a connection per host and port together with the TLS configuration it was opened
    // with, so after a certificate was refused, adding the CA changed nothing until a restart.
    // Clearing the cache stops the manager's network thread, which would cut off orders in
    // flight: then it waits for the last of them.
    m_connectionsOutdated = true;
    dropOutdatedConnections();
}

void OrderClient::dropOutdatedConnections()
{
    if (!m_connectionsOutdated || m_inProgress > 0 || !m_nam)
        return;
    m_connectionsOutdated = false;
    m_nam->clearConnectionCache();
}

void OrderClient::setRetryTuning(const RetryPolicy::Tuning& tuning)
{
    m_tuning = tuning;
}

void OrderClient::setJitter(std::function<double()> jitter)
{
    m_jitter = std::move(jitter);
}

quint64 OrderClient::send(const Provider& provider, const OrderRequest& order, const Endpoint& endpoint,
                          const Credential& credential)
{
    const quint64 handle = ++m_lastHandle;
    OrderSend::Setup setup;
    setup.handle = handle;
    setup.nam = m_nam.data();
    setup.clock = &m_clock;
    setup.nonces = &m_nonces;
    setup.provider = &provider;
    setup.order = order;
    setup.endpoint = endpoint;
    setup.credential = credential;
    setup.options = m_options;
    setup.tuning = m_tuning;
    setup.jitter = m_jitter;

    auto* operation = new OrderSend(std::move(setup), this);
    connect(operation, &OrderSend::attemptStarted, this, &OrderClient::attemptStarted);
    connect(operation, &OrderSend::finished, this, [this](quint64 id, const OrderOutcome& outcome) {
        --m_inProgress;
        Q_EMIT finished(id, outcome);
        dropOutdatedConnections();
    });
    ++m_inProgress;
    // Started from the event loop, so that the caller holds the handle before any signal.
    QMetaObject::invokeMethod(operation, &OrderSend::start, Qt::QueuedConnection);
    return handle;
}

void OrderClient::applyProxy()
{
    if (m_nam)
        m_nam->setProxyFactory(new OrderProxyFactory(m_options.proxyMode, m_options.manualProxy));
}

} // namespace OrderDesk
