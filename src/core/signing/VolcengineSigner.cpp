#include "VolcengineSigner.h"

#include "V4Canonical.h"
#include "common/PercentEncoding.h"

namespace OrderDesk {

namespace {

const QByteArray algorithm = QByteArrayLiteral("HMAC-SHA256");

} // namespace

VolcengineSigner::VolcengineSigner(const Clock& clock)
    : m_clock(clock)
{}

HttpRequest VolcengineSigner::sign(const HttpRequest& request, const Credential& credential,
                                   const QString& region, const QString& service) const
{
    return signAt(request, credential, region, service, m_clock.nowUtc()).request;
}

SignatureDetails VolcengineSigner::signAt(const HttpRequest& request, const Credential& credential,
                                          const QString& region, const QString& service,
                                          const QDateTime& timeUtc)
{
    HttpRequest signedRequest = request;
    V4Canonical::collapseDuplicateHeaders(signedRequest);
    V4Canonical::removeHeader(signedRequest, QByteArrayLiteral("Authorization"));

    const QByteArray xDate = V4Canonical::basicDateTime(timeUtc);
    const QByteArray payloadHash = V4Canonical::sha256Hex(request.body);
    signedRequest.setHeader(QByteArrayLiteral("X-Date"), xDate);
    signedRequest.setHeader(QByteArrayLiteral("X-Content-Sha256"), payloadHash);

    const V4Canonical::Headers headers =
        V4Canonical::canonicalHeaders(V4Canonical::headersWithHost(signedRequest));
    const QByteArray canonicalUri = request.path.isEmpty() ? QByteArrayLiteral("/") : request.path;
    const QByteArray canonicalRequest = V4Canonical::canonicalRequest(
        request.method, canonicalUri, PercentEncoding::canonicalQuery(request.query), headers, payloadHash);

    const QByteArray date = xDate.left(8);
    const QByteArray scope = credentialScope(date, region, service);
    const QByteArray toSign = stringToSign(xDate, scope, canonicalRequest);
    const QByteArray signatureHex =
        signature(signingKey(credential.accessKeySecret, date, region, service), toSign);

    signedRequest.setHeader(QByteArrayLiteral("Authorization"),
                            algorithm + " Credential=" + credential.accessKeyId.toUtf8() + '/' + scope +
                                ", SignedHeaders=" + headers.signedNames + ", Signature=" + signatureHex);
    return {signedRequest, canonicalRequest, toSign, signatureHex};
}

QByteArray VolcengineSigner::credentialScope(const QByteArray& date, const QString& region,
                                             const QString& service)
{
    return date + '/' + region.toUtf8() + '/' + service.toUtf8() + "/request";
}

QByteArray VolcengineSigner::stringToSign(const QByteArray& xDate, const QByteArray& scope,
                                          const QByteArray& canonicalRequest)
{
    return algorithm + '\n' + xDate + '\n' + scope + '\n' + V4Canonical::sha256Hex(canonicalRequest);
}

QByteArray VolcengineSigner::signingKey(const QString& secret, const QByteArray& date, const QString& region,
                                        const QString& service)
{
    const QByteArray kDate = V4Canonical::hmacSha256(secret.toUtf8(), date);
    const QByteArray kRegion = V4Canonical::hmacSha256(kDate, region.toUtf8());
    const QByteArray kService = V4Canonical::hmacSha256(kRegion, service.toUtf8());
    return V4Canonical::hmacSha256(kService, QByteArrayLiteral("request"));
}

QByteArray VolcengineSigner::signature(const QByteArray& signingKey, const QByteArray& stringToSign)
{
    return V4Canonical::hmacSha256(signingKey, stringToSign).toHex();
}

} // namespace OrderDesk
