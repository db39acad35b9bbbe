#include "HuaweiCloudErrorCatalogue.h"

namespace OrderDesk {

namespace {

constexpr const char* kContext = "OrderDesk::HuaweiCloudErrorCatalogue";

// The gateway's codes appear as APIG.xxxx (shared gateway) and APIGW.xxxx (the signing
// guide's spelling); both get the same entry.
void addGatewayCode(QList<ErrorInfo>& entries, const char* number, int httpStatus, ErrorCategory category,
                    RetrySafety retry, const char* explanation, const char* messageContains = "")
{
    for (const char* prefix : {"APIG.", "APIGW."}) {
        entries.append({QString::fromLatin1(prefix) + QString::fromLatin1(number), httpStatus, category,
                        retry, explanation, QString::fromLatin1(messageContains)});
    }
}

QList<ErrorInfo> catalogueEntries()
{
    QList<ErrorInfo> list{
        // The API page's own example: 400 {"error_code": "dsc.40000011", "error_msg": "Invalid parameter"}.
        {QStringLiteral("dsc.40000011"), 400, ErrorCategory::Parameter, RetrySafety::Never,
         QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudErrorCatalogue",
                           "Huawei Cloud rejected a value in the order. Check the project ID, region, "
                           "billing options and each product entry (product ID, specification code, "
                           "resource type and size), then submit the order again."),
         QString()},
    };

    // APIG.0301 covers every AK/SK failure; its message tells them apart. The catalogue
    // falls back to the first entry of a code, so the general one is added first.
    addGatewayCode(
        list, "0301", 401, ErrorCategory::Authentication, RetrySafety::NotTaken,
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudErrorCatalogue",
                          "Huawei Cloud did not accept the AccessKey. Check that the profile holds an "
                          "active Huawei Cloud AccessKey (AK) and its secret (SK); five failures in a "
                          "row lock the key for five minutes."));
    addGatewayCode(
        list, "0301", 401, ErrorCategory::ClockSkew, RetrySafety::NotTaken,
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudErrorCatalogue",
                          "This computer's clock differs from Huawei Cloud's by more than 15 minutes. "
                          "Set the clock to the correct time (automatic time), then send the order "
                          "again."),
        "signature expired");
    addGatewayCode(
        list, "0301", 401, ErrorCategory::Authentication, RetrySafety::NotTaken,
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudErrorCatalogue",
                          "The AccessKey is locked for five minutes after repeated failures. Check the "
                          "AccessKey and its secret in the profile, wait five minutes, then send the "
                          "order again."),
        "AK access failed to reach the limit");
    addGatewayCode(
        list, "0301", 401, ErrorCategory::Authentication, RetrySafety::NotTaken,
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudErrorCatalogue",
                          "The signature did not match: the AccessKey secret (SK) is probably wrong. "
                          "Enter the secret again in the profile, then send the order again."),
        "verify aksk signature fail");
    addGatewayCode(
        list, "0301", 401, ErrorCategory::Authentication, RetrySafety::NotTaken,
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudErrorCatalogue",
                          "Huawei Cloud does not know this AccessKey ID, or it is disabled. Compare the "
                          "profile with My Credentials in the Huawei Cloud console."),
        "Get secretKey failed");
    addGatewayCode(
        list, "0302", 403, ErrorCategory::Account, RetrySafety::Never,
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudErrorCatalogue",
                          "This Huawei Cloud user may not place this order. Ask the account "
                          "administrator for permission to buy Data Security Center, then try again."));
    addGatewayCode(
        list, "0308", 429, ErrorCategory::Throttling, RetrySafety::NotTaken,
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudErrorCatalogue",
                          "Huawei Cloud is receiving too many requests. The order was not placed; wait "
                          "a few seconds and send it again."));
    addGatewayCode(
        list, "0101", 404, ErrorCategory::Parameter, RetrySafety::Never,
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudErrorCatalogue",
                          "Huawei Cloud does not offer this order at this address. Check the region, "
                          "which decides the address, and the project ID."));
    addGatewayCode(list, "0201", 400, ErrorCategory::Parameter, RetrySafety::Never,
                   QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudErrorCatalogue",
                                     "Huawei Cloud's gateway found the request malformed. Check the order's "
                                     "values, especially the product list, and submit it again."));
    // A timeout behind the gateway: the order may have been placed.
    const char* timeout =
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudErrorCatalogue",
                          "Huawei Cloud did not answer in time, so the order may or may not "
                          "have been placed. Check the orders in the Huawei Cloud console "
                          "before ordering again.");
    addGatewayCode(list, "0201", 504, ErrorCategory::Server, RetrySafety::WithTokenOnly, timeout,
                   "Backend timeout");
    addGatewayCode(list, "0203", 504, ErrorCategory::Server, RetrySafety::WithTokenOnly, timeout);
    addGatewayCode(
        list, "0202", 502, ErrorCategory::Server, RetrySafety::WithTokenOnly,
        QT_TRANSLATE_NOOP("OrderDesk::HuaweiCloudErrorCatalogue",
                          "The Huawei Cloud service is unavailable at the moment. Check the orders in "
                          "the Huawei Cloud console before ordering again, as the order may have been "
                          "placed."));
    return list;
}

} // namespace

HuaweiCloudErrorCatalogue::HuaweiCloudErrorCatalogue()
    : ErrorCatalogue(kContext, catalogueEntries())
{}

} // namespace OrderDesk
