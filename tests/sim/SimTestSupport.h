#pragma once

#include "OrderFlowSupport.h"
#include "ProviderTestSupport.h"
#include "SimServer.h"
#include "common/Endpoint.h"
#include "common/HttpRequest.h"
#include "common/SandboxCredential.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

// What the simulator suites share: orders built and signed by the core providers, sent the
// way a client sends them, and the answers as they came back.
namespace SimTestSupport {

using namespace OrderDesk;

inline QStringList providerIds()
{
    return OrderFlowSupport::providers();
}

// The field each provider's triggers are read from, and a well-formed value for a keyword.
inline QString resourceField(const QString& provider)
{
    return OrderFlowSupport::resourceField(provider);
}

inline QString resourceWith(const QString& provider, const QString& keyword)
{
    if (provider == QLatin1String("volcengine"))
        return QStringLiteral("dcc-") + keyword;
    if (provider == QLatin1String("aliyun"))
        return QStringLiteral("pc-") + keyword;
    if (provider == QLatin1String("unicloud"))
        return QStringLiteral("fs-") + keyword;
    return QStringLiteral("0a1b") + keyword;
}

// The seed page's example order; token providers get a fixed token so that resends match.
inline OrderRequest seedOrder(const QString& provider)
{
    OrderRequest order = ProviderTestSupport::seedExampleOrder(provider);
    if (provider == QLatin1String("volcengine") || provider == QLatin1String("aliyun"))
        order.params.insert(QStringLiteral("ClientToken"), QStringLiteral("token-") + provider);
    return order;
}

inline OrderRequest seedOrderFor(const QString& provider, const QString& resourceId)
{
    OrderRequest order = seedOrder(provider);
    order.params.insert(resourceField(provider), resourceId);
    return order;
}

inline QString freshNonce()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The order built by the provider for the simulator and signed as the app signs it.
inline HttpRequest signedOrder(const Provider& provider, const OrderRequest& order, quint16 port,
                               const Credential& credential = SandboxCredential::pair(),
                               const QDateTime& time = QDateTime::currentDateTimeUtc(),
                               const QString& nonce = freshNonce())
{
    const HttpRequest built =
        provider.buildRequest(order, Endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), port});
    return provider.sign(built, credential, provider.region(order), time, nonce);
}

struct Answer
{
    bool finished = false; // false: no answer within the time allowed
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int httpStatus = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Starts a request without waiting: for tests that keep several in flight.
inline QNetworkReply* start(QNetworkAccessManager& manager, const HttpRequest& request, const QUrl& url = {})
{
    QNetworkRequest networkRequest(url.isEmpty() ? request.url() : url);
    for (const auto& [name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    return manager.sendCustomRequest(networkRequest, request.method, request.body);
}

inline Answer finish(QNetworkReply* reply, int timeoutMs = 10000)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Answer answer;
    answer.finished = reply->isFinished();
    answer.error = reply->error();
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.headers = reply->rawHeaderPairs();
    if (!answer.finished)
        reply->abort();
    reply->deleteLater();
    return answer;
}

// Sends the request as a client does: exactly its encoded query (or the given URL, for tests
// that change the bytes on the wire) and every header it carries.
inline Answer send(QNetworkAccessManager& manager, const HttpRequest& request, const QUrl& url = {})
{
    return finish(start(manager, request, url));
}

// What came back over a plain socket, for faults that a QNetworkAccessManager would hide by
// sending the request again.
struct RawExchange
{
    bool connected = false;
    bool closedByServer = false;
    QByteArray received;
};

inline RawExchange sendRaw(quint16 port, const HttpRequest& request, int timeoutMs = 5000)
{
    QByteArray bytes = request.method + ' ' + request.path;
    if (!request.query.isEmpty())
        bytes += '?' + request.encodedQuery();
    bytes += " HTTP/1.1\r\nHost: " + request.hostHeader() + "\r\n";
    for (const auto& [name, value] : request.headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n\r\n" + request.body;

    RawExchange exchange;
    QTcpSocket socket;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        exchange.connected = true;
        socket.write(bytes);
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { exchange.received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        exchange.closedByServer = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError error) {
        exchange.closedByServer = error == QAbstractSocket::RemoteHostClosedError;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress::LocalHost, port);
    loop.exec();
    return exchange;
}

} // namespace SimTestSupport
