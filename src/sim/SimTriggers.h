#pragma once

namespace OrderDesk {

// The keywords that make the simulator misbehave on purpose, so that users and tests can
// rehearse every answer a provider may give. A keyword works when it is contained in the
// provider's resource field, case-insensitively:
//   volcengine   DirectConnectConnectionId  (well-formed: starts with "dcc-")
//   aliyun       PhysicalConnectionId       (well-formed: starts with "pc-")
//   unicloud     instanceName               (any name)
//   huaweicloud  project_id                 (letters and digits only)
// Every keyword is lower-case letters only, so that it fits each of these fields. When a
// field contains several keywords, the longest wins.
namespace SimTriggers {

// Faults, the same keyword for every provider.
inline constexpr char throttle[] = "throttle";       // first request: the throttling error
inline constexpr char fiveHundred[] = "fivehundred"; // first request: a server error, no order
inline constexpr char busy[] = "busy";               // Volcengine: order recorded, first answer 412
inline constexpr char slow[] = "slow";               // first request: answered after the slow delay
inline constexpr char drop[] = "drop";               // first request: order recorded, connection aborted
inline constexpr char oversize[] = "oversize";       // first request: order recorded, 2 MiB answer
inline constexpr char storm[] = "storm";             // every request: the throttling error
inline constexpr char stormThree[] = "stormthree";   // the first three requests: the throttling error
inline constexpr char outage[] = "outage";           // every request: a server error, no order
inline constexpr char huge[] = "huge";               // first request: order recorded, 50 MB answer
inline constexpr char badJson[] = "badjson";         // first request: order recorded, cut-off JSON
inline constexpr char htmlPage[] = "htmlpage";       // every request: a gateway's HTML error page

enum class Kind
{
    Error,           // every request: this error, no order
    OnceError,       // the first request for the resource: this error, no order; later ones succeed
    Busy,            // the first request records the order under its token and answers this error
    Slow,            // the first request is answered after SimServer::setSlowAnswerMs()
    Drop,            // the first request records the order, then the connection is aborted unanswered
    Oversize,        // the first request records the order and is answered with a 2 MiB body
    Storm,           // every request: this error before the token is looked at, no order
    ThreeTimesError, // the first three requests for the resource: this error, no order
    Huge,            // the first request records the order; a 50 MB body is streamed in chunks
    BadJson,         // the first request records the order and is answered 200 with cut-off JSON
    HtmlPage         // every request: the gateway's HTML page with this status, no order
};

struct Trigger
{
    const char* provider; // provider id
    const char* keyword;
    Kind kind;
    const char* code;    // the provider's error code; empty for faults without one
    int httpStatus;      // 0 where the answer is the normal one
    const char* message; // the provider's text where its documentation gives one
};

// Every "first request" is counted per provider and resource and remembered in the state
// file, so a restarted simulator does not fire it again.
//
// Codes and texts: the API pages in the seeds; Volcengine's common error codes
// (https://www.volcengine.com/docs/6369/68677); Alibaba Cloud's common RPC errors; Huawei's
// API gateway error codes. Where a page names a code but no text, the text is the
// simulator's own, worded so that the core ErrorCatalogue picks the intended explanation.
inline constexpr Trigger table[] = {
    // Volcengine: the API page's error codes, then the gateway's common ones.
    {"volcengine", "notfound", Kind::Error, "InvalidDirectConnectConnection.NotFound", 404,
     "The specified direct connect connection does not exist."},
    {"volcengine", "wrongstate", Kind::Error, "InvalidDirectConnectConnection.InvalidStatus", 400,
     "The specified direct connect connection is not in the correct status for the request."},
    {"volcengine", "lowbalance", Kind::Error, "UnsupportedOperation", 400,
     "The request on the specified instance is denied due to the account balance and available vouchers "
     "are less than 100 yuan in total."},
    {"volcengine", "arrears", Kind::Error, "UnsupportedOperation", 400,
     "The request on the specified instance is denied due to the account in arrears status."},
    {"volcengine", "onestepfail", Kind::Error, "OrderError", 400, "Failed to create an order in one step."},
    {"volcengine", "preorderfail", Kind::Error, "PreOrderError", 400, "Failed to create pre order."},
    {"volcengine", "nodetail", Kind::Error, "InvalidEip.GetInstanceDetail", 404,
     "Get instance detail failed."},
    {"volcengine", "denied", Kind::Error, "AccessDenied", 403,
     "User is not authorized to perform: CreateDirectConnectConnectionOrder on resource: directconnect."},
    {"volcengine", "nopolicy", Kind::Error, "LackPolicy", 403,
     "Request was rejected because of lack of policy."},
    {"volcengine", "accountflow", Kind::Error, "AccountFlowLimitExceeded", 429,
     "Request was denied due to account flow control."},
    {"volcengine", "failtoconnect", Kind::Error, "FailToConnect", 502,
     "Top Fail to Connect to Internal Service. Pls Contact With Admin."},
    {"volcengine", "serviceerror", Kind::Error, "InternalServiceError", 502,
     "Internal Service has some error. Pls Contact With Admin."},
    {"volcengine", "unavailable", Kind::Error, "ServiceUnavailableTemp", 503,
     "Service is temporarily unavailable. Pls try again later."},
    {"volcengine", "servicetimeout", Kind::Error, "InternalServiceTimeout", 504,
     "Internal Service is timeout. Pls Contact With Admin."},
    {"volcengine", throttle, Kind::OnceError, "FlowLimitExceeded", 429,
     "Request was denied due to flow control."},
    {"volcengine", fiveHundred, Kind::OnceError, "InternalError", 500,
     "Service has some internal Error. Pls Contact With Admin."},
    {"volcengine", busy, Kind::Busy, "IdempotentProcessing", 412,
     "The request uses the same client token as a previous one that is still in process."},
    {"volcengine", slow, Kind::Slow, "", 0, ""},
    {"volcengine", drop, Kind::Drop, "", 0, ""},
    {"volcengine", oversize, Kind::Oversize, "", 0, ""},
    {"volcengine", storm, Kind::Storm, "FlowLimitExceeded", 429, "Request was denied due to flow control."},
    {"volcengine", stormThree, Kind::ThreeTimesError, "FlowLimitExceeded", 429,
     "Request was denied due to flow control."},
    {"volcengine", outage, Kind::Error, "InternalError", 500,
     "Service has some internal Error. Pls Contact With Admin."},
    {"volcengine", huge, Kind::Huge, "", 0, ""},
    {"volcengine", badJson, Kind::BadJson, "", 0, ""},
    {"volcengine", htmlPage, Kind::HtmlPage, "", 502, ""},

    // Alibaba Cloud: the API page's error codes, then the RPC gateway's common ones.
    {"aliyun", "notfound", Kind::Error, "InvalidPhysicalConnectionId.NotFound", 404,
     "The PhysicalConnectionId provided does not exist in our records."},
    {"aliyun", "wrongstate", Kind::Error, "Forbidden.NotAllowedInState", 400,
     "The request does not allow in this state."},
    {"aliyun", "statusnotallow", Kind::Error, "INSTANCE.STATUS.NOT.ALLOW", 400, "Instance status not allow"},
    {"aliyun", "statusnotsupported", Kind::Error, "IAbs.InvalidStatus.ValueNotSupported", 400,
     "status is not supported."},
    {"aliyun", "instancenotexist", Kind::Error, "Abs.InstanceNotExist", 400,
     "The specified instance does not exist."},
    {"aliyun", "noprice", Kind::Error, "InvalidPrice.NotFound", 400, "Pricing plan result not found."},
    {"aliyun", "noregion", Kind::Error, "InvalidRegionId.NotFound", 404,
     "The RegionId provided does not exist in our records."},
    {"aliyun", "badchargetype", Kind::Error, "InvalidPhysicalConnectionChargeType.Malformed", 400,
     "Specified Physical Connection ChargeType is not valid."},
    {"aliyun", "badperiod", Kind::Error, "InvalidPhysicalConnectionPeriod.Malformed", 400,
     "Specified Physical Connection Period is not valid."},
    {"aliyun", "badcycle", Kind::Error, "InvalidPhysicalConnectionPricingCycle.Malformed", 400,
     "Specified Physical Connection PricingCycle is not valid."},
    {"aliyun", "denied", Kind::Error, "Forbidden.RAM", 403,
     "User not authorized to operate on the specified resource, or this API doesn't support RAM."},
    {"aliyun", "inactivekey", Kind::Error, "InvalidAccessKeyId.Inactive", 400,
     "Specified access key is disabled."},
    {"aliyun", "flowcontrol", Kind::Error, "Throttling", 400, "Request was denied due to flow control."},
    {"aliyun", "apiflow", Kind::Error, "Throttling.Api", 400, "Request was denied due to api flow control."},
    {"aliyun", "unavailable", Kind::Error, "ServiceUnavailable", 503,
     "The request has failed due to a temporary failure of the server."},
    {"aliyun", throttle, Kind::OnceError, "Throttling.User", 400,
     "Request was denied due to user flow control."},
    {"aliyun", fiveHundred, Kind::OnceError, "InternalError", 500,
     "The request processing has failed due to some unknown error, exception or failure."},
    {"aliyun", slow, Kind::Slow, "", 0, ""},
    {"aliyun", drop, Kind::Drop, "", 0, ""},
    {"aliyun", oversize, Kind::Oversize, "", 0, ""},
    {"aliyun", storm, Kind::Storm, "Throttling.User", 400, "Request was denied due to user flow control."},
    {"aliyun", stormThree, Kind::ThreeTimesError, "Throttling.User", 400,
     "Request was denied due to user flow control."},
    {"aliyun", outage, Kind::Error, "InternalError", 500,
     "The request processing has failed due to some unknown error, exception or failure."},
    {"aliyun", huge, Kind::Huge, "", 0, ""},
    {"aliyun", badJson, Kind::BadJson, "", 0, ""},
    {"aliyun", htmlPage, Kind::HtmlPage, "", 502, ""},

    // UniCloud: the API page's business error, then its gateway's.
    {"unicloud", "productconfig", Kind::Error, "ProductConfigError", 200, "产品配置错误"},
    {"unicloud", "badparam", Kind::Error, "InvalidParameter", 400,
     "The specified parameter \"instanceName\" is not valid."},
    {"unicloud", "unavailable", Kind::Error, "ServiceUnavailable", 503,
     "The request has failed due to a temporary failure of the server."},
    {"unicloud", throttle, Kind::OnceError, "Throttling", 400, "Request was denied due to flow control."},
    {"unicloud", fiveHundred, Kind::OnceError, "InternalError", 500,
     "The request processing has failed due to some unknown error."},
    {"unicloud", slow, Kind::Slow, "", 0, ""},
    {"unicloud", drop, Kind::Drop, "", 0, ""},
    {"unicloud", oversize, Kind::Oversize, "", 0, ""},
    {"unicloud", storm, Kind::Storm, "Throttling", 400, "Request was denied due to flow control."},
    {"unicloud", stormThree, Kind::ThreeTimesError, "Throttling", 400,
     "Request was denied due to flow control."},
    {"unicloud", outage, Kind::Error, "InternalError", 500,
     "The request processing has failed due to some unknown error."},
    {"unicloud", huge, Kind::Huge, "", 0, ""},
    {"unicloud", badJson, Kind::BadJson, "", 0, ""},
    {"unicloud", htmlPage, Kind::HtmlPage, "", 502, ""},

    // Huawei Cloud: the API page's service error, then the API gateway's.
    {"huaweicloud", "invalidparam", Kind::Error, "dsc.40000011", 400, "Invalid parameter"},
    {"huaweicloud", "denied", Kind::Error, "APIG.0302", 403,
     "Incorrect IAM authentication information: the user has no permission for this API"},
    {"huaweicloud", "aklocked", Kind::Error, "APIG.0301", 401,
     "Incorrect IAM authentication information: AK access failed to reach the limit,forbidden."},
    {"huaweicloud", "badrequest", Kind::Error, "APIG.0201", 400, "Request error."},
    {"huaweicloud", "backendtimeout", Kind::Error, "APIG.0201", 504, "Backend timeout."},
    {"huaweicloud", "gatewaytimeout", Kind::Error, "APIG.0203", 504, "Backend request timed out."},
    {"huaweicloud", "unavailable", Kind::Error, "APIG.0202", 502, "Backend unavailable."},
    {"huaweicloud", throttle, Kind::OnceError, "APIG.0308", 429,
     "The throttling threshold has been reached: policy user over ratelimit,limit:100,time:1 minute"},
    {"huaweicloud", fiveHundred, Kind::OnceError, "APIG.0202", 502, "Backend unavailable."},
    {"huaweicloud", slow, Kind::Slow, "", 0, ""},
    {"huaweicloud", drop, Kind::Drop, "", 0, ""},
    {"huaweicloud", oversize, Kind::Oversize, "", 0, ""},
    {"huaweicloud", storm, Kind::Storm, "APIG.0308", 429,
     "The throttling threshold has been reached: policy user over ratelimit,limit:100,time:1 minute"},
    {"huaweicloud", stormThree, Kind::ThreeTimesError, "APIG.0308", 429,
     "The throttling threshold has been reached: policy user over ratelimit,limit:100,time:1 minute"},
    {"huaweicloud", outage, Kind::Error, "APIG.0202", 502, "Backend unavailable."},
    {"huaweicloud", huge, Kind::Huge, "", 0, ""},
    {"huaweicloud", badJson, Kind::BadJson, "", 0, ""},
    {"huaweicloud", htmlPage, Kind::HtmlPage, "", 502, ""},
};

} // namespace SimTriggers

} // namespace OrderDesk
