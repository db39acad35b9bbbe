#pragma once

#include "NetworkOptions.h"
#include "OrderOutcome.h"
#include "OutcomeText.h"
#include "RetryPolicy.h"
#include "common/Credential.h"
#include "common/Endpoint.h"
#include "common/HttpRequest.h"
#include "providers/OrderRequest.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace OrderDesk {

class Clock;
class NonceSource;
class Provider;

// One order on its way: every attempt OrderClient makes for it, and the state of the one in
// flight. Lives from OrderClient::send until it has emitted finished, then deletes itself.
class OrderSend final : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        quint64 handle = 0;
        QNetworkAccessManager* nam = nullptr;
        const Clock* clock = nullptr;
        NonceSource* nonces = nullptr;
        const Provider* provider = nullptr;
        OrderRequest order;
        Endpoint endpoint;
        Credential credential;
        NetworkOptions options;
        RetryPolicy::Tuning tuning;
        std::function<double()> jitter;
    };

    OrderSend(Setup setup, QObject* parent = nullptr);
    ~OrderSend() override;

    void start();

Q_SIGNALS:
    void attemptStarted(quint64 handle, int attempt);
    void finished(quint64 handle, const OrderDesk::OrderOutcome& outcome);

private:
    enum class Abort
    {
        None,
        ConnectTimeout,
        TransferTimeout,
        TooLarge
    };

    void startAttempt();
    void onRequestSent();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onConnectTimeout();
    void abortAttempt(Abort why);

    void handleAnswer(const ProviderReply& reply, const QByteArray& dateHeader);
    void handleNoAnswer(RetryPolicy::NoAnswer what, QNetworkReply::NetworkError error, const QString& detail);
    void handleNotConnected(QNetworkReply::NetworkError error, const QString& detail);
    void scheduleRetry(std::chrono::milliseconds delay);

    void finishNotSent(OutcomeText::NotSentReason reason, const QStringList& args,
                       QNetworkReply::NetworkError error, const QString& detail);
    void finishUnknown(OutcomeText::Uncertainty why, QNetworkReply::NetworkError error,
                       const QString& detail);
    void finish(OrderOutcome outcome);

    qint64 readBufferBytes() const;
    QString targetHost() const;
    QString attemptPrefix() const;
    static QString describeAnswer(const ProviderReply& reply);
    bool countAnsweredCopy();

    Setup m_setup;
    RetryPolicy m_policy;
    HttpRequest m_request; // built once; signed anew for every attempt
    QString m_region;
    std::optional<QSslConfiguration> m_sslConfiguration;

    int m_attempt = 0;   // attempts started
    int m_sentCount = 0; // complete requests written, Qt's own resends included
    bool m_finished = false;
    // Set once an attempt may have placed the order: from then on nothing but an acceptance
    // is conclusive.
    std::optional<OutcomeText::Uncertainty> m_uncertainty;
    ProviderReply m_lastReply;

    // The attempt in flight.
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    bool m_sentThisAttempt = false;
    bool m_answeredBeforeSent = false; // counted from its answer; its requestSent may follow
    bool m_viaProxy = false;
    Abort m_abort = Abort::None;
    QStringList m_sslErrors;
    bool m_sslHostMismatch = false;
    QTimer m_connectTimer;
    QTimer m_transferTimer;
    QTimer m_retryTimer;
};

} // namespace OrderDesk
