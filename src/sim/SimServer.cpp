#include "SimServer.h"

#include "SimAliyun.h"
#include "SimAnswer.h"
#include "SimHuaweiCloud.h"
#include "SimRequest.h"
#include "SimUniCloud.h"
#include "SimVolcengine.h"
#include "common/SandboxCredential.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

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

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 412:
        return QByteArrayLiteral("Precondition Failed");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
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

void SimServer::write(const SimAnswer& answer, QTcpSocket* socket)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.httpStatus) + ' ' +
                      reasonPhrase(answer.httpStatus) + "\r\nDate: " + httpDate(m_settings.clock->nowUtc()) +
                      "\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: " +
                      QByteArray::number(answer.body.size()) + "\r\n";
    for (const auto& [name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    socket->write(head + "\r\n" + answer.body);
    report(answer, answer.httpStatus, answer.code);
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
