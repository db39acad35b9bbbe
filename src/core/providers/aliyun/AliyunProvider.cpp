#include "AliyunProvider.h"

#include "signing/AliyunRpcSigner.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::AliyunProvider";

const QString kRegionId = QStringLiteral("RegionId");
const QString kCircuitId = QStringLiteral("PhysicalConnectionId");
const QString kPeriod = QStringLiteral("Period");
const QString kChargeType = QStringLiteral("InstanceChargeType");
const QString kAutoPay = QStringLiteral("AutoPay");
const QString kPricingCycle = QStringLiteral("PricingCycle");
const QString kClientToken = QStringLiteral("ClientToken");

// The seed page: Period 1-9 when PricingCycle is Month, 1-5 when it is Year.
constexpr qint64 kMaxMonths = 9;
constexpr qint64 kMaxYears = 5;

QList<FieldSpec> fields()
{
    FieldSpec region;
    region.name = kRegionId;
    region.required = true;
    region.label = QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider", "Region ID");
    region.help = QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider",
                                    "The region of the Express Connect circuit, for example cn-hangzhou. It "
                                    "also decides where the order is sent.");
    region.example = QStringLiteral("cn-hangzhou");

    FieldSpec circuit;
    circuit.name = kCircuitId;
    circuit.required = true;
    circuit.identifiesResource = true;
    // Circuit IDs are ASCII; anything else is a paste or typing slip.
    circuit.asciiOnly = true;
    circuit.label = QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider", "Express Connect circuit ID");
    circuit.help = QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider",
                                     "The ID of the circuit that is waiting for payment, as shown in the "
                                     "Alibaba Cloud console (it starts with pc-).");
    circuit.example = QStringLiteral("pc-bp1hp0wr072f6****");
    circuit.prefix = QStringLiteral("pc-");

    FieldSpec period;
    period.name = kPeriod;
    period.type = FieldType::Integer;
    period.label = QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider", "Subscription length");
    period.help = QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider",
                                    "How many months (1 to 9) or years (1 to 5) to pay for.");
    period.hasRange = true;
    period.minimum = 1;
    period.maximum = kMaxMonths;
    period.example = QStringLiteral("1");

    FieldSpec chargeType;
    chargeType.name = kChargeType;
    chargeType.type = FieldType::Choice;
    chargeType.label = QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider", "Billing method");
    chargeType.help = QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider",
                                        "Only subscription is possible. The Alibaba Cloud account must allow "
                                        "payment from its balance or by credit.");
    chargeType.choices = {{QStringLiteral("PrePaid"),
                           QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider", "Subscription (prepaid)")}};
    chargeType.defaultValue = QStringLiteral("PrePaid");
    chargeType.example = QStringLiteral("PrePaid");

    FieldSpec autoPay;
    autoPay.name = kAutoPay;
    autoPay.type = FieldType::Boolean;
    autoPay.label = QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider", "Pay automatically");
    autoPay.help = QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider",
                                     "true: pay from the account balance at once; if the balance is too low "
                                     "the order is cancelled. false: only create the order, to be paid in "
                                     "the console.");
    autoPay.choices = {
        {QStringLiteral("true"), QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider", "Yes, pay from the balance")},
        {QStringLiteral("false"),
         QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider", "No, only create the order")}};
    autoPay.defaultValue = QStringLiteral("false");
    autoPay.example = QStringLiteral("false");

    FieldSpec cycle;
    cycle.name = kPricingCycle;
    cycle.type = FieldType::Choice;
    cycle.label = QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider", "Billing cycle");
    cycle.help = QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider",
                                   "Whether the subscription length counts months or years.");
    cycle.choices = {{QStringLiteral("Month"), QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider", "Month")},
                     {QStringLiteral("Year"), QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider", "Year")}};
    cycle.defaultValue = QStringLiteral("Month");
    cycle.example = QStringLiteral("Month");

    FieldSpec token;
    token.name = kClientToken;
    token.label = QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider", "Client token");
    token.help = QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider",
                                   "A unique text that lets OrderDesk resend this order safely without "
                                   "ordering twice. Filled in automatically; at most 64 ASCII characters, "
                                   "upper and lower case differ.");
    token.maxLength = 64;
    token.asciiOnly = true;
    token.generated = true;
    token.example = QStringLiteral("CBCE910E-D396-4944");

    return {region, circuit, period, chargeType, autoPay, cycle, token};
}

// OrderId is a string on the seed page; older editions of the page show it as a JSON
// number. Either is an order id; anything else is not.
QString orderIdText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        constexpr double exactLimit = 9007199254740992.0; // 2^53: larger doubles lose digits
        if (number >= 1 && number < exactLimit && std::floor(number) == number)
            return QString::number(static_cast<qint64>(number));
    }
    return {};
}

} // namespace

AliyunProvider::AliyunProvider()
    : m_schema(kContext, fields())
{}

QString AliyunProvider::id() const
{
    return QStringLiteral("aliyun");
}

LocalizedText AliyunProvider::displayName() const
{
    return LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider", "Alibaba Cloud"));
}

LocalizedText AliyunProvider::resourceNoun() const
{
    return LocalizedText(kContext, QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider", "Express Connect circuit"));
}

QString AliyunProvider::action() const
{
    return QStringLiteral("CreatePhysicalConnectionOccupancyOrder");
}

QString AliyunProvider::apiVersion() const
{
    return QStringLiteral("2016-04-28");
}

const FormSchema& AliyunProvider::schema() const
{
    return m_schema;
}

const ErrorCatalogue& AliyunProvider::errorCatalogue() const
{
    return m_errors;
}

UncertainOutcomeTexts AliyunProvider::uncertainOutcomeTexts() const
{
    // In OutcomeText's context, beside the general texts these stand in for.
    return {LocalizedText(
                "OrderDesk::OutcomeText",
                QT_TRANSLATE_NOOP(
                    "OrderDesk::OutcomeText",
                    "Alibaba Cloud did not answer in time, or the connection broke after the order was "
                    "sent, so the order may or may not have been placed. Check the orders under "
                    "Expenses "
                    "and Costs in the Alibaba Cloud console before ordering again. If you send it again "
                    "with the same client token, Alibaba Cloud will not create a second order.")),
            LocalizedText(
                "OrderDesk::OutcomeText",
                QT_TRANSLATE_NOOP(
                    "OrderDesk::OutcomeText",
                    "Alibaba Cloud answered, but the answer could not be read or reported an internal "
                    "error, so the order may or may not have been placed. Check the orders under "
                    "Expenses "
                    "and Costs in the Alibaba Cloud console before ordering again. If you send it again "
                    "with the same client token, Alibaba Cloud will not create a second order."))};
}

QString AliyunProvider::idempotencyField() const
{
    return kClientToken;
}

AccessKeyIdHint AliyunProvider::accessKeyIdHint() const
{
    // In the profile messages' context, beside the other advice about a profile's AccessKey.
    return {QStringLiteral("LTAI"),
            LocalizedText("OrderDesk::CredentialStore",
                          QT_TRANSLATE_NOOP(
                              "OrderDesk::CredentialStore",
                              "Alibaba Cloud AccessKey IDs normally start with LTAI. Check that this is an "
                              "Alibaba Cloud AccessKey and not one of another provider."))};
}

QString AliyunProvider::defaultRegion() const
{
    return QStringLiteral("cn-hangzhou");
}

Endpoint AliyunProvider::defaultEndpoint(const QString& region) const
{
    // Alibaba Cloud's VPC endpoint list names vpc.<region>.aliyuncs.com for every region;
    // the older central vpc.aliyuncs.com serves only some of them.
    const QString name = region.isEmpty() ? defaultRegion() : region;
    Endpoint endpoint;
    // The region becomes part of the host name, so only plain region IDs are accepted.
    if (isRegionId(name))
        endpoint.host = QStringLiteral("vpc.") + name + QStringLiteral(".aliyuncs.com");
    return endpoint;
}

QString AliyunProvider::regionField() const
{
    return kRegionId;
}

QList<ValidationIssue> AliyunProvider::validateCrossField(const OrderRequest& request) const
{
    QList<ValidationIssue> issues;
    const auto notARegion = [this](const QString& field, const QString& text) {
        return ValidationIssue{field, LocalizedText(kContext,
                                                    QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider",
                                                                      "\"%1\" is not a region ID. Use "
                                                                      "lower-case letters, digits and "
                                                                      "hyphens, e.g. %2."),
                                                    {shortenedForMessage(text), defaultRegion()})};
    };

    const QString regionId = request.value(kRegionId);
    const bool regionIdValid = isRegionId(regionId);
    // Blank, padded or invisible characters are already reported by the schema's rules.
    const QList<uint> codePoints = regionId.toUcs4();
    const bool printable = std::all_of(codePoints.cbegin(), codePoints.cend(),
                                       [](uint c) { return QChar::isPrint(static_cast<char32_t>(c)); });
    // So are over-long values: one message per mistake, not a quote of the whole paste.
    if (!regionId.trimmed().isEmpty() && regionId == regionId.trimmed() && printable &&
        regionId.size() <= FieldSpec::kTextLengthLimit && !regionIdValid)
        issues.append(notARegion(kRegionId, regionId));
    if (!request.region.isEmpty()) {
        if (!isRegionId(request.region)) {
            issues.append(notARegion(QString(), request.region));
        } else if (regionIdValid && request.region != regionId) {
            // The region signs nothing here, but a different one would send the order to
            // another region's endpoint than the circuit's.
            issues.append({kRegionId, LocalizedText(kContext,
                                                    QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider",
                                                                      "%1 is %2 but the order is to be sent "
                                                                      "to region %3. Use the same region for "
                                                                      "both."),
                                                    {kRegionId, regionId, request.region})});
        }
    }

    // The schema allows up to 9 (months); years allow fewer.
    if (exceedsYearLimit(request, kPricingCycle, kPeriod, kMaxYears, kMaxMonths)) {
        issues.append({kPeriod, LocalizedText(kContext,
                                              QT_TRANSLATE_NOOP("OrderDesk::AliyunProvider",
                                                                "When %1 is Year, %2 must be between 1 "
                                                                "and %3."),
                                              {kPricingCycle, kPeriod, QString::number(kMaxYears)})});
    }
    return issues;
}

