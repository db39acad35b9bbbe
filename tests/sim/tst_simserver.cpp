#include "SimSandbox.h"
#include "SimTestSupport.h"
#include "common/FixedClock.h"
#include "signing/V4Canonical.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <algorithm>

using namespace OrderDesk;
using namespace SimTestSupport;

namespace {

// A key pair the simulator does not know, and the sandbox key ID with the wrong secret.
const Credential kUnknownKey{QStringLiteral("AKODUNKNOWN0000000000"), QStringLiteral("some-secret")};
const Credential kWrongSecret{SandboxCredential::pair().accessKeyId, QStringLiteral("not-the-secret")};

void addProviderRows()
{
    QTest::addColumn<QString>("provider");
    for (const QString& id : providerIds())
        QTest::newRow(qPrintable(id)) << id;
}

// The signed request with one query value's bytes replaced on the wire; the decoded value
// stays the same, only its encoding differs from what was signed.
QUrl withQueryBytes(const HttpRequest& request, const QByteArray& from, const QByteArray& to)
{
    QByteArray query = request.encodedQuery();
    query.replace(from, to);
    return QUrl::fromEncoded("http://" + request.hostHeader() + request.path + '?' + query, QUrl::StrictMode);
}

// The order signed as Volcengine's Node.js SDK (@volcengine/openapi) signs a GET: X-Date added,
// no X-Content-Sha256, and only the headers named in signedNames signed (the SDK names x-date
// alone). A named header the request does not carry is signed with an empty value, as by a
// client that loses it on the way. The payload hash covers hashedBody, the body the client
// meant to send. The key derivation and string to sign are spelled out from the published
// scheme rather than taken from VolcengineSigner, so that the simulator is checked against
// the scheme and not against itself.
HttpRequest signedAsTheSdk(HttpRequest request, const QByteArray& signedNames, const Credential& credential,
                           const QString& region, const QByteArray& hashedBody)
{
    const QByteArray xDate = V4Canonical::basicDateTime(QDateTime::currentDateTimeUtc());
    request.setHeader("X-Date", xDate);
    V4Canonical::HeaderList signedHeaders;
    for (const QByteArray& name : signedNames.split(';')) {
        if (!name.isEmpty())
            signedHeaders.append({name, name == "host" ? request.hostHeader() : request.header(name)});
    }
    const V4Canonical::Headers headers = V4Canonical::canonicalHeaders(signedHeaders);
    const QByteArray canonicalRequest = V4Canonical::canonicalRequest(
        request.method, request.path, PercentEncoding::canonicalQuery(request.query), headers,
        V4Canonical::sha256Hex(hashedBody));

    const QByteArray date = xDate.left(8);
    const QByteArray scope = date + '/' + region.toUtf8() + "/directconnect/request";
    QByteArray key = V4Canonical::hmacSha256(credential.accessKeySecret.toUtf8(), date);
    for (const QByteArray& part : {region.toUtf8(), QByteArray("directconnect"), QByteArray("request")})
        key = V4Canonical::hmacSha256(key, part);
    const QByteArray stringToSign =
        "HMAC-SHA256\n" + xDate + '\n' + scope + '\n' + V4Canonical::sha256Hex(canonicalRequest);
    const QByteArray signature = V4Canonical::hmacSha256(key, stringToSign).toHex();

    // The SDK also lists the query's names; the gateway does not need them.
    QByteArrayList queryNames;
    for (const QPair<QString, QString>& item : request.query)
        queryNames.append(item.first.toUtf8());
    std::sort(queryNames.begin(), queryNames.end());
    request.setHeader("Authorization", "HMAC-SHA256 Credential=" + credential.accessKeyId.toUtf8() + '/' +
                                           scope + ", SignedHeaders=" + headers.signedNames +
                                           ", SignedQueries=" + queryNames.join(';') +
                                           ", Signature=" + signature);
    return request;
}

void addSdkSigningColumns()
{
    QTest::addColumn<QByteArray>("signedNames");
    QTest::addColumn<QByteArray>("securityToken"); // empty: no X-Security-Token header is sent
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("hashedBody");
    QTest::addColumn<QString>("secret");
}

} // namespace

class TestSimServer : public QObject
{
    Q_OBJECT

private:
    ProviderRegistry m_registry;

    const Provider& provider(const QString& id) const { return *m_registry.find(id); }

    ProviderReply parsed(const QString& id, const Answer& answer) const
    {
        return provider(id).parseReply(answer.httpStatus, answer.body);
    }

    // The seed order for Volcengine, signed by signedAsTheSdk as the current row of
    // addSdkSigningColumns asks.
    HttpRequest sdkSignedOrder(quint16 port) const
    {
        QFETCH(QByteArray, signedNames);
        QFETCH(QByteArray, securityToken);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, hashedBody);
        QFETCH(QString, secret);
        const QString id = QStringLiteral("volcengine");
        HttpRequest request = provider(id).buildRequest(
            seedOrder(id), Endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), port});
        if (!securityToken.isEmpty())
            request.setHeader("X-Security-Token", securityToken);
        request.body = body;
        return signedAsTheSdk(request, signedNames, Credential{SandboxCredential::pair().accessKeyId, secret},
                              provider(id).region(seedOrder(id)), hashedBody);
    }

