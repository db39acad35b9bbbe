#include "common/FixedClock.h"
#include "common/PercentEncoding.h"
#include "common/SequenceNonceSource.h"
#include "signing/AliyunRpcSigner.h"
#include "signing/RpcSignature.h"

#include <QTest>

#include <algorithm>

using namespace OrderDesk;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

// Alibaba Cloud ECS API reference, "Request signature" (签名机制) worked example,
// https://www.alibabacloud.com/help/doc-detail/28139.htm: AccessKeyId testid, secret
// testsecret, the unsigned URL http://ecs.aliyuncs.com/?Timestamp=2016-02-23T12:46:24Z&
// Format=XML&AccessKeyId=testid&Action=DescribeRegions&SignatureMethod=HMAC-SHA1&
// SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&Version=2014-05-26&SignatureVersion=1.0
// and the signature OLeaidS1JvxuMvnyHOwuJ+uX5qY=. The page states the rule rather than the
// string to sign; the one below is that rule applied to its parameters.
HttpRequest describeRegionsRequest()
{
    HttpRequest request;
    request.scheme = QStringLiteral("http");
    request.host = QStringLiteral("ecs.aliyuncs.com");
    request.query = {{QStringLiteral("Action"), QStringLiteral("DescribeRegions")},
                     {QStringLiteral("Format"), QStringLiteral("XML")},
                     {QStringLiteral("Version"), QStringLiteral("2014-05-26")}};
    return request;
}
const QString describeRegionsNonce = QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
const QByteArray describeRegionsCanonical =
    "AccessKeyId=testid&Action=DescribeRegions&Format=XML&SignatureMethod=HMAC-SHA1"
    "&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0"
    "&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26";
const QByteArray describeRegionsStringToSign =
    "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1"
    "%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0"
    "%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26";
const QByteArray describeRegionsSignature = "OLeaidS1JvxuMvnyHOwuJ+uX5qY=";

// Alibaba Cloud "V2版本RPC风格请求体&签名机制" fixed-parameter example,
// https://help.aliyun.com/zh/sdk/product-overview/rpc-mechanism (docs/ARCHITECTURE.md, Providers: the second
// RPC vector): DescribeDedicatedHosts, GET, testid / testsecret, Format JSON, RegionId cn-beijing, nonce
// edb2b34af0af9a6d14deaf7c1a5315eb, Timestamp 2023-03-13T08:34:30Z, signature 9NaGiOspFP5UPcwX8Iwt2YJXXuk=.
// The page itself could not be retrieved; the values are those public test suites quote from it, and the
// signature was recomputed with Python's hmac from them.
HttpRequest describeDedicatedHostsRequest()
{
    HttpRequest request;
    request.host = QStringLiteral("ecs.aliyuncs.com");
    request.query = {{QStringLiteral("Action"), QStringLiteral("DescribeDedicatedHosts")},
                     {QStringLiteral("RegionId"), QStringLiteral("cn-beijing")},
                     {QStringLiteral("Version"), QStringLiteral("2014-05-26")}};
    return request;
}

const Credential docCredential{QStringLiteral("testid"), QStringLiteral("testsecret")};

HttpRequest minimalRequest()
{
    HttpRequest request;
    request.method = "POST";
    request.host = QStringLiteral("vpc.aliyuncs.com");
    request.query = {{QStringLiteral("Action"), QStringLiteral("X")},
                     {QStringLiteral("Version"), QStringLiteral("2016-04-28")}};
    return request;
}

HttpRequest orderRequest()
{
    HttpRequest request;
    request.host = QStringLiteral("vpc.cn-hangzhou.aliyuncs.com");
    request.query = {{QStringLiteral("Action"), QStringLiteral("CreatePhysicalConnectionOccupancyOrder")},
                     {QStringLiteral("Version"), QStringLiteral("2016-04-28")},
                     {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                     {QStringLiteral("PhysicalConnectionId"), QStringLiteral("pc-bp1ciz7ekd2grn1as****")},
                     {QStringLiteral("Period"), QStringLiteral("3")},
                     {QStringLiteral("PricingCycle"), QStringLiteral("Month")},
                     {QStringLiteral("AutoPay"), QStringLiteral("true")},
                     {QStringLiteral("ClientToken"), QStringLiteral("02fb3da4-130e-11e9-8e44-001")}};
    return request;
}

int countOf(const QueryItems& items, const QString& name)
{
    return static_cast<int>(std::count_if(items.cbegin(), items.cend(),
                                          [&name](const auto& item) { return item.first == name; }));
}

} // namespace

class TestAliyunRpcSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describeRegions_matchesPublishedSignature()
    {
        const SignatureDetails details = AliyunRpcSigner::signAt(
            describeRegionsRequest(), docCredential, utc(2016, 2, 23, 12, 46, 24), describeRegionsNonce);
        QCOMPARE(details.canonicalRequest, describeRegionsCanonical);
        QCOMPARE(details.stringToSign, describeRegionsStringToSign);
        QCOMPARE(details.signature, describeRegionsSignature);

        // The caller's Format=XML is kept; the Signature goes last, itself percent-encoded.
        QCOMPARE(
            details.request.encodedQuery(),
            QByteArray("Action=DescribeRegions&Format=XML&Version=2014-05-26&AccessKeyId=testid"
                       "&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0"
                       "&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
                       "&Timestamp=2016-02-23T12%3A46%3A24Z&Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D"));
        QCOMPARE(details.request.url().toEncoded(),
                 QByteArray("http://ecs.aliyuncs.com/?" + details.request.encodedQuery()));
    }

    void describeDedicatedHosts_matchesPublishedSignature()
    {
        const SignatureDetails details = AliyunRpcSigner::signAt(
            describeDedicatedHostsRequest(), docCredential, utc(2023, 3, 13, 8, 34, 30),
            QStringLiteral("edb2b34af0af9a6d14deaf7c1a5315eb"));
        QCOMPARE(details.canonicalRequest,
                 QByteArray("AccessKeyId=testid&Action=DescribeDedicatedHosts&Format=JSON&RegionId=cn-beijing"
                            "&SignatureMethod=HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb"
                            "&SignatureVersion=1.0&Timestamp=2023-03-13T08%3A34%3A30Z&Version=2014-05-26"));
        QCOMPARE(
            details.stringToSign,
            QByteArray("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDedicatedHosts%26Format%3DJSON%26"
                       "RegionId%3Dcn-beijing%26SignatureMethod%3DHMAC-SHA1%26"
                       "SignatureNonce%3Dedb2b34af0af9a6d14deaf7c1a5315eb%26SignatureVersion%3D1.0%26"
                       "Timestamp%3D2023-03-13T08%253A34%253A30Z%26Version%3D2014-05-26"));
        QCOMPARE(details.signature, QByteArray("9NaGiOspFP5UPcwX8Iwt2YJXXuk="));
        QCOMPARE(details.request.queryValue(QStringLiteral("Format")), QStringLiteral("JSON"));
    }

    void officialSdkVectors_match_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QueryItems>("parameters");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QByteArray>("expected");
        // aliyun/darabonba-openapi-util python/tests/test_client.py, test_get_rpc_signature.
        QTest::newRow("darabonba python")
            << QByteArray("GET")
            << QueryItems{{QStringLiteral("query"), QStringLiteral("test")},
                          {QStringLiteral("body"), QStringLiteral("test")}}
            << QStringLiteral("secret") << QByteArray("XlUyV4sXjOuX5FnjUz9IF9tm5rU=");
        // aliyun/darabonba-openapi-util golang/service/service_test.go, Test_GetRPCSignature
        // (the SDK passes an empty method there, and so does this row).
        QTest::newRow("darabonba go, empty method")
            << QByteArray() << QueryItems{{QStringLiteral("test"), QStringLiteral("ok")}}
            << QStringLiteral("accessKeySecret") << QByteArray("jHx/oHoHNrbVfhncHEvPdHXZwHU=");
    }

    void officialSdkVectors_match()
    {
        QFETCH(QByteArray, method);
        QFETCH(QueryItems, parameters);
        QFETCH(QString, secret);
        QFETCH(QByteArray, expected);
        const QByteArray stringToSign =
            RpcSignature::stringToSign(method, RpcSignature::canonicalQuery(parameters));
        QCOMPARE(RpcSignature::signature(secret, stringToSign), expected);
    }

    void officialSdkEncoding_matches()
    {
        // aliyun/darabonba-openapi-util python/tests/test_client.py,
        // test_get_canonical_query_string: {'test': ' ~/*-+'} -> 'test=%20~%2F%2A-%2B'.
        QCOMPARE(RpcSignature::canonicalQuery({{QStringLiteral("test"), QStringLiteral(" ~/*-+")}}),
                 QByteArray("test=%20~%2F%2A-%2B"));
    }

    void canonicalQuery_edgeCases_data()
    {
        QTest::addColumn<QueryItems>("extra");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray head = "AccessKeyId=testid&Action=X&";
        const QByteArray tail = "SignatureMethod=HMAC-SHA1&SignatureNonce=n&SignatureVersion=1.0"
                                "&Timestamp=2025-01-02T03%3A04%3A05Z&Version=2016-04-28";
        QTest::newRow("chinese value")
            << QueryItems{{QStringLiteral("Description"), QStringLiteral("天津研发-YFB区")}}
            << QByteArray(head +
                          "Description=%E5%A4%A9%E6%B4%A5%E7%A0%94%E5%8F%91-YFB%E5%8C%BA&Format=JSON&" +
                          tail);
        QTest::newRow("tilde literal, asterisk plus space slash encoded")
            << QueryItems{{QStringLiteral("Description"), QStringLiteral("a~b*c+d e/f")}}
            << QByteArray(head + "Description=a~b%2Ac%2Bd%20e%2Ff&Format=JSON&" + tail);
        QTest::newRow("equals and ampersand inside a value")
            << QueryItems{{QStringLiteral("Description"), QStringLiteral("a=b&c")}}
            << QByteArray(head + "Description=a%3Db%26c&Format=JSON&" + tail);
        QTest::newRow("empty value") << QueryItems{{QStringLiteral("Description"), QString()}}
                                     << QByteArray(head + "Description=&Format=JSON&" + tail);
        QTest::newRow("repeated names sorted by value")
            << QueryItems{{QStringLiteral("Tag"), QStringLiteral("b")},
                          {QStringLiteral("Tag"), QStringLiteral("a")}}
            << QByteArray(head + "Format=JSON&SignatureMethod=HMAC-SHA1&SignatureNonce=n&SignatureVersion=1.0"
                                 "&Tag=a&Tag=b&Timestamp=2025-01-02T03%3A04%3A05Z&Version=2016-04-28");
        QTest::newRow("lower-case name sorts after Version")
            << QueryItems{{QStringLiteral("regionId"), QStringLiteral("cn")}}
            << QByteArray(head + "Format=JSON&" + tail + "&regionId=cn");
    }

    void canonicalQuery_edgeCases()
    {
        QFETCH(QueryItems, extra);
        QFETCH(QByteArray, expected);
        HttpRequest request = minimalRequest();
        request.query += extra;
        const SignatureDetails details =
            AliyunRpcSigner::signAt(request, docCredential, utc(2025, 1, 2, 3, 4, 5), QStringLiteral("n"));
        QCOMPARE(details.canonicalRequest, expected);
        QCOMPARE(details.stringToSign, QByteArray("POST&%2F&" + PercentEncoding::encode(expected)));

        // The server decodes the wire query and recomputes the same canonical string.
        const QByteArray wire = details.request.url().query(QUrl::FullyEncoded).toLatin1();
        QCOMPARE(wire, details.request.encodedQuery());
        QueryItems received = PercentEncoding::decodeQuery(wire);
        QCOMPARE(received.constLast().first, QStringLiteral("Signature"));
        QCOMPARE(received.constLast().second.toLatin1(), details.signature);
        QCOMPARE(RpcSignature::canonicalQuery(received), expected);
    }

    void reservedCharacters_stringToSignEncodesTwice()
    {
        HttpRequest request = minimalRequest();
        request.query.append({QStringLiteral("Description"), QStringLiteral("a~b*c+d e/f")});
        const SignatureDetails details =
            AliyunRpcSigner::signAt(request, docCredential, utc(2025, 1, 2, 3, 4, 5), QStringLiteral("n"));
        QCOMPARE(details.stringToSign,
                 QByteArray(
                     "POST&%2F&AccessKeyId%3Dtestid%26Action%3DX%26Description%3Da~b%252Ac%252Bd%2520e%252Ff"
                     "%26Format%3DJSON%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dn"
                     "%26SignatureVersion%3D1.0%26Timestamp%3D2025-01-02T03%253A04%253A05Z"
                     "%26Version%3D2016-04-28"));
    }

    void commonParameters_areAddedOnceWithSignatureLast()
    {
        const SignatureDetails details = AliyunRpcSigner::signAt(
            orderRequest(), {QStringLiteral("LTAI5tExample"), QStringLiteral("secret")},
            utc(2025, 1, 2, 3, 4, 5), QStringLiteral("4b8c1a1e-8a4f-4f0e-9f5e-3d7a2c1b0a99"));
        const HttpRequest& sent = details.request;
        QCOMPARE(sent.queryValue(QStringLiteral("AccessKeyId")), QStringLiteral("LTAI5tExample"));
        QCOMPARE(sent.queryValue(QStringLiteral("Format")), QStringLiteral("JSON"));
        QCOMPARE(sent.queryValue(QStringLiteral("SignatureMethod")), QStringLiteral("HMAC-SHA1"));
        QCOMPARE(sent.queryValue(QStringLiteral("SignatureVersion")), QStringLiteral("1.0"));
        QCOMPARE(sent.queryValue(QStringLiteral("SignatureNonce")),
                 QStringLiteral("4b8c1a1e-8a4f-4f0e-9f5e-3d7a2c1b0a99"));
        QCOMPARE(sent.queryValue(QStringLiteral("Timestamp")), QStringLiteral("2025-01-02T03:04:05Z"));
        QCOMPARE(sent.queryValue(QStringLiteral("AutoPay")), QStringLiteral("true"));
        QCOMPARE(sent.query.constLast().first, QStringLiteral("Signature"));
        QCOMPARE(sent.query.size(), orderRequest().query.size() + 7);
        QVERIFY(sent.headers.isEmpty());
    }

    void timestamp_dropsMillisecondsAndConvertsToUtc()
    {
        const QDateTime withMillis(QDate(2016, 2, 23), QTime(12, 46, 24, 987), Qt::UTC);
        QCOMPARE(RpcSignature::timestamp(withMillis), QByteArray("2016-02-23T12:46:24Z"));
        // 20:46:24 in China (UTC+8) is the published example's 12:46:24Z.
        const QDateTime chinaTime(QDate(2016, 2, 23), QTime(20, 46, 24), Qt::OffsetFromUTC, 8 * 3600);
        const SignatureDetails details =
            AliyunRpcSigner::signAt(describeRegionsRequest(), docCredential, chinaTime, describeRegionsNonce);
        QCOMPARE(details.signature, describeRegionsSignature);
    }

    void formBody_parametersAreSigned()
    {
        HttpRequest request = minimalRequest();
        request.setHeader("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
        // '+' is a space in a form body, %2B a plus sign.
        request.body = "PhysicalConnectionId=pc-123&Description=a+b%2Bc";
        const SignatureDetails details =
            AliyunRpcSigner::signAt(request, docCredential, utc(2025, 1, 2, 3, 4, 5), QStringLiteral("n"));
        QCOMPARE(details.canonicalRequest,
                 QByteArray("AccessKeyId=testid&Action=X&Description=a%20b%2Bc&Format=JSON"
                            "&PhysicalConnectionId=pc-123&SignatureMethod=HMAC-SHA1&SignatureNonce=n"
                            "&SignatureVersion=1.0&Timestamp=2025-01-02T03%3A04%3A05Z&Version=2016-04-28"));
        QCOMPARE(details.request.body, request.body);
        QCOMPARE(details.request.queryValue(QStringLiteral("PhysicalConnectionId")), QString());
    }

    void otherBodies_areNotSigned_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QByteArray large(1 << 20, 'a');
        QTest::newRow("empty body") << QByteArray() << QByteArray();
        QTest::newRow("json body") << QByteArray("application/json") << QByteArray("{\"Period\":3}");
        QTest::newRow("1 MiB json body") << QByteArray("application/json") << large;
        QTest::newRow("form content type, empty body")
            << QByteArray("application/x-www-form-urlencoded") << QByteArray();
    }

    void otherBodies_areNotSigned()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        HttpRequest request = orderRequest();
        const SignatureDetails bare =
            AliyunRpcSigner::signAt(request, docCredential, utc(2025, 1, 2, 3, 4, 5), QStringLiteral("n"));
        if (!contentType.isEmpty())
            request.setHeader("Content-Type", contentType);
        request.body = body;
        const SignatureDetails withBody =
            AliyunRpcSigner::signAt(request, docCredential, utc(2025, 1, 2, 3, 4, 5), QStringLiteral("n"));
        QCOMPARE(withBody.canonicalRequest, bare.canonicalRequest);
        QCOMPARE(withBody.signature, bare.signature);
        QCOMPARE(withBody.request.body, body);
    }

    void largeFormBody_isSigned()
    {
        HttpRequest request = minimalRequest();
        request.setHeader("Content-Type", "application/x-www-form-urlencoded");
        request.body = "Blob=" + QByteArray(1 << 20, 'a');
        const SignatureDetails details =
            AliyunRpcSigner::signAt(request, docCredential, utc(2025, 1, 2, 3, 4, 5), QStringLiteral("n"));
        QVERIFY(details.canonicalRequest.startsWith("AccessKeyId=testid&Action=X&Blob=aaaa"));
        QCOMPARE(details.canonicalRequest.size(),
                 QByteArray("AccessKeyId=testid&Action=X&Blob=&Format=JSON&"
                            "SignatureMethod=HMAC-SHA1&SignatureNonce=n&"
                            "SignatureVersion=1.0&Timestamp=2025-01-02T03%3A04%3A05Z&"
                            "Version=2016-04-28")
                         .size() +
                     (1 << 20));
    }

    void resigning_replacesNonceTimestampAndSignature()
    {
        const SignatureDetails first = AliyunRpcSigner::signAt(
            orderRequest(), docCredential, utc(2025, 1, 2, 3, 4, 5), QStringLiteral("n1"));
        const SignatureDetails again = AliyunRpcSigner::signAt(
            first.request, docCredential, utc(2025, 1, 2, 3, 9, 5), QStringLiteral("n2"));
        const SignatureDetails fresh = AliyunRpcSigner::signAt(
            orderRequest(), docCredential, utc(2025, 1, 2, 3, 9, 5), QStringLiteral("n2"));
        QCOMPARE(again.canonicalRequest, fresh.canonicalRequest);
        QCOMPARE(again.signature, fresh.signature);
        for (const QString& name :
             {QStringLiteral("AccessKeyId"), QStringLiteral("Format"), QStringLiteral("SignatureNonce"),
              QStringLiteral("Timestamp"), QStringLiteral("Signature")})
            QCOMPARE(countOf(again.request.query, name), 1);
        QCOMPARE(again.request.query.constLast().first, QStringLiteral("Signature"));
        QVERIFY(again.signature != first.signature);
    }

    void sameInputs_giveSameBytes()
    {
        const SignatureDetails a = AliyunRpcSigner::signAt(orderRequest(), docCredential,
                                                           utc(2025, 1, 2, 3, 4, 5), QStringLiteral("n"));
        const SignatureDetails b = AliyunRpcSigner::signAt(orderRequest(), docCredential,
                                                           utc(2025, 1, 2, 3, 4, 5), QStringLiteral("n"));
        QCOMPARE(a.request.encodedQuery(), b.request.encodedQuery());
        QCOMPARE(a.stringToSign, b.stringToSign);
        QCOMPARE(a.signature, b.signature);
    }

    void differentNonceOrTime_giveDifferentSignatures()
    {
        const SignatureDetails base = AliyunRpcSigner::signAt(orderRequest(), docCredential,
                                                              utc(2025, 1, 2, 3, 4, 5), QStringLiteral("n"));
        const SignatureDetails otherNonce = AliyunRpcSigner::signAt(
            orderRequest(), docCredential, utc(2025, 1, 2, 3, 4, 5), QStringLiteral("m"));
        const SignatureDetails otherTime = AliyunRpcSigner::signAt(
            orderRequest(), docCredential, utc(2025, 1, 2, 3, 4, 6), QStringLiteral("n"));
        QVERIFY(otherNonce.signature != base.signature);
        QVERIFY(otherTime.signature != base.signature);
        HttpRequest post = orderRequest();
        post.method = "POST";
        const SignatureDetails otherMethod =
            AliyunRpcSigner::signAt(post, docCredential, utc(2025, 1, 2, 3, 4, 5), QStringLiteral("n"));
        QCOMPARE(otherMethod.canonicalRequest, base.canonicalRequest);
        QVERIFY(otherMethod.signature != base.signature);
    }

    void memberSign_readsTheInjectedClockAndNonces()
    {
        FixedClock clock(utc(2016, 2, 23, 12, 46, 24));
        SequenceNonceSource nonces({describeRegionsNonce, QStringLiteral("second-nonce")});
        const AliyunRpcSigner signer(clock, nonces);

        const HttpRequest first = signer.sign(describeRegionsRequest(), docCredential);
        QCOMPARE(first.queryValue(QStringLiteral("Signature")),
                 QString::fromLatin1(describeRegionsSignature));

        clock.advanceSeconds(1);
        const HttpRequest second = signer.sign(describeRegionsRequest(), docCredential);
        QCOMPARE(second.queryValue(QStringLiteral("SignatureNonce")), QStringLiteral("second-nonce"));
        QCOMPARE(second.queryValue(QStringLiteral("Timestamp")), QStringLiteral("2016-02-23T12:46:25Z"));
        QVERIFY(second.queryValue(QStringLiteral("Signature")) !=
                first.queryValue(QStringLiteral("Signature")));
    }
};

QTEST_GUILESS_MAIN(TestAliyunRpcSigner)
#include "tst_aliyunrpcsigner.moc"
