#include "HuaweiCloudProvider.h"

#include "HuaweiProductColumns.h"
#include "signing/HuaweiSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace OrderDesk {

namespace {

// The period order's page documents no limit for the period. OrderDesk's own is 5 years (60
// months): a length a finance department signs off, where a typing slip of 50 years would
// otherwise go to the provider. Huawei Cloud's own refusal explains anything narrower.
constexpr qint64 kMaxPeriodYears = 5;
constexpr qint64 kMaxPeriodMonths = 60;
const QString kPeriodNum = QStringLiteral("period_num");
const QString kPeriodType = QStringLiteral("period_type");
const QString kPeriodTypeYear = QStringLiteral("3");

constexpr const char* kContext = "OrderDesk::HuaweiCloudProvider";

const QString kProjectId = QStringLiteral("project_id");
const QString kRegionId = QStringLiteral("region_id");
const QString kProductInfos = QStringLiteral("product_infos");

// The API's Integer body fields (sent as JSON numbers); product_infos is sent as the array
// itself; everything else is a JSON string.
const QStringList kIntegerFields{QStringLiteral("charging_mode"), QStringLiteral("is_auto_renew"),
                                 QStringLiteral("period_num"), QStringLiteral("period_type")};

FieldSpec bodyField(const char* name, FieldType type, bool required, const char* label, const char* help,
                    const char* example)
{
    FieldSpec field = FieldSpec::inBody(name, type, required, label, help, example);
    // Huawei's identifiers and codes are plain ASCII.
    field.asciiOnly = type == FieldType::Text;
    return field;
}

QList<FieldSpec> fields()
{
    FieldSpec projectId = bodyField(
        "project_id", FieldType::Text, true,
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Project ID"),
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                          "The Huawei Cloud project of the region, as listed under My Credentials > API "
                          "Credentials in the console."),
        "");
    projectId.location = FieldLocation::Path;
    projectId.identifiesResource = true;
    FieldSpec regionId = bodyField(
        "region_id", FieldType::Text, true, QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Region ID"),
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                          "The region of the project, such as cn-north-4 (Beijing 4); it also decides the "
                          "address the order is sent to."),
        "cn-north-4");
    FieldSpec zone = bodyField(
        "zone", FieldType::Text, true, QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Country area"),
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "The country area the order belongs to."), "CH");
    FieldSpec cloudServiceType = bodyField(
        "cloud_service_type", FieldType::Choice, true,
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Cloud service"),
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "The Huawei Cloud service being bought."),
        "hws.service.type.sdg");
    // The one service this period order sells (the DSC order page's example and its SDK model).
    cloudServiceType.choices = {
        {QStringLiteral("hws.service.type.sdg"),
         QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Data Security Center")},
    };
    FieldSpec chargingMode =
        bodyField("charging_mode", FieldType::Choice, true,
                  QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Billing mode"),
                  QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "How the order is charged."), "0");
    chargingMode.choices = {
        {QStringLiteral("0"),
         QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Yearly/monthly (prepaid)")},
        {QStringLiteral("1"), QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Pay-per-use")},
        {QStringLiteral("2"), QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "One-time payment")},
    };
    FieldSpec periodType = bodyField("period_type", FieldType::Choice, true,
                                     QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Period unit"),
                                     QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                                                       "Whether the period is counted in months "
                                                       "or years."),
                                     "2");
    periodType.choices = {
        {QStringLiteral("2"), QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Month")},
        {QStringLiteral("3"), QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Year")},
    };
    FieldSpec periodNum = bodyField(
        "period_num", FieldType::Integer, true, QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Period"),
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "How many months or years to buy."), "1");
    periodNum.hasRange = true;
    periodNum.minimum = 1;
    periodNum.maximum = kMaxPeriodMonths;
    FieldSpec autoRenew = bodyField(
        "is_auto_renew", FieldType::Choice, false,
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Auto-renewal"),
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                          "Whether Huawei Cloud renews the subscription automatically when it ends."),
        "0");
    autoRenew.choices = {
        {QStringLiteral("0"), QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "No auto-renewal")},
        {QStringLiteral("1"), QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Renew automatically")},
    };
    FieldSpec productInfos = bodyField(
        "product_infos", FieldType::JsonArray, true,
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Products"),
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                          "The products to buy, as a JSON list. Each entry needs cloud_service_type, "
                          "product_id, resource_size, resource_size_measure_id, resource_spec_code and "
                          "resource_type."),
        "[{\"cloud_service_type\":\"hws.service.type.sdg\",\"product_id\":\"xxxxxxxxxxxx\","
        "\"resource_size\":30,\"resource_size_measure_id\":30,\"resource_spec_code\":"
        "\"base_professional\",\"resource_type\":\"hws.resource.type.dsc.base\"}]");
    FieldSpec compositeProductId =
        bodyField("composite_product_id", FieldType::Text, false,
                  QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Bundle ID"),
                  QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                                    "The ID of a product bundle, when buying one. Optional."),
                  "");
    FieldSpec discountId = bodyField(
        "discount_id", FieldType::Text, false,
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Discount ID"),
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "The ID of a discount to apply. Optional."), "");
    FieldSpec promotionActivityId =
        bodyField("promotion_activity_id", FieldType::Text, false,
                  QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Promotion ID"),
                  QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                                    "The ID of a promotion to take part in. Optional."),
                  "");
    FieldSpec promotionInfo = bodyField(
        "promotion_info", FieldType::Text, false,
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Promotion details"),
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Details of the promotion. Optional."), "");
    // Free text: not restricted to ASCII.
    promotionInfo.asciiOnly = false;

    return {projectId,    regionId,  zone,         cloudServiceType,   chargingMode, periodType,
            periodNum,    autoRenew, productInfos, compositeProductId, discountId,   promotionActivityId,
            promotionInfo};
}

