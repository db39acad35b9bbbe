#pragma once

#include "SignatureDetails.h"
#include "common/Clock.h"
#include "common/Credential.h"
#include "common/HttpRequest.h"
#include "common/NonceSource.h"

#include <QDateTime>
#include <QString>

namespace OrderDesk {

// Alibaba Cloud RPC signature v1 (HMAC-SHA1, SignatureVersion=1.0), the scheme of the VPC
// API (https://help.aliyun.com/zh/sdk/product-overview/rpc-mechanism).
//
// signAt adds the common parameters AccessKeyId, Format=JSON (only when the request has
// no Format), SignatureMethod, SignatureVersion, SignatureNonce and Timestamp; Action and
// Version come from the provider. It signs every query parameter and, when the body is
// application/x-www-form-urlencoded, the body parameters too, then appends Signature as
// the last query item. The path is not signed (always "/").
class AliyunRpcSigner
{
public:
    AliyunRpcSigner(const Clock& clock, NonceSource& nonces);

    // A fresh nonce and timestamp on every call, as every retry needs.
    HttpRequest sign(const HttpRequest& request, const Credential& credential) const;

    // Replaces any earlier common parameters and Signature. timeUtc is converted to UTC.
    static SignatureDetails signAt(const HttpRequest& request, const Credential& credential,
                                   const QDateTime& timeUtc, const QString& nonce);

private:
    const Clock& m_clock;
    NonceSource& m_nonces;
};

} // namespace OrderDesk
