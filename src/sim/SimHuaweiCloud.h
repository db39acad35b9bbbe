#pragma once

#include "SimProviderHandler.h"

#include <optional>

namespace OrderDesk {

// Huawei Cloud's period order (Data Security Center, POST /v1/{project_id}/period/order)
// behind the API gateway: SDK-HMAC-SHA256 signature, no idempotency token, a request ID in
// the X-Request-Id header of every answer; gateway errors carry it in the body too.
class SimHuaweiCloud final : public SimProviderHandler
{
public:
    using SimProviderHandler::SimProviderHandler;

    QString providerId() const override;
    QString action() const override;
    SimAnswer handle(const SimRequest& request) override;
    SimAnswer unknownOperation(const SimRequest& request) const override;

    // The project ID of an order path, or empty when the path is not one.
    static QString projectId(const QByteArray& path);

protected:
    SimAnswer success(const SimRequest& request, const SimOrder& order) const override;
    SimAnswer error(const SimRequest& request, int httpStatus, const QString& code,
                    const QString& message) const override;
    QString newOrderId() const override;

private:
    std::optional<SimAnswer> authenticationFailure(const SimRequest& request) const;
    static bool isValidOrder(const QJsonObject& body);
};

} // namespace OrderDesk
