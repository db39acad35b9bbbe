#include "common/FixedClock.h"
#include "common/PercentEncoding.h"
#include "signing/V4Canonical.h"
#include "signing/VolcengineSigner.h"

#include <QTest>

using namespace OrderDesk;

namespace {

const QByteArray emptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

// Volcengine "签名过程Demo", https://www.volcengine.com/docs/6369/67270 (edition with
// X-Date 20240619T071306Z): key pair, request and every intermediate value below are
// copied from that page.
const QString demoAk = QStringLiteral("AKLTYWViMTVmZGYzM2E0NDI5Mzk2MDZjNjFmMjc2MjRjMzg");
const QString demoSk = QStringLiteral("WkRZeE1EQmxPVGhsWWpWak5HVmtNbUUxTXpZeU9UVXlOMlE1TmpZeVlqTQ==");
const QByteArray demoCanonicalRequest = "GET\n"
                                        "/\n"
                                        "Action=ListUsers&Limit=10&Offset=0&Version=2018-01-01\n"
                                        "host:iam.volcengineapi.com\n"
                                        "x-date:20240619T071306Z\n"
                                        "\n"
                                        "host;x-date\n"
                                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const QByteArray demoCanonicalHash = "5ed5bca3905e1fcbf789abb56a17c2d819674a3bcfa468ae476bd1ea80d135cb";
const QByteArray demoStringToSign = "HMAC-SHA256\n"
                                    "20240619T071306Z\n"
                                    "20240619/cn-beijing/iam/request\n"
                                    "5ed5bca3905e1fcbf789abb56a17c2d819674a3bcfa468ae476bd1ea80d135cb";
const QByteArray demoSigningKeyHex = "abee62e533a58934c49954459a3c3237d2fccea517c9a7c8a2651d8ea7779826";
const QByteArray demoSignature = "e31c4558bcfe08a286001f59cedbf0791ffd0b2362f10e55ee2627467bcdde93";

// Volcengine "签名示例", https://www.volcengine.com/docs/6408/78948 (also BytePlus
// "Signature example", docs.byteplus.com/.../cloudmonitor/Signature-example): the edition
// that signs Content-Type and X-Content-Sha256. Key pair, request and canonical request
// are copied from the page; its request line names iam.volcengineapi.com but the host it
// signs is open.volcengineapi.com, which is what this request is sent to.
const QString contentTypeDemoAk = QStringLiteral("AKLTMjI2ODVlYzI3ZGY1NGU4ZjhjYWRjMTlmNTM5OTZkYzE");
const QString contentTypeDemoSk =
    QStringLiteral("TnpCak5XWXpZV1U0WkRaaE5ERmxaR0ZpTmpjeVkyUXlZek0wTWpJMU1qWQ==");
const QByteArray contentTypeDemoCanonicalRequest =
    "GET\n"
    "/\n"
    "Action=ListUsers&Limit=10&Offset=0&Version=2020-04-01\n"
    "content-type:application/x-www-form-urlencoded; charset=utf-8\n"
    "host:open.volcengineapi.com\n"
    "x-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
    "x-date:20200401T081805Z\n"
    "\n"
    "content-type;host;x-content-sha256;x-date\n"
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
// The page's string to sign and signature could not be retrieved (the stored copy is cut
// off there). These two were recomputed with Python's hashlib/hmac from the published
// canonical request and key, with region cn-north-1 assumed (the page's credential scope
// is cut off as well).
const QByteArray contentTypeDemoCanonicalHash =
    "b405e2e48b8381c622761f0fbb9b14e4880821391f2baec691939bba9882441f";
const QByteArray contentTypeDemoSignature =
    "4ad01633a3cd853893db5c21b73631d32dfd1627a41eb61534fad31b5367df44";

QDateTime utc(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

HttpRequest demoRequest()
{
    HttpRequest request;
    request.host = QStringLiteral("iam.volcengineapi.com");
    request.query = {{QStringLiteral("Action"), QStringLiteral("ListUsers")},
                     {QStringLiteral("Version"), QStringLiteral("2018-01-01")},
                     {QStringLiteral("Limit"), QStringLiteral("10")},
                     {QStringLiteral("Offset"), QStringLiteral("0")}};
    return request;
}

HttpRequest contentTypeDemoRequest()
{
    HttpRequest request;
    request.host = QStringLiteral("open.volcengineapi.com");
    request.query = {{QStringLiteral("Action"), QStringLiteral("ListUsers")},
                     {QStringLiteral("Version"), QStringLiteral("2020-04-01")},
                     {QStringLiteral("Limit"), QStringLiteral("10")},
                     {QStringLiteral("Offset"), QStringLiteral("0")}};
    request.setHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
    return request;
}

HttpRequest orderRequest()
{
    HttpRequest request;
    request.host = QStringLiteral("open.volcengineapi.com");
    request.query = {{QStringLiteral("Action"), QStringLiteral("CreateDirectConnectConnectionOrder")},
                     {QStringLiteral("Version"), QStringLiteral("2020-04-01")},
                     {QStringLiteral("DirectConnectConnectionId"), QStringLiteral("dcc-7qthudw0ll6jmc****")},
                     {QStringLiteral("Period"), QStringLiteral("1")},
                     {QStringLiteral("PeriodUnit"), QStringLiteral("Month")}};
    return request;
}

Credential demoCredential()
{
    return {demoAk, demoSk};
}

QByteArray line(const QByteArray& canonicalRequest, int index)
{
    return canonicalRequest.split('\n').value(index);
}

} // namespace

class TestVolcengineSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedDemo_everyIntermediateValueMatches()
    {
        const V4Canonical::Headers headers = V4Canonical::canonicalHeaders(
            {{"Host", "iam.volcengineapi.com"}, {"X-Date", "20240619T071306Z"}});
        QCOMPARE(headers.canonical, QByteArray("host:iam.volcengineapi.com\nx-date:20240619T071306Z\n"));
        QCOMPARE(headers.signedNames, QByteArray("host;x-date"));

