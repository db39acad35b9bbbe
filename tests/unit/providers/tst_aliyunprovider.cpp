#include "ProviderTestSupport.h"
#include "common/PercentEncoding.h"
#include "common/SequenceNonceSource.h"
#include "providers/aliyun/AliyunProvider.h"
#include "signing/AliyunRpcSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace OrderDesk;
using namespace ProviderTestSupport;

namespace {

// The example values of the seed page (aliyun-vpc-occupancy-order.txt).
OrderRequest seedOrder()
{
    return seedExampleOrder(QStringLiteral("aliyun"));
}

QByteArray errorBody(const QString& code, const QString& message)
{
    return "{\"RequestId\":\"0B2C3D4E-5F60-4A7B-8C9D-0E1F2A3B4C5D\",\"HostId\":\"vpc.cn-hangzhou.aliyuncs."
           "com\","
           "\"Code\":\"" +
           code.toUtf8() + "\",\"Message\":\"" + message.toUtf8() +
           "\",\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=" + code.toUtf8() +
           "&product=Vpc&requestId=0B2C3D4E-5F60-4A7B-8C9D-0E1F2A3B4C5D\"}";
}

} // namespace

class TestAliyunProvider : public QObject
{
    Q_OBJECT

private:
    AliyunProvider m_provider;

private Q_SLOTS:
    void identity_matchesSeedAndDesign()
    {
        QCOMPARE(m_provider.id(), QStringLiteral("aliyun"));
        QCOMPARE(m_provider.displayName().toEnglish(), QStringLiteral("Alibaba Cloud"));
        QCOMPARE(m_provider.displayName().context(), "OrderDesk::AliyunProvider");
        QCOMPARE(m_provider.action(), QStringLiteral("CreatePhysicalConnectionOccupancyOrder"));
        QCOMPARE(m_provider.apiVersion(), QStringLiteral("2016-04-28"));
        QCOMPARE(m_provider.idempotencyField(), QStringLiteral("ClientToken"));
        QVERIFY(m_provider.hasIdempotencyToken());
        QCOMPARE(m_provider.defaultRegion(), QStringLiteral("cn-hangzhou"));
    }

