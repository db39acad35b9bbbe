#include "VolcengineProvider.h"

#include "signing/VolcengineSigner.h"

#include <QJsonObject>

#include <algorithm>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::VolcengineProvider";

const QString kConnectionId = QStringLiteral("DirectConnectConnectionId");
const QString kPeriodUnit = QStringLiteral("PeriodUnit");
const QString kPeriod = QStringLiteral("Period");
const QString kClientToken = QStringLiteral("ClientToken");

// The seed page lost the value lists of PeriodUnit and Period; the same API's page in
// BytePlus's documentation (docs.byteplus.com/en/docs/directconnect/CreateDirectConnectConnectionOrder)
// gives them: Month (default) or Year; 1-11 months or 1-3 years; Period defaults to 1.
constexpr qint64 kMaxMonths = 11;
constexpr qint64 kMaxYears = 3;

QList<FieldSpec> fields()
{
    FieldSpec connection;
    connection.name = kConnectionId;
    connection.required = true;
    connection.identifiesResource = true;
    // Volcengine's resource IDs are ASCII; anything else is a paste or typing slip.
    connection.asciiOnly = true;
    connection.label = QT_TRANSLATE_NOOP("OrderDesk::VolcengineProvider", "Physical connection ID");
    connection.help = QT_TRANSLATE_NOOP("OrderDesk::VolcengineProvider",
                                        "The ID of the physical connection that is waiting for payment, as "
                                        "shown in the Volcengine console (it starts with dcc-).");
    connection.example = QStringLiteral("dcc-8njk2nl32bd232b****");
    connection.prefix = QStringLiteral("dcc-");

    FieldSpec unit;
    unit.name = kPeriodUnit;
    unit.type = FieldType::Choice;
    unit.label = QT_TRANSLATE_NOOP("OrderDesk::VolcengineProvider", "Period unit");
    unit.help = QT_TRANSLATE_NOOP("OrderDesk::VolcengineProvider",
                                  "Whether the subscription length counts months or years. Volcengine "
                                  "assumes months when this is empty.");
    unit.choices = {{QStringLiteral("Month"), QT_TRANSLATE_NOOP("OrderDesk::VolcengineProvider", "Month")},
                    {QStringLiteral("Year"), QT_TRANSLATE_NOOP("OrderDesk::VolcengineProvider", "Year")}};
    unit.defaultValue = QStringLiteral("Month");
    unit.example = QStringLiteral("Month");

    FieldSpec period;
    period.name = kPeriod;
    period.type = FieldType::Integer;
    period.label = QT_TRANSLATE_NOOP("OrderDesk::VolcengineProvider", "Subscription length");
    period.help = QT_TRANSLATE_NOOP("OrderDesk::VolcengineProvider",
                                    "How many months (1 to 11) or years (1 to 3) to pay for. Volcengine "
                                    "assumes 1 when this is empty.");
    period.hasRange = true;
    period.minimum = 1;
    period.maximum = kMaxMonths;
    period.defaultValue = QStringLiteral("1");
    period.example = QStringLiteral("1");

    FieldSpec token;
    token.name = kClientToken;
    token.label = QT_TRANSLATE_NOOP("OrderDesk::VolcengineProvider", "Client token");
    token.help = QT_TRANSLATE_NOOP("OrderDesk::VolcengineProvider",
                                   "A unique text that lets OrderDesk resend this order safely without "
                                   "ordering twice. Filled in automatically; at most 64 ASCII characters.");
    token.maxLength = 64;
    token.asciiOnly = true;
    token.generated = true;
    token.example = QStringLiteral("123e4567-e89b-12d3-a456-BHLJK9832544****");

    return {connection, unit, period, token};
}

} // namespace

VolcengineProvider::VolcengineProvider()
    : m_schema(kContext, fields())
{}

QString VolcengineProvider::id() const
{
    return QStringLiteral("volcengine");
}

LocalizedText VolcengineProvider::displayName() const
{
    return LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::VolcengineProvider", "Volcengine"));
}

LocalizedText VolcengineProvider::resourceNoun() const
{
    return LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::VolcengineProvider", "direct connect line"));
}

