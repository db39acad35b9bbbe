#include "HuaweiSigner.h"

#include "V4Canonical.h"
#include "common/PercentEncoding.h"

#include <QList>

namespace OrderDesk {

namespace {

const QByteArray algorithm = QByteArrayLiteral("SDK-HMAC-SHA256");

} // namespace

HuaweiSigner::HuaweiSigner(const Clock& clock)
    : m_clock(clock)
{}

HttpRequest HuaweiSigner::sign(const HttpRequest& request, const Credential& credential) const
{
    return signAt(request, credential, m_clock.nowUtc()).request;
}

SignatureDetails HuaweiSigner::signAt(const HttpRequest& request, const Credential& credential,
                                      const QDateTime& timeUtc)
{
    HttpRequest signedRequest = request;
    V4Canonical::collapseDuplicateHeaders(signedRequest);
    V4Canonical::removeHeader(signedRequest, QByteArrayLiteral("Authorization"));

    const QByteArray sdkDate = V4Canonical::basicDateTime(timeUtc);
    signedRequest.setHeader(QByteArrayLiteral("X-Sdk-Date"), sdkDate);

    V4Canonical::HeaderList toSign = V4Canonical::headersWithHost(signedRequest);
    toSign.removeIf([](const QPair<QByteArray, QByteArray>& header) { return header.first.contains('_'); });
    const V4Canonical::Headers headers = V4Canonical::canonicalHeaders(toSign);

    const QByteArray canonicalRequest = V4Canonical::canonicalRequest(
        request.method, canonicalUri(request.path), PercentEncoding::canonicalQuery(request.query), headers,
        V4Canonical::sha256Hex(request.body));
    const QByteArray stringToSignBytes = stringToSign(sdkDate, canonicalRequest);
    const QByteArray signatureHex = signature(credential.accessKeySecret, stringToSignBytes);

    signedRequest.setHeader(QByteArrayLiteral("Authorization"),
                            algorithm + " Access=" + credential.accessKeyId.toUtf8() +
                                ", SignedHeaders=" + headers.signedNames + ", Signature=" + signatureHex);
    return {signedRequest, canonicalRequest, stringToSignBytes, signatureHex};
}

QByteArray HuaweiSigner::canonicalUri(const QByteArray& encodedPath)
{
    QList<QByteArray> segments = encodedPath.split('/');
    for (QByteArray& segment : segments)
        segment = PercentEncoding::encode(QByteArray::fromPercentEncoding(segment));
    QByteArray uri = segments.join('/');
    if (!uri.startsWith('/'))
        uri.prepend('/');
    if (!uri.endsWith('/'))
        uri.append('/');
    return uri;
}

QByteArray HuaweiSigner::stringToSign(const QByteArray& sdkDate, const QByteArray& canonicalRequest)
{
    return algorithm + '\n' + sdkDate + '\n' + V4Canonical::sha256Hex(canonicalRequest);
}

QByteArray HuaweiSigner::signature(const QString& secret, const QByteArray& stringToSign)
{
    return V4Canonical::hmacSha256(secret.toUtf8(), stringToSign).toHex();
}

} // namespace OrderDesk
