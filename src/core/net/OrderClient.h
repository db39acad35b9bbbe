#pragma once

#include "NetworkOptions.h"
#include "OrderOutcome.h"
#include "RetryPolicy.h"
#include "common/Credential.h"
#include "common/Endpoint.h"
#include "providers/OrderRequest.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace OrderDesk {

class Clock;
class NonceSource;
class Provider;

// Sends orders to the providers and says what became of each: placed, refused, unknown or not
// sent. Callers hand in an order and get one finished signal per handle; they never see a
// QNetworkReply. Retries follow RetryPolicy; every attempt is signed anew at send time.
//
// The client installs its own proxy factory on the network access manager it is given, so that
// the proxy settings apply to the orders without changing the process-wide proxy settings.
class OrderClient : public QObject
{
    Q_OBJECT

public:
    OrderClient(QNetworkAccessManager* nam, const Clock& clock, NonceSource& nonces,
                QObject* parent = nullptr);

    void setOptions(const NetworkOptions& options);
    const NetworkOptions& options() const { return m_options; }
    void setRetryTuning(const RetryPolicy::Tuning& tuning);
    const RetryPolicy::Tuning& retryTuning() const { return m_tuning; }
    // The backoff jitter, a value in [0, 1) per retry; empty draws a random one. For tests.
    void setJitter(std::function<double()> jitter);

    // Sends a validated order whose generated fields (the idempotency token) are filled in.
    // Builds the request with the provider and signs it for every attempt (new time and nonce,
    // same token). The provider must outlive the send. Signals come after this returns.
    quint64 send(const Provider& provider, const OrderRequest& order, const Endpoint& endpoint,
                 const Credential& credential);

    // Orders sent whose finished signal has not come yet.
    int sendsInProgress() const { return m_inProgress; }

Q_SIGNALS:
    // Right before the bytes of attempt N (1, 2, …) go out.
    void attemptStarted(quint64 handle, int attempt);
    // Exactly once per handle.
    void finished(quint64 handle, const OrderDesk::OrderOutcome& outcome);

private:
    void applyProxy();
    void dropOutdatedConnections();

    QPointer<QNetworkAccessManager> m_nam;
    const Clock& m_clock;
    NonceSource& m_nonces;
    NetworkOptions m_options;
    RetryPolicy::Tuning m_tuning;
    std::function<double()> m_jitter;
    quint64 m_lastHandle = 0;
    int m_inProgress = 0;
    bool m_connectionsOutdated = false; // options changed while orders were in flight
};

} // namespace OrderDesk
