#include "common/Endpoint.h"

#include <QTest>

using namespace OrderDesk;

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_accepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("https host") << "https://open.volcengineapi.com"
                                    << "https"
                                    << "open.volcengineapi.com" << -1 << false;
        QTest::newRow("trailing slash") << "https://vpc.aliyuncs.com/"
                                        << "https"
                                        << "vpc.aliyuncs.com" << -1 << false;
        QTest::newRow("simulator") << "http://127.0.0.1:40123"
                                   << "http"
                                   << "127.0.0.1" << 40123 << true;
        QTest::newRow("localhost") << " http://localhost:8080 "
                                   << "http"
                                   << "localhost" << 8080 << true;
    }
    void parse_accepts()
    {
        QFETCH(QString, text);
        QFETCH(QString, scheme);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, loopback);
        LocalizedText error;
        const Endpoint endpoint = Endpoint::parse(text, &error);
        QVERIFY2(endpoint.isValid(), qPrintable(error.toEnglish()));
        QCOMPARE(endpoint.scheme, scheme);
        QCOMPARE(endpoint.host, host);
        QCOMPARE(endpoint.port, port);
        QCOMPARE(endpoint.isLoopback(), loopback);
    }

    void parse_rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no scheme") << "vpc.aliyuncs.com";
        QTest::newRow("ftp") << "ftp://vpc.aliyuncs.com";
        QTest::newRow("path") << "https://api.unicloud.com/openapi/nas";
        QTest::newRow("query") << "https://api.unicloud.com?x=1";
        QTest::newRow("user info") << "https://user:pw@api.unicloud.com";
        QTest::newRow("plain http off this machine") << "http://vpc.aliyuncs.com";
        QTest::newRow("plain http to a private address") << "http://192.168.1.10:8080";
    }
    void parse_rejects()
    {
        QFETCH(QString, text);
        LocalizedText error;
        QVERIFY(!Endpoint::parse(text, &error).isValid());
        QVERIFY(!error.isEmpty());
        QVERIFY(error.toEnglish().contains(text.isEmpty() ? QStringLiteral("\"\"") : text));
    }
};

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
