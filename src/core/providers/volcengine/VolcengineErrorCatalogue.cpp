#include "VolcengineErrorCatalogue.h"

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::VolcengineErrorCatalogue";

QList<ErrorInfo> documentedErrors()
{
    return {
        // The API's own codes, as its page lists them.
        {QStringLiteral("OrderError"), 400, ErrorCategory::Account, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "Volcengine could not create and pay the order in one step. Check the account "
                           "balance and look for an unpaid order in the Volcengine billing centre before "
                           "ordering again."),
         QString()},
        {QStringLiteral("PreOrderError"), 400, ErrorCategory::Server, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "Volcengine could not prepare the order. Wait a few minutes and try again; if "
                           "it keeps failing, contact Volcengine support with the request ID."),
         QString()},
        {QStringLiteral("InvalidDirectConnectConnection.InvalidStatus"), 400, ErrorCategory::Resource,
         RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "The physical connection is not waiting for payment, so no order can be "
                           "created for it. Check its status in the Volcengine console; it may already "
                           "be paid."),
         QString()},
        // Two entries share this code; the message tells them apart.
        {QStringLiteral("UnsupportedOperation"), 400, ErrorCategory::Account, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "The account balance and vouchers together are below 100 yuan. Top up the "
                           "Volcengine account, then submit the order again."),
         QStringLiteral("less than 100 yuan")},
        {QStringLiteral("UnsupportedOperation"), 400, ErrorCategory::Account, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "The Volcengine account is in arrears. Settle the overdue amount in the "
                           "billing centre, then submit the order again."),
         QStringLiteral("arrears")},
        {QStringLiteral("IdempotentParameterMismatch"), 400, ErrorCategory::Idempotency, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "This client token was already used for an order with different details. Check "
                           "the earlier order in the Volcengine console; to place a new order, start a new "
                           "order so that it gets a new token."),
         QString()},
        {QStringLiteral("InvalidParameter.ClientTokenMalformed"), 400, ErrorCategory::Parameter,
         RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "The client token is not valid: it may have at most 64 ASCII characters. "
                           "Clear the field so that OrderDesk fills in a valid one."),
         QString()},
        {QStringLiteral("InvalidDirectConnectConnection.NotFound"), 404, ErrorCategory::Resource,
         RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "No physical connection with this ID exists in this account and region. Copy "
                           "the ID again from the Volcengine console and check the region."),
         QString()},
        {QStringLiteral("InvalidEip.GetInstanceDetail"), 404, ErrorCategory::Resource, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "Volcengine could not read the details of the resource. Check the connection ID "
                           "and region, wait a few minutes and try again."),
         QString()},
        {QStringLiteral("IdempotentProcessing"), 412, ErrorCategory::Idempotency, RetrySafety::WithTokenOnly,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "Volcengine is still processing an earlier request with the same client token. "
                           "Wait a minute, then send the order again with the same token; no second order "
                           "will be created."),
         QString()},

        // Common gateway errors from Volcengine's list of common error codes. A request refused here never
        // reached
        // the order service.
        {QStringLiteral("SignatureDoesNotMatch"), 401, ErrorCategory::Authentication, RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "The signature did not match: the AccessKey secret is probably wrong. Enter the "
                           "secret of this AccessKey again in the profile, then send the order again."),
         QString()},
        {QStringLiteral("InvalidAccessKey"), 401, ErrorCategory::Authentication, RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "Volcengine does not accept this AccessKey ID. Check that the profile holds an "
                           "active Volcengine AccessKey (usually starting with AKLT), not one from another "
                           "provider."),
         QString()},
        {QStringLiteral("MissingSignature"), 401, ErrorCategory::Authentication, RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "The request reached Volcengine without its signature, often because a proxy "
                           "removed a header. Check the proxy settings, then send the order again."),
         QString()},
        {QStringLiteral("MissingAuthenticationToken"), 401, ErrorCategory::Authentication,
         RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "The request reached Volcengine without its authentication header, often "
                           "because a proxy removed it. Check the proxy settings, then send the order "
                           "again."),
         QString()},
        {QStringLiteral("InvalidTimestamp"), 400, ErrorCategory::ClockSkew, RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "Volcengine did not accept the request time: this computer's clock is probably "
                           "wrong. Set the clock to the correct time (automatic time), then send the order "
                           "again."),
         QString()},
        {QStringLiteral("AccessDenied"), 403, ErrorCategory::Account, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "This AccessKey may not place Direct Connect orders. Ask the account "
                           "administrator to grant the user permission for Direct Connect and billing."),
         QString()},
        {QStringLiteral("LackPolicy"), 403, ErrorCategory::Account, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "The user of this AccessKey has no policy that allows this order. Ask the "
                           "account administrator to attach one, then try again."),
         QString()},
        {QStringLiteral("FlowLimitExceeded"), 429, ErrorCategory::Throttling, RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "Volcengine is receiving too many requests. The order was not placed; wait a "
                           "minute and send it again."),
         QString()},
        {QStringLiteral("AccountFlowLimitExceeded"), 429, ErrorCategory::Throttling, RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "This account has sent too many requests to Volcengine. The order was not "
                           "placed; wait a minute and send it again."),
         QString()},
        {QStringLiteral("InternalError"), 500, ErrorCategory::Server, RetrySafety::WithTokenOnly,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "Volcengine had an internal error, so the order may or may not exist. Check the "
                           "orders in the Volcengine console, or send it again with the same client token, "
                           "which cannot create a second order."),
         QString()},
        {QStringLiteral("FailToConnect"), 502, ErrorCategory::Server, RetrySafety::WithTokenOnly,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "Volcengine could not reach its order service. Wait a few minutes, then send the "
                           "order again with the same client token, which cannot create a second order."),
         QString()},
        {QStringLiteral("InternalServiceError"), 502, ErrorCategory::Server, RetrySafety::WithTokenOnly,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "Volcengine had an internal error, so the order may or may not exist. Check the "
                           "orders in the Volcengine console, or send it again with the same client token, "
                           "which cannot create a second order."),
         QString()},
        {QStringLiteral("ServiceUnavailableTemp"), 503, ErrorCategory::Server, RetrySafety::WithTokenOnly,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "Volcengine is temporarily unavailable. Wait a few minutes, then send the order "
                           "again with the same client token, which cannot create a second order."),
         QString()},
        {QStringLiteral("InternalServiceTimeout"), 504, ErrorCategory::Server, RetrySafety::WithTokenOnly,
         QT_TRANSLATE_NOOP("OrderDesk::VolcengineErrorCatalogue",
                           "Volcengine did not finish the request in time, so the order may or may not "
                           "exist. Check the console, or send it again with the same client token, which "
                           "cannot create a second order."),
         QString()},
    };
}

} // namespace

VolcengineErrorCatalogue::VolcengineErrorCatalogue()
    : ErrorCatalogue(kContext, documentedErrors())
{}

} // namespace OrderDesk
