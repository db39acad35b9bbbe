#include "SimAliyun.h"

#include "signing/RpcSignature.h"

#include <QRegularExpression>

#include <algorithm>

namespace OrderDesk {

namespace {

const QString kAction = QStringLiteral("CreatePhysicalConnectionOccupancyOrder");
const QString kVersion = QStringLiteral("2016-04-28");
const QString kRegionId = QStringLiteral("RegionId");
const QString kCircuitId = QStringLiteral("PhysicalConnectionId");
const QString kPeriod = QStringLiteral("Period");
const QString kChargeType = QStringLiteral("InstanceChargeType");
const QString kAutoPay = QStringLiteral("AutoPay");
const QString kPricingCycle = QStringLiteral("PricingCycle");
const QString kClientToken = QStringLiteral("ClientToken");

// The common parameters of the RPC scheme: they sign a request but are not part of the order.
const QStringList kCommonParameters{
    QStringLiteral("AccessKeyId"),      QStringLiteral("Signature"),      QStringLiteral("SignatureMethod"),
    QStringLiteral("SignatureVersion"), QStringLiteral("SignatureNonce"), QStringLiteral("Timestamp"),
    QStringLiteral("Format"),
};

QString valueOf(const QueryItems& params, const QString& name)
{
    for (const auto& [key, value] : params) {
        if (key == name)
            return value;
    }
    return {};
}

bool has(const QueryItems& params, const QString& name)
{
    return std::any_of(params.cbegin(), params.cend(),
                       [&name](const QPair<QString, QString>& item) { return item.first == name; });
}

QString missing(const QString& name)
{
    return QStringLiteral("The input parameter \"") + name +
           QStringLiteral("\" that is mandatory for processing this request is not supplied.");
}

QString notValid(const QString& name)
{
    return QStringLiteral("The specified parameter \"") + name + QStringLiteral("\" is not valid.");
}

} // namespace

QString SimAliyun::providerId() const
{
    return QStringLiteral("aliyun");
}

QString SimAliyun::action() const
{
    return kAction;
}

SimAnswer SimAliyun::handle(const SimRequest& request)
{
    // The RPC gateway reads parameters from the query and from a form body alike.
    const QueryItems params = request.query + request.formParameters();
    if (valueOf(params, QStringLiteral("Action")) != kAction)
        return unknownOperation(request);
    if (valueOf(params, QStringLiteral("Version")) != kVersion)
        return error(request, 400, QStringLiteral("InvalidVersion"),
                     QStringLiteral("Specified parameter Version is not valid."));
    if (const std::optional<SimAnswer> failure = authenticationFailure(request, params))
        return *failure;
    if (const std::optional<SimAnswer> failure = validationFailure(request, params))
        return *failure;

    // The order's own parameters with the API page's defaults filled in, so that a resend
    // that spells a default out is still the same order.
    QJsonObject order;
    for (const auto& [name, value] : params) {
        if (name != kClientToken && !kCommonParameters.contains(name))
            order.insert(name, value);
    }
    if (!order.contains(kPricingCycle))
        order.insert(kPricingCycle, QStringLiteral("Month"));
    if (!order.contains(kChargeType))
        order.insert(kChargeType, QStringLiteral("PrePaid"));
    if (!order.contains(kAutoPay))
        order.insert(kAutoPay, QStringLiteral("false"));
    return place(request, {valueOf(params, kCircuitId), valueOf(params, kClientToken), order});
}

std::optional<SimAnswer> SimAliyun::authenticationFailure(const SimRequest& request, const QueryItems& params)
{
    if (!has(params, QStringLiteral("Signature")))
        return error(request, 400, QStringLiteral("IncompleteSignature"),
                     QStringLiteral("The request signature does not conform to Aliyun standards."));
    const QString accessKeyId = valueOf(params, QStringLiteral("AccessKeyId"));
    if (accessKeyId.isEmpty())
        return error(request, 400, QStringLiteral("MissingParameter"),
                     missing(QStringLiteral("AccessKeyId")));
    const Credential* credential = credentialFor(accessKeyId);
    if (!credential)
        return error(request, 404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                     QStringLiteral("Specified access key is not found."));
    if (valueOf(params, QStringLiteral("SignatureMethod")) != QLatin1String("HMAC-SHA1") ||
        valueOf(params, QStringLiteral("SignatureVersion")) != QLatin1String("1.0"))
        return error(request, 400, QStringLiteral("IncompleteSignature"),
                     QStringLiteral("The request signature does not conform to Aliyun standards."));
    const QString timestamp = valueOf(params, QStringLiteral("Timestamp"));
    if (timestamp.isEmpty())
        return error(request, 400, QStringLiteral("MissingParameter"), missing(QStringLiteral("Timestamp")));
    const QDateTime signedAt = parseRpcTimestamp(timestamp);
    if (!signedAt.isValid())
        return error(request, 400, QStringLiteral("InvalidTimeStamp.Format"),
                     QStringLiteral("Specified time stamp or date value is not well formatted."));
    if (!withinClockWindow(signedAt))
        return error(request, 400, QStringLiteral("InvalidTimeStamp.Expired"),
                     QStringLiteral("Specified time stamp or date value is expired."));
    const QString nonce = valueOf(params, QStringLiteral("SignatureNonce"));
    if (nonce.isEmpty() || hasControlCharacter(nonce))
        return error(request, 400, QStringLiteral("MissingParameter"),
                     missing(QStringLiteral("SignatureNonce")));

    // The query exactly as it arrived, plus the form parameters as the gateway decoded them.
    QList<QPair<QByteArray, QByteArray>> pairs = request.rawQueryPairs(QByteArrayLiteral("Signature"));
    for (const auto& [name, value] : request.formParameters()) {
        if (name != QLatin1String("Signature"))
            pairs.append({PercentEncoding::encode(name), PercentEncoding::encode(value)});
    }
    const QByteArray stringToSign = RpcSignature::stringToSign(request.method, SimRequest::joinSorted(pairs));
    const QByteArray expected = RpcSignature::signature(credential->accessKeySecret, stringToSign);
    if (valueOf(params, QStringLiteral("Signature")).toLatin1() != expected)
        return error(
            request, 400, QStringLiteral("SignatureDoesNotMatch"),
            QStringLiteral("Specified signature is not matched with our calculation. server string to "
                           "sign is:") +
                QString::fromLatin1(stringToSign));
    // Only a correctly signed request spends its nonce; its second arrival proves the first came.
    if (!state().useNonce(providerId(), nonce))
        return error(request, 400, QStringLiteral("SignatureNonceUsed"),
                     QStringLiteral("Specified signature nonce was used already."));
    return std::nullopt;
}

std::optional<SimAnswer> SimAliyun::validationFailure(const SimRequest& request,
                                                      const QueryItems& params) const
{
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z]+(-[a-z0-9]+)+$"));
    const QString regionId = valueOf(params, kRegionId);
    if (regionId.isEmpty())
        return error(request, 400, QStringLiteral("MissingParameter"), missing(kRegionId));
    if (!regionPattern.match(regionId).hasMatch())
        return error(request, 404, QStringLiteral("InvalidRegionId.NotFound"),
                     QStringLiteral("The RegionId provided does not exist in our records."));
    const QString circuit = valueOf(params, kCircuitId);
    if (circuit.isEmpty())
        return error(request, 400, QStringLiteral("MissingParameter"), missing(kCircuitId));
    if (has(params, kChargeType) && valueOf(params, kChargeType) != QLatin1String("PrePaid"))
        return error(request, 400, QStringLiteral("InvalidPhysicalConnectionChargeType.Malformed"),
                     QStringLiteral("Specified Physical Connection ChargeType is not valid."));
    const QString cycle =
        has(params, kPricingCycle) ? valueOf(params, kPricingCycle) : QStringLiteral("Month");
    if (cycle != QLatin1String("Month") && cycle != QLatin1String("Year"))
        return error(request, 400, QStringLiteral("InvalidPhysicalConnectionPricingCycle.Malformed"),
                     QStringLiteral("Specified Physical Connection PricingCycle is not valid."));
    // The API page: 1-9 when PricingCycle is Month, 1-5 when it is Year.
    if (has(params, kPeriod)) {
        bool ok = false;
        const int period = valueOf(params, kPeriod).toInt(&ok);
        const int maximum = cycle == QLatin1String("Year") ? 5 : 9;
        if (!ok || period < 1 || period > maximum)
            return error(request, 400, QStringLiteral("InvalidPhysicalConnectionPeriod.Malformed"),
                         QStringLiteral("Specified Physical Connection Period is not valid."));
    }
    if (has(params, kAutoPay) && valueOf(params, kAutoPay) != QLatin1String("true") &&
        valueOf(params, kAutoPay) != QLatin1String("false"))
        return error(request, 400, QStringLiteral("InvalidParameter"), notValid(kAutoPay));
    if (has(params, kClientToken) && !isValidToken(valueOf(params, kClientToken)))
        return error(request, 400, QStringLiteral("InvalidParameter"), notValid(kClientToken));
    // Any "pc-" ID names a circuit waiting for payment; anything else names none.
    if (!circuit.startsWith(QLatin1String("pc-")) || circuit.size() <= 3 || hasControlCharacter(circuit))
        return error(request, 404, QStringLiteral("InvalidPhysicalConnectionId.NotFound"),
                     QStringLiteral("The PhysicalConnectionId provided does not exist in our records."));
    return std::nullopt;
}