bool isRegionCharacter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

bool isProjectCharacter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

} // namespace

HuaweiCloudProvider::HuaweiCloudProvider()
    : m_schema(kContext, fields())
{}

QString HuaweiCloudProvider::id() const
{
    return QStringLiteral("huaweicloud");
}

LocalizedText HuaweiCloudProvider::displayName() const
{
    return LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider", "Huawei Cloud"));
}

LocalizedText HuaweiCloudProvider::resourceNoun() const
{
    return LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                                                     "Data Security Center subscription for project"));
}

QString HuaweiCloudProvider::action() const
{
    // The name the official SDKs give this API.
    return QStringLiteral("CreateProductOrder");
}

QString HuaweiCloudProvider::apiVersion() const
{
    // Huawei versions its APIs in the path only.
    return QStringLiteral("v1");
}

const FormSchema& HuaweiCloudProvider::schema() const
{
    return m_schema;
}

const ErrorCatalogue& HuaweiCloudProvider::errorCatalogue() const
{
    return m_errors;
}

UncertainOutcomeTexts HuaweiCloudProvider::uncertainOutcomeTexts() const
{
    // In OutcomeText's context, beside the general texts these stand in for.
    return {
        LocalizedText("OrderDesk::OutcomeText",
                      QT_TRANSLATE_NOOP(
                          "OrderDesk::OutcomeText",
                          "Huawei Cloud did not answer in time, or the connection broke after the order was "
                          "sent, so the order may or may not have been placed. Check My Orders in the Huawei "
                          "Cloud Billing Center before ordering again. OrderDesk did not send the order "
                          "again: "
                          "this API has no client token, so a second copy could create a second order.")),
        LocalizedText(
            "OrderDesk::OutcomeText",
            QT_TRANSLATE_NOOP(
                "OrderDesk::OutcomeText",
                "Huawei Cloud answered, but the answer could not be read or reported an internal "
                "error, so the order may or may not have been placed. Check My Orders in the Huawei "
                "Cloud Billing Center before ordering again. OrderDesk did not send the order "
                "again: "
                "this API has no client token, so a second copy could create a second order."))};
}

