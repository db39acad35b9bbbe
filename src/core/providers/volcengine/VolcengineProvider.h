#pragma once

#include "VolcengineErrorCatalogue.h"
#include "providers/FormSchema.h"
#include "providers/Provider.h"

namespace OrderDesk {

// Volcengine (火山引擎) Direct Connect CreateDirectConnectConnectionOrder, version 2020-04-01:
// a GET to / on open.volcengineapi.com whose query carries the whole order, signed with
// Volcengine's HMAC-SHA256 scheme for the service "directconnect". The region is not a
// parameter of the API; it travels only in the signature's credential scope.
class VolcengineProvider : public Provider
{
public:
    VolcengineProvider();

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
    Endpoint defaultEndpoint(const QString& region) const override;

    HttpRequest buildRequest(const OrderRequest& request, const Endpoint& endpoint) const override;
    HttpRequest sign(const HttpRequest& request, const Credential& credential, const QString& region,
                     const QDateTime& timeUtc, const QString& nonce) const override;

    std::optional<OrderTerm> term(const QMap<QString, QString>& params) const override;
    PaymentState payment(const QMap<QString, QString>& params) const override;

    static constexpr const char* kService = "directconnect";

protected:
    QList<ValidationIssue> validateCrossField(const OrderRequest& request) const override;
    // Period counts years when the unit is Year, and fewer years than months are allowed.
    IntegerRange narrowRange(const FieldSpec& field, const OrderRequest& request,
                             IntegerRange schemaRange) const override;
    ProviderReply parseReplyObject(int httpStatus, const QByteArray& body,
                                   const QJsonObject& root) const override;

private:
    FormSchema m_schema;
    VolcengineErrorCatalogue m_errors;
};

} // namespace OrderDesk
