#include "SimVolcengine.h"

#include "signing/V4Canonical.h"
#include "signing/VolcengineSigner.h"

#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace OrderDesk {

namespace {

const QString kAction = QStringLiteral("CreateDirectConnectConnectionOrder");
const QString kVersion = QStringLiteral("2020-04-01");
const QString kService = QStringLiteral("directconnect");
const QString kDefaultRegion = QStringLiteral("cn-beijing");
const QString kConnectionId = QStringLiteral("DirectConnectConnectionId");
const QString kPeriodUnit = QStringLiteral("PeriodUnit");
const QString kPeriod = QStringLiteral("Period");
const QString kClientToken = QStringLiteral("ClientToken");

// The gateway's numeric codes, from Volcengine's list of common error codes
// (https://www.volcengine.com/docs/6369/68677). The API's own codes carry none.
int codeNumber(const QString& code)
{
    static const QHash<QString, int> numbers{
        {QStringLiteral("MissingParameter"), 100002},
        {QStringLiteral("MissingAuthenticationToken"), 100003},
        {QStringLiteral("MissingRequestInfo"), 100004},
        {QStringLiteral("MissingSignature"), 100005},
        {QStringLiteral("InvalidTimestamp"), 100006},
        {QStringLiteral("ServiceNotFound"), 100007},
        {QStringLiteral("InvalidActionOrVersion"), 100008},
        {QStringLiteral("InvalidAccessKey"), 100009},
        {QStringLiteral("SignatureDoesNotMatch"), 100010},
        {QStringLiteral("LackPolicy"), 100012},
        {QStringLiteral("AccessDenied"), 100013},
        {QStringLiteral("InternalError"), 100014},
        {QStringLiteral("FailToConnect"), 100015},
        {QStringLiteral("InternalServiceTimeout"), 100016},
    };
    return numbers.value(code);
}

// "AK/date/region/service/request"
struct Scope
{
    QString accessKeyId;
    QByteArray date;
    QString region;
    QString service;
    bool valid = false;
};

Scope parseScope(const QByteArray& credential)
{
    const QList<QByteArray> parts = credential.split('/');
    Scope scope;
    if (parts.size() != 5 || parts.at(4) != "request" || parts.at(0).isEmpty())
        return scope;
    scope.accessKeyId = QString::fromUtf8(parts.at(0));
    scope.date = parts.at(1);
    scope.region = QString::fromUtf8(parts.at(2));
    scope.service = QString::fromUtf8(parts.at(3));
    scope.valid = !scope.region.isEmpty() && !scope.service.isEmpty();
    return scope;
}

} // namespace

QString SimVolcengine::providerId() const
{
    return QStringLiteral("volcengine");
}

QString SimVolcengine::action() const
{
    return kAction;
}

SimAnswer SimVolcengine::handle(const SimRequest& request)
{
    if (request.queryValue(QStringLiteral("Action")) != kAction ||
        request.queryValue(QStringLiteral("Version")) != kVersion)
        return unknownOperation(request);
    if (request.method != "GET")
        return error(request, 405, QStringLiteral("MethodNotAllowed"),
                     QStringLiteral("The HTTP method is not allowed."));
    if (const std::optional<SimAnswer> failure = authenticationFailure(request))
        return *failure;
    if (const std::optional<SimAnswer> failure = validationFailure(request))
        return *failure;

    // The order's own parameters with Volcengine's defaults filled in, so that a resend that
    // spells a default out is still the same order.
    QJsonObject params;
    for (const auto& [name, value] : request.query) {
        if (name != kClientToken)
            params.insert(name, value);
    }
    if (!params.contains(kPeriodUnit))
        params.insert(kPeriodUnit, QStringLiteral("Month"));
    if (!params.contains(kPeriod))
        params.insert(kPeriod, QStringLiteral("1"));
    return place(request, {request.queryValue(kConnectionId), request.queryValue(kClientToken), params});
}