private Q_SLOTS:
    void listen_bindsLoopbackOnly()
    {
        SimServer server;
        const quint16 port = server.listen();
        QVERIFY(port != 0);
        QVERIFY(!server.servers().isEmpty());
        for (const QTcpServer* tcp : server.servers())
            QCOMPARE(tcp->serverAddress(), QHostAddress(QHostAddress::LocalHost));

        // Nothing is refused on 127.0.0.1 ...
        QTcpSocket loopback;
        loopback.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE(loopback.state(), QAbstractSocket::ConnectedState);

        // ... and no other address of this machine answers on the port.
        QHostAddress other;
        for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
            if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
                other = address;
        }
        if (other.isNull())
            QSKIP("This machine has no IPv4 address besides loopback.");
        QTcpSocket outside;
        outside.connectToHost(other, port);
        QTRY_COMPARE_WITH_TIMEOUT(outside.state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(outside.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void listen_onAPortInUse_returnsZero()
    {
        SimServer first;
        const quint16 port = first.listen();
        QVERIFY(port != 0);
        SimServer second;
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("listen failed")));
        QCOMPARE(second.listen(port), quint16(0));
    }

    // The app's sandbox: started once on loopback, and what reached it is the server's.
    void sandbox_startsOnLoopbackOnceAndReportsTheServersCounts()
    {
        SimSandbox sandbox;
        QVERIFY(!sandbox.endpoint().isValid());
        QVERIFY(sandbox.start());
        const Endpoint endpoint = sandbox.endpoint();
        QCOMPARE(endpoint.scheme, QStringLiteral("http"));
        QCOMPARE(endpoint.host, QStringLiteral("127.0.0.1"));
        QVERIFY(endpoint.port > 0);
        QVERIFY(sandbox.start());
        QCOMPARE(sandbox.endpoint().port, endpoint.port);

        const QString provider = QStringLiteral("aliyun");
        QNetworkAccessManager manager;
        const Answer answer =
            send(manager, signedOrder(this->provider(provider), seedOrder(provider), quint16(endpoint.port)));
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(sandbox.requestCount(), 1);
        QCOMPARE(sandbox.requestCount(provider), sandbox.server().requestCount(provider));
        QCOMPARE(sandbox.orderCount(provider), 1);
        QCOMPARE(sandbox.orderCount(QStringLiteral("unicloud")), 0);
    }

    void seedOrder_isAcceptedInTheProvidersShape_data() { addProviderRows(); }
    void seedOrder_isAcceptedInTheProvidersShape()
    {
        QFETCH(QString, provider);
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;

        const Answer answer = send(manager, signedOrder(this->provider(provider), seedOrder(provider), port));
        QCOMPARE(answer.error, QNetworkReply::NoError);
        QCOMPARE(answer.httpStatus, 200);
        const ProviderReply reply = parsed(provider, answer);
        QCOMPARE(reply.kind, ProviderReply::Kind::Accepted);
        // Huawei's seed shows a success body with order_id only: its request ID is a header.
        QCOMPARE(reply.requestId.isEmpty(), provider == QLatin1String("huaweicloud"));
        QCOMPARE(server.orderCount(provider), 1);
        QCOMPARE(server.orderCount(), 1);
        QCOMPARE(server.orders().constFirst().orderId, reply.orderId);
        QCOMPARE(server.orders().constFirst().provider, provider);
        QCOMPARE(server.orders().constFirst().resourceId, seedOrder(provider).value(resourceField(provider)));

        // The shapes of the seed pages' success examples.
        const QJsonObject body = answer.json();
        if (provider == QLatin1String("volcengine")) {
            QCOMPARE(body.keys(),
                     QStringList({QStringLiteral("ResponseMetadata"), QStringLiteral("Result")}));
            const QJsonObject meta = body.value(QLatin1String("ResponseMetadata")).toObject();
            QCOMPARE(meta.value(QLatin1String("Action")).toString(),
                     QStringLiteral("CreateDirectConnectConnectionOrder"));
            QCOMPARE(meta.value(QLatin1String("Version")).toString(), QStringLiteral("2020-04-01"));
            QCOMPARE(meta.value(QLatin1String("Service")).toString(), QStringLiteral("directconnect"));
            QCOMPARE(meta.value(QLatin1String("Region")).toString(), QStringLiteral("cn-beijing"));
            QCOMPARE(
                body.value(QLatin1String("Result")).toObject().value(QLatin1String("RequestId")).toString(),
                reply.requestId);
            QVERIFY(QRegularExpression(QStringLiteral("^Order\\d{19}$")).match(reply.orderId).hasMatch());
            QVERIFY(QRegularExpression(QStringLiteral("^\\d{14}[0-9A-F]{20}$"))
                        .match(reply.requestId)
                        .hasMatch());
        } else if (provider == QLatin1String("aliyun")) {
            QCOMPARE(body.keys(), QStringList({QStringLiteral("Data"), QStringLiteral("RequestId")}));
            QVERIFY(QRegularExpression(QStringLiteral("^\\d{15}$")).match(reply.orderId).hasMatch());
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$"))
                        .match(reply.requestId)
                        .hasMatch());
        } else if (provider == QLatin1String("unicloud")) {
            QCOMPARE(body.keys(),
                     QStringList({QStringLiteral("Auth"), QStringLiteral("Code"), QStringLiteral("RequestId"),
                                  QStringLiteral("Res"), QStringLiteral("Status")}));
            QCOMPARE(body.value(QLatin1String("Status")).toBool(), true);
            QCOMPARE(body.value(QLatin1String("Code")).toString(), QStringLiteral("Success"));
            QVERIFY(QRegularExpression(QStringLiteral("^\\d{18}$")).match(reply.orderId).hasMatch());
            QCOMPARE(reply.resourceIds.size(), 1);
            QVERIFY(reply.resourceIds.constFirst().startsWith(QLatin1String("nas-")));
            QCOMPARE(server.orders().constFirst().resourceIds, reply.resourceIds);
        } else {
            // The seed shows only order_id; the request ID travels in the X-Request-Id header.
            QCOMPARE(body.keys(), QStringList({QStringLiteral("order_id")}));
            QVERIFY(
                QRegularExpression(QStringLiteral("^CS\\d{10}[A-Z]{5}$")).match(reply.orderId).hasMatch());
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$"))
                        .match(QString::fromLatin1(answer.header("X-Request-Id")))
                        .hasMatch());
        }
        QVERIFY(!answer.header("Date").isEmpty());
    }

    void everyAnswer_carriesTheSimulatorsDate()
    {
        // Pinned to a second so that the exact header can be compared.
        FixedClock clock(QDateTime::currentDateTimeUtc());
        SimServer server;
        server.setClock(&clock);
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        const QDateTime now = clock.nowUtc();
        const Answer accepted =
            send(manager, signedOrder(provider(QStringLiteral("aliyun")), seedOrder(QStringLiteral("aliyun")),
                                      port, SandboxCredential::pair(), now));
        const Answer rejected =
            send(manager, signedOrder(provider(QStringLiteral("aliyun")), seedOrder(QStringLiteral("aliyun")),
                                      port, kUnknownKey, now));
        QCOMPARE(accepted.httpStatus, 200);
        QCOMPARE(rejected.httpStatus, 404);
        QCOMPARE(accepted.header("Date"), SimServer::httpDate(now));
        QCOMPARE(rejected.header("Date"), SimServer::httpDate(now));
    }

    void httpDate_isRfc7231Format()
    {
        // RFC 7231, section 7.1.1.1: the example IMF-fixdate.
        const QDateTime example(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QCOMPARE(SimServer::httpDate(example), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
        QCOMPARE(SimServer::httpDate(example.toOffsetFromUtc(8 * 3600)),
                 QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    }

    void wrongSecret_isRejectedWithTheSignatureError_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("volcengine") << QStringLiteral("volcengine") << 401
                                    << QStringLiteral("SignatureDoesNotMatch")
                                    << QStringLiteral("does not match");
        // Alibaba Cloud quotes its own string to sign, so a client can compare.
        QTest::newRow("aliyun") << QStringLiteral("aliyun") << 400 << QStringLiteral("SignatureDoesNotMatch")
                                << QStringLiteral("server string to sign is:GET&%2F&AccessKeyId%3D");
        QTest::newRow("unicloud") << QStringLiteral("unicloud") << 400 << QStringLiteral("InvalidParameter")
                                  << QStringLiteral("The specified parameter \"Signature\" is not valid.");
        QTest::newRow("huaweicloud") << QStringLiteral("huaweicloud") << 401 << QStringLiteral("APIG.0301")
                                     << QStringLiteral("verify aksk signature fail");
    }
    void wrongSecret_isRejectedWithTheSignatureError()
    {
        QFETCH(QString, provider);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        const Answer answer =
            send(manager, signedOrder(this->provider(provider), seedOrder(provider), port, kWrongSecret));
        QCOMPARE(answer.httpStatus, status);
        const ProviderReply reply = parsed(provider, answer);
        QCOMPARE(reply.kind, ProviderReply::Kind::Rejected);
        QCOMPARE(reply.errorCode, code);
        QVERIFY2(reply.errorMessage.contains(messagePart), qPrintable(reply.errorMessage));
        QVERIFY(!reply.requestId.isEmpty() || !answer.header("X-Request-Id").isEmpty());
        const ErrorInfo* info = this->provider(provider).errorCatalogue().find(code, reply.errorMessage);
        QVERIFY(info);
        QCOMPARE(info->category, ErrorCategory::Authentication);
        QCOMPARE(server.orderCount(), 0);
        QCOMPARE(server.requestCount(provider), 1);
    }

    void unknownKey_isRejectedWithTheKeyError_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("volcengine") << QStringLiteral("volcengine") << 401
                                    << QStringLiteral("InvalidAccessKey")
                                    << QStringLiteral("AKODUNKNOWN0000000000");
        QTest::newRow("aliyun") << QStringLiteral("aliyun") << 404
                                << QStringLiteral("InvalidAccessKeyId.NotFound")
                                << QStringLiteral("Specified access key is not found.");
        QTest::newRow("unicloud") << QStringLiteral("unicloud") << 400 << QStringLiteral("InvalidParameter")
                                  << QStringLiteral("\"AccessKeyId\"");
        QTest::newRow("huaweicloud") << QStringLiteral("huaweicloud") << 401 << QStringLiteral("APIG.0301")
                                     << QStringLiteral("Get secretKey failed");
    }
    void unknownKey_isRejectedWithTheKeyError()
    {
        QFETCH(QString, provider);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        const Answer answer =
            send(manager, signedOrder(this->provider(provider), seedOrder(provider), port, kUnknownKey));
        QCOMPARE(answer.httpStatus, status);
        const ProviderReply reply = parsed(provider, answer);
        QCOMPARE(reply.errorCode, code);
        QVERIFY2(reply.errorMessage.contains(messagePart), qPrintable(reply.errorMessage));
        QCOMPARE(this->provider(provider).errorCatalogue().find(code, reply.errorMessage)->category,
                 ErrorCategory::Authentication);
        QCOMPARE(server.orderCount(), 0);
    }

    void configuredKeys_replaceTheSandboxPair()
    {
        const Credential mine{QStringLiteral("AKLTMINE"), QStringLiteral("my-secret")};
        SimServer server;
        server.setCredentials({mine});
        QCOMPARE(server.credentials().size(), 1);
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        const QString id = QStringLiteral("volcengine");
        QCOMPARE(send(manager, signedOrder(provider(id), seedOrder(id), port, mine)).httpStatus, 200);
        QCOMPARE(
            parsed(id, send(manager, signedOrder(provider(id), seedOrderFor(id, QStringLiteral("dcc-other")),
                                                 port, SandboxCredential::pair())))
                .errorCode,
            QStringLiteral("InvalidAccessKey"));
    }

    void clockSkew_isRejectedAndTheDateHeaderShowsServerTime_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("volcengine") << QStringLiteral("volcengine") << 400
                                    << QStringLiteral("InvalidTimestamp") << QStringLiteral("expired");
        QTest::newRow("aliyun") << QStringLiteral("aliyun") << 400
                                << QStringLiteral("InvalidTimeStamp.Expired") << QStringLiteral("expired");
        QTest::newRow("unicloud") << QStringLiteral("unicloud") << 400 << QStringLiteral("InvalidParameter")
                                  << QStringLiteral("\"Timestamp\"");
        QTest::newRow("huaweicloud") << QStringLiteral("huaweicloud") << 401 << QStringLiteral("APIG.0301")
                                     << QStringLiteral("signature expired, signature time:");
    }
    void clockSkew_isRejectedAndTheDateHeaderShowsServerTime()
    {
        QFETCH(QString, provider);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        const QDateTime signedAt(QDate(2024, 5, 1), QTime(10, 0, 0), Qt::UTC);
        FixedClock clock(signedAt.addSecs(20 * 60));
        SimServer server;
        server.setClock(&clock);
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        const Answer answer = send(manager, signedOrder(this->provider(provider), seedOrder(provider), port,
                                                        SandboxCredential::pair(), signedAt));
        QCOMPARE(answer.httpStatus, status);
        const ProviderReply reply = parsed(provider, answer);
        QCOMPARE(reply.errorCode, code);
        QVERIFY2(reply.errorMessage.contains(messagePart), qPrintable(reply.errorMessage));
        QCOMPARE(this->provider(provider).errorCatalogue().find(code, reply.errorMessage)->category,
                 ErrorCategory::ClockSkew);
        // The client measures its skew from this header.
        QCOMPARE(answer.header("Date"), QByteArray("Wed, 01 May 2024 10:20:00 GMT"));
        if (provider == QLatin1String("huaweicloud"))
            QCOMPARE(reply.errorMessage,
                     QStringLiteral("Incorrect IAM authentication information: signature expired, signature "
                                    "time:20240501T100000Z, server time:20240501T102000Z"));
        QCOMPARE(server.orderCount(), 0);
    }

    void clockWithinFifteenMinutes_isAccepted_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("offsetSeconds");
        for (const QString& id : providerIds()) {
            QTest::newRow(qPrintable(id + QStringLiteral(" ahead"))) << id << 15 * 60;
            QTest::newRow(qPrintable(id + QStringLiteral(" behind"))) << id << -15 * 60;
        }
    }
    void clockWithinFifteenMinutes_isAccepted()
    {
        QFETCH(QString, provider);
        QFETCH(int, offsetSeconds);
        const QDateTime signedAt(QDate(2024, 5, 1), QTime(10, 0, 0), Qt::UTC);
        FixedClock clock(signedAt.addSecs(offsetSeconds));
        SimServer server;
        server.setClock(&clock);
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        const Answer answer = send(manager, signedOrder(this->provider(provider), seedOrder(provider), port,
                                                        SandboxCredential::pair(), signedAt));
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(server.orders().constFirst().createdUtc, clock.nowUtc());
    }

    void nonceReplay_isRejected_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("aliyun") << QStringLiteral("aliyun") << QStringLiteral("SignatureNonceUsed")
                                << QStringLiteral("Specified signature nonce was used already.");
        QTest::newRow("unicloud") << QStringLiteral("unicloud") << QStringLiteral("InvalidParameter")
                                  << QStringLiteral("\"SignatureNonce\"");
    }
    void nonceReplay_isRejected()
    {
        QFETCH(QString, provider);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        const HttpRequest request = signedOrder(this->provider(provider), seedOrder(provider), port);
        QCOMPARE(send(manager, request).httpStatus, 200);
        const Answer replay = send(manager, request);
        QCOMPARE(replay.httpStatus, 400);
        const ProviderReply reply = parsed(provider, replay);
        QCOMPARE(reply.errorCode, code);
        QVERIFY2(reply.errorMessage.contains(messagePart), qPrintable(reply.errorMessage));
        QCOMPARE(server.orderCount(), 1);
        QCOMPARE(server.requestCount(provider), 2);
    }

    void sameToken_returnsTheSameOrderAgain_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("volcengine") << QStringLiteral("volcengine");
        QTest::newRow("aliyun") << QStringLiteral("aliyun");
    }
    void sameToken_returnsTheSameOrderAgain()
    {
        QFETCH(QString, provider);
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        const ProviderReply first =
            parsed(provider, send(manager, signedOrder(this->provider(provider), seedOrder(provider), port)));
        // A retry signs again, with a new time and nonce, and keeps the token.
        const Answer again =
            send(manager, signedOrder(this->provider(provider), seedOrder(provider), port,
                                      SandboxCredential::pair(), QDateTime::currentDateTimeUtc().addSecs(1)));
        QCOMPARE(again.httpStatus, 200);
        const ProviderReply second = parsed(provider, again);
        QCOMPARE(second.kind, ProviderReply::Kind::Accepted);
        QCOMPARE(second.orderId, first.orderId);
        QVERIFY(second.requestId != first.requestId);
        QCOMPARE(server.orderCount(), 1);
        QCOMPARE(server.orders().constFirst().token, QStringLiteral("token-") + provider);
    }

    void sameTokenSpellingOutDefaults_isTheSameOrder()
    {
        const QString id = QStringLiteral("volcengine");
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        OrderRequest bare = seedOrder(id);
        bare.params.remove(QStringLiteral("Period"));
        bare.params.remove(QStringLiteral("PeriodUnit"));
        const ProviderReply first = parsed(id, send(manager, signedOrder(provider(id), bare, port)));
        const ProviderReply second =
            parsed(id, send(manager, signedOrder(provider(id), seedOrder(id), port)));
        QCOMPARE(second.kind, ProviderReply::Kind::Accepted);
        QCOMPARE(second.orderId, first.orderId);
        QCOMPARE(server.orderCount(), 1);
    }

    void sameTokenOtherParameters_isIdempotentParameterMismatch_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("volcengine") << QStringLiteral("volcengine");
        QTest::newRow("aliyun") << QStringLiteral("aliyun");
    }
    void sameTokenOtherParameters_isIdempotentParameterMismatch()
    {
        QFETCH(QString, provider);
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        QCOMPARE(send(manager, signedOrder(this->provider(provider), seedOrder(provider), port)).httpStatus,
                 200);
        OrderRequest changed = seedOrder(provider);
        changed.params.insert(QStringLiteral("Period"), QStringLiteral("2"));
        const Answer answer = send(manager, signedOrder(this->provider(provider), changed, port));
        QCOMPARE(answer.httpStatus, 400);
        const ProviderReply reply = parsed(provider, answer);
        QCOMPARE(reply.errorCode, QStringLiteral("IdempotentParameterMismatch"));
        QCOMPARE(this->provider(provider).errorCatalogue().find(reply.errorCode)->category,
                 ErrorCategory::Idempotency);
        QCOMPARE(server.orderCount(), 1);
    }

    void noTokenProvider_placesANewOrderForEveryRequest_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("unicloud") << QStringLiteral("unicloud");
        QTest::newRow("huaweicloud") << QStringLiteral("huaweicloud");
    }
    void noTokenProvider_placesANewOrderForEveryRequest()
    {
        QFETCH(QString, provider);
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        const ProviderReply first =
            parsed(provider, send(manager, signedOrder(this->provider(provider), seedOrder(provider), port)));
        const ProviderReply second =
            parsed(provider, send(manager, signedOrder(this->provider(provider), seedOrder(provider), port)));
        QCOMPARE(first.kind, ProviderReply::Kind::Accepted);
        QCOMPARE(second.kind, ProviderReply::Kind::Accepted);
        QVERIFY(first.orderId != second.orderId);
        QCOMPARE(server.orderCount(provider), 2);
    }

    void queryChangedAfterSigning_isRejected_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("volcengine") << QStringLiteral("volcengine") << QStringLiteral("Period")
                                    << QStringLiteral("2") << QStringLiteral("SignatureDoesNotMatch");
        QTest::newRow("aliyun") << QStringLiteral("aliyun") << QStringLiteral("Period") << QStringLiteral("2")
                                << QStringLiteral("SignatureDoesNotMatch");
        QTest::newRow("unicloud") << QStringLiteral("unicloud") << QStringLiteral("regionId")
                                  << QStringLiteral("cn-tianjin") << QStringLiteral("InvalidParameter");
        QTest::newRow("huaweicloud") << QStringLiteral("huaweicloud") << QStringLiteral("extra")
                                     << QStringLiteral("1") << QStringLiteral("APIG.0301");
    }
    void queryChangedAfterSigning_isRejected()
    {
        QFETCH(QString, provider);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, code);
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        HttpRequest request = signedOrder(this->provider(provider), seedOrder(provider), port);
        request.setQueryValue(name, value);
        const ProviderReply reply = parsed(provider, send(manager, request));
        QCOMPARE(reply.kind, ProviderReply::Kind::Rejected);
        QCOMPARE(reply.errorCode, code);
        QCOMPARE(this->provider(provider).errorCatalogue().find(code, reply.errorMessage)->category,
                 ErrorCategory::Authentication);
        QCOMPARE(server.orderCount(), 0);
    }

    // The same decoded values with other bytes on the wire: QUrl leaves '*' and ':' alone
    // where the signature covers "%2A" and "%3A". The simulator verifies the bytes it got.
    void queryBytesOtherThanSigned_areRejected_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("code");
        QTest::newRow("volcengine *") << QStringLiteral("volcengine") << QByteArray("%2A") << QByteArray("*")
                                      << QStringLiteral("SignatureDoesNotMatch");
        QTest::newRow("aliyun *") << QStringLiteral("aliyun") << QByteArray("%2A") << QByteArray("*")
                                  << QStringLiteral("SignatureDoesNotMatch");
        QTest::newRow("aliyun :") << QStringLiteral("aliyun") << QByteArray("%3A") << QByteArray(":")
                                  << QStringLiteral("SignatureDoesNotMatch");
        QTest::newRow("unicloud :") << QStringLiteral("unicloud") << QByteArray("%3A") << QByteArray(":")
                                    << QStringLiteral("InvalidParameter");
    }
    void queryBytesOtherThanSigned_areRejected()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, code);
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        const HttpRequest request = signedOrder(this->provider(provider), seedOrder(provider), port);
        QVERIFY(request.encodedQuery().contains(from));
        const ProviderReply reply =
            parsed(provider, send(manager, request, withQueryBytes(request, from, to)));
        QCOMPARE(reply.errorCode, code);
        QVERIFY2(code != QLatin1String("InvalidParameter") ||
                     reply.errorMessage.contains(QLatin1String("\"Signature\"")),
                 qPrintable(reply.errorMessage));
        QCOMPARE(server.orderCount(), 0);
        // The very request with the bytes as signed is fine.
        QCOMPARE(send(manager, signedOrder(this->provider(provider), seedOrder(provider), port)).httpStatus,
                 200);
    }

    void bodyChangedAfterSigning_isRejectedByHuawei()
    {
        const QString id = QStringLiteral("huaweicloud");
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        HttpRequest request = signedOrder(provider(id), seedOrder(id), port);
        request.body.replace("\"period_num\":1", "\"period_num\":2");
        const ProviderReply reply = parsed(id, send(manager, request));
        QCOMPARE(reply.errorCode, QStringLiteral("APIG.0301"));
        QVERIFY(reply.errorMessage.contains(QLatin1String("verify aksk signature fail")));
        QCOMPARE(server.orderCount(), 0);
    }

    void volcengineWithoutAuthorization_isMissingAuthenticationToken()
    {
        const QString id = QStringLiteral("volcengine");
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        HttpRequest request = signedOrder(provider(id), seedOrder(id), port);
        request.headers.removeIf([](const auto& header) { return header.first == "Authorization"; });
        const Answer answer = send(manager, request);
        QCOMPARE(answer.httpStatus, 401);
        QCOMPARE(parsed(id, answer).errorCode, QStringLiteral("MissingAuthenticationToken"));
        const QJsonObject error = answer.json()
                                      .value(QLatin1String("ResponseMetadata"))
                                      .toObject()
                                      .value(QLatin1String("Error"))
                                      .toObject();
        QCOMPARE(error.value(QLatin1String("CodeN")).toInt(), 100003);
    }

    // What the real gateway accepts from Volcengine's own Node.js SDK: x-date is the only
    // header that must be signed, and without X-Content-Sha256 the body's own hash counts.
    void volcengineSignedAsTheNodeSdk_isAccepted_data()
    {
        addSdkSigningColumns();
        const QString secret = SandboxCredential::pair().accessKeySecret;
        QTest::newRow("x-date only") << QByteArray("x-date") << QByteArray() << QByteArray() << QByteArray()
                                     << secret;
        QTest::newRow("x-date and host")
            << QByteArray("host;x-date") << QByteArray() << QByteArray() << QByteArray() << secret;
        QTest::newRow("x-date and the STS token")
            << QByteArray("x-date;x-security-token") << QByteArray("sts-token") << QByteArray()
            << QByteArray() << secret;
        QTest::newRow("x-date, with a body")
            << QByteArray("x-date") << QByteArray() << QByteArray("{}") << QByteArray("{}") << secret;
    }
    void volcengineSignedAsTheNodeSdk_isAccepted()
    {
        QFETCH(QByteArray, signedNames);
        const QString id = QStringLiteral("volcengine");
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        const HttpRequest request = sdkSignedOrder(port);
        QVERIFY(request.header("X-Content-Sha256").isEmpty());
        QVERIFY(
            request.header("Authorization").contains(QByteArray(", SignedHeaders=" + signedNames + ", ")));

        const Answer answer = send(manager, request);
        QCOMPARE(answer.httpStatus, 200);
        const ProviderReply reply = parsed(id, answer);
        QCOMPARE(reply.kind, ProviderReply::Kind::Accepted);
        QCOMPARE(server.orderCount(id), 1);
        QCOMPARE(server.orders().constFirst().orderId, reply.orderId);
    }

    // Whatever else is signed, a signature that leaves out x-date, names a header that did not
    // arrive, hashes another body or uses another secret is refused as not matching.
    void volcengineSignedHeadersOtherwise_areRefused_data()
    {
        addSdkSigningColumns();
        const QString secret = SandboxCredential::pair().accessKeySecret;
        QTest::newRow("host without x-date")
            << QByteArray("host") << QByteArray() << QByteArray() << QByteArray() << secret;
        QTest::newRow("nothing signed")
            << QByteArray() << QByteArray() << QByteArray() << QByteArray() << secret;
        QTest::newRow("STS token named, not sent") << QByteArray("x-date;x-security-token") << QByteArray()
                                                   << QByteArray() << QByteArray() << secret;
        QTest::newRow("body other than hashed")
            << QByteArray("x-date") << QByteArray() << QByteArray("{}") << QByteArray() << secret;
        QTest::newRow("wrong secret") << QByteArray("x-date") << QByteArray() << QByteArray() << QByteArray()
                                      << kWrongSecret.accessKeySecret;
    }
    void volcengineSignedHeadersOtherwise_areRefused()
    {
        const QString id = QStringLiteral("volcengine");
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        const HttpRequest request = sdkSignedOrder(port);

        const Answer answer = send(manager, request);
        QCOMPARE(answer.httpStatus, 401);
        QCOMPARE(parsed(id, answer).errorCode, QStringLiteral("SignatureDoesNotMatch"));
        const QJsonObject error = answer.json()
                                      .value(QLatin1String("ResponseMetadata"))
                                      .toObject()
                                      .value(QLatin1String("Error"))
                                      .toObject();
        QCOMPARE(error.value(QLatin1String("CodeN")).toInt(), 100010);
        QCOMPARE(server.orderCount(), 0);
    }

    void volcengineWithoutSignature_isMissingSignature()
    {
        const QString id = QStringLiteral("volcengine");
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        HttpRequest request = signedOrder(provider(id), seedOrder(id), port);
        QByteArray authorization = request.header("Authorization");
        authorization.truncate(authorization.indexOf(", Signature="));
        request.setHeader("Authorization", authorization);
        const Answer answer = send(manager, request);
        QCOMPARE(answer.httpStatus, 401);
        QCOMPARE(parsed(id, answer).errorCode, QStringLiteral("MissingSignature"));
    }

    void aliyunWithoutSignature_isIncompleteSignature()
    {
        const QString id = QStringLiteral("aliyun");
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        HttpRequest request = signedOrder(provider(id), seedOrder(id), port);
        request.removeQueryValue(QStringLiteral("Signature"));
        const Answer answer = send(manager, request);
        QCOMPARE(answer.httpStatus, 400);
        QCOMPARE(parsed(id, answer).errorCode, QStringLiteral("IncompleteSignature"));
    }

    void aliyunFormBody_isSignedAndAccepted()
    {
        // The RPC gateway takes the parameters from a POST form as well; the signer signs them.
        const QString id = QStringLiteral("aliyun");
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        HttpRequest request = provider(id).buildRequest(
            seedOrder(id), Endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), port});
        QueryItems form;
        for (const QString& name : {QStringLiteral("Period"), QStringLiteral("PricingCycle")}) {
            form.append({name, request.queryValue(name)});
            request.removeQueryValue(name);
        }
        request.method = "POST";
        request.setHeader("Content-Type", "application/x-www-form-urlencoded");
        request.body = PercentEncoding::encodeQuery(form);
        const HttpRequest signedRequest = provider(id).sign(request, SandboxCredential::pair(), QString(),
                                                            QDateTime::currentDateTimeUtc(), freshNonce());
        const Answer answer = send(manager, signedRequest);
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(server.orders().constFirst().params.value(QLatin1String("Period")).toString(),
                 QStringLiteral("1"));
    }

    void unknownOperation_isAnsweredInTheProvidersShape_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("volcengine") << QStringLiteral("volcengine") << 404
                                    << QStringLiteral("InvalidActionOrVersion");
        QTest::newRow("aliyun") << QStringLiteral("aliyun") << 404
                                << QStringLiteral("InvalidAction.NotFound");
        QTest::newRow("unicloud") << QStringLiteral("unicloud") << 400 << QStringLiteral("InvalidParameter");
        QTest::newRow("huaweicloud") << QStringLiteral("huaweicloud") << 404 << QStringLiteral("APIG.0101");
    }
    void unknownOperation_isAnsweredInTheProvidersShape()
    {
        QFETCH(QString, provider);
        QFETCH(int, status);
        QFETCH(QString, code);
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        HttpRequest built = this->provider(provider).buildRequest(
            seedOrder(provider), Endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), port});
        if (provider == QLatin1String("huaweicloud"))
            built.path.replace("/period/order", "/period/unknown");
        else
            built.setQueryValue(QStringLiteral("Action"), QStringLiteral("DescribeNothing"));
        const HttpRequest request = this->provider(provider).sign(
            built, SandboxCredential::pair(), this->provider(provider).region(seedOrder(provider)),
            QDateTime::currentDateTimeUtc(), freshNonce());
        const Answer answer = send(manager, request);
        QCOMPARE(answer.httpStatus, status);
        QCOMPARE(parsed(provider, answer).errorCode, code);
        QCOMPARE(server.requestCount(provider), 1);
        QCOMPARE(server.orderCount(), 0);
    }

    void invalidParameters_areAnsweredWithTheSeedsCodes_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value"); // empty: the parameter is left out
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const auto row = [](const char* tag, const char* provider, const char* name, const char* value,
                            int status, const char* code) {
            QTest::newRow(tag) << QString::fromLatin1(provider) << QString::fromLatin1(name)
                               << QString::fromLatin1(value) << status << QString::fromLatin1(code);
        };
        row("volcengine no connection", "volcengine", "DirectConnectConnectionId", "", 400,
            "MissingParameter");
        row("volcengine unknown connection", "volcengine", "DirectConnectConnectionId", "8njk2nl32bd232b",
            404, "InvalidDirectConnectConnection.NotFound");
        row("volcengine period 12", "volcengine", "Period", "12", 400, "InvalidParameter");
        row("volcengine unit Week", "volcengine", "PeriodUnit", "Week", 400, "InvalidParameter");
        row("volcengine token 65", "volcengine", "ClientToken",
            "12345678901234567890123456789012345678901234567890123456789012345", 400,
            "InvalidParameter.ClientTokenMalformed");
        row("aliyun no region", "aliyun", "RegionId", "", 400, "MissingParameter");
        row("aliyun bad region", "aliyun", "RegionId", "Hangzhou", 404, "InvalidRegionId.NotFound");
        row("aliyun unknown circuit", "aliyun", "PhysicalConnectionId", "bp1hp0wr072f6", 404,
            "InvalidPhysicalConnectionId.NotFound");
        row("aliyun period 10", "aliyun", "Period", "10", 400, "InvalidPhysicalConnectionPeriod.Malformed");
        row("aliyun cycle Week", "aliyun", "PricingCycle", "Week", 400,
            "InvalidPhysicalConnectionPricingCycle.Malformed");
        row("aliyun PostPaid", "aliyun", "InstanceChargeType", "PostPaid", 400,
            "InvalidPhysicalConnectionChargeType.Malformed");
        row("aliyun AutoPay yes", "aliyun", "AutoPay", "yes", 400, "InvalidParameter");
        row("unicloud no vpc", "unicloud", "vpc", "", 400, "InvalidParameter");
        row("unicloud rentCount 0", "unicloud", "rentCount", "0", 400, "InvalidParameter");
        row("unicloud rentUnit week", "unicloud", "rentUnit", "week", 400, "InvalidParameter");
        row("huaweicloud period_type 4", "huaweicloud", "period_type", "4", 400, "dsc.40000011");
        row("huaweicloud no zone", "huaweicloud", "zone", "", 400, "dsc.40000011");
        row("huaweicloud empty products", "huaweicloud", "product_infos", "[]", 400, "dsc.40000011");
    }
    void invalidParameters_areAnsweredWithTheSeedsCodes()
    {
        QFETCH(QString, provider);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(int, status);
        QFETCH(QString, code);
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        OrderRequest order = seedOrder(provider);
        if (value.isEmpty())
            order.params.remove(name);
        else
            order.params.insert(name, value);
        const Answer answer = send(manager, signedOrder(this->provider(provider), order, port));
        QCOMPARE(answer.httpStatus, status);
        const ProviderReply reply = parsed(provider, answer);
        QCOMPARE(reply.kind, ProviderReply::Kind::Rejected);
        QCOMPARE(reply.errorCode, code);
        QCOMPARE(server.orderCount(), 0);
    }

    void controlEndpoints_listAndResetOrders()
    {
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        const QString id = QStringLiteral("aliyun");
        const ProviderReply placed =
            parsed(id, send(manager, signedOrder(provider(id), seedOrder(id), port)));
        const QString base = QStringLiteral("http://127.0.0.1:") + QString::number(port);

        const Answer list = finish(manager.get(QNetworkRequest(QUrl(base + QStringLiteral("/_sim/orders")))));
        QCOMPARE(list.httpStatus, 200);
        const QJsonArray orders = QJsonDocument::fromJson(list.body).array();
        QCOMPARE(orders.size(), 1);
        const QJsonObject order = orders.at(0).toObject();
        QCOMPARE(order.value(QLatin1String("provider")).toString(), id);
        QCOMPARE(order.value(QLatin1String("orderId")).toString(), placed.orderId);
        QCOMPARE(order.value(QLatin1String("token")).toString(), QStringLiteral("token-aliyun"));
        QCOMPARE(order.value(QLatin1String("resourceId")).toString(), QStringLiteral("pc-bp1hp0wr072f6****"));
        QCOMPARE(order.value(QLatin1String("params")).toObject().value(QLatin1String("RegionId")).toString(),
                 QStringLiteral("cn-hangzhou"));

        const Answer wrongMethod =
            finish(manager.get(QNetworkRequest(QUrl(base + QStringLiteral("/_sim/reset")))));
        QCOMPARE(wrongMethod.httpStatus, 405);
        QCOMPARE(server.orderCount(), 1);

        QSignalSpy changed(&server, &SimServer::stateChanged);
        const Answer reset =
            finish(manager.post(QNetworkRequest(QUrl(base + QStringLiteral("/_sim/reset"))), QByteArray()));
        QCOMPARE(reset.httpStatus, 200);
        QCOMPARE(server.orderCount(), 0);
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(changed.count(), 1);
        const Answer empty =
            finish(manager.get(QNetworkRequest(QUrl(base + QStringLiteral("/_sim/orders")))));
        QCOMPARE(QJsonDocument::fromJson(empty.body).array().size(), 0);
    }

    void requestHandled_reportsEveryAnswerAndTheLogLineHoldsNoSecret()
    {
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        QSignalSpy handled(&server, &SimServer::requestHandled);
        QSignalSpy logged(&server, &SimServer::requestLogged);
        const QString id = QStringLiteral("aliyun");
        const HttpRequest request = signedOrder(provider(id), seedOrder(id), port);
        send(manager, request);
        send(manager, signedOrder(provider(id), seedOrder(id), port, kWrongSecret));
        QCOMPARE(handled.count(), 2);
        QCOMPARE(handled.at(0), QVariantList({id, 200, QString()}));
        QCOMPARE(handled.at(1), QVariantList({id, 400, QStringLiteral("SignatureDoesNotMatch")}));
        QCOMPARE(logged.count(), 2);
        QCOMPARE(logged.at(0).at(0).toString(),
                 QStringLiteral("aliyun CreatePhysicalConnectionOccupancyOrder 200 -"));
        QCOMPARE(logged.at(1).at(0).toString(),
                 QStringLiteral("aliyun CreatePhysicalConnectionOccupancyOrder 400 SignatureDoesNotMatch"));
        for (const QList<QVariant>& line : logged) {
            QVERIFY(!line.at(0).toString().contains(SandboxCredential::pair().accessKeySecret));
            QVERIFY(!line.at(0).toString().contains(request.queryValue(QStringLiteral("Signature"))));
        }
    }

    void requestCount_countsRejectedRequestsPerProvider()
    {
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        for (const QString& id : providerIds())
            send(manager, signedOrder(provider(id), seedOrder(id), port, kUnknownKey));
        send(manager,
             signedOrder(provider(QStringLiteral("unicloud")), seedOrder(QStringLiteral("unicloud")), port));
        QCOMPARE(server.requestCount(), 5);
        QCOMPARE(server.requestCount(QStringLiteral("unicloud")), 2);
        QCOMPARE(server.requestCount(QStringLiteral("volcengine")), 1);
        QCOMPARE(server.orderCount(), 1);
        server.reset();
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(server.orderCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimServer)
#include "tst_simserver.moc"
