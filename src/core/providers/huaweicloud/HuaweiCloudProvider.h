#pragma once

#include "HuaweiCloudErrorCatalogue.h"
#include "providers/FormSchema.h"
#include "providers/Provider.h"

namespace OrderDesk {

// Huawei Cloud (华为云) Data Security Center period order (SDK name CreateProductOrder):
// POST /v1/{project_id}/period/order on sdg.<region>.myhuaweicloud.com with a JSON body,
// signed with SDK-HMAC-SHA256. The API has no idempotency token, so an order is never
// resent automatically once it may have left.
class HuaweiCloudProvider : public Provider
{
public:
    HuaweiCloudProvider();

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
    HuaweiCloudErrorCatalogue m_errors;
};

} // namespace OrderDesk
