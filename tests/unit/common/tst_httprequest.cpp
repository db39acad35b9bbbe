#include "common/HttpRequest.h"

#include <QTest>

using namespace OrderDesk;

class TestHttpRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostHeader_omitsDefaultPorts()
    {
        HttpRequest request;
        request.host = QStringLiteral("open.volcengineapi.com");
        QCOMPARE(request.hostHeader(), QByteArray("open.volcengineapi.com"));
        request.port = 443;
        QCOMPARE(request.hostHeader(), QByteArray("open.volcengineapi.com"));
        request.scheme = QStringLiteral("http");
        request.host = QStringLiteral("127.0.0.1");
        request.port = 51234;
        QCOMPARE(request.hostHeader(), QByteArray("127.0.0.1:51234"));
        request.port = 80;
        QCOMPARE(request.hostHeader(), QByteArray("127.0.0.1"));
    }

    void url_carriesTheSignedBytesUnchanged()
    {
        // QUrl must not re-encode or decode what was signed: '*', '+', '~', spaces and
        // Chinese reach the wire exactly as PercentEncoding produced them.
        HttpRequest request;
        request.host = QStringLiteral("vpc.aliyuncs.com");
        request.query = {{QStringLiteral("Name"), QStringLiteral("a*b+c~d e/f")},
                         {QStringLiteral("Region"), QStringLiteral("华东")}};
        const QByteArray expected =
            "https://vpc.aliyuncs.com/?Name=a%2Ab%2Bc~d%20e%2Ff&Region=%E5%8D%8E%E4%B8%9C";
        QCOMPARE(request.url().toEncoded(), expected);
        QCOMPARE(request.url().query(QUrl::FullyEncoded).toLatin1(), request.encodedQuery());
    }

    void headers_areCaseInsensitiveAndReplaced()
    {
        HttpRequest request;
        request.setHeader("X-Date", "1");
        request.setHeader("x-date", "2");
        QCOMPARE(request.headers.size(), 1);
        QCOMPARE(request.header("X-DATE"), QByteArray("2"));
        QVERIFY(request.header("Authorization").isEmpty());
    }

    void queryValues_setReplaceRemove()
    {
        HttpRequest request;
        request.setQueryValue(QStringLiteral("A"), QStringLiteral("1"));
        request.setQueryValue(QStringLiteral("B"), QStringLiteral("2"));
        request.setQueryValue(QStringLiteral("A"), QStringLiteral("3"));
        QCOMPARE(request.encodedQuery(), QByteArray("A=3&B=2"));
        request.removeQueryValue(QStringLiteral("A"));
        QCOMPARE(request.encodedQuery(), QByteArray("B=2"));
        QCOMPARE(request.queryValue(QStringLiteral("B")), QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestHttpRequest)
#include "tst_httprequest.moc"