std::optional<SimAnswer> SimVolcengine::authenticationFailure(const SimRequest& request) const
{
    const QByteArray header = request.header(QByteArrayLiteral("Authorization"));
    if (header.isEmpty())
        return error(request, 401, QStringLiteral("MissingAuthenticationToken"),
                     QStringLiteral("Request is missing Authentication Token."));
    const Authorization authorization = parseAuthorization(header);
    if (authorization.scheme != "HMAC-SHA256" || !authorization.fields.contains("Credential"))
        return error(request, 400, QStringLiteral("InvalidAuthorization"),
                     QStringLiteral("Invalid 'Authorization' header, Pls check authorization header."));
    const Scope scope = parseScope(authorization.fields.value("Credential"));
    if (!scope.valid)
        return error(request, 400, QStringLiteral("InvalidCredential"),
                     QStringLiteral("Invalid credential in 'Authorization', Pls check credential in "
                                    "authorization header."));
    const QByteArray signature = authorization.fields.value("Signature");
    if (signature.isEmpty())
        return error(request, 401, QStringLiteral("MissingSignature"),
                     QStringLiteral("The request is missing signature."));
    const Credential* credential = credentialFor(scope.accessKeyId);
    if (!credential)
        return error(request, 401, QStringLiteral("InvalidAccessKey"),
                     QStringLiteral("The accesskey [") + scope.accessKeyId +
                         QStringLiteral("] included in the request is invalid."));
    if (scope.service != kService)
        return error(request, 404, QStringLiteral("ServiceNotFound"),
                     QStringLiteral("This service[") + scope.service + QStringLiteral("] not found."));
    const QByteArray xDate = request.header(QByteArrayLiteral("X-Date"));
    if (xDate.isEmpty())
        return error(request, 400, QStringLiteral("MissingRequestInfo"),
                     QStringLiteral("The request is missing X-Date information."));
    if (!withinClockWindow(parseBasicDateTime(xDate)))
        return error(request, 400, QStringLiteral("InvalidTimestamp"),
                     QStringLiteral("The Signature of the request is expired."));

    // Recomputed from what arrived: the signed headers as received, the raw query bytes and
    // the hash of the body itself. The gateway takes whatever SignedHeaders names as long as
    // x-date is among them: Volcengine's own Node.js SDK signs x-date alone, without host and
    // without X-Content-Sha256, and the payload hash is that of the body either way. A named
    // header that did not arrive was not signed as received, so it fails as a wrong signature.
    const QList<QByteArray> names = authorization.fields.value("SignedHeaders").toLower().split(';');
    const bool namedHeadersArrived = std::all_of(
        names.cbegin(), names.cend(), [&request](const QByteArray& name) { return request.hasHeader(name); });
    const bool signsRequired = names.contains("x-date") && namedHeadersArrived;
    const V4Canonical::Headers headers = V4Canonical::canonicalHeaders(signedHeaders(request, names));
    const QByteArray canonicalRequest = V4Canonical::canonicalRequest(
        request.method, request.path.isEmpty() ? QByteArrayLiteral("/") : request.path,
        request.rawCanonicalQuery(), headers, V4Canonical::sha256Hex(request.body));
    const QByteArray scopeText = VolcengineSigner::credentialScope(scope.date, scope.region, scope.service);
    const QByteArray expected = VolcengineSigner::signature(
        VolcengineSigner::signingKey(credential->accessKeySecret, scope.date, scope.region, scope.service),
        VolcengineSigner::stringToSign(xDate, scopeText, canonicalRequest));
    if (!signsRequired || scope.date != xDate.left(8) || expected != signature)
        return error(request, 401, QStringLiteral("SignatureDoesNotMatch"),
                     QStringLiteral("The request signature we calculated does not match the signature you "
                                    "provided. Check your Secret Access Key and signing method. Consult the "
                                    "service documentation for details."));
    return std::nullopt;
}

