#include "UniCloudProvider.h"

#include "signing/UniCloudSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::UniCloudProvider";

const QString kRegionId = QStringLiteral("regionId");

// The API's Integer fields; everything else is a JSON string.
const QStringList kIntegerFields{QStringLiteral("dataEncryption"), QStringLiteral("rentCount")};

FieldSpec bodyField(const char* name, FieldType type, bool required, const char* label, const char* help,
                    const char* example)
{
    FieldSpec field;
    field.name = QString::fromLatin1(name);
    field.type = type;
    field.location = FieldLocation::Body;
    field.required = required;
    field.label = label;
    field.help = help;
    field.example = QString::fromUtf8(example);
    return field;
}

// Identifiers and codes: UniCloud's own values are plain ASCII.
FieldSpec codeField(const char* name, bool required, const char* label, const char* help, const char* example)
{
    FieldSpec field = bodyField(name, FieldType::Text, required, label, help, example);
    field.asciiOnly = true;
    return field;
}

QList<FieldSpec> fields()
{
    FieldSpec regionId = codeField(
        "regionId", true, QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Region ID"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                          "The UniCloud region the file system is created in, as the console names it."),
        "cn-tianjin-yfb");
    FieldSpec regionName = bodyField(
        "regionName", FieldType::Text, false, QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Region name"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                          "The region's display name, as the UniCloud console shows it. Optional."),
        "天津研发-YFB区");
    FieldSpec azoneId =
        codeField("azoneId", true, QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Availability zone ID"),
                  QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                                    "The zone inside the region that holds the file system."),
                  "cn-tianjin-yfb1");
    FieldSpec projectId =
        codeField("projectId", true, QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Project ID"),
                  QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                                    "The UniCloud project (resource group) that owns the file system."),
                  "rg-k0n2gf8ew1pd");
    FieldSpec vpc = codeField("vpc", true, QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "VPC ID"),
                              QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                                                "The private network (VPC) the file system is reached from."),
                              "vpc-g2gmswxtthml");
    FieldSpec instanceName = bodyField(
        "instanceName", FieldType::Text, true,
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "File system name"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                          "The name the new file system is shown under; OrderDesk also uses it to warn about "
                          "ordering the same file system twice."),
        "instance");
    instanceName.identifiesResource = true;
    FieldSpec componentCode = codeField(
        "componentCode", true, QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Component code"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "UniCloud's product component code for NAS."),
        "nas.onestor");
    FieldSpec specificationCode = codeField(
        "specificationCode", true,
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Storage type and file protocol"),
        QT_TRANSLATE_NOOP(
            "OrderDesk::UniCloudProvider",
            "The specification code for storage type and protocol, e.g. capacity storage over NFS."),
        "nas.capacity.nfs");
    FieldSpec dataEncryption = bodyField(
        "dataEncryption", FieldType::Choice, true,
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Data encryption"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Whether the stored data is encrypted."), "0");
    dataEncryption.choices = {
        {QStringLiteral("0"), QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Not encrypted")},
        {QStringLiteral("1"), QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Encrypted")},
    };
    FieldSpec orderCategory = bodyField(
        "orderCategory", FieldType::Choice, true,
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Order type"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Only new purchases are placed here."), "NEW");
    orderCategory.choices = {
        {QStringLiteral("NEW"), QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "New purchase")},
    };
    FieldSpec payType = codeField(
        "payType", true, QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Billing mode"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                          "UniCloud's billing mode code, exactly as the API page or the console gives it."),
        "DAY_MONTH_USAGE");
    FieldSpec rentCount =
        bodyField("rentCount", FieldType::Integer, true,
                  QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Rental period"),
                  QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                                    "How many rental units to buy: 1 with the unit Month buys one month."),
                  "1");
    rentCount.hasRange = true;
    rentCount.minimum = 1;
    rentCount.maximum = std::numeric_limits<qint32>::max();
    FieldSpec rentUnit = bodyField(
        "rentUnit", FieldType::Choice, true, QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Rental unit"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "The unit of the rental period."), "month");
    // The values UniCloud's official SDK lists for its rental unit (day, month, year).
    rentUnit.choices = {
        {QStringLiteral("day"), QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Day")},
        {QStringLiteral("month"), QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Month")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Year")},
    };
    FieldSpec renewType = codeField(
        "renewType", true, QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Renewal"),
        QT_TRANSLATE_NOOP(
            "OrderDesk::UniCloudProvider",
            "How the file system is renewed when the period ends; manualrenew means renewing by hand."),
        "manualrenew");
    FieldSpec unit = codeField(
        "unit", false, QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Unit of measure"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "The capacity unit the order is measured in."),
        "GB");

    return {regionId,     regionName,    azoneId,           projectId,      vpc,
            instanceName, componentCode, specificationCode, dataEncryption, orderCategory,
            payType,      rentCount,     rentUnit,          renewType,      unit};
}

