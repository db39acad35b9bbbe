#include "UniCloudProvider.h"

#include "signing/UniCloudSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::UniCloudProvider";

const QString kRegionId = QStringLiteral("regionId");

// The API's Integer fields; everything else is a JSON string.
const QStringList kIntegerFields{QStringLiteral("dataEncryption"), QStringLiteral("rentCount")};
const QString kRentCount = QStringLiteral("rentCount");
const QString kRentUnit = QStringLiteral("rentUnit");
// UniCloud's NAS page documents no limit for the rental period. OrderDesk's own is 5 years
// (60 months, 1,825 days): a length a finance department signs off, where a typing slip of
// 2,000,000,000 would otherwise go to the provider. UniCloud's own refusal explains anything
// narrower.
constexpr qint64 kMaxRentYears = 5;
constexpr qint64 kMaxRentMonths = 60;
constexpr qint64 kMaxRentDays = 1825;

qint64 maxRentFor(const QString& unit)
{
    if (unit == QLatin1String("year"))
        return kMaxRentYears;
    if (unit == QLatin1String("month"))
        return kMaxRentMonths;
    return kMaxRentDays;
}

// Identifiers and codes: UniCloud's own values are plain ASCII.
FieldSpec codeField(const char* name, bool required, const char* label, const char* help, const char* example)
{
    FieldSpec field = FieldSpec::inBody(name, FieldType::Text, required, label, help, example);
    field.asciiOnly = true;
    return field;
}

// A code the API page documents only by its example: a choice of the documented values, the
// first (the example) chosen at first.
FieldSpec codeChoice(const char* name, const char* label, const char* help, QList<FieldChoice> choices)
{
    FieldSpec field = codeField(name, true, label, help, "");
    field.type = FieldType::Choice;
    field.example = choices.value(0).value;
    field.choices = std::move(choices);
    return field;
}

QList<FieldSpec> fields()
{
    FieldSpec regionId = codeField(
        "regionId", true, QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Region ID"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                          "The UniCloud region the file system is created in, as the console names it."),
        "cn-tianjin-yfb");
    FieldSpec regionName = FieldSpec::inBody(
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
    FieldSpec instanceName = FieldSpec::inBody(
        "instanceName", FieldType::Text, true,
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "File system name"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                          "The name the new file system is shown under; OrderDesk also uses it to warn about "
                          "ordering the same file system twice."),
        "instance");
    instanceName.identifiesResource = true;
    // UniCloud's NAS CreateOrder page (https://unicloud.com/document/show-741711171.html)
    // documents one value of each of these codes, in its example, and UniCloud's official SDK
    // (unicloud-uos/unicloud-sdk-go) has no NAS service that would list more. Each is a choice of
    // that value in plain words, so that nobody copies a code; a value documented later is one
    // more choice.
    FieldSpec componentCode =
        codeChoice("componentCode", QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Product"),
                   QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "The UniCloud product the order buys."),
                   {{QStringLiteral("nas.onestor"),
                     QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "NAS file storage")}});
    FieldSpec specificationCode =
        codeChoice("specificationCode",
                   QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Storage type and file protocol"),
                   QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                                     "The kind of storage, and the protocol computers reach the files with."),
                   {{QStringLiteral("nas.capacity.nfs"),
                     QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Capacity storage, NFS protocol")}});
    FieldSpec dataEncryption = FieldSpec::inBody(
        "dataEncryption", FieldType::Choice, true,
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Data encryption"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Whether the stored data is encrypted."), "0");
    dataEncryption.choices = {
        {QStringLiteral("0"), QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Not encrypted")},
        {QStringLiteral("1"), QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Encrypted")},
    };
    FieldSpec orderCategory = FieldSpec::inBody(
        "orderCategory", FieldType::Choice, true,
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Order type"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Only new purchases are placed here."), "NEW");
    orderCategory.choices = {
        {QStringLiteral("NEW"), QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "New purchase")},
    };
    // The page names payType "计费模式" (billing mode) without saying what DAY_MONTH_USAGE
    // means, so its label says no more than that.
    FieldSpec payType = codeChoice(
        "payType", QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Billing mode"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                          "How UniCloud bills the file system. UniCloud documents one billing mode for "
                          "NAS orders, without explaining it."),
        {{QStringLiteral("DAY_MONTH_USAGE"),
          QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                            "Billing mode DAY_MONTH_USAGE (as in UniCloud's example)")}});
    FieldSpec rentCount = FieldSpec::inBody(
        "rentCount", FieldType::Integer, true,
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Rental period"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                          "How many rental units to buy: 1 with the unit Month buys one month."),
        "1");
    rentCount.hasRange = true;
    rentCount.minimum = 1;
    rentCount.maximum = kMaxRentDays;
    FieldSpec rentUnit = FieldSpec::inBody(
        "rentUnit", FieldType::Choice, true, QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Rental unit"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "The unit of the rental period."), "month");
    // The values UniCloud's official SDK lists for its rental unit (day, month, year).
    rentUnit.choices = {
        {QStringLiteral("day"), QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Day")},
        {QStringLiteral("month"), QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Month")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Year")},
    };
    FieldSpec renewType = codeChoice(
        "renewType", QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Renewal"),
        QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "What happens when the rental period ends."),
        {{QStringLiteral("manualrenew"),
          QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "Renew manually")}});
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
bool isUnreservedCharacter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' ||
           c == u'_' || c == u'.';
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

