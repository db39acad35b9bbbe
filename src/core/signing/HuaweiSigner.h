#pragma once

#include "SignatureDetails.h"
#include "common/Clock.h"
#include "common/Credential.h"
#include "common/HttpRequest.h"

#include <QByteArray>
#include <QDateTime>

namespace OrderDesk {

// Huawei Cloud's AK/SK signature SDK-HMAC-SHA256 (API signing guide,
// https://support.huaweicloud.com/devg-apisign/api-sign-algorithm-002.html ff.).
//
// signAt adds X-Sdk-Date and signs it together with host and every header the request
// carries (Content-Type for the JSON order body), then adds Authorization. Differences
// from Volcengine's scheme: the canonical URI gets a '/' appended (for signing only, the
// path sent is unchanged); the string to sign has no credential scope; the key is the
// secret itself, no derivation. Header names containing '_' are left unsigned, as the
// official SDKs do, because the API gateway drops such headers before it verifies.
class HuaweiSigner
{
public:
    explicit HuaweiSigner(const Clock& clock);

    HttpRequest sign(const HttpRequest& request, const Credential& credential) const;

    // Replaces any earlier X-Sdk-Date and Authorization. timeUtc is converted to UTC.
    static SignatureDetails signAt(const HttpRequest& request, const Credential& credential,
                                   const QDateTime& timeUtc);

    // Each path segment normalized to RFC 3986 encoding, and a trailing '/' ensured:
    // "/v1/{project_id}/period/order" is signed as "/v1/{project_id}/period/order/".
    static QByteArray canonicalUri(const QByteArray& encodedPath);
    // "SDK-HMAC-SHA256\nX-Sdk-Date\nhex(SHA256(canonicalRequest))"
    static QByteArray stringToSign(const QByteArray& sdkDate, const QByteArray& canonicalRequest);
    // hex(HMAC-SHA256(secret, stringToSign))
    static QByteArray signature(const QString& secret, const QByteArray& stringToSign);

private:
    const Clock& m_clock;
};

} // namespace OrderDesk
