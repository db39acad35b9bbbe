#include "AliyunRpcSigner.h"

#include "RpcSignature.h"
#include "common/PercentEncoding.h"

namespace OrderDesk {

namespace {

// Form-encoded bodies come from encoders that may write a space as '+', and the server
// decodes them that way; the signature must cover the values the server will see.
QueryItems formParameters(const HttpRequest& request)
{
    const QByteArray contentType = request.header(QByteArrayLiteral("Content-Type")).trimmed().toLower();
    if (!contentType.startsWith("application/x-www-form-urlencoded") || request.body.isEmpty())
        return {};
    QByteArray body = request.body;
    body.replace('+', QByteArrayLiteral("%20"));
    return PercentEncoding::decodeQuery(body);
}

} // namespace

AliyunRpcSigner::AliyunRpcSigner(const Clock& clock, NonceSource& nonces)
    : m_clock(clock)
    , m_nonces(nonces)
{}

HttpRequest AliyunRpcSigner::sign(const HttpRequest& request, const Credential& credential) const
{
    return signAt(request, credential, m_clock.nowUtc(), m_nonces.nextNonce()).request;
}

SignatureDetails AliyunRpcSigner::signAt(const HttpRequest& request, const Credential& credential,
                                         const QDateTime& timeUtc, const QString& nonce)
{
    HttpRequest prepared = request;
    RpcSignature::replaceQueryValue(prepared, QStringLiteral("AccessKeyId"), credential.accessKeyId);
    if (!RpcSignature::hasQueryValue(prepared, QStringLiteral("Format")))
        prepared.query.append({QStringLiteral("Format"), QStringLiteral("JSON")});
    RpcSignature::replaceQueryValue(prepared, QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1"));
    RpcSignature::replaceQueryValue(prepared, QStringLiteral("SignatureVersion"), QStringLiteral("1.0"));
    RpcSignature::replaceQueryValue(prepared, QStringLiteral("SignatureNonce"), nonce);
    RpcSignature::replaceQueryValue(prepared, QStringLiteral("Timestamp"),
                                    QString::fromLatin1(RpcSignature::timestamp(timeUtc)));
    return RpcSignature::sign(prepared, credential.accessKeySecret, formParameters(prepared));
}

} // namespace OrderDesk
