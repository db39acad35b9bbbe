#include "OrderSend.h"

#include "CaBundle.h"
#include "ClockSkew.h"
#include "OneShotUploadDevice.h"
#include "OrderProxyFactory.h"
#include "common/Clock.h"
#include "common/NonceSource.h"
#include "providers/Provider.h"

#include <QFile>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>

#include <algorithm>
#include <utility>

namespace OrderDesk {

namespace {

// An error that comes with the provider's complete answer: Qt reports HTTP 4xx and 5xx as
// errors too. Everything else (network, proxy, a broken or cut-off answer, a refused resend)
// means there is no answer to read.
bool isHttpAnswer(QNetworkReply::NetworkError error, int httpStatus)
{
    if (httpStatus <= 0)
        return false;
    if (error == QNetworkReply::NoError)
        return true;
    const int code = static_cast<int>(error);
    return code >= QNetworkReply::ContentAccessDenied && code <= QNetworkReply::UnknownServerError &&
           error != QNetworkReply::ContentReSendError && error != QNetworkReply::ProtocolUnknownError &&
           error != QNetworkReply::ProtocolFailure;
}

bool isProxyError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return code >= QNetworkReply::ProxyConnectionRefusedError && code <= QNetworkReply::UnknownProxyError;
}

// Qt's error text with the error's name. Qt quotes the URL in some texts; its query holds the
// signature, which must not travel into logs where it could be replayed, so it is cut off.
bool isAscii(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

QString qtError(const QNetworkReply& reply)
{
    static const QRegularExpression urlQuery(QStringLiteral("(\\w+://[^\\s?]*)\\?\\S*"));
    const char* name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply.error());
    const QString key = QString::fromLatin1(name ? name : "?");
    // The detail is English text for support, stored with the order. Qt's own message is in the
    // language of the window when Qt's catalogue has it ("未知错误"): then the error's name,
    // which says the same, stands alone.
    QString text = reply.errorString();
    if (!isAscii(text))
        return key;
    text.replace(urlQuery, QStringLiteral("\\1"));
    return text + QStringLiteral(" [") + key + QLatin1Char(']');
}

// What Qt may hold of an answer that this class has not read yet.
constexpr qint64 kReadBufferBytes = 64 * 1024;

QString milliseconds(std::chrono::milliseconds value)
{
    return QString::number(value.count()) + QStringLiteral(" ms");
}

} // namespace

