#pragma once

#include "SimProviderHandler.h"

#include <optional>

namespace OrderDesk {

// UniCloud's NAS CreateOrder: the RPC signature (version 2.0) over the query only, a JSON
// body, no idempotency token. The gateway answers {Code, Message, RequestId}; the service
// answers {Status, Msg, Auth, Code, RequestId}, or Res with the order on success.
class SimUniCloud final : public SimProviderHandler
{
public:
    using SimProviderHandler::SimProviderHandler;

    QString providerId() const override;
    QString action() const override;
    SimAnswer handle(const SimRequest& request) override;
    SimAnswer unknownOperation(const SimRequest& request) const override;

protected:
    SimAnswer success(const SimRequest& request, const SimOrder& order) const override;
    SimAnswer error(const SimRequest& request, int httpStatus, const QString& code,
                    const QString& message) const override;
    QString newOrderId() const override;
    QStringList newResourceIds() const override;

private:
    std::optional<SimAnswer> authenticationFailure(const SimRequest& request);
    std::optional<SimAnswer> validationFailure(const SimRequest& request, const QJsonObject& body) const;
    SimAnswer invalidParameter(const QString& name) const;
};

} // namespace OrderDesk