    void defaultEndpoint_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("host"); // empty: no endpoint
        QTest::newRow("hangzhou") << "cn-hangzhou"
                                  << "vpc.cn-hangzhou.aliyuncs.com";
        QTest::newRow("beijing") << "cn-beijing"
                                 << "vpc.cn-beijing.aliyuncs.com";
        QTest::newRow("singapore") << "ap-southeast-1"
                                   << "vpc.ap-southeast-1.aliyuncs.com";
        QTest::newRow("empty is the default") << QString() << "vpc.cn-hangzhou.aliyuncs.com";
        QTest::newRow("a host in disguise") << "evil.example/x" << QString();
        QTest::newRow("dots") << "cn-hangzhou.evil" << QString();
        QTest::newRow("upper case") << "CN-HANGZHOU" << QString();
    }
    void defaultEndpoint()
    {
        QFETCH(QString, region);
        QFETCH(QString, host);
        const Endpoint endpoint = m_provider.defaultEndpoint(region);
        QCOMPARE(endpoint.host, host);
        QCOMPARE(endpoint.isValid(), !host.isEmpty());
        QCOMPARE(endpoint.scheme, QStringLiteral("https"));
        QCOMPARE(endpoint.port, -1);
    }

    void region_comesFromRegionIdFirst()
    {
        OrderRequest request = seedOrder();
        request.params.insert(QStringLiteral("RegionId"), QStringLiteral("cn-beijing"));
        request.region = QStringLiteral("cn-shanghai");
        QCOMPARE(m_provider.region(request), QStringLiteral("cn-beijing"));
        request.params.remove(QStringLiteral("RegionId"));
        QCOMPARE(m_provider.region(request), QStringLiteral("cn-shanghai"));
        request.region.clear();
        QCOMPARE(m_provider.region(request), QStringLiteral("cn-hangzhou"));
    }

    void schema_hasEverySeedFieldByApiName()
    {
        const FormSchema& schema = m_provider.schema();
        QCOMPARE(schema.context(), "OrderDesk::AliyunProvider");
        QStringList names;
        for (const FieldSpec& field : schema.fields())
            names.append(field.name);
        QCOMPARE(names, (QStringList{QStringLiteral("RegionId"), QStringLiteral("PhysicalConnectionId"),
                                     QStringLiteral("Period"), QStringLiteral("InstanceChargeType"),
                                     QStringLiteral("AutoPay"), QStringLiteral("PricingCycle"),
                                     QStringLiteral("ClientToken")}));

        const FieldSpec* region = schema.field(QStringLiteral("RegionId"));
        QVERIFY(region);
        QCOMPARE(region->type, FieldType::Text);
        QVERIFY(region->required);
        QVERIFY(!region->identifiesResource);
        QCOMPARE(region->example, QStringLiteral("cn-hangzhou"));

        const FieldSpec* circuit = schema.field(QStringLiteral("PhysicalConnectionId"));
        QVERIFY(circuit);
        QCOMPARE(circuit->type, FieldType::Text);
        QVERIFY(circuit->required);
        QVERIFY(circuit->identifiesResource);
        QCOMPARE(circuit->example, QStringLiteral("pc-bp1hp0wr072f6****"));

        const FieldSpec* period = schema.field(QStringLiteral("Period"));
        QVERIFY(period);
        QCOMPARE(period->type, FieldType::Integer);
        QVERIFY(!period->required);
        QVERIFY(period->hasRange);
        QCOMPARE(period->minimum, qint64(1));
        QCOMPARE(period->maximum, qint64(9));
        QCOMPARE(period->example, QStringLiteral("1"));

        const FieldSpec* chargeType = schema.field(QStringLiteral("InstanceChargeType"));
        QVERIFY(chargeType);
        QCOMPARE(chargeType->type, FieldType::Choice);
        QCOMPARE(chargeType->choices.size(), 1);
        QCOMPARE(chargeType->choices.first().value, QStringLiteral("PrePaid"));
        QCOMPARE(schema.choiceLabel(chargeType->choices.first()).toEnglish(),
                 QStringLiteral("Subscription (prepaid)"));
        QCOMPARE(chargeType->defaultValue, QStringLiteral("PrePaid"));
        QCOMPARE(chargeType->example, QStringLiteral("PrePaid"));

        const FieldSpec* autoPay = schema.field(QStringLiteral("AutoPay"));
        QVERIFY(autoPay);
        QCOMPARE(autoPay->type, FieldType::Boolean);
        QCOMPARE(autoPay->choices.size(), 2);
        QCOMPARE(autoPay->choices.at(0).value, QStringLiteral("true"));
        QCOMPARE(autoPay->choices.at(1).value, QStringLiteral("false"));
        QCOMPARE(autoPay->defaultValue, QStringLiteral("false"));
        QCOMPARE(autoPay->example, QStringLiteral("false"));

        const FieldSpec* cycle = schema.field(QStringLiteral("PricingCycle"));
        QVERIFY(cycle);
        QCOMPARE(cycle->type, FieldType::Choice);
        QCOMPARE(cycle->choices.size(), 2);
        QCOMPARE(cycle->choices.at(0).value, QStringLiteral("Month"));
        QCOMPARE(cycle->choices.at(1).value, QStringLiteral("Year"));
        QCOMPARE(cycle->defaultValue, QStringLiteral("Month"));
        QCOMPARE(cycle->example, QStringLiteral("Month"));

        const FieldSpec* token = schema.field(QStringLiteral("ClientToken"));
        QVERIFY(token);
        QVERIFY(token->generated);
        QVERIFY(token->asciiOnly);
        QCOMPARE(token->maxLength, 64);
        QCOMPARE(token->example, QStringLiteral("CBCE910E-D396-4944"));

        for (const FieldSpec& field : schema.fields()) {
            QVERIFY2(!schema.label(field).isEmpty(), qPrintable(field.name));
            QVERIFY2(!schema.help(field).isEmpty(), qPrintable(field.name));
            QCOMPARE(field.location, FieldLocation::Query);
            for (const FieldChoice& choice : field.choices)
                QVERIFY2(!schema.choiceLabel(choice).isEmpty(), qPrintable(choice.value));
        }
        for (const char* name : {"Action", "Version", "AccessKeyId", "Format", "SignatureNonce", "Timestamp"})
            QVERIFY2(!schema.field(QString::fromLatin1(name)), name);
    }

    void buildRequest_seedExample_matchesTheDocumentedRequest()
    {
        const OrderRequest order = seedOrder();
        const HttpRequest request =
            m_provider.buildRequest(order, m_provider.defaultEndpoint(m_provider.region(order)));
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.scheme, QStringLiteral("https"));
        QCOMPARE(request.host, QStringLiteral("vpc.cn-hangzhou.aliyuncs.com"));
        QCOMPARE(request.path, QByteArray("/"));
        QVERIFY(request.body.isEmpty());
        QVERIFY(request.headers.isEmpty());
        QCOMPARE(request.encodedQuery(),
                 QByteArray(
                     "Action=CreatePhysicalConnectionOccupancyOrder&Version=2016-04-28&RegionId=cn-hangzhou&"
                     "PhysicalConnectionId=pc-bp1hp0wr072f6%2A%2A%2A%2A&Period=1&InstanceChargeType=PrePaid&"
                     "AutoPay=false&PricingCycle=Month&ClientToken=CBCE910E-D396-4944"));

        // The API page's own request example (help.aliyun.com, CreatePhysicalConnectionOccupancyOrder,
        // 请求示例) lists the same items in another order, with Version among the common parameters.
        QueryItems documented{
            {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
            {QStringLiteral("PhysicalConnectionId"), QStringLiteral("pc-bp1hp0wr072f6****")},
            {QStringLiteral("Period"), QStringLiteral("1")},
            {QStringLiteral("InstanceChargeType"), QStringLiteral("PrePaid")},
            {QStringLiteral("AutoPay"), QStringLiteral("false")},
            {QStringLiteral("PricingCycle"), QStringLiteral("Month")},
            {QStringLiteral("Action"), QStringLiteral("CreatePhysicalConnectionOccupancyOrder")},
            {QStringLiteral("ClientToken"), QStringLiteral("CBCE910E-D396-4944")},
            {QStringLiteral("Version"), QStringLiteral("2016-04-28")}};
        QueryItems built = request.query;
        std::sort(documented.begin(), documented.end());
        std::sort(built.begin(), built.end());
        QCOMPARE(built, documented);
    }

    void buildRequest_minimalOrder_sendsThePaymentChoicesExplicitly()
    {
        OrderRequest order;
        order.params.insert(QStringLiteral("RegionId"), QStringLiteral("cn-beijing"));
        order.params.insert(QStringLiteral("PhysicalConnectionId"), QStringLiteral("pc-2ze1"));
        const HttpRequest request =
            m_provider.buildRequest(order, m_provider.defaultEndpoint(m_provider.region(order)));
        QCOMPARE(request.host, QStringLiteral("vpc.cn-beijing.aliyuncs.com"));
        QCOMPARE(
            request.encodedQuery(),
            QByteArray(
                "Action=CreatePhysicalConnectionOccupancyOrder&Version=2016-04-28&RegionId=cn-beijing&"
                "PhysicalConnectionId=pc-2ze1&InstanceChargeType=PrePaid&AutoPay=false&PricingCycle=Month"));
    }

    void buildRequest_autoPayTrue_isSentAsTheLowerCaseLiteral()
    {
        OrderRequest order = seedOrder();
        order.params.insert(QStringLiteral("AutoPay"), QStringLiteral("true"));
        order.params.insert(QStringLiteral("PricingCycle"), QStringLiteral("Year"));
        order.params.insert(QStringLiteral("Period"), QStringLiteral("5"));
        const HttpRequest request =
            m_provider.buildRequest(order, m_provider.defaultEndpoint(m_provider.region(order)));
        QCOMPARE(request.queryValue(QStringLiteral("AutoPay")), QStringLiteral("true"));
        QCOMPARE(request.queryValue(QStringLiteral("PricingCycle")), QStringLiteral("Year"));
        QCOMPARE(request.queryValue(QStringLiteral("Period")), QStringLiteral("5"));
    }

    void buildRequest_endpoint_givesSchemeHostAndPort()
    {
        Endpoint endpoint;
        endpoint.scheme = QStringLiteral("http");
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = 18080;
        const HttpRequest request = m_provider.buildRequest(seedOrder(), endpoint);
        QCOMPARE(request.hostHeader(), QByteArray("127.0.0.1:18080"));
        QVERIFY(request.url().toEncoded().startsWith(
            "http://127.0.0.1:18080/?Action=CreatePhysicalConnectionOccupancyOrder&Version=2016-04-28&"));
    }

    void parseReply_seedSuccess_isAcceptedWithOrderId()
    {
        // The seed page's sample success response.
        const QByteArray body =
            "{\n  \"RequestId\": \"9B9300FE-11E2-4E3B-949C-BED3B44DD26D\",\n  \"Data\": {\n"
            "    \"OrderId\": \"50187055895****\"\n  }\n}";
        const ProviderReply reply = m_provider.parseReply(200, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Accepted);
        QCOMPARE(reply.httpStatus, 200);
        QCOMPARE(reply.orderId, QStringLiteral("50187055895****"));
        QCOMPARE(reply.requestId, QStringLiteral("9B9300FE-11E2-4E3B-949C-BED3B44DD26D"));
        QVERIFY(reply.errorCode.isEmpty());
        QVERIFY(reply.parseError.isEmpty());
        QCOMPARE(reply.rawBody, body);
    }

    void parseReply_numericOrderId_isKeptExactly()
    {
        // An earlier edition of the API page shows the order id as a JSON number: 203167309740138.
        const QByteArray body =
            "{\"RequestId\":\"CBCE910E-D396-4944-8764-B4047838B2D1\",\"Data\":{\"OrderId\":"
            "203167309740138}}";
        const ProviderReply reply = m_provider.parseReply(200, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Accepted);
        QCOMPARE(reply.orderId, QStringLiteral("203167309740138"));
        QCOMPARE(reply.requestId, QStringLiteral("CBCE910E-D396-4944-8764-B4047838B2D1"));
    }

    void parseReply_error_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<RetrySafety>("retry");

        // The seed page's error table.
        QTest::newRow("ValueNotSupported") << 400 << "IAbs.InvalidStatus.ValueNotSupported"
                                           << "status is not supported." << RetrySafety::Never;
        QTest::newRow("InvalidPrice") << 400 << "InvalidPrice.NotFound"
                                      << "Pricing plan result not found." << RetrySafety::Never;
        QTest::newRow("NotAllowedInState")
            << 400 << "Forbidden.NotAllowedInState"
            << "The request does not allow in this state." << RetrySafety::Never;
        QTest::newRow("circuit not found")
            << 404 << "InvalidPhysicalConnectionId.NotFound"
            << "The PhysicalConnectionId provided does not exist in our records." << RetrySafety::Never;
        // Gateway and authentication shapes with the messages docs/ARCHITECTURE.md, Providers describes.
        QTest::newRow("SignatureDoesNotMatch")
            << 400 << "SignatureDoesNotMatch"
            << "Specified signature is not matched with our calculation. server string to sign "
               "is:GET&%2F&AccessKeyId%3Dtestid"
            << RetrySafety::NotTaken;
        QTest::newRow("InvalidAccessKeyId.NotFound")
            << 404 << "InvalidAccessKeyId.NotFound"
            << "Specified access key is not found." << RetrySafety::NotTaken;
        QTest::newRow("InvalidTimeStamp.Expired")
            << 400 << "InvalidTimeStamp.Expired"
            << "Specified time stamp or date value is expired." << RetrySafety::NotTaken;
        QTest::newRow("SignatureNonceUsed")
            << 400 << "SignatureNonceUsed"
            << "Specified signature nonce was used already." << RetrySafety::WithTokenOnly;
        QTest::newRow("Throttling.User")
            << 400 << "Throttling.User"
            << "Request was denied due to user flow control." << RetrySafety::NotTaken;
        QTest::newRow("IdempotentParameterMismatch")
            << 400 << "IdempotentParameterMismatch"
            << "The request uses the same client token as a previous, but "
               "non-identical request."
            << RetrySafety::Never;
        QTest::newRow("InternalError")
            << 500 << "InternalError"
            << "The request processing has failed due to some unknown error, exception or "
               "failure."
            << RetrySafety::WithTokenOnly;
        QTest::newRow("ServiceUnavailable")
            << 503 << "ServiceUnavailable"
            << "The request has failed due to a temporary failure of the server."
            << RetrySafety::WithTokenOnly;
        QTest::newRow("unknown 400") << 400 << "SomethingNew"
                                     << "New." << RetrySafety::Never;
        QTest::newRow("unknown 502") << 502 << "SomethingNew"
                                     << "New." << RetrySafety::WithTokenOnly;
    }
    void parseReply_error()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(RetrySafety, retry);

        const QByteArray body = errorBody(code, message);
        const ProviderReply reply = m_provider.parseReply(status, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Rejected);
        QCOMPARE(reply.httpStatus, status);
        QCOMPARE(reply.errorCode, code);
        QCOMPARE(reply.errorMessage, message);
        QCOMPARE(reply.requestId, QStringLiteral("0B2C3D4E-5F60-4A7B-8C9D-0E1F2A3B4C5D"));
        QCOMPARE(reply.recommendUrl,
                 QStringLiteral("https://api.aliyun.com/troubleshoot?q=") + code +
                     QStringLiteral("&product=Vpc&requestId=0B2C3D4E-5F60-4A7B-8C9D-0E1F2A3B4C5D"));
        QVERIFY(reply.orderId.isEmpty());
        QVERIFY(reply.parseError.isEmpty());
        QCOMPARE(reply.rawBody, body);
        QCOMPARE(m_provider.errorCatalogue().retrySafety(reply), retry);
        QVERIFY(!m_provider.errorCatalogue().explain(reply).toEnglish().isEmpty());
    }

    void parseReply_errorWithoutRecommend_isStillRejected()
    {
        const QByteArray body =
            "{\"RequestId\":\"r-1\",\"Code\":\"Throttling\",\"Message\":\"Request was denied due "
            "to flow control.\"}";
        const ProviderReply reply = m_provider.parseReply(400, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Rejected);
        QCOMPARE(reply.errorCode, QStringLiteral("Throttling"));
        QCOMPARE(reply.requestId, QStringLiteral("r-1"));
        QVERIFY(reply.recommendUrl.isEmpty());
        QCOMPARE(m_provider.errorCatalogue().retrySafety(reply), RetrySafety::NotTaken);
    }

    void parseReply_malformed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");

        QTest::newRow("empty") << 200 << QByteArray() << "empty";
        QTest::newRow("blank") << 200 << QByteArray("\n") << "empty";
        QTest::newRow("html gateway page")
            << 502 << QByteArray("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>")
            << "HTML";
        QTest::newRow("xml answer") << 200
                                    << QByteArray(
                                           "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>")
                                    << "HTML or XML";
        QTest::newRow("plain text 503") << 503 << QByteArray("Service Unavailable") << "not valid JSON";
        QTest::newRow("truncated") << 200 << QByteArray("{\"RequestId\":\"r\",\"Data\":{\"OrderId\":\"5018")
                                   << "not valid JSON";
        QTest::newRow("array") << 200 << QByteArray("[]") << "not an object";
        QTest::newRow("empty object") << 200 << QByteArray("{}") << "no Data";
        QTest::newRow("data is text")
            << 200 << QByteArray("{\"RequestId\":\"r\",\"Data\":\"50187055895\"}") << "no Data";
        QTest::newRow("no order id") << 200 << QByteArray("{\"RequestId\":\"r\",\"Data\":{}}") << "OrderId";
        QTest::newRow("order id empty")
            << 200 << QByteArray("{\"RequestId\":\"r\",\"Data\":{\"OrderId\":\"\"}}") << "OrderId";
        QTest::newRow("order id boolean")
            << 200 << QByteArray("{\"RequestId\":\"r\",\"Data\":{\"OrderId\":true}}") << "OrderId";
        QTest::newRow("order id object")
            << 200 << QByteArray("{\"RequestId\":\"r\",\"Data\":{\"OrderId\":{\"Id\":\"1\"}}}") << "OrderId";
        QTest::newRow("order id fraction")
            << 200 << QByteArray("{\"RequestId\":\"r\",\"Data\":{\"OrderId\":1.5}}") << "OrderId";
        QTest::newRow("order id negative")
            << 200 << QByteArray("{\"RequestId\":\"r\",\"Data\":{\"OrderId\":-7}}") << "OrderId";
        QTest::newRow("code is a number")
            << 400 << QByteArray("{\"RequestId\":\"r\",\"Code\":400}") << "Code";
        QTest::newRow("code empty") << 400 << QByteArray("{\"RequestId\":\"r\",\"Code\":\"\"}") << "Code";
        QTest::newRow("500 without code") << 500 << QByteArray("{\"RequestId\":\"r\"}") << "HTTP 500";
        QTest::newRow("order id with 500")
            << 500 << QByteArray("{\"RequestId\":\"r\",\"Data\":{\"OrderId\":\"50187055895\"}}")
            << "HTTP 500";
    }
    void parseReply_malformed()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);

        const ProviderReply reply = m_provider.parseReply(status, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Unparseable);
        QCOMPARE(reply.httpStatus, status);
        QCOMPARE(reply.rawBody, body);
        QVERIFY(reply.orderId.isEmpty());
        QVERIFY2(reply.parseError.contains(reason), qPrintable(reply.parseError));
        QCOMPARE(m_provider.errorCatalogue().retrySafety(reply), RetrySafety::WithTokenOnly);
    }

    void validate_seedExample_hasNoIssue()
    {
        QVERIFY(m_provider.validate(seedOrder()).isEmpty());
        OrderRequest minimal;
        minimal.params.insert(QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou"));
        minimal.params.insert(QStringLiteral("PhysicalConnectionId"), QStringLiteral("pc-1"));
        QVERIFY(m_provider.validate(minimal).isEmpty());
    }

    void validate_requiredField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("RegionId") << "RegionId";
        QTest::newRow("PhysicalConnectionId") << "PhysicalConnectionId";
    }
    void validate_requiredField()
    {
        QFETCH(QString, field);
        OrderRequest request = seedOrder();
        request.params.remove(field);
        const QList<ValidationIssue> issues = m_provider.validate(request);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, field);
        QCOMPARE(issues.first().message.toEnglish(), field + QStringLiteral(" is required."));
    }

    void validate_period_data()
    {
        QTest::addColumn<QString>("cycle");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("message"); // empty: valid

        const QString months = QStringLiteral("Period must be between 1 and 9.");
        const QString years = QStringLiteral("When PricingCycle is Year, Period must be between 1 and 5.");
        QTest::newRow("month 0") << "Month"
                                 << "0" << months;
        QTest::newRow("month 1") << "Month"
                                 << "1" << QString();
        QTest::newRow("month 9") << "Month"
                                 << "9" << QString();
        QTest::newRow("month 10") << "Month"
                                  << "10" << months;
        QTest::newRow("default cycle 9") << QString() << "9" << QString();
        QTest::newRow("default cycle 10") << QString() << "10" << months;
        QTest::newRow("year 0") << "Year"
                                << "0" << months;
        QTest::newRow("year 1") << "Year"
                                << "1" << QString();
        QTest::newRow("year 5") << "Year"
                                << "5" << QString();
        QTest::newRow("year 6") << "Year"
                                << "6" << years;
        QTest::newRow("year 9") << "Year"
                                << "9" << years;
        QTest::newRow("year 10 reported once") << "Year"
                                               << "10" << months;
        QTest::newRow("not a number") << "Month"
                                      << "three" << QStringLiteral("Period must be a whole number.");
    }
    void validate_period()
    {
        QFETCH(QString, cycle);
        QFETCH(QString, period);
        QFETCH(QString, message);

        OrderRequest request = seedOrder();
        request.params.insert(QStringLiteral("Period"), period);
        if (cycle.isEmpty())
            request.params.remove(QStringLiteral("PricingCycle"));
        else
            request.params.insert(QStringLiteral("PricingCycle"), cycle);
        const QList<ValidationIssue> issues = m_provider.validate(request);
        if (message.isEmpty()) {
            QVERIFY(issues.isEmpty());
            return;
        }
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("Period"));
        QCOMPARE(issues.first().message.toEnglish(), message);
    }

    // The form bounds its Period input by integerRange; the bounds must be exactly what
    // validate() accepts (the seed page: 1-9 months, 1-5 years).
    void integerRange_period_followsTheUnit_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<qint64>("maximum");
        QTest::newRow("Month") << "Month" << qint64(9);
        QTest::newRow("no unit: months") << QString() << qint64(9);
        QTest::newRow("Year") << "Year" << qint64(5);
    }
    void integerRange_period_followsTheUnit()
    {
        QFETCH(QString, unit);
        QFETCH(qint64, maximum);

        OrderRequest request = seedOrder();
        if (unit.isEmpty())
            request.params.remove(QStringLiteral("PricingCycle"));
        else
            request.params.insert(QStringLiteral("PricingCycle"), unit);
        const std::optional<IntegerRange> range = m_provider.integerRange(QStringLiteral("Period"), request);
        QVERIFY(range.has_value());
        QCOMPARE(range->minimum, qint64(1));
        QCOMPARE(range->maximum, maximum);

        request.params.insert(QStringLiteral("Period"), QString::number(range->minimum));
        QVERIFY(m_provider.validate(request).isEmpty());
        request.params.insert(QStringLiteral("Period"), QString::number(range->maximum));
        QVERIFY(m_provider.validate(request).isEmpty());
        request.params.insert(QStringLiteral("Period"), QString::number(range->maximum + 1));
        QCOMPARE(issueFields(m_provider.validate(request)), QStringList{QStringLiteral("Period")});
        request.params.insert(QStringLiteral("Period"), QString::number(range->minimum - 1));
        QCOMPARE(issueFields(m_provider.validate(request)), QStringList{QStringLiteral("Period")});
    }

    void integerRange_fieldWithoutRange_isNone()
    {
        QVERIFY(!m_provider.integerRange(QStringLiteral("PricingCycle"), seedOrder()).has_value());
        QVERIFY(!m_provider.integerRange(QStringLiteral("ClientToken"), seedOrder()).has_value());
        QVERIFY(!m_provider.integerRange(QStringLiteral("NoSuchField"), seedOrder()).has_value());
    }

    void regionParameter_namesTheRegionField()
    {
        QCOMPARE(m_provider.regionParameter(), QStringLiteral("RegionId"));
    }

    void validate_choices_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message"); // empty: valid

        const QString cycles = QStringLiteral("PricingCycle must be one of: Month, Year.");
        QTest::newRow("cycle Month") << "PricingCycle"
                                     << "Month" << QString();
        QTest::newRow("cycle Year") << "PricingCycle"
                                    << "Year" << QString();
        QTest::newRow("cycle month") << "PricingCycle"
                                     << "month" << cycles;
        QTest::newRow("cycle Week") << "PricingCycle"
                                    << "Week" << cycles;
        QTest::newRow("charge PrePaid") << "InstanceChargeType"
                                        << "PrePaid" << QString();
        QTest::newRow("charge PostPaid")
            << "InstanceChargeType"
            << "PostPaid" << QStringLiteral("InstanceChargeType must be one of: PrePaid.");
        const QString booleans = QStringLiteral("AutoPay must be true or false.");
        QTest::newRow("autopay true") << "AutoPay"
                                      << "true" << QString();
        QTest::newRow("autopay false") << "AutoPay"
                                       << "false" << QString();
        QTest::newRow("autopay TRUE") << "AutoPay"
                                      << "TRUE" << booleans;
        QTest::newRow("autopay 1") << "AutoPay"
                                   << "1" << booleans;
        QTest::newRow("autopay yes") << "AutoPay"
                                     << "yes" << booleans;
    }
    void validate_choices()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        OrderRequest request = seedOrder();
        request.params.insert(field, value);
        const QList<ValidationIssue> issues = m_provider.validate(request);
        if (message.isEmpty()) {
            QVERIFY(issues.isEmpty());
            return;
        }
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, field);
        QCOMPARE(issues.first().message.toEnglish(), message);
    }

    void validate_clientToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("message");
        QTest::newRow("64 ASCII") << QString(64, QLatin1Char('Z')) << QString();
        QTest::newRow("65 ASCII") << QString(65, QLatin1Char('Z'))
                                  << QStringLiteral("ClientToken may be at most 64 characters long.");
        QTest::newRow("Chinese") << QStringLiteral("订单-1")
                                 << QStringLiteral("ClientToken may contain only printable ASCII characters "
                                                   "(letters, digits, punctuation).");
        QTest::newRow("zero-width space")
            << QStringLiteral("abc\u200Bdef")
            << QStringLiteral("ClientToken contains control or invisible characters.");
        QTest::newRow("leading space")
            << QStringLiteral(" abc") << QStringLiteral("ClientToken must not start or end with a space.");
    }
    void validate_clientToken()
    {
        QFETCH(QString, token);
        QFETCH(QString, message);
        OrderRequest request = seedOrder();
        request.params.insert(QStringLiteral("ClientToken"), token);
        const QList<ValidationIssue> issues = m_provider.validate(request);
        if (message.isEmpty()) {
            QVERIFY(issues.isEmpty());
            return;
        }
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("ClientToken"));
        QCOMPARE(issues.first().message.toEnglish(), message);
    }

    void validate_regionId_data()
    {
        QTest::addColumn<QString>("regionId");
        QTest::addColumn<QString>("message");
        QTest::newRow("cn-hangzhou") << "cn-hangzhou" << QString();
        QTest::newRow("cn-wuhan-lr") << "cn-wuhan-lr" << QString();
        QTest::newRow("upper case") << "CN-HANGZHOU"
                                    << QStringLiteral(
                                           "\"CN-HANGZHOU\" is not a region ID. Use lower-case letters, "
                                           "digits and hyphens, e.g. cn-hangzhou.");
        QTest::newRow("underscore") << "cn_hangzhou"
                                    << QStringLiteral(
                                           "\"cn_hangzhou\" is not a region ID. Use lower-case letters, "
                                           "digits and hyphens, e.g. cn-hangzhou.");
        QTest::newRow("a host") << "evil.example/x"
                                << QStringLiteral(
                                       "\"evil.example/x\" is not a region ID. Use lower-case letters, "
                                       "digits and hyphens, e.g. cn-hangzhou.");
        QTest::newRow("Chinese") << QStringLiteral("华东1")
                                 << QStringLiteral(
                                        "\"华东1\" is not a region ID. Use lower-case letters, digits and "
                                        "hyphens, e.g. cn-hangzhou.");
        // Quoted shortened: the message is about the text, not a copy of it.
        QTest::newRow("100 characters")
            << QString(100, QLatin1Char('A'))
            << QStringLiteral("\"") + QString(63, QLatin1Char('A')) +
                   QStringLiteral("…\" is not a region ID. Use lower-case letters, "
                                  "digits and hyphens, e.g. cn-hangzhou.");
        // Reported once, by the schema's own rule.
        QTest::newRow("padded") << " cn-hangzhou"
                                << QStringLiteral("RegionId must not start or end with a space.");
    }
    void validate_regionId()
    {
        QFETCH(QString, regionId);
        QFETCH(QString, message);
        OrderRequest request = seedOrder();
        request.params.insert(QStringLiteral("RegionId"), regionId);
        const QList<ValidationIssue> issues = m_provider.validate(request);
        if (message.isEmpty()) {
            QVERIFY(issues.isEmpty());
            return;
        }
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("RegionId"));
        QCOMPARE(issues.first().message.toEnglish(), message);
    }

    void validate_requestRegion_mustAgreeWithRegionId()
    {
        OrderRequest request = seedOrder();
        request.region = QStringLiteral("cn-hangzhou");
        QVERIFY(m_provider.validate(request).isEmpty());

        request.region = QStringLiteral("cn-beijing");
        QList<ValidationIssue> issues = m_provider.validate(request);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("RegionId"));
        QCOMPARE(issues.first().message.toEnglish(),
                 QStringLiteral(
                     "RegionId is cn-hangzhou but the order is to be sent to region cn-beijing. Use the "
                     "same region for both."));

        request.region = QStringLiteral("hangzhou!");
        issues = m_provider.validate(request);
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().field.isEmpty());
        QCOMPARE(issues.first().message.toEnglish(),
                 QStringLiteral(
                     "\"hangzhou!\" is not a region ID. Use lower-case letters, digits and hyphens, e.g. "
                     "cn-hangzhou."));
    }

    void validate_severalProblems_areReportedTogetherEachOnItsField()
    {
        OrderRequest request;
        request.params.insert(QStringLiteral("Period"), QStringLiteral("6"));
        request.params.insert(QStringLiteral("PricingCycle"), QStringLiteral("Year"));
        request.params.insert(QStringLiteral("InstanceChargeType"), QStringLiteral("PostPaid"));
        request.params.insert(QStringLiteral("AutoPay"), QStringLiteral("True"));
        request.params.insert(QStringLiteral("ClientToken"), QStringLiteral("令牌"));
        request.params.insert(QStringLiteral("Bogus"), QStringLiteral("1"));
        const QList<ValidationIssue> issues = m_provider.validate(request);
        QCOMPARE(
            sortedIssueFields(issues),
            (QStringList{QStringLiteral("AutoPay"), QStringLiteral("Bogus"), QStringLiteral("ClientToken"),
                         QStringLiteral("InstanceChargeType"), QStringLiteral("Period"),
                         QStringLiteral("PhysicalConnectionId"), QStringLiteral("RegionId")}));
    }

    void withGeneratedFields_fillsOnlyAMissingClientToken()
    {
        SequenceNonceSource nonces({QStringLiteral("token-1")});
        OrderRequest request = seedOrder();
        request.params.remove(QStringLiteral("ClientToken"));
        const OrderRequest filled = m_provider.withGeneratedFields(request, nonces);
        QCOMPARE(filled.value(QStringLiteral("ClientToken")), QStringLiteral("token-1"));
        const OrderRequest kept = m_provider.withGeneratedFields(seedOrder(), nonces);
        QCOMPARE(kept.value(QStringLiteral("ClientToken")), QStringLiteral("CBCE910E-D396-4944"));
        QCOMPARE(m_provider.resourceId(filled), QStringLiteral("pc-bp1hp0wr072f6****"));
    }

    void errorCatalogue_seedCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<ErrorCategory>("category");
        QTest::addColumn<RetrySafety>("retry");

        // Every row of the seed page's error table.
        QTest::newRow("ValueNotSupported")
            << "IAbs.InvalidStatus.ValueNotSupported" << 400 << ErrorCategory::Resource << RetrySafety::Never;
        QTest::newRow("InvalidPrice")
            << "InvalidPrice.NotFound" << 400 << ErrorCategory::Parameter << RetrySafety::Never;
        QTest::newRow("ChargeType") << "InvalidPhysicalConnectionChargeType.Malformed" << 400
                                    << ErrorCategory::Parameter << RetrySafety::Never;
        QTest::newRow("Period") << "InvalidPhysicalConnectionPeriod.Malformed" << 400
                                << ErrorCategory::Parameter << RetrySafety::Never;
        QTest::newRow("PricingCycle") << "InvalidPhysicalConnectionPricingCycle.Malformed" << 400
                                      << ErrorCategory::Parameter << RetrySafety::Never;
        QTest::newRow("NotAllowedInState")
            << "Forbidden.NotAllowedInState" << 400 << ErrorCategory::Resource << RetrySafety::Never;
        QTest::newRow("STATUS.NOT.ALLOW")
            << "INSTANCE.STATUS.NOT.ALLOW" << 400 << ErrorCategory::Resource << RetrySafety::Never;
        QTest::newRow("InstanceNotExist")
            << "Abs.InstanceNotExist" << 400 << ErrorCategory::Resource << RetrySafety::Never;
        QTest::newRow("InvalidRegionId")
            << "InvalidRegionId.NotFound" << 404 << ErrorCategory::Parameter << RetrySafety::Never;
        QTest::newRow("InvalidPhysicalConnectionId")
            << "InvalidPhysicalConnectionId.NotFound" << 404 << ErrorCategory::Resource << RetrySafety::Never;
        // Common errors named in docs/ARCHITECTURE.md, Providers.
        QTest::newRow("SignatureDoesNotMatch")
            << "SignatureDoesNotMatch" << 400 << ErrorCategory::Authentication << RetrySafety::NotTaken;
        QTest::newRow("InvalidAccessKeyId.NotFound")
            << "InvalidAccessKeyId.NotFound" << 404 << ErrorCategory::Authentication << RetrySafety::NotTaken;
        QTest::newRow("InvalidTimeStamp.Expired")
            << "InvalidTimeStamp.Expired" << 400 << ErrorCategory::ClockSkew << RetrySafety::NotTaken;
        QTest::newRow("SignatureNonceUsed")
            << "SignatureNonceUsed" << 400 << ErrorCategory::Idempotency << RetrySafety::WithTokenOnly;
        QTest::newRow("Throttling") << "Throttling" << 400 << ErrorCategory::Throttling
                                    << RetrySafety::NotTaken;
        QTest::newRow("Throttling.User")
            << "Throttling.User" << 400 << ErrorCategory::Throttling << RetrySafety::NotTaken;
        QTest::newRow("IdempotentParameterMismatch")
            << "IdempotentParameterMismatch" << 400 << ErrorCategory::Idempotency << RetrySafety::Never;
        QTest::newRow("InternalError")
            << "InternalError" << 500 << ErrorCategory::Server << RetrySafety::WithTokenOnly;
        QTest::newRow("ServiceUnavailable")
            << "ServiceUnavailable" << 503 << ErrorCategory::Server << RetrySafety::WithTokenOnly;
    }
    void errorCatalogue_seedCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(ErrorCategory, category);
        QFETCH(RetrySafety, retry);

        const ErrorCatalogue& catalogue = m_provider.errorCatalogue();
        QCOMPARE(catalogue.context(), "OrderDesk::AliyunErrorCatalogue");
        const ErrorInfo* info = catalogue.find(code);
        QVERIFY(info);
        QCOMPARE(info->code, code);
        QCOMPARE(info->httpStatus, status);
        QCOMPARE(info->category, category);
        QCOMPARE(info->retry, retry);
        QVERIFY(info->explanation);
        const LocalizedText explanation = catalogue.explanation(*info);
        QCOMPARE(explanation.context(), "OrderDesk::AliyunErrorCatalogue");
        QVERIFY(explanation.toEnglish().size() > 30);
    }

    void errorCatalogue_entries_areDistinctAndExplained()
    {
        QSet<QString> seen;
        for (const ErrorInfo& info : m_provider.errorCatalogue().entries()) {
            QVERIFY2(!seen.contains(info.code), qPrintable(info.code));
            seen.insert(info.code);
            QVERIFY2(info.explanation && *info.explanation, qPrintable(info.code));
            if (info.retry == RetrySafety::NotTaken)
                QVERIFY2(info.category == ErrorCategory::Authentication ||
                             info.category == ErrorCategory::ClockSkew ||
                             info.category == ErrorCategory::Throttling,
                         qPrintable(info.code));
            if (info.httpStatus >= 500)
                QCOMPARE(info.retry, RetrySafety::WithTokenOnly);
        }
    }

    void sign_fixedTimeAndNonce_isTheSignersOutputWithRpcParameters()
    {
        const QDateTime time(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const QString nonce = QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf");
        const Credential credential{QStringLiteral("LTAIexampleKeyId"), QStringLiteral("exampleSecret")};
        const OrderRequest order = seedOrder();
        const HttpRequest built =
            m_provider.buildRequest(order, m_provider.defaultEndpoint(m_provider.region(order)));

        const HttpRequest signedRequest =
            m_provider.sign(built, credential, m_provider.region(order), time, nonce);
        const HttpRequest expected = AliyunRpcSigner::signAt(built, credential, time, nonce).request;
        QCOMPARE(signedRequest.method, expected.method);
        QCOMPARE(signedRequest.url(), expected.url());
        QCOMPARE(signedRequest.query, expected.query);
        QCOMPARE(signedRequest.headers, expected.headers);
        QCOMPARE(signedRequest.body, expected.body);

        // The order's items first, unchanged, then the common parameters, Signature last.
        QCOMPARE(signedRequest.query.mid(0, built.query.size()), built.query);
        QStringList added;
        for (qsizetype i = built.query.size(); i < signedRequest.query.size(); ++i)
            added.append(signedRequest.query.at(i).first);
        added.removeLast();
        std::sort(added.begin(), added.end());
        QCOMPARE(added, (QStringList{QStringLiteral("AccessKeyId"), QStringLiteral("Format"),
                                     QStringLiteral("SignatureMethod"), QStringLiteral("SignatureNonce"),
                                     QStringLiteral("SignatureVersion"), QStringLiteral("Timestamp")}));
        QCOMPARE(signedRequest.query.last().first, QStringLiteral("Signature"));
        QCOMPARE(signedRequest.queryValue(QStringLiteral("AccessKeyId")), QStringLiteral("LTAIexampleKeyId"));
        QCOMPARE(signedRequest.queryValue(QStringLiteral("Format")), QStringLiteral("JSON"));
        QCOMPARE(signedRequest.queryValue(QStringLiteral("SignatureMethod")), QStringLiteral("HMAC-SHA1"));
        QCOMPARE(signedRequest.queryValue(QStringLiteral("SignatureVersion")), QStringLiteral("1.0"));
        QCOMPARE(signedRequest.queryValue(QStringLiteral("SignatureNonce")), nonce);
        QCOMPARE(signedRequest.queryValue(QStringLiteral("Timestamp")),
                 QStringLiteral("2024-01-02T03:04:05Z"));
        QVERIFY(signedRequest.header("Authorization").isEmpty());

        // Recomputed here from the published RPC v1 algorithm
        // (help.aliyun.com/zh/sdk/product-overview/rpc-mechanism), so that the provider's
        // query and the signer are checked together byte for byte.
        QueryItems unsignedItems = signedRequest.query;
        unsignedItems.removeLast();
        const QByteArray stringToSign =
            "GET&%2F&" + PercentEncoding::encode(PercentEncoding::canonicalQuery(unsignedItems));
        const QByteArray signature =
            QMessageAuthenticationCode::hash(stringToSign, "exampleSecret&", QCryptographicHash::Sha1)
                .toBase64();
        QCOMPARE(signedRequest.queryValue(QStringLiteral("Signature")), QString::fromLatin1(signature));
    }

    void sign_newNonce_changesOnlyNonceAndSignature()
    {
        const QDateTime time(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const Credential credential{QStringLiteral("LTAIexampleKeyId"), QStringLiteral("exampleSecret")};
        const OrderRequest order = seedOrder();
        const HttpRequest built =
            m_provider.buildRequest(order, m_provider.defaultEndpoint(m_provider.region(order)));
        const HttpRequest first =
            m_provider.sign(built, credential, QString(), time, QStringLiteral("nonce-1"));
        const HttpRequest second =
            m_provider.sign(built, credential, QString(), time, QStringLiteral("nonce-2"));
        QCOMPARE(first.query.size(), second.query.size());
        for (qsizetype i = 0; i < first.query.size(); ++i) {
            const QString& name = first.query.at(i).first;
            QCOMPARE(second.query.at(i).first, name);
            const bool changes =
                name == QLatin1String("SignatureNonce") || name == QLatin1String("Signature");
            QVERIFY2((first.query.at(i).second != second.query.at(i).second) == changes, qPrintable(name));
        }
        QCOMPARE(second.queryValue(QStringLiteral("SignatureNonce")), QStringLiteral("nonce-2"));
    }
};

QTEST_GUILESS_MAIN(TestAliyunProvider)
#include "tst_aliyunprovider.moc"