OrderSend::OrderSend(Setup setup, QObject* parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_policy(*m_setup.provider, m_setup.tuning, m_setup.jitter)
{
    // Precise, so that a timeout never ends an attempt before the time it promises.
    for (QTimer* timer : {&m_connectTimer, &m_transferTimer, &m_retryTimer}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_connectTimer, &QTimer::timeout, this, &OrderSend::onConnectTimeout);
    connect(&m_transferTimer, &QTimer::timeout, this, [this] { abortAttempt(Abort::TransferTimeout); });
    connect(&m_retryTimer, &QTimer::timeout, this, &OrderSend::startAttempt);
}

OrderSend::~OrderSend()
{
    // Destroyed with its client while an attempt is in flight: nobody is left to hear the answer.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void OrderSend::start()
{
    const Provider& provider = *m_setup.provider;
    m_request = provider.buildRequest(m_setup.order, m_setup.endpoint);
    m_region = provider.region(m_setup.order);

    const Endpoint target{m_request.scheme, m_request.host, m_request.port};
    const bool https = m_request.scheme == QLatin1String("https");
    const bool localHttp = m_request.scheme == QLatin1String("http") && target.isLoopback();
    if (!https && !localHttp)
        return finishNotSent(OutcomeText::NotSentReason::InsecureHttp, {target.toString()},
                             QNetworkReply::NoError,
                             QStringLiteral("Refused to send an order over plain HTTP to ") +
                                 target.toString() + QStringLiteral(", which is not this computer."));
    if (!m_setup.credential.isComplete())
        return finishNotSent(OutcomeText::NotSentReason::IncompleteCredential, {}, QNetworkReply::NoError,
                             QStringLiteral("The AccessKey ID or secret is empty."));
    if (!m_setup.nam)
        return finishNotSent(OutcomeText::NotSentReason::Other, {}, QNetworkReply::UnknownNetworkError,
                             QStringLiteral("No network access manager."));

    if (!m_setup.options.extraCaFile.isEmpty()) {
        const QString& path = m_setup.options.extraCaFile;
        QString technical;
        const QList<QSslCertificate> extra = CaBundle::load(path, nullptr, &technical);
        if (extra.isEmpty())
            return finishNotSent(OutcomeText::NotSentReason::UnreadableCaFile, {path}, QNetworkReply::NoError,
                                 technical);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_sslConfiguration = configuration;
    }

    startAttempt();
}

void OrderSend::startAttempt()
{
    ++m_attempt;
    m_body.clear();
    m_sentThisAttempt = false;
    m_answeredBeforeSent = false;
    m_abort = Abort::None;
    m_sslErrors.clear();
    m_sslHostMismatch = false;

    // Signed at send time, anew for every attempt: a fresh time and nonce, the same token.
    const HttpRequest signedRequest = m_setup.provider->sign(
        m_request, m_setup.credential, m_region, m_setup.clock->nowUtc(), m_setup.nonces->nextNonce());

    QNetworkRequest request(signedRequest.url());
    const QList<QNetworkProxy> proxies =
        OrderProxyFactory(m_setup.options.proxyMode, m_setup.options.manualProxy)
            .queryProxy(QNetworkProxyQuery(request.url()));
    m_viaProxy = !proxies.isEmpty() && proxies.constFirst().type() != QNetworkProxy::NoProxy &&
                 proxies.constFirst().type() != QNetworkProxy::DefaultProxy;
    for (const auto& [name, value] : signedRequest.headers)
        request.setRawHeader(name, value);
    request.setRawHeader("User-Agent", QByteArrayLiteral("OrderDesk/" ORDERDESK_VERSION));
    // A fresh connection per attempt: a kept-alive one that the server closes just as the order
    // is written would make Qt want to resend it.
    request.setRawHeader("Connection", "close");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    if (m_sslConfiguration)
        request.setSslConfiguration(*m_sslConfiguration);

    QIODevice* upload = nullptr;
    if (signedRequest.method != QByteArrayLiteral("GET")) {
        // Streamed from a device that cannot be rewound, with its length given up front, so
        // that Qt neither buffers the body nor sends it a second time by itself.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, signedRequest.body.size());
        upload = new OneShotUploadDevice(signedRequest.body, this);
    }

    Q_EMIT attemptStarted(m_setup.handle, m_attempt);
    if (m_finished)
        return;

    QNetworkReply* reply = upload ? m_setup.nam->sendCustomRequest(request, signedRequest.method, upload)
                                  : m_setup.nam->get(request);
    if (upload)
        upload->setParent(reply);
    // Qt's network thread otherwise reads on without limit, and while it keeps delivering, Qt
    // holds back readyRead: a 50 MB answer landed in memory whole before onReadyRead could stop
    // it at the cap. A bounded buffer makes Qt stop reading the socket until it is emptied here.
    // Qt 6.4 passes the size on only to a request it has started: a GET starts within get(), a
    // request with a body from the event loop, so the size is set again from there, queued
    // behind that start and ahead of any answer.
    reply->setReadBufferSize(readBufferBytes());
    QMetaObject::invokeMethod(
        this,
        [this, target = QPointer<QNetworkReply>(reply)] {
            if (target && target == m_reply)
                target->setReadBufferSize(readBufferBytes());
        },
        Qt::QueuedConnection);
    m_reply = reply;
    connect(reply, &QNetworkReply::requestSent, this, &OrderSend::onRequestSent);
    connect(reply, &QNetworkReply::metaDataChanged, this, &OrderSend::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &OrderSend::onReadyRead);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& error : errors) {
            // English for the stored detail, as in qtError().
            const QString text = error.errorString();
            m_sslErrors.append(isAscii(text) ? text
                                             : QStringLiteral("SSL error ") + QString::number(error.error()));
            if (error.error() == QSslError::HostNameMismatch)
                m_sslHostMismatch = true;
        }
    });
    connect(reply, &QNetworkReply::finished, this, &OrderSend::onReplyFinished);
    m_connectTimer.start(m_setup.options.connectTimeout);
}

