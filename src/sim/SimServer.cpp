#include "SimServer.h"

#include "SimAliyun.h"
#include "SimAnswer.h"
#include "SimHuaweiCloud.h"
#include "SimRequest.h"
#include "SimUniCloud.h"
#include "SimVolcengine.h"
#include "common/SandboxCredential.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace OrderDesk {

namespace {

const QString kVolcengine = QStringLiteral("volcengine");
const QString kAliyun = QStringLiteral("aliyun");
const QString kUniCloud = QStringLiteral("unicloud");
const QString kHuaweiCloud = QStringLiteral("huaweicloud");

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

SimRequest toSimRequest(const QHttpServerRequest& request)
{
    SimRequest out;
    out.method = methodName(request.method());
    const QUrl url = request.url();
    out.path = url.path(QUrl::FullyEncoded).toLatin1();
    // QUrl keeps the query's bytes as they came, apart from decoding %XY of unreserved
    // characters, which changes no signature.
    out.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    out.query = PercentEncoding::decodeQuery(out.rawQuery);
    out.headers = request.headers();
    out.body = request.body();
    return out;
}

const QString kControl = QStringLiteral("_sim");

// What a streamed answer hands to the connection at a time.
constexpr qint64 kStreamChunk = 64 * 1024;

SimAnswer controlAnswer(int status, const QJsonDocument& body)
{
    SimAnswer answer;
    answer.httpStatus = status;
    answer.body = body.toJson(QJsonDocument::Compact);
    answer.provider = kControl;
    return answer;
}

} // namespace

SimServer::SimServer(QObject* parent)
    : QAbstractHttpServer(parent)
{
    m_settings.credentials = {SandboxCredential::pair()};
    m_settings.clock = &m_systemClock;
    m_handlers.push_back(std::make_unique<SimVolcengine>(m_state, m_settings));
    m_handlers.push_back(std::make_unique<SimAliyun>(m_state, m_settings));
    m_handlers.push_back(std::make_unique<SimUniCloud>(m_state, m_settings));
    m_handlers.push_back(std::make_unique<SimHuaweiCloud>(m_state, m_settings));
}

SimServer::~SimServer() = default;

void SimServer::setCredentials(const QList<Credential>& pairs)
{
    m_settings.credentials = pairs;
}

QList<Credential> SimServer::credentials() const
{
    return m_settings.credentials;
}

void SimServer::setClock(const Clock* clock)
{
    m_settings.clock = clock ? clock : &m_systemClock;
}

void SimServer::setSlowAnswerMs(int ms)
{
    m_settings.slowAnswerMs = qMax(0, ms);
}

int SimServer::slowAnswerMs() const
{
    return m_settings.slowAnswerMs;
}

bool SimServer::loadState(const QString& file, QString* error)
{
    return m_state.load(file, error);
}

bool SimServer::saveState(const QString& file, QString* error) const
{
    return m_state.save(file, error);
}

bool SimServer::setTls(const QString& certificateFile, const QString& keyFile, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    QFile certificateSource(certificateFile);
    if (!certificateSource.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Cannot read the certificate ") + certificateFile + QStringLiteral(": ") +
                    certificateSource.errorString());
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateSource.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return fail(QStringLiteral("No PEM certificate in ") + certificateFile);
    QFile keySource(keyFile);
    if (!keySource.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Cannot read the key ") + keyFile + QStringLiteral(": ") +
                    keySource.errorString());
    const QByteArray keyPem = keySource.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return fail(QStringLiteral("No unencrypted PEM RSA or EC private key in ") + keyFile);

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    sslSetup(configuration);
    m_tls = true;
    return true;
}

quint16 SimServer::listen(quint16 port)
{
    // Loopback only: the simulator accepts a published sandbox key, so nothing beyond this
    // machine may reach it.
    return QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
}

int SimServer::orderCount(const QString& provider) const
{
    return m_state.orderCount(provider);
}

QList<SimOrder> SimServer::orders() const
{
    return m_state.orders();
}

int SimServer::requestCount(const QString& provider) const
{
    if (!provider.isEmpty())
        return m_requestCounts.value(provider);
    int total = 0;
    for (const int count : m_requestCounts)
        total += count;
    return total;
}

void SimServer::reset()
{
    const quint64 before = m_state.revision();
    clear();
    noteStateChange(before);
}

void SimServer::clear()
{
    m_state.clear();
    m_requestCounts.clear();
}