QString VolcengineProvider::action() const
{
    return QStringLiteral("CreateDirectConnectConnectionOrder");
}

QString VolcengineProvider::apiVersion() const
{
    return QStringLiteral("2020-04-01");
}

const FormSchema& VolcengineProvider::schema() const
{
    return m_schema;
}

const ErrorCatalogue& VolcengineProvider::errorCatalogue() const
{
    return m_errors;
}

UncertainOutcomeTexts VolcengineProvider::uncertainOutcomeTexts() const
{
    // In OutcomeText's context, beside the general texts these stand in for.
    return {
        LocalizedText("OrderDesk::OutcomeText",
                      QT_TRANSLATE_NOOP(
                          "OrderDesk::OutcomeText",
                          "Volcengine did not answer in time, or the connection broke after the order was "
                          "sent, so the order may or may not have been placed. Check the orders in the "
                          "Volcengine billing centre before ordering again. If you send it again with the "
                          "same "
                          "client token, Volcengine will not create a second order.")),
        LocalizedText("OrderDesk::OutcomeText",
                      QT_TRANSLATE_NOOP(
                          "OrderDesk::OutcomeText",
                          "Volcengine answered, but the answer could not be read or reported an internal "
                          "error, so the order may or may not have been placed. Check the orders in the "
                          "Volcengine billing centre before ordering again. If you send it again with the "
                          "same "
                          "client token, Volcengine will not create a second order."))};
}

QString VolcengineProvider::idempotencyField() const
{
    return kClientToken;
}

AccessKeyIdHint VolcengineProvider::accessKeyIdHint() const
{
    // In the profile messages' context, beside the other advice about a profile's AccessKey.
    return {QStringLiteral("AKLT"),
            LocalizedText(
                "OrderDesk::CredentialStore",
                QT_TRANSLATE_NOOP("OrderDesk::CredentialStore",
                                  "Volcengine AccessKey IDs normally start with AKLT. Check that this is a "
                                  "Volcengine AccessKey and not one of another provider."))};
}

QString VolcengineProvider::defaultRegion() const
{
    return QStringLiteral("cn-beijing");
}

Endpoint VolcengineProvider::defaultEndpoint(const QString&) const
{
    // One public endpoint serves every region: the region is part of what is signed.
    Endpoint endpoint;
    endpoint.host = QStringLiteral("open.volcengineapi.com");
    return endpoint;
}

QList<ValidationIssue> VolcengineProvider::validateCrossField(const OrderRequest& request) const
{
    QList<ValidationIssue> issues;
    // The region goes into the credential scope; anything but a plain region ID there is a
    // typing mistake that would only surface as a signature error.
    if (!request.region.isEmpty() && !isRegionId(request.region)) {
        issues.append({QString(), LocalizedText(kContext,
                                                QT_TRANSLATE_NOOP("OrderDesk::VolcengineProvider",
                                                                  "\"%1\" is not a region ID. Use lower-case "
                                                                  "letters, digits and hyphens, e.g. %2."),
                                                {shortenedForMessage(request.region), defaultRegion()})});
    }

    // The schema allows up to 11 (months); years allow fewer.
    if (exceedsYearLimit(request, kPeriodUnit, kPeriod, kMaxYears, kMaxMonths)) {
        issues.append({kPeriod, LocalizedText(kContext,
                                              QT_TRANSLATE_NOOP("OrderDesk::VolcengineProvider",
                                                                "When %1 is Year, %2 must be between 1 "
                                                                "and %3."),
                                              {kPeriodUnit, kPeriod, QString::number(kMaxYears)})});
    }
    return issues;
}

IntegerRange VolcengineProvider::narrowRange(const FieldSpec& field, const OrderRequest& request,
                                             IntegerRange schemaRange) const
{
    // The same bound validateCrossField enforces through exceedsYearLimit.
    if (field.name == kPeriod && request.value(kPeriodUnit) == QLatin1String("Year"))
        schemaRange.maximum = std::min(schemaRange.maximum, kMaxYears);
    return schemaRange;
}