QString HuaweiCloudProvider::defaultRegion() const
{
    // CN North-Beijing4, the first region of Data Security Center's endpoint list.
    return QStringLiteral("cn-north-4");
}

Endpoint HuaweiCloudProvider::defaultEndpoint(const QString& region) const
{
    return Endpoint{QStringLiteral("https"),
                    QStringLiteral("sdg.") + (region.isEmpty() ? defaultRegion() : region) +
                        QStringLiteral(".myhuaweicloud.com"),
                    -1};
}

QString HuaweiCloudProvider::regionField() const
{
    return kRegionId;
}

IntegerRange HuaweiCloudProvider::narrowRange(const FieldSpec& field, const OrderRequest& request,
                                              IntegerRange schemaRange) const
{
    if (field.name == kPeriodNum && request.value(kPeriodType) == kPeriodTypeYear)
        schemaRange.maximum = std::min(schemaRange.maximum, kMaxPeriodYears);
    return schemaRange;
}

QList<ValidationIssue> HuaweiCloudProvider::validateCrossField(const OrderRequest& request) const
{
    QList<ValidationIssue> issues;
    bool isNumber = false;
    const qint64 period = request.value(kPeriodNum).toLongLong(&isNumber);
    if (request.value(kPeriodType) == kPeriodTypeYear && isNumber && period > kMaxPeriodYears &&
        period <= kMaxPeriodMonths) {
        issues.append(
            {kPeriodNum, LocalizedText(kContext,
                                       QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                                                         "When %1 is 3 (Year), %2 must be between 1 and "
                                                         "%3 (5 years at most)."),
                                       {kPeriodType, kPeriodNum, QString::number(kMaxPeriodYears)})});
    }
    const QString projectId = request.value(kProjectId);
    if (isPlainAscii(projectId) && !consistsOf(projectId, isProjectCharacter))
        issues.append({kProjectId, LocalizedText(kContext,
                                                 QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                                                                   "%1 may contain only letters and digits."),
                                                 {kProjectId})});

    // region_id becomes part of the host name the order is sent to.
    const QString regionId = request.value(kRegionId);
    if (isPlainAscii(regionId)) {
        if (!consistsOf(regionId, isRegionCharacter)) {
            issues.append(
                {kRegionId, LocalizedText(kContext,
                                          QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                                                            "%1 may contain only lower-case letters, "
                                                            "digits and hyphens, like cn-north-4."),
                                          {kRegionId})});
        } else if (!request.region.isEmpty() && request.region != regionId) {
            issues.append(
                {kRegionId, LocalizedText(kContext,
                                          QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudProvider",
                                                            "%1 is %2, but the order was set to region "
                                                            "%3. Choose one region."),
                                          {kRegionId, regionId, request.region})});
        }
    }

    // The base validation has already reported a value that is not a JSON array.
    const QJsonDocument products = QJsonDocument::fromJson(request.value(kProductInfos).toUtf8());
    if (products.isArray()) {
        const QJsonArray entries = products.array();
        for (qsizetype i = 0; i < entries.size(); ++i)
            issues.append(HuaweiProductColumns::validateEntry(entries.at(i), static_cast<int>(i + 1)));
    }
    return issues;
}

HttpRequest HuaweiCloudProvider::buildRequest(const OrderRequest& request, const Endpoint& endpoint) const
{
    HttpRequest http =
        requestTo(endpointOrDefault(request, endpoint), "POST",
                  "/v1/" + PercentEncoding::encode(request.value(kProjectId)) + "/period/order");
    http.setHeader("Content-Type", "application/json");

    QJsonObject body = bodyFields(request, kIntegerFields);
    // Validated already: the user's array is sent with its own JSON types, not as text.
    if (request.has(kProductInfos))
        body.insert(kProductInfos, QJsonDocument::fromJson(request.value(kProductInfos).toUtf8()).array());
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return http;
}

