#include "providers/RequestPreview.h"

#include <QJsonObject>
#include <QTest>

using namespace OrderDesk;

namespace {

HttpRequest rpcRequest()
{
    HttpRequest request;
    request.host = QStringLiteral("vpc.cn-hangzhou.aliyuncs.com");
    request.query = {{QStringLiteral("Action"), QStringLiteral("CreatePhysicalConnectionOccupancyOrder")},
                     {QStringLiteral("AccessKeyId"), QStringLiteral("LTAIexample")},
                     {QStringLiteral("Note"), QStringLiteral("a b*")},
                     {QStringLiteral("Signature"), QStringLiteral("OLeaidS1JvxuMvnyHOwuJ+uX5qY=")}};
    return request;
}

HttpRequest v4Request()
{
    HttpRequest request;
    request.method = "POST";
    request.host = QStringLiteral("127.0.0.1");
    request.scheme = QStringLiteral("http");
    request.port = 40000;
    request.path = "/v1/p/period/order";
    request.headers = {{"Content-Type", "application/json"},
                       {"X-Sdk-Date", "20261123T093000Z"},
                       {"Authorization", "SDK-HMAC-SHA256 Access=AKexample, SignedHeaders=content-type;host;"
                                         "x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57"}};
    request.body = R"({"period_num":1})";
    return request;
}

} // namespace

class TestRequestPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queryAuthentication_signatureMaskedEverythingElseAsSent()
    {
        const QString text = RequestPreview::render(rpcRequest());
        QVERIFY2(!text.contains(QLatin1String("OLeaidS1")), qPrintable(text));
        QCOMPARE(text.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral(
                     "GET https://vpc.cn-hangzhou.aliyuncs.com/?Action=CreatePhysicalConnectionOccupancyOrder"
                     "&AccessKeyId=LTAIexample&Note=a%20b%2A&Signature=********"));
        QCOMPARE(text.section(QLatin1Char('\n'), 1, 1), QStringLiteral("Host: vpc.cn-hangzhou.aliyuncs.com"));
    }

    void headerAuthentication_signatureMaskedHeadersAndBodyShown()
    {
        const QString text = RequestPreview::render(v4Request());
        QVERIFY(!text.contains(QLatin1String("7be6668032")));
        QVERIFY(
            text.contains(QLatin1String("Authorization: SDK-HMAC-SHA256 Access=AKexample, "
                                        "SignedHeaders=content-type;host;x-sdk-date, Signature=********")));
        QVERIFY(text.contains(QLatin1String("Host: 127.0.0.1:40000")));
        QVERIFY(text.endsWith(QLatin1String("\n\n{\"period_num\":1}\n")));
    }

    void json_carriesTheSameMaskedRequest()
    {
        const QJsonObject json = RequestPreview::toJson(v4Request());
        QCOMPARE(json.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(json.value(QLatin1String("url")).toString(),
                 QStringLiteral("http://127.0.0.1:40000/v1/p/period/order"));
        const QJsonObject headers = json.value(QLatin1String("headers")).toObject();
        QVERIFY(headers.value(QLatin1String("Authorization"))
                    .toString()
                    .endsWith(QLatin1String("Signature=********")));
        QCOMPARE(json.value(QLatin1String("body")).toString(), QStringLiteral("{\"period_num\":1}"));
    }

    void masked_leavesTheOriginalUntouched()
    {
        const HttpRequest original = rpcRequest();
        const HttpRequest masked = RequestPreview::masked(original);
        QCOMPARE(masked.queryValue(QStringLiteral("Signature")), QLatin1String(RequestPreview::kMask));
        QCOMPARE(original.queryValue(QStringLiteral("Signature")),
                 QStringLiteral("OLeaidS1JvxuMvnyHOwuJ+uX5qY="));
    }
};

QTEST_GUILESS_MAIN(TestRequestPreview)
#include "tst_requestpreview.moc"
