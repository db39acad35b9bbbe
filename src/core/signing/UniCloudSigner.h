#pragma once

#include "SignatureDetails.h"
#include "common/Clock.h"
#include "common/Credential.h"
#include "common/HttpRequest.h"
#include "common/NonceSource.h"

#include <QDateTime>
#include <QString>

namespace OrderDesk {

// UniCloud (紫光云) OpenAPI signature, SignatureVersion=2.0.
//
// Sources: the "签名机制" page (https://www.unicloud.com/document/show-37965207.html) and
// the official Go SDK, unicloud-uos/unicloud-sdk-go (sdk/common/sender.go GetSignature,
// sdk/common/http/request.go CompleteCommonParams).
//
// The algorithm is Alibaba's RPC v1 (RpcSignature): parameters sorted by name, RFC 3986
// percent-encoding, StringToSign = METHOD&%2F&percentEncode(canonical query), Base64 of
// HMAC-SHA1 keyed with secret + "&". Where it differs from Alibaba:
//  - SignatureVersion is "2.0"; it is only a signed parameter and changes nothing else.
//  - Only the query parameters are signed. The order's JSON body is not, nor is the path:
//    "%2F" is used although the request goes to /openapi/nas.
//  - No Format default: the provider sends Format=json (lower case, as the API pages and
//    the Go SDK do), and lower-case regionId, which byte order sorts after Version.
//  - There is no idempotency token; the nonce only stops replays.
// Assumed where the documentation is silent or the Go SDK disagrees with it:
//  - Timestamp is UTC, as the 'Z' in the page's example says. The Go SDK formats local
//    time with a literal 'Z' (time.Now().Format("2006-01-02T15:04:05Z")), which is 8 hours
//    off on a machine set to China time; that is not copied.
//  - Encoding is RFC 3986 as documented (space %20, '+' %2B, '*' %2A, '~' literal). The
//    Go SDK's percentEncode deviates for a value containing a space or '+': it turns both
//    into %20 and leaves every other character of that value unencoded. For such values
//    the two cannot agree, so the provider should keep them out of the query.
//  - Names are sorted as raw bytes and repeated names are all signed (sorted by value);
//    the Go SDK keeps parameters in a map, so it never sends a name twice.
//  - Empty values are signed and sent as "name=". The Go SDK drops empty parameters from
//    the URL altogether; the provider should not send empty ones.
//  - The nonce may be any string (the Go SDK uses a decimal random number, the API page
//    example 16343456325226); a UUID is accepted by the same rule.
class UniCloudSigner
{
public:
    UniCloudSigner(const Clock& clock, NonceSource& nonces);

    HttpRequest sign(const HttpRequest& request, const Credential& credential) const;

    // Adds AccessKeyId, SignatureMethod=HMAC-SHA1, SignatureVersion=2.0, SignatureNonce and
    // Timestamp (replacing earlier ones), signs the query and appends Signature last.
    static SignatureDetails signAt(const HttpRequest& request, const Credential& credential,
                                   const QDateTime& timeUtc, const QString& nonce);

private:
    const Clock& m_clock;
    NonceSource& m_nonces;
};

} // namespace OrderDesk
