#include "net/OrderProxyFactory.h"
#include "orders/ClientConfiguration.h"

#include <QTest>
#include <QUrl>

using namespace OrderDesk;

Q_DECLARE_METATYPE(OrderDesk::NetworkOptions::ProxyMode)

namespace {

const QNetworkProxy kManual(QNetworkProxy::HttpProxy, QStringLiteral("proxy.corp.example"), 3128);

QNetworkProxy proxyFor(NetworkOptions::ProxyMode mode, const QString& url)
{
    OrderProxyFactory factory(mode, kManual);
    const QList<QNetworkProxy> proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(url)));
    return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::DefaultProxy) : proxies.constFirst();
}

} // namespace

class TestOrderProxyFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loopback_neverTakesAProxy_data()
    {
        QTest::addColumn<NetworkOptions::ProxyMode>("mode");
        QTest::addColumn<QString>("url");
        for (const auto& [name, mode] : {std::pair{"manual", NetworkOptions::ProxyMode::Manual},
                                         std::pair{"none", NetworkOptions::ProxyMode::None},
                                         std::pair{"system", NetworkOptions::ProxyMode::System}}) {
            QTest::newRow(QByteArray(QByteArray(name) + " 127.0.0.1").constData())
                << mode << QStringLiteral("http://127.0.0.1:8080/");
            QTest::newRow(QByteArray(QByteArray(name) + " localhost").constData())
                << mode << QStringLiteral("http://localhost:8080/");
            QTest::newRow(QByteArray(QByteArray(name) + " 127.1.2.3").constData())
                << mode << QStringLiteral("https://127.1.2.3/");
        }
    }

    void loopback_neverTakesAProxy()
    {
        QFETCH(NetworkOptions::ProxyMode, mode);
        QFETCH(QString, url);
        QCOMPARE(proxyFor(mode, url).type(), QNetworkProxy::NoProxy);
    }

    void manualMode_usesTheConfiguredProxy()
    {
        const QNetworkProxy proxy =
            proxyFor(NetworkOptions::ProxyMode::Manual, QStringLiteral("https://vpc.aliyuncs.com/"));
        QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxy.hostName(), QStringLiteral("proxy.corp.example"));
        QCOMPARE(proxy.port(), quint16(3128));
    }

    void manualMode_proxyFromTheSettings_carriesTheUserAndThePassword()
    {
        NetworkSettings settings;
        settings.proxyMode = NetworkSettings::ProxyMode::Manual;
        settings.proxyHost = QStringLiteral("proxy.corp.example");
        settings.proxyPort = 3128;
        settings.proxyUser = QStringLiteral("财务部");
        const NetworkOptions options = ClientConfiguration::options(settings, QStringLiteral("pa:ss 代理"));
        QCOMPARE(options.manualProxy.password(), QStringLiteral("pa:ss 代理"));
        // What the network access manager gets for an order: the proxy with its credentials.
        OrderProxyFactory factory(options.proxyMode, options.manualProxy);
        const QNetworkProxy proxy =
            factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://open.volcengineapi.com/"))))
                .first();
        QCOMPARE(proxy.hostName(), QStringLiteral("proxy.corp.example"));
        QCOMPARE(proxy.user(), QStringLiteral("财务部"));
        QCOMPARE(proxy.password(), QStringLiteral("pa:ss 代理"));

        // Without a user there is nothing to log in as; without a manual proxy, no proxy to log in to.
        settings.proxyUser.clear();
        QCOMPARE(ClientConfiguration::options(settings, QStringLiteral("pa:ss")).manualProxy.password(),
                 QString());
        settings.proxyUser = QStringLiteral("finance");
        settings.proxyMode = NetworkSettings::ProxyMode::System;
        QCOMPARE(ClientConfiguration::options(settings, QStringLiteral("pa:ss")).manualProxy.password(),
                 QString());
    }

    void noneMode_goesDirect()
    {
        QCOMPARE(
            proxyFor(NetworkOptions::ProxyMode::None, QStringLiteral("https://vpc.aliyuncs.com/")).type(),
            QNetworkProxy::NoProxy);
    }

    void systemMode_alwaysAnswersWithAProxyOrNone()
    {
        // Whatever the machine's settings, the factory never returns an empty list, which
        // QNetworkAccessManager would warn about.
        OrderProxyFactory factory(NetworkOptions::ProxyMode::System, kManual);
        QVERIFY(!factory.queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("https://vpc.aliyuncs.com/"))))
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrderProxyFactory)
#include "tst_orderproxyfactory.moc"
