#include "ProviderTestSupport.h"
#include "common/PercentEncoding.h"
#include "common/SequenceNonceSource.h"
#include "providers/volcengine/VolcengineProvider.h"
#include "signing/VolcengineSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace OrderDesk;
using namespace ProviderTestSupport;

namespace {

// The example values of the seed page (volcengine-directconnect-order.txt).
OrderRequest seedOrder()
{
    return seedExampleOrder(QStringLiteral("volcengine"));
}

QByteArray errorBody(const QString& code, const QString& message, int codeN = 0)
{
    QByteArray error = "{\"Code\":\"" + code.toUtf8() + "\",";
    if (codeN != 0)
        error += "\"CodeN\":" + QByteArray::number(codeN) + ',';
    error += "\"Message\":\"" + message.toUtf8() + "\"}";
    return "{\"ResponseMetadata\":{\"RequestId\":\"2024010203040501020304050607080910\","
           "\"Action\":\"CreateDirectConnectConnectionOrder\",\"Version\":\"2020-04-01\","
           "\"Service\":\"directconnect\",\"Region\":\"cn-beijing\",\"Error\":" +
           error + "}}";
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

class TestVolcengineProvider : public QObject
{
    Q_OBJECT

private:
    VolcengineProvider m_provider;

private Q_SLOTS:
    void identity_matchesSeedAndDesign()
    {
        QCOMPARE(m_provider.id(), QStringLiteral("volcengine"));
        QCOMPARE(m_provider.displayName().toEnglish(), QStringLiteral("Volcengine"));
        QCOMPARE(m_provider.displayName().context(), "OrderDesk::VolcengineProvider");
        QCOMPARE(m_provider.action(), QStringLiteral("CreateDirectConnectConnectionOrder"));
        QCOMPARE(m_provider.apiVersion(), QStringLiteral("2020-04-01"));
        QCOMPARE(m_provider.idempotencyField(), QStringLiteral("ClientToken"));
        QVERIFY(m_provider.hasIdempotencyToken());
        QCOMPARE(m_provider.defaultRegion(), QStringLiteral("cn-beijing"));
        QCOMPARE(QByteArray(VolcengineProvider::kService), QByteArray("directconnect"));
    }

    void defaultEndpoint_isTheOnePublicHostForEveryRegion()
    {
        for (const QString& region :
             {QStringLiteral("cn-beijing"), QStringLiteral("cn-shanghai"), QString()}) {
            const Endpoint endpoint = m_provider.defaultEndpoint(region);
            QCOMPARE(endpoint.scheme, QStringLiteral("https"));
            QCOMPARE(endpoint.host, QStringLiteral("open.volcengineapi.com"));
            QCOMPARE(endpoint.port, -1);
        }
    }

    void region_isTheRequestsOrTheDefault()
    {
        OrderRequest request = seedOrder();
        QCOMPARE(m_provider.region(request), QStringLiteral("cn-beijing"));
        request.region = QStringLiteral("cn-shanghai");
        QCOMPARE(m_provider.region(request), QStringLiteral("cn-shanghai"));
    }

    void schema_hasEverySeedFieldByApiName()
    {
        const FormSchema& schema = m_provider.schema();
        QCOMPARE(schema.context(), "OrderDesk::VolcengineProvider");
        QStringList names;
        for (const FieldSpec& field : schema.fields())
            names.append(field.name);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("DirectConnectConnectionId"), QStringLiteral("PeriodUnit"),
                              QStringLiteral("Period"), QStringLiteral("ClientToken")}));

        const FieldSpec* id = schema.field(QStringLiteral("DirectConnectConnectionId"));
        QVERIFY(id);
        QCOMPARE(id->type, FieldType::Text);
        QVERIFY(id->required);
        QVERIFY(id->identifiesResource);
        QCOMPARE(id->example, QStringLiteral("dcc-8njk2nl32bd232b****"));

        const FieldSpec* unit = schema.field(QStringLiteral("PeriodUnit"));
        QVERIFY(unit);
        QCOMPARE(unit->type, FieldType::Choice);
        QVERIFY(!unit->required);
        QCOMPARE(unit->choices.size(), 2);
        QCOMPARE(unit->choices.at(0).value, QStringLiteral("Month"));
        QCOMPARE(schema.choiceLabel(unit->choices.at(0)).toEnglish(), QStringLiteral("Month"));
        QCOMPARE(unit->choices.at(1).value, QStringLiteral("Year"));
        QCOMPARE(schema.choiceLabel(unit->choices.at(1)).toEnglish(), QStringLiteral("Year"));
        QCOMPARE(unit->defaultValue, QStringLiteral("Month"));
        QCOMPARE(unit->example, QStringLiteral("Month"));