// regionId travels in the signed query. Restricting it to characters that are never
// percent-encoded keeps the signed bytes free of the encoding differences between
// UniCloud's SDK and RFC 3986 (spaces, '+').
bool isUnreservedIdentifier(const QString& value)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'-' || u == u'_' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

ProviderReply unparseable(int httpStatus, const QByteArray& body, const QString& why)
{
    ProviderReply reply;
    reply.kind = ProviderReply::Kind::Unparseable;
    reply.httpStatus = httpStatus;
    reply.rawBody = body;
    reply.parseError = why;
    return reply;
}

} // namespace

UniCloudProvider::UniCloudProvider()
    : m_schema(kContext, fields())
{}

QString UniCloudProvider::id() const
{
    return QStringLiteral("unicloud");
}

LocalizedText UniCloudProvider::displayName() const
{
    return LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "UniCloud"));
}

QString UniCloudProvider::action() const
{
    return QStringLiteral("CreateOrder");
}

QString UniCloudProvider::apiVersion() const
{
    return QStringLiteral("2020-07-30");
}

const FormSchema& UniCloudProvider::schema() const
{
    return m_schema;
}

const ErrorCatalogue& UniCloudProvider::errorCatalogue() const
{
    return m_errors;
}

QString UniCloudProvider::defaultRegion() const
{
    // The region of the API page's example; regionId is required, so a valid order
    // always names its own region.
    return QStringLiteral("cn-tianjin-yfb");
}

Endpoint UniCloudProvider::defaultEndpoint(const QString&) const
{
    // One endpoint for all regions: the region travels as the regionId parameter.
    return Endpoint{QStringLiteral("https"), QStringLiteral("api.unicloud.com"), -1};
}

QString UniCloudProvider::region(const OrderRequest& request) const
{
    const QString regionId = request.value(kRegionId);
    return regionId.isEmpty() ? Provider::region(request) : regionId;
}

QList<ValidationIssue> UniCloudProvider::validateCrossField(const OrderRequest& request) const
{
    QList<ValidationIssue> issues;
    const QString regionId = request.value(kRegionId);
    // Values the generic rules already reject (blank, padded, not ASCII) are not reported twice.
    const bool checked = !regionId.trimmed().isEmpty() && regionId == regionId.trimmed() &&
                         std::all_of(regionId.cbegin(), regionId.cend(),
                                     [](QChar c) { return c.unicode() >= 0x20 && c.unicode() <= 0x7E; });
    if (checked) {
        if (!isUnreservedIdentifier(regionId)) {
            issues.append({kRegionId, LocalizedText(kContext,
                                                    QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                                                                      "%1 may contain only letters, digits, "
                                                                      "hyphens, underscores and dots."),
                                                    {kRegionId})});
        } else if (!request.region.isEmpty() && request.region != regionId) {
            issues.append(
                {kRegionId, LocalizedText(kContext,
                                          QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                                                            "%1 is %2, but the order was set to region %3. "
                                                            "Choose one region."),
                                          {kRegionId, regionId, request.region})});
        }
    }
    return issues;
}

HttpRequest UniCloudProvider::buildRequest(const OrderRequest& request, const Endpoint& endpoint) const
{
    const Endpoint target = endpoint.isValid() ? endpoint : defaultEndpoint(region(request));

    HttpRequest http;
    http.method = "POST";
    http.scheme = target.scheme;
    http.host = target.host;
    http.port = target.port;
    http.path = "/openapi/nas";
    // The signer adds AccessKeyId, SignatureMethod, SignatureVersion, SignatureNonce and
    // Timestamp after these, and Signature last. regionId travels twice, as in the API
    // page's example: signed in the query and again in the body.
    http.query = {{QStringLiteral("Action"), action()},
                  {QStringLiteral("Version"), apiVersion()},
                  {QStringLiteral("Format"), QStringLiteral("json")},
                  {kRegionId, region(request)}};
    http.setHeader("Content-Type", "application/json;charset=UTF-8");

    QJsonObject body;
    for (const FieldSpec& field : m_schema.fields()) {
        const QString value = request.value(field.name);
        if (field.location != FieldLocation::Body || value.isEmpty())
            continue;
        bool isNumber = false;
        const qint64 number = kIntegerFields.contains(field.name) ? value.toLongLong(&isNumber) : 0;
        body.insert(field.name, isNumber ? QJsonValue(number) : QJsonValue(value));
    }
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return http;
}

