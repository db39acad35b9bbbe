#pragma once

#include "AliyunErrorCatalogue.h"
#include "providers/FormSchema.h"
#include "providers/Provider.h"

namespace OrderDesk {

// Alibaba Cloud (阿里云) VPC CreatePhysicalConnectionOccupancyOrder, version 2016-04-28: an
// RPC-style GET to / whose query carries the order and the common parameters, signed with
// RPC signature v1 (HMAC-SHA1). The region is the RegionId parameter; it also picks the
// regional endpoint vpc.<region>.aliyuncs.com.
class AliyunProvider : public Provider
{
public:
    AliyunProvider();

    QString id() const override;
    LocalizedText displayName() const override;
    LocalizedText resourceNoun() const override;
    QString action() const override;
    QString apiVersion() const override;
    const FormSchema& schema() const override;
    const ErrorCatalogue& errorCatalogue() const override;
    UncertainOutcomeTexts uncertainOutcomeTexts() const override;
    QString idempotencyField() const override;
    AccessKeyIdHint accessKeyIdHint() const override;

    QString defaultRegion() const override;
    // vpc.<region>.aliyuncs.com; an invalid Endpoint for text that is not a region ID, so
    // that nothing is ever sent to a host built from a typing mistake.
    Endpoint defaultEndpoint(const QString& region) const override;

    HttpRequest buildRequest(const OrderRequest& request, const Endpoint& endpoint) const override;
    HttpRequest sign(const HttpRequest& request, const Credential& credential, const QString& region,
                     const QDateTime& timeUtc, const QString& nonce) const override;

    std::optional<OrderTerm> term(const QMap<QString, QString>& params) const override;
    PaymentState payment(const QMap<QString, QString>& params) const override;

protected:
    QList<ValidationIssue> validateCrossField(const OrderRequest& request) const override;
    // Period counts years when the unit is Year, and fewer years than months are allowed.
    IntegerRange narrowRange(const FieldSpec& field, const OrderRequest& request,
                             IntegerRange schemaRange) const override;
    ProviderReply parseReplyObject(int httpStatus, const QByteArray& body,
                                   const QJsonObject& root) const override;
    // RegionId: it also picks the endpoint, so it wins over the request's region.
    QString regionField() const override;

private:
    FormSchema m_schema;
    AliyunErrorCatalogue m_errors;
};

} // namespace OrderDesk