IntegerRange AliyunProvider::narrowRange(const FieldSpec& field, const OrderRequest& request,
                                         IntegerRange schemaRange) const
{
    // The same bound validateCrossField enforces through exceedsYearLimit.
    if (field.name == kPeriod && request.value(kPricingCycle) == QLatin1String("Year"))
        schemaRange.maximum = std::min(schemaRange.maximum, kMaxYears);
    return schemaRange;
}

HttpRequest AliyunProvider::buildRequest(const OrderRequest& request, const Endpoint& endpoint) const
{
    HttpRequest http = requestTo(endpoint, QByteArrayLiteral("GET"), QByteArrayLiteral("/"));
    // Action and Version first, then the parameters in the order of the API page. The
    // signer adds the common parameters and appends Signature.
    http.query = actionQuery();
    for (const FieldSpec& field : m_schema.fields()) {
        QString value = request.value(field.name);
        // Earlier editions of the API page gave other defaults (AutoPay true, PostPaid), so
        // the payment choices are always sent rather than left to the provider.
        if (value.isEmpty() &&
            (field.name == kChargeType || field.name == kAutoPay || field.name == kPricingCycle))
            value = field.defaultValue;
        if (!value.isEmpty())
            http.query.append({field.name, value});
    }
    return http;
}

HttpRequest AliyunProvider::sign(const HttpRequest& request, const Credential& credential, const QString&,
                                 const QDateTime& timeUtc, const QString& nonce) const
{
    return AliyunRpcSigner::signAt(request, credential, timeUtc, nonce).request;
}

