#pragma once

#include "SimProviderHandler.h"

#include <optional>

namespace OrderDesk {

// Alibaba Cloud's VPC CreatePhysicalConnectionOccupancyOrder behind its RPC gateway:
// signature v1 over the query (and a form body), SignatureNonce replay protection,
// ClientToken idempotency, errors as {RequestId, HostId, Code, Message, Recommend}.
class SimAliyun final : public SimProviderHandler
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

private:
    std::optional<SimAnswer> authenticationFailure(const SimRequest& request, const QueryItems& params);
    std::optional<SimAnswer> validationFailure(const SimRequest& request, const QueryItems& params) const;
};

} // namespace OrderDesk