QByteArray SimServer::httpDate(const QDateTime& time)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    return QString::asprintf("%s, %02d %s %04d %02d:%02d:%02d GMT", days[date.dayOfWeek() - 1], date.day(),
                             months[date.month() - 1], date.year(), clock.hour(), clock.minute(),
                             clock.second())
        .toLatin1();
}

bool SimServer::handleRequest(const QHttpServerRequest& httpRequest, QTcpSocket* socket)
{
    const SimRequest request = toSimRequest(httpRequest);
    const quint64 before = m_state.revision();
    SimAnswer answer;
    if (request.path.startsWith("/_sim/")) {
        answer = control(request);
        answer.action = QString::fromLatin1(request.method + ' ' + request.path);
    } else {
        SimProviderHandler* target = route(request);
        ++m_requestCounts[target->providerId()];
        answer = target->handle(request);
        // The log names the operation asked for, also when the provider has no such one.
        const QString action = request.queryValue(QStringLiteral("Action"));
        if (!action.isEmpty())
            answer.action = action;
    }
    noteStateChange(before);
    deliver(answer, socket);
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    // handleRequest answers everything; this only satisfies the interface.
    write(controlAnswer(404,
                        QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("not found")}})),
          socket);
}

SimProviderHandler* SimServer::route(const SimRequest& request) const
{
    const QByteArray scheme =
        request.header(QByteArrayLiteral("Authorization")).trimmed().split(' ').value(0);
    if (request.path == "/" || request.path.isEmpty()) {
        // Volcengine and Alibaba Cloud share the shape GET /?Action=...: the action tells
        // them apart, and for an unknown action the way it is signed.
        QString action = request.queryValue(QStringLiteral("Action"));
        for (const auto& [name, value] : request.formParameters()) {
            if (action.isEmpty() && name == QLatin1String("Action"))
                action = value;
        }
        if (action == handler(kVolcengine)->action())
            return handler(kVolcengine);
        if (action == handler(kAliyun)->action())
            return handler(kAliyun);
        return handler(scheme == "HMAC-SHA256" ? kVolcengine : kAliyun);
    }
    if (request.path == "/openapi/nas")
        return handler(kUniCloud);
    if (request.path.startsWith("/v1/") || scheme == "SDK-HMAC-SHA256")
        return handler(kHuaweiCloud);
    if (scheme == "HMAC-SHA256")
        return handler(kVolcengine);
    if (request.queryValue(QStringLiteral("SignatureVersion")) == QLatin1String("2.0"))
        return handler(kUniCloud);
    return handler(kAliyun);
}

SimProviderHandler* SimServer::handler(const QString& provider) const
{
    for (const auto& candidate : m_handlers) {
        if (candidate->providerId() == provider)
            return candidate.get();
    }
    Q_UNREACHABLE();
    return nullptr;
}

SimAnswer SimServer::control(const SimRequest& request)
{
    if (request.path == "/_sim/orders" && request.method == "GET") {
        QJsonArray list;
        for (const SimOrder& order : m_state.orders())
            list.append(SimState::orderToJson(order));
        return controlAnswer(200, QJsonDocument(list));
    }
    if (request.path == "/_sim/reset" && request.method == "POST") {
        clear();
        return controlAnswer(200, QJsonDocument(QJsonObject{{QStringLiteral("reset"), true}}));
    }
    if (request.path == "/_sim/orders" || request.path == "/_sim/reset")
        return controlAnswer(
            405, QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("method not allowed")}}));
    return controlAnswer(404,
                         QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("not found")}}));
}

void SimServer::deliver(const SimAnswer& answer, QTcpSocket* socket)
{
    switch (answer.delivery) {
    case SimAnswer::Delivery::Now:
        write(answer, socket);
        return;
    case SimAnswer::Delivery::Stream:
        stream(answer, socket);
        return;
    case SimAnswer::Delivery::Drop:
        // The provider took the order; the client never learns it.
        socket->abort();
        report(answer, 0, QStringLiteral("drop"));
        return;
    case SimAnswer::Delivery::AfterSlowDelay: {
        // A timer rather than a wait, so that other requests are answered meanwhile; among
        // them a resend with the same token, which finds the token still in process.
        QPointer<QTcpSocket> target(socket);
        QTimer::singleShot(m_settings.slowAnswerMs, this, [this, answer, target] {
            if (!answer.token.isEmpty())
                m_state.setProcessing(answer.provider, answer.token, false);
            if (target && target->state() == QAbstractSocket::ConnectedState)
                write(answer, target);
            else
                report(answer, 0, QStringLiteral("client gone"));
        });
        return;
    }
    }
}

