#pragma once

#include "UniCloudErrorCatalogue.h"
#include "providers/FormSchema.h"
#include "providers/Provider.h"

namespace OrderDesk {

// UniCloud (紫光云) NAS CreateOrder, version 2020-07-30: a POST to /openapi/nas whose query
// carries the signed common parameters and whose JSON body carries the order. Only the
// query is signed; the API has no idempotency token, so an order is never resent
// automatically once it may have left.
class UniCloudProvider : public Provider
{
public:
    UniCloudProvider();

    QString id() const override;
    LocalizedText displayName() const override;
    LocalizedText resourceNoun() const override;
    QString action() const override;
    QString apiVersion() const override;
    const FormSchema& schema() const override;
    const ErrorCatalogue& errorCatalogue() const override;
    UncertainOutcomeTexts uncertainOutcomeTexts() const override;

    QString defaultRegion() const override;
    Endpoint defaultEndpoint(const QString& region) const override;

    HttpRequest buildRequest(const OrderRequest& request, const Endpoint& endpoint) const override;
    HttpRequest sign(const HttpRequest& request, const Credential& credential, const QString& region,
                     const QDateTime& timeUtc, const QString& nonce) const override;

    std::optional<OrderTerm> term(const QMap<QString, QString>& params) const override;
    PaymentState payment(const QMap<QString, QString>& params) const override;

protected:
    QList<ValidationIssue> validateCrossField(const OrderRequest& request) const override;
    IntegerRange narrowRange(const FieldSpec& field, const OrderRequest& request,
                             IntegerRange schemaRange) const override;
    ProviderReply parseReplyObject(int httpStatus, const QByteArray& body,
                                   const QJsonObject& object) const override;
    QString regionField() const override;

private:
    FormSchema m_schema;
    UniCloudErrorCatalogue m_errors;
};

} // namespace OrderDesk