ProviderReply AliyunProvider::parseReplyObject(int httpStatus, const QByteArray& body,
                                               const QJsonObject& root) const
{
    ProviderReply reply = ProviderReply::received(httpStatus, body);
    reply.requestId = stringMember(root, QStringLiteral("RequestId"));

    // An order id in a successful answer wins over everything else: telling the user an
    // order failed when it was placed would invite a second one.
    const bool success = ProviderReply::isSuccessStatus(httpStatus);
    const QJsonValue data = root.value(QLatin1String("Data"));
    const QString orderId = orderIdText(data.toObject().value(QLatin1String("OrderId")));
    if (success && data.isObject() && !orderId.isEmpty()) {
        reply.kind = ProviderReply::Kind::Accepted;
        reply.orderId = orderId;
        return reply;
    }

    const QJsonValue code = root.value(QLatin1String("Code"));
    if (!code.isUndefined() && !code.isNull()) {
        if (!code.isString() || code.toString().isEmpty())
            return ProviderReply::unparseable(reply, QStringLiteral("Code is not a non-empty text."));
        reply.kind = ProviderReply::Kind::Rejected;
        reply.errorCode = code.toString();
        reply.errorMessage = stringMember(root, QStringLiteral("Message"));
        reply.recommendUrl = stringMember(root, QStringLiteral("Recommend"));
        return reply;
    }

    if (!success)
        return ProviderReply::unparseable(reply, QStringLiteral("HTTP ") + QString::number(httpStatus) +
                                                     QStringLiteral(" came without an error Code."));
    if (!data.isObject())
        return ProviderReply::unparseable(reply, QStringLiteral("The JSON has no Data object."));
    return ProviderReply::unparseable(
        reply, QStringLiteral("Data.OrderId is missing or not a text or whole number."));
}

std::optional<OrderTerm> AliyunProvider::term(const QMap<QString, QString>& params) const
{
    const std::optional<int> length = positiveWholeNumber(params.value(kPeriod));
    const QString cycle = params.value(kPricingCycle);
    if (!length)
        return std::nullopt;
    // PricingCycle defaults to Month on the API page.
    if (cycle.isEmpty() || cycle == QLatin1String("Month"))
        return OrderTerm{*length, OrderTerm::Unit::Month};
    if (cycle == QLatin1String("Year"))
        return OrderTerm{*length, OrderTerm::Unit::Year};
    return std::nullopt;
}

PaymentState AliyunProvider::payment(const QMap<QString, QString>& params) const
{
    // AutoPay is false unless given: the order is created unpaid, to be paid in the console.
    return params.value(kAutoPay) == QLatin1String("true") ? PaymentState::PaidAtOnce
                                                           : PaymentState::AwaitingPaymentInConsole;
}

} // namespace OrderDesk