QByteArray SimServer::head(const SimAnswer& answer, const QByteArray& lengthHeader) const
{
    const QByteArray contentType =
        answer.contentType.isEmpty() ? QByteArrayLiteral("application/json") : answer.contentType;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.httpStatus) + ' ' +
                     SimAnswer::reasonPhrase(answer.httpStatus) +
                     "\r\nDate: " + httpDate(m_settings.clock->nowUtc()) +
                     "\r\nContent-Type: " + contentType + ";charset=UTF-8\r\n" + lengthHeader + "\r\n";
    for (const auto& [name, value] : answer.headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n";
}

void SimServer::write(const SimAnswer& answer, QTcpSocket* socket)
{
    socket->write(head(answer, "Content-Length: " + QByteArray::number(answer.body.size())) + answer.body);
    report(answer, answer.httpStatus, answer.code);
}

void SimServer::stream(const SimAnswer& answer, QTcpSocket* socket)
{
    // Chunked, so that nothing in the head tells the client how much is coming: it has to count.
    // A chunk is produced only when the connection has taken the one before, so the answer
    // never sits in memory whole and stops as soon as the client goes away.
    static const QByteArray filler(kStreamChunk, 'x');
    static const QByteArray closing = QByteArrayLiteral("\"}");
    struct Progress
    {
        qint64 bodySent = 0; // body bytes handed to the socket
        bool over = false;
        QList<QMetaObject::Connection> connections;
    };
    auto progress = std::make_shared<Progress>();
    const qint64 total = qMax(answer.streamBytes, answer.body.size() + closing.size());
    const qint64 fillerEnd = total - closing.size();
    m_streamedBytes = 0;
    m_streamCompleted = false;
    QPointer<QTcpSocket> target(socket);

    const auto end = [this, progress, answer](bool completed) {
        if (progress->over)
            return;
        progress->over = true;
        for (const QMetaObject::Connection& connection : std::as_const(progress->connections))
            disconnect(connection);
        m_streamCompleted = completed;
        report(answer, completed ? answer.httpStatus : 0,
               completed ? answer.code : QStringLiteral("client gone"));
    };
    const auto pump = [progress, answer, target, total, fillerEnd, end] {
        if (progress->over)
            return;
        if (!target || target->state() != QAbstractSocket::ConnectedState)
            return end(false);
        while (target->bytesToWrite() < kStreamChunk && progress->bodySent < total) {
            const qint64 offset = progress->bodySent;
            QByteArray data;
            if (offset < answer.body.size())
                data = answer.body.mid(offset, kStreamChunk);
            else if (offset < fillerEnd)
                data = filler.left(qMin(kStreamChunk, fillerEnd - offset));
            else
                data = closing.mid(offset - fillerEnd);
            progress->bodySent += data.size();
            target->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
        }
        if (progress->bodySent >= total && target->bytesToWrite() == 0) {
            target->write("0\r\n\r\n");
            end(true);
        }
    };
    progress->connections.append(connect(socket, &QTcpSocket::bytesWritten, this, [this, pump](qint64 bytes) {
        m_streamedBytes += bytes;
        // From the event loop rather than at once: a client in this process (the tests) gets
        // its turn between two chunks, as it would against a server elsewhere.
        QTimer::singleShot(0, this, pump);
    }));
    progress->connections.append(connect(socket, &QTcpSocket::disconnected, this, [end] { end(false); }));
    progress->connections.append(connect(socket, &QTcpSocket::errorOccurred, this,
                                         [end](QAbstractSocket::SocketError) { end(false); }));
    socket->write(head(answer, "Transfer-Encoding: chunked"));
    pump();
}

void SimServer::report(const SimAnswer& answer, int httpStatus, const QString& code)
{
    if (answer.provider != kControl)
        emit requestHandled(answer.provider, httpStatus, code);
    emit requestLogged(answer.provider + QLatin1Char(' ') + answer.action + QLatin1Char(' ') +
                       (httpStatus == 0 ? QStringLiteral("-") : QString::number(httpStatus)) +
                       QLatin1Char(' ') + (code.isEmpty() ? QStringLiteral("-") : code));
}

void SimServer::noteStateChange(quint64 revisionBefore)
{
    if (m_state.revision() != revisionBefore)
        emit stateChanged();
}

} // namespace OrderDesk
