#include "SimUniCloud.h"

#include "signing/RpcSignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <limits>

namespace OrderDesk {

namespace {

const QString kAction = QStringLiteral("CreateOrder");
const QString kVersion = QStringLiteral("2020-07-30");
const QString kRegionId = QStringLiteral("regionId");
const QString kInstanceName = QStringLiteral("instanceName");

// The body fields the API page marks required (all but unit), and which of them are numbers.
const QStringList kRequiredText{
    QStringLiteral("azoneId"),           QStringLiteral("componentCode"), QStringLiteral("instanceName"),
    QStringLiteral("orderCategory"),     QStringLiteral("payType"),       QStringLiteral("projectId"),
    QStringLiteral("regionId"),          QStringLiteral("renewType"),     QStringLiteral("rentUnit"),
    QStringLiteral("specificationCode"), QStringLiteral("vpc"),
};
const QStringList kRentUnits{QStringLiteral("day"), QStringLiteral("month"), QStringLiteral("year")};

bool isWholeNumber(const QJsonValue& value, qint64 minimum, qint64 maximum)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return number == static_cast<double>(static_cast<qint64>(number)) &&
           number >= static_cast<double>(minimum) && number <= static_cast<double>(maximum);
}

// The gateway names the offending common parameter inside the one code it uses.
QString notValid(const QString& name)
{
    return QStringLiteral("The specified parameter \"") + name + QStringLiteral("\" is not valid.");
}

// What the gateway answers itself, before the service sees the request.
bool isGatewayCode(const QString& code)
{
    return code == QLatin1String("Throttling") || code == QLatin1String("InternalError") ||
           code == QLatin1String("ServiceUnavailable");
}

} // namespace

QString SimUniCloud::providerId() const
{
    return QStringLiteral("unicloud");
}

QString SimUniCloud::action() const
{
    return kAction;
}

SimAnswer SimUniCloud::handle(const SimRequest& request)
{
    if (request.queryValue(QStringLiteral("Action")) != kAction)
        return unknownOperation(request);
    if (const std::optional<SimAnswer> failure = authenticationFailure(request))
        return *failure;
    if (request.queryValue(QStringLiteral("Version")) != kVersion)
        return invalidParameter(QStringLiteral("Version"));

    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return error(request, 400, QStringLiteral("InvalidParameter"),
                     QStringLiteral("The request body is not a valid JSON object."));
    const QJsonObject body = document.object();
    if (const std::optional<SimAnswer> failure = validationFailure(request, body))
        return *failure;
    // No token: every accepted request is a new order.
    return place(request, {body.value(kInstanceName).toString(), QString(), body});
}

std::optional<SimAnswer> SimUniCloud::authenticationFailure(const SimRequest& request)
{
    if (!request.hasQueryValue(QStringLiteral("Signature")))
        return invalidParameter(QStringLiteral("Signature"));
    const Credential* credential = credentialFor(request.queryValue(QStringLiteral("AccessKeyId")));
    if (!credential)
        return invalidParameter(QStringLiteral("AccessKeyId"));
    if (request.queryValue(QStringLiteral("SignatureMethod")) != QLatin1String("HMAC-SHA1"))
        return invalidParameter(QStringLiteral("SignatureMethod"));
    if (request.queryValue(QStringLiteral("SignatureVersion")) != QLatin1String("2.0"))
        return invalidParameter(QStringLiteral("SignatureVersion"));
    if (!withinClockWindow(parseRpcTimestamp(request.queryValue(QStringLiteral("Timestamp")))))
        return invalidParameter(QStringLiteral("Timestamp"));
    const QString nonce = request.queryValue(QStringLiteral("SignatureNonce"));
    if (nonce.isEmpty() || hasControlCharacter(nonce))
        return invalidParameter(QStringLiteral("SignatureNonce"));

    // The query exactly as it arrived; the JSON body and the path are not signed.
    const QByteArray stringToSign =
        RpcSignature::stringToSign(request.method, request.rawCanonicalQuery(QByteArrayLiteral("Signature")));
    if (request.queryValue(QStringLiteral("Signature")).toLatin1() !=
        RpcSignature::signature(credential->accessKeySecret, stringToSign))
        return invalidParameter(QStringLiteral("Signature"));
    if (!state().useNonce(providerId(), nonce))
        return invalidParameter(QStringLiteral("SignatureNonce"));
    return std::nullopt;
}

