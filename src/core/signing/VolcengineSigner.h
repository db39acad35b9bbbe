#pragma once

#include "SignatureDetails.h"
#include "common/Clock.h"
#include "common/Credential.h"
#include "common/HttpRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace OrderDesk {

// Volcengine's HMAC-SHA256 request signature (https://www.volcengine.com/docs/6369/67269).
//
// signAt adds X-Date and X-Content-Sha256 (hex SHA-256 of the exact body) and signs them,
// together with host (what Qt will send as Host, port included when not the default) and
// every header the request already carries, lower-cased and sorted; then it adds
// Authorization. The canonical URI is the path as sent: unlike Huawei no '/' is appended.
// The signing key is derived from the secret's text bytes (never Base64-decoded, although
// Volcengine's secrets look like Base64).
//
// The static helpers below are the steps of the published "签名过程Demo"; they are public so
// that each intermediate value can be checked against it.
class VolcengineSigner
{
public:
    explicit VolcengineSigner(const Clock& clock);

    // Signs at the injected clock's time; a new X-Date and signature on every call.
    HttpRequest sign(const HttpRequest& request, const Credential& credential, const QString& region,
                     const QString& service) const;

    // A signed request replaces any earlier X-Date, X-Content-Sha256 and Authorization, so
    // that a retry can simply be signed again. timeUtc is converted to UTC if it is not.
    static SignatureDetails signAt(const HttpRequest& request, const Credential& credential,
                                   const QString& region, const QString& service, const QDateTime& timeUtc);

    // "YYYYMMDD/region/service/request"
    static QByteArray credentialScope(const QByteArray& date, const QString& region, const QString& service);
    // "HMAC-SHA256\nX-Date\nscope\nhex(SHA256(canonicalRequest))"
    static QByteArray stringToSign(const QByteArray& xDate, const QByteArray& scope,
                                   const QByteArray& canonicalRequest);
    // HMAC(HMAC(HMAC(HMAC(secret, date), region), service), "request"), binary.
    static QByteArray signingKey(const QString& secret, const QByteArray& date, const QString& region,
                                 const QString& service);
    // hex(HMAC(signingKey, stringToSign))
    static QByteArray signature(const QByteArray& signingKey, const QByteArray& stringToSign);

private:
    const Clock& m_clock;
};

} // namespace OrderDesk