SimAnswer SimAliyun::unknownOperation(const SimRequest& request) const
{
    return error(request, 404, QStringLiteral("InvalidAction.NotFound"),
                 QStringLiteral("Specified api is not found, please check your url and method."));
}

SimAnswer SimAliyun::success(const SimRequest&, const SimOrder& order) const
{
    return jsonAnswer(200,
                      {{QStringLiteral("RequestId"), uuid(true)},
                       {QStringLiteral("Data"), QJsonObject{{QStringLiteral("OrderId"), order.orderId}}}},
                      QString());
}

SimAnswer SimAliyun::error(const SimRequest& request, int httpStatus, const QString& code,
                           const QString& message) const
{
    const QString requestId = uuid(true);
    QString host = QString::fromUtf8(request.header(QByteArrayLiteral("Host")));
    if (host.isEmpty())
        host = QStringLiteral("vpc.aliyuncs.com");
    const QString recommend = QStringLiteral("https://api.aliyun.com/troubleshoot?q=") + code +
                              QStringLiteral("&product=Vpc&requestId=") + requestId;
    return jsonAnswer(httpStatus,
                      {{QStringLiteral("RequestId"), requestId},
                       {QStringLiteral("HostId"), host},
                       {QStringLiteral("Code"), code},
                       {QStringLiteral("Message"), message},
                       {QStringLiteral("Recommend"), recommend}},
                      code);
}

QString SimAliyun::newOrderId() const
{
    return randomDigits(15);
}

} // namespace OrderDesk
