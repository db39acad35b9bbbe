#include "SimState.h"
#include "SimTestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace OrderDesk;
using namespace SimTestSupport;

namespace {

SimOrder exampleOrder()
{
    SimOrder order;
    order.provider = QStringLiteral("unicloud");
    order.orderId = QStringLiteral("907804353770394031");
    order.resourceId = QStringLiteral("sdf");
    order.params =
        QJsonObject{{QStringLiteral("rentCount"), 1}, {QStringLiteral("vpc"), QStringLiteral("vpc-1")}};
    order.createdUtc = QDateTime(QDate(2024, 5, 1), QTime(10, 0, 0), Qt::UTC);
    order.resourceIds = {QStringLiteral("nas-g6kv2k3zcldu")};
    return order;
}

} // namespace

class TestSimState : public QObject
{
    Q_OBJECT

private:
    ProviderRegistry m_registry;
    const Provider& provider(const QString& id) const { return *m_registry.find(id); }

private Q_SLOTS:
    void state_remembersOrdersTokensNoncesAndFiredTriggers()
    {
        SimState state;
        SimOrder withToken = exampleOrder();
        withToken.provider = QStringLiteral("aliyun");
        withToken.token = QStringLiteral("T-1");
        state.addOrder(exampleOrder());
        state.addOrder(withToken);
        QCOMPARE(state.orderCount(), 2);
        QCOMPARE(state.orderCount(QStringLiteral("aliyun")), 1);
        QCOMPARE(state.findByToken(QStringLiteral("aliyun"), QStringLiteral("T-1"))->orderId,
                 withToken.orderId);
        QVERIFY(!state.findByToken(QStringLiteral("volcengine"), QStringLiteral("T-1")));
        QVERIFY(!state.findByToken(QStringLiteral("unicloud"), QString()));

        QVERIFY(state.useNonce(QStringLiteral("aliyun"), QStringLiteral("n1")));
        QVERIFY(!state.useNonce(QStringLiteral("aliyun"), QStringLiteral("n1")));
        QVERIFY(state.useNonce(QStringLiteral("unicloud"), QStringLiteral("n1")));
        QVERIFY(state.fireOnce(QStringLiteral("aliyun"), QStringLiteral("pc-throttle"),
                               QStringLiteral("throttle")));
        QVERIFY(!state.fireOnce(QStringLiteral("aliyun"), QStringLiteral("pc-throttle"),
                                QStringLiteral("throttle")));
        QVERIFY(state.fireOnce(QStringLiteral("aliyun"), QStringLiteral("pc-throttle2"),
                               QStringLiteral("throttle")));

        const quint64 before = state.revision();
        state.setProcessing(QStringLiteral("aliyun"), QStringLiteral("T-1"), true);
        QVERIFY(state.isProcessing(QStringLiteral("aliyun"), QStringLiteral("T-1")));
        QCOMPARE(state.revision(), before); // in-flight answers are not saved
    }

