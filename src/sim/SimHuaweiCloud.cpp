#include "SimHuaweiCloud.h"

#include "signing/HuaweiSigner.h"
#include "signing/V4Canonical.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace OrderDesk {

namespace {

const QString kAuthenticationFailed = QStringLiteral("Incorrect IAM authentication information: ");

bool isWholeNumber(const QJsonValue& value, qint64 minimum, qint64 maximum)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return number == static_cast<double>(static_cast<qint64>(number)) &&
           number >= static_cast<double>(minimum) && number <= static_cast<double>(maximum);
}

bool isText(const QJsonValue& value)
{
    return value.isString() && !value.toString().trimmed().isEmpty();
}

// One ProductInfoBean with the keys the SDK model requires (API page, table 3).
bool isValidProduct(const QJsonValue& value)
{
    if (!value.isObject())
        return false;
    const QJsonObject product = value.toObject();
    constexpr qint64 int32Max = std::numeric_limits<qint32>::max();
    return isText(product.value(QLatin1String("cloud_service_type"))) &&
           isText(product.value(QLatin1String("product_id"))) &&
           isWholeNumber(product.value(QLatin1String("resource_size")), 0, int32Max) &&
           isWholeNumber(product.value(QLatin1String("resource_size_measure_id")), 0, int32Max) &&
           isText(product.value(QLatin1String("resource_spec_code"))) &&
           isText(product.value(QLatin1String("resource_type")));
}

SimAnswer withRequestId(SimAnswer answer, const QString& requestId)
{
    answer.headers.append({QByteArrayLiteral("X-Request-Id"), requestId.toLatin1()});
    return answer;
}

} // namespace

QString SimHuaweiCloud::providerId() const
{
    return QStringLiteral("huaweicloud");
}

QString SimHuaweiCloud::action() const
{
    // The name Huawei's SDKs give this API.
    return QStringLiteral("CreateProductOrder");
}

QString SimHuaweiCloud::projectId(const QByteArray& path)
{
    static const QRegularExpression pattern(QStringLiteral("^/v1/([A-Za-z0-9]+)/period/order/?$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(path));
    return match.hasMatch() ? match.captured(1) : QString();
}

SimAnswer SimHuaweiCloud::handle(const SimRequest& request)
{
    const QString project = projectId(request.path);
    if (project.isEmpty() || request.method != "POST")
        return unknownOperation(request);
    if (const std::optional<SimAnswer> failure = authenticationFailure(request))
        return *failure;
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject() || !isValidOrder(document.object()))
        return error(request, 400, QStringLiteral("dsc.40000011"), QStringLiteral("Invalid parameter"));
    // No token: every accepted request is a new order.
    return place(request, {project, QString(), document.object()});
}

std::optional<SimAnswer> SimHuaweiCloud::authenticationFailure(const SimRequest& request) const
{
    const auto rejected = [&](const QString& why) {
        return error(request, 401, QStringLiteral("APIG.0301"), kAuthenticationFailed + why);
    };
    const Authorization authorization =
        parseAuthorization(request.header(QByteArrayLiteral("Authorization")));
    const QByteArray signature = authorization.fields.value("Signature");
    if (authorization.scheme != "SDK-HMAC-SHA256" || signature.isEmpty() ||
        !authorization.fields.contains("SignedHeaders"))
        return rejected(QStringLiteral("the Authorization header is missing or not SDK-HMAC-SHA256"));
    const Credential* credential = credentialFor(QString::fromUtf8(authorization.fields.value("Access")));
    if (!credential)
        return rejected(QStringLiteral("Get secretKey failed"));
    const QByteArray sdkDate = request.header(QByteArrayLiteral("X-Sdk-Date"));
    const QDateTime signedAt = parseBasicDateTime(sdkDate);
    if (!signedAt.isValid())
        return rejected(QStringLiteral("the X-Sdk-Date header is missing or malformed"));
    if (!withinClockWindow(signedAt))
        return rejected(QStringLiteral("signature expired, signature time:") + QString::fromLatin1(sdkDate) +
                        QStringLiteral(", server time:") +
                        QString::fromLatin1(V4Canonical::basicDateTime(now())));

    // Recomputed from what arrived: the signed headers as received, the path with Huawei's
    // trailing '/', the raw query bytes and the hash of the body itself.
    const QList<QByteArray> names = authorization.fields.value("SignedHeaders").toLower().split(';');
    const bool signsRequired = names.contains("host") && names.contains("x-sdk-date");
    const QByteArray canonicalRequest = V4Canonical::canonicalRequest(
        request.method, HuaweiSigner::canonicalUri(request.path), request.rawCanonicalQuery(),
        V4Canonical::canonicalHeaders(signedHeaders(request, names)), V4Canonical::sha256Hex(request.body));
    const QByteArray expected = HuaweiSigner::signature(
        credential->accessKeySecret, HuaweiSigner::stringToSign(sdkDate, canonicalRequest));
    if (!signsRequired || expected != signature)
        return rejected(QStringLiteral("verify aksk signature fail"));
    return std::nullopt;
}

bool SimHuaweiCloud::isValidOrder(const QJsonObject& body)
{
    // The required fields of the SDK model, with the values the API page allows.
    constexpr qint64 int32Max = std::numeric_limits<qint32>::max();
    const QJsonValue chargingMode = body.value(QLatin1String("charging_mode"));
    const QJsonValue periodType = body.value(QLatin1String("period_type"));
    const QJsonValue autoRenew = body.value(QLatin1String("is_auto_renew"));
    const QJsonArray products = body.value(QLatin1String("product_infos")).toArray();
    if (!isWholeNumber(chargingMode, 0, 2) || !isText(body.value(QLatin1String("cloud_service_type"))) ||
        !isWholeNumber(body.value(QLatin1String("period_num")), 1, int32Max) ||
        !isWholeNumber(periodType, 2, 3) || !isText(body.value(QLatin1String("region_id"))) ||
        !isText(body.value(QLatin1String("zone"))) ||
        (!autoRenew.isUndefined() && !isWholeNumber(autoRenew, 0, 1)) || products.isEmpty())
        return false;
    return std::all_of(products.begin(), products.end(), isValidProduct);
}

SimAnswer SimHuaweiCloud::unknownOperation(const SimRequest& request) const
{
    return error(request, 404, QStringLiteral("APIG.0101"),
                 QStringLiteral("The API does not exist or has not been published in the environment"));
}

SimAnswer SimHuaweiCloud::success(const SimRequest&, const SimOrder& order) const
{
    return withRequestId(jsonAnswer(200, {{QStringLiteral("order_id"), order.orderId}}, QString()),
                         randomFrom(32, "0123456789abcdef"));
}

SimAnswer SimHuaweiCloud::error(const SimRequest&, int httpStatus, const QString& code,
                                const QString& message) const
{
    const QString requestId = randomFrom(32, "0123456789abcdef");
    QJsonObject body{{QStringLiteral("error_code"), code}, {QStringLiteral("error_msg"), message}};
    // The gateway's own errors name the request in the body as well; the service's do not
    // (the API page's example 400 answer has only error_code and error_msg).
    if (code.startsWith(QLatin1String("APIG.")))
        body.insert(QStringLiteral("request_id"), requestId);
    return withRequestId(jsonAnswer(httpStatus, body, code), requestId);
}

QString SimHuaweiCloud::newOrderId() const
{
    // Huawei's order IDs: "CS", the date and time to the minute, five capital letters.
    return QStringLiteral("CS") + now().toString(QStringLiteral("yyMMddHHmm")) +
           randomFrom(5, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
}

} // namespace OrderDesk