HttpRequest UniCloudProvider::sign(const HttpRequest& request, const Credential& credential, const QString&,
                                   const QDateTime& timeUtc, const QString& nonce) const
{
    // The scheme is region-free: the region is already in the signed query as regionId.
    return UniCloudSigner::signAt(request, credential, timeUtc, nonce).request;
}

ProviderReply UniCloudProvider::parseReply(int httpStatus, const QByteArray& body) const
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (body.trimmed().isEmpty())
        return unparseable(httpStatus, body, QStringLiteral("The answer has an empty body."));
    if (error.error != QJsonParseError::NoError)
        return unparseable(httpStatus, body,
                           QStringLiteral("The answer is not JSON (%1 at byte %2).")
                               .arg(error.errorString())
                               .arg(error.offset));
    if (!document.isObject())
        return unparseable(httpStatus, body, QStringLiteral("The answer is JSON but not an object."));

    const QJsonObject object = document.object();
    const QJsonValue status = object.value(QLatin1String("Status"));
    const QJsonValue code = object.value(QLatin1String("Code"));
    const QJsonValue requestId = object.value(QLatin1String("RequestId"));
    if (!status.isUndefined() && !status.isBool())
        return unparseable(httpStatus, body, QStringLiteral("\"Status\" is not a boolean."));
    if (!code.isUndefined() && !code.isString())
        return unparseable(httpStatus, body, QStringLiteral("\"Code\" is not a string."));
    if (!requestId.isUndefined() && !requestId.isString())
        return unparseable(httpStatus, body, QStringLiteral("\"RequestId\" is not a string."));

    const QString codeText = code.toString();
    const bool success = status.toBool(false) || codeText == QLatin1String("Success");
    const bool failure = (status.isBool() && !status.toBool()) ||
                         (!codeText.isEmpty() && codeText != QLatin1String("Success"));

    ProviderReply reply;
    reply.httpStatus = httpStatus;
    reply.rawBody = body;
    reply.requestId = requestId.toString();

    if (success && failure)
        return unparseable(
            httpStatus, body,
            QStringLiteral("The answer contradicts itself: \"Status\" and \"Code\" disagree."));

    if (failure) {
        if (codeText.isEmpty())
            return unparseable(httpStatus, body, QStringLiteral("The error answer carries no \"Code\"."));
        // Business errors say "Msg", the gateway says "Message".
        const QJsonValue message = object.contains(QLatin1String("Msg"))
                                       ? object.value(QLatin1String("Msg"))
                                       : object.value(QLatin1String("Message"));
        reply.kind = ProviderReply::Kind::Rejected;
        reply.errorCode = codeText;
        reply.errorMessage = message.isString() ? message.toString() : QString();
        return reply;
    }

    if (!success)
        return unparseable(
            httpStatus, body,
            QStringLiteral("The answer has neither \"Status\" nor \"Code\": not a UniCloud reply."));
    if (httpStatus < 200 || httpStatus > 299)
        return unparseable(httpStatus, body,
                           QStringLiteral("The answer reports success with HTTP status %1.").arg(httpStatus));

    const QJsonValue result = object.value(QLatin1String("Res"));
    if (!result.isObject())
        return unparseable(httpStatus, body, QStringLiteral("The success answer has no \"Res\" object."));
    const QJsonValue orderId = result.toObject().value(QLatin1String("OrderId"));
    if (!orderId.isString() || orderId.toString().isEmpty())
        return unparseable(httpStatus, body,
                           QStringLiteral("The success answer has no \"Res.OrderId\" string."));
    const QJsonValue ids = result.toObject().value(QLatin1String("Ids"));
    if (!ids.isUndefined() && !ids.isNull() && !ids.isArray())
        return unparseable(httpStatus, body, QStringLiteral("\"Res.Ids\" is not a list."));

    reply.kind = ProviderReply::Kind::Accepted;
    reply.orderId = orderId.toString();
    for (const QJsonValue& resource : ids.toArray()) {
        if (!resource.isString())
            return unparseable(httpStatus, body,
                               QStringLiteral("\"Res.Ids\" holds a value that is not a string."));
        reply.resourceIds.append(resource.toString());
    }
    return reply;
}

} // namespace OrderDesk
