#pragma once

#include "AccessKeyIdHint.h"
#include "ErrorCatalogue.h"
#include "FieldNormalizer.h"
#include "FormSchema.h"
#include "OrderRequest.h"
#include "OrderTerm.h"
#include "PaymentState.h"
#include "ProviderReply.h"
#include "UncertainOutcomeTexts.h"
#include "ValidationIssue.h"
#include "common/Credential.h"
#include "common/Endpoint.h"
#include "common/HttpRequest.h"
#include "common/LocalizedText.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace OrderDesk {

class NonceSource;

// One cloud provider's order API: its form, its validation, the request it builds, how it
// is signed, and how its answers and errors are read. Stateless; all methods are const.
class Provider
{
public:
    virtual ~Provider();

    virtual QString id() const = 0; // e.g. "aliyun": profiles, settings and the ledger keep it
    virtual LocalizedText displayName() const = 0;
    // What one order buys, in plain words for the confirmation: "Express Connect circuit".
    virtual LocalizedText resourceNoun() const = 0;
    virtual QString action() const = 0;     // the API's operation name
    virtual QString apiVersion() const = 0; // the API version the seed page documents
    virtual const FormSchema& schema() const = 0;
    virtual const ErrorCatalogue& errorCatalogue() const = 0;
    // What to tell the user when it is not known whether an order exists; empty texts leave
    // it to general ones that name no console.
    virtual UncertainOutcomeTexts uncertainOutcomeTexts() const { return {}; }

    // The parameter that makes a resend idempotent, or empty when the API has none.
    virtual QString idempotencyField() const { return {}; }
    bool hasIdempotencyToken() const { return !idempotencyField().isEmpty(); }

    // How the provider's AccessKey IDs normally begin; empty when they have no known start.
    virtual AccessKeyIdHint accessKeyIdHint() const { return {}; }

    virtual QString defaultRegion() const = 0;
    virtual Endpoint defaultEndpoint(const QString& region) const = 0;
    // The region the request is signed for and sent to: the region parameter when the API
    // has one and it is given, else the request's region, else the default.
    QString region(const OrderRequest& request) const;
    // The resource being paid for, as the duplicate guard compares it.
    QString resourceId(const OrderRequest& request) const;
    // The parameter that names the region, or empty when the API has none (then the region
    // is the request's own): a form prefills it with the account's default region.
    QString regionParameter() const { return regionField(); }

    // The numbers an Integer field accepts given the rest of the order: the schema's range,
    // narrowed by the provider's own rules (Alibaba Cloud's Period is 1-9 months but 1-5
    // years). validate() reports a value outside it, so a form may bound its input by it.
    // nullopt for a field that is not an Integer field with a range.
    std::optional<IntegerRange> integerRange(const QString& field, const OrderRequest& request) const;

    // Every problem at once, each tied to its field: the schema's rules (required, type,
    // range, allowed values, length, ASCII), then the provider's own cross-field rules.
    QList<ValidationIssue> validate(const OrderRequest& request) const;
    // The request with the slips FieldNormalizer corrects corrected (spaces at the ends of a
    // text, full-width characters in an identifier), and a note for each: the form and the
    // CLI both validate and send this.
    NormalizedRequest normalized(const OrderRequest& request) const;
    // An identifier takes ASCII only: IDs, codes and the region ID.
    bool isIdentifier(const FieldSpec& field) const;

    // Fills the fields OrderDesk generates (the idempotency token) when they are absent.
    OrderRequest withGeneratedFields(OrderRequest request, NonceSource& nonces) const;

    // The unsigned HTTP request for a valid order.
    virtual HttpRequest buildRequest(const OrderRequest& request, const Endpoint& endpoint) const = 0;

    // Signs a built request for the given instant and nonce. Pure: the same inputs give the
    // same bytes. Providers whose scheme takes no nonce ignore it.
    virtual HttpRequest sign(const HttpRequest& request, const Credential& credential, const QString& region,
                             const QDateTime& timeUtc, const QString& nonce) const = 0;

    // Reads the provider's answer. A body that is empty, an HTML or XML page, not valid JSON or
    // JSON but not an object is Unparseable, with an English reason and the raw body kept;
    // a JSON object is read by the provider's parseReplyObject.
    ProviderReply parseReply(int httpStatus, const QByteArray& body) const;

    // The subscription length an order with these parameters pays for, with the provider's
    // own defaults for what it leaves out; nullopt when the parameters name none (or none
    // that is a whole number of at least 1). By default: none.
    virtual std::optional<OrderTerm> term(const QMap<QString, QString>& params) const;
    // How an order created with these parameters is paid. By default CheckInConsole, which
    // promises nothing: a provider says more only when its API does.
    virtual PaymentState payment(const QMap<QString, QString>& params) const;

protected:
    virtual QList<ValidationIssue> validateCrossField(const OrderRequest& request) const;
    // The provider's narrowing of a field's schema range for the given order; by default none.
    virtual IntegerRange narrowRange(const FieldSpec& field, const OrderRequest& request,
                                     IntegerRange schemaRange) const;
    // Reads the provider's own shape from an answer whose body is a JSON object.
    virtual ProviderReply parseReplyObject(int httpStatus, const QByteArray& body,
                                           const QJsonObject& object) const = 0;

    // The parameter that names the region, when the API has one.
    virtual QString regionField() const { return {}; }

    // A plain region ID such as cn-hangzhou or ap-southeast-1: groups of lower-case letters
    // and digits joined by single hyphens, at most 64 characters. Anything else in a host
    // name or a signature's scope is a typing mistake that would surface only as a network
    // or signature error.
    static bool isRegionId(const QString& text);
    // `text` as a message quotes it: whole up to 64 characters (the longest region ID), else
    // its first 63 and "…", so that a pasted page does not become the message.
    static QString shortenedForMessage(const QString& text);
    // Not blank, not padded and printable ASCII: a value about which the generic rules of an
    // ASCII-only field have nothing to report, so that a provider's own rule may judge it
    // without reporting the same problem twice.
    static bool isPlainAscii(const QString& text);
    // Every character is one that `allowed` accepts.
    static bool consistsOf(const QString& text, bool (*allowed)(char16_t));

    // Whether the order's period is one the schema allows (it bounds the period by the
    // number of months) but is longer than maxYears while its unit is Year. Values the schema
    // already rejects are left to it, so that nothing is reported twice.
    static bool exceedsYearLimit(const OrderRequest& request, const QString& unitField,
                                 const QString& periodField, qint64 maxYears, qint64 maxMonths);

    // The given endpoint, or the default endpoint of the order's region when it is invalid.
    Endpoint endpointOrDefault(const OrderRequest& request, const Endpoint& endpoint) const;
    // A request to the endpoint with no query, headers or body yet.
    static HttpRequest requestTo(const Endpoint& endpoint, const QByteArray& method, const QByteArray& path);
    // Action and Version: the first items of an RPC-style query.
    QueryItems actionQuery() const;
    // The schema's body fields that have a value. The fields named in integerFields travel as
    // JSON numbers when they hold whole numbers; everything else as JSON strings.
    QJsonObject bodyFields(const OrderRequest& request, const QStringList& integerFields) const;

    // A whole number of at least 1 written in plain ASCII digits, as the forms accept it.
    static std::optional<int> positiveWholeNumber(const QString& text);

    // A member's text; empty when it is absent or not a JSON string.
    static QString stringMember(const QJsonObject& object, const QString& name);
};

} // namespace OrderDesk