HttpRequest VolcengineProvider::buildRequest(const OrderRequest& request, const Endpoint& endpoint) const
{
    HttpRequest http = requestTo(endpoint, QByteArrayLiteral("GET"), QByteArrayLiteral("/"));
    // The seed's example order: Action, Version, then the order's own parameters.
    http.query = actionQuery();
    for (const QString& name : {kConnectionId, kPeriod, kPeriodUnit, kClientToken}) {
        if (request.has(name))
            http.query.append({name, request.value(name)});
    }
    return http;
}

HttpRequest VolcengineProvider::sign(const HttpRequest& request, const Credential& credential,
                                     const QString& region, const QDateTime& timeUtc, const QString&) const
{
    return VolcengineSigner::signAt(request, credential, region, QString::fromLatin1(kService), timeUtc)
        .request;
}

ProviderReply VolcengineProvider::parseReplyObject(int httpStatus, const QByteArray& body,
                                                   const QJsonObject& root) const
{
    ProviderReply reply = ProviderReply::received(httpStatus, body);
    const QJsonValue metadataValue = root.value(QLatin1String("ResponseMetadata"));
    if (!metadataValue.isObject())
        return ProviderReply::unparseable(reply, QStringLiteral("The JSON has no ResponseMetadata object."));
    const QJsonObject metadata = metadataValue.toObject();
    const QJsonObject result = root.value(QLatin1String("Result")).toObject();
    reply.requestId = stringMember(metadata, QStringLiteral("RequestId"));
    if (reply.requestId.isEmpty())
        reply.requestId = stringMember(result, QStringLiteral("RequestId"));

    // An order number in a successful answer wins over everything else: telling the user
    // an order failed when it was placed would invite a second one.
    const QJsonValue orderNumber = result.value(QLatin1String("OrderNumber"));
    const bool success = ProviderReply::isSuccessStatus(httpStatus);
    if (success && orderNumber.isString() && !orderNumber.toString().isEmpty()) {
        reply.kind = ProviderReply::Kind::Accepted;
        reply.orderId = orderNumber.toString();
        return reply;
    }

    const QJsonValue errorValue = metadata.value(QLatin1String("Error"));
    if (!errorValue.isUndefined() && !errorValue.isNull()) {
        if (!errorValue.isObject())
            return ProviderReply::unparseable(reply,
                                              QStringLiteral("ResponseMetadata.Error is not an object."));
        const QJsonObject errorObject = errorValue.toObject();
        const QString code = stringMember(errorObject, QStringLiteral("Code"));
        if (code.isEmpty())
            return ProviderReply::unparseable(reply,
                                              QStringLiteral("ResponseMetadata.Error has no Code text."));
        reply.kind = ProviderReply::Kind::Rejected;
        reply.errorCode = code;
        reply.errorMessage = stringMember(errorObject, QStringLiteral("Message"));
        return reply;
    }

    if (!success)
        return ProviderReply::unparseable(reply, QStringLiteral("HTTP ") + QString::number(httpStatus) +
                                                     QStringLiteral(" came without ResponseMetadata.Error."));
    if (!root.value(QLatin1String("Result")).isObject())
        return ProviderReply::unparseable(reply, QStringLiteral("The JSON has no Result object."));
    return ProviderReply::unparseable(
        reply, QStringLiteral("Result.OrderNumber is missing or not a non-empty text."));
}

std::optional<OrderTerm> VolcengineProvider::term(const QMap<QString, QString>& params) const
{
    // Volcengine reads an empty Period as 1 and an empty PeriodUnit as Month.
    const QString period = params.value(kPeriod);
    const std::optional<int> length = period.isEmpty() ? 1 : positiveWholeNumber(period);
    const QString unit = params.value(kPeriodUnit);
    if (!length)
        return std::nullopt;
    if (unit.isEmpty() || unit == QLatin1String("Month"))
        return OrderTerm{*length, OrderTerm::Unit::Month};
    if (unit == QLatin1String("Year"))
        return OrderTerm{*length, OrderTerm::Unit::Year};
    return std::nullopt;
}

PaymentState VolcengineProvider::payment(const QMap<QString, QString>&) const
{
    // The order API creates the order and pays it from the account in one step.
    return PaymentState::PaidAtOnce;
}

} // namespace OrderDesk
