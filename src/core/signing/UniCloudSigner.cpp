#include "UniCloudSigner.h"

#include "RpcSignature.h"

namespace OrderDesk {

UniCloudSigner::UniCloudSigner(const Clock& clock, NonceSource& nonces)
    : m_clock(clock)
    , m_nonces(nonces)
{}

HttpRequest UniCloudSigner::sign(const HttpRequest& request, const Credential& credential) const
{
    return signAt(request, credential, m_clock.nowUtc(), m_nonces.nextNonce()).request;
}

SignatureDetails UniCloudSigner::signAt(const HttpRequest& request, const Credential& credential,
                                        const QDateTime& timeUtc, const QString& nonce)
{
    HttpRequest prepared = request;
    RpcSignature::replaceQueryValue(prepared, QStringLiteral("AccessKeyId"), credential.accessKeyId);
    RpcSignature::replaceQueryValue(prepared, QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1"));
    RpcSignature::replaceQueryValue(prepared, QStringLiteral("SignatureVersion"), QStringLiteral("2.0"));
    RpcSignature::replaceQueryValue(prepared, QStringLiteral("SignatureNonce"), nonce);
    RpcSignature::replaceQueryValue(prepared, QStringLiteral("Timestamp"),
                                    QString::fromLatin1(RpcSignature::timestamp(timeUtc)));
    // No form parameters: UniCloud's body is JSON and is never part of the signature.
    return RpcSignature::sign(prepared, credential.accessKeySecret);
}

} // namespace OrderDesk
