#pragma once

#include "SimProviderHandler.h"

#include <optional>

namespace OrderDesk {

// Volcengine's directconnect CreateDirectConnectConnectionOrder behind its OpenAPI gateway:
// HMAC-SHA256 header signature, ClientToken idempotency, errors in ResponseMetadata.Error.
class SimVolcengine final : public SimProviderHandler
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
    SimAnswer idempotentMismatch(const SimRequest& request) const override;
    SimAnswer stillProcessing(const SimRequest& request, const SimOrder& order) const override;

private:
    // The gateway's answer to a request that fails authentication; nothing when it passes.
    std::optional<SimAnswer> authenticationFailure(const SimRequest& request) const;
    std::optional<SimAnswer> validationFailure(const SimRequest& request) const;
    QJsonObject metadata(const SimRequest& request, const QString& requestId) const;
    QString newRequestId() const;
};

} // namespace OrderDesk
