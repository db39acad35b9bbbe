#include "UniCloudErrorCatalogue.h"

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::UniCloudErrorCatalogue";

QList<ErrorInfo> catalogueEntries()
{
    // The gateway names the offending common parameter inside the message of one code,
    // InvalidParameter ("The specified parameter "Signature" is not valid."; the seed page
    // prints it with curly quotes and no spaces). Entries that share the code are told
    // apart by the parameter name. The catalogue falls back to the first entry of a code,
    // so the general one leads; among the others the first whose name appears in the
    // message wins, so SignatureNonce precedes Signature.
    return {
        {QStringLiteral("InvalidParameter"), 400, ErrorCategory::Parameter, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::UniCloudErrorCatalogue",
                           "UniCloud rejected one of the order's values. Read the provider's message, "
                           "correct that value and submit the order again."),
         QString()},
        {QStringLiteral("InvalidParameter"), 400, ErrorCategory::Authentication, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::UniCloudErrorCatalogue",
                           "UniCloud rejected the request's one-time number, which happens when the same "
                           "request arrives twice. Check the order list in the UniCloud console before "
                           "ordering again."),
         QStringLiteral("SignatureNonce")},
        {QStringLiteral("InvalidParameter"), 400, ErrorCategory::ClockSkew, RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::UniCloudErrorCatalogue",
                           "UniCloud did not accept the request time. Set this computer's clock to the "
                           "correct time (automatic time), then send the order again."),
         QStringLiteral("Timestamp")},
        {QStringLiteral("InvalidParameter"), 400, ErrorCategory::Authentication, RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::UniCloudErrorCatalogue",
                           "UniCloud does not know this AccessKey ID. Check that the profile holds an "
                           "active UniCloud AccessKey, not one from another provider."),
         QStringLiteral("AccessKeyId")},
        {QStringLiteral("InvalidParameter"), 400, ErrorCategory::Authentication, RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::UniCloudErrorCatalogue",
                           "The signature did not match: the AccessKey secret is probably wrong. Enter "
                           "the secret of this AccessKey again in the profile, then send the order again."),
         QStringLiteral("Signature")},
        // The seed's business error (异常返回示例) shows no HTTP status; the official SDK reads
        // such bodies from ordinary answers, so 200 with "Status": false is expected.
        {QStringLiteral("ProductConfigError"), 200, ErrorCategory::Parameter, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::UniCloudErrorCatalogue",
                           "The product configuration is wrong: the component code, storage type, "
                           "billing mode, rental period or zone do not fit together. Compare them with "
                           "the NAS purchase page in the UniCloud console and correct the order."),
         QString()},
        // Not documented by UniCloud: the codes its Alibaba-compatible gateway uses for
        // rate limits and failures, so that these answers get the right advice.
        {QStringLiteral("Throttling"), 400, ErrorCategory::Throttling, RetrySafety::NotTaken,
         QT_TRANSLATE_NOOP("OrderDesk::UniCloudErrorCatalogue",
                           "UniCloud is receiving too many requests from this account. The order was not "
                           "placed; wait a minute and send it again."),
         QString()},
        {QStringLiteral("InternalError"), 500, ErrorCategory::Server, RetrySafety::WithTokenOnly,
         QT_TRANSLATE_NOOP("OrderDesk::UniCloudErrorCatalogue",
                           "UniCloud had an internal error, and the order may or may not have been "
                           "placed. Check the order list in the UniCloud console before ordering again."),
         QString()},
        {QStringLiteral("ServiceUnavailable"), 503, ErrorCategory::Server, RetrySafety::WithTokenOnly,
         QT_TRANSLATE_NOOP("OrderDesk::UniCloudErrorCatalogue",
                           "The UniCloud service is unavailable at the moment. Check the order list in the "
                           "UniCloud console before ordering again, as the order may have been placed."),
         QString()},
    };
}

} // namespace

UniCloudErrorCatalogue::UniCloudErrorCatalogue()
    : ErrorCatalogue(kContext, catalogueEntries())
{}

} // namespace OrderDesk
