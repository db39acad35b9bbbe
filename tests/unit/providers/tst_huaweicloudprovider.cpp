#include "ProviderTestSupport.h"
#include "providers/huaweicloud/HuaweiCloudProvider.h"
#include "providers/huaweicloud/HuaweiProductColumns.h"
#include "signing/HuaweiSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace OrderDesk;
using namespace ProviderTestSupport;

namespace {

const QString kProjectId = QStringLiteral("0123456789abcdef0123456789abcdef");

// The product list of the API page's request example (the provider's API page of the order action).
// One line: the generic rules reject line breaks in any value.
const QString kSeedProducts =
    QStringLiteral(R"([ { "cloud_service_type" : "hws.service.type.sdg", "product_id" : "xxxxxxxxxxxx", )"
                   R"("resource_size" : 30, "resource_size_measure_id" : 30, "resource_spec_code" : )"
                   R"("base_professional", "resource_type" : "hws.resource.type.dsc.base" } ])");

// The API page's request example body, as printed there.
const QByteArray kSeedBody = R"({
  "charging_mode" : 0,
  "cloud_service_type" : "hws.service.type.sdg",
  "is_auto_renew" : 0,
  "period_num" : 1,
  "period_type" : 2,
  "region_id" : "xxxxxxxxxxxx",
  "zone" : "CH",
  "product_infos" : [ {
    "cloud_service_type" : "hws.service.type.sdg",
    "product_id" : "xxxxxxxxxxxx",
    "resource_size" : 30,
    "resource_size_measure_id" : 30,
    "resource_spec_code" : "base_professional",
    "resource_type" : "hws.resource.type.dsc.base"
  } ]
})";

// The API page's example values; the page masks the project ID, so a well-formed one is used.
OrderRequest seedRequest()
{
    OrderRequest request;
    request.params = {
        {QStringLiteral("project_id"), kProjectId},
        {QStringLiteral("charging_mode"), QStringLiteral("0")},
        {QStringLiteral("cloud_service_type"), QStringLiteral("hws.service.type.sdg")},
        {QStringLiteral("is_auto_renew"), QStringLiteral("0")},
        {QStringLiteral("period_num"), QStringLiteral("1")},
        {QStringLiteral("period_type"), QStringLiteral("2")},
        {QStringLiteral("region_id"), QStringLiteral("xxxxxxxxxxxx")},
        {QStringLiteral("zone"), QStringLiteral("CH")},
        {QStringLiteral("product_infos"), kSeedProducts},
    };
    return request;
}

// One valid product entry with one key replaced (or removed when value is undefined).
QString productsWith(const QString& key, const QJsonValue& value)
{
    QJsonArray products = QJsonDocument::fromJson(kSeedProducts.toUtf8()).array();
    QJsonObject entry = products.first().toObject();
    if (value.isUndefined())
        entry.remove(key);
    else
        entry.insert(key, value);
    products.replace(0, entry);
    return QString::fromUtf8(QJsonDocument(products).toJson(QJsonDocument::Compact));
}

} // namespace

class TestHuaweiCloudProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identity_matchesTheSeedApi()
    {
        const HuaweiCloudProvider provider;
        QCOMPARE(provider.id(), QStringLiteral("huaweicloud"));
        QCOMPARE(provider.displayName().toEnglish(), QStringLiteral("Huawei Cloud"));
        QCOMPARE(provider.action(), QStringLiteral("CreateProductOrder"));
        QCOMPARE(provider.apiVersion(), QStringLiteral("v1"));
        QVERIFY(!provider.hasIdempotencyToken());
        QCOMPARE(QByteArray(provider.schema().context()), QByteArray("OrderDesk::HuaweiCloudProvider"));
        QCOMPARE(QByteArray(provider.errorCatalogue().context()),
                 QByteArray("OrderDesk::HuaweiCloudErrorCatalogue"));
    }

    void schema_listsEverySeedFieldWithItsType_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("location");
        QTest::addColumn<bool>("required");
        const auto row = [](const char* name, FieldType type, FieldLocation location, bool required) {
            QTest::newRow(name) << QString::fromLatin1(name) << static_cast<int>(type)
                                << static_cast<int>(location) << required;
        };
        // The seed's tables 1 and 2, required flags as in the official SDK's model.
        row("project_id", FieldType::Text, FieldLocation::Path, true);
        row("charging_mode", FieldType::Choice, FieldLocation::Body, true);
        row("cloud_service_type", FieldType::Choice, FieldLocation::Body, true);
        row("composite_product_id", FieldType::Text, FieldLocation::Body, false);
        row("discount_id", FieldType::Text, FieldLocation::Body, false);
        row("is_auto_renew", FieldType::Choice, FieldLocation::Body, false);
        row("period_num", FieldType::Integer, FieldLocation::Body, true);
        row("period_type", FieldType::Choice, FieldLocation::Body, true);
        row("product_infos", FieldType::JsonArray, FieldLocation::Body, true);
        row("promotion_activity_id", FieldType::Text, FieldLocation::Body, false);
        row("promotion_info", FieldType::Text, FieldLocation::Body, false);
        row("region_id", FieldType::Text, FieldLocation::Body, true);
        row("zone", FieldType::Text, FieldLocation::Body, true);
    }
    void schema_listsEverySeedFieldWithItsType()
    {
        QFETCH(QString, name);
        QFETCH(int, type);
        QFETCH(int, location);
        QFETCH(bool, required);
        const HuaweiCloudProvider provider;
        const FieldSpec* field = provider.schema().field(name);
        QVERIFY(field);
        QCOMPARE(static_cast<int>(field->type), type);
        QCOMPARE(static_cast<int>(field->location), location);
        QCOMPARE(field->required, required);
        QVERIFY(field->label);
        QVERIFY(field->help);
        QVERIFY(!field->generated);
    }

    void schema_examplesComeFromTheSeed()
    {
        const HuaweiCloudProvider provider;
        QCOMPARE(provider.schema().fields().size(), 13);
        QCOMPARE(provider.schema().field(QStringLiteral("charging_mode"))->example, QStringLiteral("0"));
        QCOMPARE(provider.schema().field(QStringLiteral("period_type"))->example, QStringLiteral("2"));
        QCOMPARE(provider.schema().field(QStringLiteral("zone"))->example, QStringLiteral("CH"));
        QCOMPARE(provider.schema().field(QStringLiteral("cloud_service_type"))->example,
                 QStringLiteral("hws.service.type.sdg"));
        const QJsonDocument example = QJsonDocument::fromJson(
            provider.schema().field(QStringLiteral("product_infos"))->example.toUtf8());
        QCOMPARE(example, QJsonDocument::fromJson(kSeedProducts.toUtf8()));
        QCOMPARE(provider.resourceId(seedRequest()), kProjectId);
    }

    void region_comesFromRegionIdAndDecidesTheHost()
    {
        const HuaweiCloudProvider provider;
        OrderRequest request = seedRequest();
        request.params.insert(QStringLiteral("region_id"), QStringLiteral("cn-east-3"));
        QCOMPARE(provider.region(request), QStringLiteral("cn-east-3"));
        QCOMPARE(provider.defaultEndpoint(provider.region(request)).toString(),
                 QStringLiteral("https://sdg.cn-east-3.myhuaweicloud.com"));
        request.params.remove(QStringLiteral("region_id"));
        QCOMPARE(provider.region(request), QStringLiteral("cn-north-4"));
        request.region = QStringLiteral("cn-south-1");
        QCOMPARE(provider.region(request), QStringLiteral("cn-south-1"));
        QCOMPARE(provider.defaultEndpoint(QString()).host,
                 QStringLiteral("sdg.cn-north-4.myhuaweicloud.com"));
    }

    void buildRequest_seedExample_matchesTheSeedRequest()
    {
        const HuaweiCloudProvider provider;
        const OrderRequest request = seedRequest();
        QCOMPARE(issueTexts(provider.validate(request)), QStringList());
        const HttpRequest http =
            provider.buildRequest(request, provider.defaultEndpoint(provider.region(request)));

        QCOMPARE(http.method, QByteArray("POST"));
        QCOMPARE(http.scheme, QStringLiteral("https"));
        QCOMPARE(http.host, QStringLiteral("sdg.xxxxxxxxxxxx.myhuaweicloud.com"));
        QCOMPARE(http.path, QByteArray("/v1/0123456789abcdef0123456789abcdef/period/order"));
        QVERIFY(http.query.isEmpty());
        QCOMPARE(http.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(http.headers.size(), 1);

        const QJsonDocument seedBody = QJsonDocument::fromJson(kSeedBody);
        QVERIFY(seedBody.isObject());
        QCOMPARE(QJsonDocument::fromJson(http.body), seedBody);
        QCOMPARE(
            http.body,
            QByteArray(R"({"charging_mode":0,"cloud_service_type":"hws.service.type.sdg","is_auto_renew":0,)"
                       R"("period_num":1,"period_type":2,"product_infos":[{"cloud_service_type":)"
                       R"("hws.service.type.sdg","product_id":"xxxxxxxxxxxx","resource_size":30,)"
                       R"("resource_size_measure_id":30,"resource_spec_code":"base_professional",)"
                       R"("resource_type":"hws.resource.type.dsc.base"}],"region_id":"xxxxxxxxxxxx",)"
                       R"("zone":"CH"})"));
    }

    void buildRequest_optionalFieldsAndProductTypes_areKept()
    {
        const HuaweiCloudProvider provider;
        OrderRequest request = seedRequest();
        request.params.remove(QStringLiteral("is_auto_renew"));
        request.params.insert(QStringLiteral("discount_id"), QStringLiteral("d-1"));
        request.params.insert(QStringLiteral("promotion_info"), QStringLiteral("双十一"));
        request.params.insert(
            QStringLiteral("product_infos"),
            QStringLiteral(R"([{"cloud_service_type":"hws.service.type.sdg","product_id":"p",)"
                           R"("resource_size":1,"resource_size_measure_id":14,"resource_spec_code":)"
                           R"("s","resource_type":"t","usage_value":2.5,"all_resource_names":["a"]}])"));
        QCOMPARE(issueTexts(provider.validate(request)), QStringList());
        const HttpRequest http = provider.buildRequest(
            request, Endpoint{QStringLiteral("http"), QStringLiteral("127.0.0.1"), 18080});
        QCOMPARE(http.url().toEncoded(),
                 QByteArray("http://127.0.0.1:18080/v1/0123456789abcdef0123456789abcdef/period/order"));
        const QJsonObject body = QJsonDocument::fromJson(http.body).object();
        QVERIFY(!body.contains(QLatin1String("is_auto_renew")));
        QCOMPARE(body.value(QLatin1String("discount_id")).toString(), QStringLiteral("d-1"));
        QCOMPARE(body.value(QLatin1String("promotion_info")).toString(), QStringLiteral("双十一"));
        QVERIFY(http.body.contains(R"("usage_value":2.5)"));
        QVERIFY(http.body.contains(R"("all_resource_names":["a"])"));
        QVERIFY(http.body.contains(R"("resource_size_measure_id":14)"));
    }

    void sign_isTheSignersOutput()
    {
        const HuaweiCloudProvider provider;
        const OrderRequest request = seedRequest();
        const HttpRequest built =
            provider.buildRequest(request, provider.defaultEndpoint(QStringLiteral("cn-north-4")));
        const Credential credential{QStringLiteral("HPUAEXAMPLEAK0000000"), QStringLiteral("example-secret")};
        const QDateTime time(QDate(2024, 5, 27), QTime(8, 30, 15), Qt::UTC);

        const HttpRequest signedRequest = provider.sign(built, credential, QStringLiteral("cn-north-4"), time,
                                                        QStringLiteral("unused-nonce"));
        const SignatureDetails expected = HuaweiSigner::signAt(built, credential, time);
        QCOMPARE(signedRequest.url(), expected.request.url());
        QCOMPARE(signedRequest.headers, expected.request.headers);
        QCOMPARE(signedRequest.body, built.body);
        QCOMPARE(signedRequest.header("X-Sdk-Date"), QByteArray("20240527T083015Z"));
        QCOMPARE(
            signedRequest.header("Authorization"),
            QByteArray(
                "SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK0000000, SignedHeaders=content-type;host;x-sdk-date, "
                "Signature=") +
                expected.signature);
        QCOMPARE(signedRequest.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(signedRequest.query.isEmpty());
        // The nonce plays no part: another one gives the same bytes.
        QCOMPARE(provider.sign(built, credential, QStringLiteral("cn-north-4"), time, QStringLiteral("other"))
                     .headers,
                 signedRequest.headers);
    }

    void parseReply_seedSuccess_isAccepted()
    {
        // 响应示例, status 200.
        const QByteArray body = "{\n  \"order_id\" : \"xxxxxxxxxxxx\"\n}";
        const ProviderReply reply = HuaweiCloudProvider().parseReply(200, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Accepted);
        QCOMPARE(reply.httpStatus, 200);
        QCOMPARE(reply.orderId, QStringLiteral("xxxxxxxxxxxx"));
        QVERIFY(reply.requestId.isEmpty());
        QVERIFY(reply.errorCode.isEmpty());
        QVERIFY(reply.parseError.isEmpty());
        QCOMPARE(reply.rawBody, body);
    }

    void parseReply_seedError_isRejected()
    {
        // 响应示例, status 400.
        const QByteArray body =
            "{\n  \"error_code\" : \"dsc.40000011\",\n  \"error_msg\" : \"Invalid parameter\"\n}";
        const HuaweiCloudProvider provider;
        const ProviderReply reply = provider.parseReply(400, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Rejected);
        QCOMPARE(reply.httpStatus, 400);
        QCOMPARE(reply.errorCode, QStringLiteral("dsc.40000011"));
        QCOMPARE(reply.errorMessage, QStringLiteral("Invalid parameter"));
        QVERIFY(reply.requestId.isEmpty());
        QVERIFY(reply.orderId.isEmpty());
        QCOMPARE(reply.rawBody, body);
        QCOMPARE(provider.errorCatalogue().retrySafety(reply), RetrySafety::Never);
    }

    void parseReply_gatewayErrors_areRejected_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("requestId");
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("retry");
        // Shapes from Huawei's API Gateway FAQ "Common Errors Related to IAM Authentication
        // Information" and docs/ARCHITECTURE.md, Providers (expired signature, throttling).
        QTest::newRow("bad signature")
            << 401
            << QByteArray(
                   R"({"error_msg":"Incorrect IAM authentication information: verify aksk signature fail",)"
                   R"("error_code":"APIG.0301","request_id":"473a4370fbaf69e42f9da243eb8f8c52"})")
            << QStringLiteral("APIG.0301")
            << QStringLiteral("Incorrect IAM authentication information: verify aksk signature fail")
            << QStringLiteral("473a4370fbaf69e42f9da243eb8f8c52")
            << static_cast<int>(ErrorCategory::Authentication) << static_cast<int>(RetrySafety::NotTaken);
        QTest::newRow("expired")
            << 401
            << QByteArray(
                   R"({"error_msg":"Incorrect IAM authentication information: verify aksk signature fail, )"
                   R"(signature expired, signature time:20240527T083015Z, server time:20240527T090100Z",)"
                   R"("error_code":"APIGW.0301","request_id":"r-2"})")
            << QStringLiteral("APIGW.0301")
            << QStringLiteral(
                   "Incorrect IAM authentication information: verify aksk signature fail, signature "
                   "expired, signature time:20240527T083015Z, server time:20240527T090100Z")
            << QStringLiteral("r-2") << static_cast<int>(ErrorCategory::ClockSkew)
            << static_cast<int>(RetrySafety::NotTaken);
        QTest::newRow("locked")
            << 401
            << QByteArray(
                   R"({"error_msg":"Incorrect IAM authentication information: AK access failed to reach the )"
                   R"(limit,forbidden.","error_code":"APIG.0301","request_id":"r-3"})")
            << QStringLiteral("APIG.0301")
            << QStringLiteral("Incorrect IAM authentication information: AK access failed to reach the "
                              "limit,forbidden.")
            << QStringLiteral("r-3") << static_cast<int>(ErrorCategory::Authentication)
            << static_cast<int>(RetrySafety::NotTaken);
        QTest::newRow("throttled")
            << 429
            << QByteArray(
                   R"({"error_msg":"The throttling threshold has been reached: policy user over ratelimit,)"
                   R"(limit:20,time:1 minute","error_code":"APIG.0308","request_id":"r-4"})")
            << QStringLiteral("APIG.0308")
            << QStringLiteral(
                   "The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 "
                   "minute")
            << QStringLiteral("r-4") << static_cast<int>(ErrorCategory::Throttling)
            << static_cast<int>(RetrySafety::NotTaken);
        QTest::newRow("nested error")
            << 403
            << QByteArray(R"({"error":{"code":"APIGW.0302","message":"The IAM user is not authorized."}})")
            << QStringLiteral("APIGW.0302") << QStringLiteral("The IAM user is not authorized.") << QString()
            << static_cast<int>(ErrorCategory::Account) << static_cast<int>(RetrySafety::Never);
        QTest::newRow("backend timeout")
            << 504
            << QByteArray(R"({"error_msg":"Backend timeout.","error_code":"APIG.0201","request_id":"r-5"})")
            << QStringLiteral("APIG.0201") << QStringLiteral("Backend timeout.") << QStringLiteral("r-5")
            << static_cast<int>(ErrorCategory::Server) << static_cast<int>(RetrySafety::WithTokenOnly);
    }
    void parseReply_gatewayErrors_areRejected()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, requestId);
        QFETCH(int, category);
        QFETCH(int, retry);
        const HuaweiCloudProvider provider;
        const ProviderReply reply = provider.parseReply(status, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Rejected);
        QCOMPARE(reply.httpStatus, status);
        QCOMPARE(reply.errorCode, code);
        QCOMPARE(reply.errorMessage, message);
        QCOMPARE(reply.requestId, requestId);
        const ErrorInfo* info = provider.errorCatalogue().find(reply.errorCode, reply.errorMessage);
        QVERIFY(info);
        QCOMPARE(static_cast<int>(info->category), category);
        QCOMPARE(static_cast<int>(provider.errorCatalogue().retrySafety(reply)), retry);
    }

    void parseReply_malformed_isUnparseable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << 502
                              << QByteArray("<html><head><title>502 Bad Gateway</title></head></html>");
        QTest::newRow("empty") << 200 << QByteArray();
        QTest::newRow("blank") << 200 << QByteArray("\n");
        QTest::newRow("truncated") << 200 << QByteArray("{\"order_id\" : \"CS2405");
        QTest::newRow("array") << 200 << QByteArray(R"([{"order_id":"1"}])");
        QTest::newRow("number") << 200 << QByteArray("42");
        QTest::newRow("empty object") << 200 << QByteArray("{}");
        QTest::newRow("order id as number") << 200 << QByteArray(R"({"order_id":12345678901234567890})");
        QTest::newRow("order id empty") << 200 << QByteArray(R"({"order_id":""})");
        QTest::newRow("order id null") << 200 << QByteArray(R"({"order_id":null})");
        QTest::newRow("error code as number")
            << 400 << QByteArray(R"({"error_code":40000011,"error_msg":"x"})");
        QTest::newRow("request id as number")
            << 401 << QByteArray(R"({"error_code":"APIG.0301","error_msg":"x","request_id":7})");
        QTest::newRow("error without code") << 400 << QByteArray(R"({"error_msg":"Invalid parameter"})");
        QTest::newRow("success on 500") << 500 << QByteArray(R"({"order_id":"CS1"})");
        QTest::newRow("order and error")
            << 200 << QByteArray(R"({"order_id":"CS1","error_code":"dsc.40000011"})");
        QTest::newRow("binary") << 200 << QByteArray("\x00\x01\x02", 3);
    }
    void parseReply_malformed_isUnparseable()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const ProviderReply reply = HuaweiCloudProvider().parseReply(status, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Unparseable);
        QCOMPARE(reply.httpStatus, status);
        QCOMPARE(reply.rawBody, body);
        QVERIFY(!reply.parseError.isEmpty());
        QVERIFY(reply.orderId.isEmpty());
    }

    void validate_missingRequiredField_isReported_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"project_id", "charging_mode", "cloud_service_type", "period_num",
                                 "period_type", "product_infos", "region_id", "zone"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void validate_missingRequiredField_isReported()
    {
        QFETCH(QString, name);
        OrderRequest request = seedRequest();
        request.params.remove(name);
        const QList<ValidationIssue> issues = HuaweiCloudProvider().validate(request);
        QCOMPARE(issueFields(issues), QStringList{name});
        QCOMPARE(issues.first().message.toEnglish(), name + QStringLiteral(" is required."));
    }

    void validate_optionalFieldsMayBeLeftOut()
    {
        OrderRequest request = seedRequest();
        request.params.remove(QStringLiteral("is_auto_renew"));
        QCOMPARE(issueTexts(HuaweiCloudProvider().validate(request)), QStringList());
    }

    void validate_productInfosPastedAcrossLines_isAccepted()
    {
        // JSON copied from a console or a document keeps its line breaks and indentation.
        OrderRequest request = seedRequest();
        const QByteArray indented =
            QJsonDocument::fromJson(kSeedProducts.toUtf8()).toJson(QJsonDocument::Indented);
        request.params.insert(
            QStringLiteral("product_infos"),
            QString::fromUtf8(indented).replace(QLatin1Char('\n'), QStringLiteral("\r\n\t")));
        QVERIFY(request.value(QStringLiteral("product_infos")).contains(QLatin1Char('\t')));
        QCOMPARE(issueFields(HuaweiCloudProvider().validate(request)), QStringList());
    }

    void validate_periodNumRange_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("min-1") << QStringLiteral("0") << false;
        QTest::newRow("min") << QStringLiteral("1") << true;
        // The page gives no limit: OrderDesk's own is 5 years, 60 months (months are the default unit).
        QTest::newRow("max") << QStringLiteral("60") << true;
        QTest::newRow("max+1") << QStringLiteral("61") << false;
        QTest::newRow("50 years in months") << QStringLiteral("600") << false;
        QTest::newRow("int32 max") << QStringLiteral("2147483647") << false;
        QTest::newRow("fraction") << QStringLiteral("2.5") << false;
        QTest::newRow("word") << QStringLiteral("two") << false;
    }
    void validate_periodNumRange()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        OrderRequest request = seedRequest();
        request.params.insert(QStringLiteral("period_num"), value);
        const QList<ValidationIssue> issues = HuaweiCloudProvider().validate(request);
        QCOMPARE(issues.isEmpty(), valid);
        if (!valid)
            QCOMPARE(issueFields(issues), QStringList{QStringLiteral("period_num")});
    }

    void validate_choices_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char* name, const char* value, bool valid) {
            QTest::newRow(qPrintable(QStringLiteral("%1=%2").arg(QLatin1String(name), QLatin1String(value))))
                << QString::fromLatin1(name) << QString::fromLatin1(value) << valid;
        };
        row("charging_mode", "-1", false);
        row("charging_mode", "0", true);
        row("charging_mode", "1", true);
        row("charging_mode", "2", true);
        row("charging_mode", "3", false);
        row("period_type", "1", false);
        row("period_type", "2", true);
        row("period_type", "3", true);
        row("period_type", "4", false);
        row("period_type", "month", false);
        row("is_auto_renew", "0", true);
        row("is_auto_renew", "1", true);
        row("is_auto_renew", "2", false);
        row("is_auto_renew", "true", false);
    }
    void validate_choices()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        OrderRequest request = seedRequest();
        request.params.insert(name, value);
        const QList<ValidationIssue> issues = HuaweiCloudProvider().validate(request);
        QCOMPARE(issues.isEmpty(), valid);
        if (!valid) {
            QCOMPARE(issueFields(issues), QStringList{name});
            QVERIFY(
                issues.first().message.toEnglish().startsWith(name + QStringLiteral(" must be one of: ")));
        }
    }

    void validate_choicesHaveLabels()
    {
        const HuaweiCloudProvider provider;
        int choices = 0;
        for (const FieldSpec& field : provider.schema().fields()) {
            for (const FieldChoice& choice : field.choices) {
                QVERIFY2(choice.label, qPrintable(field.name + QLatin1Char(' ') + choice.value));
                ++choices;
            }
        }
        QCOMPARE(choices, 8);
    }

    void validate_productInfos_data()
    {
        QTest::addColumn<QString>("products");
        QTest::addColumn<QStringList>("messages");
        QTest::newRow("not json") << QStringLiteral("[{")
                                  << QStringList{QStringLiteral("product_infos must be a JSON array.")};
        QTest::newRow("object, not array")
            << QStringLiteral(R"({"product_id":"p"})")
            << QStringList{QStringLiteral("product_infos must be a JSON array.")};
        QTest::newRow("empty array") << QStringLiteral("[]")
                                     << QStringList{
                                            QStringLiteral("product_infos must list at least one entry.")};
        QTest::newRow("entry not object")
            << QStringLiteral(R"(["base_professional"])")
            << QStringList{QStringLiteral("Entry 1 of product_infos must be a JSON object.")};
        for (const char* key : {"cloud_service_type", "product_id", "resource_size",
                                "resource_size_measure_id", "resource_spec_code", "resource_type"}) {
            QTest::newRow(qPrintable(QStringLiteral("without ") + QLatin1String(key)))
                << productsWith(QLatin1String(key), QJsonValue(QJsonValue::Undefined))
                << QStringList{QStringLiteral("Entry 1 of product_infos lacks %1.").arg(QLatin1String(key))};
        }
        QTest::newRow("size as text")
            << productsWith(QStringLiteral("resource_size"), QStringLiteral("30"))
            << QStringList{QStringLiteral("In entry 1 of product_infos, resource_size must be a whole number "
                                          "from 0 to 2147483647, without quotes.")};
        QTest::newRow("size fraction")
            << productsWith(QStringLiteral("resource_size"), 1.5)
            << QStringList{QStringLiteral("In entry 1 of product_infos, resource_size must be a whole number "
                                          "from 0 to 2147483647, without quotes.")};
        QTest::newRow("size negative")
            << productsWith(QStringLiteral("resource_size"), -1)
            << QStringList{QStringLiteral("In entry 1 of product_infos, resource_size must be a whole number "
                                          "from 0 to 2147483647, without quotes.")};
        QTest::newRow("size too large")
            << productsWith(QStringLiteral("resource_size"), 2147483648.0)
            << QStringList{QStringLiteral("In entry 1 of product_infos, resource_size must be a whole number "
                                          "from 0 to 2147483647, without quotes.")};
        QTest::newRow("size max") << productsWith(QStringLiteral("resource_size"), 2147483647.0)
                                  << QStringList();
        QTest::newRow("size zero") << productsWith(QStringLiteral("resource_size"), 0) << QStringList();
        QTest::newRow("product id as number")
            << productsWith(QStringLiteral("product_id"), 7)
            << QStringList{QStringLiteral("In entry 1 of product_infos, product_id must be text in quotes.")};
        QTest::newRow("product id empty")
            << productsWith(QStringLiteral("product_id"), QStringLiteral(" "))
            << QStringList{QStringLiteral("In entry 1 of product_infos, product_id must be text in quotes.")};
        QTest::newRow("usage value as text")
            << productsWith(QStringLiteral("usage_value"), QStringLiteral("1.5"))
            << QStringList{QStringLiteral(
                   "In entry 1 of product_infos, usage_value must be a number without quotes.")};
        QTest::newRow("names not a list")
            << productsWith(QStringLiteral("all_resource_names"), QStringLiteral("a"))
            << QStringList{QStringLiteral(
                   "In entry 1 of product_infos, all_resource_names must be a list of texts.")};
        QTest::newRow("names with a number")
            << productsWith(QStringLiteral("all_resource_names"), QJsonArray{QStringLiteral("a"), 1})
            << QStringList{QStringLiteral(
                   "In entry 1 of product_infos, all_resource_names must be a list of texts.")};
        QTest::newRow("unknown key")
            << productsWith(QStringLiteral("productId"), QStringLiteral("p"))
            << QStringList{
                   QStringLiteral("Entry 1 of product_infos has productId, which is not a product field.")};
        QTest::newRow("second entry wrong")
            << QStringLiteral(R"([%1,{"product_id":"p2"}])")
                   .arg(kSeedProducts.mid(1, kSeedProducts.size() - 2))
            << QStringList{QStringLiteral("Entry 2 of product_infos lacks cloud_service_type."),
                           QStringLiteral("Entry 2 of product_infos lacks resource_size."),
                           QStringLiteral("Entry 2 of product_infos lacks resource_size_measure_id."),
                           QStringLiteral("Entry 2 of product_infos lacks resource_spec_code."),
                           QStringLiteral("Entry 2 of product_infos lacks resource_type.")};
        QTest::newRow("every optional key")
            << QStringLiteral(
                   R"([{"all_resource_names":["dsc-1"],"cloud_service_type":"hws.service.type.sdg",)"
                   R"("display_id":"d","product_id":"p","product_spec_desc":"专业版","resource_name":"n",)"
                   R"("resource_size":30,"resource_size_measure_id":30,"resource_spec_code":"s",)"
                   R"("resource_type":"t","usage_factor":"f","usage_measure_id":17,"usage_value":1.5}])")
            << QStringList();
    }
    void validate_productInfos()
    {
        QFETCH(QString, products);
        QFETCH(QStringList, messages);
        OrderRequest request = seedRequest();
        request.params.insert(QStringLiteral("product_infos"), products);
        const QList<ValidationIssue> issues = HuaweiCloudProvider().validate(request);
        QCOMPARE(issueTexts(issues), messages);
        for (const ValidationIssue& issue : issues)
            QCOMPARE(issue.field, QStringLiteral("product_infos"));
    }

    // A form names the product's row and the column's plain label; the CLI keeps the API's names.
    void validate_productProblem_namesItsRowAndColumn()
    {
        OrderRequest request = seedRequest();
        request.params.insert(QStringLiteral("product_infos"),
                              productsWith(QStringLiteral("resource_size_measure_id"), QStringLiteral("GB")));
        const QList<ValidationIssue> issues = HuaweiCloudProvider().validate(request);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().entry, 1);
        QCOMPARE(issues.first().key, QStringLiteral("resource_size_measure_id"));
        QCOMPARE(HuaweiProductColumns::formMessage(issues.first()),
                 QStringLiteral("Product 1, Unit: must be a whole number from 0 to 2147483647."));
        QVERIFY(issues.first().message.toEnglish().contains(QLatin1String("resource_size_measure_id")));

        request.params.insert(QStringLiteral("product_infos"),
                              productsWith(QStringLiteral("product_id"), QJsonValue(QJsonValue::Undefined)));
        const QList<ValidationIssue> missing = HuaweiCloudProvider().validate(request);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(HuaweiProductColumns::formMessage(missing.first()),
                 QStringLiteral("Product 1, Product ID: required."));
        // A problem of no product keeps its message.
        const ValidationIssue whole{
            QStringLiteral("product_infos"),
            LocalizedText("OrderDesk::Provider", "%1 is required.", {QStringLiteral("x")})};
        QCOMPARE(HuaweiProductColumns::formMessage(whole), QStringLiteral("x is required."));
    }

    // A new row starts as the API page's example, without its placeholder product ID; the
    // table's choices hold every example value.
    void productColumns_exampleIsTheSeedsProductWithoutItsId()
    {
        QJsonObject seed = QJsonDocument::fromJson(kSeedProducts.toUtf8()).array().first().toObject();
        seed.remove(QStringLiteral("product_id"));
        QCOMPARE(HuaweiProductColumns::exampleProduct(), seed);
        for (const HuaweiProductColumn& column : HuaweiProductColumns::columns()) {
            QVERIFY(column.label && column.help);
            if (column.kind == HuaweiProductColumn::Kind::Choice)
                QVERIFY2(!HuaweiProductColumns::choiceLabel(column, column.example).isEmpty(),
                         qPrintable(column.key));
        }
        QCOMPARE(HuaweiProductColumns::columns().size(), 6);
    }

    void validate_regionAndProjectThatBreakTheAddress_areReported_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        const QString regionMessage = QStringLiteral(
            "region_id may contain only lower-case letters, digits and hyphens, like cn-north-4.");
        const QString projectMessage = QStringLiteral("project_id may contain only letters and digits.");
        QTest::newRow("region upper case")
            << QStringLiteral("region_id") << QStringLiteral("CN-North-4") << regionMessage;
        QTest::newRow("region dot") << QStringLiteral("region_id")
                                    << QStringLiteral("cn-north-4.evil.example") << regionMessage;
        QTest::newRow("region slash")
            << QStringLiteral("region_id") << QStringLiteral("cn/north") << regionMessage;
        QTest::newRow("project slash")
            << QStringLiteral("project_id") << QStringLiteral("abc/../def") << projectMessage;
        QTest::newRow("project query")
            << QStringLiteral("project_id") << QStringLiteral("abc?x=1") << projectMessage;
        QTest::newRow("project space")
            << QStringLiteral("project_id") << QStringLiteral("abc def") << projectMessage;
    }
    void validate_regionAndProjectThatBreakTheAddress_areReported()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, message);
        OrderRequest request = seedRequest();
        request.params.insert(name, value);
        const QList<ValidationIssue> issues = HuaweiCloudProvider().validate(request);
        QCOMPARE(issueFields(issues), QStringList{name});
        QCOMPARE(issueTexts(issues), QStringList{message});
    }

    void validate_regionDifferentFromRegionId_isReported()
    {
        OrderRequest request = seedRequest();
        request.params.insert(QStringLiteral("region_id"), QStringLiteral("cn-north-4"));
        request.region = QStringLiteral("cn-north-4");
        QCOMPARE(issueTexts(HuaweiCloudProvider().validate(request)), QStringList());
        request.region = QStringLiteral("cn-east-3");
        QCOMPARE(
            issueTexts(HuaweiCloudProvider().validate(request)),
            QStringList{QStringLiteral(
                "region_id is cn-north-4, but the order was set to region cn-east-3. Choose one region.")});
    }

    void validate_nonAsciiIdentifiers_areReported_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"project_id", "composite_product_id", "discount_id", "promotion_activity_id",
                                 "region_id", "zone"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void validate_nonAsciiIdentifiers_areReported()
    {
        QFETCH(QString, name);
        OrderRequest request = seedRequest();
        request.params.insert(name, QStringLiteral("华北-北京四"));
        const QList<ValidationIssue> issues = HuaweiCloudProvider().validate(request);
        QCOMPARE(issueFields(issues), QStringList{name});
        QVERIFY(issues.first().message.toEnglish().contains(QLatin1String("ASCII")));
    }

    void validate_severalProblems_areAllReportedEachOnItsField()
    {
        OrderRequest request = seedRequest();
        request.params.remove(QStringLiteral("zone"));
        request.params.insert(QStringLiteral("period_num"), QStringLiteral("0"));
        request.params.insert(QStringLiteral("charging_mode"), QStringLiteral("9"));
        request.params.insert(QStringLiteral("region_id"), QStringLiteral("CN_NORTH"));
        request.params.insert(
            QStringLiteral("product_infos"),
            productsWith(QStringLiteral("resource_type"), QJsonValue(QJsonValue::Undefined)));
        request.params.insert(QStringLiteral("orderId"), QStringLiteral("1"));
        const QList<ValidationIssue> issues = HuaweiCloudProvider().validate(request);
        const QStringList fields = sortedIssueFields(issues);
        QCOMPARE(fields, (QStringList{QStringLiteral("charging_mode"), QStringLiteral("orderId"),
                                      QStringLiteral("period_num"), QStringLiteral("product_infos"),
                                      QStringLiteral("region_id"), QStringLiteral("zone")}));
        QVERIFY(issueTexts(issues).contains(QStringLiteral("zone is required.")));
        QVERIFY(issueTexts(issues).contains(QStringLiteral("period_num must be between 1 and 60.")));
        QVERIFY(issueTexts(issues).contains(QStringLiteral("Entry 1 of product_infos lacks resource_type.")));
    }

    void errorCatalogue_coversEveryCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("retry");
        const auto row = [](const char* code, const char* message, int status, ErrorCategory category,
                            RetrySafety retry) {
            QTest::newRow(
                qPrintable(QString::fromLatin1(code) + QLatin1Char(' ') + QString::fromLatin1(message)))
                << QString::fromLatin1(code) << QString::fromLatin1(message) << status
                << static_cast<int>(category) << static_cast<int>(retry);
        };
        // The seed page's code.
        row("dsc.40000011", "Invalid parameter", 400, ErrorCategory::Parameter, RetrySafety::Never);
        for (const char* prefix : {"APIG", "APIGW"}) {
            const auto gateway = [&row, prefix](const char* number, const char* message, int status,
                                                ErrorCategory category, RetrySafety retry) {
                const QByteArray code = QByteArray(prefix) + '.' + number;
                row(code.constData(), message, status, category, retry);
            };
            gateway("0301", "Incorrect IAM authentication information: decrypt token fail", 401,
                    ErrorCategory::Authentication, RetrySafety::NotTaken);
            gateway("0301", "Incorrect IAM authentication information: verify aksk signature fail", 401,
                    ErrorCategory::Authentication, RetrySafety::NotTaken);
            gateway("0301",
                    "signature expired, signature time:20240527T083015Z, server time:20240527T090100Z", 401,
                    ErrorCategory::ClockSkew, RetrySafety::NotTaken);
            gateway("0301",
                    "Incorrect IAM authentication information: AK access failed to reach the limit,forbidden",
                    401, ErrorCategory::Authentication, RetrySafety::NotTaken);
            gateway("0301", "Incorrect IAM authentication information: Get secretKey failed", 401,
                    ErrorCategory::Authentication, RetrySafety::NotTaken);
            gateway("0302", "The IAM user is not authorized to access the API.", 403, ErrorCategory::Account,
                    RetrySafety::Never);
            gateway("0308", "The throttling threshold has been reached", 429, ErrorCategory::Throttling,
                    RetrySafety::NotTaken);
            gateway("0101", "The API does not exist or has not been published in the environment.", 404,
                    ErrorCategory::Parameter, RetrySafety::Never);
            gateway("0201", "API request error.", 400, ErrorCategory::Parameter, RetrySafety::Never);
            gateway("0201", "Backend timeout.", 504, ErrorCategory::Server, RetrySafety::WithTokenOnly);
            gateway("0202", "Backend unavailable.", 502, ErrorCategory::Server, RetrySafety::WithTokenOnly);
            gateway("0203", "Backend timeout.", 504, ErrorCategory::Server, RetrySafety::WithTokenOnly);
        }
    }
    void errorCatalogue_coversEveryCode()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(int, status);
        QFETCH(int, category);
        QFETCH(int, retry);
        const HuaweiCloudProvider provider;
        const ErrorInfo* info = provider.errorCatalogue().find(code, message);
        QVERIFY(info);
        QCOMPARE(info->code, code);
        QCOMPARE(info->httpStatus, status);
        QCOMPARE(static_cast<int>(info->category), category);
        QCOMPARE(static_cast<int>(info->retry), retry);
        QVERIFY(info->explanation);
        QVERIFY(qstrlen(info->explanation) > 40);
        const LocalizedText explanation = provider.errorCatalogue().explanation(*info);
        QCOMPARE(QByteArray(explanation.context()), QByteArray("OrderDesk::HuaweiCloudErrorCatalogue"));
        QCOMPARE(explanation.toEnglish(), QString::fromUtf8(info->explanation));
    }

    void errorCatalogue_onlyGatewayRejectionsAreNotTaken()
    {
        const HuaweiCloudProvider provider;
        for (const ErrorInfo& info : provider.errorCatalogue().entries()) {
            if (info.retry == RetrySafety::NotTaken)
                QVERIFY2(info.category == ErrorCategory::Authentication ||
                             info.category == ErrorCategory::ClockSkew ||
                             info.category == ErrorCategory::Throttling,
                         qPrintable(info.code));
            if (info.httpStatus >= 500)
                QCOMPARE(info.retry, RetrySafety::WithTokenOnly);
        }
    }
};

QTEST_GUILESS_MAIN(TestHuaweiCloudProvider)
#include "tst_huaweicloudprovider.moc"