        const QByteArray canonicalQuery = PercentEncoding::canonicalQuery(demoRequest().query);
        QCOMPARE(canonicalQuery, QByteArray("Action=ListUsers&Limit=10&Offset=0&Version=2018-01-01"));
        QCOMPARE(V4Canonical::sha256Hex({}), emptySha256);

        const QByteArray canonicalRequest =
            V4Canonical::canonicalRequest("GET", "/", canonicalQuery, headers, V4Canonical::sha256Hex({}));
        QCOMPARE(canonicalRequest, demoCanonicalRequest);
        QCOMPARE(V4Canonical::sha256Hex(canonicalRequest), demoCanonicalHash);

        const QByteArray scope = VolcengineSigner::credentialScope("20240619", QStringLiteral("cn-beijing"),
                                                                   QStringLiteral("iam"));
        QCOMPARE(scope, QByteArray("20240619/cn-beijing/iam/request"));
        const QByteArray stringToSign =
            VolcengineSigner::stringToSign("20240619T071306Z", scope, canonicalRequest);
        QCOMPARE(stringToSign, demoStringToSign);

        // The secret looks like Base64 but is used as text: decoding it gives another key.
        const QByteArray key = VolcengineSigner::signingKey(demoSk, "20240619", QStringLiteral("cn-beijing"),
                                                            QStringLiteral("iam"));
        QCOMPARE(key.toHex(), demoSigningKeyHex);
        QCOMPARE(VolcengineSigner::signature(key, stringToSign), demoSignature);
    }