        const FieldSpec* period = schema.field(QStringLiteral("Period"));
        QVERIFY(period);
        QCOMPARE(period->type, FieldType::Integer);
        QVERIFY(!period->required);
        QVERIFY(period->hasRange);
        QCOMPARE(period->minimum, qint64(1));
        QCOMPARE(period->maximum, qint64(11));
        QCOMPARE(period->defaultValue, QStringLiteral("1"));
        QCOMPARE(period->example, QStringLiteral("1"));

        const FieldSpec* token = schema.field(QStringLiteral("ClientToken"));
        QVERIFY(token);
        QCOMPARE(token->type, FieldType::Text);
        QVERIFY(!token->required);
        QVERIFY(token->generated);
        QVERIFY(token->asciiOnly);
        QCOMPARE(token->maxLength, 64);
        QCOMPARE(token->example, QStringLiteral("123e4567-e89b-12d3-a456-BHLJK9832544****"));

        for (const FieldSpec& field : schema.fields()) {
            QVERIFY2(!schema.label(field).isEmpty(), qPrintable(field.name));
            QVERIFY2(!schema.help(field).isEmpty(), qPrintable(field.name));
            QCOMPARE(field.location, FieldLocation::Query);
        }
        // Parameters OrderDesk fills itself are not part of the form.
        for (const char* name : {"Action", "Version", "AccessKeyId", "Region", "X-Date"})
            QVERIFY2(!schema.field(QString::fromLatin1(name)), name);
    }

    void buildRequest_seedExample_matchesSeedRequest()
    {
        // Seed: GET /?Action=CreateDirectConnectConnectionOrder&Version=2020-04-01&
        //       DirectConnectConnectionId=dcc-8njk2nl32bd232b****&Period=1&PeriodUnit=Month
        //       Host: open.volcengineapi.com
        const HttpRequest request =
            m_provider.buildRequest(seedOrder(), m_provider.defaultEndpoint(QString()));
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.scheme, QStringLiteral("https"));
        QCOMPARE(request.host, QStringLiteral("open.volcengineapi.com"));
        QCOMPARE(request.hostHeader(), QByteArray("open.volcengineapi.com"));
        QCOMPARE(request.path, QByteArray("/"));
        const QueryItems expected{
            {QStringLiteral("Action"), QStringLiteral("CreateDirectConnectConnectionOrder")},
            {QStringLiteral("Version"), QStringLiteral("2020-04-01")},
            {QStringLiteral("DirectConnectConnectionId"), QStringLiteral("dcc-8njk2nl32bd232b****")},
            {QStringLiteral("Period"), QStringLiteral("1")},
            {QStringLiteral("PeriodUnit"), QStringLiteral("Month")}};
        QCOMPARE(request.query, expected);
        QCOMPARE(request.encodedQuery(),
                 QByteArray(
                     "Action=CreateDirectConnectConnectionOrder&Version=2020-04-01&"
                     "DirectConnectConnectionId=dcc-8njk2nl32bd232b%2A%2A%2A%2A&Period=1&PeriodUnit=Month"));
        QVERIFY(request.body.isEmpty());
        QVERIFY(request.headers.isEmpty());
    }

    void buildRequest_clientToken_travelsLastInTheQuery()
    {
        OrderRequest order = seedOrder();
        order.params.insert(QStringLiteral("ClientToken"),
                            QStringLiteral("123e4567-e89b-12d3-a456-BHLJK9832544****"));
        const HttpRequest request = m_provider.buildRequest(order, m_provider.defaultEndpoint(QString()));
        QCOMPARE(request.query.size(), 6);
        QCOMPARE(request.query.last(),
                 (QPair<QString, QString>(QStringLiteral("ClientToken"),
                                          QStringLiteral("123e4567-e89b-12d3-a456-BHLJK9832544****"))));
    }

    void buildRequest_absentOptionalFields_areNotSent()
    {
        OrderRequest order;
        order.params.insert(QStringLiteral("DirectConnectConnectionId"), QStringLiteral("dcc-abc"));
        const HttpRequest request = m_provider.buildRequest(order, m_provider.defaultEndpoint(QString()));
        QCOMPARE(request.encodedQuery(), QByteArray("Action=CreateDirectConnectConnectionOrder&Version=2020-"
                                                    "04-01&DirectConnectConnectionId=dcc-abc"));
    }

    void buildRequest_endpoint_givesSchemeHostAndPort()
    {
        Endpoint endpoint;
        endpoint.scheme = QStringLiteral("http");
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = 18080;
        const HttpRequest request = m_provider.buildRequest(seedOrder(), endpoint);
        QCOMPARE(request.hostHeader(), QByteArray("127.0.0.1:18080"));
        QCOMPARE(request.url().toEncoded(),
                 QByteArray(
                     "http://127.0.0.1:18080/?Action=CreateDirectConnectConnectionOrder&Version=2020-04-01&"
                     "DirectConnectConnectionId=dcc-8njk2nl32bd232b%2A%2A%2A%2A&Period=1&PeriodUnit=Month"));
    }

    void parseReply_seedSuccess_isAcceptedWithOrderNumber()
    {
        // The seed page's example response.
        const QByteArray body =
            "{ \"ResponseMetadata\": { \"RequestId\": \"20220627103212010225145152058*****\", \"Action\": "
            "\"CreateDirectConnectConnectionOrder\", \"Version\": \"2020-04-01\", \"Service\": "
            "\"directconnect\", "
            "\"Region\": \"cn-beijing\" }, \"Result\": { \"RequestId\": "
            "\"20220627103212010225145152058*****\", "
            "\"OrderNumber\": \"Order71606759118820*****\" } }";
        const ProviderReply reply = m_provider.parseReply(200, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Accepted);
        QCOMPARE(reply.httpStatus, 200);
        QCOMPARE(reply.orderId, QStringLiteral("Order71606759118820*****"));
        QCOMPARE(reply.requestId, QStringLiteral("20220627103212010225145152058*****"));
        QVERIFY(reply.errorCode.isEmpty());
        QVERIFY(reply.parseError.isEmpty());
        QCOMPARE(reply.rawBody, body);
    }

    void parseReply_requestIdOnlyInResult_isStillFound()
    {
        const QByteArray body =
            "{\"ResponseMetadata\":{},\"Result\":{\"RequestId\":\"r-1\",\"OrderNumber\":\"Order1\"}}";
        const ProviderReply reply = m_provider.parseReply(200, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Accepted);
        QCOMPARE(reply.orderId, QStringLiteral("Order1"));
        QCOMPARE(reply.requestId, QStringLiteral("r-1"));
    }

    void parseReply_error_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("codeN");
        QTest::addColumn<RetrySafety>("retry");

        // The seed page's error table.
        QTest::newRow("OrderError") << 400 << "OrderError"
                                    << "Failed to create an order in one step." << 0 << RetrySafety::Never;
        QTest::newRow("InvalidStatus")
            << 400 << "InvalidDirectConnectConnection.InvalidStatus"
            << "The specified direct connect connection is not in the correct status "
               "for the request."
            << 0 << RetrySafety::Never;
        QTest::newRow("IdempotentProcessing")
            << 412 << "IdempotentProcessing"
            << "The request uses the same client token as a previous one that is still in process." << 0
            << RetrySafety::WithTokenOnly;
        QTest::newRow("NotFound") << 404 << "InvalidDirectConnectConnection.NotFound"
                                  << "The specified direct connect connection does not exist." << 0
                                  << RetrySafety::Never;
        // Gateway and authentication shapes: the error object of docs/ARCHITECTURE.md, Providers, with codes,
        // CodeN and messages from the common error code list (docs.byteplus.com/byteplus-platform/
        // reference/common-error-codes, the same gateway as Volcengine's).
        QTest::newRow("SignatureDoesNotMatch")
            << 401 << "SignatureDoesNotMatch"
            << "The request signature we calculated does not match the signature you provided. Check your "
               "Secret Access Key and signing method. Consult the service documentation for details."
            << 100010 << RetrySafety::NotTaken;
        QTest::newRow("InvalidAccessKey") << 401 << "InvalidAccessKey"
                                          << "The accesskey [AKLTbad] included in the request is invalid."
                                          << 100009 << RetrySafety::NotTaken;
        QTest::newRow("InvalidTimestamp")
            << 400 << "InvalidTimestamp"
            << "The signature of the request is expired." << 100006 << RetrySafety::NotTaken;
        QTest::newRow("FlowLimitExceeded") << 429 << "FlowLimitExceeded"
                                           << "Request flow limit exceeded." << 0 << RetrySafety::NotTaken;
        QTest::newRow("InternalError") << 500 << "InternalError"
                                       << "Internal error." << 0 << RetrySafety::WithTokenOnly;
        // A code the catalogue does not know still is a rejection, judged by its status.
        QTest::newRow("unknown 400") << 400 << "SomethingNew"
                                     << "New." << 0 << RetrySafety::Never;
        QTest::newRow("unknown 502") << 502 << "SomethingNew"
                                     << "New." << 0 << RetrySafety::WithTokenOnly;
    }
    void parseReply_error()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(int, codeN);
        QFETCH(RetrySafety, retry);

        const QByteArray body = errorBody(code, message, codeN);
        const ProviderReply reply = m_provider.parseReply(status, body);
        QCOMPARE(reply.kind, ProviderReply::Kind::Rejected);
        QCOMPARE(reply.httpStatus, status);
        QCOMPARE(reply.errorCode, code);
        QCOMPARE(reply.errorMessage, message);
        QCOMPARE(reply.requestId, QStringLiteral("2024010203040501020304050607080910"));
        QVERIFY(reply.orderId.isEmpty());
        QVERIFY(reply.parseError.isEmpty());
        QCOMPARE(reply.rawBody, body);
        QCOMPARE(m_provider.errorCatalogue().retrySafety(reply), retry);
        QVERIFY(!m_provider.errorCatalogue().explain(reply).toEnglish().isEmpty());
    }

    void parseReply_unsupportedOperation_isExplainedByItsMessage()
    {
        const ErrorCatalogue& catalogue = m_provider.errorCatalogue();
        const ProviderReply balance = m_provider.parseReply(
            400,
            errorBody(QStringLiteral("UnsupportedOperation"),
                      QStringLiteral("The request on the specified instance is denied due to the account "
                                     "balance and available vouchers are less than 100 yuan in total.")));
        const ProviderReply arrears = m_provider.parseReply(
            400,
            errorBody(QStringLiteral("UnsupportedOperation"),
                      QStringLiteral("The request on the specified instance is denied due to the account in "
                                     "arrears status.")));
        QCOMPARE(balance.kind, ProviderReply::Kind::Rejected);
        QCOMPARE(arrears.kind, ProviderReply::Kind::Rejected);
        QVERIFY(catalogue.explain(balance).toEnglish().contains(QLatin1String("100 yuan")));
        QVERIFY(catalogue.explain(arrears).toEnglish().contains(QLatin1String("arrears")));
    }

    void parseReply_malformed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");

        QTest::newRow("empty") << 200 << QByteArray() << "empty";
        QTest::newRow("blank") << 200 << QByteArray(" \r\n\t") << "empty";
        QTest::newRow("html gateway page")
            << 502 << QByteArray("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")
            << "HTML";
        QTest::newRow("truncated") << 200
                                   << QByteArray(
                                          "{\"ResponseMetadata\":{\"RequestId\":\"r\"},\"Result\":{\"OrderNu")
                                   << "not valid JSON";
        QTest::newRow("binary") << 200 << QByteArray("\x00\xff\xfe{", 4) << "not valid JSON";
        QTest::newRow("array") << 200 << QByteArray("[1,2]") << "not an object";
        QTest::newRow("string") << 200 << QByteArray("\"OK\"") << "JSON";
        QTest::newRow("no metadata") << 200 << QByteArray("{\"Result\":{\"OrderNumber\":\"Order1\"}}")
                                     << "ResponseMetadata";
        QTest::newRow("metadata not object")
            << 200 << QByteArray("{\"ResponseMetadata\":\"x\",\"Result\":{\"OrderNumber\":\"Order1\"}}")
            << "ResponseMetadata";
        QTest::newRow("no result") << 200 << QByteArray("{\"ResponseMetadata\":{\"RequestId\":\"r\"}}")
                                   << "no Result";
        QTest::newRow("order number is a number")
            << 200
            << QByteArray("{\"ResponseMetadata\":{\"RequestId\":\"r\"},\"Result\":{\"OrderNumber\":123}}")
            << "OrderNumber";
        QTest::newRow("order number empty")
            << 200
            << QByteArray("{\"ResponseMetadata\":{\"RequestId\":\"r\"},\"Result\":{\"OrderNumber\":\"\"}}")
            << "OrderNumber";
        QTest::newRow("error is a string")
            << 400 << QByteArray("{\"ResponseMetadata\":{\"RequestId\":\"r\",\"Error\":\"bad\"}}") << "Error";
        QTest::newRow("error without code")
            << 400 << QByteArray("{\"ResponseMetadata\":{\"RequestId\":\"r\",\"Error\":{\"Message\":\"m\"}}}")
            << "Code";
        QTest::newRow("error code is a number")
            << 400 << QByteArray("{\"ResponseMetadata\":{\"RequestId\":\"r\",\"Error\":{\"Code\":100010}}}")
            << "Code";
        QTest::newRow("500 without error")
            << 500 << QByteArray("{\"ResponseMetadata\":{\"RequestId\":\"r\"}}") << "HTTP 500";
        // An order number that comes with a failure status proves nothing either way.
        QTest::newRow("order number with 500")
            << 500
            << QByteArray("{\"ResponseMetadata\":{\"RequestId\":\"r\"},\"Result\":{\"OrderNumber\":\"O1\"}}")
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
        // Nothing can be concluded: with a token the order may be asked for again.
        QCOMPARE(m_provider.errorCatalogue().retrySafety(reply), RetrySafety::WithTokenOnly);
    }

    void parseReply_requestIdOfAnUnreadableAnswer_isKept()
    {
        const ProviderReply reply =
            m_provider.parseReply(200, "{\"ResponseMetadata\":{\"RequestId\":\"r-7\"}}");
        QCOMPARE(reply.kind, ProviderReply::Kind::Unparseable);
        QCOMPARE(reply.requestId, QStringLiteral("r-7"));
    }

    void validate_seedExample_hasNoIssue()
    {
        QVERIFY(m_provider.validate(seedOrder()).isEmpty());
        OrderRequest minimal;
        minimal.params.insert(QStringLiteral("DirectConnectConnectionId"), QStringLiteral("dcc-1"));
        QVERIFY(m_provider.validate(minimal).isEmpty());
    }

    void validate_missingConnectionId_isRequired()
    {
        OrderRequest request = seedOrder();
        request.params.remove(QStringLiteral("DirectConnectConnectionId"));
        const QList<ValidationIssue> issues = m_provider.validate(request);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, QStringLiteral("DirectConnectConnectionId"));
        QCOMPARE(issues.first().message.toEnglish(),
                 QStringLiteral("DirectConnectConnectionId is required."));
    }

    void validate_period_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("message"); // empty: valid

        const QString months = QStringLiteral("Period must be between 1 and 11.");
        const QString years = QStringLiteral("When PeriodUnit is Year, Period must be between 1 and 3.");
        QTest::newRow("month 0") << "Month"
                                 << "0" << months;
        QTest::newRow("month 1") << "Month"
                                 << "1" << QString();
        QTest::newRow("month 11") << "Month"
                                  << "11" << QString();
        QTest::newRow("month 12") << "Month"
                                  << "12" << months;
        QTest::newRow("no unit 11") << QString() << "11" << QString();
        QTest::newRow("no unit 12") << QString() << "12" << months;
        QTest::newRow("year 0") << "Year"
                                << "0" << months;
        QTest::newRow("year 1") << "Year"
                                << "1" << QString();
        QTest::newRow("year 3") << "Year"
                                << "3" << QString();
        QTest::newRow("year 4") << "Year"
                                << "4" << years;
        QTest::newRow("year 11") << "Year"
                                 << "11" << years;
        QTest::newRow("year 12 reported once") << "Year"
                                               << "12" << months;
        QTest::newRow("negative") << "Month"
                                  << "-1" << months;
        QTest::newRow("not a number") << "Month"
                                      << "one" << QStringLiteral("Period must be a whole number.");
        QTest::newRow("fraction") << "Month"
                                  << "1.5" << QStringLiteral("Period must be a whole number.");
    }
    void validate_period()
    {
        QFETCH(QString, unit);
        QFETCH(QString, period);
        QFETCH(QString, message);

        OrderRequest request = seedOrder();
        request.params.insert(QStringLiteral("Period"), period);
        if (unit.isEmpty())
            request.params.remove(QStringLiteral("PeriodUnit"));
        else
            request.params.insert(QStringLiteral("PeriodUnit"), unit);
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
    // validate() accepts (BytePlus's page of the same API: 1-11 months, 1-3 years).
    void integerRange_period_followsTheUnit_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<qint64>("maximum");
        QTest::newRow("Month") << "Month" << qint64(11);
        QTest::newRow("no unit: months") << QString() << qint64(11);
        QTest::newRow("Year") << "Year" << qint64(3);
    }
    void integerRange_period_followsTheUnit()
    {
        QFETCH(QString, unit);
        QFETCH(qint64, maximum);

        OrderRequest request = seedOrder();
        if (unit.isEmpty())
            request.params.remove(QStringLiteral("PeriodUnit"));
        else
            request.params.insert(QStringLiteral("PeriodUnit"), unit);
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
        QVERIFY(!m_provider.integerRange(QStringLiteral("PeriodUnit"), seedOrder()).has_value());
        QVERIFY(!m_provider.integerRange(QStringLiteral("ClientToken"), seedOrder()).has_value());
        QVERIFY(!m_provider.integerRange(QStringLiteral("NoSuchField"), seedOrder()).has_value());
    }

    void regionParameter_namesTheRegionField() { QCOMPARE(m_provider.regionParameter(), QStringLiteral("")); }

    void validate_periodUnit_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Month") << "Month" << true;
        QTest::newRow("Year") << "Year" << true;
        QTest::newRow("lower-case month") << "month" << false;
        QTest::newRow("Week") << "Week" << false;
        QTest::newRow("Chinese") << QStringLiteral("月") << false;
    }
    void validate_periodUnit()
    {
        QFETCH(QString, unit);
        QFETCH(bool, valid);
        OrderRequest request = seedOrder();
        request.params.insert(QStringLiteral("PeriodUnit"), unit);
        const QList<ValidationIssue> issues = m_provider.validate(request);
        if (valid) {
            QVERIFY(issues.isEmpty());
        } else {
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues.first().field, QStringLiteral("PeriodUnit"));
            QCOMPARE(issues.first().message.toEnglish(),
                     QStringLiteral("PeriodUnit must be one of: Month, Year."));
        }
    }

    void validate_clientToken_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("message");
        QTest::newRow("64 ASCII") << QString(64, QLatin1Char('a')) << QString();
        QTest::newRow("65 ASCII") << QString(65, QLatin1Char('a'))
                                  << QStringLiteral("ClientToken may be at most 64 characters long.");
        QTest::newRow("seed example")
            << QStringLiteral("123e4567-e89b-12d3-a456-BHLJK9832544****") << QString();
        QTest::newRow("Chinese") << QStringLiteral("令牌-1")
                                 << QStringLiteral("ClientToken may contain only printable ASCII characters "
                                                   "(letters, digits, punctuation).");
        QTest::newRow("tab inside") << QStringLiteral("a\tb")
                                    << QStringLiteral(
                                           "ClientToken contains control or invisible characters.");
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

    void validate_region_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("valid");
        QTest::newRow("cn-beijing") << "cn-beijing" << true;
        QTest::newRow("ap-southeast-1") << "ap-southeast-1" << true;
        QTest::newRow("upper case") << "CN-BEIJING" << false;
        QTest::newRow("space") << "cn beijing" << false;
        QTest::newRow("slash") << "cn-beijing/x" << false;
        QTest::newRow("trailing hyphen") << "cn-" << false;
        QTest::newRow("Chinese") << QStringLiteral("华北2") << false;
    }
    void validate_region()
    {
        QFETCH(QString, region);
        QFETCH(bool, valid);
        OrderRequest request = seedOrder();
        request.region = region;
        const QList<ValidationIssue> issues = m_provider.validate(request);
        if (valid) {
            QVERIFY(issues.isEmpty());
            return;
        }
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().field.isEmpty());
        QCOMPARE(issues.first().message.toEnglish(),
                 QLatin1Char('"') + region +
                     QStringLiteral("\" is not a region ID. Use lower-case letters, digits and hyphens, e.g. "
                                    "cn-beijing."));
    }

    void validate_longRegion_isQuotedShortenedNeverHalfACharacter_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("10,000 characters")
            << QString(10000, QLatin1Char('R')) << QString(63, QLatin1Char('R')) + QChar(0x2026);
        // An emoji (two UTF-16 units) across the cut is left out whole.
        const QString emoji = QString::fromUcs4(U"\U0001F600");
        QTest::newRow("emoji at the cut")
            << QString(62, QLatin1Char('r')) + emoji + QString(10, QLatin1Char('r'))
            << QString(62, QLatin1Char('r')) + QChar(0x2026);
        QTest::newRow("64 characters, whole")
            << QString(64, QLatin1Char('R')) << QString(64, QLatin1Char('R'));
    }
    void validate_longRegion_isQuotedShortenedNeverHalfACharacter()
    {
        QFETCH(QString, region);
        QFETCH(QString, quoted);
        OrderRequest request = seedOrder();
        request.region = region;
        const QList<ValidationIssue> issues = m_provider.validate(request);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().message.toEnglish(),
                 QLatin1Char('"') + quoted +
                     QStringLiteral("\" is not a region ID. Use lower-case letters, digits and hyphens, e.g. "
                                    "cn-beijing."));
    }

    void validate_severalProblems_areReportedTogetherEachOnItsField()
    {
        OrderRequest request;
        request.params.insert(QStringLiteral("PeriodUnit"), QStringLiteral("Week"));
        request.params.insert(QStringLiteral("Period"), QStringLiteral("0"));
        request.params.insert(QStringLiteral("ClientToken"), QString(65, QLatin1Char('x')));
        request.params.insert(QStringLiteral("Bogus"), QStringLiteral("1"));
        request.region = QStringLiteral("Beijing");
        const QList<ValidationIssue> issues = m_provider.validate(request);
        QCOMPARE(sortedIssueFields(issues),
                 (QStringList{QString(), QStringLiteral("Bogus"), QStringLiteral("ClientToken"),
                              QStringLiteral("DirectConnectConnectionId"), QStringLiteral("Period"),
                              QStringLiteral("PeriodUnit")}));
        for (const ValidationIssue& issue : issues)
            QVERIFY(!issue.message.toEnglish().isEmpty());
    }

    void withGeneratedFields_fillsOnlyAMissingClientToken()
    {
        SequenceNonceSource nonces({QStringLiteral("token-1"), QStringLiteral("token-2")});
        const OrderRequest filled = m_provider.withGeneratedFields(seedOrder(), nonces);
        QCOMPARE(filled.value(QStringLiteral("ClientToken")), QStringLiteral("token-1"));
        const OrderRequest kept = m_provider.withGeneratedFields(filled, nonces);
        QCOMPARE(kept.value(QStringLiteral("ClientToken")), QStringLiteral("token-1"));
        QCOMPARE(m_provider.resourceId(filled), QStringLiteral("dcc-8njk2nl32bd232b****"));
    }

    void errorCatalogue_seedCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<ErrorCategory>("category");
        QTest::addColumn<RetrySafety>("retry");

        // Every row of the seed page's error table.
        QTest::newRow("OrderError") << "OrderError" << 400 << "Failed to create an order in one step."
                                    << ErrorCategory::Account << RetrySafety::Never;
        QTest::newRow("PreOrderError") << "PreOrderError" << 400 << "Failed to create pre order."
                                       << ErrorCategory::Server << RetrySafety::Never;
        QTest::newRow("InvalidStatus")
            << "InvalidDirectConnectConnection.InvalidStatus" << 400
            << "The specified direct connect connection is not in the correct status for "
               "the request."
            << ErrorCategory::Resource << RetrySafety::Never;
        QTest::newRow("UnsupportedOperation balance") << "UnsupportedOperation" << 400
                                                      << "The request on the specified instance is denied "
                                                         "due to the account balance and available vouchers "
                                                         "are less than 100 yuan in total."
                                                      << ErrorCategory::Account << RetrySafety::Never;
        QTest::newRow("UnsupportedOperation arrears")
            << "UnsupportedOperation" << 400
            << "The request on the specified instance is denied due to the account in arrears status."
            << ErrorCategory::Account << RetrySafety::Never;
        QTest::newRow("IdempotentParameterMismatch")
            << "IdempotentParameterMismatch" << 400
            << "Arguments on this idempotent request are inconsistent with arguments used in previous "
               "request(s)."
            << ErrorCategory::Idempotency << RetrySafety::Never;
        QTest::newRow("ClientTokenMalformed") << "InvalidParameter.ClientTokenMalformed" << 400
                                              << "The specified parameter ClientToken is malformed."
                                              << ErrorCategory::Parameter << RetrySafety::Never;
        QTest::newRow("NotFound") << "InvalidDirectConnectConnection.NotFound" << 404
                                  << "The specified direct connect connection does not exist."
                                  << ErrorCategory::Resource << RetrySafety::Never;
        QTest::newRow("GetInstanceDetail")
            << "InvalidEip.GetInstanceDetail" << 404 << "Get instance detail failed."
            << ErrorCategory::Resource << RetrySafety::Never;
        QTest::newRow("IdempotentProcessing")
            << "IdempotentProcessing" << 412
            << "The request uses the same client token as a previous one that is still in process."
            << ErrorCategory::Idempotency << RetrySafety::WithTokenOnly;
        // Common errors named in docs/ARCHITECTURE.md, Providers.
        QTest::newRow("SignatureDoesNotMatch") << "SignatureDoesNotMatch" << 401 << QString()
                                               << ErrorCategory::Authentication << RetrySafety::NotTaken;
        QTest::newRow("InvalidAccessKey") << "InvalidAccessKey" << 401 << QString()
                                          << ErrorCategory::Authentication << RetrySafety::NotTaken;
        QTest::newRow("InvalidTimestamp")
            << "InvalidTimestamp" << 400 << QString() << ErrorCategory::ClockSkew << RetrySafety::NotTaken;
        QTest::newRow("AccessDenied")
            << "AccessDenied" << 403 << QString() << ErrorCategory::Account << RetrySafety::Never;
        QTest::newRow("FlowLimitExceeded")
            << "FlowLimitExceeded" << 429 << QString() << ErrorCategory::Throttling << RetrySafety::NotTaken;
        QTest::newRow("AccountFlowLimitExceeded") << "AccountFlowLimitExceeded" << 429 << QString()
                                                  << ErrorCategory::Throttling << RetrySafety::NotTaken;
        QTest::newRow("InternalError")
            << "InternalError" << 500 << QString() << ErrorCategory::Server << RetrySafety::WithTokenOnly;
        QTest::newRow("ServiceUnavailableTemp") << "ServiceUnavailableTemp" << 503 << QString()
                                                << ErrorCategory::Server << RetrySafety::WithTokenOnly;
    }
    void errorCatalogue_seedCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(QString, message);
        QFETCH(ErrorCategory, category);
        QFETCH(RetrySafety, retry);

        const ErrorCatalogue& catalogue = m_provider.errorCatalogue();
        QCOMPARE(catalogue.context(), "OrderDesk::VolcengineErrorCatalogue");
        const ErrorInfo* info = catalogue.find(code, message);
        QVERIFY(info);
        QCOMPARE(info->code, code);
        QCOMPARE(info->httpStatus, status);
        QCOMPARE(info->category, category);
        QCOMPARE(info->retry, retry);
        QVERIFY(info->explanation);
        const LocalizedText explanation = catalogue.explanation(*info);
        QCOMPARE(explanation.context(), "OrderDesk::VolcengineErrorCatalogue");
        QVERIFY(explanation.toEnglish().size() > 30);
    }

    void errorCatalogue_entries_areDistinctAndExplained()
    {
        QSet<QString> seen;
        for (const ErrorInfo& info : m_provider.errorCatalogue().entries()) {
            const QString key = info.code + QLatin1Char('|') + info.messageContains;
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            QVERIFY2(info.explanation && *info.explanation, qPrintable(info.code));
            // Only answers that prove the order was not taken may be resent without a token.
            if (info.retry == RetrySafety::NotTaken)
                QVERIFY2(info.category == ErrorCategory::Authentication ||
                             info.category == ErrorCategory::ClockSkew ||
                             info.category == ErrorCategory::Throttling,
                         qPrintable(info.code));
            if (info.httpStatus >= 500)
                QCOMPARE(info.retry, RetrySafety::WithTokenOnly);
        }
    }

    void sign_fixedTime_isTheSignersOutputWithVolcengineAuthHeaders()
    {
        const QDateTime time(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const Credential credential{QStringLiteral("AKLTexampleKeyId"),
                                    QStringLiteral("ZXhhbXBsZVNlY3JldA==")};
        OrderRequest order = seedOrder();
        order.params.insert(QStringLiteral("ClientToken"), QStringLiteral("token-1"));
        const HttpRequest built = m_provider.buildRequest(order, m_provider.defaultEndpoint(QString()));

        const HttpRequest signedRequest = m_provider.sign(built, credential, QStringLiteral("cn-beijing"),
                                                          time, QStringLiteral("ignored-nonce"));
        const HttpRequest expected = VolcengineSigner::signAt(built, credential, QStringLiteral("cn-beijing"),
                                                              QStringLiteral("directconnect"), time)
                                         .request;
        QCOMPARE(signedRequest.method, expected.method);
        QCOMPARE(signedRequest.url(), expected.url());
        QCOMPARE(signedRequest.headers, expected.headers);
        QCOMPARE(signedRequest.body, expected.body);

        // The query is sent as built: Volcengine's parameters travel in headers.
        QCOMPARE(signedRequest.query, built.query);
        const QByteArray emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QCOMPARE(signedRequest.header("X-Date"), QByteArray("20240102T030405Z"));
        QCOMPARE(signedRequest.header("X-Content-Sha256"), emptyHash);
        const QByteArray authorization = signedRequest.header("Authorization");
        const QByteArray prefix =
            "HMAC-SHA256 Credential=AKLTexampleKeyId/20240102/cn-beijing/directconnect/request, "
            "SignedHeaders=host;x-content-sha256;x-date, Signature=";
        QVERIFY2(authorization.startsWith(prefix), authorization.constData());

        // Recomputed here from the published algorithm (volcengine.com/docs/6369/67269), so
        // that the provider's request and the signer are checked together byte for byte.
        const QByteArray canonicalRequest = "GET\n/\n" + PercentEncoding::canonicalQuery(built.query) +
                                            "\nhost:open.volcengineapi.com\nx-content-sha256:" + emptyHash +
                                            "\nx-date:20240102T030405Z\n\nhost;x-content-sha256;x-date\n" +
                                            emptyHash;
        const QByteArray stringToSign =
            "HMAC-SHA256\n20240102T030405Z\n20240102/cn-beijing/directconnect/request\n" +
            QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
        QByteArray key = hmacSha256(credential.accessKeySecret.toUtf8(), "20240102");
        key = hmacSha256(key, "cn-beijing");
        key = hmacSha256(key, "directconnect");
        key = hmacSha256(key, "request");
        QCOMPARE(authorization.mid(prefix.size()), hmacSha256(key, stringToSign).toHex());
    }

    void sign_region_goesIntoTheCredentialScope()
    {
        const QDateTime time(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const Credential credential{QStringLiteral("AKLTexampleKeyId"), QStringLiteral("secret")};
        const HttpRequest built = m_provider.buildRequest(seedOrder(), m_provider.defaultEndpoint(QString()));
        const HttpRequest beijing =
            m_provider.sign(built, credential, QStringLiteral("cn-beijing"), time, QString());
        const HttpRequest shanghai =
            m_provider.sign(built, credential, QStringLiteral("cn-shanghai"), time, QString());
        QVERIFY(shanghai.header("Authorization").contains("/20240102/cn-shanghai/directconnect/request,"));
        QVERIFY(beijing.header("Authorization") != shanghai.header("Authorization"));
    }
};

QTEST_GUILESS_MAIN(TestVolcengineProvider)
#include "tst_volcengineprovider.moc"