void OrderSend::onRequestSent()
{
    // Emitted for each complete copy written, also for Qt's own resends of a GET.
    if (std::exchange(m_answeredBeforeSent, false))
        return; // the copy its answer has already counted
    ++m_sentCount;
    if (m_sentThisAttempt)
        return;
    m_sentThisAttempt = true;
    m_connectTimer.stop();
    m_transferTimer.start(m_setup.options.transferTimeout);
}

bool OrderSend::countAnsweredCopy()
{
    // An answer proves that a copy arrived, also when Qt has not said it was written: with an
    // early answer (a refused signature, under Wine) requestSent may come after the answer, or
    // never, and the user must not read "0 requests sent" for a request the provider answered.
    if (m_sentThisAttempt)
        return false;
    ++m_sentCount;
    m_sentThisAttempt = true;
    m_answeredBeforeSent = true;
    return true;
}

void OrderSend::onConnectTimeout()
{
    // requestSent travels from Qt's network thread as a queued signal. Deciding in a queued
    // call lets a requestSent that is already on its way arrive first, so a request that did
    // leave is not reported as not sent.
    QMetaObject::invokeMethod(
        this,
        [this, reply = m_reply] {
            if (reply && reply == m_reply && !m_sentThisAttempt)
                abortAttempt(Abort::ConnectTimeout);
        },
        Qt::QueuedConnection);
}

void OrderSend::abortAttempt(Abort why)
{
    if (!m_reply || m_abort != Abort::None)
        return;
    m_abort = why;
    // Emits finished at once; onReplyFinished reads the reason.
    m_reply->abort();
}

void OrderSend::onMetaDataChanged()
{
    if (!m_reply)
        return;
    if (countAnsweredCopy()) {
        // The rest of the answer is bounded in time as after requestSent.
        m_connectTimer.stop();
        m_transferTimer.start(m_setup.options.transferTimeout);
    }
    bool known = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && length > m_setup.options.maxResponseBytes)
        abortAttempt(Abort::TooLarge);
}

void OrderSend::onReadyRead()
{
    if (!m_reply)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_setup.options.maxResponseBytes)
        abortAttempt(Abort::TooLarge);
}

void OrderSend::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    m_connectTimer.stop();
    m_transferTimer.stop();

    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (std::exchange(m_abort, Abort::None)) {
    case Abort::ConnectTimeout:
        return finishNotSent(
            OutcomeText::NotSentReason::ConnectTimeout,
            {targetHost(), QString::number((m_setup.options.connectTimeout.count() + 999) / 1000)},
            QNetworkReply::TimeoutError,
            attemptPrefix() + QStringLiteral("The request was not completely sent within ") +
                milliseconds(m_setup.options.connectTimeout) + QLatin1Char('.'));
    case Abort::TransferTimeout:
        return handleNoAnswer(RetryPolicy::NoAnswer::TimedOut, QNetworkReply::TimeoutError,
                              QStringLiteral("No complete answer within ") +
                                  milliseconds(m_setup.options.transferTimeout) +
                                  QStringLiteral(" after the request was sent."));
    case Abort::TooLarge: {
        m_lastReply = ProviderReply::unparseable(status, {},
                                                 QStringLiteral("The answer is larger than ") +
                                                     QString::number(m_setup.options.maxResponseBytes) +
                                                     QStringLiteral(" bytes; reading stopped."));
        return handleNoAnswer(RetryPolicy::NoAnswer::ResponseTooLarge, QNetworkReply::OperationCanceledError,
                              m_lastReply.parseError);
    }
    case Abort::None:
        break;
    }

    if (isHttpAnswer(error, status)) {
        countAnsweredCopy();
        m_body += reply->readAll();
        if (m_body.size() > m_setup.options.maxResponseBytes) {
            m_lastReply = ProviderReply::unparseable(status, {},
                                                     QStringLiteral("The answer is larger than ") +
                                                         QString::number(m_setup.options.maxResponseBytes) +
                                                         QStringLiteral(" bytes."));
            return handleNoAnswer(RetryPolicy::NoAnswer::ResponseTooLarge, QNetworkReply::NoError,
                                  m_lastReply.parseError);
        }
        ProviderReply parsed = m_setup.provider->parseReply(status, m_body);
        // Huawei's gateway names the request in a header only; support staff always ask for it.
        for (const char* header : {"X-Request-Id", "x-acs-request-id"}) {
            if (parsed.requestId.isEmpty())
                parsed.requestId = QString::fromLatin1(reply->rawHeader(header));
        }
        return handleAnswer(parsed, reply->rawHeader("Date"));
    }

    QString detail = qtError(*reply);
    QStringList sslErrors;
    for (const QString& sslError : std::as_const(m_sslErrors)) {
        if (!detail.contains(sslError))
            sslErrors.append(sslError);
    }
    if (!sslErrors.isEmpty())
        detail += QStringLiteral(" (") + sslErrors.join(QStringLiteral("; ")) + QLatin1Char(')');
    if (!m_sentThisAttempt)
        return handleNotConnected(error, QStringLiteral("Not sent: ") + detail);
    handleNoAnswer(RetryPolicy::NoAnswer::ConnectionDropped, error,
                   QStringLiteral("The connection broke after the request was sent: ") + detail);
}