    void publishedDemo_signAtAddsOnlyTheContentHashHeader()
    {
        // The 2024 demo signs host and x-date only, so its final signature cannot come out
        // of signAt, which always signs X-Content-Sha256 as well (as Volcengine's SDKs do).
        // Everything else in the canonical request is the demo's, byte for byte.
        const SignatureDetails details =
            VolcengineSigner::signAt(demoRequest(), demoCredential(), QStringLiteral("cn-beijing"),
                                     QStringLiteral("iam"), utc(2024, 6, 19, 7, 13, 6));
        QByteArray expected = demoCanonicalRequest;
        expected.replace("x-date:", QByteArray("x-content-sha256:" + emptySha256 + "\nx-date:"));
        expected.replace("host;x-date", "host;x-content-sha256;x-date");
        QCOMPARE(details.canonicalRequest, expected);
        QVERIFY(details.signature != demoSignature);
    }

    void contentTypeDemo_matchesPublishedCanonicalRequest()
    {
        const SignatureDetails details = VolcengineSigner::signAt(
            contentTypeDemoRequest(), {contentTypeDemoAk, contentTypeDemoSk}, QStringLiteral("cn-north-1"),
            QStringLiteral("iam"), utc(2020, 4, 1, 8, 18, 5));
        QCOMPARE(details.canonicalRequest, contentTypeDemoCanonicalRequest);
        QCOMPARE(details.stringToSign,
                 QByteArray("HMAC-SHA256\n20200401T081805Z\n20200401/cn-north-1/iam/request\n" +
                            contentTypeDemoCanonicalHash));
        QCOMPARE(details.signature, contentTypeDemoSignature);

        const HttpRequest& sent = details.request;
        QCOMPARE(sent.header("X-Date"), QByteArray("20200401T081805Z"));
        QCOMPARE(sent.header("X-Content-Sha256"), emptySha256);
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/x-www-form-urlencoded; charset=utf-8"));
        QCOMPARE(
            sent.header("Authorization"),
            QByteArray("HMAC-SHA256 Credential=AKLTMjI2ODVlYzI3ZGY1NGU4ZjhjYWRjMTlmNTM5OTZkYzE/20200401/"
                       "cn-north-1/iam/request, SignedHeaders=content-type;host;x-content-sha256;x-date, "
                       "Signature=" +
                       contentTypeDemoSignature));
        QCOMPARE(sent.headers.size(), 4);
    }

    void canonicalQuery_edgeCases_data()
    {
        QTest::addColumn<QueryItems>("extra");
        QTest::addColumn<QByteArray>("expectedQuery");
        QTest::newRow("chinese value")
            << QueryItems{{QStringLiteral("UserName"), QStringLiteral("天津研发-YFB区")}}
            << QByteArray("Action=ListUsers&Limit=10&Offset=0&UserName=%E5%A4%A9%E6%B4%A5%E7%A0%94%E5%8F%91-"
                          "YFB%E5%8C%BA"
                          "&Version=2018-01-01");
        QTest::newRow("tilde literal, asterisk plus space slash encoded")
            << QueryItems{{QStringLiteral("Description"), QStringLiteral("a~b*c+d e/f")}}
            << QByteArray(
                   "Action=ListUsers&Description=a~b%2Ac%2Bd%20e%2Ff&Limit=10&Offset=0&Version=2018-01-01");
        QTest::newRow("equals and ampersand inside a value")
            << QueryItems{{QStringLiteral("Filter"), QStringLiteral("a=b&c")}}
            << QByteArray("Action=ListUsers&Filter=a%3Db%26c&Limit=10&Offset=0&Version=2018-01-01");
        QTest::newRow("empty value keeps its equals sign") << QueryItems{{QStringLiteral("Empty"), QString()}}
                                                           << QByteArray("Action=ListUsers&Empty=&Limit=10&"
                                                                         "Offset=0&Version=2018-01-01");
        QTest::newRow("repeated names sorted by value")
            << QueryItems{{QStringLiteral("Tag"), QStringLiteral("b")},
                          {QStringLiteral("Tag"), QStringLiteral("a")}}
            << QByteArray("Action=ListUsers&Limit=10&Offset=0&Tag=a&Tag=b&Version=2018-01-01");
        QTest::newRow("upper case sorts before lower case")
            << QueryItems{{QStringLiteral("regionId"), QStringLiteral("cn-beijing")}}
            << QByteArray("Action=ListUsers&Limit=10&Offset=0&Version=2018-01-01&regionId=cn-beijing");
    }