    void stateFile_roundTripsEverythingButInFlightTokens()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("sim-state.json"));
        SimState state;
        state.addOrder(exampleOrder());
        state.useNonce(QStringLiteral("unicloud"), QStringLiteral("16343456325226"));
        state.fireOnce(QStringLiteral("unicloud"), QStringLiteral("fs-drop"), QStringLiteral("drop"));
        state.setProcessing(QStringLiteral("aliyun"), QStringLiteral("T-1"), true);
        QString error;
        QVERIFY2(state.save(file, &error), qPrintable(error));

        SimState loaded;
        QVERIFY2(loaded.load(file, &error), qPrintable(error));
        QCOMPARE(loaded.toJson(), state.toJson());
        QCOMPARE(loaded.orders().size(), 1);
        const SimOrder order = loaded.orders().constFirst();
        const SimOrder expected = exampleOrder();
        QCOMPARE(order.provider, expected.provider);
        QCOMPARE(order.orderId, expected.orderId);
        QCOMPARE(order.token, expected.token);
        QCOMPARE(order.resourceId, expected.resourceId);
        QCOMPARE(order.params, expected.params);
        QCOMPARE(order.createdUtc, expected.createdUtc);
        QCOMPARE(order.resourceIds, expected.resourceIds);
        QVERIFY(!loaded.useNonce(QStringLiteral("unicloud"), QStringLiteral("16343456325226")));
        QVERIFY(
            !loaded.fireOnce(QStringLiteral("unicloud"), QStringLiteral("fs-drop"), QStringLiteral("drop")));
        QVERIFY(!loaded.isProcessing(QStringLiteral("aliyun"), QStringLiteral("T-1")));
    }

    void load_rejectsWhatIsNotAStateFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("orders: none");
        QTest::newRow("another format") << QByteArray(R"({"format":"something","version":1})");
        QTest::newRow("newer version") << QByteArray(R"({"format":"orderdesk-sim-state","version":2})");
        QTest::newRow("order without id")
            << QByteArray(R"({"format":"orderdesk-sim-state","version":1,"orders":[{"provider":"aliyun",)"
                          R"("createdUtc":"2024-05-01T10:00:00Z"}],"nonces":[],"fired":[]})");
        QTest::newRow("nonces not a list") << QByteArray(
            R"({"format":"orderdesk-sim-state","version":1,"orders":[],"nonces":"x","fired":[]})");
    }
    void load_rejectsWhatIsNotAStateFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bad.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();

        SimState state;
        state.addOrder(exampleOrder());
        QString error;
        QVERIFY(!state.load(file, &error));
        QVERIFY(!error.isEmpty());
        // A failed load leaves what was there.
        QCOMPARE(state.orderCount(), 1);
    }

    void load_ofAMissingFile_saysWhy()
    {
        SimState state;
        QString error;
        QVERIFY(!state.load(QStringLiteral("/nonexistent/dir/state.json"), &error));
        QVERIFY(!error.isEmpty());
    }

    void restartedServer_remembersOrdersTokensNoncesAndFiredTriggers()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("state.json"));
        QNetworkAccessManager manager;
        const QString volcengine = QStringLiteral("volcengine");
        const QString aliyun = QStringLiteral("aliyun");
        HttpRequest aliyunRequest;
        QString volcengineOrderId;
        {
            SimServer first;
            const quint16 port = first.listen();
            QSignalSpy changed(&first, &SimServer::stateChanged);
            volcengineOrderId =
                provider(volcengine)
                    .parseReply(
                        200,
                        send(manager, signedOrder(provider(volcengine), seedOrder(volcengine), port)).body)
                    .orderId;
            aliyunRequest = signedOrder(provider(aliyun), seedOrder(aliyun), port);
            QCOMPARE(send(manager, aliyunRequest).httpStatus, 200);
            const QString throttled = resourceWith(volcengine, QStringLiteral("throttle"));
            OrderRequest throttledOrder = seedOrderFor(volcengine, throttled);
            throttledOrder.params.insert(QStringLiteral("ClientToken"), QStringLiteral("token-throttle"));
            QCOMPARE(send(manager, signedOrder(provider(volcengine), throttledOrder, port)).httpStatus, 429);
            QVERIFY(changed.count() >= 3);
            QString error;
            QVERIFY2(first.saveState(file, &error), qPrintable(error));
        }

        SimServer second;
        QString error;
        QVERIFY2(second.loadState(file, &error), qPrintable(error));
        QCOMPARE(second.orderCount(), 2);
        const quint16 port = second.listen();
        // The retry after a restart meets the same order under its token.
        const ProviderReply again =
            provider(volcengine)
                .parseReply(
                    200, send(manager, signedOrder(provider(volcengine), seedOrder(volcengine), port)).body);
        QCOMPARE(again.kind, ProviderReply::Kind::Accepted);
        QCOMPARE(again.orderId, volcengineOrderId);
        QCOMPARE(second.orderCount(), 2);
        // The nonce is still spent: the replay proves the first request arrived.
        const HttpRequest replay = provider(aliyun).sign(
            provider(aliyun).buildRequest(
                seedOrder(aliyun), Endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), port}),
            SandboxCredential::pair(), QString(), QDateTime::currentDateTimeUtc(),
            aliyunRequest.queryValue(QStringLiteral("SignatureNonce")));
        QCOMPARE(provider(aliyun).parseReply(400, send(manager, replay).body).errorCode,
                 QStringLiteral("SignatureNonceUsed"));
        // The throttle fired before the restart; it does not fire again.
        OrderRequest throttledOrder =
            seedOrderFor(volcengine, resourceWith(volcengine, QStringLiteral("throttle")));
        throttledOrder.params.insert(QStringLiteral("ClientToken"), QStringLiteral("token-throttle"));
        QCOMPARE(send(manager, signedOrder(provider(volcengine), throttledOrder, port)).httpStatus, 200);
        QCOMPARE(second.orderCount(), 3);
    }

    void stateChanged_isEmittedOnlyWhenSomethingToSaveChanged()
    {
        SimServer server;
        const quint16 port = server.listen();
        QNetworkAccessManager manager;
        QSignalSpy changed(&server, &SimServer::stateChanged);
        const QString id = QStringLiteral("huaweicloud");
        send(manager,
             signedOrder(provider(id), seedOrder(id), port,
                         Credential{SandboxCredential::pair().accessKeyId, QStringLiteral("wrong")}));
        QCOMPARE(changed.count(), 0);
        send(manager, signedOrder(provider(id), seedOrder(id), port));
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSimState)
#include "tst_simstate.moc"