void OrderSend::handleAnswer(const ProviderReply& reply, const QByteArray& dateHeader)
{
    m_lastReply = reply;
    if (reply.kind == ProviderReply::Kind::Accepted) {
        OrderOutcome outcome;
        outcome.kind = OrderOutcome::Kind::Accepted;
        outcome.reply = reply;
        outcome.technicalDetail = attemptPrefix() + describeAnswer(reply);
        return finish(outcome);
    }
    if (m_policy.leavesOrderUncertain(reply))
        m_uncertainty = OutcomeText::Uncertainty::UnreadableAnswer;

    const RetryPolicy::Decision decision = m_policy.afterAnswer(reply, m_attempt);
    if (decision.retry)
        return scheduleRetry(decision.delay);

    const ErrorCatalogue& catalogue = m_setup.provider->errorCatalogue();
    OrderOutcome outcome;
    outcome.reply = reply;
    outcome.technicalDetail = attemptPrefix() + describeAnswer(reply);
    const ErrorInfo* info = reply.kind == ProviderReply::Kind::Rejected
                                ? catalogue.find(reply.errorCode, reply.errorMessage)
                                : nullptr;
    if (info && info->category == ErrorCategory::ClockSkew)
        outcome.clockSkewSeconds =
            ClockSkew::measure(reply.errorMessage, dateHeader, m_setup.clock->nowUtc());

    if (m_uncertainty) {
        // An earlier copy, or this answer, leaves open whether the order exists.
        outcome.kind = OrderOutcome::Kind::Unknown;
        outcome.explanation = OutcomeText::unknown(*m_setup.provider, *m_uncertainty);
    } else {
        outcome.kind = OrderOutcome::Kind::Rejected;
        outcome.explanation = outcome.clockSkewSeconds ? ClockSkew::explain(*outcome.clockSkewSeconds)
                                                       : catalogue.explain(reply);
    }
    finish(outcome);
}

void OrderSend::handleNoAnswer(RetryPolicy::NoAnswer what, QNetworkReply::NetworkError error,
                               const QString& detail)
{
    const OutcomeText::Uncertainty why = what == RetryPolicy::NoAnswer::ResponseTooLarge
                                             ? OutcomeText::Uncertainty::UnreadableAnswer
                                             : OutcomeText::Uncertainty::NoAnswer;
    m_uncertainty = why;
    if (what != RetryPolicy::NoAnswer::ResponseTooLarge)
        m_lastReply = ProviderReply();
    const RetryPolicy::Decision decision = m_policy.afterNoAnswer(what, m_attempt);
    if (decision.retry)
        return scheduleRetry(decision.delay);
    finishUnknown(why, error, attemptPrefix() + detail);
}