    void canonicalQuery_edgeCases()
    {
        QFETCH(QueryItems, extra);
        QFETCH(QByteArray, expectedQuery);
        HttpRequest request = demoRequest();
        request.query += extra;
        const SignatureDetails details =
            VolcengineSigner::signAt(request, demoCredential(), QStringLiteral("cn-beijing"),
                                     QStringLiteral("iam"), utc(2024, 6, 19, 7, 13, 6));
        QCOMPARE(line(details.canonicalRequest, 2), expectedQuery);

        // What goes on the wire decodes to the very parameters that were signed.
        const QByteArray wire = details.request.url().query(QUrl::FullyEncoded).toLatin1();
        QCOMPARE(wire, details.request.encodedQuery());
        QCOMPARE(wire, PercentEncoding::encodeQuery(request.query));
        QCOMPARE(PercentEncoding::canonicalQuery(PercentEncoding::decodeQuery(wire)), expectedQuery);
    }

    void emptyBody_hashesToEmptySha256()
    {
        const SignatureDetails details =
            VolcengineSigner::signAt(orderRequest(), demoCredential(), QStringLiteral("cn-beijing"),
                                     QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 4, 5));
        QCOMPARE(details.request.header("X-Content-Sha256"), emptySha256);
        QCOMPARE(line(details.canonicalRequest, 8), emptySha256);
    }

    void largeBody_hashesTheExactBytes()
    {
        // 1 MiB of the bytes (i * 31 + 7) % 251; SHA-256 computed with Python's hashlib.
        QByteArray body(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < body.size(); ++i)
            body[i] = static_cast<char>((i * 31 + 7) % 251);
        const QByteArray expectedHash = "1c59b8670027384143781a8a8bff2f3b44bd8818d0f53b13b064c2375a1afe38";

        HttpRequest request = orderRequest();
        request.method = "POST";
        request.body = body;
        const SignatureDetails details =
            VolcengineSigner::signAt(request, demoCredential(), QStringLiteral("cn-beijing"),
                                     QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 4, 5));
        QCOMPARE(details.request.header("X-Content-Sha256"), expectedHash);
        QCOMPARE(line(details.canonicalRequest, 0), QByteArray("POST"));
        QVERIFY(details.canonicalRequest.endsWith(QByteArray("\n" + expectedHash)));
        QCOMPARE(details.request.body, body);

        request.body[request.body.size() - 1] = 'x';
        const SignatureDetails changed =
            VolcengineSigner::signAt(request, demoCredential(), QStringLiteral("cn-beijing"),
                                     QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 4, 5));
        QVERIFY(changed.signature != details.signature);
    }

    void host_isSignedAsSent_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<int>("port");
        QTest::addColumn<QByteArray>("expectedHostLine");
        QTest::newRow("https default port omitted")
            << QStringLiteral("https") << 443 << QByteArray("host:open.volcengineapi.com");
        QTest::newRow("no port") << QStringLiteral("https") << -1
                                 << QByteArray("host:open.volcengineapi.com");
        QTest::newRow("http default port omitted")
            << QStringLiteral("http") << 80 << QByteArray("host:open.volcengineapi.com");
        QTest::newRow("loopback simulator port kept")
            << QStringLiteral("http") << 51234 << QByteArray("host:open.volcengineapi.com:51234");
    }

    void host_isSignedAsSent()
    {
        QFETCH(QString, scheme);
        QFETCH(int, port);
        QFETCH(QByteArray, expectedHostLine);
        HttpRequest request = orderRequest();
        request.scheme = scheme;
        request.port = port;
        const SignatureDetails details =
            VolcengineSigner::signAt(request, demoCredential(), QStringLiteral("cn-beijing"),
                                     QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 4, 5));
        QCOMPARE(line(details.canonicalRequest, 3), expectedHostLine);
        QCOMPARE(details.request.url().authority().toUtf8(), expectedHostLine.mid(5));
    }

    void explicitHostHeader_isSignedVerbatim()
    {
        HttpRequest request = orderRequest();
        request.setHeader("Host", "  proxy.example.com:8443 ");
        const SignatureDetails details =
            VolcengineSigner::signAt(request, demoCredential(), QStringLiteral("cn-beijing"),
                                     QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 4, 5));
        QCOMPARE(line(details.canonicalRequest, 3), QByteArray("host:proxy.example.com:8443"));
        QCOMPARE(line(details.canonicalRequest, 7), QByteArray("host;x-content-sha256;x-date"));
    }

    void path_isSignedWithoutAddingASlash()
    {
        HttpRequest request = orderRequest();
        request.path = "/some/path";
        const SignatureDetails withPath =
            VolcengineSigner::signAt(request, demoCredential(), QStringLiteral("cn-beijing"),
                                     QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 4, 5));
        QCOMPARE(line(withPath.canonicalRequest, 1), QByteArray("/some/path"));

        request.path.clear();
        const SignatureDetails emptyPath =
            VolcengineSigner::signAt(request, demoCredential(), QStringLiteral("cn-beijing"),
                                     QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 4, 5));
        QCOMPARE(line(emptyPath.canonicalRequest, 1), QByteArray("/"));
    }

    void extraHeaders_areSignedLowerCasedTrimmedAndSorted()
    {
        HttpRequest request = orderRequest();
        request.setHeader("X-Custom", "  padded value  ");
        request.setHeader("Accept", "application/json");
        const SignatureDetails details =
            VolcengineSigner::signAt(request, demoCredential(), QStringLiteral("cn-beijing"),
                                     QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 4, 5));
        const QByteArray expectedHeaders = "accept:application/json\n"
                                           "host:open.volcengineapi.com\n"
                                           "x-content-sha256:" +
                                           emptySha256 +
                                           "\nx-custom:padded value\nx-date:20250102T030405Z\n\n" +
                                           "accept;host;x-content-sha256;x-custom;x-date\n";
        QVERIFY2(details.canonicalRequest.contains(expectedHeaders), details.canonicalRequest.constData());
    }

    void resigning_replacesTheEarlierSignature()
    {
        const Credential credential = demoCredential();
        const SignatureDetails first =
            VolcengineSigner::signAt(orderRequest(), credential, QStringLiteral("cn-beijing"),
                                     QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 4, 5));
        const SignatureDetails again =
            VolcengineSigner::signAt(first.request, credential, QStringLiteral("cn-beijing"),
                                     QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 9, 5));
        const SignatureDetails fresh =
            VolcengineSigner::signAt(orderRequest(), credential, QStringLiteral("cn-beijing"),
                                     QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 9, 5));
        QCOMPARE(again.canonicalRequest, fresh.canonicalRequest);
        QCOMPARE(again.request.headers, fresh.request.headers);
        QCOMPARE(again.request.headers.size(), 3);
        QVERIFY(again.signature != first.signature);
    }

    void duplicateHeaders_lastValueIsSentAndSigned()
    {
        HttpRequest request = orderRequest();
        request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("text/plain")));
        request.headers.append(qMakePair(QByteArray("accept"), QByteArray("application/json")));
        const SignatureDetails details =
            VolcengineSigner::signAt(request, demoCredential(), QStringLiteral("cn-beijing"),
                                     QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 4, 5));
        QCOMPARE(line(details.canonicalRequest, 3), QByteArray("accept:application/json"));
        QCOMPARE(details.request.header("Accept"), QByteArray("application/json"));
        QCOMPARE(details.request.headers.size(), 4);
    }

    void sameInputs_giveSameBytes()
    {
        const auto signOnce = [] {
            return VolcengineSigner::signAt(orderRequest(), demoCredential(), QStringLiteral("cn-beijing"),
                                            QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 4, 5));
        };
        const SignatureDetails a = signOnce();
        const SignatureDetails b = signOnce();
        QCOMPARE(a.canonicalRequest, b.canonicalRequest);
        QCOMPARE(a.stringToSign, b.stringToSign);
        QCOMPARE(a.signature, b.signature);
        QCOMPARE(a.request.headers, b.request.headers);
        QCOMPARE(a.request.url(), b.request.url());
    }

    void differentTimeRegionOrSecret_giveDifferentSignatures()
    {
        const SignatureDetails base =
            VolcengineSigner::signAt(orderRequest(), demoCredential(), QStringLiteral("cn-beijing"),
                                     QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 4, 5));
        const SignatureDetails oneSecondLater =
            VolcengineSigner::signAt(orderRequest(), demoCredential(), QStringLiteral("cn-beijing"),
                                     QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 4, 6));
        const SignatureDetails otherRegion =
            VolcengineSigner::signAt(orderRequest(), demoCredential(), QStringLiteral("cn-shanghai"),
                                     QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 4, 5));
        const SignatureDetails otherSecret = VolcengineSigner::signAt(
            orderRequest(), {demoAk, demoSk + QLatin1Char('x')}, QStringLiteral("cn-beijing"),
            QStringLiteral("directconnect"), utc(2025, 1, 2, 3, 4, 5));
        QVERIFY(oneSecondLater.signature != base.signature);
        QVERIFY(otherRegion.signature != base.signature);
        QVERIFY(otherSecret.signature != base.signature);
        QCOMPARE(otherSecret.canonicalRequest, base.canonicalRequest);
    }

    void nonUtcTime_isConvertedToUtc()
    {
        // 15:13:06 in China (UTC+8) is the demo's 07:13:06Z.
        const QDateTime chinaTime(QDate(2024, 6, 19), QTime(15, 13, 6), Qt::OffsetFromUTC, 8 * 3600);
        const SignatureDetails details = VolcengineSigner::signAt(
            demoRequest(), demoCredential(), QStringLiteral("cn-beijing"), QStringLiteral("iam"), chinaTime);
        QCOMPARE(details.request.header("X-Date"), QByteArray("20240619T071306Z"));
        QCOMPARE(line(details.stringToSign, 2), QByteArray("20240619/cn-beijing/iam/request"));
    }

    void memberSign_readsTheInjectedClock()
    {
        FixedClock clock(utc(2024, 6, 19, 7, 13, 6));
        const VolcengineSigner signer(clock);
        const HttpRequest first = signer.sign(orderRequest(), demoCredential(), QStringLiteral("cn-beijing"),
                                              QStringLiteral("directconnect"));
        const SignatureDetails expected =
            VolcengineSigner::signAt(orderRequest(), demoCredential(), QStringLiteral("cn-beijing"),
                                     QStringLiteral("directconnect"), utc(2024, 6, 19, 7, 13, 6));
        QCOMPARE(first.headers, expected.request.headers);

        clock.advanceSeconds(60);
        const HttpRequest later = signer.sign(orderRequest(), demoCredential(), QStringLiteral("cn-beijing"),
                                              QStringLiteral("directconnect"));
        QCOMPARE(later.header("X-Date"), QByteArray("20240619T071406Z"));
        QVERIFY(later.header("Authorization") != first.header("Authorization"));
    }
};

QTEST_GUILESS_MAIN(TestVolcengineSigner)
#include "tst_volcenginesigner.moc"
