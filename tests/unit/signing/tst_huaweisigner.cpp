#include "common/FixedClock.h"
#include "common/PercentEncoding.h"
#include "signing/HuaweiSigner.h"
#include "signing/V4Canonical.h"

#include <QTest>

using namespace OrderDesk;

namespace {

const QByteArray emptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

QByteArray line(const QByteArray& text, int index)
{
    return text.split('\n').value(index);
}

// Huawei Cloud API signing guide (https://support.huaweicloud.com/devg-apisign/
// api-sign-algorithm-002.html ... -005.html, the edition before 2025-03 that shows the full
// AK): GET https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs
// ?marker=13551d6b-755d-4757-b956-536f674975c0&limit=2, Content-Type application/json,
// X-Sdk-Date 20191115T033655Z, AK QTWAOYTTINDUT2QVKYUC and the Authorization ending
// Signature=7be66680...; the SK and the same Authorization are asserted by
// huaweicloud/huaweicloud-sdk-java-v3 core/src/test/java/com/huaweicloud/sdk/core/
// TestAKSKSigner.java. The canonical-request hash in the string to sign was recomputed
// with Python's hashlib from the canonical request below.
const Credential guideCredential{QStringLiteral("QTWAOYTTINDUT2QVKYUC"),
                                 QStringLiteral("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc")};
const QByteArray guideCanonicalRequest = "GET\n"
                                         "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
                                         "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
                                         "content-type:application/json\n"
                                         "host:service.region.example.com\n"
                                         "x-sdk-date:20191115T033655Z\n"
                                         "\n"
                                         "content-type;host;x-sdk-date\n"
                                         "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const QByteArray guideStringToSign = "SDK-HMAC-SHA256\n"
                                     "20191115T033655Z\n"
                                     "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a";
const QByteArray guideSignature = "7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe";

HttpRequest guideRequest()
{
    HttpRequest request;
    request.host = QStringLiteral("service.region.example.com");
    request.path = "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs";
    request.query = {{QStringLiteral("marker"), QStringLiteral("13551d6b-755d-4757-b956-536f674975c0")},
                     {QStringLiteral("limit"), QStringLiteral("2")}};
    request.setHeader("Content-Type", "application/json");
    return request;
}

// huaweicloud/huaweicloud-sdk-python-v3 huaweicloud-sdk-core/tests/test_signer.py,
// test_signer1 / test_signer2: AK "AccessKey", SK "SecretKey", X-Sdk-Date 20200608T023900Z,
// a TEST_UNDERSCORE header that is not signed, SignedHeaders=host;x-sdk-date.
const Credential sdkCredential{QStringLiteral("AccessKey"), QStringLiteral("SecretKey")};

HttpRequest pythonSdkRequest(const QByteArray& method, const QByteArray& body)
{
    HttpRequest request;
    request.method = method;
    request.host = QStringLiteral("service.endpoint.myhuaweicloud.com");
    request.path = "/resources";
    request.query = {{QStringLiteral("size"), QStringLiteral("1")}};
    request.setHeader("X-Sdk-Date", "20200608T023900Z");
    request.setHeader("TEST_UNDERSCORE", "TEST_VALUE");
    request.body = body;
    return request;
}

HttpRequest orderRequest()
{
    HttpRequest request;
    request.method = "POST";
    request.host = QStringLiteral("sdg.cn-north-4.myhuaweicloud.com");
    request.path = "/v1/0605767a3300d5762fb7c0186d9ed4a1/period/order";
    request.setHeader("Content-Type", "application/json");
    request.body = R"({"region_id":"cn-north-4","period_type":2,"period_num":1,"is_auto_renew":false})";
    return request;
}

} // namespace

class TestHuaweiSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signingGuideExample_matchesPublishedSignature()
    {
        const SignatureDetails details =
            HuaweiSigner::signAt(guideRequest(), guideCredential, utc(2019, 11, 15, 3, 36, 55));
        QCOMPARE(details.canonicalRequest, guideCanonicalRequest);
        QCOMPARE(details.stringToSign, guideStringToSign);
        QCOMPARE(details.signature, guideSignature);

        const HttpRequest& sent = details.request;
        QCOMPARE(sent.header("X-Sdk-Date"), QByteArray("20191115T033655Z"));
        QCOMPARE(
            sent.header("Authorization"),
            QByteArray(
                "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, "
                "Signature=" +
                guideSignature));
        // The '/' is appended for signing only.
        QCOMPARE(sent.url().toEncoded(),
                 QByteArray("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
                            "?marker=13551d6b-755d-4757-b956-536f674975c0&limit=2"));
        QCOMPARE(sent.headers.size(), 3);
    }

    void pythonSdkVectors_match_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expectedSignature");
        QTest::newRow("test_signer1 GET")
            << QByteArray("GET") << QByteArray()
            << QByteArray("cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842");
        QTest::newRow("test_signer2 POST")
            << QByteArray("POST") << QByteArray(R"({"name":"test","id":1})")
            << QByteArray("436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f");
    }

    void pythonSdkVectors_match()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expectedSignature);
        const SignatureDetails details =
            HuaweiSigner::signAt(pythonSdkRequest(method, body), sdkCredential, utc(2020, 6, 8, 2, 39, 0));
        QCOMPARE(details.request.header("Authorization"),
                 QByteArray("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=" +
                            expectedSignature));
        QCOMPARE(line(details.canonicalRequest, 1), QByteArray("/resources/"));
        // Not signed, but still sent: only the gateway decides to drop it.
        QCOMPARE(details.request.header("TEST_UNDERSCORE"), QByteArray("TEST_VALUE"));
    }

    void goSdkVectors_match_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QueryItems>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expectedSignature");
        // huaweicloud/huaweicloud-sdk-go-v3 core/auth/signer/signer_test.go, TestSigner_Sign
        // (revision at commit 54c11bc944dfd3d849239f7fcde65a383884688c): AK "AccessKey", SK
        // "SecretKey", https://example.huaweicloud.com/path, X-Sdk-Date 20060102T150405Z. That
        // SDK request carries no Host header, so only x-sdk-date is signed; Go's JSON encoder
        // ends the body {"Name":"test","Id":1} with a newline.
        QTest::newRow("test1 GET") << QByteArray("GET")
                                   << QueryItems{{QStringLiteral("limit"), QStringLiteral("1")}}
                                   << QByteArray()
                                   << QByteArray(
                                          "5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624");
        QTest::newRow("test2 POST")
            << QByteArray("POST") << QueryItems{{QStringLiteral("key"), QStringLiteral("value")}}
            << QByteArray("{\"Name\":\"test\",\"Id\":1}\n")
            << QByteArray("cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59");
    }

    void goSdkVectors_match()
    {
        QFETCH(QByteArray, method);
        QFETCH(QueryItems, query);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expectedSignature);
        const V4Canonical::Headers headers =
            V4Canonical::canonicalHeaders({{"X-Sdk-Date", "20060102T150405Z"}});
        QCOMPARE(headers.signedNames, QByteArray("x-sdk-date"));
        const QByteArray canonicalRequest = V4Canonical::canonicalRequest(
            method, HuaweiSigner::canonicalUri("/path"), PercentEncoding::canonicalQuery(query), headers,
            V4Canonical::sha256Hex(body));
        const QByteArray stringToSign = HuaweiSigner::stringToSign("20060102T150405Z", canonicalRequest);
        QCOMPARE(HuaweiSigner::signature(QStringLiteral("SecretKey"), stringToSign), expectedSignature);
    }

    void sdkCanonicalQuery_matches()
    {
        // huaweicloud-sdk-go-v3 core/auth/signer/signer_test.go TestSigner_canonicalQueryString
        // and huaweicloud-sdk-python-v3 huaweicloud-sdk-core/tests/test_signer.py
        // test_process_canonical_query_string (a list value becomes repeated names).
        HttpRequest request = guideRequest();
        request.query = {{QStringLiteral("limit"), QStringLiteral("1")},
                         {QStringLiteral("enable"), QStringLiteral("true")},
                         {QStringLiteral("test"), QStringLiteral("一 (&=?!#%.*)")},
                         {QStringLiteral("path"), QStringLiteral("/tmp/123")},
                         {QStringLiteral("multi"), QStringLiteral("3")},
                         {QStringLiteral("multi"), QStringLiteral("1")},
                         {QStringLiteral("multi"), QStringLiteral("2")}};
        const SignatureDetails details =
            HuaweiSigner::signAt(request, guideCredential, utc(2019, 11, 15, 3, 36, 55));
        QCOMPARE(line(details.canonicalRequest, 2),
                 QByteArray("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123"
                            "&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29"));
    }

    void canonicalUri_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("order path") << QByteArray("/v1/0605767a3300d5762fb7c0186d9ed4a1/period/order")
                                    << QByteArray("/v1/0605767a3300d5762fb7c0186d9ed4a1/period/order/");
        QTest::newRow("root") << QByteArray("/") << QByteArray("/");
        QTest::newRow("empty") << QByteArray() << QByteArray("/");
        QTest::newRow("trailing slash kept single") << QByteArray("/v1/") << QByteArray("/v1/");
        QTest::newRow("encoded space") << QByteArray("/a%20b") << QByteArray("/a%20b/");
        QTest::newRow("lower-case hex normalized") << QByteArray("/%e4%b8%80") << QByteArray("/%E4%B8%80/");
        QTest::newRow("unreserved decoded") << QByteArray("/a%7Eb") << QByteArray("/a~b/");
    }

    void canonicalUri()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, expected);
        QCOMPARE(HuaweiSigner::canonicalUri(path), expected);
    }

    void canonicalQuery_edgeCases_data()
    {
        QTest::addColumn<QueryItems>("query");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("chinese value")
            << QueryItems{{QStringLiteral("name"), QStringLiteral("天津研发-YFB区")}}
            << QByteArray("name=%E5%A4%A9%E6%B4%A5%E7%A0%94%E5%8F%91-YFB%E5%8C%BA");
        QTest::newRow("tilde literal, asterisk plus space slash encoded")
            << QueryItems{{QStringLiteral("name"), QStringLiteral("a~b*c+d e/f")}}
            << QByteArray("name=a~b%2Ac%2Bd%20e%2Ff");
        QTest::newRow("empty value") << QueryItems{{QStringLiteral("b"), QString()},
                                                   {QStringLiteral("a"), QStringLiteral("1")}}
                                     << QByteArray("a=1&b=");
        QTest::newRow("repeated names sorted by value")
            << QueryItems{{QStringLiteral("tag"), QStringLiteral("b")},
                          {QStringLiteral("tag"), QStringLiteral("a")}}
            << QByteArray("tag=a&tag=b");
        QTest::newRow("no query") << QueryItems{} << QByteArray();
    }

    void canonicalQuery_edgeCases()
    {
        QFETCH(QueryItems, query);
        QFETCH(QByteArray, expected);
        HttpRequest request = orderRequest();
        request.query = query;
        const SignatureDetails details =
            HuaweiSigner::signAt(request, guideCredential, utc(2025, 1, 2, 3, 4, 5));
        QCOMPARE(line(details.canonicalRequest, 2), expected);

        const QByteArray wire = details.request.url().query(QUrl::FullyEncoded).toLatin1();
        QCOMPARE(wire, details.request.encodedQuery());
        QCOMPARE(PercentEncoding::canonicalQuery(PercentEncoding::decodeQuery(wire)), expected);
    }

    void orderRequest_signsContentTypeHostAndDate()
    {
        const SignatureDetails details =
            HuaweiSigner::signAt(orderRequest(), guideCredential, utc(2025, 1, 2, 3, 4, 5));
        QCOMPARE(line(details.canonicalRequest, 0), QByteArray("POST"));
        QCOMPARE(line(details.canonicalRequest, 1),
                 QByteArray("/v1/0605767a3300d5762fb7c0186d9ed4a1/period/order/"));
        QCOMPARE(line(details.canonicalRequest, 3), QByteArray("content-type:application/json"));
        QCOMPARE(line(details.canonicalRequest, 4), QByteArray("host:sdg.cn-north-4.myhuaweicloud.com"));
        QCOMPARE(line(details.canonicalRequest, 5), QByteArray("x-sdk-date:20250102T030405Z"));
        QCOMPARE(line(details.canonicalRequest, 7), QByteArray("content-type;host;x-sdk-date"));
        QCOMPARE(line(details.canonicalRequest, 8), V4Canonical::sha256Hex(orderRequest().body));
        QCOMPARE(details.stringToSign, QByteArray("SDK-HMAC-SHA256\n20250102T030405Z\n" +
                                                  V4Canonical::sha256Hex(details.canonicalRequest)));
        QCOMPARE(details.request.path, orderRequest().path);
    }

    void emptyBody_hashesToEmptySha256()
    {
        HttpRequest request = orderRequest();
        request.body.clear();
        const SignatureDetails details =
            HuaweiSigner::signAt(request, guideCredential, utc(2025, 1, 2, 3, 4, 5));
        QCOMPARE(line(details.canonicalRequest, 8), emptySha256);
    }

    void largeBody_hashesTheExactBytes()
    {
        // 1 MiB of the bytes (i * 31 + 7) % 251; SHA-256 computed with Python's hashlib.
        QByteArray body(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < body.size(); ++i)
            body[i] = static_cast<char>((i * 31 + 7) % 251);
        HttpRequest request = orderRequest();
        request.body = body;
        const SignatureDetails details =
            HuaweiSigner::signAt(request, guideCredential, utc(2025, 1, 2, 3, 4, 5));
        QCOMPARE(line(details.canonicalRequest, 8),
                 QByteArray("1c59b8670027384143781a8a8bff2f3b44bd8818d0f53b13b064c2375a1afe38"));
        QCOMPARE(details.request.body, body);

        request.body[0] = 'x';
        QVERIFY(HuaweiSigner::signAt(request, guideCredential, utc(2025, 1, 2, 3, 4, 5)).signature !=
                details.signature);
    }

    void simulatorPort_isSigned()
    {
        HttpRequest request = orderRequest();
        request.scheme = QStringLiteral("http");
        request.host = QStringLiteral("127.0.0.1");
        request.port = 51234;
        const SignatureDetails details =
            HuaweiSigner::signAt(request, guideCredential, utc(2025, 1, 2, 3, 4, 5));
        QCOMPARE(line(details.canonicalRequest, 4), QByteArray("host:127.0.0.1:51234"));
    }

    void underscoreHeaders_areNotSignedOthersAre()
    {
        HttpRequest request = orderRequest();
        request.setHeader("X_Custom_Flag", "1");
        request.setHeader("X-Project-Id", " 0605767a3300d5762fb7c0186d9ed4a1 ");
        const SignatureDetails details =
            HuaweiSigner::signAt(request, guideCredential, utc(2025, 1, 2, 3, 4, 5));
        QCOMPARE(line(details.canonicalRequest, 5),
                 QByteArray("x-project-id:0605767a3300d5762fb7c0186d9ed4a1"));
        QCOMPARE(line(details.canonicalRequest, 8), QByteArray("content-type;host;x-project-id;x-sdk-date"));
    }

    void resigning_replacesTheEarlierSignature()
    {
        const SignatureDetails first =
            HuaweiSigner::signAt(orderRequest(), guideCredential, utc(2025, 1, 2, 3, 4, 5));
        const SignatureDetails again =
            HuaweiSigner::signAt(first.request, guideCredential, utc(2025, 1, 2, 3, 9, 5));
        const SignatureDetails fresh =
            HuaweiSigner::signAt(orderRequest(), guideCredential, utc(2025, 1, 2, 3, 9, 5));
        QCOMPARE(again.canonicalRequest, fresh.canonicalRequest);
        QCOMPARE(again.request.headers, fresh.request.headers);
        QCOMPARE(again.request.headers.size(), 3);
        QVERIFY(again.signature != first.signature);
    }

    void sameInputs_giveSameBytes()
    {
        const SignatureDetails a =
            HuaweiSigner::signAt(orderRequest(), guideCredential, utc(2025, 1, 2, 3, 4, 5));
        const SignatureDetails b =
            HuaweiSigner::signAt(orderRequest(), guideCredential, utc(2025, 1, 2, 3, 4, 5));
        QCOMPARE(a.canonicalRequest, b.canonicalRequest);
        QCOMPARE(a.signature, b.signature);
        QCOMPARE(a.request.headers, b.request.headers);
        QCOMPARE(a.request.url(), b.request.url());
    }

    void differentTimeOrSecret_giveDifferentSignatures()
    {
        const SignatureDetails base =
            HuaweiSigner::signAt(orderRequest(), guideCredential, utc(2025, 1, 2, 3, 4, 5));
        const SignatureDetails later =
            HuaweiSigner::signAt(orderRequest(), guideCredential, utc(2025, 1, 2, 3, 4, 6));
        const SignatureDetails otherSecret =
            HuaweiSigner::signAt(orderRequest(), sdkCredential, utc(2025, 1, 2, 3, 4, 5));
        QVERIFY(later.signature != base.signature);
        QVERIFY(otherSecret.signature != base.signature);
        QCOMPARE(otherSecret.canonicalRequest, base.canonicalRequest);
    }

    void nonUtcTime_isConvertedToUtc()
    {
        const QDateTime chinaTime(QDate(2019, 11, 15), QTime(11, 36, 55), Qt::OffsetFromUTC, 8 * 3600);
        const SignatureDetails details = HuaweiSigner::signAt(guideRequest(), guideCredential, chinaTime);
        QCOMPARE(details.signature, guideSignature);
    }

    void memberSign_readsTheInjectedClock()
    {
        FixedClock clock(utc(2019, 11, 15, 3, 36, 55));
        const HuaweiSigner signer(clock);
        const HttpRequest first = signer.sign(guideRequest(), guideCredential);
        QVERIFY(first.header("Authorization").endsWith(QByteArray("Signature=" + guideSignature)));

        clock.advanceSeconds(1);
        const HttpRequest second = signer.sign(guideRequest(), guideCredential);
        QCOMPARE(second.header("X-Sdk-Date"), QByteArray("20191115T033656Z"));
        QVERIFY(second.header("Authorization") != first.header("Authorization"));
    }
};

QTEST_GUILESS_MAIN(TestHuaweiSigner)
#include "tst_huaweisigner.moc"