std::optional<SimAnswer> SimUniCloud::validationFailure(const SimRequest& request,
                                                        const QJsonObject& body) const
{
    const auto businessError = [&](const QString& name) {
        return error(request, 400, QStringLiteral("InvalidParameter"), notValid(name));
    };
    for (const QString& name : kRequiredText) {
        const QJsonValue value = body.value(name);
        if (!value.isString() || value.toString().trimmed().isEmpty() ||
            hasControlCharacter(value.toString()))
            return businessError(name);
    }
    if (!isWholeNumber(body.value(QLatin1String("dataEncryption")), 0, 1))
        return businessError(QStringLiteral("dataEncryption"));
    if (!isWholeNumber(body.value(QLatin1String("rentCount")), 1, std::numeric_limits<qint32>::max()))
        return businessError(QStringLiteral("rentCount"));
    if (!kRentUnits.contains(body.value(QLatin1String("rentUnit")).toString()))
        return businessError(QStringLiteral("rentUnit"));
    if (body.contains(QLatin1String("unit")) && !body.value(QLatin1String("unit")).isString())
        return businessError(QStringLiteral("unit"));
    // regionId travels twice, signed in the query and again in the body; they must agree.
    if (body.value(kRegionId).toString() != request.queryValue(kRegionId))
        return businessError(kRegionId);
    return std::nullopt;
}

SimAnswer SimUniCloud::invalidParameter(const QString& name) const
{
    // The gateway's shape, as the API page shows it for a bad signature.
    return jsonAnswer(400,
                      {{QStringLiteral("Code"), QStringLiteral("InvalidParameter")},
                       {QStringLiteral("Message"), notValid(name)},
                       {QStringLiteral("RequestId"), uuid(false)}},
                      QStringLiteral("InvalidParameter"));
}

SimAnswer SimUniCloud::unknownOperation(const SimRequest&) const
{
    return invalidParameter(QStringLiteral("Action"));
}

SimAnswer SimUniCloud::success(const SimRequest&, const SimOrder& order) const
{
    const QJsonObject result{{QStringLiteral("Ids"), QJsonArray::fromStringList(order.resourceIds)},
                             {QStringLiteral("OrderId"), order.orderId}};
    return jsonAnswer(200,
                      {{QStringLiteral("Status"), true},
                       {QStringLiteral("Auth"), true},
                       {QStringLiteral("Code"), QStringLiteral("Success")},
                       {QStringLiteral("Res"), result},
                       {QStringLiteral("RequestId"), uuid(false)}},
                      QString());
}

SimAnswer SimUniCloud::error(const SimRequest&, int httpStatus, const QString& code,
                             const QString& message) const
{
    if (isGatewayCode(code))
        return jsonAnswer(httpStatus,
                          {{QStringLiteral("Code"), code},
                           {QStringLiteral("Message"), message},
                           {QStringLiteral("RequestId"), uuid(false)}},
                          code);
    // The service's business error, as the API page's 异常返回示例 shows it.
    return jsonAnswer(httpStatus,
                      {{QStringLiteral("Status"), false},
                       {QStringLiteral("Msg"), message},
                       {QStringLiteral("Auth"), true},
                       {QStringLiteral("Code"), code},
                       {QStringLiteral("RequestId"), uuid(false)}},
                      code);
}

QString SimUniCloud::newOrderId() const
{
    return randomDigits(18);
}

QStringList SimUniCloud::newResourceIds() const
{
    return {QStringLiteral("nas-") + randomFrom(12, "abcdefghijklmnopqrstuvwxyz0123456789")};
}

} // namespace OrderDesk