std::optional<SimAnswer> SimVolcengine::validationFailure(const SimRequest& request) const
{
    const QString connection = request.queryValue(kConnectionId);
    if (connection.isEmpty())
        return error(request, 400, QStringLiteral("MissingParameter"),
                     QStringLiteral("The request is missing DirectConnectConnectionId parameter."));
    const QString unit =
        request.hasQueryValue(kPeriodUnit) ? request.queryValue(kPeriodUnit) : QStringLiteral("Month");
    if (unit != QLatin1String("Month") && unit != QLatin1String("Year"))
        return error(request, 400, QStringLiteral("InvalidParameter"),
                     QStringLiteral("The specified parameter PeriodUnit is invalid."));
    // 1-11 months or 1-3 years (the API's page on BytePlus, which keeps the value lists).
    if (request.hasQueryValue(kPeriod)) {
        bool ok = false;
        const int period = request.queryValue(kPeriod).toInt(&ok);
        const int maximum = unit == QLatin1String("Year") ? 3 : 11;
        if (!ok || period < 1 || period > maximum)
            return error(request, 400, QStringLiteral("InvalidParameter"),
                         QStringLiteral("The specified parameter Period is invalid."));
    }
    if (request.hasQueryValue(kClientToken) && !isValidToken(request.queryValue(kClientToken)))
        return error(request, 400, QStringLiteral("InvalidParameter.ClientTokenMalformed"),
                     QStringLiteral("The specified parameter ClientToken is malformed."));
    // Any "dcc-" ID names a connection waiting for payment; anything else names none.
    if (!connection.startsWith(QLatin1String("dcc-")) || connection.size() <= 4 ||
        hasControlCharacter(connection))
        return error(request, 404, QStringLiteral("InvalidDirectConnectConnection.NotFound"),
                     QStringLiteral("The specified direct connect connection does not exist."));
    return std::nullopt;
}

SimAnswer SimVolcengine::unknownOperation(const SimRequest& request) const
{
    return error(request, 404, QStringLiteral("InvalidActionOrVersion"),
                 QStringLiteral("Could not find operation ") + request.queryValue(QStringLiteral("Action")) +
                     QStringLiteral(" for version ") + request.queryValue(QStringLiteral("Version")) +
                     QLatin1Char('.'));
}

SimAnswer SimVolcengine::success(const SimRequest& request, const SimOrder& order) const
{
    const QString requestId = newRequestId();
    const QJsonObject result{{QStringLiteral("RequestId"), requestId},
                             {QStringLiteral("OrderNumber"), order.orderId}};
    return jsonAnswer(200,
                      {{QStringLiteral("ResponseMetadata"), metadata(request, requestId)},
                       {QStringLiteral("Result"), result}},
                      QString());
}

SimAnswer SimVolcengine::error(const SimRequest& request, int httpStatus, const QString& code,
                               const QString& message) const
{
    QJsonObject errorObject{{QStringLiteral("Code"), code}, {QStringLiteral("Message"), message}};
    if (const int number = codeNumber(code))
        errorObject.insert(QStringLiteral("CodeN"), number);
    QJsonObject meta = metadata(request, newRequestId());
    meta.insert(QStringLiteral("Error"), errorObject);
    return jsonAnswer(httpStatus, {{QStringLiteral("ResponseMetadata"), meta}}, code);
}

QString SimVolcengine::newOrderId() const
{
    return QStringLiteral("Order") + randomDigits(19);
}

SimAnswer SimVolcengine::idempotentMismatch(const SimRequest& request) const
{
    return error(
        request, 400, QStringLiteral("IdempotentParameterMismatch"),
        QStringLiteral("Arguments on this idempotent request are inconsistent with arguments used in "
                       "previous request(s)."));
}

SimAnswer SimVolcengine::stillProcessing(const SimRequest& request, const SimOrder&) const
{
    return error(request, 412, QStringLiteral("IdempotentProcessing"),
                 QStringLiteral("The request uses the same client token as a previous one that is still in "
                                "process."));
}

QJsonObject SimVolcengine::metadata(const SimRequest& request, const QString& requestId) const
{
    const Scope scope = parseScope(
        parseAuthorization(request.header(QByteArrayLiteral("Authorization"))).fields.value("Credential"));
    const QString actionName = request.queryValue(QStringLiteral("Action"));
    const QString version = request.queryValue(QStringLiteral("Version"));
    return {
        {QStringLiteral("RequestId"), requestId},
        {QStringLiteral("Action"), actionName.isEmpty() ? kAction : actionName},
        {QStringLiteral("Version"), version.isEmpty() ? kVersion : version},
        {QStringLiteral("Service"), kService},
        {QStringLiteral("Region"), scope.valid ? scope.region : kDefaultRegion},
    };
}

QString SimVolcengine::newRequestId() const
{
    // As on the API page: the gateway's local (Beijing) time to the second, then a random part.
    const QDateTime beijing = now().toTimeZone(QTimeZone(8 * 3600));
    return beijing.toString(QStringLiteral("yyyyMMddHHmmss")) + randomFrom(20, "0123456789ABCDEF");
}

} // namespace OrderDesk