HttpRequest HuaweiCloudProvider::sign(const HttpRequest& request, const Credential& credential,
                                      const QString&, const QDateTime& timeUtc, const QString&) const
{
    // SDK-HMAC-SHA256 has neither a region scope nor a nonce.
    return HuaweiSigner::signAt(request, credential, timeUtc).request;
}

ProviderReply HuaweiCloudProvider::parseReplyObject(int httpStatus, const QByteArray& body,
                                                    const QJsonObject& object) const
{
    QJsonValue code = object.value(QLatin1String("error_code"));
    QJsonValue message = object.value(QLatin1String("error_msg"));
    // Some Huawei gateways nest the error: {"error": {"code": …, "message": …}}.
    if (code.isUndefined() && object.value(QLatin1String("error")).isObject()) {
        const QJsonObject nested = object.value(QLatin1String("error")).toObject();
        code = nested.value(QLatin1String("code"));
        message = nested.value(QLatin1String("message"));
    }
    const QJsonValue requestId = object.value(QLatin1String("request_id"));
    const QJsonValue orderId = object.value(QLatin1String("order_id"));

    if (!code.isUndefined() && !code.isString())
        return ProviderReply::unparseable(httpStatus, body,
                                          QStringLiteral("\"error_code\" is not a string."));
    if (!requestId.isUndefined() && !requestId.isString())
        return ProviderReply::unparseable(httpStatus, body,
                                          QStringLiteral("\"request_id\" is not a string."));

    ProviderReply reply = ProviderReply::received(httpStatus, body);
    reply.requestId = requestId.toString();

    if (!code.toString().isEmpty()) {
        if (!orderId.isUndefined())
            return ProviderReply::unparseable(
                httpStatus, body, QStringLiteral("The answer carries both an order_id and an error_code."));
        reply.kind = ProviderReply::Kind::Rejected;
        reply.errorCode = code.toString();
        reply.errorMessage = message.isString() ? message.toString() : QString();
        return reply;
    }

    if (!ProviderReply::isSuccessStatus(httpStatus))
        return ProviderReply::unparseable(
            httpStatus, body,
            QStringLiteral("The error answer (HTTP %1) carries no \"error_code\".").arg(httpStatus));
    if (orderId.isUndefined())
        return ProviderReply::unparseable(httpStatus, body,
                                          QStringLiteral("The success answer carries no \"order_id\"."));
    if (!orderId.isString() || orderId.toString().isEmpty())
        return ProviderReply::unparseable(httpStatus, body,
                                          QStringLiteral("\"order_id\" is not a non-empty string."));

    reply.kind = ProviderReply::Kind::Accepted;
    reply.orderId = orderId.toString();
    return reply;
}

std::optional<OrderTerm> HuaweiCloudProvider::term(const QMap<QString, QString>& params) const
{
    // Pay-per-use has no subscription length, whatever the period fields say.
    if (params.value(QStringLiteral("charging_mode")) == QLatin1String("1"))
        return std::nullopt;
    const std::optional<int> length = positiveWholeNumber(params.value(QStringLiteral("period_num")));
    const QString type = params.value(QStringLiteral("period_type"));
    if (!length)
        return std::nullopt;
    if (type == QLatin1String("2"))
        return OrderTerm{*length, OrderTerm::Unit::Month};
    if (type == QLatin1String("3"))
        return OrderTerm{*length, OrderTerm::Unit::Year};
    return std::nullopt;
}

PaymentState HuaweiCloudProvider::payment(const QMap<QString, QString>&) const
{
    // A period order may wait as "pending payment"; the answer does not say which.
    return PaymentState::CheckInConsole;
}

} // namespace OrderDesk
