#include "AliyunErrorCatalogue.h"

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::AliyunErrorCatalogue";

QList<ErrorInfo> documentedErrors()
{
    return {
        // The API's own codes, as its page lists them.
        {QStringLiteral("IAbs.InvalidStatus.ValueNotSupported"), 400, ErrorCategory::Resource,
         RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "The Express Connect circuit is not in a state that allows this order. Check "
                           "its status in the Alibaba Cloud console; it must be waiting for payment."),
         QString()},
        {QStringLiteral("InvalidPrice.NotFound"), 400, ErrorCategory::Parameter, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "Alibaba Cloud has no price for this combination of period and billing cycle. "
                           "Choose another subscription length or cycle and submit the order again."),
         QString()},
        {QStringLiteral("InvalidPhysicalConnectionChargeType.Malformed"), 400, ErrorCategory::Parameter,
         RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "The billing method is not valid. Choose Subscription (PrePaid) and submit the "
                           "order again."),
         QString()},
        {QStringLiteral("InvalidPhysicalConnectionPeriod.Malformed"), 400, ErrorCategory::Parameter,
         RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "The subscription length is not valid: use 1 to 9 months or 1 to 5 years. "
                           "Correct it and submit the order again."),
         QString()},
        {QStringLiteral("InvalidPhysicalConnectionPricingCycle.Malformed"), 400, ErrorCategory::Parameter,
         RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "The billing cycle is not valid. Choose Month or Year and submit the order "
                           "again."),
         QString()},
        {QStringLiteral("Forbidden.NotAllowedInState"), 400, ErrorCategory::Resource, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "The Express Connect circuit's current state does not allow this order. Check "
                           "in the Alibaba Cloud console that it is waiting for payment and not already "
                           "paid."),
         QString()},
        {QStringLiteral("INSTANCE.STATUS.NOT.ALLOW"), 400, ErrorCategory::Resource, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "The circuit's current status does not allow this order. Check its status in "
                           "the Alibaba Cloud console; it may already be paid."),
         QString()},
        {QStringLiteral("Abs.InstanceNotExist"), 400, ErrorCategory::Resource, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "Alibaba Cloud cannot find this circuit. Copy its ID again from the console and "
                           "check that the region is right."),
         QString()},
        {QStringLiteral("InvalidRegionId.NotFound"), 404, ErrorCategory::Parameter, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "Alibaba Cloud does not know this region ID. Enter the region of the circuit as "
                           "the console shows it, for example cn-hangzhou."),
         QString()},
        {QStringLiteral("InvalidPhysicalConnectionId.NotFound"), 404, ErrorCategory::Resource,
         RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "No Express Connect circuit with this ID exists in this account and region. "
                           "Copy the ID again from the Alibaba Cloud console and check the region."),
         QString()},

        // Idempotency, as the VPC documentation describes it for ClientToken.
        {QStringLiteral("IdempotentParameterMismatch"), 400, ErrorCategory::Idempotency, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "This client token was already used for an order with different details. Check "
                           "the earlier order in the Alibaba Cloud console; to place a new order, start a "
                           "new order so that it gets a new token."),
         QString()},
        // Only a resend of the very same signed bytes can repeat a nonce, so the first copy
        // arrived and may have placed the order.
        {QStringLiteral("SignatureNonceUsed"), 400, ErrorCategory::Idempotency, RetrySafety::WithTokenOnly,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "An earlier copy of this request already reached Alibaba Cloud, so the order may "
                           "exist. Check the orders in the console, or send it again with the same client "
                           "token, which cannot create a second order."),
         QString()},

        // Common gateway errors of Alibaba Cloud's RPC API. A request refused here never
        // reached the order service.
        {QStringLiteral("SignatureDoesNotMatch"), 400, ErrorCategory::Authentication, RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "The signature did not match: the AccessKey secret is probably wrong. Enter the "
                           "secret of this AccessKey again in the profile, then send the order again."),
         QString()},
        {QStringLiteral("IncompleteSignature"), 400, ErrorCategory::Authentication, RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "Alibaba Cloud received an incomplete signature, often because a proxy changed "
                           "the request. Check the proxy settings, then send the order again."),
         QString()},
        {QStringLiteral("InvalidAccessKeyId.NotFound"), 404, ErrorCategory::Authentication,
         RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "Alibaba Cloud does not know this AccessKey ID. Check that the profile holds an "
                           "Alibaba Cloud AccessKey (usually starting with LTAI), not one from another "
                           "provider."),
         QString()},
        {QStringLiteral("InvalidAccessKeyId.Inactive"), 400, ErrorCategory::Authentication,
         RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "This AccessKey is disabled. Enable it in the Alibaba Cloud RAM console or use "
                           "another AccessKey, then send the order again."),
         QString()},
        {QStringLiteral("InvalidTimeStamp.Expired"), 400, ErrorCategory::ClockSkew, RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "Alibaba Cloud did not accept the request time: this computer's clock is more "
                           "than 15 minutes off. Set the clock to the correct time (automatic time), then "
                           "send the order again."),
         QString()},
        {QStringLiteral("Forbidden.RAM"), 403, ErrorCategory::Account, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "The RAM user of this AccessKey may not place this order. Ask the account "
                           "administrator to grant the VPC permission for "
                           "CreatePhysicalConnectionOccupancyOrder."),
         QString()},
        {QStringLiteral("Throttling"), 400, ErrorCategory::Throttling, RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "Alibaba Cloud is receiving too many requests. The order was not placed; wait a "
                           "minute and send it again."),
         QString()},
        {QStringLiteral("Throttling.User"), 400, ErrorCategory::Throttling, RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "This account has sent too many requests to Alibaba Cloud. The order was not "
                           "placed; wait a minute and send it again."),
         QString()},
        {QStringLiteral("Throttling.Api"), 400, ErrorCategory::Throttling, RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "This operation is receiving too many requests at Alibaba Cloud. The order was "
                           "not placed; wait a minute and send it again."),
         QString()},
        {QStringLiteral("InternalError"), 500, ErrorCategory::Server, RetrySafety::WithTokenOnly,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "Alibaba Cloud had an internal error, so the order may or may not exist. Check "
                           "the orders in the console, or send it again with the same client token, which "
                           "cannot create a second order."),
         QString()},
        {QStringLiteral("ServiceUnavailable"), 503, ErrorCategory::Server, RetrySafety::WithTokenOnly,
         QT_TRANSLATE_NOOP("OrderDesk::AliyunErrorCatalogue",
                           "Alibaba Cloud is temporarily unavailable. Wait a few minutes, then send the "
                           "order again with the same client token, which cannot create a second order."),
         QString()},
    };
}

} // namespace

AliyunErrorCatalogue::AliyunErrorCatalogue()
    : ErrorCatalogue(kContext, documentedErrors())
{}

} // namespace OrderDesk