void OrderSend::handleNotConnected(QNetworkReply::NetworkError error, const QString& detail)
{
    // Nothing of this attempt reached the provider; an earlier one may have.
    if (m_uncertainty) {
        m_lastReply = ProviderReply();
        return finishUnknown(*m_uncertainty, error, attemptPrefix() + detail);
    }
    using Reason = OutcomeText::NotSentReason;
    Reason reason = Reason::Other;
    if (m_sslHostMismatch)
        // Named even when the issuer is unknown too: trusting the issuer would not be enough.
        reason = Reason::TlsHostMismatch;
    else if (!m_sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError)
        reason = Reason::Tls;
    else if (isProxyError(error) || m_viaProxy)
        // Through a proxy every connection failure is the proxy's: Qt 6.4 reports a refused
        // proxy connection for https as an unknown network error.
        reason = Reason::Proxy;
    else if (error == QNetworkReply::HostNotFoundError)
        reason = Reason::HostNotFound;
    else if (error == QNetworkReply::ConnectionRefusedError ||
             error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::TimeoutError ||
             error == QNetworkReply::TemporaryNetworkFailureError ||
             error == QNetworkReply::NetworkSessionFailedError || error == QNetworkReply::UnknownNetworkError)
        reason = Reason::CannotConnect;
    const QStringList args = reason == Reason::Other ? QStringList() : QStringList{targetHost()};
    finishNotSent(reason, args, error, attemptPrefix() + detail);
}

void OrderSend::scheduleRetry(std::chrono::milliseconds delay)
{
    m_retryTimer.start(delay);
}

void OrderSend::finishNotSent(OutcomeText::NotSentReason reason, const QStringList& args,
                              QNetworkReply::NetworkError error, const QString& detail)
{
    OrderOutcome outcome;
    outcome.kind = OrderOutcome::Kind::NotSent;
    LocalizedText explanation = OutcomeText::notSent(reason);
    for (const QString& arg : args)
        explanation = explanation.arg(arg);
    outcome.explanation = explanation;
    outcome.technicalDetail = detail;
    outcome.networkError = error;
    finish(outcome);
}

void OrderSend::finishUnknown(OutcomeText::Uncertainty why, QNetworkReply::NetworkError error,
                              const QString& detail)
{
    OrderOutcome outcome;
    outcome.kind = OrderOutcome::Kind::Unknown;
    outcome.reply = m_lastReply;
    outcome.explanation = OutcomeText::unknown(*m_setup.provider, why);
    outcome.technicalDetail = detail;
    outcome.networkError = error;
    finish(outcome);
}

void OrderSend::finish(OrderOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connectTimer.stop();
    m_transferTimer.stop();
    m_retryTimer.stop();
    outcome.attempts = m_sentCount;
    Q_EMIT finished(m_setup.handle, outcome);
    deleteLater();
}

qint64 OrderSend::readBufferBytes() const
{
    return qMin<qint64>(kReadBufferBytes, m_setup.options.maxResponseBytes + 1);
}

QString OrderSend::targetHost() const
{
    return QString::fromUtf8(m_request.hostHeader());
}

QString OrderSend::attemptPrefix() const
{
    return QStringLiteral("Attempt ") + QString::number(m_attempt) + QStringLiteral(": ");
}

QString OrderSend::describeAnswer(const ProviderReply& reply)
{
    QString text = QStringLiteral("HTTP ") + QString::number(reply.httpStatus);
    switch (reply.kind) {
    case ProviderReply::Kind::Accepted:
        text += QStringLiteral(", order ") + reply.orderId;
        break;
    case ProviderReply::Kind::Rejected:
        text += QStringLiteral(", code ") + reply.errorCode;
        if (!reply.errorMessage.isEmpty())
            text += QStringLiteral(": ") + reply.errorMessage;
        break;
    case ProviderReply::Kind::Unparseable:
        text += QStringLiteral(", unreadable answer: ") + reply.parseError;
        break;
    }
    if (!reply.requestId.isEmpty())
        text += QStringLiteral(" (request ID ") + reply.requestId + QLatin1Char(')');
    return text;
}

} // namespace OrderDesk
