#include "ProviderTestSupport.h"
#include "providers/unicloud/UniCloudProvider.h"
#include "signing/UniCloudSigner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace OrderDesk;
using namespace ProviderTestSupport;

namespace {

// The API page's example values (the provider's API page of the order action, 请求示例 body),
// including regionName, which the example body carries although the parameter table
// does not list it.
OrderRequest seedRequest()
{
    OrderRequest request = seedExampleOrder(QStringLiteral("unicloud"));
    request.params.insert(QStringLiteral("regionName"), QStringLiteral("天津研发-YFB区"));
    return request;
}

// The example request's body exactly as the API page prints it.
const QByteArray kSeedBody =
    R"({ "azoneId": "cn-tianjin-yfb1", "componentCode": "nas.onestor", "dataEncryption": 0,
 "instanceName": "sdf", "orderCategory": "NEW", "payType": "DAY_MONTH_USAGE", "projectId": "rg-k0n2gf8ew1pd",
 "regionId": "cn-tianjin-yfb", "regionName":"天津研发-YFB区", "renewType": "manualrenew", "rentCount": 1,
 "rentUnit": "month", "specificationCode": "nas.capacity.nfs", "unit": "GB", "vpc": "vpc-g2gmswxtthml" })";

// The example request's query as the API page prints it. The page shows "®ionId": an HTML
// "&reg" entity swallowed the '&' of "&regionId"; it is restored here.
const QByteArray kSeedQuery =
    "SignatureVersion=2.0&Action=CreateOrder&Format=json&SignatureNonce=16343456325226&Version=2020-07-30&"
    "AccessKeyId=6oPiV0WMJXhxiT65&SignatureMethod=HMAC-SHA1&regionId=cn-tianjin-yfb&"
    "Timestamp=2020-07-30T12%3A00%3A00Z&Signature=i3dSGkCmnsNmYxtwEC92zG0oJsA%3D";

QueryItems sortedWithout(QueryItems items, const QString& name)
{
    items.removeIf([&name](const QPair<QString, QString>& item) { return item.first == name; });
    std::sort(items.begin(), items.end());
    return items;
}

} // namespace

class TestUniCloudProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identity_matchesTheSeedApi()
    {
        const UniCloudProvider provider;
        QCOMPARE(provider.id(), QStringLiteral("unicloud"));
        QCOMPARE(provider.displayName().toEnglish(), QStringLiteral("UniCloud"));
        QCOMPARE(provider.action(), QStringLiteral("CreateOrder"));
        QCOMPARE(provider.apiVersion(), QStringLiteral("2020-07-30"));
        QVERIFY(!provider.hasIdempotencyToken());
        QCOMPARE(QByteArray(provider.schema().context()), QByteArray("OrderDesk::UniCloudProvider"));
        QCOMPARE(QByteArray(provider.errorCatalogue().context()),
                 QByteArray("OrderDesk::UniCloudErrorCatalogue"));
    }

    void schema_listsEverySeedFieldWithItsType_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QString>("example");
        const auto row = [](const char* name, FieldType type, bool required, const char* example) {
            QTest::newRow(name) << QString::fromLatin1(name) << static_cast<int>(type) << required
                                << QString::fromUtf8(example);
        };
        // Types and required flags from the seed's parameter table. The codes the page documents
        // by one example value each are choices of that value.
        row("azoneId", FieldType::Text, true, "cn-tianjin-yfb1");
        row("componentCode", FieldType::Choice, true, "nas.onestor");
        row("dataEncryption", FieldType::Choice, true, "0");
        row("instanceName", FieldType::Text, true, "instance");
        row("orderCategory", FieldType::Choice, true, "NEW");
        row("payType", FieldType::Choice, true, "DAY_MONTH_USAGE");
        row("projectId", FieldType::Text, true, "rg-k0n2gf8ew1pd");
        row("regionId", FieldType::Text, true, "cn-tianjin-yfb");
        row("renewType", FieldType::Choice, true, "manualrenew");
        row("rentCount", FieldType::Integer, true, "1");
        row("rentUnit", FieldType::Choice, true, "month");
        row("specificationCode", FieldType::Choice, true, "nas.capacity.nfs");
        row("unit", FieldType::Text, false, "GB");
        row("vpc", FieldType::Text, true, "vpc-g2gmswxtthml");
        row("regionName", FieldType::Text, false, "天津研发-YFB区");
    }
    void schema_listsEverySeedFieldWithItsType()
    {
        QFETCH(QString, name);
        QFETCH(int, type);
        QFETCH(bool, required);
        QFETCH(QString, example);
        const UniCloudProvider provider;
        const FieldSpec* field = provider.schema().field(name);
        QVERIFY(field);
        QCOMPARE(static_cast<int>(field->type), type);
        QCOMPARE(field->required, required);
        QCOMPARE(field->example, example);
        QCOMPARE(field->location, FieldLocation::Body);
        QVERIFY(field->label);
        QVERIFY(field->help);
        QVERIFY(!field->generated);
    }

    void schema_hasNoFieldOrderDeskFillsItself()
    {
        const UniCloudProvider provider;
        QCOMPARE(provider.schema().fields().size(), 15);
        for (const char* name : {"Action", "Version", "Format", "AccessKeyId", "Signature", "SignatureMethod",
                                 "SignatureVersion", "SignatureNonce", "Timestamp"})
            QVERIFY2(!provider.schema().field(QString::fromLatin1(name)), name);
        QCOMPARE(provider.resourceId(seedRequest()), QStringLiteral("sdf"));
    }

    void region_comesFromRegionId()
    {
        const UniCloudProvider provider;
        OrderRequest request = seedRequest();
        QCOMPARE(provider.region(request), QStringLiteral("cn-tianjin-yfb"));
        request.params.remove(QStringLiteral("regionId"));
        QCOMPARE(provider.region(request), provider.defaultRegion());
        request.region = QStringLiteral("HB1-BJMYB");
        QCOMPARE(provider.region(request), QStringLiteral("HB1-BJMYB"));
        const Endpoint endpoint = provider.defaultEndpoint(QStringLiteral("HB1-BJMYB"));
        QCOMPARE(endpoint.toString(), QStringLiteral("https://api.unicloud.com"));
    }

    void buildRequest_seedExample_matchesTheSeedRequest()
    {
        const UniCloudProvider provider;
        const OrderRequest request = seedRequest();
        QVERIFY(provider.validate(request).isEmpty());
        const HttpRequest http =
            provider.buildRequest(request, provider.defaultEndpoint(provider.region(request)));

        QCOMPARE(http.method, QByteArray("POST"));
        QCOMPARE(http.scheme, QStringLiteral("https"));
        QCOMPARE(http.host, QStringLiteral("api.unicloud.com"));
        QCOMPARE(http.hostHeader(), QByteArray("api.unicloud.com"));
        QCOMPARE(http.path, QByteArray("/openapi/nas"));
        const QueryItems expectedQuery{{QStringLiteral("Action"), QStringLiteral("CreateOrder")},
                                       {QStringLiteral("Version"), QStringLiteral("2020-07-30")},
                                       {QStringLiteral("Format"), QStringLiteral("json")},
                                       {QStringLiteral("regionId"), QStringLiteral("cn-tianjin-yfb")}};
        QCOMPARE(http.query, expectedQuery);
        QCOMPARE(http.header("Content-Type"), QByteArray("application/json;charset=UTF-8"));

        // The same JSON document as the page's example, with its types (numbers unquoted) ...
        const QJsonDocument seedBody = QJsonDocument::fromJson(kSeedBody);
        QVERIFY(seedBody.isObject());
        QCOMPARE(QJsonDocument::fromJson(http.body), seedBody);
        // ... and exactly these bytes: compact, keys in order.
        QCOMPARE(
            http.body,
            QByteArray(R"({"azoneId":"cn-tianjin-yfb1","componentCode":"nas.onestor","dataEncryption":0,)"
                       R"("instanceName":"sdf","orderCategory":"NEW","payType":"DAY_MONTH_USAGE",)"
                       R"("projectId":"rg-k0n2gf8ew1pd","regionId":"cn-tianjin-yfb",)"
                       R"("regionName":"天津研发-YFB区","renewType":"manualrenew","rentCount":1,)"
                       R"("rentUnit":"month","specificationCode":"nas.capacity.nfs","unit":"GB",)"
                       R"("vpc":"vpc-g2gmswxtthml"})"));
    }

    void buildRequest_leavesOutEmptyOptionalFields()
    {
        const UniCloudProvider provider;
        OrderRequest request = seedRequest();
        request.params.remove(QStringLiteral("unit"));
        request.params.remove(QStringLiteral("regionName"));
        const HttpRequest http =
            provider.buildRequest(request, provider.defaultEndpoint(provider.region(request)));
        const QJsonObject body = QJsonDocument::fromJson(http.body).object();
        QCOMPARE(body.size(), 13);
        QVERIFY(!body.contains(QLatin1String("unit")));
        QVERIFY(!body.contains(QLatin1String("regionName")));
        QCOMPARE(body.value(QLatin1String("rentCount")).toInteger(), qint64(1));
    }

    void buildRequest_usesTheGivenEndpoint()
    {
        const UniCloudProvider provider;
        const HttpRequest http = provider.buildRequest(
            seedRequest(), Endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), 18080});
        QCOMPARE(
            http.url().toEncoded(),
            QByteArray("http://127.0.0.1:18080/openapi/nas?Action=CreateOrder&Version=2020-07-30&Format=json&"
                       "regionId=cn-tianjin-yfb"));
    }

    void sign_seedExample_carriesTheSeedQuery()
    {
        // The page's example: AccessKeyId 6oPiV0WMJXhxiT65, SignatureNonce 16343456325226,
        // Timestamp 2020-07-30T12:00:00Z. Its secret is not published, so the Signature
        // itself cannot be compared; every other query item must be the page's.
        const UniCloudProvider provider;
        const OrderRequest request = seedRequest();
        const HttpRequest built =
            provider.buildRequest(request, provider.defaultEndpoint(provider.region(request)));
        const Credential credential{QStringLiteral("6oPiV0WMJXhxiT65"), QStringLiteral("unpublished-secret")};
        const QDateTime time(QDate(2020, 7, 30), QTime(12, 0, 0), Qt::UTC);
        const QString nonce = QStringLiteral("16343456325226");

        const HttpRequest signedRequest =
            provider.sign(built, credential, provider.region(request), time, nonce);
        const QueryItems seed = PercentEncoding::decodeQuery(kSeedQuery);
        QCOMPARE(sortedWithout(signedRequest.query, QStringLiteral("Signature")),
                 sortedWithout(seed, QStringLiteral("Signature")));
        QCOMPARE(signedRequest.query.size(), seed.size());
        QCOMPARE(signedRequest.query.last().first, QStringLiteral("Signature"));
        QCOMPARE(signedRequest.body, built.body);
        QCOMPARE(signedRequest.method, QByteArray("POST"));
        QCOMPARE(signedRequest.path, QByteArray("/openapi/nas"));
    }

    void sign_isTheSignersOutput()
    {
        const UniCloudProvider provider;
        const OrderRequest request = seedRequest();
        const HttpRequest built =
            provider.buildRequest(request, provider.defaultEndpoint(provider.region(request)));
        const Credential credential{QStringLiteral("testid"), QStringLiteral("testsecret")};
        const QDateTime time(QDate(2024, 5, 27), QTime(8, 30, 15), Qt::UTC);
        const QString nonce = QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");

        const HttpRequest signedRequest =
            provider.sign(built, credential, QStringLiteral("ignored"), time, nonce);
        const SignatureDetails expected = UniCloudSigner::signAt(built, credential, time, nonce);
        QCOMPARE(signedRequest.url(), expected.request.url());
        QCOMPARE(signedRequest.headers, expected.request.headers);
        QCOMPARE(signedRequest.body, expected.request.body);
        QCOMPARE(signedRequest.queryValue(QStringLiteral("Signature")),
                 QString::fromLatin1(expected.signature));
        QCOMPARE(signedRequest.queryValue(QStringLiteral("AccessKeyId")), QStringLiteral("testid"));
        QCOMPARE(signedRequest.queryValue(QStringLiteral("SignatureMethod")), QStringLiteral("HMAC-SHA1"));
        QCOMPARE(signedRequest.queryValue(QStringLiteral("SignatureVersion")), QStringLiteral("2.0"));
        QCOMPARE(signedRequest.queryValue(QStringLiteral("SignatureNonce")), nonce);
        QCOMPARE(signedRequest.queryValue(QStringLiteral("Timestamp")),
                 QStringLiteral("2024-05-27T08:30:15Z"));
        QCOMPARE(signedRequest.queryValue(QStringLiteral("Format")), QStringLiteral("json"));
        QCOMPARE(signedRequest.query.last().first, QStringLiteral("Signature"));
        QVERIFY(!signedRequest.queryValue(QStringLiteral("Signature")).isEmpty());
    }

    void parseReply_seedSuccess_isAccepted()
    {
        // 正常返回示例 on the API page.
        const QByteArray body = R"({ "Status": true, "Auth": true, "Code": "Success", "Res": { "Ids": [
            "nas-g6kv2k3zcldu" ], "OrderId": "907804353770394031" },
            "RequestId": "a99c4e22-ff64-4142-a1aa-2c4b38970a99" })";
        const ProviderReply reply = UniCloudProvider().parseReply(200, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Accepted);
        QCOMPARE(reply.httpStatus, 200);
        QCOMPARE(reply.orderId, QStringLiteral("907804353770394031"));
        QCOMPARE(reply.resourceIds, QStringList{QStringLiteral("nas-g6kv2k3zcldu")});
        QCOMPARE(reply.requestId, QStringLiteral("a99c4e22-ff64-4142-a1aa-2c4b38970a99"));
        QVERIFY(reply.errorCode.isEmpty());
        QVERIFY(reply.parseError.isEmpty());
        QCOMPARE(reply.rawBody, body);
    }

    void parseReply_seedError_isRejected()
    {
        // 异常返回示例 on the API page.
        const QByteArray body = R"({ "Status": false, "Msg": "产品配置错误", "Auth": true,
            "Code": "ProductConfigError", "RequestId": "adcf0d9b-fb6e-4400-8f7a-28799464db2d" })";
        const UniCloudProvider provider;
        const ProviderReply reply = provider.parseReply(200, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Rejected);
        QCOMPARE(reply.errorCode, QStringLiteral("ProductConfigError"));
        QCOMPARE(reply.errorMessage, QStringLiteral("产品配置错误"));
        QCOMPARE(reply.requestId, QStringLiteral("adcf0d9b-fb6e-4400-8f7a-28799464db2d"));
        QVERIFY(reply.orderId.isEmpty());
        QCOMPARE(reply.rawBody, body);
        QCOMPARE(provider.errorCatalogue().retrySafety(reply), RetrySafety::Never);
    }

    void parseReply_gatewaySignatureError_isRejectedAndNotTaken_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        // The shape docs/ARCHITECTURE.md, Providers gives for a bad signature.
        QTest::newRow("straight quotes")
            << QByteArray("{\"Code\":\"InvalidParameter\",\"Message\":\"The specified parameter "
                          "\\\"Signature\\\" is not "
                          "valid.\","
                          R"("RequestId":"5C8E4D61-0000-4000-8000-000000000001"})")
            << QStringLiteral("The specified parameter \"Signature\" is not valid.");
        // The seed page's error table prints the message with curly quotes and no spaces.
        QTest::newRow("seed spelling")
            << QByteArray(
                   R"({"Code":"InvalidParameter","Message":"The specified parameter”Signature”is not valid.",)"
                   R"("RequestId":"5C8E4D61-0000-4000-8000-000000000001"})")
            << QStringLiteral("The specified parameter”Signature”is not valid.");
    }
    void parseReply_gatewaySignatureError_isRejectedAndNotTaken()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const UniCloudProvider provider;
        const ProviderReply reply = provider.parseReply(400, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Rejected);
        QCOMPARE(reply.httpStatus, 400);
        QCOMPARE(reply.errorCode, QStringLiteral("InvalidParameter"));
        QCOMPARE(reply.errorMessage, message);
        QCOMPARE(reply.requestId, QStringLiteral("5C8E4D61-0000-4000-8000-000000000001"));
        const ErrorInfo* info = provider.errorCatalogue().find(reply.errorCode, reply.errorMessage);
        QVERIFY(info);
        QCOMPARE(info->category, ErrorCategory::Authentication);
        QCOMPARE(provider.errorCatalogue().retrySafety(reply), RetrySafety::NotTaken);
    }

    void parseReply_gatewayErrorWithoutRequestId_isRejected()
    {
        const QByteArray body =
            R"({"Code":"Throttling","Message":"Request was denied due to request throttling."})";
        const UniCloudProvider provider;
        const ProviderReply reply = provider.parseReply(400, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Rejected);
        QCOMPARE(reply.errorCode, QStringLiteral("Throttling"));
        QCOMPARE(reply.errorMessage, QStringLiteral("Request was denied due to request throttling."));
        QVERIFY(reply.requestId.isEmpty());
        QCOMPARE(provider.errorCatalogue().retrySafety(reply), RetrySafety::NotTaken);
    }

    void parseReply_malformed_isUnparseable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>");
        QTest::newRow("empty") << 200 << QByteArray();
        QTest::newRow("blank") << 200 << QByteArray(" \r\n");
        QTest::newRow("truncated") << 200
                                   << QByteArray(
                                          "{\"Status\":true,\"Code\":\"Success\",\"Res\":{\"Ids\":[\"nas-");
        QTest::newRow("array") << 200 << QByteArray(R"([{"Status":true}])");
        QTest::newRow("string") << 200 << QByteArray(R"("Success")");
        QTest::newRow("empty object") << 200 << QByteArray("{}");
        QTest::newRow("status as text")
            << 200 << QByteArray(R"({"Status":"true","Code":"Success","Res":{"OrderId":"1"}})");
        QTest::newRow("code as number") << 200 << QByteArray(R"({"Status":false,"Code":400,"Msg":"x"})");
        QTest::newRow("request id as number")
            << 200 << QByteArray(R"({"Status":true,"Code":"Success","Res":{"OrderId":"1"},"RequestId":5})");
        QTest::newRow("no Res") << 200 << QByteArray(R"({"Status":true,"Code":"Success","RequestId":"r"})");
        QTest::newRow("Res not object")
            << 200 << QByteArray(R"({"Status":true,"Code":"Success","Res":"907"})");
        QTest::newRow("no order id") << 200
                                     << QByteArray(
                                            R"({"Status":true,"Code":"Success","Res":{"Ids":["nas-1"]}})");
        QTest::newRow("empty order id")
            << 200 << QByteArray(R"({"Status":true,"Code":"Success","Res":{"OrderId":""}})");
        // A number that large would lose digits in a double: never guess an order id.
        QTest::newRow("order id as number")
            << 200 << QByteArray(R"({"Status":true,"Code":"Success","Res":{"OrderId":907804353770394031}})");
        QTest::newRow("ids not list")
            << 200 << QByteArray(R"({"Status":true,"Code":"Success","Res":{"OrderId":"1","Ids":"nas-1"}})");
        QTest::newRow("id not text")
            << 200 << QByteArray(R"({"Status":true,"Code":"Success","Res":{"OrderId":"1","Ids":[7]}})");
        QTest::newRow("error without code") << 200 << QByteArray(R"({"Status":false,"Msg":"产品配置错误"})");
        QTest::newRow("contradiction")
            << 200 << QByteArray(R"({"Status":false,"Code":"Success","Res":{"OrderId":"1"}})");
        QTest::newRow("success on 500")
            << 500 << QByteArray(R"({"Status":true,"Code":"Success","Res":{"OrderId":"1"}})");
        QTest::newRow("binary") << 200 << QByteArray("\x00\xff\xfe{", 4);
    }
    void parseReply_malformed_isUnparseable()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const ProviderReply reply = UniCloudProvider().parseReply(status, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Unparseable);
        QCOMPARE(reply.httpStatus, status);
        QCOMPARE(reply.rawBody, body);
        QVERIFY(!reply.parseError.isEmpty());
        QVERIFY(reply.orderId.isEmpty());
    }

    void parseReply_successWithoutIds_isAccepted()
    {
        const ProviderReply reply = UniCloudProvider().parseReply(
            200, R"({"Code":"Success","Res":{"OrderId":"42"},"RequestId":"r-1"})");
        QCOMPARE(reply.kind, ProviderReply::Kind::Accepted);
        QCOMPARE(reply.orderId, QStringLiteral("42"));
        QVERIFY(reply.resourceIds.isEmpty());
        QCOMPARE(reply.requestId, QStringLiteral("r-1"));
    }

    void validate_seedExample_hasNoIssues()
    {
        const UniCloudProvider provider;
        QCOMPARE(issueTexts(provider.validate(seedRequest())), QStringList());
        OrderRequest minimal = seedRequest();
        minimal.params.remove(QStringLiteral("unit"));
        minimal.params.remove(QStringLiteral("regionName"));
        QCOMPARE(issueTexts(provider.validate(minimal)), QStringList());
    }

    void validate_missingRequiredField_isReported_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name :
             {"azoneId", "componentCode", "dataEncryption", "instanceName", "orderCategory", "payType",
              "projectId", "regionId", "renewType", "rentCount", "rentUnit", "specificationCode", "vpc"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void validate_missingRequiredField_isReported()
    {
        QFETCH(QString, name);
        OrderRequest request = seedRequest();
        request.params.remove(name);
        const QList<ValidationIssue> issues = UniCloudProvider().validate(request);
        QCOMPARE(issueFields(issues), QStringList{name});
        QCOMPARE(issues.first().message.toEnglish(), name + QStringLiteral(" is required."));

        request.params.insert(name, QStringLiteral("   "));
        QCOMPARE(issueFields(UniCloudProvider().validate(request)), QStringList{name});
    }

    void validate_rentCountRange_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("min-1") << QStringLiteral("0") << false;
        QTest::newRow("min") << QStringLiteral("1") << true;
        // The page gives no limit: OrderDesk's own is 5 years; the seed's unit is the month.
        QTest::newRow("max") << QStringLiteral("60") << true;
        QTest::newRow("max+1") << QStringLiteral("61") << false;
        QTest::newRow("int32 max") << QStringLiteral("2147483647") << false;
        QTest::newRow("negative") << QStringLiteral("-1") << false;
        QTest::newRow("fraction") << QStringLiteral("1.5") << false;
        QTest::newRow("word") << QStringLiteral("one") << false;
    }
    void validate_rentCountRange()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        OrderRequest request = seedRequest();
        request.params.insert(QStringLiteral("rentCount"), value);
        const QList<ValidationIssue> issues = UniCloudProvider().validate(request);
        QCOMPARE(issues.isEmpty(), valid);
        if (!valid)
            QCOMPARE(issueFields(issues), QStringList{QStringLiteral("rentCount")});
    }

    void validate_choices_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("dataEncryption 0") << QStringLiteral("dataEncryption") << QStringLiteral("0") << true;
        QTest::newRow("dataEncryption 1") << QStringLiteral("dataEncryption") << QStringLiteral("1") << true;
        QTest::newRow("dataEncryption 2") << QStringLiteral("dataEncryption") << QStringLiteral("2") << false;
        QTest::newRow("dataEncryption true")
            << QStringLiteral("dataEncryption") << QStringLiteral("true") << false;
        QTest::newRow("orderCategory NEW")
            << QStringLiteral("orderCategory") << QStringLiteral("NEW") << true;
        QTest::newRow("orderCategory new")
            << QStringLiteral("orderCategory") << QStringLiteral("new") << false;
        QTest::newRow("orderCategory RENEW")
            << QStringLiteral("orderCategory") << QStringLiteral("RENEW") << false;
        QTest::newRow("rentUnit day") << QStringLiteral("rentUnit") << QStringLiteral("day") << true;
        QTest::newRow("rentUnit month") << QStringLiteral("rentUnit") << QStringLiteral("month") << true;
        QTest::newRow("rentUnit year") << QStringLiteral("rentUnit") << QStringLiteral("year") << true;
        QTest::newRow("rentUnit Month") << QStringLiteral("rentUnit") << QStringLiteral("Month") << false;
        QTest::newRow("rentUnit week") << QStringLiteral("rentUnit") << QStringLiteral("week") << false;
        // The codes are taken exactly as the API page spells them, and nothing else.
        QTest::newRow("componentCode nas.onestor")
            << QStringLiteral("componentCode") << QStringLiteral("nas.onestor") << true;
        QTest::newRow("componentCode ebs")
            << QStringLiteral("componentCode") << QStringLiteral("ebs") << false;
        QTest::newRow("specificationCode nas.capacity.nfs")
            << QStringLiteral("specificationCode") << QStringLiteral("nas.capacity.nfs") << true;
        QTest::newRow("specificationCode NAS.CAPACITY.NFS")
            << QStringLiteral("specificationCode") << QStringLiteral("NAS.CAPACITY.NFS") << false;
        QTest::newRow("payType DAY_MONTH_USAGE")
            << QStringLiteral("payType") << QStringLiteral("DAY_MONTH_USAGE") << true;
        QTest::newRow("payType day_month_usage")
            << QStringLiteral("payType") << QStringLiteral("day_month_usage") << false;
        QTest::newRow("renewType manualrenew")
            << QStringLiteral("renewType") << QStringLiteral("manualrenew") << true;
        QTest::newRow("renewType manual") << QStringLiteral("renewType") << QStringLiteral("manual") << false;
    }
    void validate_choices()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        OrderRequest request = seedRequest();
        request.params.insert(name, value);
        const QList<ValidationIssue> issues = UniCloudProvider().validate(request);
        QCOMPARE(issues.isEmpty(), valid);
        if (!valid) {
            QCOMPARE(issueFields(issues), QStringList{name});
            QVERIFY(
                issues.first().message.toEnglish().startsWith(name + QStringLiteral(" must be one of: ")));
        }
    }

    void validate_choicesHaveLabels()
    {
        const UniCloudProvider provider;
        int choices = 0;
        for (const FieldSpec& field : provider.schema().fields()) {
            for (const FieldChoice& choice : field.choices) {
                QVERIFY2(choice.label, qPrintable(field.name + QLatin1Char(' ') + choice.value));
                ++choices;
            }
        }
        QCOMPARE(choices, 10);
    }

    void validate_nonAsciiIdentifiers_areReported_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"azoneId", "componentCode", "payType", "projectId", "regionId", "renewType",
                                 "specificationCode", "unit", "vpc"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void validate_nonAsciiIdentifiers_areReported()
    {
        QFETCH(QString, name);
        OrderRequest request = seedRequest();
        request.params.insert(name, QStringLiteral("vpc-天津"));
        const QList<ValidationIssue> issues = UniCloudProvider().validate(request);
        QCOMPARE(issueFields(issues), QStringList{name});
        QVERIFY(issues.first().message.toEnglish().contains(QLatin1String("ASCII")));
    }

    void validate_chineseNames_areAllowedInTheBody()
    {
        OrderRequest request = seedRequest();
        request.params.insert(QStringLiteral("instanceName"), QStringLiteral("财务部 共享盘"));
        QCOMPARE(issueTexts(UniCloudProvider().validate(request)), QStringList());
    }

    void validate_controlCharacters_areReported()
    {
        OrderRequest request = seedRequest();
        request.params.insert(QStringLiteral("instanceName"), QStringLiteral("a\tb"));
        QCOMPARE(issueFields(UniCloudProvider().validate(request)),
                 QStringList{QStringLiteral("instanceName")});
    }

    void validate_regionIdThatNeedsEncoding_isReported_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("space") << QStringLiteral("cn tianjin");
        QTest::newRow("plus") << QStringLiteral("cn+tianjin");
        QTest::newRow("slash") << QStringLiteral("cn/tianjin");
        QTest::newRow("ampersand") << QStringLiteral("cn&x=1");
    }
    void validate_regionIdThatNeedsEncoding_isReported()
    {
        QFETCH(QString, value);
        OrderRequest request = seedRequest();
        request.params.insert(QStringLiteral("regionId"), value);
        const QList<ValidationIssue> issues = UniCloudProvider().validate(request);
        QCOMPARE(issueFields(issues), QStringList{QStringLiteral("regionId")});
        QCOMPARE(issues.first().message.toEnglish(),
                 QStringLiteral("regionId may contain only letters, digits, hyphens, underscores and dots."));
    }

    void validate_regionDifferentFromRegionId_isReported()
    {
        OrderRequest request = seedRequest();
        request.region = QStringLiteral("cn-tianjin-yfb");
        QCOMPARE(issueTexts(UniCloudProvider().validate(request)), QStringList());
        request.region = QStringLiteral("HB1-BJMYB");
        const QList<ValidationIssue> issues = UniCloudProvider().validate(request);
        QCOMPARE(issueFields(issues), QStringList{QStringLiteral("regionId")});
        QCOMPARE(issues.first().message.toEnglish(),
                 QStringLiteral("regionId is cn-tianjin-yfb, but the order was set to region HB1-BJMYB. "
                                "Choose one region."));
    }

    void validate_unknownParameter_isReported()
    {
        OrderRequest request = seedRequest();
        request.params.insert(QStringLiteral("Signature"), QStringLiteral("x"));
        QCOMPARE(issueFields(UniCloudProvider().validate(request)), QStringList{QStringLiteral("Signature")});
    }

    void validate_severalProblems_areAllReportedEachOnItsField()
    {
        OrderRequest request = seedRequest();
        request.params.remove(QStringLiteral("vpc"));
        request.params.insert(QStringLiteral("rentCount"), QStringLiteral("0"));
        request.params.insert(QStringLiteral("rentUnit"), QStringLiteral("week"));
        request.params.insert(QStringLiteral("regionId"), QStringLiteral("cn tianjin"));
        request.params.insert(QStringLiteral("projectId"), QStringLiteral("项目"));
        const QList<ValidationIssue> issues = UniCloudProvider().validate(request);
        const QStringList fields = sortedIssueFields(issues);
        QCOMPARE(fields, (QStringList{QStringLiteral("projectId"), QStringLiteral("regionId"),
                                      QStringLiteral("rentCount"), QStringLiteral("rentUnit"),
                                      QStringLiteral("vpc")}));
        QVERIFY(issueTexts(issues).contains(QStringLiteral("vpc is required.")));
        QVERIFY(issueTexts(issues).contains(QStringLiteral("rentCount must be between 1 and 1825.")));
    }

    void errorCatalogue_coversEveryCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("retry");
        const auto row = [](const char* name, const char* code, const char* message, ErrorCategory category,
                            RetrySafety retry) {
            QTest::newRow(name) << QString::fromLatin1(code) << QString::fromUtf8(message)
                                << static_cast<int>(category) << static_cast<int>(retry);
        };
        // The seed page's codes.
        row("ProductConfigError", "ProductConfigError", "产品配置错误", ErrorCategory::Parameter,
            RetrySafety::Never);
        row("InvalidParameter Signature (seed)", "InvalidParameter",
            "The specified parameter”Signature”is not valid.", ErrorCategory::Authentication,
            RetrySafety::NotTaken);
        // The same gateway code naming the other common parameters.
        row("InvalidParameter Signature", "InvalidParameter",
            "The specified parameter \"Signature\" is not valid.", ErrorCategory::Authentication,
            RetrySafety::NotTaken);
        row("InvalidParameter AccessKeyId", "InvalidParameter",
            "The specified parameter \"AccessKeyId\" is not valid.", ErrorCategory::Authentication,
            RetrySafety::NotTaken);
        row("InvalidParameter Timestamp", "InvalidParameter",
            "The specified parameter \"Timestamp\" is not valid.", ErrorCategory::ClockSkew,
            RetrySafety::NotTaken);
        row("InvalidParameter SignatureNonce", "InvalidParameter",
            "The specified parameter \"SignatureNonce\" is not valid.", ErrorCategory::Authentication,
            RetrySafety::Never);
        row("InvalidParameter other", "InvalidParameter",
            "The specified parameter \"regionId\" is not valid.", ErrorCategory::Parameter,
            RetrySafety::Never);
        row("InvalidParameter no message", "InvalidParameter", "", ErrorCategory::Parameter,
            RetrySafety::Never);
        row("Throttling", "Throttling", "", ErrorCategory::Throttling, RetrySafety::NotTaken);
        row("InternalError", "InternalError", "", ErrorCategory::Server, RetrySafety::WithTokenOnly);
        row("ServiceUnavailable", "ServiceUnavailable", "", ErrorCategory::Server,
            RetrySafety::WithTokenOnly);
    }
    void errorCatalogue_coversEveryCode()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(int, category);
        QFETCH(int, retry);
        const UniCloudProvider provider;
        const ErrorInfo* info = provider.errorCatalogue().find(code, message);
        QVERIFY(info);
        QCOMPARE(info->code, code);
        QCOMPARE(static_cast<int>(info->category), category);
        QCOMPARE(static_cast<int>(info->retry), retry);
        QVERIFY(info->explanation);
        QVERIFY(qstrlen(info->explanation) > 40);
        const LocalizedText explanation = provider.errorCatalogue().explanation(*info);
        QCOMPARE(QByteArray(explanation.context()), QByteArray("OrderDesk::UniCloudErrorCatalogue"));
        QCOMPARE(explanation.toEnglish(), QString::fromUtf8(info->explanation));
    }

    void errorCatalogue_onlyGatewayRejectionsAreNotTaken()
    {
        // UniCloud has no idempotency token: only answers proving the order was not taken
        // may be resent, and those are gateway rejections.
        const UniCloudProvider provider;
        for (const ErrorInfo& info : provider.errorCatalogue().entries()) {
            if (info.retry == RetrySafety::NotTaken)
                QVERIFY2(info.category == ErrorCategory::Authentication ||
                             info.category == ErrorCategory::ClockSkew ||
                             info.category == ErrorCategory::Throttling,
                         qPrintable(info.code));
            if (info.category == ErrorCategory::Server)
                QCOMPARE(info.retry, RetrySafety::WithTokenOnly);
        }
    }
};

QTEST_GUILESS_MAIN(TestUniCloudProvider)
#include "tst_unicloudprovider.moc"