LocalizedText UniCloudProvider::resourceNoun() const
{
    return LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider", "NAS file system"));
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

UncertainOutcomeTexts UniCloudProvider::uncertainOutcomeTexts() const
{
    // In OutcomeText's context, beside the general texts these stand in for.
    return {LocalizedText(
                "OrderDesk::OutcomeText",
                QT_TRANSLATE_NOOP(
                    "OrderDesk::OutcomeText",
                    "UniCloud did not answer in time, or the connection broke after the order was sent, "
                    "so the order may or may not have been placed. Check the order list in the UniCloud "
                    "console before ordering again. OrderDesk did not send the order again: UniCloud's "
                    "API has no client token, so a second copy could create a second order.")),
            LocalizedText(
                "OrderDesk::OutcomeText",
                QT_TRANSLATE_NOOP(
                    "OrderDesk::OutcomeText",
                    "UniCloud answered, but the answer could not be read or reported an internal error, "
                    "so the order may or may not have been placed. Check the order list in the UniCloud "
                    "console before ordering again. OrderDesk did not send the order again: UniCloud's "
                    "API has no client token, so a second copy could create a second order."))};
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

QString UniCloudProvider::regionField() const
{
    return kRegionId;
}

IntegerRange UniCloudProvider::narrowRange(const FieldSpec& field, const OrderRequest& request,
                                           IntegerRange schemaRange) const
{
    if (field.name == kRentCount)
        schemaRange.maximum = std::min(schemaRange.maximum, maxRentFor(request.value(kRentUnit)));
    return schemaRange;
}

QList<ValidationIssue> UniCloudProvider::validateCrossField(const OrderRequest& request) const
{
    QList<ValidationIssue> issues;
    // The schema bounds the count in days; months and years allow fewer. Counts the schema
    // already refuses are left to it, so that nothing is reported twice.
    bool isNumber = false;
    const qint64 count = request.value(kRentCount).toLongLong(&isNumber);
    const qint64 maximum = maxRentFor(request.value(kRentUnit));
    if (isNumber && count <= kMaxRentDays && count > maximum) {
        issues.append(
            {kRentCount,
             LocalizedText(kContext,
                           QT_TRANSLATE_NOOP("OrderDesk::UniCloudProvider",
                                             "When %1 is %2, %3 must be between 1 and %4 "
                                             "(5 years at most)."),
                           {kRentUnit, request.value(kRentUnit), kRentCount, QString::number(maximum)})});
    }
    const QString regionId = request.value(kRegionId);
    if (isPlainAscii(regionId)) {
        if (!consistsOf(regionId, isUnreservedCharacter)) {
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
    HttpRequest http = requestTo(endpointOrDefault(request, endpoint), "POST", "/openapi/nas");
    // The signer adds AccessKeyId, SignatureMethod, SignatureVersion, SignatureNonce and
    // Timestamp after these, and Signature last. regionId travels twice, as in the API
    // page's example: signed in the query and again in the body.
    http.query = actionQuery();
    http.query.append({QStringLiteral("Format"), QStringLiteral("json")});
    http.query.append({kRegionId, region(request)});
    http.setHeader("Content-Type", "application/json;charset=UTF-8");
    http.body = QJsonDocument(bodyFields(request, kIntegerFields)).toJson(QJsonDocument::Compact);
    return http;
}

HttpRequest UniCloudProvider::sign(const HttpRequest& request, const Credential& credential, const QString&,
                                   const QDateTime& timeUtc, const QString& nonce) const
{
    // The scheme is region-free: the region is already in the signed query as regionId.
    return UniCloudSigner::signAt(request, credential, timeUtc, nonce).request;
}

ProviderReply UniCloudProvider::parseReplyObject(int httpStatus, const QByteArray& body,
                                                 const QJsonObject& object) const
{
    const QJsonValue status = object.value(QLatin1String("Status"));
    const QJsonValue code = object.value(QLatin1String("Code"));
    const QJsonValue requestId = object.value(QLatin1String("RequestId"));
    if (!status.isUndefined() && !status.isBool())
        return ProviderReply::unparseable(httpStatus, body, QStringLiteral("\"Status\" is not a boolean."));
    if (!code.isUndefined() && !code.isString())
        return ProviderReply::unparseable(httpStatus, body, QStringLiteral("\"Code\" is not a string."));
    if (!requestId.isUndefined() && !requestId.isString())
        return ProviderReply::unparseable(httpStatus, body, QStringLiteral("\"RequestId\" is not a string."));

    const QString codeText = code.toString();
    const bool success = status.toBool(false) || codeText == QLatin1String("Success");
    const bool failure = (status.isBool() && !status.toBool()) ||
                         (!codeText.isEmpty() && codeText != QLatin1String("Success"));

    ProviderReply reply = ProviderReply::received(httpStatus, body);
    reply.requestId = requestId.toString();

    if (success && failure)
        return ProviderReply::unparseable(
            httpStatus, body,
            QStringLiteral("The answer contradicts itself: \"Status\" and \"Code\" disagree."));

    if (failure) {
        if (codeText.isEmpty())
            return ProviderReply::unparseable(httpStatus, body,
                                              QStringLiteral("The error answer carries no \"Code\"."));
        // Business errors say "Msg", the gateway says "Message".
        const QString messageField =
            object.contains(QLatin1String("Msg")) ? QStringLiteral("Msg") : QStringLiteral("Message");
        reply.kind = ProviderReply::Kind::Rejected;
        reply.errorCode = codeText;
        reply.errorMessage = stringMember(object, messageField);
        return reply;
    }

    if (!success)
        return ProviderReply::unparseable(
            httpStatus, body,
            QStringLiteral("The answer has neither \"Status\" nor \"Code\": not a UniCloud reply."));
    if (!ProviderReply::isSuccessStatus(httpStatus))
        return ProviderReply::unparseable(
            httpStatus, body,
            QStringLiteral("The answer reports success with HTTP status %1.").arg(httpStatus));

    const QJsonValue result = object.value(QLatin1String("Res"));
    if (!result.isObject())
        return ProviderReply::unparseable(httpStatus, body,
                                          QStringLiteral("The success answer has no \"Res\" object."));
    const QJsonValue orderId = result.toObject().value(QLatin1String("OrderId"));
    if (!orderId.isString() || orderId.toString().isEmpty())
        return ProviderReply::unparseable(
            httpStatus, body, QStringLiteral("The success answer has no \"Res.OrderId\" string."));
    const QJsonValue ids = result.toObject().value(QLatin1String("Ids"));
    if (!ids.isUndefined() && !ids.isNull() && !ids.isArray())
        return ProviderReply::unparseable(httpStatus, body, QStringLiteral("\"Res.Ids\" is not a list."));

    reply.kind = ProviderReply::Kind::Accepted;
    reply.orderId = orderId.toString();
    for (const QJsonValue& resource : ids.toArray()) {
        if (!resource.isString())
            return ProviderReply::unparseable(
                httpStatus, body, QStringLiteral("\"Res.Ids\" holds a value that is not a string."));
        reply.resourceIds.append(resource.toString());
    }
    return reply;
}

std::optional<OrderTerm> UniCloudProvider::term(const QMap<QString, QString>& params) const
{
    const std::optional<int> length = positiveWholeNumber(params.value(QStringLiteral("rentCount")));
    const QString unit = params.value(QStringLiteral("rentUnit"));
    if (!length)
        return std::nullopt;
    if (unit == QLatin1String("day"))
        return OrderTerm{*length, OrderTerm::Unit::Day};
    if (unit == QLatin1String("month"))
        return OrderTerm{*length, OrderTerm::Unit::Month};
    if (unit == QLatin1String("year"))
        return OrderTerm{*length, OrderTerm::Unit::Year};
    return std::nullopt;
}

PaymentState UniCloudProvider::payment(const QMap<QString, QString>&) const
{
    // CreateOrder's answer does not say whether the order was paid.
    return PaymentState::CheckInConsole;
}

} // namespace OrderDesk
