#pragma once

#include "ErrorCatalogue.h"
#include "FormSchema.h"
#include "OrderRequest.h"
#include "ProviderReply.h"
#include "ValidationIssue.h"
#include "common/Credential.h"
#include "common/Endpoint.h"
#include "common/HttpRequest.h"
#include "common/LocalizedText.h"

#include <QDateTime>
#include <QList>

namespace OrderDesk {

class NonceSource;

// One cloud provider's order API: its form, its validation, the request it builds, how it
// is signed, and how its answers and errors are read. Stateless; all methods are const.
class Provider
{
public:
    virtual ~Provider();

    virtual QString id() const = 0; // "volcengine", "aliyun", "unicloud", "huaweicloud"
    virtual LocalizedText displayName() const = 0;
    virtual QString action() const = 0;     // the API's operation name
    virtual QString apiVersion() const = 0; // the API version the seed page documents
    virtual const FormSchema& schema() const = 0;
    virtual const ErrorCatalogue& errorCatalogue() const = 0;

    // The parameter that makes a resend idempotent, or empty when the API has none.
    virtual QString idempotencyField() const { return {}; }
    bool hasIdempotencyToken() const { return !idempotencyField().isEmpty(); }

    virtual QString defaultRegion() const = 0;
    virtual Endpoint defaultEndpoint(const QString& region) const = 0;
    // The region the request is signed for and sent to.
    virtual QString region(const OrderRequest& request) const;
    // The resource being paid for, as the duplicate guard compares it.
    QString resourceId(const OrderRequest& request) const;

    // Every problem at once, each tied to its field: the schema's rules (required, type,
    // range, allowed values, length, ASCII), then the provider's own cross-field rules.
    QList<ValidationIssue> validate(const OrderRequest& request) const;

    // Fills the fields OrderDesk generates (the idempotency token) when they are absent.
    OrderRequest withGeneratedFields(OrderRequest request, NonceSource& nonces) const;

    // The unsigned HTTP request for a valid order.
    virtual HttpRequest buildRequest(const OrderRequest& request, const Endpoint& endpoint) const = 0;

    // Signs a built request for the given instant and nonce. Pure: the same inputs give the
    // same bytes. Providers whose scheme takes no nonce ignore it.
    virtual HttpRequest sign(const HttpRequest& request, const Credential& credential, const QString& region,
                             const QDateTime& timeUtc, const QString& nonce) const = 0;

    virtual ProviderReply parseReply(int httpStatus, const QByteArray& body) const = 0;

protected:
    virtual QList<ValidationIssue> validateCrossField(const OrderRequest& request) const;
};

} // namespace OrderDesk
